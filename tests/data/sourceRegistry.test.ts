import { describe, expect, it } from 'vitest';
import { parseSourceRegistry, SOURCE_REGISTRY } from '../../src/data/sourceRegistry';
import { datasetFromShards, readShard, shardReports } from '../../src/data/shipped';
import { loadAreas } from '../../src/data/geodata';
import { datasetOf, readJson, readReportFiles } from './helpers';

describe('the source registry', () => {
  it('is valid and defines every source the reports name, once', () => {
    expect(parseSourceRegistry(readJson('geodata/sources.json')).problems).toEqual([]);
    const ds = datasetOf(readReportFiles());
    expect(ds.problems).toEqual([]);
    const named = new Set(
      ds.claims
        .flatMap((c) => [...c.source, ...c.via])
        .concat(ds.reports.map((r) => r.outletSource)),
    );
    for (const id of named) expect(SOURCE_REGISTRY.has(id), id).toBe(true);
  });

  it('gives the dataset each source with its aliases, also through the shipped shards', () => {
    const ds = datasetOf(readReportFiles());
    const nis = ds.sources.get('kr-nis');
    expect(nis?.aliases).toEqual(expect.arrayContaining(['NIS', 'spy agency']));
    expect(nis?.aliases.some((alias) => /\p{Script=Arabic}/u.test(alias))).toBe(true);
    const shipped = datasetFromShards(
      shardReports(ds).map((text, i) => readShard(JSON.parse(text), `shard ${i}`)),
      loadAreas(),
    );
    expect(shipped.sources.get('isw')?.aliases).toContain('Institute for the Study of War');
  });

  it('names the field of a bad definition and a duplicate id', () => {
    const registry = readJson('geodata/sources.json') as { sources: Record<string, unknown>[] };
    const [first] = registry.sources;
    const broken = { sources: [...registry.sources, { ...first }] };
    expect(parseSourceRegistry(broken).problems).toEqual([
      {
        file: 'geodata/sources.json',
        message: `sources[${registry.sources.length}].id: duplicate source id "ukrainska-pravda"`,
      },
    ]);
    const badKind = { sources: [{ ...first, kind: 'blog' }] };
    expect(parseSourceRegistry(badKind).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^sources\[0\]\.kind: /),
    ]);
  });
});
