import { expect, type Locator, type Page } from '@playwright/test';
import { AreaPanel } from './AreaPanel';
import { OverviewPanel } from './OverviewPanel';
import { SearchBox } from './SearchBox';
import { Timeline } from './Timeline';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The whole dashboard, found the way a user (or a screen reader) finds it: by role and name.
 * CSS selectors appear only for Leaflet internals that carry no role (the basemap canvas,
 * the attribution), and each is named here once.
 */
export class Dashboard {
  readonly map: Locator;
  /** Leaflet's container: the drawn map itself. */
  readonly mapCanvas: Locator;
  readonly basemapCanvas: Locator;
  readonly attribution: Locator;
  readonly panel: Locator;
  readonly overview: OverviewPanel;
  readonly area: AreaPanel;
  readonly search: SearchBox;
  readonly timeline: Timeline;
  readonly wholeTheatre: Locator;
  /** The fold with the layer checkboxes and the legend (a details element). */
  readonly layersControl: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('region', { name: 'Map' });
    this.mapCanvas = page.locator('.leaflet-container');
    this.basemapCanvas = page.locator('.leaflet-basemap-pane canvas');
    this.attribution = page.locator('.leaflet-control-attribution');
    this.panel = page.getByRole('complementary', { name: 'Figures' });
    this.overview = new OverviewPanel(this.panel);
    this.area = new AreaPanel(this.panel);
    this.search = new SearchBox(page);
    this.timeline = new Timeline(page);
    this.wholeTheatre = this.map.getByRole('button', { name: 'Whole theatre' });
    this.layersControl = this.map.getByRole('group').filter({ hasText: 'Layers and legend' });
  }

  /**
   * Opens the dashboard (optionally with a link fragment such as `#area=kursk`) and waits
   * until the basemap is drawn and both oblasts are on the map.
   */
  async open(fragment = ''): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await this.waitForMap();
  }

  async waitForMap(): Promise<void> {
    await expect(this.basemapCanvas).toBeVisible();
    await expect(this.areaOutline('Kursk Oblast')).toBeAttached();
    await expect(this.areaOutline('Donetsk Oblast')).toBeAttached();
    // The outlines are drawn before the report data arrives (issue 12); the link is applied
    // once the data is in, so wait for that too.
    await expect(this.page.getByText('Loading the report data…')).toHaveCount(0);
  }

  /**
   * Unfolds "Layers and legend" if it is folded (it starts folded unless the map is large:
   * at the tests' 1440×900 and on phones).
   */
  async showLayers(): Promise<void> {
    const details = this.page.locator('details.layer-details');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await this.layersControl.locator('summary').click();
    }
  }

  /** A layer's checkbox in "Layers and legend", unfolded first. */
  async layerCheckbox(name: string | RegExp): Promise<Locator> {
    await this.showLayers();
    return this.layersControl.getByRole('checkbox', { name });
  }

  /** An oblast's outline on the map: an SVG path with role button. */
  areaOutline(name: string): Locator {
    return this.map.getByRole('button', { name: `${name}: show its figures` });
  }

  /** A permanent map label (Leaflet tooltip): area names with headline, place names. */
  mapLabel(name: string | RegExp, exact = false): Locator {
    return this.map.getByRole('tooltip', { name, exact });
  }

  /** The map container's box on the page (CSS pixels). */
  async mapBox(): Promise<Box> {
    const box = await this.mapCanvas.boundingBox();
    if (!box) throw new Error('the map is not laid out');
    return box;
  }

  /** The on-screen box of an area's outline as Leaflet drew it. */
  async outlineBox(name: string): Promise<Box> {
    const box = await this.areaOutline(name).boundingBox();
    if (!box) throw new Error(`the outline of ${name} is not drawn`);
    return box;
  }

  /** Waits for Leaflet to finish redrawing (two animation frames). */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
  }
}
