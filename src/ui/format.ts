/**
 * Number and date formatting through Intl, in one place, so every figure reads the same:
 * 12,000 · 20,000–25,000 · 92 a day · 50% · 3 months.
 */
const LOCALE = 'en-GB';

/**
 * A formatter made on its first use, not when this module loads: the first `Intl` formatter of
 * a page loads the locale's data (about 10 ms of the main thread, measured in Chromium), and the
 * first map needs none of them (docs/scale.md, issue 24).
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const integer = onFirstUse(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const decimal = onFirstUse(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }));
const percent = onFirstUse(
  () => new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 }),
);
const dayFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const monthFormat = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** Formats a plain number: 12000 → "12,000", 92.5 → "92.5". */
export function formatNumber(value: number): string {
  // Below a thousand an integer has no separator: the same text without a formatter (the
  // first map writes a few such numbers, and the first formatter loads the locale's data).
  if (Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0)) {
    return String(value);
  }
  return Number.isInteger(value) ? integer().format(value) : decimal().format(value);
}

/** The unit words that follow a number, keyed by unit. */
const UNIT_SUFFIX: Readonly<Record<string, (n: string, plural: boolean) => string>> = {
  'casualties/day': (n) => `${n} a day`,
  months: (n, plural) => `${n} ${plural ? 'months' : 'month'}`,
  weeks: (n, plural) => `${n} ${plural ? 'weeks' : 'week'}`,
  km: (n) => `${n} km`,
  km2: (n) => `${n} km²`,
};

/**
 * Formats a low–high value with its unit (not its qualifier): "12,000", "20,000–25,000",
 * "92 a day", "50%", "3 months".
 * @param low the lower bound as printed
 * @param high the upper bound as printed
 * @param unit the unit id ('troops', '%', 'casualties/day', …)
 */
export function formatRange(low: number, high: number, unit: string): string {
  const suffix = UNIT_SUFFIX[unit];
  if (unit === '%') {
    return low === high
      ? percent().format(low / 100)
      : `${percent().format(low / 100)}–${percent().format(high / 100)}`;
  }
  const text = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return suffix ? suffix(text, high !== 1) : text;
}

/** A value with its qualifier as printed: "as many as 12,000", "about 92 a day". */
export function formatQualified(
  value: { low: number; high: number; unit: string; qualifier: string } | null,
): string {
  if (!value) return 'no figure given';
  const range = formatRange(value.low, value.high, value.unit);
  const qualifier = value.qualifier.trim();
  // Words that are themselves the amount ("thousands", "a couple hundred") come first, the
  // range a reader takes from them after, in brackets (docs/workbench.md has the rule).
  if (VAGUE_AMOUNT.test(qualifier)) return `${qualifier} (${range})`;
  return qualifier && qualifier !== 'to' ? `${qualifier} ${range}` : range;
}

/** A qualifier that names an amount rather than bounding a number. */
const VAGUE_AMOUNT = /\b(?:dozens?|hundreds?|thousands?|millions?)\b/i;

/**
 * The month of a date, short, for labels on the map: "2025-09-02" → "Sep 2025".
 * @param iso - an ISO date or month
 */
export function formatShortMonth(iso: string): string {
  return formatIsoDate(iso.slice(0, 7)).replace(/^(\p{L}{3})\p{L}*/u, '$1');
}

/** Formatted dates by ISO text: thousands of figures share a few hundred dates. */
const formattedDates = new Map<string, string>();

/**
 * A date's text as formatIsoDate writes it, already written elsewhere (the page's first frame,
 * formatted by this module at build time): taken instead of formatting it again.
 * @param iso - YYYY-MM-DD
 * @param text - e.g. "27 Feb 2025"
 */
export function rememberDateText(iso: string, text: string): void {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && text.trim() !== '') formattedDates.set(iso, text);
}

/** "2025-02-27" → "27 Feb 2025"; "2025-01" → "January 2025". Invalid input is returned as is. */
export function formatIsoDate(iso: string): string {
  let text = formattedDates.get(iso);
  if (text === undefined) {
    // Bounded: a long session with free-typed dates must not grow it for ever.
    if (formattedDates.size > 20_000) formattedDates.clear();
    text = formatIsoDateUncached(iso);
    formattedDates.set(iso, text);
  }
  return text;
}

function formatIsoDateUncached(iso: string): string {
  const [year = '', month = '', day] = iso.split('-');
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso))
    return dayFormat().format(Date.UTC(+year, +month - 1, Number(day)));
  if (/^\d{4}-\d{2}$/.test(iso)) return monthFormat().format(Date.UTC(+year, +month - 1, 1));
  return iso;
}
