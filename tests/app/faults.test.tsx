// @vitest-environment jsdom
// Faults stay local (issue 6): a failing panel or map shows the error boundary's message while
// the rest of the page keeps working, and a report file that fails validation is named with its
// reason while the other files' figures are still there. Rendered with react-dom in jsdom.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/data/buildDataset';
import { loadAreas } from '../../src/data/geodata';
import { formatProblem, type ReportFileInput } from '../../src/data/validate';
import { dataNotices } from '../../src/app/dataNotices';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { Notices } from '../../src/ui/Notices';

// (tests/data/helpers.ts cannot be used under jsdom: its root comes from import.meta.url.)
const REPORTS = join(import.meta.dirname, '../../geodata/reports');
const reportFiles = (): ReportFileInput[] =>
  readdirSync(REPORTS)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({
      name: `geodata/reports/${name}`,
      json: JSON.parse(readFileSync(join(REPORTS, name), 'utf8')) as unknown,
    }));
const datasetOf = (files: ReportFileInput[]) => buildDataset(files, loadAreas());

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // React reports caught render errors on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

function Exploding({ when }: { when: boolean }) {
  if (when) throw new Error('the panel model has no area "kursk"');
  return <p>Panel content</p>;
}

/** A map stand-in and a panel that can be made to throw, side by side, as in App. */
function Page() {
  const [broken, setBroken] = useState(false);
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <ErrorBoundary name="The map">
        <button type="button" onClick={() => setClicks((n) => n + 1)}>
          Map clicked {clicks}
        </button>
      </ErrorBoundary>
      <ErrorBoundary name="The panel">
        <Exploding when={broken} />
      </ErrorBoundary>
      <button type="button" onClick={() => setBroken((b) => !b)}>
        Toggle fault
      </button>
    </main>
  );
}

const button = (name: RegExp) =>
  [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

describe('error boundaries', () => {
  it('show what failed in an alert while the siblings keep working, and recover', () => {
    act(() => root.render(<Page />));
    expect(container.textContent).toContain('Panel content');

    act(() => button(/Toggle fault/)?.click());
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'The panel could not be shown: the panel model has no area "kursk".',
    );
    expect(container.textContent).not.toContain('Panel content');

    // The map beside it still renders and responds.
    act(() => button(/Map clicked/)?.click());
    expect(button(/Map clicked/)?.textContent).toBe('Map clicked 1');

    // Once the cause is gone, "Try again" brings the panel back.
    act(() => button(/Toggle fault/)?.click());
    act(() => button(/Try again/)?.click());
    expect(container.textContent).toContain('Panel content');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the error as text, never as markup', () => {
    function Hostile(): never {
      throw new Error('<img src=x onerror="window.__pwned=1">');
    }
    act(() =>
      root.render(
        <ErrorBoundary name="The timeline">
          <Hostile />
        </ErrorBoundary>,
      ),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

describe('a report file that fails validation', () => {
  it('is named with its reason, and the other files still give their figures', () => {
    const [good] = reportFiles();
    if (!good) throw new Error('no report file in geodata/reports');
    // The same report with one figure placed in an area that does not exist.
    const bad = structuredClone(good.json) as {
      report: { id: string };
      claims: { area: string }[];
    };
    bad.report.id = '2025-03-01-broken';
    const first = bad.claims[0];
    if (!first) throw new Error('the report has no claims');
    first.area = 'atlantis';
    const badFile = { name: 'geodata/reports/2025-03-01-broken.json', json: bad };

    const alone = datasetOf([good]);
    const dataset = datasetOf([good, badFile]);
    // The good file's figures are all there; none of the bad file's.
    expect(dataset.claims.map((c) => c.id)).toEqual(alone.claims.map((c) => c.id));
    expect(dataset.reports.map((r) => r.id)).not.toContain('2025-03-01-broken');
    const messages = dataset.problems.map(formatProblem);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.startsWith('geodata/reports/2025-03-01-broken.json: ')).toBe(true);
    }
    expect(messages.join('\n')).toMatch(
      /claims\[0\] \([a-z0-9-]+\)\.area: unknown area "atlantis"/,
    );

    // Shown through App's own mapping: an error notice (role alert) naming file and reason.
    const notices = dataNotices(null, dataset.problems);
    act(() => root.render(<Notices notices={notices} onDismiss={() => undefined} />));
    const alerts = [...container.querySelectorAll('[role="alert"]')].map((el) => el.textContent);
    expect(alerts).toHaveLength(messages.length);
    expect(alerts.join('\n')).toMatch(
      /geodata\/reports\/2025-03-01-broken\.json was left out: claims\[0\] \([a-z0-9-]+\)\.area: unknown area "atlantis"/,
    );
  });
});

describe('App’s data notices', () => {
  it('name a load failure and each file left out, as errors', () => {
    const notices = dataNotices('The map data could not be loaded: offline', [
      { file: 'geodata/reports/a.json', message: 'report.published: must be a date YYYY-MM-DD' },
    ]);
    expect(notices.map((notice) => [notice.id, notice.tone, notice.text])).toEqual([
      ['load-error', 'error', 'The map data could not be loaded: offline'],
      [
        'data-problem-0',
        'error',
        'geodata/reports/a.json was left out: report.published: must be a date YYYY-MM-DD',
      ],
    ]);
    expect(dataNotices(null, [])).toEqual([]);
  });
});
