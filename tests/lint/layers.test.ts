// The import-direction rule (scripts/lint/layers.js) run by ESLint itself on deliberate
// wrong-way imports, placed as if in the folders of src/.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

// Loading the config and parsers the first time takes seconds on a busy machine.
describe('import direction', { timeout: 60_000 }, () => {
  it.each([
    [
      'src/data/probe.ts',
      "import { App } from '../app/App';",
      'src/data/ must not import src/app/',
    ],
    [
      'src/data/userLayers/probe.ts',
      "import type { ViewState } from '../../state/viewState';",
      'src/data/ must not import src/state/',
    ],
    [
      'src/state/probe.ts',
      "import type { FigureView } from '../view/model';",
      'src/state/ must not import src/view/',
    ],
    [
      'src/view/probe.ts',
      "import { PALETTE } from '../map/palette';",
      'src/view/ must not import src/map/',
    ],
    [
      'src/panels/probe.ts',
      "import { PALETTE } from '../map/palette';",
      'src/panels/ must not import src/map/',
    ],
    [
      'src/map/probe.ts',
      "import { AreaPanel } from '../panels/AreaPanel';",
      'src/map/ must not import src/panels/',
    ],
    [
      'src/geo/probe.ts',
      "import { isIsoDate } from '../data/dates';",
      'src/geo/ must not import src/data/',
    ],
    [
      'src/ui/probe.ts',
      "import type { FigureView } from '../view/model';",
      'src/ui/ must not import src/view/',
    ],
    ['src/panels/probe.ts', "import L from 'leaflet';", 'Only src/map/ imports Leaflet.'],
    [
      'src/workbench/probe.ts',
      "import { MapPane } from '../app/MapPane';",
      'src/workbench/ must not import src/app/',
    ],
    [
      'src/data/probe.ts',
      "import { exportReport } from '../workbench/export';",
      'src/data/ must not import src/workbench/',
    ],
  ])('%s: %s is refused', async (file, code, expected) => {
    const messages = await restricted(file, `${code}\nexport const probe = 1;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    ['src/view/probe.ts', "import { isIsoDate } from '../data/dates';"],
    ['src/state/url/probe.ts', "import type { ViewState } from '../viewState';"],
    ['src/map/probe.ts', "import L from 'leaflet';"],
    ['src/app/probe.ts', "import { PALETTE } from '../map/palette';"],
    ['src/panels/probe.ts', "import type { FigureView } from '../view/model';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });
});
