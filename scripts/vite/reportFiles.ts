import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_FILE_NAME, REPORTS_DIR } from '../../src/data/reportFileNames.ts';
import type { ReportFileInput } from '../../src/data/validate';
import { geodataDir } from './geodataDir.ts';

/**
 * The report files of the theatre's folder, read from disk, as `bundledReportFiles()` gives
 * them to the app's code (src/data/reports.ts): dated names only, sorted by name, named
 * `geodata/reports/<file>`. The build plugins read them this way rather than through Vite's
 * module runner, which transformed each file into a module: at 10,000 reports that took a
 * minute, once per plugin.
 * @param root - project root
 * @returns the files with their parsed JSON
 * @throws Error naming a file that is not JSON
 */
export async function readReportFiles(root: string): Promise<ReportFileInput[]> {
  const dir = path.join(geodataDir(root), 'reports');
  const names = (await readdir(dir)).filter((name) => REPORT_FILE_NAME.test(name)).sort();
  return Promise.all(
    names.map(async (base) => {
      const name = `${REPORTS_DIR}/${base}`;
      const text = await readFile(path.join(dir, base), 'utf8');
      try {
        return { name, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(`${name}: not valid JSON (${String(error)})`, { cause: error });
      }
    }),
  );
}
