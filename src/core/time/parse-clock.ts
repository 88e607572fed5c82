/**
 * Finds clock times in free text (`15:06`, `3:06 PM`, `3pm`, `15:06:30.123`, `1430Z`, `14h05`, `à 15h`, `15 Uhr`,
 * `3 de la tarde`, `??:??`) and the zone written right after one (read by parse-zone.ts).
 * Ratios such as `3:1` do not match (minutes need two digits); neither do ports, MAC or IPv6 addresses, or times
 * after "lasted"/"took"/"duration", which are durations.
 */
import { afterCloser, digitsEnd, digitsValue, isDigit, isLetter } from './chars';
import { LONG_UNIT } from './duration';
import { afterOffsetSign } from './offset';
import { afterIsh, gapTildeJoins } from './hedge';
import { hourBeforeRange } from './hour-range';
import type { TimeMatch } from './parse';
import { endWithZone, readZoneAt, utcBefore, type ZoneMention } from './parse-zone';

/**
 * The dashes and words that join the two ends of a range of hours in English, French and German (`14:05–15:10`, `14:05
 * to 15:10`, `14h05 à 15h10`, `14:05 bis 15:10`): the list the entry's time (`RANGE_END` in model/timeprefix.ts), the
 * summary's window (`WINDOW_GAP` in analysis/windows.ts) and a range of dotted clocks (dotted-clock.ts) share; each
 * adds its own (`through`, `au`, `->`, `→`) and the Spanish words, which it reads with its own blanks (`y`, `a`,
 * `hasta las`).
 */
export const RANGE_JOIN_SRC = '-|–|—|to|until|till|and|bis|und|à|et';
/**
 * Clock times: `15:06`, `3:06:30.123 PM`, `9:27a`, `4:00p` (a single `a` or `p` glued to a clock, no letter after it,
 * as status pages write them); `3pm`, `3 a.m.`; `1430Z`, `1430 UTC`; `??:??`, `XX:XX`, `--:--`. Without capture
 * groups: the parts of a match are read by code (see `readClock`), which spares each match an array slot and a
 * string per group.
 */
/** An hour of the day, 0-23 (`9`, `09`, `23`). */
const HOUR_SRC = '(?:[01]?\\d|2[0-3])';
/**
 * A clock written with an `h` between hours and minutes, as French, Quebec and some European writers do (`14h05`,
 * `9h30`, `18H00`, `14 h 05`): the hour 0-23 and two digits of minutes, no letter or digit after, nor a unit
 * (`1h30m`, `4 h 33 min` are durations). A bare hour (`14h`) is read only where its context makes it a time (see
 * `bareHourIsClock`): `24h`, `48h`, `2h` are durations in most text. Shared with the timeline's time prefix
 * (`timeprefix.ts`).
 */
export const H_CLOCK_SRC = `${HOUR_SRC}(?:[Hh]|[ \\t][Hh][ \\t])[0-5]\\d(?![\\dA-Za-z]|[ \\t]?(?:m|mn|mins?|minutes?|s|secs?|seconds?)(?![A-Za-z]))`;
/**
 * An hour written with a word after it instead of minutes, as French, German and Spanish writers do (`15h`, `15 h`,
 * `15 Uhr`, `15.30 Uhr`, `3 de la tarde`, `15 horas`), after the hour (0-23): only the number is matched, and
 * `foreignHour` reads the word. In `CLOCK` it follows the hour that `H_CLOCK_SRC` reads: one alternative, not two, is
 * tried at each digit.
 */
