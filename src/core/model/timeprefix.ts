/**
 * Finds the time-like text at the start of a timeline entry or date heading (`14:02 UTC`, `[1:04 PM]`,
 * `2024-03-12 14:02 UTC`, `Monday, September 27 at 3:06 PM Eastern Standard Time`, `7:09 AM Eastern`, `??:??`,
 * `2:06 PM January 14, 2026`).
 * It only finds the span; reading the time precisely is the time module's job.
 */
import { afterCloser, isBlank, isDigit, plainHyphens } from '../time/chars';
import { DOTTED_CLOCK_AFTER_DATE_SRC, DOTTED_CLOCK_WORD_SRC } from '../time/dotted-clock';
import { gapTildeJoins, struckThrough } from '../time/hedge';
import { readOffset } from '../time/offset';
import { H_CLOCK_SRC, RANGE_JOIN_SRC } from '../time/parse-clock';
import { clockWordAt } from '../time/parse-words';
import { weekdayOfWord } from '../time/date-names';
import { DAY_MONTH_AFTER_CLOCK_SRC, FOREIGN_DATE_SRC, FOREIGN_DAY_MONTH_SRC, JOINED_NAMED_SRC } from '../time/parse-named-dates';
import { CLOCK_AFTER_MONTH_DAY_SRC, MONTH_DAY_AFTER_CLOCK_SRC, PADDED_MONTH_DAY_SRC } from '../time/parse-numeric-dates';
import { skipSpaces } from './text';
import { at, zoneAt } from './timeprefix-zone';
import type { Delay } from './types';

const ISO_T = /\d{4,5}-\d{1,2}-\d{1,2}T\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\w:])/y;
/** The compact ISO 8601 date and time (`20240312T140200Z`), as the time scanner reads it. */
const BASIC_ISO_T = /\d{8}T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\w:.])/y;
/**
 * Numeric dates with a year (`07-27-2023` with a dash only with four digits of year); and a month and day without one (`03/26`, `3/26`, `03-26`) only right before a clock,
 * as the time scanner reads them (alone, `10-12` is no date).
 */
const DATE = new RegExp(String.raw`(?:\d{4,5}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|(?:(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])|${PADDED_MONTH_DAY_SRC})(?=${CLOCK_AFTER_MONTH_DAY_SRC}|,? \d{1,2}[Hh](?=[*_]*[ \t]*(?:[:|\-–—]|$))))(?![\w/-]|:\d)`, 'y');
/**
 * A clock time (`9:27a` and `4:00p` too, and `14:05 Uhr`), or a placeholder for one nobody knows (`??:??`, `XX:XX`, `--:--`, not inside a
 * run of dashes).
 */
const CLOCK = /(?:\d{1,2}|\?{1,2}):(?:\d{2}|\?{1,2})(?::\d{2}(?:[.,]\d+)?)?(?:\s?[ap]\.?m\.?(?![a-z])|[ap](?![a-z\d])|[ \t]?Uhr(?![a-z]))?(?![\d?])|(?:--|xx):(?:--|xx)(?::(?:--|xx))?(?![\w?:-])/iy;
/** A German, French or Spanish date with a day and a year (`12. März 2024`, `12 mars 2024`), as the time scanner reads it. */
const FOREIGN_DATE = new RegExp(FOREIGN_DATE_SRC, 'iy');
/** A day and a German, French or Spanish month without a year right before a clock (`12 mars 14h05`, `12. März um 14:05`). */
const FOREIGN_DAY_MONTH = new RegExp(FOREIGN_DAY_MONTH_SRC, 'iy');
/** A day and a month name without a year after the clock (`23:54 UTC, 26. Sep.`), as the time scanner reads it. */
const DAY_MONTH_AFTER_CLOCK = new RegExp(DAY_MONTH_AFTER_CLOCK_SRC, 'iuy');
/** A slashed month and day after the clock before the entry's separator (`14:06 3/12: rollback`), as the time scanner reads it. */
const MONTH_DAY_AFTER_CLOCK = new RegExp(MONTH_DAY_AFTER_CLOCK_SRC, 'y');
/** A clock with an `h` (`14h05`, `14 h 05`), as the time scanner reads it. */
const H_CLOCK = new RegExp(H_CLOCK_SRC, 'y');
const AMPM = /\d{1,2}\s?[ap]\.?m\.?(?![a-z])/iy;
/**
 * A bare hour, then the other end of the range with AM/PM or `Uhr` (`2-4 PM`, `10 to 11:30 a.m.`, `14–16 Uhr`): the
 * time scanner reads the bare hour as the range's start there (time/hour-range.ts).
 */
