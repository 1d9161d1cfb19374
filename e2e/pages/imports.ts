import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file handed to the import: a name and its bytes (the name may be hostile). */
export interface ImportFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A fixture read from disk as an {@link ImportFile} named after it. */
export function fixtureFile(path: string): ImportFile {
  const name = path.split('/').pop() ?? path;
  return { name, mimeType: 'application/geo+json', buffer: readFileSync(path) };
}

/** A GeoJSON text as an {@link ImportFile} with any name. */
export function geoJsonFile(name: string, value: unknown): ImportFile {
  return {
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(value), 'utf8'),
  };
}

/**
 * The analyst's own layers, found by role and name: the "Import GeoJSON…" input inside the
 * "Layers and legend" fold, the alert listing refused files, and one row per imported layer.
 * CSS appears only for Leaflet's drawn paths (`.user-layer`), which carry no role.
 */
export class Imports {
  readonly section: Locator;
  readonly fileInput: Locator;
  /** The element listing refused files (role alert). */
  readonly problems: Locator;
  /** Every drawn feature of every visible user layer. */
  readonly drawn: Locator;
  /** The properties of a clicked feature. */
  readonly featureInfo: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Your layers' });
    this.fileInput = this.section.getByLabel('Import GeoJSON…');
    this.problems = this.section.getByRole('alert');
    this.drawn = page.locator('path.user-layer');
    this.featureInfo = page.getByRole('region', { name: 'Feature properties' });
  }

  /** Unfolds "Layers and legend" if it is folded (phones start folded). */
  async openFold(): Promise<void> {
    const details = this.page.locator('details.layer-details');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await this.page.getByText('Layers and legend').click();
    }
  }

  /** Imports files through the real file input, as a user picking them would. */
  async pick(files: ImportFile[] | string[]): Promise<void> {
    await this.openFold();
    await this.fileInput.setInputFiles(files);
  }

  /**
   * Imports one file by dropping it on the map: builds a File and a DataTransfer in the page
   * and dispatches dragover then drop on the map region, as the browser does for a real drop.
   */
  async drop(file: ImportFile): Promise<void> {
    const map = this.page.getByRole('region', { name: 'Map' });
    await map.evaluate(
      (target, { name, mimeType, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: mimeType }));
        const init = { bubbles: true, cancelable: true, dataTransfer: transfer };
        target.dispatchEvent(new DragEvent('dragenter', init));
        target.dispatchEvent(new DragEvent('dragover', init));
        target.dispatchEvent(new DragEvent('drop', init));
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
  }

  /** The row of a listed layer, by its exact name. */
  row(name: string): Locator {
    return this.section
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** The show/hide checkbox of a listed layer (its accessible name is the layer name). */
  checkbox(name: string): Locator {
    return this.section.getByRole('checkbox', { name, exact: true });
  }

  /** Renames a layer through its Rename button and form. */
  async rename(from: string, to: string): Promise<void> {
    await this.section.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    const input = this.section.getByRole('textbox', { name: `New name for ${from}`, exact: true });
    await input.fill(to);
    await this.section.getByRole('button', { name: 'Save' }).click();
  }

  async remove(name: string): Promise<void> {
    await this.section.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
  }

  /** Waits until the import is over (the button no longer says "Importing…"). */
  async settled(): Promise<void> {
    await expect(this.section.getByText('Importing…')).toHaveCount(0, { timeout: 75_000 });
  }

  /** The names of the listed layers, in order. */
  async names(): Promise<string[]> {
    return this.section.locator('.user-layer-name').allTextContents();
  }
}
