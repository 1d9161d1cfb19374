/** Calendar dates written 'YYYY-MM-DD' (ISO 8601), compared as strings. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is a real calendar date written 'YYYY-MM-DD' (no 2025-02-30,
 * no 2025-13-01; 29 February only in leap years; years 0001–9999).
 * @param text - any string
 * @returns true for a real date in that exact form
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Days in a month of the proleptic Gregorian calendar.
 * @param year - e.g. 2024
 * @param month - 1–12
 * @returns 28–31
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