const HOUR_TO_CLOCK = /(?:[01]?\d|2[0-3])[ \t]?(?:-|–|—|[ \t]to[ \t]|[ \t]bis[ \t])[ \t]?(?:\d{1,2}(?::[0-5]\d)?[ \t]?[ap]\.?m\.?(?![a-z])|\d{1,2}(?:[.:][0-5]\d)?[ \t]?Uhr(?![a-z]))/iy;
/**
 * An hour with a word for minutes: `15 Uhr`, `15.30 Uhr`; and a bare French hour (`15h`) followed by the entry's
 * separator or a zone (`- 15h : début`, `- 15h UTC - début`), which the time scanner reads as a time alone: in
 * `- 2h window agreed` or `- 14h point de situation` the hour may be a duration.
 */
const WORD_HOUR = /(?:[01]?\d|2[0-3])[ \t]?[Hh](?=[*_]*[ \t]*(?:[:|\-–—]|$)|[ \t]+(?:UTC|GMT|CES?T|MES?Z)(?![A-Za-z]))|\d{1,2}(?:\.[0-5]\d)?[ \t]?Uhr(?![A-Za-z])/y;
/**
 * The other end of a range of hours right after a clock (`–16:30`, ` to 9:45 AM`, ` à 16h30`, ` bis 16:30 Uhr`, ` hasta
 * las 16:30`, ` and 16:30` after `between`, `~14:20` and `〜14:20` as Japanese write it, ` → 14:30`, ` -> 14:30`): a
 * clock, or a bare French hour before the entry's separator (`à 10h :`). A number that is no clock (`- 2 nodes`) or
 * an hour before more words (`- 16h later`) ends no range.
 */
const RANGE_END = new RegExp(String.raw`[ \t]*(?:${RANGE_JOIN_SRC}|through|au|a|hasta(?:[ \t]+las)?|y|~|〜|->|→)[ \t]*(?:\d{1,2}:[0-5]\d(?:[ \t]?[ap]\.?m\.?(?![a-z])|[ \t]?Uhr(?![a-z]))?(?!\d|:\d)|(?:[01]?\d|2[0-3])[ \t]?h[ \t]?[0-5]\d(?![\da-z])|(?:[01]?\d|2[0-3])[ \t]?h(?=[*_]*[ \t]*(?:[:|\-–—]|$)|[ \t]+(?:UTC|GMT|CES?T|MES?Z)(?![A-Za-z])))`, 'iy');
/**
 * A range of hours with a word after it that makes it a duration (`2h-3h de travail perdues`, `1h-2h d'indisponibilité`,
 * `2h-3h lost`, `1h-2h of downtime`): how long something lasted, no entry's time. Not from an hour past noon or
 * written with a leading zero: `14h-16h de maintenance`, `09h-11h de maintenance` are clock hours.
 */
