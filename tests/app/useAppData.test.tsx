// @vitest-environment jsdom
// Issue 24: Leaflet's regions are drawn in the task that decodes the province outlines. The
// outlines' render is flushed synchronously there (flushSync), not left to a task the React
// scheduler queues, after which a frame without the regions could be painted first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppData, type AppData } from '../../src/app/useAppData';
import { createFirstMap, FirstMapContext } from '../../src/ui/firstMap';

const PROVINCES = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../geodata/basemap/provinces.topo.json'), 'utf8'),
) as unknown;

let seen: AppData[] = [];

function Probe() {
  seen.push(useAppData());
  return null;
}

describe('useAppData', () => {
  let root: Root | null = null;
  afterEach(() => {
    root?.unmount();
    root = null;
    seen = [];
    vi.unstubAllGlobals();
  });

  it('renders the province outlines in the same task as they are decoded (no scheduler task in between)', async () => {
    let answerProvinces: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', (url: string) =>
      /provinces/.test(String(url))
        ? new Promise<Response>((resolve) => (answerProvinces = resolve))
        : new Promise<Response>(() => undefined),
    );
    const container = document.createElement('div');
    root = createRoot(container);
    const firstMap = createFirstMap();
    flushSync(() =>
      root?.render(
        <FirstMapContext value={firstMap}>
          <Probe />
        </FirstMapContext>,
      ),
    );
    // The effect that asks for the outlines has run (a task, for any scheduled effects).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)?.regionOutlines).toBeNull();
    // The outlines arrive; only microtasks run from here (no task, so nothing the scheduler
    // queued): the render with them must have happened by then.
    answerProvinces({ ok: true, json: () => Promise.resolve(PROVINCES) } as Response);
    for (let i = 0; i < 100; i += 1) await Promise.resolve();
    const last = seen.at(-1);
    expect(last?.regionOutlines?.provinces.features.length).toBeGreaterThan(0);
    expect(last?.outlineDataset).not.toBeNull();
  });
});
