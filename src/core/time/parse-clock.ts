/**
 * Finds clock times in free text (`15:06`, `3:06 PM`, `3pm`, `15:06:30.123`, `1430Z`, `14h05`, `??:??`) and the zone written
 * right after one (`Z`, `+01:00`, `UTC+5:30`, `EST`, `PST/PDT`, `(UTC)`, `Eastern Standard Time`, `Europe/Paris`).
 * Ratios such as `3:1` do not match (minutes need two digits); neither do ports, MAC or IPv6 addresses, or times
 * after "lasted"/"took"/"duration", which are durations.
 */
import { digitsEnd, digitsValue, isBlank, isDigit, isLetter } from './chars';
import type { TimeMatch } from './parse';
import { lookupZone, type ZoneInfo } from './zones';
import { GENERIC_NAMES, ABBREVIATIONS } from './zone-table';

/** A zone written in the text, with its reading(s). */
export interface ZoneMention {
  text: string;
  /** 0-based offsets in the scanned string, `end` exclusive. */
  start: number;
  end: number;
  /** The zone, when the text has one reading. */
  zone?: ZoneInfo;
  /** Every reading (several for `CST`, `IST`, `BST`, `AST`), most common first. */
  candidates: ZoneInfo[];
  ambiguous: boolean;
}

/**
 * Clock times: `15:06`, `3:06:30.123 PM`, `9:27a`, `4:00p` (a single `a` or `p` glued to a clock, no letter after it,
 * as status pages write them); `3pm`, `3 a.m.`; `1430Z`, `1430 UTC`; `??:??`, `XX:XX`, `--:--`. Without capture
 * groups: the parts of a match are read by code (see `readClock`), which spares each match an array slot and a
 * string per group.
 */
/**
 * A clock written with an `h` between hours and minutes, as French, Quebec and some European writers do (`14h05`,
 * `9h30`, `18H00`, `14 h 05`): the hour 0-23 and two digits of minutes, no letter or digit after, nor a unit
 * (`1h30m`, `4 h 33 min` are durations). A bare hour (`14h`) is not read: `24h`, `48h`, `2h` are durations in most
 * text. Shared with the timeline's time prefix (`timeprefix.ts`).
 */
export const H_CLOCK_SRC = '(?:[01]?\\d|2[0-3])(?:[Hh]|[ \\t][Hh][ \\t])[0-5]\\d(?![\\dA-Za-z]|[ \\t]?(?:m|mn|mins?|minutes?|s|secs?|seconds?)(?![A-Za-z]))';
const CLOCK = new RegExp(`${/\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z])|[AaPp](?![A-Za-z\d]))?|\d{1,2}[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z])|(?:[01]\d|2[0-3])[0-5]\d(?=Z(?![A-Za-z])|[ \t]?(?:UTC|GMT)\b)|(?:\?\?|[Xx]{2}|__|--):(?:\?\?|[Xx]{2}|__|--)(?::(?:\?\?|[Xx]{2}|__|--))?(?:[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?/.source}|${H_CLOCK_SRC}`, 'g');
/** What a clock without a colon holds (`3pm`, `3 a.m.`, `1430Z`, `1430 UTC`, `14h05`): with no colon either, the line has no clock. */
const CLOCK_HINT = /\d[ \t]?[AaPp]\.?[Mm]|\d(?:Z|[ \t]?(?:UTC|GMT))|\d[ \t]?[Hh][ \t]?\d/;
const DURATION_BEFORE = /\b(?:lasted|lasting|took|duration|elapsed|downtime|ttd|ttm|ttr|tta|mttr|mttd|mtta|mttm)\b\W{0,4}(?:(?:about|approx\.?|approximately|around|of|~)\s*)?$/i;
/** Words before an `h` clock (`14h05`) that make it a duration (`for 1h30`, `pendant 2h15`, `en 1h30`), besides those of `DURATION_BEFORE`. */
const H_DURATION_BEFORE = /\b(?:for|in|within|over|than|every|spent|last|next|past|pendant|durant|en|dans|environ|durée)\W{0,4}$/i;

const longNames = [...Object.keys(GENERIC_NAMES).filter((n) => n.length > 3 && !n.includes('/')),
  ...ABBREVIATIONS.flatMap((r) => [r.name, ...(r.aliases ?? [])]).map((n) => n.toLowerCase()),
  'coordinated universal time', 'universal time']
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '[ \\t]+'));
/** The first characters a zone form can accept: a sign, `Z`, any letter, or a capital letter. */
type FirstChar = 'sign' | 'Z' | 'letter' | 'capital';

const ZONE_FORMS: { first: FirstChar; re: RegExp; attachedOnly?: (w: string) => boolean; accept?: (w: string) => boolean }[] = [
  // Unattached offsets need four digits (`-0500`) or a plus sign: `10:00 -11:00` is a range, not a zone.
  { first: 'sign', re: /[+\-\u2212]\d{2}(?::?\d{2})?(?![\d:])/y, attachedOnly: (w) => !(/^[+]\d\d:\d\d$/.test(w) || /^[+\-\u2212]\d{4}$/.test(w)) },
  { first: 'Z', re: /Z(?![A-Za-z0-9])/y, attachedOnly: () => true },
  { first: 'letter', re: /(?:UTC|GMT|UT|utc|gmt)(?:[ \t]?[+\-\u2212][ \t]?\d{1,2}(?::?\d{2})?)?(?![A-Za-z0-9])/y },
  { first: 'capital', re: new RegExp(`(?:${longNames.join('|')})(?![A-Za-z])`, 'iy'), accept: (w) => w[0] >= 'A' && w[0] <= 'Z' },
  { first: 'capital', re: /[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_+-]+){1,2}/y },
  { first: 'capital', re: /[A-Z]{2,5}(?:[ \t]?\/[ \t]?[A-Z]{2,5})?(?![A-Za-z])/y, accept: (w) => !/^(?:AM|PM|ON|TO|AT|IN|OR|AN|BY|IF|OF|US|OK|IT|IS|ID)$/.test(w) },
];

