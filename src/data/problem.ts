/**
 * One thing wrong with one file, as validation reports it. `message` is for people (logs,
 * build errors, the workbench's lists); code decides from `claim`, `field` and `code`, never
 * from the wording of `message`. A type of its own, so the modules that report problems
 * (validate, vocabulary, metrics, carries) need not import each other for it.
 */

/** What kind of problem: stable identifiers, one per check. */
export type ProblemCode =
  /** The file does not match the report schema (zod); `field` says where. */
  | 'schema'
  /** The file still defines its own `sources` (the old format). */
  | 'old-format'
  /** report.id is not the file name, or does not start with the published date. */
  | 'report-id'
  | 'duplicate-id'
  | 'unknown-source'
  /** report.outletSource is not an outlet or media source. */
  | 'outlet-kind'
  | 'unknown-area'
  /** A date after the report's published date. */
  | 'after-published'
  | 'unknown-measure'
  /** A claim without a value lacks its statement. */
  | 'statement-required'
  /** A statement measure given a value. */
  | 'value-not-allowed'
  | 'unit-mismatch'
  /** The quote does not contain the value's qualifier as printed. */
  | 'qualifier-not-quoted'
  /** A `carries` entry names a claim of the same file. */
  | 'carries-own-claim'
  | 'unknown-claim'
  /** The id is already taken by a published report, claim or source. */
  | 'already-published';

export interface Problem {
  /** Path of the file relative to the project root, e.g. 'geodata/reports/x.json'. */
  file: string;
  /** Field path and what is wrong with it, in words: "claims[2] (c-…).area: unknown area …". */
  message: string;
  /** Index in the file's `claims` of the claim the problem is about; absent for the file's own. */
  claim?: number;
  /**
   * The field: inside the claim when `claim` is set ('area', 'value.unit', 'source[1]', '' for
   * the claim as a whole), else from the file's root ('report.id', 'newSources[0].kind', '').
   */
  field?: string;
  code?: ProblemCode;
}

/**
 * "file: message" on one line.
 * @param problem - the problem
 * @returns a line for logs and build errors
 */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.message}`;
}

/**
 * Where a field path points: the claim's index when it is under `claims[i]`, and the field.
 * @param path - a field path such as ['claims', 2, 'value', 'unit']
 * @returns { claim: 2, field: 'value.unit' }; { field: 'report.id' } outside the claims
 */
export function locate(path: readonly PropertyKey[]): Pick<Problem, 'claim' | 'field'> {
  const [list, index] = path;
  if (list === 'claims' && typeof index === 'number') {
    return { claim: index, field: fieldText(path.slice(2)) };
  }
  return { field: fieldText(path) };
}

/** ['value', 'unit'] → 'value.unit'; ['source', 1] → 'source[1]'. */
function fieldText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
