// @vitest-environment jsdom
// The report shards are listed in a <meta> of index.html (scripts/vite/claims.ts), not
// preloaded (issue 12): the app reads the list, resolved against the page, and a broken list
// reads as no list (fetchReportShards then says the page lists no report data).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_SHARDS_META } from '../../src/data/shardList';
import { fetchReportShards, reportShardUrls } from '../../src/app/reportShards';

function page(block: string | null, base = 'https://example.org/sitrep/'): Document {
  const doc = document.implementation.createHTMLDocument('Sitrep');
  const baseElement = doc.createElement('base');
  baseElement.href = base;
  doc.head.append(baseElement);
  if (block !== null) {
    const meta = doc.createElement('meta');
    meta.name = REPORT_SHARDS_META;
    meta.content = block;
    doc.head.append(meta);
  }
  return doc;
}

describe('reportShardUrls', () => {
  it('reads the shards in order, resolved against the page', () => {
    const doc = page('data/reports-0.aaaa.json  data/reports-1.bbbb.json');
    expect(reportShardUrls(doc)).toEqual([
      'https://example.org/sitrep/data/reports-0.aaaa.json',
      'https://example.org/sitrep/data/reports-1.bbbb.json',
    ]);
  });

  it.each([
    ['no list', null],
    ['an empty list', ' '],
    ['another site', 'https://evil.example/data/reports-0.json'],
    ['a path outside data/', '../secrets.json'],
    ['a script', 'data/reports-0.js'],
  ])('reads %s as no shards', (_, block) => {
    expect(reportShardUrls(page(block))).toEqual([]);
  });

  it('makes fetchReportShards say the page lists no report data', async () => {
    await expect(fetchReportShards(undefined, reportShardUrls(page(null)))).rejects.toThrow(
      /lists no report data/,
    );
  });
});

describe('fetchReportShards', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('requests the first shard at once and the others only when told (after the first map)', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response(JSON.stringify({ url }), { status: 200 }));
    });
    const urls = ['https://x.test/data/reports-0.a.json', 'https://x.test/data/reports-1.b.json'];
    let shown: () => void = () => undefined;
    const firstMapShown = new Promise<void>((resolve) => (shown = resolve));
    const loading = fetchReportShards(undefined, urls, firstMapShown);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual([urls[0]]);
    shown();
    const shards = await loading;
    expect(asked).toEqual(urls);
    expect(shards.map((shard) => shard.url)).toEqual(urls);
    expect(await shards[1]?.json()).toEqual({ url: urls[1] });
  });

  it('names a shard that fails, whichever it is', async () => {
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(new Response('', { status: url.includes('-1.') ? 404 : 200 })),
    );
    const urls = ['https://x.test/data/reports-0.a.json', 'https://x.test/data/reports-1.b.json'];
    await expect(fetchReportShards(undefined, urls)).rejects.toThrow(
      'https://x.test/data/reports-1.b.json answered 404',
    );
  });
});