const DURATION_RANGE = /(?:[1-9]|1[0-2])[ \t]?[Hh][ \t]*[-–—~〜][ \t]*\d{1,2}[ \t]?[Hh](?:[ \t]?[0-5]\d)?[*_]*[ \t]+(?:(?:de|of|lost|perdu(?:es?|s)?|par|sur|downtime|later|ago|long|plus[ \t]+tard)(?![\p{L}])|d['’])/uy;
/** A bare French hour that starts a range (`de 16h à 16h30`): it is a clock only with the range's end after it. */
const BARE_HOUR = /(?:[01]?\d|2[0-3])[ \t]?[Hh](?![\dA-Za-z])/y;
/**
 * A word that opens a range of hours at an entry's start (`from 16:00 to 16:30`, `de 16h à 16h30`, `von 16:00 bis
 * 16:30`, `desde las 16:00 hasta las 16:30`, `between 16:00 and 16:30`): only with the range after it.
 */
const RANGE_OPEN = /(?:from|between|de|entre(?:[ \t]+las)?|von|zwischen|desde(?:[ \t]+las)?)[ \t]+(?=\d)/iy;
/** First letters of the words of `RANGE_OPEN`: a cheap test before the pattern. */
const RANGE_OPEN_FIRST = new Set([...'fbdevzFBDEVZ'].map((c) => c.charCodeAt(0)));
const WEEKDAY = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)\.?(?![a-z])/iy;
/** First letters of the English weekdays, in lower case: a cheap test before `WEEKDAY` after a clock. */
const WEEKDAY_FIRST = new Set([...'mtwfs'].map((c) => c.charCodeAt(0)));
const MONTH = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![a-z])/iy;
/** A day, or a range of days written once (`26-27`, `26–27`), as the time scanner reads its first day. */
const DAY = /\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?(?!\w|:\d)/iy;
const YEAR = /\d{4}(?!\w|:\d)/y;
/** A day, a month name and a year joined by hyphens or slashes (`12-Mar-2024`, `12/Mar/2024`, `12-MAR-24`), as logs write them. */
const JOINED_DATE = /\d{1,2}(?<sep>[-/])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\k<sep>(?:\d{4}|\d{2})(?![\w/-]|:\d)/iy;
/** A year or a month name first, joined by hyphens or slashes (`2024-Mar-12`, `Mar-12-2024`), as the time scanner reads it. */
const JOINED_NAMED = new RegExp(JOINED_NAMED_SRC, 'iy');
const GAP = new RegExp(String.raw`(?:\s+|\s*,\s*)(?:(?:at|@|on|à|vers|${DOTTED_CLOCK_WORD_SRC}|a las)\s+)?(?:[~≈]\s*(?=\d))?|\s+(?=\()`, 'y');
/** A clock with a dot after a date with dots (`12.03.2024 14.20`, `12.3.2024 klo 14.20`), as the time scanner reads it. */
const DOTTED_CLOCK_AFTER_DATE = new RegExp(DOTTED_CLOCK_AFTER_DATE_SRC, 'y');

/** The span of time text found and what it holds. */
export interface TimeSpan {
  start: number;
  end: number;
  /** True for a clock time, and for an offset from a zero point (`T+0:15`), which places an entry as a clock does. */
  hasClock: boolean;
  hasDate: boolean;
  /** An offset from the timeline's zero point (`T+0:15`, `+00:25`): minutes from zero, negative before it. */
  offset?: number;
  /** A delay after the entry before (`Five minutes later`): read by the entry's shape, not by `scanTimePrefix`. */
  delay?: Delay;
}

type Token = 'clock' | 'date' | 'datetime' | 'weekday' | 'month' | 'day' | 'year' | 'zone';

/** Bits of the token kinds seen so far (a number, not a Set: this runs for every timeline line). */
const BIT: Record<Token, number> = { clock: 1, date: 2, datetime: 4, weekday: 8, month: 16, day: 32, year: 64, zone: 128 };
/** A clock, alone or in an ISO date and time: a second one after it is the entry's text (`2024-03-12T14:20 14:30 ...`). */
const HAS_CLOCK = BIT.clock | BIT.datetime;

