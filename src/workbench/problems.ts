/**
 * The problems of a draft, grouped where the workbench shows them: each claim's under its
 * editor, the rest (report, sources) under Export. Decided from `claim`, never from the
 * wording of the message.
 */
import type { Problem } from '../data/problem';

export interface GroupedProblems {
  /** Problems of the file as a whole: report fields, new sources, the schema outside claims. */
  file: Problem[];
  /** Problems of each claim, by its index in the draft. */
  claims: Problem[][];
}

/**
 * @param problems - the draft's problems (validateDraft)
 * @param claimCount - how many claims the draft has
 * @returns the problems grouped by claim, and those of the file
 */
export function groupProblems(problems: readonly Problem[], claimCount: number): GroupedProblems {
  const claims: Problem[][] = Array.from({ length: claimCount }, () => []);
  const file: Problem[] = [];
  for (const problem of problems) {
    const list = problem.claim === undefined ? undefined : claims[problem.claim];
    (list ?? file).push(problem);
  }
  return { file, claims };
}
