import { describe, expect, it } from 'vitest';
import { ResultAssembler, splitResult } from '../../../src/data/userLayers/transfer';
import type { ImportResult } from '../../../src/data/userLayers/types';
import { validateGeoJsonText } from '../../../src/data/userLayers/validate';
import { makeUserLayer } from '../../../src/data/userLayers/layer';

function resultWith(count: number): ImportResult {
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { i },
    geometry: { type: 'Point', coordinates: [i % 180, 0] },
  }));
  const checked = validateGeoJsonText(JSON.stringify({ type: 'FeatureCollection', features }));
  if (!checked.ok) throw new Error('fixture');
  return {
    ok: true,
    layer: makeUserLayer('n.geojson', checked.collection, checked.stats),
    warnings: ['w'],
  };
}

describe('splitResult and ResultAssembler', () => {
  it('round-trip a result in slices, through structured clone', () => {
    const result = resultWith(5);
    const messages = splitResult(result, 2);
    expect(messages.map((m) => (m.kind === 'features' ? m.features.length : 'done'))).toEqual([
      2,
      2,
      1,
      'done',
    ]);
    const assembler = new ResultAssembler();
    const outputs = messages.map((message) => assembler.add(structuredClone(message)));
    expect(outputs.slice(0, -1)).toEqual([null, null, null]);
    expect(outputs.at(-1)).toEqual(result);
  });

  it('passes failures through in one message', () => {
    const failure: ImportResult = { ok: false, errors: [{ message: 'bad', path: '$' }] };
    expect(splitResult(failure)).toEqual([{ kind: 'done', result: failure }]);
    expect(new ResultAssembler().add({ kind: 'done', result: failure })).toEqual(failure);
  });
});
