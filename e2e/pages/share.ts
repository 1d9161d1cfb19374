import { goOffline } from '../fixtures';
import {
  expect,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from '@playwright/test';

/** The header's Share control and its dialog: link, embed snippet, downloads. */
export class SharePanel {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly linkField: Locator;
  readonly copyLink: Locator;
  readonly embedField: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Share', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Share this view' });
    this.linkField = this.dialog.getByRole('textbox', { name: /^Link/ });
    this.copyLink = this.dialog.getByRole('button', { name: 'Copy link' });
    this.embedField = this.dialog.getByRole('textbox', { name: /^Embed/ });
    this.status = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The link of the current view, as the Share dialog shows it (the dialog is left open). */
  async link(): Promise<string> {
    await this.open();
    return this.linkField.inputValue();
  }

  /** Clicks a download button and waits for the file. */
  async download(label: 'Download PNG' | 'Download CSV' | 'Download JSON'): Promise<Download> {
    await this.open();
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: label }).click();
    return download;
  }
}

/**
 * A new browser context with the same rules as the `page` fixture (offline, and every page
 * error, dialog and CSP violation recorded), for "open the link somewhere else".
 * @returns the context, a page in it, and the problems seen so far (check before closing)
 */
export async function freshContext(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  await goOffline(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __cspViolations?: string[] };
      (w.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, problems };
}

/** CSP violations recorded by `freshContext`'s init script. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
}

/** The value of one key of the page's link fragment (null when absent). */
export function fragmentValue(url: string, key: string): string | null {
  return new URLSearchParams(new URL(url).hash.replace(/^#/, '')).get(key);
}

/** History writes of the page's link writer (`window.__sitrepHistoryWrites`, set by the app). */
export function historyWrites(page: Page): Promise<number> {
  return page.evaluate(() => {
    const read = (window as unknown as { __sitrepHistoryWrites?: () => number })
      .__sitrepHistoryWrites;
    if (!read) throw new Error('the app exposes no history write count');
    return read();
  });
}

/** The map view a link carries: `map=<zoom>/<lat>/<lng>` (OpenStreetMap's order). */
export interface LinkView {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * Parses the `map=` key of a URL's fragment: the map's centre and zoom read from outside.
 * @param url a page URL
 * @returns the view, or null when the link carries none (or a malformed one)
 */
export function viewOfUrl(url: string): LinkView | null {
  const parts = fragmentValue(url, 'map')?.split('/').map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom = 0, lat = 0, lng = 0] = parts;
  return { zoom, lat, lng };
}
