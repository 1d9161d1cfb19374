// The link codec for the measuring scripts (annotation-links.mjs, linked-layer-links.mjs), with
// its fflate loaded (src/state/url/compressedJson.ts loads it on demand): `runnerImport` closes
// its module runner once the import is done, so the load happens here, during the import.
import { loadCompression } from '../src/state/url/index.ts';

await loadCompression();

export * from '../src/state/url/index.ts';