/** True when a zone form that starts with `first` can start with the character code `c`. */
function canStart(first: FirstChar, c: number): boolean {
  if (first === 'sign') return !isLetter(c);
  if (first === 'Z') return c === 0x5a;
  return first === 'letter' ? isLetter(c) : c >= 0x41 && c <= 0x5a;
}

/**
 * Reads a zone written at `pos` (after at most three blanks, as in `13:09  UTC`, and an opening parenthesis);
 * undefined when none.
 */
export function readZoneAt(text: string, pos: number): ZoneMention | undefined {
  let p = pos;
  const attached = p < text.length && !isBlank(text.charCodeAt(p)) && text.charCodeAt(p) !== 0x28;
  while (p < pos + 3 && isBlank(text.charCodeAt(p))) p++;
  const paren = text.charCodeAt(p) === 0x28;
  if (paren) p++;
  const c = text.charCodeAt(p);
  if (!(isLetter(c) || c === 0x2b || c === 0x2d || c === 0x2212)) return undefined;
  for (const form of ZONE_FORMS) {
    // A form is tried only where its first character is (the capitalised forms are kept only when capitalised).
    if (!canStart(form.first, c)) continue;
    form.re.lastIndex = p;
    // `test` on a sticky pattern leaves lastIndex at the end of the match: no match array is built.
    if (!form.re.test(text)) continue;
    const written = text.slice(p, form.re.lastIndex);
    if (!attached && form.attachedOnly?.(written)) continue;
    if (form.accept && !form.accept(written)) continue;
    const found = lookupZone(written);
    if (!found) continue;
    const end = p + written.length;
    if (paren && text.charCodeAt(end) !== 0x29) return undefined;
    return { text: written, start: p, end, zone: found.zone, candidates: found.candidates, ambiguous: found.ambiguous };
  }
  return undefined;
}

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
  return isLetter(ch) || isDigit(ch) || ch === 0x3a || ch === 0x2e;
}

/**
 * AM/PM of a `CLOCK` match from `from` to `to`: its first `a` or `p` (no other part of a match holds one), if any.
 */
function meridiemIn(text: string, from: number, to: number): 'am' | 'pm' | undefined {
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
  if (p === 0x2b || p === 0x5f || p === 0x2f || (p === 0x2d && !isDigit(text.charCodeAt(start - 2)))) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  return DURATION_BEFORE.test(before) || H_DURATION_BEFORE.test(before) || H_DURATION_AFTER.test(text.slice(end, end + 12));
}

/** Words after an `h` clock that make it a duration: `2h30 of downtime`, `1h30 later`, `2h30 ago`. */
const H_DURATION_AFTER = /^[ \t]+(?:of|later|ago|long|plus tard)\b/i;

/**
 * Every clock time in the text, in order, with the zone that follows it: as matches of kind `time` (`timeSpan` is the
 * time without its zone), which `scanTimes` joins with a date where one is written next to them.
 */
export function findClocks(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  if (!text.includes(':') && !CLOCK_HINT.test(text)) return out;
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const start = m.index;
    const timeEnd = start + m[0].length;
    if (badBefore(text, start)) continue;
    const next = text.charCodeAt(timeEnd);
    // `--:--` is a placeholder only on its own, not inside a longer run of dashes (`---:---`).
    if ((text.charCodeAt(start) === 0x2d || text.charCodeAt(timeEnd - 1) === 0x2d) && (text.charCodeAt(start - 1) === 0x2d || next === 0x2d)) continue;
    if (isDigit(next) || ((next === 0x3a || next === 0x2e) && isDigit(text.charCodeAt(timeEnd + 1)))) continue;
    const c: TimeMatch = { start, end: timeEnd, text: '', kind: 'time', timeSpan: { start, end: timeEnd } };
    const mer = meridiemIn(text, start, timeEnd);
    if (mer) c.meridiem = mer;
    const hourEnd = digitsEnd(text, start);
    let hClock = false;
    if (hourEnd === start) {
      c.unknown = true;
    } else if (text.charCodeAt(hourEnd) === 0x3a) {
      readClock(text, c, hourEnd, timeEnd);
      const before = text.charCodeAt(start - 1 - (text.charCodeAt(start - 1) === 0x20 ? 1 : 0));
      if (!mer && (isLetter(before) || before === 0x7e || before === 0x3a) && DURATION_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
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
    let zone = readZoneAt(text, timeEnd);
    // A hyphen glued to an `h` clock starts the other end of a range (`14h05-14h30`), never an offset.
    if (zone && next === 0x2d && (hClock || isRangeNotOffset(text, start, c, zone))) zone = undefined;
    if (zone) c.zone = zone;
    else if (isLetter(next) && !mer) continue;
    c.end = zone ? (text.charCodeAt(zone.end) === 0x29 && text.charCodeAt(zone.start - 1) === 0x28 ? zone.end + 1 : zone.end) : timeEnd;
    out.push(c);
    CLOCK.lastIndex = Math.max(CLOCK.lastIndex, c.end);
  }
  return out;
}