const WORD_HOUR_SRC = '(?:\\.[0-5]\\d)?(?=[ \\t]?(?:[Hh](?![\\dA-Za-z])|Uhr(?![A-Za-z]))|[ \\t]+(?:horas|de[ \\t]+la[ \\t]+(?:mañana|tarde|noche|madrugada))(?![A-Za-z]))';
const CLOCK = new RegExp(`${/\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z])|[AaPp](?![A-Za-z\d]))?|\d{1,2}[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z])|(?:[01]\d|2[0-3])[0-5]\d(?=Z(?![A-Za-z])|[ \t]?(?:UTC|GMT)\b)|(?:\?\?|[Xx]{2}|__|--):(?:\?\?|[Xx]{2}|__|--)(?::(?:\?\?|[Xx]{2}|__|--))?(?:[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?/.source}|${HOUR_SRC}(?:${H_CLOCK_SRC.slice(HOUR_SRC.length)}|${WORD_HOUR_SRC})`, 'g');
/** What a clock without a colon holds (`3pm`, `3 a.m.`, `1430Z`, `1430 UTC`, `14h05`): with no colon either, the line has no clock. */
const CLOCK_HINT = /\d[ \t]?[AaPp]\.?[Mm]|\d(?:Z|[ \t]?(?:UTC|GMT))|\d[ \t]?(?:[Hh](?![A-Za-z])|Uhr)|\d[ \t]+(?:horas|de[ \t]+la[ \t])/;
const DURATION_BEFORE = /\b(?:lasted|lasting|took|duration|elapsed|downtime|ttd|ttm|ttr|tta|mttr|mttd|mtta|mttm)\b\W{0,4}(?:(?:about|approx\.?|approximately|around|of|~)\s*)?$/i;
/**
 * Words before an `h` clock (`14h05`) that make it a duration (`for 1h30`, `pendant 2h15`, `en 1h30`, `marge de 10 h 50`,
 * `un retard de 2h30`, `au bout de 1h30`, `soit 2h15`), besides those of `DURATION_BEFORE`.
 */
const H_DURATION_BEFORE = /(?:\b(?:for|in|within|over|than|every|spent|last|next|past|pendant|durant|en|dans|environ|durée|soit)|(?:marge|délai|retard|bout)[ \t]+de)\W{0,4}$/i;

function clockProblem(c: TimeMatch): string | undefined {
  const { hour = 0, minute = 0, second = 0, meridiem } = c;
  if (meridiem && (hour > 12 || (hour === 0 && meridiem === 'pm'))) return `${hour} ${meridiem.toUpperCase()} is not a 12-hour clock time`;
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return `hour ${hour} does not exist (0-23)`;
  if (minute > 59) return `minute ${minute} does not exist (0-59)`;
  if (second > 60 || (second === 60 && !(hour === 23 && minute === 59))) return `second ${second} does not exist (0-59)`;
  return undefined;
}

function badBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const ch = text.charCodeAt(i - 1);
  if (ch === 0x54 && i > 1 && isDigit(text.charCodeAt(i - 2))) return false;
  // `T+0:15` is an offset from a zero point, not a quarter past midnight
  if ((ch === 0x2b || ch === 0x2d || ch === 0x2212 || ch === 0x20) && afterOffsetSign(text, i)) return true;
  return isLetter(ch) || isDigit(ch) || ch === 0x3a || ch === 0x2e;
}

/**
 * AM/PM of a `CLOCK` match from `from` to `to`: its first `a` or `p` (no other part of a match holds one), if any. AM/PM
 * ends a match (`3:06 PM`, `3 p.m.`, `9:27a`): one that ends with a digit has none, and its characters are not read.
 */
function meridiemIn(text: string, from: number, to: number): 'am' | 'pm' | undefined {
  if (isDigit(text.charCodeAt(to - 1))) return undefined;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p) | 0x20;
    if (c === 0x61) return 'am';
    if (c === 0x70) return 'pm';
  }
  return undefined;
}

