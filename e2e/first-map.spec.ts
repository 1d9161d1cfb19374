import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';

// Issue 12: the first map's code and basemap are announced by index.html, so the browser
// fetches them beside the app script instead of after it has run (no request waterfall),
// and the app's own import()/fetch() picks up those responses rather than asking again.

test('the map code, the data code and the basemap download beside the app script, once each', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      name: new URL(entry.name).pathname.replace(/^.*\//, ''),
      startTime: entry.startTime,
      responseEnd: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
  const app = entries.filter((e) => /^index-[\w-]+\.js$/.test(e.name));
  expect(app).toHaveLength(1);
  const appScriptEnd = app[0]?.responseEnd ?? 0;
  for (const pattern of [
    /^MapView-[\w-]+\.js$/,
    /^api-[\w-]+\.js$/,
    /^geodata-[\w-]+\.js$/,
    /^provinces\.topo-[\w-]+\.json$/,
  ]) {
    const requests = entries.filter((e) => pattern.test(e.name));
    expect(requests, `${pattern} requested once`).toHaveLength(1);
    // Requested while the app script was still downloading, so by the page, not by the script.
    expect(requests[0]?.startTime, String(pattern)).toBeLessThan(appScriptEnd);
  }
  // The countries are preloaded at low priority (the regions need the provinces only): the
  // browser may hold that request back a little, but it is still asked for once.
  expect(entries.filter((e) => /^countries\.topo-[\w-]+\.json$/.test(e.name))).toHaveLength(1);
});