/**
 * Where one scan of a time prefix stands: the token kinds seen so far as bits (`seen.has(BIT.clock)`: a constant, not
 * a lookup by name, on every test), the length of the token found last (a field, not a pair per token: this runs for
 * every entry), whether a clock started a range of hours, and whether the first token was a foreign weekday.
 */
class Seen {
  bits = 0;
  /** Length of the token `tokenAt` found last. */
  tokenLength = 0;
  /** Set by `clockToken`: the clock is the start of a range of hours (`16:00–16:30`). */
  ranged = false;
  /** Set by `foreignWeekdayAt`: the first token is a French, German or Spanish weekday, which needs a date after it. */
  foreignWeekday = false;
  has(bit: number): boolean { return (this.bits & bit) !== 0; }
  add(t: Token): void { this.bits |= BIT[t]; }
}

/** Records a token's length in the scan's state and returns its kind. */
function token(seen: Seen, kind: Token, length: number): Token {
  seen.tokenLength = length;
  return kind;
}

/** A clock of length `n` at `pos`, with the other end of a range right after it (`16:00–16:30`) taken into it. */
function clockToken(s: string, pos: number, n: number, seen: Seen): Token {
  let r = at(RANGE_END, s, pos + n);
  // a `~` there joins a range only where it is no hedge (`14:00 UTC ~14:05`), as the time scanner and the hedge decide
  if (r && !gapTildeJoins(s, pos + n)) r = 0;
  if (r) seen.ranged = true;
  return token(seen, 'clock', n + r);
}

