/**
 * The name of index.html's `<meta>` that lists the report shards' URLs, in order and
 * space-separated (written by scripts/vite/claims.ts, read by src/app/reportShards.ts).
 */
export const REPORT_SHARDS_META = 'sitrep-report-shards';
