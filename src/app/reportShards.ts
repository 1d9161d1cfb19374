/**
 * Where the app's report data comes from: the JSON shards the build emits (see
 * scripts/vite/claims.ts), listed in order in a `<meta>` of index.html. The app requests them
 * all as soon as its script runs (src/app/earlyLoads.ts) and reads them once the first map is
 * painted: an unread response body waits in the network layer instead of reaching the page's
 * main thread while the first map is drawn.
 */
import { REPORT_SHARDS_META } from '../data/shardList';

/** A shard's URL as the build writes it: relative, under data/, a JSON file. */
const SHARD_PATH = /^data\/reports-[\w.-]+\.json$/;

/**
 * The shard URLs of this page, in order, resolved against the page's address.
 * @param doc - the page
 * @returns the URLs; none when the page lists none, or lists anything but shard paths
 */
export function reportShardUrls(doc: Document = document): string[] {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${REPORT_SHARDS_META}"]`);
  const names = (meta?.content ?? '').split(/\s+/).filter(Boolean);
  if (!names.every((name) => SHARD_PATH.test(name))) return [];
  return names.map((name) => new URL(name, doc.baseURI).href);
}

/** A shard whose download has started; `json()` parses it when the app is ready to. */
export interface ShardResponse {
  url: string;
  json: () => Promise<unknown>;
}

/**
 * Fetches every shard at once. Parsing is left to the caller (`json()`), so that at thousands
 * of reports the parse (on the main thread) can wait until the first map is on the screen.
 * @param signal - aborts the downloads
 * @param urls - shard URLs (default: the page's list)
 * @returns each shard's response, in order, with its URL
 * @throws Error naming the shard that failed, or saying that the page lists none
 */
export async function fetchReportShards(
  signal?: AbortSignal,
  urls: readonly string[] = reportShardUrls(),
): Promise<ShardResponse[]> {
  if (urls.length === 0) throw new Error('this page lists no report data (index.html)');
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return { url, json: () => response.json() as Promise<unknown> };
    }),
  );
}
