/**
 * The report file format (geodata/reports/<published>-<slug>.json) as a zod schema, and the
 * types the rest of the app uses. Objects are strict: an unknown key (a typo such as
 * "qualifer") is an error, not silently dropped. Cross-references (area, source, claim ids)
 * and date-order rules are checked in validate.ts, which knows the other files.
 */
import './zodConfig';
import { z } from 'zod';
import { DATE_PRECISIONS, dateRefProblems, isIsoDate } from './dates';

/** Lower-case ids with single hyphens: 'kr-nis', 'c-troops-in-russia'. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().max(120).regex(ID_PATTERN, 'must be lower-case letters, digits and hyphens');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isIsoDate, { message: 'must be a calendar date YYYY-MM-DD' });

export const dateRefSchema = z
  .strictObject({
    start: isoDateSchema.nullable(),
    end: isoDateSchema,
    precision: z.enum(DATE_PRECISIONS),
    asPrinted: text(200),
  })
  .superRefine((ref, ctx) => {
    for (const [field, message] of dateRefProblems(ref)) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });

export const SOURCE_KINDS = [
  'government-intelligence',
  'government',
  'military',
  'official',
  'think-tank',
  'expert',
  'media',
  'outlet',
] as const;

export const sourceSchema = z.strictObject({
  id,
  name: text(200),
  shortName: text(60),
  kind: z.enum(SOURCE_KINDS),
  /** ISO 3166-1 alpha-2, or null when the report does not say. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KR"')
    .nullable(),
  /** A belligerent state or one of its organs or officials (see README). */
  party: z.boolean(),
  /**
   * The names and spellings an article uses for it, in any language and script ("NIS",
   * "spy agency", "الاستخبارات الكورية الجنوبية"): the workbench recognises the source by them.
   */
  aliases: z.array(text(120)).max(50).default([]),
  note: text(1000).optional(),
});

/**
 * The source registry (geodata/sources.json): one definition per source; report files refer
 * to sources by id only. Unique ids are checked in sourceRegistry.ts.
 */
export const sourceRegistryFileSchema = z.strictObject({
  /** Optional pointer to sources.schema.json, for editors' autocompletion. */
  $schema: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});

export const valueSchema = z
  .strictObject({
    low: z.number().finite().nonnegative(),
    high: z.number().finite().nonnegative(),
    /** A unit id of geodata/measures.json; checked against the metric in validate.ts. */
    unit: z.string().min(1).max(40),
    /** The qualifier as printed ("as many as", "about", "to"); '' when none is printed. */
    qualifier: z.string().max(40),
  })
  .refine((value) => value.low <= value.high, {
    path: ['low'],
    message: 'low must not be greater than high',
  });

export const GRADE_SOURCE = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const GRADE_INFO = ['1', '2', '3', '4', '5', '6'] as const;

export const gradeSchema = z.strictObject({
  source: z.enum(GRADE_SOURCE),
  info: z.enum(GRADE_INFO),
  reason: text(400),
});

export const claimInFileSchema = z.strictObject({
  id,
  area: id,
  /** A measure id of geodata/measures.json; checked in validate.ts. */
  metric: id,
  value: valueSchema.nullable(),
  refersTo: dateRefSchema,
  reportedOn: dateRefSchema,
  source: z.array(id).min(1, 'names at least one source'),
  via: z.array(id),
  quote: text(300),
  note: text(2000),
  grade: gradeSchema,
  statement: text(1000).optional(),
});

export const eventInFileSchema = z.strictObject({
  id,
  date: dateRefSchema,
  area: id,
  title: text(200),
  sources: z.array(id).min(1, 'names at least one source'),
  claims: z.array(id),
});

export const reportMetaSchema = z.strictObject({
  /** Equals the file name without '.json': '<published>-<slug>'. */
  id,
  title: text(300),
  /** The outlet's name as known; honest wording when the text does not name it. */
  outlet: text(200),
  /** Id of the source (kind 'outlet') standing for the outlet in `via` chains. */
  outletSource: id,
  dateline: text(200),
  published: isoDateSchema,
  editor: text(200).nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** BCP 47 language tag of the report text, e.g. 'en'. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'),
  /**
   * The text this file was transcribed from, relative to the project root: a file of the
   * shared folder beside the clone, '../shared/seeds/<file>.txt' or
   * '../shared/sources/<file>.txt'; null (or absent, as in a file drafted in the workbench)
   * when we hold no text: its quotes are then listed as not verified.
   */
  text: z
    .string()
    .regex(
      /^\.\.\/shared\/(?:seeds|sources)\/[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/,
      'must be ../shared/seeds/<file>.txt or ../shared/sources/<file>.txt',
    )
    .nullable()
    .optional(),
  note: text(2000).optional(),
});

/**
 * A claim first made elsewhere that this report repeats: one claim carried by several
 * reports, never a second claim that seems to corroborate the first.
 */
export const carrySchema = z.strictObject({
  /** Id of the claim, defined in the report that first carried it. */
  claim: id,
  /** The few words of this report that carry the figure, exactly as printed here. */
  quote: text(300),
  /** Who carried it to this report's reader, as in a claim's `via`. */
  via: z.array(id),
  note: text(1000).optional(),
});

export const reportFileSchema = z.strictObject({
  /** Optional pointer to report.schema.json, for editors' autocompletion. */
  $schema: z.string().optional(),
  report: reportMetaSchema,
  /**
   * Sources this report names that are not in geodata/sources.json yet, as the workbench
   * exports them (optional). Every other source is referred to by its registry id only.
   */
  newSources: z.array(sourceSchema).optional(),
  claims: z.array(claimInFileSchema),
  /** Claims of other reports that this one repeats (optional). */
  carries: z.array(carrySchema).optional(),
  events: z.array(eventInFileSchema),
});

/**
 * The report file format as JSON Schema (draft 2020-12), for editors and other tools. It
 * cannot express the cross-checks of validate.ts (references, date order, file name).
 * @returns the JSON Schema object
 */
export function reportFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportFileSchema, { io: 'input' }),
    title: 'Sitrep report file',
    description:
      'One news report: its claims and events; sources are ids of ../sources.json. See README.md beside it.',
  };
}

/**
 * The source registry format as JSON Schema (geodata/sources.schema.json).
 * @returns the JSON Schema object
 */
export function sourceRegistryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(sourceRegistryFileSchema, { io: 'input' }),
    title: 'Sitrep source registry',
    description: 'One definition per source: who makes or carries a claim. See reports/README.md.',
  };
}

export type Report = z.infer<typeof reportMetaSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceRegistryFile = z.infer<typeof sourceRegistryFileSchema>;
export type SourceKind = Source['kind'];
export type ClaimValue = z.infer<typeof valueSchema>;
export type Grade = z.infer<typeof gradeSchema>;
export type Carry = z.infer<typeof carrySchema>;
export type ReportFile = z.infer<typeof reportFileSchema>;
/** A claim as the app sees it: `report` is the id of the report file it came from. */
export type Claim = z.infer<typeof claimInFileSchema> & { report: string };
/** A dated happening; `report` is set by the loader. */
export type SitrepEvent = z.infer<typeof eventInFileSchema> & { report: string };
