/**
 * Calendar questions people ask of a postmortem: which weekday, which year a "Monday, September 27" is, how to
 * print an instant, which date a file name carries.
 */
import { compareDates, isValidDate, MONTH_NAMES, pad2, weekdayOf, WEEKDAY_NAMES, type CivilDate } from './civil';
import { abbreviationAt, formatOffset, instantToZoned } from './zones';

export { isValidDate, weekdayOf, daysInMonth, isLeapYear, addDays, type CivilDate } from './civil';

/**
 * The most recent year, not after `now`, in which month/day falls on `weekday` (0 = Sunday): "Monday, September 27"
 * seen on 2026-11-25 is 2021. `now` is compared as a UTC calendar day. Undefined when no year in the last 400 fits.
 */
export function inferYear(month: number, day: number, weekday: number, now: number): number | undefined {
  const today = new Date(now);
  const t: CivilDate = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  for (let year = t.year; year > t.year - 400; year--) {
    if (!isValidDate(year, month, day) || compareDates({ year, month, day }, t) > 0) continue;
    if (weekdayOf(year, month, day) === weekday) return year;
  }
  return undefined;
}

/** How `formatInstant` prints: `2021-09-27T15:06:00-04:00`, `2021-09-27T19:06Z`, `Mon, Sep 27 2021 3:06 PM EDT`. */
export type InstantStyle = 'iso-offset' | 'iso-utc' | 'human';

/** Prints an instant in a zone (`UTC`, IANA, offset or abbreviation) in one of the `InstantStyle`s. */
export function formatInstant(instant: number, zone: string, style: InstantStyle): string {
  const z = instantToZoned(instant, style === 'iso-utc' ? 'UTC' : zone);
  const date = `${String(z.year).padStart(4, '0')}-${pad2(z.month)}-${pad2(z.day)}`;
  const ms = z.millisecond ? `.${String(z.millisecond).padStart(3, '0')}` : '';
  if (style === 'iso-offset') return `${date}T${pad2(z.hour)}:${pad2(z.minute)}:${pad2(z.second)}${ms}${formatOffset(z.offsetMinutes)}`;
  if (style === 'iso-utc') return `${date}T${pad2(z.hour)}:${pad2(z.minute)}${z.second || ms ? `:${pad2(z.second)}${ms}` : ''}Z`;
  const h12 = z.hour % 12 === 0 ? 12 : z.hour % 12;
  const secs = z.second ? `:${pad2(z.second)}` : '';
  const label = abbreviationAt(zone, instant) ?? `UTC${formatOffset(z.offsetMinutes)}`;
  return `${WEEKDAY_NAMES[z.weekday].slice(0, 3)}, ${MONTH_NAMES[z.month - 1].slice(0, 3)} ${z.day} ${z.year} ${h12}:${pad2(z.minute)}${secs} ${z.hour < 12 ? 'AM' : 'PM'} ${label}`;
}

/** The date a file name carries (`2021-09-27-outage.md`, `postmortem_20210927.md`, `dir/2021-09-27.md`), if any. */
export function dateFromFileName(name: string): CivilDate | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const re = /(\d{4})([-_.]?)(\d{2})\2(\d{2})/g;
  for (let m = re.exec(base); m; m = re.exec(base)) {
    if ((m.index > 0 && /\d/.test(base[m.index - 1])) || /\d/.test(base[m.index + m[0].length] ?? '')) continue;
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (year >= 1970 && year <= 2199 && isValidDate(year, month, day)) return { year, month, day };
  }
  return undefined;
}
