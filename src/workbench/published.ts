/**
 * What the workbench needs from the published data: the areas a claim can name (as search
 * entries), the known sources and the ids already used. Loaded with the workbench chunk.
 */
import { loadDataset } from '../data/bundledDataset';
import type { Source } from '../data/schema';
import type { SearchEntry } from '../data/search';
import type { PublishedIds } from './export';
import type { KnownSource } from './parse/suggest';

/** A source as the workbench offers it: what the parser matches, and what the picker shows. */
export interface PickableSource extends KnownSource {
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** Names and spellings articles use for it (the registry's `aliases`). */
  aliases: readonly string[];
}

export interface Published extends PublishedIds {
  areaEntries: SearchEntry[];
  /** The registry's sources, then those published reports define, with their aliases. */
  knownSources: PickableSource[];
  sources: Map<string, Source>;
  /** Area id → its name, for the area picker. */
  areaNames: Map<string, string>;
}

const KIND_LABEL = { region: 'Region', settlement: 'Village', country: 'Country' } as const;

/**
 * What the workbench keeps of a source.
 * @param source - a source definition
 * @returns its id, names, kind, country and aliases
 */
export function pickable(source: Source): PickableSource {
  const { id, name, shortName, kind, country, aliases } = source;
  return { id, name, shortName, kind, country, aliases };
}

/** Builds the published context once from the bundled dataset. */
export function loadPublished(): Published {
  const ds = loadDataset();
  const areaEntries: SearchEntry[] = ds.areas.map((area) => {
    const parent = area.parent ? ds.areasById.get(area.parent) : undefined;
    return {
      id: area.id,
      kind: 'area',
      label: area.name,
      detail: [KIND_LABEL[area.kind], parent?.name].filter(Boolean).join(' · '),
      names: [...Object.values(area.names), ...area.aliases],
      priority: area.kind === 'country' ? 1 : 0,
    };
  });
  return {
    areaEntries,
    knownSources: [...ds.sources.values()].map(pickable),
    sources: ds.sources,
    areaIds: new Set(ds.areas.map((a) => a.id)),
    areaNames: new Map(ds.areas.map((a) => [a.id, a.name])),
    reportIds: new Set(ds.reports.map((r) => r.id)),
    claimIds: new Set(ds.claims.map((c) => c.id)),
  };
}
