/**
 * Finds every time expression in free text (a line or a table cell) and says what was written: date parts, clock,
 * zone, and why a value is impossible. Nothing is resolved to an instant here (see `resolve.ts`).
 */
import { MAX_REMEMBERED_LINES, memoized, perLine } from '../cache';
import { afterCloser, insideUrl, isDigit, overlapsAny, plainHyphens } from './chars';
import { clockWordsAlone, dayOrdinalBefore, findBasicIso, findClockWords, mayHoldBasicIso, mayHoldClockWord } from './parse-words';
import { weekdayOf } from './civil';
import { struckThrough } from './hedge';
import { shareRange } from './range-share';
import { blanksOnly, joinsDateToTime, joinsPastStruck, joinsTimeToDate } from './joins';
import { findClocks, mayHoldClock } from './parse-clock';
import type { ZoneMention } from './parse-zone';
import type { DateCandidate, DateOrder } from './date-candidate';
import { addWeekday, readDayFirst } from './parse-weekday';
import { readRegionDayFirst } from './day-first';
import { findDates } from './parse-dates';
import { withDottedClocks } from './dotted-clock';

export type { ZoneMention } from './parse-zone';

/** A 0-based span in the scanned string, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One time expression found in text, with its components as written. */
export interface TimeMatch extends Span {
  text: string;
  /** datetime: a date and a clock time; date: a day only; time: a clock time only. */
  kind: 'datetime' | 'date' | 'time';
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** 0 = Sunday, as written (it may contradict the date: see `weekdayMismatch`). */
  weekday?: number;
  /** 0-23 (24 for an ISO end of day); a 12-hour time is converted (`3:06 PM` -> 15). */
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  /** AM/PM as written, or taken from the other end of a range (see `inherited`). */
  meridiem?: 'am' | 'pm';
  /** `??:??`, `XX:XX`, `--:--`: a time nobody knows yet. */
  unknown?: true;
  zone?: ZoneMention;
  /** Why the expression is impossible (`February 2024 has 29 days, not 30`, `hour 25 does not exist (0-23)`). */
  invalid?: string;
  /** True when the written weekday is not the weekday of the written full date. */
  weekdayMismatch?: boolean;
  /** A date written with slashes: the order of day and month its numbers prove, or `either` (see `findDates`). */
  dateOrder?: DateOrder;
  /** Parts taken from the other end of a range (`3:06 - 7:27 PM EST`: the first time gets PM and EST). */
  inherited?: ('date' | 'zone' | 'meridiem')[];
  /** How ambiguous text was read, in words (`read 03/04/2021 as month/day/year (US order)`). */
  notes?: string[];
  dateSpan?: Span;
  timeSpan?: Span;
  weekdaySpan?: Span;
}

const YEAR_AFTER = /^[ \t]+(\d{4})(?![\d:.\-/])/;
const DIGIT = /\d/;
/** The colon of a time nobody knows yet (`??:`, `XX:`, `__:`, `--:`). */
const PLACEHOLDER_COLON = /[?Xx_-]{2}:/;

/**
 * False when `text` has neither a digit nor a placeholder's colon (`PLACEHOLDER_COLON`): then it holds no time. Two
 * patterns of one branch each, not one of two: a pattern with alternatives tries each at every position, and most
 * lines have their first digit late.
 */
function mayHoldTime(text: string): boolean {
  return DIGIT.test(text) || (text.includes(':') && PLACEHOLDER_COLON.test(text));
}
function addDate(m: TimeMatch, d: DateCandidate): void {
  m.start = Math.min(m.start, d.start);
  m.end = Math.max(m.end, d.end);
  m.month = d.month;
  m.day = d.day;
  if (d.year !== undefined) m.year = d.year;
  if (d.weekday !== undefined) {
    m.weekday = d.weekday;
    m.weekdaySpan = d.weekdaySpan;
  }
  m.dateSpan = { start: d.start, end: d.end };
  if (d.invalid && !m.invalid) m.invalid = d.invalid;
  if (d.notes?.length) m.notes = [...(m.notes ?? []), ...d.notes];
  if (d.order) m.dateOrder = d.order;
}

/** True when the time from `start` to `end` overlaps one of the dates. */
function insideDate(dates: readonly DateCandidate[], start: number, end: number): boolean {
  for (const d of dates) if (d.start < end && start < d.end) return true;
  return false;
}

