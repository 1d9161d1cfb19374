/**
 * Where report files are and how they are named: for the bundled files (reports.ts) and the
 * build plugins that read them from disk (scripts/vite/reportFiles.ts), which must not load
 * reports.ts (its `import.meta.glob` pulls every report file in).
 */

/** The folder of report files, relative to the project root. */
export const REPORTS_DIR = 'geodata/reports';

/** Report files are named `<published>-<slug>.json`; anything else there is not a report. */
export const REPORT_FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/;
