/**
 * The source registry, geodata/sources.json: one definition per source (name, short name,
 * kind, country, party, aliases). Report files refer to sources by id only; a source that is
 * not in the registry yet may be defined in a report's `newSources` (as the workbench exports
 * it), and the build merges those in (buildDataset.ts). Checked here with zod: the build, the
 * tests and the workbench load this module; the dashboard gets the sources in the shards.
 */
// The import attribute lets Node load this module too (Playwright specs import validate.ts).
import registryJson from '../../geodata/sources.json' with { type: 'json' };
import { sourceRegistryFileSchema, type Source } from './schema';
import type { Problem } from './problem';

/** The registry file, relative to the project root. */
export const SOURCE_REGISTRY_FILE = 'geodata/sources.json';

/**
 * Parses and checks a registry file: its shape (zod) and unique ids. Never throws.
 * @param json - the parsed file
 * @param file - its name, for messages
 * @returns the sources by id, in file order (empty when the shape is wrong), and the problems
 */
export function parseSourceRegistry(
  json: unknown,
  file = SOURCE_REGISTRY_FILE,
): { sources: Map<string, Source>; problems: Problem[] } {
  const sources = new Map<string, Source>();
  const parsed = sourceRegistryFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      sources,
      problems: parsed.error.issues.map((issue) => ({
        file,
        message: `${
          issue.path
            .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
            .join('')
            .replace(/^\./, '') || '(file)'
        }: ${issue.message}`,
      })),
    };
  }
  const problems: Problem[] = [];
  parsed.data.sources.forEach((source, i) => {
    if (sources.has(source.id)) {
      problems.push({ file, message: `sources[${i}].id: duplicate source id "${source.id}"` });
    } else sources.set(source.id, source);
  });
  return { sources, problems };
}

const shipped = parseSourceRegistry(registryJson);

/** The shipped registry, by id in file order (empty when the file's shape is wrong). */
export const SOURCE_REGISTRY: ReadonlyMap<string, Source> = shipped.sources;

/** What is wrong with geodata/sources.json; the build fails on any. */
export const SOURCE_REGISTRY_PROBLEMS: readonly Problem[] = shipped.problems;