/**
 * The match of a plain clock (hours and minutes, no AM/PM, valid, with or without a zone) joined to a plain date with
 * a year (no weekday, problem, notes or order of day and month to tell), the most common date and time, made whole:
 * with the keys `addDate` would add to the clock's match, in the same order (keys added to an object after it is made
 * go to a separate store).
 * Undefined for any other clock or date.
 */
function plainDateTime(m: TimeMatch, d: DateCandidate): TimeMatch | undefined {
  if (m.meridiem !== undefined || m.unknown !== undefined || m.second !== undefined || m.millisecond !== undefined || m.invalid !== undefined) return undefined;
  if (d.year === undefined || d.weekday !== undefined || d.invalid || d.notes?.length || d.order !== undefined) return undefined;
  const start = Math.min(m.start, d.start);
  const end = Math.max(m.end, d.end);
  const dateSpan = { start: d.start, end: d.end };
  return m.zone === undefined
    ? { start, end, text: m.text, kind: 'datetime', timeSpan: m.timeSpan, hour: m.hour, minute: m.minute, month: d.month, day: d.day, year: d.year, dateSpan }
    : { start, end, text: m.text, kind: 'datetime', timeSpan: m.timeSpan, hour: m.hour, minute: m.minute, zone: m.zone, month: d.month, day: d.day, year: d.year, dateSpan };
}

/** The clocks and the clock words (`noon`, `midnight`) in the order of the text, the words inside a clock's match left out. */
function withClockWords(clocks: readonly TimeMatch[], words: readonly TimeMatch[]): readonly TimeMatch[] {
  if (words.length === 0) return clocks;
  const all = clocks.slice();
  for (const w of words) if (!overlapsAny(clocks, w)) all.push(w);
  return all.sort((a, b) => a.start - b.start);
}

/** True when date `j` is joined to a clock already: its bit in `bits`, or its flag in `used` when there is one. */
function isUsed(used: readonly boolean[] | undefined, bits: number, j: number): boolean {
  return used ? used[j] === true : (bits & (1 << j)) !== 0;
}


/**
 * Every time expression in `text`, in order, without overlaps. Never throws. Results are kept per text (a document is
 * checked again on every edit and most of its lines have not changed): callers must not change them.
 */
export const findTimes: (text: string) => readonly TimeMatch[] = memoized(scanTimes, MAX_REMEMBERED_LINES);

/** The result for text without a time: one array for all of them (results are never changed). */
const NO_TIMES: readonly TimeMatch[] = Object.freeze([]);

/**
 * `scanTimes(line)` (slashed dates that either order reads read month first) kept in the line's record (reads only its line): the
 * timeline's reader and the analysis read the same lines.
 */
export const lineTimes = perLine((line: string) => scanTimes(line));

/**
 * `findTimes` without keeping the result, for callers that keep it themselves (per line: see `perLine`); `dayFirst`
 * reads a slashed date that either order reads day first (see `findDates`).
 */