/** The kind of the next token at `pos` given the previous one (its length in `seen.tokenLength`). */
function tokenAt(s: string, pos: number, prev: Token | undefined, seen: Seen): Token | undefined {
  const c = s.charCodeAt(pos);
  const digit = c >= 48 && c <= 57;
  let n: number;
  let r: number;
  // `-` and `X` start a placeholder clock (`--:--`, `XX:XX`) or nothing else here: a sign starts a zone below.
  if ((c === 45 || c === 88 || c === 120) && !seen.has(HAS_CLOCK) && s.charCodeAt(pos - 1) !== 45 && (n = at(CLOCK, s, pos))) return token(seen, 'clock', n);
  if (prev === 'weekday' && seen.has(HAS_CLOCK)) return weekdayDateAt(s, pos, seen);
  const clocked = prev === 'clock' || prev === 'zone';
  if (digit || c === 63) {
    if (!seen.has(BIT.date) && digit && (n = at(ISO_T, s, pos) || (s.charCodeAt(pos + 8) === 0x54 ? at(BASIC_ISO_T, s, pos) : 0))) return token(seen, 'datetime', n);
    if (!seen.has(HAS_CLOCK) && (n = at(CLOCK, s, pos))) return clockToken(s, pos, n, seen);
    if (!digit) return undefined;
    if (!seen.has(BIT.date) && !seen.has(BIT.month) && (n = at(DATE, s, pos) || joinedDateAt(s, pos) || at(FOREIGN_DATE, s, pos) || at(FOREIGN_DAY_MONTH, s, pos)
      || (clocked ? at(DAY_MONTH_AFTER_CLOCK, s, pos) || (isBlank(s.charCodeAt(pos - 1)) ? at(MONTH_DAY_AFTER_CLOCK, s, pos) : 0) : 0))) {
      // a clock with a dot right after a date with dots (`12.03.2024 kl. 14.20`), as the time scanner reads it: the
      // entry's clock, so a clock after it is text
      if (!seen.has(BIT.clock) && s.charCodeAt(pos + n - 5) === 0x2e && (r = at(DOTTED_CLOCK_AFTER_DATE, s, pos + n))) {
        seen.add('clock');
        return token(seen, 'datetime', n + r);
      }
      return token(seen, 'date', n);
    }
    // a range of hours that is a duration (`2h-3h de travail perdues`) is no time, nor is its first hour
    if (!seen.has(HAS_CLOCK) && hAfterDigits(s, pos) && at(DURATION_RANGE, s, pos)) return undefined;
    if (!seen.has(HAS_CLOCK) && (n = at(HOUR_TO_CLOCK, s, pos))) { seen.ranged = true; return token(seen, 'clock', n); }
    if (!seen.has(HAS_CLOCK) && (n = at(AMPM, s, pos) || at(H_CLOCK, s, pos) || at(WORD_HOUR, s, pos))) return clockToken(s, pos, n, seen);
    // a bare hour that starts a range (`16h à 16h30`)
    if (!seen.has(HAS_CLOCK) && (n = at(BARE_HOUR, s, pos)) && (r = at(RANGE_END, s, pos + n))) { seen.ranged = true; return token(seen, 'clock', n + r); }
    if ((prev === 'month' || prev === 'day') && !seen.has(BIT.year) && (n = at(YEAR, s, pos))) return token(seen, 'year', n);
    if (!seen.has(BIT.day) && (n = at(DAY, s, pos))) {
      if (prev === 'month') return token(seen, 'day', n);
      const next = pos + n + at(GAP, s, pos + n);
      if (!seen.has(BIT.month) && at(MONTH, s, next)) return token(seen, 'day', n);
    }
  }
  // `noon` and `midnight` before a zone or the entry's separator (`- midnight: ...`), as the time scanner reads them
  if (!seen.has(HAS_CLOCK) && (n = clockWordAt(s, pos))) return token(seen, 'clock', n);
  if ((prev === 'clock' || prev === 'datetime' || prev === 'zone') && (n = zoneAt(s, pos))) return token(seen, 'zone', n);
  // A month and its day after the clock ("2:06 PM January 14, 2026: ..."), not a month word alone ("14:02 May we ...").
  if (clocked && !seen.has(BIT.month) && !seen.has(BIT.date) && (n = at(MONTH, s, pos)) && at(DAY, s, pos + n + at(GAP, s, pos + n))) return token(seen, 'month', n);
  // a weekday before the date after the clock (`14:06 Tue, Mar 12`): `scanTimePrefix` leaves it out when no date follows
  if (clocked && WEEKDAY_FIRST.has(c | 0x20) && !seen.has(BIT.date | BIT.month | BIT.weekday) && (n = at(WEEKDAY, s, pos))) return token(seen, 'weekday', n);
  if (seen.has(BIT.clock)) return undefined;
  if (!seen.has(BIT.month) && !seen.has(BIT.date) && (n = at(MONTH, s, pos))) {
    // a month name joined to its day and year (`Mar-12-2024`) is a whole date
    if ((r = joinedMonthFirstAt(s, pos, n))) return token(seen, 'date', r);
    if (!(prev === undefined && weekdayBeforeDate(s, pos, n))) return token(seen, 'month', n);
  }
  if (!seen.has(BIT.month) && !seen.has(BIT.date) && (n = at(FOREIGN_DATE, s, pos))) return token(seen, 'date', n);
  if (prev === undefined && (n = at(WEEKDAY, s, pos) || foreignWeekdayAt(s, pos, seen))) return token(seen, 'weekday', n);
  return undefined;
}

/** True when an `h` follows the one or two digits at `pos`, maybe after a blank (`2h`, `12h`, `2 h`): a cheap test before `DURATION_RANGE`. */
function hAfterDigits(s: string, pos: number): boolean {
  let p = isDigit(s.charCodeAt(pos + 1)) ? pos + 2 : pos + 1;
  if (s.charCodeAt(p) === 0x20 || s.charCodeAt(p) === 0x09) p++;
  return (s.charCodeAt(p) | 0x20) === 0x68;
}

/**
 * The date with a month name after a weekday that follows the clock (`14:06 Tue, Mar 12`, `14:06 Mon 11 Mar 2024`), as
 * the time scanner joins them to the clock; a numeric date there is not joined (`14:06 Sat, 2024-03-12`).
 */
