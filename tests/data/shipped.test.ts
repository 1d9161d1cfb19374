import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { datasetFromShards, readShard, shardReports, SHARD_FORMAT } from '../../src/data/shipped';

const ds = loadDataset();

function roundTrip(maxBytes?: number) {
  const texts = shardReports(ds, maxBytes);
  const shards = texts.map((text, i) => readShard(JSON.parse(text), `shard ${i}`));
  return { texts, back: datasetFromShards(shards, ds.areas) };
}

describe('report shards (build-validated data shipped as JSON)', () => {
  it('give back the dataset the validating loader builds', () => {
    const { texts, back } = roundTrip();
    expect(texts).toHaveLength(1);
    expect(back.reports).toEqual(ds.reports);
    expect(back.claims).toEqual(ds.claims);
    expect(back.events).toEqual(ds.events);
    expect([...back.sources.entries()]).toEqual([...ds.sources.entries()]);
    expect(back.asOfIndex).toEqual(ds.asOfIndex);
    expect([...back.carriedBy.entries()]).toEqual([...ds.carriedBy.entries()]);
    expect(back.vocabulary).toEqual(ds.vocabulary);
    expect(back.problems).toEqual([]);
  });

  it('split into several shards by size and still give back the same data', () => {
    // One report file is about 18 kB of JSON: 1 byte per shard puts each report alone.
    const [first] = ds.reports;
    if (!first) throw new Error('no report in geodata/reports');
    const twice = { ...ds, reports: [...ds.reports, { ...first, id: 'copy' }] };
    const copies = ds.claims.map((c) => ({ ...c, id: `${c.id}-copy`, report: 'copy' }));
    const doubled = { ...twice, claims: [...ds.claims, ...copies] };
    const texts = shardReports(doubled, 1);
    // 1 byte a shard: each report file alone in its own shard.
    expect(texts).toHaveLength(doubled.reports.length);
    const shards = texts.map((text, i) => readShard(JSON.parse(text), `shard ${i}`));
    // The sources and carriers come with the last shard: the first, requested beside the
    // app's script, holds reports only (the others are requested after the first map).
    const last = doubled.reports.length - 1;
    expect(shards.map((shard) => shard.sources.length === 0)).toEqual(
      doubled.reports.map((_, i) => i < last),
    );
    expect(shards.map((shard) => shard.carriedBy.length === 0)).toEqual(
      doubled.reports.map((_, i) => i < last),
    );
    const back = datasetFromShards(shards, ds.areas);
    expect(back.claims).toEqual(doubled.claims);
    expect(back.reports.map((r) => r.id)).toEqual([...ds.reports.map((r) => r.id), 'copy']);
  });

  it('refuse a file that is not a shard, naming it', () => {
    expect(() => readShard({ claims: [] }, 'data/x.json')).toThrow(
      `data/x.json is not report data of format ${SHARD_FORMAT}`,
    );
    expect(() => readShard(null, 'data/y.json')).toThrow('data/y.json');
    expect(() =>
      readShard(
        { format: SHARD_FORMAT, sources: [], carriedBy: [], files: [{ report: {} }] },
        'z.json',
      ),
    ).toThrow('z.json: files[0] is not a report');
  });
});
