import type { Locator, Page } from '@playwright/test';
import type { Box } from './Dashboard';

export interface DrawnLabel {
  text: string;
  kind: string;
  box: Box;
}

/**
 * The names drawn on the labels canvas. Canvas text is not in the DOM, so the layer writes the
 * placement it drew from into a hidden list (data-box: x,y,w,h in map pixels); this reads it,
 * and the report's own place names, which are HTML tooltips.
 */
export class MapLabels {
  readonly list: Locator;
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('map-labels');
    this.canvas = page.locator('canvas.map-labels-canvas');
  }

  async drawn(): Promise<DrawnLabel[]> {
    return this.list.locator('li').evaluateAll((items) =>
      items.map((item) => {
        const [x = 0, y = 0, width = 0, height = 0] = (item.getAttribute('data-box') ?? '')
          .split(',')
          .map(Number);
        return {
          text: item.textContent ?? '',
          kind: item.getAttribute('data-kind') ?? '',
          box: { x, y, width, height },
        };
      }),
    );
  }

  /** The report's place names (Leaflet tooltips), boxes in map pixels. */
  async reportPlaceNames(): Promise<DrawnLabel[]> {
    return this.page.locator('.leaflet-container').evaluate((container) => {
      const origin = container.getBoundingClientRect();
      return [...container.querySelectorAll('.place-label')].map((element) => {
        const r = element.getBoundingClientRect();
        return {
          text: element.textContent ?? '',
          kind: 'report-place',
          box: { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height },
        };
      });
    });
  }

  /**
   * Everything of the report's own that is written or marked on the map, inside the view: place
   * names and area headlines (Leaflet tooltips) and the places' dots.
   */
  async reportLabels(): Promise<DrawnLabel[]> {
    return this.page.locator('.leaflet-container').evaluate((container) => {
      const origin = container.getBoundingClientRect();
      const selector = '.leaflet-tooltip.place-label, .leaflet-tooltip.area-label, .place-marker';
      return [...container.querySelectorAll(selector)]
        .map((element) => {
          const r = element.getBoundingClientRect();
          const kind = element.classList.contains('place-marker') ? 'report-dot' : 'report-label';
          return {
            text: element.textContent || element.getAttribute('class') || '',
            kind,
            box: {
              x: r.left - origin.left,
              y: r.top - origin.top,
              width: r.width,
              height: r.height,
            },
          };
        })
        .filter(
          ({ box }) =>
            box.x + box.width > 0 &&
            box.y + box.height > 0 &&
            box.x < container.clientWidth &&
            box.y < container.clientHeight,
        );
    });
  }

  /**
   * Every HTML label of the report's that shows (Leaflet tooltips: area headlines, the route's
   * figures, place names), boxes in map pixels; a label hidden for want of room is left out.
   */
  async shownTooltips(): Promise<DrawnLabel[]> {
    return this.page.locator('.leaflet-container').evaluate((container) => {
      const origin = container.getBoundingClientRect();
      return [...container.querySelectorAll('.leaflet-tooltip')]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => {
          const r = element.getBoundingClientRect();
          return {
            text: element.textContent ?? '',
            kind: element.classList.contains('area-label')
              ? 'area'
              : element.classList.contains('route-label')
                ? 'route'
                : 'place',
            box: {
              x: r.left - origin.left,
              y: r.top - origin.top,
              width: r.width,
              height: r.height,
            },
          };
        });
    });
  }

  /** How many pixels the canvas painted inside a box (map pixels). */
  async paintedPixels(box: Box): Promise<number> {
    return this.canvas.evaluate((canvas: HTMLCanvasElement, b) => {
      const ratio = canvas.width / canvas.clientWidth;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      const data = ctx.getImageData(
        Math.round(b.x * ratio),
        Math.round(b.y * ratio),
        Math.max(1, Math.round(b.width * ratio)),
        Math.max(1, Math.round(b.height * ratio)),
      ).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return painted;
    }, box);
  }
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