/** Hour, minute, second and fraction of a `CLOCK` match written with a colon (`15:06:30.123`), whose hour ends at `hourEnd`. */
function readClock(text: string, c: TimeMatch, hourEnd: number, timeEnd: number): void {
  c.hour = digitsValue(text, c.start, hourEnd);
  c.minute = digitsValue(text, hourEnd + 1, hourEnd + 3);
  const p = hourEnd + 3;
  if (p >= timeEnd || text.charCodeAt(p) !== 0x3a) return;
  c.second = digitsValue(text, p + 1, p + 3);
  const dot = text.charCodeAt(p + 3);
  if (p + 3 >= timeEnd || (dot !== 0x2e && dot !== 0x2c)) return;
  const digits = text.slice(p + 4, Math.min(digitsEnd(text, p + 4), timeEnd));
  c.millisecond = Math.floor(Number(`0.${digits}`) * 1000);
}

/** A hyphen, two digits, a colon and two digits: an offset (`-05:00`) or the end of a range (`14:02-14:47`). */
const HYPHEN_CLOCK = /^-\d{2}:\d{2}$/;

/**
 * True when the `-HH:MM` glued to clock `c` (which starts at `start`) ends a range (`14:02-14:47`, `10:00-11:00 UTC`)
 * rather than being its offset: the clock is a bare hour and minute. An ISO offset follows a date-time's `T` or
 * seconds (`2024-03-12T10:00-05:00`, `10:00:00-05:00`), and `-0500`, `+05:30` or `−05:00` are never ranges.
 */
function isRangeNotOffset(text: string, start: number, c: TimeMatch, zone: ZoneMention): boolean {
  return zone.start === c.end && c.second === undefined && !c.meridiem && text.charCodeAt(start - 1) !== 0x54 && HYPHEN_CLOCK.test(zone.text);
}

/**
 * True when the `h` clock from `start` to `end` is no time of day: a duration by the words before or after it (see
 * `H_DURATION_BEFORE`, `H_DURATION_AFTER`),
 * a signed one (`+1h30`, `-1h30`), or part of a name (`pool-0h28`, `v_1h30`, `a/1h30`). A hyphen after a digit ends
 * a range (`14h05-14h30`).
 */
function isHClockDuration(text: string, start: number, end: number): boolean {
  const p = text.charCodeAt(start - 1);
  if (p === 0x2b || p === 0x5f || p === 0x2f || (p === 0x2d && !isDigit(text.charCodeAt(start - 2)) && !isBareHourEnd(text, start - 1))) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  return DURATION_BEFORE.test(before) || H_DURATION_BEFORE.test(before) || H_DURATION_AFTER.test(text.slice(end, end + 12));
}

/** True when the text before `end` ends with a bare hour (`15h`), the first end of a range (`15h-16h30`). */
function isBareHourEnd(text: string, end: number): boolean {
  return (text.charCodeAt(end - 1) | 0x20) === 0x68 && isDigit(text.charCodeAt(end - 2));
}

/** Words after an `h` clock that make it a duration: `2h30 of downtime`, `1h30 later`, `2h30 ago`. */
const H_DURATION_AFTER = /^[ \t]+(?:of|later|ago|long|plus tard)\b/i;

