// Moving a big result from the worker to the page in slices. Receiving one message with 100k
// features took 1.2–3 s of main-thread time in Chromium (the structured clone is rebuilt in one
// task); slices of FEATURES_PER_MESSAGE keep each task short, so the page stays responsive.
import type { Feature, Geometry } from 'geojson';
import type { ImportResult } from './types';

/** Features per message; about 20–60 ms to receive each in Chromium on a busy 2-core machine. */
export const FEATURES_PER_MESSAGE = 2_000;

/** What the worker posts: slices of features, then the result (with an empty feature list). */
export type WorkerMessage =
  | { kind: 'features'; features: Feature<Geometry | null>[] }
  | { kind: 'done'; result: ImportResult };

/**
 * Splits a result into messages: feature slices first, then the result without its features.
 *
 * @param result - what handleImportRequest returned
 * @param size - features per slice
 * @returns the messages, in the order to post them
 */
export function splitResult(
  result: ImportResult,
  size: number = FEATURES_PER_MESSAGE,
): WorkerMessage[] {
  if (!result.ok) return [{ kind: 'done', result }];
  const { features } = result.layer.collection;
  const messages: WorkerMessage[] = [];
  for (let i = 0; i < features.length; i += size) {
    messages.push({ kind: 'features', features: features.slice(i, i + size) });
  }
  const layer = { ...result.layer, collection: { ...result.layer.collection, features: [] } };
  messages.push({ kind: 'done', result: { ...result, layer } });
  return messages;
}

/** Rebuilds the result from the messages of {@link splitResult}, in arrival order. */
export class ResultAssembler {
  private features: Feature<Geometry | null>[] = [];

  /** Takes one message; returns the whole result once the last one has arrived. */
  add(message: WorkerMessage): ImportResult | null {
    if (message.kind === 'features') {
      for (const feature of message.features) this.features.push(feature);
      return null;
    }
    const { result } = message;
    if (!result.ok) return result;
    const collection = { ...result.layer.collection, features: this.features };
    this.features = [];
    return { ...result, layer: { ...result.layer, collection } };
  }
}
