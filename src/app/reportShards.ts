/**
 * Where the app's report data comes from: the JSON shards the build emits (see
 * scripts/vite/claims.ts), listed in order in a `<meta>` of index.html. The app requests them
 * first as soon as its script runs (src/app/earlyLoads.ts), the others once the first map is
 * drawn, and reads them once it is painted: an unread response body waits in the network layer
 * instead of reaching the page's main thread while the first map is drawn.
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
 * Fetches the shards: the first at once, the others once `later` resolves (the first map is
 * drawn). Parsing is left to the caller (`json()`), so that at thousands of reports the parse
 * (on the main thread) can wait until the first map is on the screen. The first shard holds
 * every report of a small site (and the sources and carries of any); at 1,000 reports the
 * others are 8 MB more, and downloading them beside the app's script and outlines took
 * processor time (the browser's network process, the page's data notifications) from the
 * first map on a machine with few cores.
 * @param signal - aborts the downloads
 * @param urls - shard URLs (default: the page's list)
 * @param later - when to request the shards after the first (default: at once)
 * @returns each shard's response, in order, with its URL
 * @throws Error naming the shard that failed, or saying that the page lists none
 */
export async function fetchReportShards(
  signal?: AbortSignal,
  urls: readonly string[] = reportShardUrls(),
  later: Promise<unknown> = Promise.resolve(),
): Promise<ShardResponse[]> {
  const [first, ...rest] = urls;
  if (first === undefined) throw new Error('this page lists no report data (index.html)');
  const fetchShard = async (url: string): Promise<ShardResponse> => {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return { url, json: () => response.json() as Promise<unknown> };
  };
  const [head, tail] = await Promise.all([
    fetchShard(first),
    later.then(() => Promise.all(rest.map(fetchShard))),
  ]);
  return [head, ...tail];
}