function weekdayDateAt(s: string, pos: number, seen: Seen): Token | undefined {
  if (isDigit(s.charCodeAt(pos))) {
    const n = at(FOREIGN_DATE, s, pos) || at(DAY_MONTH_AFTER_CLOCK, s, pos);
    return n ? token(seen, 'date', n) : undefined;
  }
  const n = at(MONTH, s, pos);
  return n && at(DAY, s, pos + n + at(GAP, s, pos + n)) ? token(seen, 'month', n) : undefined;
}

/**
 * The length of a `JOINED_DATE` at `pos` (a digit), or of a year-first `JOINED_NAMED` (`2024-Mar-12`), or 0: tried
 * only where a hyphen or slash and a letter (a capital after a year, as the time scanner wants) follow the number.
 */
function joinedDateAt(s: string, pos: number): number {
  const p = isDigit(s.charCodeAt(pos + 1)) ? pos + 2 : pos + 1;
  const c = s.charCodeAt(p);
  // a capitalised month name, as the time scanner wants it (`12-Mar-2024`, `12-MAR-24`; not `12-mar-2024`)
  if (joinsDate(c) && isCapital(s.charCodeAt(p + 1))) return at(JOINED_DATE, s, pos);
  return joinsDate(s.charCodeAt(pos + 4)) && isCapital(s.charCodeAt(pos + 5)) && isDigit(c) && isDigit(s.charCodeAt(pos + 3)) ? at(JOINED_NAMED, s, pos) : 0;
}

/** The length of a month-first `JOINED_NAMED` (`Mar-12-2024`) at a capitalised month name of length `n`, or 0. */
function joinedMonthFirstAt(s: string, pos: number, n: number): number {
  return joinsDate(s.charCodeAt(pos + n)) && isDigit(s.charCodeAt(pos + n + 1)) && isCapital(s.charCodeAt(pos)) ? at(JOINED_NAMED, s, pos) : 0;
}

/** A hyphen or a slash: what joins the parts of a date with a month name (`12-Mar-2024`, `2024/Mar/12`). */
function joinsDate(c: number): boolean {
  return c === 0x2d || c === 0x2f;
}

/** An ASCII capital: a month name starts with one where the time scanner reads it. */
function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/**
 * True when the month name of length `n` at `pos` is a French or Spanish weekday before a numeric date (`Mar. 07/03`,
 * Tuesday): only `Mar` is both, and only a date right after it makes it a weekday.
 */
function weekdayBeforeDate(s: string, pos: number, n: number): boolean {
  if ((s.charCodeAt(pos) | 0x20) !== 109 || (s.charCodeAt(pos + 1) | 0x20) !== 97 || (s.charCodeAt(pos + 2) | 0x20) !== 114 || n > 4) return false;
  const next = pos + n + at(GAP, s, pos + n);
  return next > pos + n && at(DATE, s, next) > 0 && weekdayOfWord(s.slice(pos, pos + 3)) !== undefined;
}

/**
 * The length of a French, German or Spanish weekday name at `pos` with its period (`lundi`, `Montag`, `Di.`, `mié`),
 * or 0. Alone before a clock it is no time (`Do 14:05`, `So 14:05` are words before one more often): see `scanTimePrefix`.
 */
function foreignWeekdayAt(s: string, pos: number, seen: Seen): number {
  // every name starts with d, f, j, l, m, s or v (in either case)
  const first = s.charCodeAt(pos) | 0x20;
  if (first !== 100 && first !== 102 && first !== 106 && first !== 108 && first !== 109 && first !== 115 && first !== 118) return 0;
  let p = pos;
  for (let c = s.charCodeAt(p); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7); c = s.charCodeAt(++p));
  if (p - pos < 2 || p - pos > 10 || weekdayOfWord(s.slice(pos, p)) === undefined) return 0;
  seen.foreignWeekday = true;
  return s.charCodeAt(p) === 0x2e ? p + 1 - pos : p - pos;
}

