import type { Day, PartialDate } from './types';

const MS_PER_DAY = 86_400_000;

/** The first day of the period a partial date stands for: "2016-04" → "2016-04-01". */
export function startDay(date: PartialDate): Day {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function precisionOf(date: PartialDate): 'year' | 'month' | 'day' {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Days since 1970-01-01 (UTC); the slider's unit. */
export function dayNumber(day: Day): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A strict `YYYY-MM-DD` that is a real calendar day. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayFromNumber(dayNumber(value)) === value;
}

export function clampDay(day: Day, min: Day, max: Day): Day {
  return day < min ? min : day > max ? max : day;
}

export function addDays(day: Day, days: number): Day {
  return dayFromNumber(dayNumber(day) + days);
}

/**
 * Strings in code-unit order: ISO days and ASCII ids sort alike in every locale, and it is not
 * `localeCompare`, whose first call sets up a collator (10–15 ms on the page's first render).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
