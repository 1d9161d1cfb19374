/**
 * Where report files come from. In the app (and in vitest) Vite bundles every
 * geodata/reports/*.json at build time, so adding a report is adding a file: no import list
 * to edit. The build plugins (claims, static frame) read the same folder from disk
 * (scripts/vite/reportFiles.ts): `import.meta.glob` only exists in code Vite transforms, and
 * through Vite's module runner the files took a minute to load at 10,000 reports.
 */
import type { ReportFileInput } from './validate';

import { REPORT_FILE_NAME, REPORTS_DIR } from './reportFileNames';

export { REPORT_FILE_NAME, REPORTS_DIR };

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
