/**
 * Figures in a text: value(s), qualifier, unit and the measures their own clause names.
 * Hand-written on purpose (docs/workbench.md: compromise was measured and rejected). The
 * rules, each covered by rows of the phrase table (tests/workbench/phrases.ts):
 * - a number binds to the measure words of its own clause: "300 killed and 2,700 wounded" is
 *   two figures, killed and wounded; words before a number count ("killed five fighters");
 * - durations, ages, dates, years, designations ("MiG-29", "Unit 1234"), identifiers (seven
 *   or more ungrouped digits) and phone numbers are never figures, durations unless a measure
 *   in that time unit is named ("wiped out within three months");
 * - a quantity with a unit of measurement ("50 kilometers", "$2 billion") takes only measures
 *   in that unit, and its restatement in brackets ("(31 miles)") is no second figure; a ration
 *   ("300 grams of soap each month") is none;
 * - a modal verb of growth before a figure makes it a projection ("could reach 10,000"), and
 *   a party named with it makes it that party's count ("600,000 Russian soldiers"), both
 *   through fields of the vocabulary (`projects`, `partyOf`, `partyWords`);
 * - vague quantities, shares and ratios follow a documented rule (numbers.ts), qualifiers come
 *   from one list (data/qualifiers.ts), words kept as printed;
 * - numbers in words, mixed, and in Arabic script; measure cues come from the vocabulary;
 * - a count by rank ("500 officers and three generals") is of troops with no measure, a count
 *   of places ("five training sites") a figure with no unit or measure;
 * - a relative clause set off by commas gives no measure over its main clause ("troops, who
 *   were dispatched to Russia, were killed"), but names the measure of the people a clause
 *   counts when that clause names none ("two soldiers, whose capture was announced");
 * - growth by a multiple is a share ("more than tripled"), a share of a time no figure ("the
 *   first half of this year"); a modal before more troops makes them possible further troops,
 *   troops due somewhere by a date the expected total, a party's losses named elsewhere in the
 *   sentence the figure's kind of loss that party's ("Russian losses … 15,000 fatalities").
 *
 * This module is the entry: `parseFigures` finds the numbers and composes the rules, which live
 * by feature beside it: printed.ts (a figure's words, value, qualifier and unit), notFigure.ts
 * (numbers that are no figure), things.ts (counts no measure takes), nouns.ts (the noun a number
 * counts), clause.ts (a figure's own clause), bind.ts (binding a figure to its measures), and
 * the rules that choose or adjust a measure: projections.ts (troops to come), troops.ts (troops
 * there, sent or more), shares.ts (shares of the force, parts of a whole), parties.ts (whose
 * count: parties, sources, senders).
 */
import { bind } from './bind';
import { withoutRelatives } from './clause';
import { notAFigure } from './notFigure';
import { westernDigits } from './numbers';
import {
  FIGURE,
  quantity,
  restates,
  toRaw,
  yearSpan,
  type ParsedFigure,
  type Raw,
} from './printed';

export { numberValue } from './numbers';
export type { ParsedFigure } from './printed';

/**
 * Every figure printed in a text.
 * @param text - a phrase or sentence
 * @returns the figures, in text order
 * @example parseFigures('as many as 12,000 soldiers')[0] // {low: 12000, qualifier: 'as many as', unit: 'troops', …}
 */
export function parseFigures(text: string): ParsedFigure[] {
  const western = westernDigits(text);
  const raws: Raw[] = [];
  const wordStarts = /(?<![\p{L}\p{M}\d,.])(?=[\p{L}\d])/gu;
  let consumed = 0;
  for (const start of western.matchAll(wordStarts)) {
    if (start.index < consumed) continue;
    FIGURE.lastIndex = start.index;
    const match = FIGURE.exec(western);
    const found = match?.groups ?? {};
    if (!match || !(found.n1 || found.share || found.ratio || found.vague)) continue;
    if (yearSpan(match)) {
      consumed = start.index + match[0].length; // "1950-53", "2024–2025": years, no figure
      continue;
    }
    const raw = toRaw(western, match, start.index);
    if (!raw) continue;
    if (notAFigure(western, raw)) {
      consumed = raw.end; // an age range is no figure in part either ("aged 18 to 35")
      continue;
    }
    quantity(western, raw);
    consumed = raw.end;
    if (restates(western, raws[raws.length - 1], raw)) continue;
    raws.push(raw);
  }
  return bind(withoutRelatives(western, raws), raws);
}
