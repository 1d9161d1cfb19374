/**
 * Names of exported files: `sitrep-<area>-<as-of date>.<ext>`, e.g.
 * `sitrep-kursk-2025-02-27.png`; `theatre` when no area is selected.
 */

export type ExportKind = 'png' | 'csv' | 'json';

/**
 * The file name of an export of the current view. The area id comes from a link, so only
 * `a-z 0-9 -` of it is kept (a file name never carries a path or a dot of the link's making).
 * @param areaId - the selected area, or null for the whole theatre
 * @param asOf - the effective as-of date, 'YYYY-MM-DD'
 * @param kind - file type
 * @returns e.g. 'sitrep-kursk-2025-02-27.csv'
 */
export function exportFileName(areaId: string | null, asOf: string, kind: ExportKind): string {
  const area =
    (areaId ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'theatre';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : 'latest';
  return `sitrep-${area}-${date}.${kind}`;
}