/** Spanish for a part of the day after an hour (`3 de la tarde`, `11 de la noche`, `6 de la mañana`). */
const SPANISH_PERIOD = /[ \t]+de[ \t]+la[ \t]+(?:mañana|madrugada|tarde|noche)(?![A-Za-z])/y;
/** Spanish for the hour's article before an hour written with a word (`a las 15 horas`, `a la 1 de la tarde`). */
const SPANISH_ARTICLE = /(?:^|[^A-Za-z])las?[ \t]+$/i;
/** Words before a bare French hour that make it a time of day: `à 15h`, `vers 16h`, `dès 8h`, `jusqu'à 18h`, `à partir de 9h`, `a las 15h`. */
const BARE_H_BEFORE = /(?:^|[^\p{L}])(?:à|vers|dès|jusqu['’]à|partir[ \t]+de|las?)[ \t]+$/iu;
/** `a 15h` without its accent, but not `il y a 2h` (two hours ago) nor `a 2h window`: the hour is followed by no word. */
const BARE_H_A_BEFORE = /(?:^|[^\p{L}])(?<!y[ \t])a[ \t]+$/iu;
/** The start of a range written as `de 14h à 16h`, `entre 14h et 16h`. */
const BARE_H_RANGE_OPEN = /(?:^|[^\p{L}])(?:de|entre)[ \t]+$/iu;
/** What follows the first hour of a range: `à 16h`, `et 16h`, `- 16h`, `- 16:30`, `~16h`. */
const BARE_H_RANGE_NEXT = /^[ \t]*(?:à|a|et|au|-|–|—|~|〜)[ \t]*(?:[01]?\d|2[0-3])(?:[ \t]?[Hh](?![A-Za-z])|:\d\d)/;
/** What joins the two ends of a range: `16h30-18h`, `14:00 à 16h`, `14h~16h` (where `gapTildeJoins` says the `~` joins). */
const RANGE_JOIN = /^[ \t]*(?:-|–|—|à|a|au|jusqu['’]à|et|~|〜)[ \t]*$/;
/** The other end of a range after its first bare hour: an hour with an `h` or a clock (`-16h`, ` à 16h30`, `~16:00`), maybe its zone. */
const RANGE_OTHER_END_SRC = String.raw`[ \t]*(?:[-–—~〜]|à|au)[ \t]*(?:[01]?\d|2[0-3])(?:[ \t]?[Hh](?:[ \t]?[0-5]\d)?|:[0-5]\d)(?![\dA-Za-z])(?:[ \t]+(?:UTC|GMT|CES?T|MES?Z)(?![A-Za-z]))?`;
/**
 * After a bare hour written alone (see `ALONE_BEFORE`): the other end of a range, an hour with an `h` or a clock
 * (`14h-16h`, `14h~16h`, `14h à 16h30`, `14h - 16:00`), maybe its zone (`UTC`, `CET`), then the end or a separator before
 * the entry's text (`- 14h-16h : maintenance`, `Durée : 14h-16h` read as its value).
 */
const ALONE_RANGE_AFTER = new RegExp(String.raw`^${RANGE_OTHER_END_SRC}[*_)\]]*[ \t]*(?:$|[:–—|-](?:\s|$))`);
/**
 * Before a bare hour that opens a window in parentheses right after a stated duration (`Durée : 2h (14h-16h)`,
 * `2 heures (14h à 16h)`, `2h30 (14h-16h30)`): the duration says the hours in parentheses are its two ends.
 */
const DURATION_PAREN_BEFORE = new RegExp(String.raw`\d(?:[ \t]?h(?:[ \t]?[0-5]\d)?|[ \t]*(?:${LONG_UNIT}))[ \t]*\([ \t]*$`, 'i');
/** After the bare hour that opens such a window: the other end and the closing parenthesis (`-16h)`, `à 16h30 UTC)`). */
const PAREN_RANGE_AFTER = new RegExp(String.raw`^${RANGE_OTHER_END_SRC}[ \t]*\)`);
/** The other end of a range written with minutes: `15h-16h30`, `15h - 16:30`. */
const RANGE_TO_CLOCK = /^[ \t]*[-–—][ \t]*(?:[01]?\d|2[0-3])(?:[ \t]?[Hh][ \t]?|:)[0-5]\d/;
/** Words after a bare hour that make it a duration: `2h de panne`, `3h d'arrêt`, `24h/24`, `3h par jour`, `2h sur 24`. */
const BARE_H_DURATION_AFTER = /^(?:\/|[ \t]+(?:de|d['’]|par|sur)(?![\p{L}]))/u;
/** Before a bare hour written alone (a timeline entry's time, `- 15h : début`, or a field's value): nothing but marks. */
const ALONE_BEFORE = /^[\s*_([|>-]*$/;
/** Before a bare hour written after a slashed day and month at an entry's start (`- 19/03 14h : début`). */
const ALONE_DATE_BEFORE = /^[\s*_([|>-]*\d{1,2}\/\d{1,2},?[ \t]+$/;
/** After a bare hour written after a day and month: a separator before the entry's text (`3/4 10 h` is no time). */
const SEPARATOR_AFTER = /^[*_)\]]*[ \t]*[:–—|-](?:\s|$)/;
/** After a bare hour written alone: the end, or a separator before the entry's text. */
const ALONE_AFTER = /^[*_)\]]*[ \t]*(?:$|[:–—|-](?:\s|$))/;

/**
 * The hour written with a word at `start` (digits to `hourEnd`, minutes after a period to `numberEnd`): `15h` when
 * the context makes it a time of day (see `bareHourIsClock`), `15 Uhr`, `15.30 Uhr`, `3 de la tarde` (15:00) and
 * `15 horas` after `las`. Its hour and end, or undefined.
 */
function foreignHour(text: string, start: number, hourEnd: number, numberEnd: number, found: readonly TimeMatch[]): { hour: number; end: number; bare: boolean } | undefined {
  let p = numberEnd;
  if (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) p++;
  const hour = digitsValue(text, start, hourEnd);
  const c = text.charCodeAt(p);
  if (c === 0x55) return { hour, end: p + 3, bare: false };
  if ((c === 0x68 || c === 0x48) && !isLetter(text.charCodeAt(p + 1))) {
    if (numberEnd !== hourEnd || hour > 23 || !bareHourIsClock(text, start, p + 1, found)) return undefined;
    return { hour, end: p + 1, bare: true };
  }
  if (!SPANISH_ARTICLE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  SPANISH_PERIOD.lastIndex = numberEnd;
  if (SPANISH_PERIOD.test(text)) return { hour: spanishHour(text, hour, SPANISH_PERIOD.lastIndex), end: SPANISH_PERIOD.lastIndex, bare: false };
  return { hour, end: text.indexOf('horas', numberEnd) + 5, bare: false };
}

/** The 24-hour hour of a Spanish hour whose part of the day ends at `end`: afternoon and night are after noon. */
function spanishHour(text: string, hour: number, end: number): number {
  const w = text.charCodeAt(end - 1);
  // `tarde` and `noche` end with an `e`; `mañana` and `madrugada` with an `a`.
  return (w | 0x20) === 0x65 && hour >= 1 && hour < 12 ? hour + 12 : hour;
}

/**
 * True when the bare hour from `start` to `end` (`15h`) is a time of day: after "à", "vers", "dès", "jusqu'à",
 * "à partir de" or "a las" (`à 15h`), after "a" with no word after it (`a 15h,`); the start of a range (`de 14h à 16h`,
 * `15h-16h30`) or its end (`16h30-18h`, after a clock in `found`); the start of a window in parentheses after a stated
 * duration (`2h (14h-16h)`); before a zone (`15h UTC`); or alone, as a timeline
 * entry's time (`- 15h : début`). Never a duration (`pendant 2h`, `2h de panne`, `24h/24`, `2h plus tard`, `+2h`).
 */
function bareHourIsClock(text: string, start: number, end: number, found: readonly TimeMatch[]): boolean {
  if (isHClockDuration(text, start, end)) return false;
  const after = text.slice(end, end + 24);
  if (BARE_H_DURATION_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (BARE_H_BEFORE.test(before)) return true;
  if (BARE_H_A_BEFORE.test(before) && !/^[ \t]*\p{L}/u.test(after)) return true;
  if (BARE_H_RANGE_OPEN.test(before) && BARE_H_RANGE_NEXT.test(after)) return true;
  if (RANGE_TO_CLOCK.test(after)) return true;
  if (before.includes('(') && DURATION_PAREN_BEFORE.test(before) && PAREN_RANGE_AFTER.test(after)) return true;
  const last = found[found.length - 1];
  if (last && last.end <= start && last.hour !== undefined && RANGE_JOIN.test(text.slice(last.end, start)) && gapTildeJoins(text, last.end)) return true;
  if (start < 12 && ALONE_BEFORE.test(text.slice(0, start))) {
    if (ALONE_AFTER.test(after) || ALONE_RANGE_AFTER.test(after)) return true;
  }
  // after a slashed day and month (`- 19/03 14h : début`), as alone
  // (or the text's end right after an hour glued to its `h`, as an entry's time is read alone: `14/06 9h`)
  if (start < 20 && ALONE_DATE_BEFORE.test(text.slice(0, start)) && (SEPARATOR_AFTER.test(after) || (after === '' && isDigit(text.charCodeAt(end - 2))))) return true;
  const zone = text.charCodeAt(end) === 0x2d ? undefined : readZoneAt(text, end);
  return zone !== undefined;
}

/**
 * False when `text` holds no clock: no colon between digits or placeholders (`14:05`, `??:??`) and nothing `CLOCK_HINT`
 * finds. Most colons start a label's value (`Root cause: ...`, `pool_size: 20`), and this spares those lines the clock
 * pattern; a day and a month name are a date only next to a clock, so `findDates` reads it too.
 */
export function mayHoldClock(text: string): boolean {
  for (let q = text.indexOf(':'); q >= 0; q = text.indexOf(':', q + 1)) {
    if (isClockSide(text.charCodeAt(q - 1)) && isClockSide(text.charCodeAt(q + 1))) return true;
  }
  return CLOCK_HINT.test(text);
}

/** A character next to a clock's colon: a digit, or one of a placeholder's (`??:??`, `XX:XX`, `__:__`, `--:--`). */
function isClockSide(c: number): boolean {
  return isDigit(c) || c === 0x3f || c === 0x58 || c === 0x78 || c === 0x5f || c === 0x2d;
}

/**
 * Every clock time in the text, in order, with the zone that follows it: as matches of kind `time` (`timeSpan` is the
 * time without its zone), which `scanTimes` joins with a date where one is written next to them. Only text that
 * `mayHoldClock` holds a clock: `scanTimes` asks it first.
 */
export function findClocks(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const start = m.index;
    let timeEnd = start + m[0].length;
    if (badBefore(text, start)) continue;
    let next = text.charCodeAt(timeEnd);
    // `--:--` is a placeholder only on its own, not inside a longer run of dashes (`---:---`).
    if ((text.charCodeAt(start) === 0x2d || text.charCodeAt(timeEnd - 1) === 0x2d) && (text.charCodeAt(start - 1) === 0x2d || next === 0x2d)) continue;
    if (isDigit(next) || ((next === 0x3a || next === 0x2e) && isDigit(text.charCodeAt(timeEnd + 1)))) continue;
    const c: TimeMatch = { start, end: timeEnd, text: '', kind: 'time', timeSpan: { start, end: timeEnd } };
    const mer = meridiemIn(text, start, timeEnd);
    if (mer) c.meridiem = mer;
    const hourEnd = digitsEnd(text, start);
    let hClock = false;
    let uhr = false;
    if (hourEnd === start) {
      c.unknown = true;
    } else if (text.charCodeAt(hourEnd) === 0x3a) {
      readClock(text, c, hourEnd, timeEnd);
      if (!mer && next === 0x20 && text.charCodeAt(timeEnd + 1) === 0x64) {
        // `a las 3:30 de la tarde`
        SPANISH_PERIOD.lastIndex = timeEnd;
        if (SPANISH_PERIOD.test(text)) {
          c.hour = spanishHour(text, c.hour as number, SPANISH_PERIOD.lastIndex);
          timeEnd = c.end = c.timeSpan!.end = SPANISH_PERIOD.lastIndex;
          next = text.charCodeAt(timeEnd);
        }
      }
      const before = text.charCodeAt(start - 1 - (text.charCodeAt(start - 1) === 0x20 ? 1 : 0));
      if (!mer && (isLetter(before) || before === 0x7e || before === 0x3a) && DURATION_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    } else if (hourEnd - start <= 2 && (hourEnd === timeEnd || text.charCodeAt(hourEnd) === 0x2e)) {
      // `15h`, `15 Uhr`, `15.30 Uhr`, `3 de la tarde`, `15 horas`
      const word = foreignHour(text, start, hourEnd, timeEnd, out);
      if (!word) continue;
      c.hour = word.hour;
      c.minute = hourEnd === timeEnd ? 0 : digitsValue(text, hourEnd + 1, timeEnd);
      hClock = word.bare;
      uhr = text.charCodeAt(word.end - 1) === 0x72;
      timeEnd = c.end = c.timeSpan!.end = word.end;
      next = text.charCodeAt(timeEnd);
    } else if (hourEnd - start <= 2 && isDigit(text.charCodeAt(timeEnd - 1))) {
      // `14h05`, `14 h 05`
      if (isHClockDuration(text, start, timeEnd)) continue;
      hClock = true;
      c.hour = digitsValue(text, start, hourEnd);
      c.minute = digitsValue(text, timeEnd - 2, timeEnd);
    } else if (hourEnd - start === 4) {
      // `1430Z`
      c.hour = digitsValue(text, start, start + 2);
      c.minute = digitsValue(text, start + 2, start + 4);
    } else {
      // `3pm`
      c.hour = digitsValue(text, start, hourEnd);
      c.minute = 0;
    }
    if (c.unknown === undefined) {
      const invalid = clockProblem(c);
      if (invalid) c.invalid = invalid;
      if (c.meridiem && !c.invalid) c.hour = (c.hour as number) % 12 + (c.meridiem === 'pm' ? 12 : 0);
    }
    // Trailing periods of "p.m." at a sentence end are kept; a letter glued to the time must be a zone.
    // `15:30 Uhr MESZ`, `23:59 Uhr (MESZ)`: the German word for o'clock stands between a clock and its zone.
    let zone = readZoneAt(text, next === 0x20 && text.charCodeAt(timeEnd + 1) === 0x55 && text.startsWith(' Uhr', timeEnd) ? timeEnd + 4 : timeEnd);
    // `**14:13** UTC`, `` `14:13` UTC ``: the zone after the close of the clock's emphasis or code is the clock's
    if (!zone && (next === 0x2a || next === 0x5f || next === 0x60)) {
      const closed = afterCloser(text, timeEnd);
      if (closed > timeEnd) zone = readZoneAt(text, closed);
    }
    // A hyphen glued to an `h` clock starts the other end of a range (`14h05-14h30`), never an offset.
    if (zone && next === 0x2d && (hClock || isRangeNotOffset(text, start, c, zone))) zone = undefined;
    // `15:10-ish PDT`: the zone after the hedge is the clock's
    if (!zone && next === 0x2d) {
      const ish = afterIsh(text, timeEnd);
      if (ish > timeEnd) zone = readZoneAt(text, ish);
    }
    if (zone) c.zone = zone;
    else if (isLetter(next) && !mer) continue;
    c.end = zone ? endWithZone(text, zone) : timeEnd;
    // `2-4 PM`, `from 2 to 4 PM`, `14–16 Uhr`: the bare hour before a clock with AM/PM or `Uhr` starts a range
    const opening = (mer || uhr) && !c.unknown ? hourBeforeRange(text, start, out[out.length - 1]?.end ?? 0) : undefined;
    if (opening) out.push(opening);
    // `UTC 05:13`: UTC or GMT written right before a clock that has no zone after it (not the zone of a clock before)
    const first = zone || opening ? undefined : utcBefore(text, start, out[out.length - 1]?.end ?? 0);
    if (first) {
      c.zone = first;
      c.start = first.start;
    }
    out.push(c);
    CLOCK.lastIndex = Math.max(CLOCK.lastIndex, c.end);
  }
  return out;
}
