/**
 * Where report files come from. In the app (and in vitest) Vite bundles every
 * geodata/reports/*.json at build time, so adding a report is adding a file: no import list
 * to edit. The Vite plugin that writes dist/data/claims.* reads the same folder from disk
 * (scripts/vite/claims.ts), because `import.meta.glob` only exists in code Vite transforms.
 */
import type { ReportFileInput } from './validate';

/** The folder of report files, relative to the project root. */
export const REPORTS_DIR = 'geodata/reports';

/** Report files are named `<published>-<slug>.json`; anything else there is not a report. */
export const REPORT_FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/;

/**
 * Every report file bundled by Vite, sorted by name (so by published date). The glob only
 * matches dated names, so report.schema.json beside them stays out of the bundle.
 * Only call this from code Vite transforms (the app, vitest): `import.meta.glob` is replaced
 * at build time and is undefined anywhere else.
 * @returns file names relative to the project root with their parsed JSON
 */
export function bundledReportFiles(): ReportFileInput[] {
  const modules = import.meta.glob<unknown>('@geodata/reports/[0-9][0-9][0-9][0-9]-*.json', {
    eager: true,
    import: 'default',
  });
  return Object.entries(modules)
    .map(([path, json]) => ({ base: path.slice(path.lastIndexOf('/') + 1), json }))
    .filter((file) => REPORT_FILE_NAME.test(file.base))
    .map(({ base, json }) => ({ name: `${REPORTS_DIR}/${base}`, json }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
