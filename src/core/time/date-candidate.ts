/**
 * A date found in text before it is joined with a time (`DateCandidate`), the order of day and month a slashed date
 * proves, why a year, month and day make no date (`dateProblem`), and a date joined with the weekday written before it.
 */
import { daysInMonth, MONTH_NAMES } from './civil';

/** A date found in text, before it is joined with a time. */
export interface DateCandidate {
  start: number;
  end: number;
  year?: number;
  month: number;
  day: number;
  weekday?: number;
  weekdaySpan?: { start: number; end: number };
  invalid?: string;
  notes?: string[];
  /** A date written with slashes (`05/03/2024`): the order its numbers prove, or `either` when both can be a month. */
  order?: DateOrder;
}

/** What a slashed date says of the order of day and month (see `DateCandidate.order`). */
export type DateOrder = 'day-first' | 'month-first' | 'either';

/** Why a year/month/day is impossible, or undefined when the day exists. */
export function dateProblem(year: number | undefined, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist (1-12)`;
  const max = daysInMonth(year ?? 2000, month);
  if (day < 1 || day > max) {
    return year === undefined || month !== 2 ? `${MONTH_NAMES[month - 1]} has ${max} days, not ${day}` : `February ${year} has ${max} days, not ${day}`;
  }
  return undefined;
}

/** True for a year a postmortem may write (1900-2199). */
export function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2199;
}

/** Date `c` with the weekday written before it, which its span now starts with. */
export function withWeekday(c: DateCandidate, wd: { weekday: number; start: number; end: number }): DateCandidate {
  c.weekday = wd.weekday;
  c.weekdaySpan = { start: wd.start, end: wd.end };
  c.start = wd.start;
  return c;
}
