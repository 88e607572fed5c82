/**
 * Proleptic Gregorian calendar arithmetic on plain numbers: no zones, no `Date` parsing quirks.
 * Months are 1-12, weekdays 0 (Sunday) to 6 (Saturday).
 */

/** A calendar day. */
export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** A wall-clock reading: a calendar day and a time of day (hour 0-23, or 24 for the end of a day). */
export interface CivilDateTime extends CivilDate {
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
}

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year; 0 for a month outside 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Milliseconds since the epoch of a wall-clock reading taken as UTC. Out-of-range fields carry over (hour 24 is the next day). */
export function civilToMs(t: CivilDateTime | CivilDate): number {
  const dt = t as Partial<CivilDateTime>;
  // Date.UTC computes the same value without a Date object, except that it reads years 0-99 as 1900-1999 (and the
  // two steps below can differ near the ends of Date's range): it is used only for plainly ordinary fields.
  if (t.year >= 100 && t.year <= 100_000 && Math.abs(t.month) <= 1000 && Math.abs(t.day) <= 100_000) {
    return Date.UTC(t.year, t.month - 1, t.day, dt.hour ?? 0, dt.minute ?? 0, dt.second ?? 0, dt.millisecond ?? 0);
  }
  const d = new Date(0);
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  d.setUTCHours(dt.hour ?? 0, dt.minute ?? 0, dt.second ?? 0, dt.millisecond ?? 0);
  return d.getTime();
}

/** The UTC wall-clock reading of an instant, with its weekday. */
export function msToCivil(ms: number): Required<CivilDateTime> & { weekday: number } {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Weekday of a calendar day: 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(civilToMs({ year, month, day })).getUTCDay();
}

/** True when the day exists (`2024-02-29` yes, `2023-02-29` and `2024-02-30` no). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** The calendar day `days` after (or before, when negative) the given one. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const c = msToCivil(civilToMs({ year: date.year, month: date.month, day: date.day + days }));
  return { year: c.year, month: c.month, day: c.day };
}

/** Compares two calendar days: negative, zero or positive. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** English month names, index 0 = January. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** English weekday names, index 0 = Sunday. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
