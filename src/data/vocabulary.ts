/**
 * The vocabulary of measures: which metrics a claim can report, in which unit, and how
 * measures relate (killed-or-wounded = killed + wounded). It lives in geodata/measures.json,
 * so adding a measure is adding a row there, never code. This module only parses and checks
 * such a file; metrics.ts loads the shipped one.
 */
import './zodConfig';
import { z } from 'zod';
import type { Problem } from './validate';

const ID = /^[a-z0-9%/]+(?:-[a-z0-9%/]+)*$/;
const id = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const unitSchema = z.strictObject({
  /** As stored in claims: 'troops', '%', 'casualties/day'. */
  id: z.string().min(1).max(40).regex(ID, 'must be lower-case, without spaces'),
  label: text(60),
});

export const measureSchema = z.strictObject({
  id,
  /** Short label for panels and exports. */
  label: text(100),
  /** A unit id for figures; null for statements. */
  unit: z.string().min(1).max(40).nullable(),
  /** 'figure' measures carry numbers; 'statement' measures never do. */
  kind: z.enum(['figure', 'statement']),
  /** Display order in panels: lower first. */
  order: z.number().int(),
  /** Measures with the same chart title share one estimates-over-time chart. */
  chart: text(100).optional(),
  note: text(500).optional(),
});

export const relationSchema = z.strictObject({
  /** The measure that is the sum of the parts, e.g. 'killed-or-wounded'. */
  whole: id,
  /** Its parts, e.g. ['killed', 'wounded']. */
  parts: z.array(id).min(2),
  note: text(500),
});

export const vocabularyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  units: z.array(unitSchema).min(1),
  measures: z.array(measureSchema).min(1),
  relations: z.array(relationSchema),
});

export type UnitInfo = z.infer<typeof unitSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Relation = z.infer<typeof relationSchema>;

/** A checked vocabulary, with lookups. */
export interface Vocabulary {
  units: ReadonlyMap<string, UnitInfo>;
  /** Measures by id. */
  measures: ReadonlyMap<string, Measure>;
  /** Measure ids in display order. */
  ids: readonly string[];
  relations: readonly Relation[];
}

/**
 * The vocabulary file format as JSON Schema, for editors (geodata/measures.schema.json).
 * @returns the JSON Schema object
 */
export function vocabularyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(vocabularyFileSchema, { io: 'input' }),
    title: 'Sitrep measures',
    description: 'Measures, units and relations between measures. See geodata/README.md.',
  };
}

/** An empty vocabulary: every claim with a metric is then invalid, and says so. */
export const EMPTY_VOCABULARY: Vocabulary = {
  units: new Map(),
  measures: new Map(),
  ids: [],
  relations: [],
};

/**
 * Parses and cross-checks a vocabulary file: unique ids, known units, statements without a
 * unit and figures with one, relations between known measures of one unit. Never throws.
 * @param json - the parsed file
 * @param file - its name, for messages
 * @returns the vocabulary (null when invalid) and the problems found
 */
export function parseVocabulary(
  json: unknown,
  file = 'geodata/measures.json',
): { vocabulary: Vocabulary | null; problems: Problem[] } {
  const parsed = vocabularyFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      vocabulary: null,
      problems: parsed.error.issues.map((issue) => ({
        file,
        message: `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`,
      })),
    };
  }
  const data = parsed.data;
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
  if (problems.length > 0) return { vocabulary: null, problems };
  const ids = [...measures.keys()].sort(
    (a, b) => (measures.get(a)?.order ?? 0) - (measures.get(b)?.order ?? 0),
  );
  return { vocabulary: { units, measures, ids, relations: data.relations }, problems };
}
