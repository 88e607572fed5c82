/**
 * What joins a date and a clock written next to each other into one time: the text between them (`T`, a blank, `at`,
 * a comma, `on`, a dash after a year) and a clock struck through between them (`2024-03-12 ~~13:50~~ 14:02`).
 */
import { BREAK_SRC, isBlank, isDigit } from './chars';
import { CLOCK_HEDGE_SRC } from './hedge';
import { DOTTED_CLOCK_WORD_SRC } from './dotted-clock';

/**
 * Between a date and its time: `T`, blanks, a comma, `at`, `@`, `from`, `kl.`, `klo`, `um`, a table cell's line break
 * (`2024-03-12<br>14:10`), and what says the time is approximate (`around`, `about`, `approx.`, `ca.`, `~`:
 * `2026-01-08 ~02:00`, `March 3 at ~14:10`).
 */
const DATE_TIME_GAP = new RegExp(String.raw`^(?:T|[ \t]*${BREAK_SRC}[ \t]*|[ \t]*,?[ \t]*(?:(?:at|@|${CLOCK_HEDGE_SRC}|from|à|vers|${DOTTED_CLOCK_WORD_SRC}|a las)[ \t]+)?(?:[~≈][ \t]*)?|[ \t]*@[ \t]*(?:[~≈][ \t]*)?)$`, 'i');
const TIME_DATE_GAP = /^(?:[ \t]*,?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?)$/i;

/**
 * True when the text between a date and a clock joins them (`2021-09-27T15:06`, `Sep 27 at 3:06 PM`). The usual gap,
 * none, a blank or a `T`, is told without a copy of the text.
 */
export function joinsDateToTime(text: string, from: number, to: number): boolean {
  if (to === from) return true;
  if (to === from + 1 && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x54)) return true;
  const gap = text.slice(from, to);
  return DATE_TIME_GAP.test(gap) || (YEAR_DASH_GAP.test(gap) && endsWithYear(text, from));
}

/**
 * A dash between blanks, after a date that ends with its year, before its time: a status page posts its updates so
 * (`Nov 03, 2024 - 19:20 UTC`), as does `12.03.2024 - 14:05`. After a date that ends with its day (`2024-11-03 - 19:20`)
 * the dash still parts them.
 */
const YEAR_DASH_GAP = /^[ \t]+[-–][ \t]+$/;

/** True when the four characters before `at` are a year's digits, and no digit is before them. */
function endsWithYear(text: string, at: number): boolean {
  return at >= 4 && !isDigit(text.charCodeAt(at - 5)) && isDigit(text.charCodeAt(at - 4)) && isDigit(text.charCodeAt(at - 3)) && isDigit(text.charCodeAt(at - 2)) && isDigit(text.charCodeAt(at - 1));
}

/**
 * True when a clock struck through (`struckStart` to `struckEnd`, its `~~`s included) stands between a date ending at
 * `from` and a clock at `to`, after blanks only, and the rest joins them: `2024-03-12 ~~13:50~~ 14:02`, `March 12, 2024
 * ~~3:10 PM~~ 3:40 PM` (a time corrected in place).
 */
export function joinsPastStruck(text: string, from: number, to: number, struckStart: number, struckEnd: number): boolean {
  if (struckStart < from || struckEnd > to || to - struckEnd > 12) return false;
  return blanksOnly(text, from, struckStart) && joinsDateToTime(text, struckEnd, to);
}

/** True when `text[from, to)` holds only blanks (or nothing). */
export function blanksOnly(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (!isBlank(text.charCodeAt(p))) return false;
  return true;
}

/** True when the text between a clock and a date joins them (`3:06 PM on Sep 27`); none or a blank does. */
export function joinsTimeToDate(text: string, from: number, to: number): boolean {
  if (to === from || (to === from + 1 && text.charCodeAt(from) === 0x20)) return true;
  return TIME_DATE_GAP.test(text.slice(from, to));
}
