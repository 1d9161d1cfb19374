/**
 * The vocabulary file format (geodata/measures.json) as zod schemas: what the build, the tests
 * and the workbench check a vocabulary file against. The dashboard itself never loads zod for
 * it: the shipped file is checked by the build (bundledDataset.ts), so metrics.ts only reads it
 * (vocabulary.ts). Types are inferred here and re-exported there.
 */
import './zodConfig';
import { z } from 'zod';

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
  /**
   * Words that name this measure in a news text ("killed", "casualties a day", "قتيل"), for
   * the workbench's parser: matched whole, case-insensitively, punctuation ignored; the
   * longest cue in a figure's clause wins (see docs/workbench.md).
   */
  cues: z.array(text(80)).max(80).optional(),
  /**
   * The measures this one is the projection of: a figure its clause puts in the future with a
   * modal verb of growth ("could reach up to 10,000", docs/workbench.md) that would be one of
   * those is drafted as this one. Same unit.
   */
  projects: z.array(id).optional(),
  /**
   * A party's own count of the measures named: a figure that would be one of those is drafted
   * as this one when a word of `partyWords` is printed with it ("600,000 Russian soldiers …
   * killed or wounded", "Russian combat losses", "Russia has lost 400"; docs/workbench.md).
   */
  partyOf: z.array(id).optional(),
  /** The words that name the party, lower case ("russian", "russia"). */
  partyWords: z.array(text(40)).max(20).optional(),
  /**
   * A party's own count by its source: a figure that would be one of `partyOf` is drafted as
   * this one when the sentence's source is one of these names, lower case, as the subject of a
   * reporting verb ("KCNA published", "Pyongyang said") or after "according to"
   * (docs/workbench.md).
   */
  sourceWords: z.array(text(40)).max(20).optional(),
  /**
   * The names of the sending party, lower case ("north korea", "pyongyang"): a count that one of
   * them, as the subject, "stationed" or "positioned" (a verb of troops present) was sent by it
   * ("Pyongyang has stationed 3,000 soldiers in the east of Russia"; nineteenth round).
   */
  senderWords: z.array(text(40)).max(20).optional(),
});

export const relationSchema = z.strictObject({
  /** The measure that is the sum of the parts, e.g. 'killed-or-wounded'. */
  whole: id,
  /** Its parts, e.g. ['killed', 'wounded']. */
  parts: z.array(id).min(2),
  note: text(500),
});

/** A family of measures a reader asks about (troops, casualties): one line of an area's headline. */
export const headlineFamilySchema = z.strictObject({
  id,
  /** Shown before the figure: "Casualties". */
  label: text(60),
  /** Said when the area has none: "No casualty figure reported for this area by …". */
  noun: text(60),
  /** Figure measures of comparable totals, any of which can be the headline. */
  measures: z.array(id).min(1),
  /**
   * Parts of those totals (killed, wounded): shown with a total the same source gave on the
   * same date, or as the headline when no total is known.
   */
  parts: z.array(id).optional(),
  note: text(500).optional(),
});

/** What an area's headline shows ("the current picture"), in display order, with its thresholds. */
export const headlineRulesSchema = z.strictObject({
  /** A headline figure reported more than this many days before the as-of date is marked old. */
  oldAfterDays: z.number().int().min(1).max(3650),
  /** Other estimates reported within this many days before the as-of date are counted beside it. */
  windowDays: z.number().int().min(1).max(3650),
  families: z.array(headlineFamilySchema),
});

export const vocabularyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  units: z.array(unitSchema).min(1),
  measures: z.array(measureSchema).min(1),
  relations: z.array(relationSchema),
  /** The headline families; without it, areas show no headline. */
  headline: headlineRulesSchema.optional(),
});

export type UnitInfo = z.infer<typeof unitSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;
export type HeadlineFamily = z.infer<typeof headlineFamilySchema>;
export type HeadlineRules = z.infer<typeof headlineRulesSchema>;

/**
 * The vocabulary file format as JSON Schema, for editors (geodata/measures.schema.json).
 * @returns the JSON Schema object
 */
export function vocabularyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(vocabularyFileSchema, { io: 'input' }),
    title: 'Sitrep measures',
    description:
      'Measures, units, relations between measures and the families an area headline shows. See geodata/README.md.',
  };
}
