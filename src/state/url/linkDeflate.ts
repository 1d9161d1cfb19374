/**
 * The parts of fflate the link codec uses, in the chunk `loadCompression` loads
 * (compressedJson.ts): importing them from here rather than the whole package leaves the
 * rest of fflate out of it.
 */
export { deflateSync, Inflate } from 'fflate';