/**
 * The time text starting exactly at `from` (before `to`), or undefined when the text there is not a time:
 * it must hold a clock time (`14:02`, `3 PM`, `??:??`, `--:--`), an ISO date, or a month with a day; or it is an offset
 * from a zero point (`T+0:15`, and `+00:25`, which the timeline's reader keeps only among `T` offsets).
 */
export function scanTimePrefix(s: string, from: number, to: number = s.length): TimeSpan | undefined {
  // an offset from a zero point (`T+0:15`, `+00:25`): only a `T` or a `+` may start one
  const c = s.charCodeAt(from);
  if (c === 0x54 || c === 0x2b) {
    const o = readOffset(s, from, to, true);
    if (o) return { start: from, end: o.end, hasClock: true, hasDate: false, offset: o.minutes };
  }
  // a non-breaking hyphen in a date (`2025‑05‑20 08:41`) is read as a hyphen; the span's indices are the same
  const text = plainHyphens(to < s.length ? s.slice(0, to) : s);
  const seen = new Seen();
  let prev: Token | undefined;
  // a word that opens a range (`from 16:00 to 16:30`) is part of the time, when the range follows
  const open = RANGE_OPEN_FIRST.has(text.charCodeAt(from)) ? at(RANGE_OPEN, text, from) : 0;
  let pos = from + open;
  let end = from;
  // where the time ended before a weekday after its clock, which is part of it only with a date after it
  let beforeWeekday = from;
  while (pos < to) {
    const t = tokenAt(text, pos, prev, seen);
    if (!t) break;
    if (t === 'weekday') beforeWeekday = end;
    seen.add(t);
    prev = t;
    end = pos + seen.tokenLength;
    pos = end + at(GAP, text, end);
    // a zone after the close of the clock's emphasis or code (`**14:13** UTC`) is the clock's, as the time scanner reads it
    if (t === 'clock' && pos === end) pos = zoneAfterCloser(text, end);
    // a clock struck through after a date (`2024-03-12 ~~14:00~~ 14:20`) is corrected by the clock after it
    if (text.charCodeAt(pos) === 0x7e && !seen.has(HAS_CLOCK)) {
      const struck = afterStruckTime(text, pos, to);
      if (struck > pos) pos = struck + at(GAP, text, struck);
    }
  }
  if (prev === 'weekday' && seen.has(HAS_CLOCK)) { end = beforeWeekday; seen.bits &= ~BIT.weekday; }
  const hasClock = seen.has(HAS_CLOCK);
  const hasDate = seen.has(BIT.date) || seen.has(BIT.datetime) || (seen.has(BIT.month) && seen.has(BIT.day));
  if ((!hasClock && !hasDate) || (seen.foreignWeekday && !hasDate) || (open > 0 && !(seen.ranged && (seen.bits & ~(BIT.clock | BIT.zone)) === 0))) return undefined;
  return { start: from, end, hasClock, hasDate };
}

/** Where the zone after the close of emphasis or code at `end` starts (`**14:13** UTC`); `end` itself when none is there. */
function zoneAfterCloser(s: string, end: number): number {
  const closed = afterCloser(s, end);
  if (closed === end) return end;
  const p = skipSpaces(s, closed);
  return zoneAt(s, p) ? p : end;
}

/**
 * Past a time struck through at `from` (`~~14:00~~`, corrected in place by the time after it), or a run of them with
 * blanks between (`~~14:00~~ ~~14:10~~`), the last closing `~~` included; `from` itself when none is there.
 */
export function afterStruckTime(s: string, from: number, to: number): number {
  let end = from;
  for (let p = from; s.charCodeAt(p) === 0x7e && s.charCodeAt(p + 1) === 0x7e;) {
    const span = scanTimePrefix(s, p + 2, to);
    if (!span || !struckThrough(s, span.start, span.end)) break;
    end = span.end + 2;
    p = skipSpaces(s, end);
  }
  return end;
}
