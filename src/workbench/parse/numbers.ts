/**
 * Numbers as news copy prints them: digits ("12,000", "4.5"), words ("four thousand", "a
 * thousand"), mixed ("four-thousand-100", "15-thousand", "10 million"), Arabic ("10 آلاف"),
 * Eastern Arabic and Persian digits ("٢٠٠٠", "۲۰۰۰"); and the vague quantities and shares of
 * the rule in docs/workbench.md ("several hundred" → 300–900, "nearly half" → 50 %); the
 * qualifiers printed around them ("as many as", "نحو", "على الأقل") and per cent signs.
 */

import { APPROXIMATORS, POST_APPROXIMATORS, type Approximator } from '../../data/qualifiers';

/** Eastern Arabic (U+0660…) and Persian (U+06F0…) digits and separators as Western ones. */
export function westernDigits(text: string): string {
  // One UTF-16 unit for one, so offsets into the result are offsets into the text.
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words, English and Arabic (thousand, thousands after a number, million, hundred). */
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  dozen: 12,
  million: 1_000_000,
  billion: 1_000_000_000,
  مئة: 100,
  مائة: 100,
  ألف: 1000,
  الف: 1000,
  آلاف: 1000,
  مليون: 1_000_000,
  ملايين: 1_000_000,
};

/**
 * Digits ("12,000", "4.5", and "12 000" with thousands grouped by spaces), with a scale letter
 * glued on as headlines print it: "1.5m", "2bn", "10k".
 */
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|[1-9]\d{0,2}(?:\.\d{3}){2,}(?![.,]?\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:k|m|mn|bn)?`;
const SUFFIX: Record<string, number> = { k: 1000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000 };
const WORD = Object.keys(SMALL).join('|');
const WORDS = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${WORD})`;
const SCALES = Object.keys(SCALE).join('|');
/**
 * A fraction of a million in words (twentieth round): "half a million" 500,000, "a quarter
 * million" (or "a quarter of a million") 250,000, "three quarters of a million" 750,000, "a
 * million and a half" 1,500,000.
 */
const FRACTION_OF_MILLION = String.raw`(?:half\s+a\s+million|a\s+quarter\s+(?:of\s+a\s+)?million|three[\s-]+quarters\s+of\s+a\s+million|a\s+million\s+and\s+a\s+half)`;
const FRACTIONS_OF_MILLION: [RegExp, number][] = [
  [/^half a million$/, 500_000],
  [/^a quarter (?:of a )?million$/, 250_000],
  [/^three[\s-]quarters of a million$/, 750_000],
  [/^a million and a half$/, 1_500_000],
];

/**
 * A number: "12,000", "1.5 million", "a thousand", "four thousand one hundred",
 * "four-thousand-100", "15-thousand", "10 آلاف". Never followed by a letter or digit ("8th").
 * A word after "and" with a scale of its own starts another number: "ten thousand and twelve
 * thousand" is two (twenty-first round), "ten thousand and twelve" one.
 */
export const NUMBER = String.raw`(?:${FRACTION_OF_MILLION}|(?:a|an)\s+(?:hundred|thousand|million|dozen)|(?:${DIGITS}|${WORDS})(?:[\s-]+(?:${SCALES})(?:-(?:${DIGITS}|${WORDS})|\s+(?:and\s+)?${WORDS}(?:\s+hundred)?(?!\s+(?:${SCALES})(?![\p{L}])))?)?)(?![\p{L}\d]|[.,]\d)`;

/**
 * The value of a number phrase.
 * @param text - "12,000", "four thousand", "a thousand", "four-thousand-100", "10 آلاف"
 * @returns its value, or null when a word of it is not a number word
 */
/**
 * Thousands grouped by dots, as much European copy prints them in English too: a first group
 * of one to three digits not starting with 0, then groups of exactly three digits ("1.000",
 * "11.000", "12.500", "1.000.000"), and no scale word or letter after ("1.125 million" and
 * "2.500m" stay decimals). A decimal of three places ("3.141") is read as thousands: news
 * figures of people are not printed so.
 */
const DOT_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

