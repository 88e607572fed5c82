/**
 * Relative times: an offset from a zero point as game days and some timelines write it instead of a clock
 * (`T+0`, `T+5`, `T+3m`, `T+3 min`, `T+1h20m`, `T+0:15`, `T+0:15:30`, `T+1.5h`, `T-10 min`, `T+1d`, `T + 5m`), and
 * `+00:25` where the reader knows the timeline is one of offsets. A number alone is minutes (`T+5`), `h:mm` is hours
 * and minutes (`T+0:15` is 15 minutes, `T+1:30` 90) and `h:mm:ss` adds seconds; units as durations write them (`d`,
 * `h`, `m`, `min`, `hours`), also a decimal amount of one unit (`T+1.5h` is 90 minutes).
 */
import { parseDuration } from './duration';

/** An offset found at a position: its span (0-based, end exclusive) and its value in whole minutes from zero. */
export interface OffsetMatch {
  start: number;
  end: number;
  /**
   * Minutes from the zero point; negative before it (`T-10 min` is -10). Written seconds are kept as a fraction, as a
   * clock time keeps them (`T+0:15:30` and `T+15.5m` are 15.5).
   */
  minutes: number;
}

const UNIT = '(?:days?|d|hours?|hrs?|h|minutes?|mins?|m)';
/**
 * `T`, a sign and an amount: `h:mm` or `h:mm:ss`, or a decimal number and one unit (`1.5h`), or a number with up to
 * three unit parts (`1h20m`, `3 min`, `1d 2h`), or a number alone. Bounded repeats: no backtracking blow-up. The amount
 * ends before a letter, a digit, a dot or another clock part.
 */
const T_OFFSET = new RegExp(String.raw`T[ \t]?([+\-−])[ \t]?(\d{1,3}:[0-5]\d(?::[0-5]\d)?|\d{1,4}\.\d{1,2}[ \t]?${UNIT}|\d{1,4}(?:[ \t]?${UNIT}(?:[ \t]?\d{1,4}[ \t]?${UNIT}){0,2})?)(?![\w.]|[:,]\d)`, 'y');
/** `+00:25`, `+00:25:10`: a sign and `h:mm[:ss]`, read only where the reader knows the timeline writes offsets. */
const BARE_OFFSET = /\+(\d{1,3}:[0-5]\d(?::[0-5]\d)?)(?![\w.]|:\d)/y;

/** True when the character before `pos` is a letter or digit: `T` inside a word (`ASCII T+` is fine, `GMT+1` is not). */
function inWord(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos - 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The offset written exactly at `from` (before `to`), or undefined. `bare` also reads `+00:25` without the `T`.
 * Not an offset: `T+ notation`, `C++`, `+1 for this idea`, `v2+3`, `GMT+1`.
 */
export function readOffset(s: string, from: number, to: number = s.length, bare = false): OffsetMatch | undefined {
  const c = s.charCodeAt(from);
  const re = c === 0x54 ? T_OFFSET : bare && c === 0x2b ? BARE_OFFSET : undefined;
  if (!re || inWord(s, from)) return undefined;
  re.lastIndex = from;
  const m = re.exec(to < s.length ? s.slice(0, to) : s);
  if (!m) return undefined;
  const sign = re === BARE_OFFSET || m[1] === '+' ? 1 : -1;
  const amount = re === BARE_OFFSET ? m[1] : m[2];
  // a number alone is minutes; anything else reads as a duration does (`0:15` is h:mm, `0:15:30`, `1h20m`, `1.5h`)
  const minutes = /^\d+$/.test(amount) ? Number(amount) : parseDuration(amount);
  if (minutes === undefined) return undefined;
  // `T-0:00` is zero, not minus zero
  return { start: from, end: re.lastIndex, minutes: minutes === 0 ? 0 : sign * minutes };
}

/**
 * True when a clock at `pos` is the amount of an offset (`T+0:15`, `T - 0:30`): the sign before it follows a `T` that
 * starts a word. The time scanner reads no clock there.
 */
export function afterOffsetSign(s: string, pos: number): boolean {
  let p = pos - 1;
  if (s.charCodeAt(p) === 0x20) p--;
  const sign = s.charCodeAt(p);
  if (sign !== 0x2b && sign !== 0x2d && sign !== 0x2212) return false;
  p--;
  if (s.charCodeAt(p) === 0x20) p--;
  return s.charCodeAt(p) === 0x54 && !inWord(s, p);
}
