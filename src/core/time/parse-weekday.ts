/**
 * The weekday written next to a time (`Monday, September 27 at 3:06 PM`, `15:06 on Tuesday`, `Montag, 12.03.2024`),
 * and the order of day and month it settles (`Tuesday 05/03/2024` is March 5).
 */
import { isBlank, isLetter } from './chars';
import { weekdayOf } from './civil';
import { weekdayBefore, weekdayFromName, WEEKDAY_SRC } from './date-names';
import type { TimeMatch } from './parse';
import { turnDayFirst } from './day-first';

const WEEKDAY_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${WEEKDAY_SRC})\\.?,?[ \\t]+(?:at[ \\t]+)?$`, 'i');
const WEEKDAY_AFTER = new RegExp(`^,?[ \\t]+(?:on[ \\t]+)?(${WEEKDAY_SRC})(?![A-Za-z])`, 'i');
const NOT_LETTER_FIRST = /^[^A-Za-z]/;

/** Adds the weekday written before or after `m` (`Monday, September 27 at 3:06 PM`, `15:06 on Tuesday`) to it. */
export function addWeekday(text: string, m: TimeMatch): void {
  if (m.weekday !== undefined) return;
  // A weekday before the time ends in a blank right before it; one after starts with a comma or a blank.
  const before = isBlank(text.charCodeAt(m.start - 1)) && mayEndWeekday(text, m.start - 1);
  const b = before ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start)) : null;
  if (b && b[1][0] <= 'Z') {
    // the pattern takes at most one character before the weekday: a blank, a bracket or a comma
    const start = Math.max(0, m.start - 16) + b.index + (NOT_LETTER_FIRST.test(b[0]) ? 1 : 0);
    m.weekday = weekdayFromName(b[1]);
    m.weekdaySpan = { start, end: start + b[1].length };
    m.start = start;
    return;
  }
  // a French, German or Spanish one before a date (`Montag, 12.03.2024 14:05`, `lundi 2024-03-12 14h05`); before a
  // clock alone it is a word as often (`So 14:05`)
  const f = before && !b && m.month !== undefined ? weekdayBefore(text, m.start, false) : undefined;
  if (f) {
    m.weekday = f.weekday;
    m.weekdaySpan = { start: f.start, end: f.end };
    m.start = f.start;
    return;
  }
  const gapAfter = text.charCodeAt(m.end);
  const a = (gapAfter === 0x2c || isBlank(gapAfter)) && mayStartWeekday(text, m.end) ? WEEKDAY_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
  if (a && a[1][0] <= 'Z') {
    const start = m.end + a[0].length - a[1].length;
    m.weekday = weekdayFromName(a[1]);
    m.weekdaySpan = { start, end: start + a[1].length };
    m.end = start + a[1].length;
  }
}

/*
 * Most times have no weekday next to them, and the weekday patterns are only tried where the character past the
 * blanks can belong to one: they run for every time of every line, and each try copies part of the line.
 */

/** False when the blanks that end at `last` follow no letter, `.` or `,` (the end of a weekday or of `at`). */
function mayEndWeekday(text: string, last: number): boolean {
  let p = last;
  while (isBlank(text.charCodeAt(p))) p--;
  const c = text.charCodeAt(p);
  // a Latin letter with an accent ends a Spanish or French weekday (`mié`, `sáb`)
  return c === 0x2c || c === 0x2e || isLetter(c) || (c >= 0xc0 && c <= 0x24f);
}

/** False when the blanks after `from` (and a comma) lead to neither a capitalised weekday nor `on`. */
function mayStartWeekday(text: string, from: number): boolean {
  let p = text.charCodeAt(from) === 0x2c ? from + 1 : from;
  if (!isBlank(text.charCodeAt(p))) return false;
  while (isBlank(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  // M, T, W, F, S; o, O
  return c === 0x4d || c === 0x54 || c === 0x57 || c === 0x46 || c === 0x53 || c === 0x6f || c === 0x4f;
}

/**
 * `Tuesday 05/03/2024 10:00`: a numeric date read in US order (May 3, a Friday) whose weekday fits only the other order
 * (March 5, a Tuesday) is day first, as British and most other English write it. True when the date was turned.
 */
export function readDayFirst(m: TimeMatch): boolean {
  if (m.dateOrder !== 'either' || m.year === undefined || weekdayOf(m.year, m.day as number, m.month as number) !== m.weekday) return false;
  return turnDayFirst(m, 'the weekday fits only that order');
}
