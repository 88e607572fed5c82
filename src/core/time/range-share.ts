/**
 * The two ends of a range written once (`Sep 27 3:06 - 7:27 PM EST`, `from 16:00 to 16:30 CET`, `2-4 PM`): what one
 * end writes and the other does not (the date, the zone, AM/PM) is both's.
 */
import { gapTildeJoins } from './hedge';
import type { TimeMatch } from './parse';

/** A note on a range's start in parentheses, before the word that joins its end (`~12:00 (maybe before) to 17:55`). */
export const START_NOTE_SRC = String.raw`\([^()]{1,60}\)`;
/**
 * What joins the two ends of a range written once: also in French, German and Spanish (`de 14h à 16h`, `von 16:00 bis
 * 16:30`, `desde las 16:00 hasta las 16:30`), maybe after a note on the start (`09:10 (first alert) and 09:50 UTC`);
 * also `~` and `〜` (`14:00~14:20`), where `gapTildeJoins` says the `~` is no hedge.
 */
const RANGE_GAP = new RegExp(String.raw`^[ \t]*(?:${START_NOTE_SRC}[ \t]*)?(?:-|–|—|->|→|to|until|till|through|and|à|au|jusqu['’]à|et|bis|und|hasta(?:[ \t]+las?)?|y|~|〜)[ \t]*$`, 'i');

/** Copies the date, zone and AM/PM between the two ends of a range written once (`Sep 27 3:06 - 7:27 PM EST`). */
export function shareRange(text: string, a: TimeMatch, b: TimeMatch): void {
  if (!RANGE_GAP.test(text.slice(a.end, b.start)) || a.unknown || b.unknown || a.kind === 'date' || b.kind === 'date') return;
  // `UTC ~14:05` hedges the clock after it (`hedge.ts`); only `14:00~14:20` joins
  if (!gapTildeJoins(text, a.end)) return;
  if (!a.meridiem && b.meridiem && a.hour !== undefined && a.hour >= 1 && a.hour <= 12 && !a.invalid && b.hour !== undefined) {
    const same = (a.hour % 12) + (b.meridiem === 'pm' ? 12 : 0);
    const before = same * 60 + (a.minute ?? 0) <= b.hour * 60 + (b.minute ?? 0);
    a.meridiem = before ? b.meridiem : b.meridiem === 'pm' ? 'am' : 'pm';
    a.hour = (a.hour % 12) + (a.meridiem === 'pm' ? 12 : 0);
    (a.inherited ??= []).push('meridiem');
  }
  if (!a.zone && b.zone) {
    a.zone = b.zone;
    (a.inherited ??= []).push('zone');
  }
  if (b.kind === 'time' && a.month !== undefined) {
    b.year = a.year;
    b.month = a.month;
    b.day = a.day;
    (b.inherited ??= []).push('date');
  } else if (a.kind === 'time' && b.month !== undefined && b.dateSpan !== undefined && b.dateSpan.start > (b.timeSpan?.start ?? b.start)
    && a.hour !== undefined && b.hour !== undefined && a.hour * 60 + (a.minute ?? 0) <= b.hour * 60 + (b.minute ?? 0)) {
    // a date written after the range's end (`06:19–14:15 UTC, 27. Sep.`) is the start's too, unless the range runs over
    // midnight (`from 23:40 to 00:15 UTC on 2023-07-20`: which day the date names is for the reader of both to tell)
    a.year = b.year;
    a.month = b.month;
    a.day = b.day;
    (a.inherited ??= []).push('date');
  }
}
