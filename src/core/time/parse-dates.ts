/**
 * Finds calendar dates in free text (`findDates`): ISO (`2021-09-27`), numeric (`9/27/2021`, `27.09.2021`), and
 * written-out (`Monday, September 27`, `Sept. 27th, 2021`, `27 Sep 2021`, `Mon, 27 Sep 2021`, `12. März 2024`), each
 * read by parse-numeric-dates.ts or parse-named-dates.ts. Impossible dates of a clear date shape (`2024-02-30`,
 * `20240-4-11`) are kept with the reason; number groups that only look like dates are not.
 */
import { digitsEnd, isBlank, isDigit, isLetter, overlapsAny } from './chars';
import type { DateCandidate } from './date-candidate';
import { isWordLetter, weekdayBefore } from './date-names';
import { CLOCK_BEFORE, DAY_MONTH_AFTER_CLOCK, FOREIGN_DATE, FOREIGN_DAY_MONTH_CLOCK, FOREIGN_DAY_MONTH_HINT, foreignDate, foreignDayMonth, fromDayRange, HAS_MONTH, JOINED_NAMED, JOINED_NAMED_HINT, joinedNamedDate, withWeekdayBefore, wordDate, WORDS, YEAR_AFTER_SPACE } from './parse-named-dates';
import { badBeforeNumeric, MONTH_DAY_AFTER_CLOCK, NUMERIC, NUMERIC_HINT, numericDate, WEEKDAY_DAY_FIRST } from './parse-numeric-dates';

/** A character a joined date may not follow (`v2024-Mar-12`, `1.2024-Mar-12`). */
const GLUED_BEFORE_JOINED = /[\w./-]/;

/** True when the text at `at` follows a clock's colon (`06` in `14:06`): a digit and a colon before it. */
function clockDigitsAt(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 0x3a && isDigit(text.charCodeAt(at - 2));
}

/**
 * The end of a slashed month and day right after a clock (`14:06 3/12: rollback`: see `MONTH_DAY_AFTER_CLOCK`) at
 * `start`, or 0. The clock is looked for only in the few characters before it.
 */
function monthDayAfterClockEnd(text: string, start: number): number {
  if (!isBlank(text.charCodeAt(start - 1))) return 0;
  MONTH_DAY_AFTER_CLOCK.lastIndex = start;
  if (!MONTH_DAY_AFTER_CLOCK.test(text)) return 0;
  return CLOCK_BEFORE.test(text.slice(Math.max(0, start - 32), start)) ? MONTH_DAY_AFTER_CLOCK.lastIndex : 0;
}

/**
 * Every date in the text, in order, without overlaps. A slashed date that either order reads (`05/03/2024`) is month
 * first (US order) unless `dayFirst` (the document proves it writes day first: see `DateOrder`). `clocks` is false
 * when the text holds no clock (see `mayHoldClock`): a day and a month name without a year are then no date.
 */
export function findDates(text: string, dayFirst = false, clocks = true): DateCandidate[] {
  const out: DateCandidate[] = [];
  // a numeric date starts a run of digits that a separator and a digit follow, as the global pattern would find it
  NUMERIC_HINT.lastIndex = 0;
  for (let from = 0; NUMERIC_HINT.test(text);) {
    const sep = NUMERIC_HINT.lastIndex - 2;
    let start = sep - 1;
    while (isDigit(text.charCodeAt(start - 1))) start--;
    NUMERIC.lastIndex = start;
    if (start < from || badBeforeNumeric(text.charCodeAt(start - 1))) {
      NUMERIC_HINT.lastIndex = sep;
      continue;
    }
    // a slashed month and day after a clock (`14:06 3/12: x`) is tried only where no other date is and a slash parts it
    const end = NUMERIC.test(text) ? NUMERIC.lastIndex : clocks && text.charCodeAt(sep) === 0x2f ? monthDayAfterClockEnd(text, start) : 0;
    if (!end) {
      NUMERIC_HINT.lastIndex = sep;
      continue;
    }
    NUMERIC_HINT.lastIndex = from = end;
    let c = numericDate(text, start, end, dayFirst);
    // after a French, German or Spanish weekday, day first as those languages write it (`Mar. 07/03 14:05` is
    // Tuesday 7 March): only a slashed date either order reads, after a blank, looks for one
    if (c && !dayFirst && c.month <= 12 && c.day <= 12 && c.month !== c.day && text.charCodeAt(digitsEnd(text, start)) === 0x2f
      && isBlank(text.charCodeAt(start - 1)) && weekdayBefore(text, start, false)) {
      c = numericDate(text, start, end, true, WEEKDAY_DAY_FIRST);
    }
    if (c) out.push(c);
  }
  if (HAS_MONTH.test(text)) {
    // year or month first, joined by hyphens or slashes (`2024-Mar-12`, `Mar-12-2024`): before `WORDS`, which reads `24-Mar-12` in it
    if (JOINED_NAMED_HINT.test(text)) {
      JOINED_NAMED.lastIndex = 0;
      for (let m = JOINED_NAMED.exec(text); m; m = JOINED_NAMED.exec(text)) {
        if (GLUED_BEFORE_JOINED.test(text.charAt(m.index - 1))) continue;
        const c = joinedNamedDate(m);
        if (c && !overlapsAny(out, c)) out.push(c);
      }
    }
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isLetter(before) || isDigit(before)) continue;
      // a clock's minutes before a month name are no day (`14:06 Mar 12`): the month may start a date of its own
      if (isDigit(text.charCodeAt(m.index)) && clockDigitsAt(text, m.index)) {
        WORDS.lastIndex = digitsEnd(text, m.index);
        continue;
      }
      const c = wordDate(text, m);
      if (c && !overlapsAny(out, c)) out.push(fromDayRange(text, c));
    }
  }
  if (YEAR_AFTER_SPACE.test(text)) {
    FOREIGN_DATE.lastIndex = 0;
    for (let m = FOREIGN_DATE.exec(text); m; m = FOREIGN_DATE.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isWordLetter(before) || isDigit(before) || clockDigitsAt(text, m.index)) continue;
      const c = foreignDate(m);
      if (!c || overlapsAny(out, c)) continue;
      out.push(withWeekdayBefore(text, fromDayRange(text, c), out));
    }
  }
  // both patterns below read a day and a month name next to a clock
  if (clocks && FOREIGN_DAY_MONTH_HINT.test(text)) {
    FOREIGN_DAY_MONTH_CLOCK.lastIndex = 0;
    for (let m = FOREIGN_DAY_MONTH_CLOCK.exec(text); m; m = FOREIGN_DAY_MONTH_CLOCK.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isWordLetter(before) || isDigit(before) || before === 0x2e || before === 0x2f || before === 0x3a) continue;
      const c = foreignDayMonth(m);
      if (!c || overlapsAny(out, c)) continue;
      out.push(withWeekdayBefore(text, c, out));
    }
    DAY_MONTH_AFTER_CLOCK.lastIndex = 0;
    for (let m = DAY_MONTH_AFTER_CLOCK.exec(text); m; m = DAY_MONTH_AFTER_CLOCK.exec(text)) {
      if (!isBlank(text.charCodeAt(m.index - 1)) || !CLOCK_BEFORE.test(text.slice(0, m.index))) continue;
      const c = foreignDayMonth(m);
      if (c && !overlapsAny(out, c)) out.push(c);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
