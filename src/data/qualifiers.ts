/**
 * Qualifiers: the words printed with a figure that say how exact it is ("about 4,000", "more
 * than 4,500", "as many as 12,000", "نحو 2000"). One documented list (docs/workbench.md,
 * "Approximators"): the workbench's parser drafts a qualifier only from it, and the dashboard
 * reads from it which way a printed qualifier leaves the true value open. "more than 4,500"
 * leaves it open above; "as many as 12,000" or "up to half" open below; "about" and "" leave
 * it closed.
 */

/** Which way a value is left open by its qualifier. */
export type OpenEnd = 'above' | 'below' | null;

/** A qualifier as printed, lower case, and which way it leaves the value open. */
export interface Approximator {
  words: string;
  open: OpenEnd;
}

const above = (words: string): Approximator => ({ words, open: 'above' });
const below = (words: string): Approximator => ({ words, open: 'below' });
const near = (words: string): Approximator => ({ words, open: null });

/**
 * Every qualifier printed before a number that the parser knows, English then Arabic. "exceed"
 * and "topping" are verbs that work as qualifiers ("losses exceeding 4,000"); "reaching",
 * "of" and "at" may follow any of them ("possibly reaching 50%").
 */
export const APPROXIMATORS: readonly Approximator[] = [
  above('more than'),
  above('well over'),
  above('over'),
  above('at least'),
  above('upward of'),
  above('upwards of'),
  above('in excess of'),
  above('exceeding'),
  above('exceeded'),
  above('exceeds'),
  above('exceed'),
  above('topping'),
  above('topped'),
  above('no fewer than'),
  above('no less than'),
  above('as few as'),
  above('أكثر من'),
  above('ما يزيد على'),
  below('as many as'),
  below('as high as'),
  below('as much as'),
  below('up to'),
  below('within'),
  below('possibly'),
  below('no more than'),
  below('fewer than'),
  below('less than'),
  below('under'),
  below('just under'),
  below('at most'),
  below('أقل من'),
  near('about'),
  near('around'),
  near('approximately'),
  near('an estimated'),
  near('roughly'),
  near('some'),
  near('nearly'),
  near('almost'),
  near('close to'),
  near('closer to'),
  near('approaching'),
  near('est.'),
  near('نحو'),
  near('حوالي'),
  near('حوالى'),
  near('قرابة'),
  near('زهاء'),
  near('ما يقارب'),
];

/** Qualifiers printed after the number: "1,000 or more", "600 على الأقل" (at least 600). */
export const POST_APPROXIMATORS: readonly Approximator[] = [
  above('or more'),
  above('على الأقل'),
  near('or so'),
];

const OPEN = new Map(
  [...APPROXIMATORS, ...POST_APPROXIMATORS].map((a) => [a.words, a.open] as const),
);

/** Qualifiers that leave the true value above the printed one. */
export const OPEN_ABOVE: ReadonlySet<string> = new Set(
  [...OPEN].filter(([, open]) => open === 'above').map(([words]) => words),
);
/** Qualifiers that leave the true value below the printed one. */
export const OPEN_BELOW: ReadonlySet<string> = new Set(
  [...OPEN].filter(([, open]) => open === 'below').map(([words]) => words),
);

/**
 * @param qualifier - as printed, any case
 * @returns 'above' for "more than", 'below' for "up to", else null
 */
export function openEnd(qualifier: string): OpenEnd {
  const q = qualifier.trim().toLowerCase().replace(/\s+/g, ' ');
  return OPEN.get(q) ?? null;
}
