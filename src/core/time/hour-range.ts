/**
 * A bare hour that starts a range whose end is a clock with AM/PM or `Uhr` (`2-4 PM`, `from 2 to 4 PM`, `between 11
 * and 1 PM`, `14–16 Uhr`, `von 14 bis 16 Uhr`): the hour alone is no clock anywhere else, but here it is the range's
 * start (it takes AM/PM and the zone from the end: see `shareRange` in range-share.ts).
 */
import { isDigit, isLetter } from './chars';
import type { TimeMatch } from './parse';

/** The hour and what joins it to the clock right after: a dash, or a word of a range. */
const HOUR_THEN_JOIN = /(\d{1,2})(?:[ \t]?[-–—][ \t]?|[ \t]+(?:to|until|till|and|bis|und|à)[ \t]+)$/;

/** Characters a range's first hour may not follow: part of a number, a date, a version or a name (`v1.2-4 PM`, `12/3-4 PM`). */
function gluedBefore(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x2b || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x5f;
}

/**
 * The hour that starts a range ending with the clock at `clockStart` (found by `findClocks`), not before `from` (the
 * end of the clock before it), as a clock match of its own; undefined when the text before the clock is no such hour.
 */
export function hourBeforeRange(text: string, clockStart: number, from: number): TimeMatch | undefined {
  const at = Math.max(from, clockStart - 12);
  const m = HOUR_THEN_JOIN.exec(text.slice(at, clockStart));
  if (!m) return undefined;
  const start = at + m.index;
  const end = start + m[1].length;
  const hour = Number(m[1]);
  if (hour > 23 || gluedBefore(text.charCodeAt(start - 1))) return undefined;
  return { start, end, text: '', kind: 'time', timeSpan: { start, end }, hour, minute: 0 };
}
