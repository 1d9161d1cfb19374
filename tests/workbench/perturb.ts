/**
 * Meaning-preserving perturbations of a selection (issue 22, twenty-first round): each a small
 * pure function with a name, returning the perturbed text, or null where it does not apply (or
 * could change what a careful reader takes). perturb.test.ts drafts every row the parser gets
 * right before and after each perturbation and asks for the same figures (value, qualifier,
 * unit, measure): a change is structural fragility, not a new word.
 */

export interface Perturbation {
  name: string;
  /** The perturbed text, or null when the perturbation does not apply to this text. */
  apply: (text: string) => string | null;
}

/** Words that may open a sentence and take a lower-case letter after a prefix. */
const COMMON_OPENERS = new Set(
  (
    'a an the about around approximately nearly almost some more less over up at as in on ' +
    'it its they their he she we this these those that there here so but and according ' +
    'officials an estimated roughly since after before during while when many several ' +
    'thousands hundreds dozens tens one two three four five six seven eight nine ten only last ' +
    'another other all both each every most no none of out to'
  ).split(' '),
);

/** The text after a prefix: its first letter lower-cased when its first word is no name. */
function afterPrefix(text: string): string {
  const first = /^[\p{L}]+/u.exec(text)?.[0];
  if (first && COMMON_OPENERS.has(first.toLowerCase()) && first !== 'I')
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** A text that opens with a quotation mark, a dash or a lower-case fragment is left alone. */
const opensPlainly = (text: string) => /^\p{Lu}/u.test(text);

/**
 * A time adverbial that opens a text (a second one would name two times), or an attribution
 * (a second one would repeat it, or stack three opening phrases).
 */
const OPENING_TIME = /^(?:on|last|in|this|earlier|later|since|during)\s[^,]{0,30},\s/iu;
const OPENING_ATTRIBUTION = /^according\s+to\s[^,]{0,40},\s/iu;

function prefix(words: string, time = false): (text: string) => string | null {
  return (text) =>
    opensPlainly(text) && !OPENING_ATTRIBUTION.test(text) && !(time && OPENING_TIME.test(text))
      ? `${words}${afterPrefix(text)}`
      : null;
}

/** The text with `clause` before its final full stop (added after a fragment without one). */
function suffix(clause: string): (text: string) => string | null {
  return (text) => {
    // A text ending in a quotation mark or a bracket would take the clause inside or outside;
    // either can read differently, so it is left alone.
    if (/["”’')\]]\s*$/u.test(text)) return null;
    const m = /^(.*?)([.!?]?)\s*$/su.exec(text);
    if (!m) return null;
    const [, body = '', stop] = m;
    if (stop === '?' || stop === '!') return null;
    return `${body}${clause}${stop}`;
  };
}

/** Wraps the text in quotation marks; `close` '' opens one only. */
function quoted(open: string, close: string): (text: string) => string | null {
  return (text) =>
    /^["“”'‘]/u.test(text) || /["“”]/u.test(text) ? null : `${open}${text}${close}`;
}

const TROOP_NOUNS = 'soldiers|troops|servicemen|personnel|fighters';
/** A number (digits or words) right before a troop noun or "North Korean(s)". */
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million';
const COUNT = String.raw`(?:\d[\d,.]*|(?:${NUMBER_WORDS})(?![\p{L}]))`;

/** An adjective between a number and the troop noun or "North Korean" it counts. */
function adjective(word: string): (text: string) => string | null {
  const re = new RegExp(
    String.raw`(?<=${COUNT}\s+)(?=(?:North\s+Korean|${TROOP_NOUNS})(?![\p{L}]))`,
    'gu',
  );
  return (text) => {
    const out = text.replace(re, `${word} `);
    return out === text ? null : out;
  };
}

/** One troop noun for another, only right after a number (or "North Korean" after one). */
function nounSwap(from: string, to: string): (text: string) => string | null {
  const re = new RegExp(String.raw`(?<=${COUNT}\s+(?:North\s+Korean\s+)?)${from}(?![\p{L}])`, 'gu');
  return (text) => {
    const out = text.replace(re, to);
    return out === text ? null : out;
  };
}

/** "North Korean" → "DPRK" before a troop noun after a number. */
function dprk(text: string): string | null {
  const re = new RegExp(
    String.raw`(?<=${COUNT}\s+)North\s+Korean(?=\s+(?:${TROOP_NOUNS})(?![\p{L}]))`,
    'gu',
  );
  const out = text.replace(re, 'DPRK');
  return out === text ? null : out;
}

/**
 * Grouped numbers ("3,000", "12,000"), not part of a longer number or decimal, nor joined to
 * another by a hyphen or dash ("10,000-12,000": "ten thousand-twelve thousand" is no way to
 * print a range).
 */
const GROUPED = /(?<![\d.,\-–—])(\d{1,3}(?:,\d{3})+)(?![\d\-–—]|[.,]\d)/gu;

/** Each grouped number rewritten by `format`, null where none is (or format declines). */
function regroup(format: (value: number, printed: string) => string | null) {
  return (text: string): string | null => {
    let changed = false;
    const out = text.replace(GROUPED, (printed) => {
      const value = Number(printed.replace(/,/gu, ''));
      const next = format(value, printed);
      if (next === null) return printed;
      changed = true;
      return next;
    });
    return changed ? out : null;
  };
}

const SMALL = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Typographic variants: every match of `from` replaced by `to`. */
function replaceAll(from: RegExp, to: string): (text: string) => string | null {
  return (text) => {
    const out = text.replace(from, to);
    return out === text ? null : out;
  };
}

export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'attribution before', apply: prefix('According to officials, ') },
  { name: 'attribution after', apply: suffix(', officials said') },
  { name: 'trailing clause', apply: suffix(', a source told Reuters') },
  { name: 'time adverbial before', apply: prefix('On Monday, ', true) },
  { name: 'time adverbial before (last month)', apply: prefix('Last month, ', true) },
  { name: 'straight quotes', apply: quoted('"', '"') },
  { name: 'curly quotes', apply: quoted('“', '”') },
  { name: 'opening quote only', apply: quoted('“', '') },
  { name: 'adjective "elite" before the noun', apply: adjective('elite') },
  { name: 'adjective "young" before the noun', apply: adjective('young') },
  { name: 'soldiers → troops', apply: nounSwap('soldiers', 'troops') },
  { name: 'troops → soldiers', apply: nounSwap('troops', 'soldiers') },
  { name: 'troops → servicemen', apply: nounSwap('troops', 'servicemen') },
  { name: 'soldiers → personnel', apply: nounSwap('soldiers', 'personnel') },
  { name: 'soldiers → fighters', apply: nounSwap('soldiers', 'fighters') },
  { name: 'North Korean → DPRK', apply: dprk },
  {
    name: '3,000 → 3000',
    // A four-digit number of 1900–2099 would read as a year.
    apply: regroup((value, printed) =>
      value >= 1900 && value < 2100 ? null : printed.replace(/,/gu, ''),
    ),
  },
  { name: '3,000 → 3 000', apply: regroup((_v, printed) => printed.replace(/,/gu, ' ')) },
  {
    name: '3,000 → three thousand',
    apply: regroup((value) =>
      value % 1000 === 0 && value / 1000 <= 20 ? `${SMALL[value / 1000] ?? ''} thousand` : null,
    ),
  },
  {
    name: '12,000 → 12 thousand',
    apply: regroup((value) =>
      value % 1000 === 0 && value < 1_000_000 ? `${value / 1000} thousand` : null,
    ),
  },
  {
    name: 'non-breaking space after a number',
    apply: replaceAll(/(?<=\d) (?=\p{L})/gu, '\u00a0'),
  },
  { name: 'curly apostrophes', apply: replaceAll(/(?<=\p{L})'(?=\p{L})/gu, '’') },
  { name: 'straight apostrophes', apply: replaceAll(/(?<=\p{L})’(?=\p{L})/gu, "'") },
  {
    name: 'em dash for a comma before a clause',
    // Only where the text has one comma, before a last clause of words (no number after it):
    // one comma of a pair set off by a dash would read differently.
    apply: (text) => {
      if ((text.match(/,/gu) ?? []).length !== 1) return null;
      const m = /, (?=[^,\d]*[.]?$)/u.exec(text);
      if (!m) return null;
      return `${text.slice(0, m.index)} — ${text.slice(m.index + 2)}`;
    },
  },
];
