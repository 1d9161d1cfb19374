/**
 * The vocabulary of measures: which metrics a claim can report, in which unit, and how
 * measures relate (killed-or-wounded = killed + wounded). It lives in geodata/measures.json,
 * so adding a measure is adding a row there, never code. This module builds and cross-checks
 * the lookups from such a file without zod (the dashboard loads it); vocabularySchema.ts has
 * the file format and checks a file's shape (the build, the tests, the workbench).
 */
import type { Problem } from './problem';
import type {
  HeadlineFamily,
  HeadlineRules,
  Measure,
  Relation,
  UnitInfo,
  VocabularyFile,
} from './vocabularySchema';

export type { HeadlineFamily, HeadlineRules, Measure, Relation, UnitInfo, VocabularyFile };

/** A checked vocabulary, with lookups. */
export interface Vocabulary {
  units: ReadonlyMap<string, UnitInfo>;
  /** Measures by id. */
  measures: ReadonlyMap<string, Measure>;
  /** Measure ids in display order. */
  ids: readonly string[];
  relations: readonly Relation[];
  /** The families an area's headline shows, in order, and its thresholds. */
  headline: HeadlineRules;
}

/** No headline families (a vocabulary file without `headline`). */
export const NO_HEADLINE: HeadlineRules = { oldAfterDays: 60, windowDays: 90, families: [] };

/** An empty vocabulary: every claim with a metric is then invalid, and says so. */
export const EMPTY_VOCABULARY: Vocabulary = {
  units: new Map(),
  measures: new Map(),
  ids: [],
  relations: [],
  headline: NO_HEADLINE,
};

/**
 * Cross-checks a vocabulary file of the right shape: unique ids, known units, statements
 * without a unit and figures with one, relations between known measures of one unit. No zod:
 * the dashboard runs this on the build-checked shipped file (parseVocabulary in
 * parseVocabulary.ts checks the shape first). Never throws.
 * @param data - the file, of the right shape
 * @param file - its name, for messages
 * @returns the vocabulary (null when invalid) and the problems found
 */
export function checkVocabulary(
  data: VocabularyFile,
  file = 'geodata/measures.json',
): { vocabulary: Vocabulary | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (path: string, message: string) =>
    problems.push({ file, message: `${path}: ${message}` });
  const units = new Map<string, UnitInfo>();
  data.units.forEach((unit, i) => {
    if (units.has(unit.id)) add(`units[${i}].id`, `duplicate unit "${unit.id}"`);
    units.set(unit.id, unit);
  });
  const measures = new Map<string, Measure>();
  data.measures.forEach((measure, i) => {
    const at = `measures[${i}] (${measure.id})`;
    if (measures.has(measure.id)) add(`${at}.id`, `duplicate measure "${measure.id}"`);
    measures.set(measure.id, measure);
    if (measure.kind === 'statement' && measure.unit !== null)
      add(`${at}.unit`, 'must be null for a statement measure');
    if (measure.kind === 'figure' && measure.unit === null)
      add(`${at}.unit`, 'a figure measure needs a unit');
    if (measure.unit !== null && !units.has(measure.unit))
      add(`${at}.unit`, `unknown unit "${measure.unit}"`);
  });
  data.measures.forEach((measure, i) => {
    for (const key of ['projects', 'partyOf'] as const)
      (measure[key] ?? []).forEach((id, j) => {
        const other = measures.get(id);
        const at = `measures[${i}] (${measure.id}).${key}[${j}]`;
        if (!other) add(at, `unknown measure "${id}"`);
        else if (other.unit !== measure.unit)
          add(at, `"${id}" is in ${other.unit}, "${measure.id}" in ${measure.unit}`);
      });
    if (measure.partyOf?.length && !measure.partyWords?.length && !measure.sourceWords?.length)
      add(
        `measures[${i}] (${measure.id}).partyWords`,
        'a party measure needs its party words or source words',
      );
  });
  data.relations.forEach((relation, i) => {
    const at = `relations[${i}]`;
    const whole = measures.get(relation.whole);
    if (!whole) add(`${at}.whole`, `unknown measure "${relation.whole}"`);
    relation.parts.forEach((part, j) => {
      const measure = measures.get(part);
      if (!measure) add(`${at}.parts[${j}]`, `unknown measure "${part}"`);
      else if (whole && measure.unit !== whole.unit)
        add(`${at}.parts[${j}]`, `"${part}" is in ${measure.unit}, the whole in ${whole.unit}`);
    });
  });
  const headline = data.headline ?? NO_HEADLINE;
  const inFamily = new Map<string, string>();
  headline.families.forEach((family, i) => {
    const at = `headline.families[${i}] (${family.id})`;
    if (headline.families.findIndex((f) => f.id === family.id) !== i)
      add(`${at}.id`, `duplicate family "${family.id}"`);
    const check = (key: 'measures' | 'parts', ids: readonly string[]) =>
      ids.forEach((id, j) => {
        const measure = measures.get(id);
        if (!measure) add(`${at}.${key}[${j}]`, `unknown measure "${id}"`);
        else if (measure.kind !== 'figure')
          add(`${at}.${key}[${j}]`, `"${id}" is a statement measure, not a figure`);
        const other = inFamily.get(id);
        if (other !== undefined) add(`${at}.${key}[${j}]`, `"${id}" is already in ${other}`);
        inFamily.set(id, `family "${family.id}"`);
      });
    check('measures', family.measures);
    check('parts', family.parts ?? []);
  });
  if (problems.length > 0) return { vocabulary: null, problems };
  const ids = [...measures.keys()].sort(
    (a, b) => (measures.get(a)?.order ?? 0) - (measures.get(b)?.order ?? 0),
  );
  return { vocabulary: { units, measures, ids, relations: data.relations, headline }, problems };
}

/** What panels need of a measure. */
export type MeasureInfo = Pick<Measure, 'label' | 'unit' | 'kind' | 'order' | 'chart'>;

/**
 * A measure's row. An unknown id (a report written against another vocabulary) gets a
 * stand-in labelled with the id itself, so a panel never breaks on it.
 * @param vocabulary - the dataset's vocabulary (`ds.vocabulary`)
 * @param id - measure id
 * @returns its label, unit, kind, order and chart
 */
export function measureOf(vocabulary: Vocabulary, id: string): MeasureInfo {
  return vocabulary.measures.get(id) ?? { label: id, unit: null, kind: 'statement', order: 1e6 };
}
