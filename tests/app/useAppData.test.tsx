// @vitest-environment jsdom
// Issue 24: the report's regions are in the app script (src/data/regionOutlines.ts), so the
// app's first render has them and Leaflet draws them in the task that runs the script; nothing
// is fetched for the map before they are painted, and the whole basemap comes after them.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppData, type AppData } from '../../src/app/useAppData';
import { loadAreas } from '../../src/data/geodata';
import { REPORT_SHARDS_META } from '../../src/data/shardList';
import { createFirstMap, FirstMapContext } from '../../src/ui/firstMap';

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
    document.head.replaceChildren();
  });

  it("has the report's regions in its first render, and fetches the basemap only once they are painted", async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(String(url));
      return new Promise<Response>(() => undefined);
    });
    // The page lists one report shard (its fetch never answers here).
    const meta = document.createElement('meta');
    meta.name = REPORT_SHARDS_META;
    meta.content = 'data/reports-0.test.json';
    document.head.append(meta);
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
    // The first render: every province the areas draw, and the areas, with no wait.
    const first = seen[0];
    const provinceCodes = loadAreas().flatMap((a) =>
      a.geometry.type === 'province' ? [a.geometry.code] : [],
    );
    expect(provinceCodes.length).toBeGreaterThan(0);
    expect(first?.regionOutlines?.provinces.features.map((f) => f.properties.code).sort()).toEqual(
      [...provinceCodes].sort(),
    );
    expect(first?.outlineDataset?.areas.length).toBe(loadAreas().length);
    // Tasks pass; the first map is not drawn yet: no basemap file is asked for.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(firstMap.shown()).toBe(false);
    expect(fetched.filter((url) => /\.topo/.test(url))).toEqual([]);
    // Drawn and painted: now the whole basemap, provinces and countries.
    firstMap.announce('regions');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched.filter((url) => /provinces\.topo/.test(url))).toHaveLength(1);
    expect(fetched.filter((url) => /countries\.topo/.test(url))).toHaveLength(1);
  });
});
