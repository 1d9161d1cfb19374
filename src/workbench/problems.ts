/**
 * The problems of a draft, grouped where the workbench shows them: each claim's and each
 * event's under its editor, the rest (report, sources) under Export. Decided from `claim` and
 * `field` (`events[i]…`), never from the wording of the message.
 */
import type { Problem } from '../data/problem';

export interface GroupedProblems {
  /** Problems of the file as a whole: report fields, new sources, the schema outside claims. */
  file: Problem[];
  /** Problems of each claim, by its index in the draft. */
  claims: Problem[][];
  /** Problems of each event, by its index (their `field` is then inside the event). */
  events: Problem[][];
}

/**
 * @param problems - the draft's problems (validateDraft)
 * @param claimCount - how many claims the draft has
 * @param eventCount - how many events it has
 * @returns the problems grouped by claim, and those of the file
 */
const EVENT_FIELD = /^events\[(\d+)\](?:\.(.*))?$/;

/**
 * The index of the event a problem is about, from its field (`events[2].title` → 2).
 * @param problem - a problem of the draft
 * @returns the event's index, or null for a problem of a claim or of the report
 */
export function eventIndexOf(problem: Problem): number | null {
  if (problem.claim !== undefined) return null;
  const match = EVENT_FIELD.exec(problem.field ?? '');
  return match ? Number(match[1]) : null;
}

export function groupProblems(
  problems: readonly Problem[],
  claimCount: number,
  eventCount = 0,
): GroupedProblems {
  const claims: Problem[][] = Array.from({ length: claimCount }, () => []);
  const events: Problem[][] = Array.from({ length: eventCount }, () => []);
  const file: Problem[] = [];
  for (const problem of problems) {
    if (problem.claim !== undefined) {
      (claims[problem.claim] ?? file).push(problem);
      continue;
    }
    const event = EVENT_FIELD.exec(problem.field ?? '');
    const list = event ? events[Number(event[1])] : undefined;
    if (list) list.push({ ...problem, field: event?.[2] ?? '' });
    else file.push(problem);
  }
  return { file, claims, events };
}