export function scanTimes(written: string, dayFirst = false): readonly TimeMatch[] {
  if (!mayHoldTime(written)) {
    // `noon` and `midnight` are times without a digit (a cheap test of the text first: see `mayHoldClockWord`)
    const alone = mayHoldClockWord(written) ? clockWordsAlone(written) : NO_TIMES;
    return alone.length > 0 ? alone : NO_TIMES;
  }
  // A non-breaking hyphen in a date (`2025‑05‑20`) is read as a hyphen; each time's text is still as written.
  const text = plainHyphens(written);
  const words = mayHoldClockWord(text);
  const mayClock = mayHoldClock(text);
  const dates = findDates(text, dayFirst, mayClock);
  // a clock written with a dot right after a dotted date (`12.03.2024 14.20`) is read as one with a colon
  const clockText = dates.length > 0 ? withDottedClocks(text, dates) : text;
  const clocks = clockText === text ? mayClock : true;
  const found = withClockWords(clocks ? findClocks(clockText) : NO_TIMES, words ? findClockWords(text) : NO_TIMES);
  // the compact ISO form (`20240312T140200Z`), a date and time whole
  const basic = mayHoldBasicIso(text) ? findBasicIso(text) : NO_TIMES;
  // Most lines with digits hold no time at all.
  if (dates.length === 0 && found.length === 0 && basic.length === 0) return NO_TIMES;
  // Plain loops over indices below: this runs for every line with a digit, and closures and sets add up. The dates
  // joined to a clock are bits of a number (an array for a line with more dates than bits, which none has).
  const used: boolean[] | undefined = dates.length > 31 ? [] : undefined;
  let usedBits = 0;
  const out: TimeMatch[] = basic.length > 0 ? basic.slice() : [];
  // where the last clock struck through (`~~13:50~~`) starts and ends, its `~~`s included; -1 before one
  let struckStart = -1;
  let struckEnd = -1;
  for (const m of found) {
    // The clock's own ends: joining it with a date below moves the match's ends.
    const start = m.start;
    const end = m.end;
    // A clock inside a date (`2021-09-27a.m.`) is part of the date, not a time.
    if (dates.length > 0 && insideDate(dates, start, m.timeSpan!.end)) continue;
    // a clock struck through is corrected by the one after it (`2024-03-12 ~~13:50~~ 14:02`): it joins no date
    if (dates.length > 0 && struckThrough(text, start, end)) {
      // a run of them (`~~13:50~~ ~~13:55~~ 14:02`) is passed over whole
      if (struckEnd < 0 || !blanksOnly(text, struckEnd, start - 2)) struckStart = start - 2;
      struckEnd = end + 2;
      out.push(m);
      continue;
    }
    let k = -1;
    for (let j = 0; j < dates.length && k < 0; j++) {
      const d = dates[j];
      if (!isUsed(used, usedBits, j) && d.end <= start && ((start - d.end <= 12 && joinsDateToTime(text, d.end, start)) || joinsPastStruck(text, d.end, start, struckStart, struckEnd))) k = j;
    }
    for (let j = 0; j < dates.length && k < 0; j++) {
      const d = dates[j];
      if (!isUsed(used, usedBits, j) && d.start >= end && d.start - end <= 12 && joinsTimeToDate(text, end, d.start)) k = j;
    }
    const d = k >= 0 ? dates[k] : undefined;
    if (d && !(d.start < end && start < d.end)) {
      if (used) used[k] = true;
      else usedBits |= 1 << k;
      const joined = plainDateTime(m, d);
      if (joined) {
        out.push(joined);
        continue;
      }
      addDate(m, d);
      m.kind = 'datetime';
    } else if (m.kind === 'time') {
      // a day of the month before the clock (`the 12th at 14:02`): the month is the context's
      const o = dayOrdinalBefore(text, start);
      if (o) {
        m.day = o.day;
        m.dateSpan = { start: o.start, end: o.dayEnd };
        m.start = o.start;
      }
    }
    out.push(m);
  }
  for (let j = 0; j < dates.length; j++) {
    const d = dates[j];
    if (isUsed(used, usedBits, j) || overlapsAny(out, d)) continue;
    // A plain date with a year (most are) is made whole, with the keys `addDate` would add in its order: keys added
    // to an object after it is made go to a separate store.
    if (d.year !== undefined && d.weekday === undefined && !d.invalid && !d.notes?.length && d.order === undefined) {
      out.push({ start: d.start, end: d.end, text: '', kind: 'date', month: d.month, day: d.day, year: d.year, dateSpan: { start: d.start, end: d.end } });
      continue;
    }
    const m: TimeMatch = { start: d.start, end: d.end, text: '', kind: 'date' };
    addDate(m, d);
    out.push(m);
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  // A web address's encoded query (`?from=2017-11-30T23%3A22`) is no time anyone wrote.
  if (text.includes('://')) {
    for (let i = out.length - 1; i >= 0; i--) if (insideUrl(text, out[i].start)) out.splice(i, 1);
    if (out.length === 0) return NO_TIMES;
  }
  for (const m of out) {
    // a date alone takes a weekday only when it has its year (`Sunday, 2023-10-14`, `Tue 12/03/2024`): a weekday next
    // to a yearless numeric date (`Mon 3/14`) is read where a heading or date line is (see `monthDayAlone`)
    if (m.kind !== 'date' || m.year !== undefined) addWeekday(text, m);
    // `Mon Sep 27 15:06:00 UTC 2021` (the Unix `date` style) writes the year last.
    if (m.kind === 'datetime' && m.year === undefined && m.month !== undefined) {
      const y = YEAR_AFTER.exec(text.slice(m.end, m.end + 6));
      if (y && Number(y[1]) >= 1900) {
        m.year = Number(y[1]);
        m.end += y[0].length;
      }
    }
    // a date either order reads next to a zone or clock of a region that writes days first (`12/03/2024 15h06 CET`)
    if (m.dateOrder === 'either' && m.kind === 'datetime') readRegionDayFirst(text, m);
    if (m.weekday !== undefined && m.year !== undefined && m.month !== undefined && m.day !== undefined && !m.invalid) {
      if (weekdayOf(m.year, m.month, m.day) !== m.weekday && !readDayFirst(m)) m.weekdayMismatch = true;
    }
  }
  for (let i = out.length - 1; i > 0; i--) if (out[i].start < out[i - 1].end) out.splice(i, 1);
  for (let i = 0; i + 1 < out.length; i++) shareRange(text, out[i], out[i + 1]);
  for (const m of out) m.text = m.zone !== undefined && m.timeSpan !== undefined && m.zone.start > m.timeSpan.end + 1 ? textPastCloser(written, m) : written.slice(m.start, m.end);
  // Kept per line: most lines hold one time, and an array grown by `push` has room for sixteen.
  return out.length === 1 ? [out[0]] : out;
}

/**
 * The text of `m` as written, without the close of emphasis or code between its clock and its zone (`**14:13** UTC`
 * reads `14:13 UTC`): messages and the preview quote the time, not its markup.
 */
function textPastCloser(written: string, m: TimeMatch): string {
  const clockEnd = m.timeSpan!.end;
  const closed = afterCloser(written, clockEnd);
  return closed > clockEnd ? written.slice(m.start, clockEnd) + written.slice(closed, m.end) : written.slice(m.start, m.end);
}

/**
 * True when `scanTimes(text.slice(m.start, m.end))` reads the time `m` that `scanTimes(text)` found (the same parts,
 * positions from the slice's start), so a caller that has the scan of a whole line need not scan a span of it again.
 * The slice has the same text; what it lacks is what lies around it, and the scanner reads around a time only to take
 * more into it (a weekday, a year, a zone, a date: those are in `m` too) or to leave it out (a duration, a web address:
 * then `text` has no `m`), except that
 * - a date or clock glued to a letter, a digit or one of `_./:-` before it is not read in the line and is in the slice;
 * - a time that takes AM/PM, a zone or a date from the other end of a range (`inherited`) has it only in the line;
 * - a date alone may be one only because of a clock after it;
 * - an hour alone (`à 15h`, `a las 3 de la tarde`, the `2` of `2-4 PM`) is a clock only where the words around it say so.
 * False for those. (The property tests check this on the fixtures' lines and on generated text.)
 */
export function readAloneAlike(text: string, m: TimeMatch): boolean {
  if (m.kind === 'date' || m.inherited !== undefined || (m.start > 0 && GLUED_BEFORE.test(text[m.start - 1]))) return false;
  // `midnight` is the day's end only after the word before it (`until midnight`)
  if (m.hour === 24 && !isDigit(text.charCodeAt(m.start))) return false;
  // an hour without minutes (`15h`, `3 de la tarde`, `15 horas`, the `14` of `14–16 Uhr`) is a clock only where the words
  // around it say so
  return m.timeSpan === undefined || !BARE_HOUR.test(text.slice(m.timeSpan.start, m.timeSpan.end));
}

/** A character that a date or clock right after it may not follow. */
const GLUED_BEFORE = /[\w./:-]/;
/** A clock written as an hour alone, in words that read it as one only in context. */
const BARE_HOUR = /^\d{1,2}(?:$|[ \t]*[Hh](?![ \t]*\d)|[ \t]+(?:de[ \t]+la|horas?|Uhr)\b)/;

/** The one time expression that `text` is (surrounding spaces, brackets and a final period allowed); undefined otherwise. */
export function parseTime(text: string): TimeMatch | undefined {
  const all = findTimes(text);
  if (all.length !== 1) return undefined;
  const rest = text.slice(0, all[0].start) + text.slice(all[0].end);
  return /^[\s[\]()*_`.,~]*$/.test(rest) ? all[0] : undefined;
}