export function numberValue(text: string): number | null {
  const plain = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const fraction = FRACTIONS_OF_MILLION.find(([pattern]) => pattern.test(plain));
  if (fraction) return fraction[1];
  const words = westernDigits(text)
    .replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1') // "12 000": thousands grouped by spaces
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  let total = 0;
  let current: number | null = null;
  for (const [i, word] of words.entries()) {
    const digits = /^([\d,.]+)(k|m|mn|bn)?$/.exec(word);
    if (digits) {
      const printed = digits[1] ?? '';
      // "1.000", "11.000", "1.000.000": thousands grouped by dots (docs/workbench.md).
      const dotted = !digits[2] && !((words[i + 1] ?? '') in SCALE) && DOT_THOUSANDS.test(printed);
      const n = Number(printed.replace(dotted ? /\./g : /,/g, ''));
      current = (current ?? 0) + n * (SUFFIX[digits[2] ?? ''] ?? 1);
    } else if (word === 'a' || word === 'an') current = 1;
    else if (word === 'and') continue;
    else if (word in SMALL) current = (current ?? 0) + (SMALL[word] ?? 0);
    else if (word in SCALE) {
      const scale = SCALE[word] ?? 1;
      if (scale >= 1000) {
        total += (current ?? 1) * scale;
        current = null;
      } else current = (current ?? 1) * scale;
    } else return null;
  }
  if (current === null && total === 0) return null;
  const value = total + (current ?? 0);
  return Number.isFinite(value) ? value : null;
}

/** How many of a scale vague words mean: "a couple" 2–3, "a few" 3–5, "several" 3–9. */
const VAGUE_MULTIPLE: Record<string, [number, number]> = {
  'a couple': [2, 3],
  'a couple of': [2, 3],
  'a few': [3, 5],
  several: [3, 9],
};
/** Plurals of a scale: "hundreds" 200–900, "dozens" 24–108, "millions" 2–9 million: two to nine of it. */
const VAGUE_PLURAL: Record<string, number> = {
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  'tens of thousands': 10_000,
  'hundreds of thousands': 100_000,
  millions: 1_000_000,
  'tens of millions': 10_000_000,
  مئات: 100,
  آلاف: 1000,
};
/** Quote marks an article may print inside a vague quantity: "a ‘couple thousand’". */
export const QUOTES = String.raw`'‘’"“”«»`;
/** Between two words of a vague quantity: spaces, hyphens or quote marks. */
const GAP = String.raw`[\s${QUOTES}-]+`;
export const VAGUE = String.raw`(?:(?:a${GAP}couple(?:${GAP}of)?|a${GAP}few|several)${GAP}(?:hundred|thousand|dozens?)|(?:tens|hundreds)${GAP}of${GAP}thousands|tens${GAP}of${GAP}millions|dozens|hundreds|thousands|millions|several|مئات|آلاف)(?![\p{L}\d])`;

