/**
 * Where the app's report data comes from: the JSON shards the build emits (see
 * scripts/vite/claims.ts), each announced by a `<link rel="preload" data-sitrep-reports>` in
 * index.html. The browser starts those downloads with the page; fetching the same URLs here
 * picks up the preloaded responses instead of asking again.
 */

/** The shard URLs of this page, in order. */
export function reportShardUrls(doc: Document = document): string[] {
  return [...doc.querySelectorAll<HTMLLinkElement>('link[data-sitrep-reports]')].map(
    (link) => link.href,
  );
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
 * @param urls - shard URLs (default: from the page's preload links)
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
      // Same mode and credentials as the preload link (crossorigin="anonymous", same origin).
      const response = await fetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return { url, json: () => response.json() as Promise<unknown> };
    }),
  );
}