/** Vague words as the qualifier keeps them: lower case, quote marks and hyphens left out. */
export function vagueWords(words: string): string {
  return words
    .toLowerCase()
    .replace(new RegExp(`[${QUOTES}-]`, 'g'), ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * The range vague words stand for, by the rule of docs/workbench.md.
 * @param words - "several hundred", "thousands", "a couple hundred" (any case, any spaces)
 * @returns [low, high], or null for words outside the rule
 */
export function vagueRange(words: string): [number, number] | null {
  const w = vagueWords(words);
  const plural = VAGUE_PLURAL[w];
  if (plural) return [2 * plural, 9 * plural];
  // "several" alone (3–9) counts only before a measure word, like a number in words (bind.ts).
  if (w === 'several') return VAGUE_MULTIPLE.several ?? null;
  const m = /^(.*) (hundred|thousand|dozens?)$/.exec(w);
  const multiple = m && VAGUE_MULTIPLE[m[1] ?? ''];
  if (!m || !multiple) return null;
  // "several dozen(s)" 36–108, "a few dozen" 36–60 (eleventh round).
  const scale = m[2]?.startsWith('dozen') ? 12 : (SCALE[m[2] ?? ''] ?? 1);
  return [multiple[0] * scale, multiple[1] * scale];
}

/** A ratio: "one in five", "1 in 4", "two out of every three" (a share, in per cent). */
export const RATIO = String.raw`(?:one|two|three|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?![\p{L}\d])`;

/**
 * @param words - "one in five", "2 out of every 3"
 * @returns the share in per cent, rounded, or null when it is not below one
 */
export function ratioValue(words: string): number | null {
  const m = /^(\S+)\s+(?:in|out\s+of)\s+(?:every\s+)?(\S+)$/i.exec(words.trim());
  const part = numberValue(m?.[1] ?? '');
  const whole = numberValue(m?.[2] ?? '');
  if (part === null || whole === null || part >= whole) return null;
  return Math.round((100 * part) / whole);
}

/** Shares in per cent: "half" 50, "a third" 33, "double" 200 (of what is named after it). */
const SHARE: Record<string, number> = {
  half: 50,
  'a third': 33,
  'one third': 33,
  'two thirds': 67,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  double: 200,
  twice: 200,
  triple: 300,
  doubled: 200,
  tripled: 300,
  trebled: 300,
  quadrupled: 400,
};
/** "twofold", "three-fold", "10-fold": N × 100 %. */
const FOLD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };
/**
 * A share word ("one-quarter" too), only before "of" or "the" ("a third of", "double the"; not "a
 * third deployment"); a part (half, a third …) also before a possessive ("half their attacking
 * force", seventeenth round; not "double its efforts"); not a multiple of a rate of work
 * ("double the pace", "triple the output": no figure; nineteenth round).
 */
export const SHARE_WORDS =
  String.raw`(?:(?:half|(?:a|one)[\s-]+(?:third|quarter)|two[\s-]+thirds|three[\s-]+quarters)(?=\s+(?:of|the|its|their|his|her|our)\b)|(?:double|twice|triple)(?=\s+(?:of|the)\b)(?!\s+the\s+(?:pace|speed|rate|tempo|frequency|output|production)\b)` +
  // Growth by a multiple: a verb with no object after it ("has doubled since", "more than
  // tripled"; not "doubled its efforts", "doubled the size", "doubled down") or "N-fold" before a word of growth
  // or at a clause's end ("a threefold rise", "grew tenfold.").
  String.raw`|(?:doubled|tripled|trebled|quadrupled)(?![\p{L}])(?!\s+(?:the|a|an|its|their|his|her|our|my|your|these|those|down|up|back)(?![\p{L}]))` +
  String.raw`|(?:two|three|four|five|ten|[2-9]|10)[\s-]?fold(?=\s+(?:rise|increase|jump|growth|surge|hike)|\s*[.,;!?]|\s*$))`;

/**
 * @param words - "half", "a third", "more than double" less its qualifier: "double"
 * @returns the share in per cent, or null
 */
export function shareValue(words: string): number | null {
  const fold = /^(two|three|four|five|ten|\d+)[\s-]?fold$/iu.exec(words.trim());
  if (fold?.[1]) return 100 * (FOLD[fold[1].toLowerCase()] ?? Number(fold[1]));
  return (
    SHARE[
      words
        .toLowerCase()
        .trim()
        .replace(/[\s-]+/g, ' ')
    ] ?? null
  );
}

/** A qualifier list as a pattern, longest first so "more than" wins over "over". */
const alternation = (list: readonly Approximator[]) =>
  [...list]
    .map((a) => a.words)
    .sort((a, b) => b.length - a.length)
    .map((q) => q.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
    .join('|');
/** The approximators of src/data/qualifiers.ts printed before a number. Matched case-insensitively. */
export const QUALIFIER = alternation(APPROXIMATORS);
/** Qualifiers printed after the number: "600 على الأقل" (at least 600), "1,000 or more". */
export const POST_QUALIFIER = alternation(POST_APPROXIMATORS);
export const PERCENT = String.raw`(?:\s*[%٪]|\s+per\s?cent\b|\s+percent\b|\s+(?:في|بال)\s*الم[ئا]ة)`;
