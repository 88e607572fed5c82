/**
 * Numeric dates (`2021-09-27`, `9/27/2021`, `27.09.2021`, `27-09-2021`, `9/27` before a clock), the order of day and
 * month a slashed one proves or the document writes, and a month and day alone (`3/12`, `12 mars`, `Tue 3/12`) as a
 * date heading or a date column writes them.
 */
import { digitsEnd, digitsValue, isBlank, isDigit, isLetter } from './chars';
import { MONTH_NAMES } from './civil';
import { type DateCandidate, type DateOrder, dateProblem, plausibleYear, withWeekday } from './date-candidate';
import { FOREIGN_MONTH_SRC, FOREIGN_MONTHS, weekdayBefore, wordEndAt } from './date-names';

/** A zero-padded month and day with a dash (`03-26`): a date only right before a clock (alone, `10-12` is a range). */
export const PADDED_MONTH_DAY_SRC = String.raw`(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
/**
 * The clock right after a month and day written without a year (`3/26 15:06`, `3/26, at 15h06`, `26/03 à 15h`): the
 * alternatives of the lookahead that this pattern and the timeline's time prefix (`DATE` in model/timeprefix.ts) share.
 */
export const CLOCK_AFTER_MONTH_DAY_SRC = String.raw`,? (?:(?:at|à|@) )?\d{1,2}(?::|[ \t]?[Hh][ \t]?)\d{2}|,? à \d{1,2}[Hh](?![A-Za-z\d])`;
/** The clock right after a date with dots and a two-digit year (`12.03.24 14:02`, `12.03.24 um 14.20`): alone, `1.2.24` is a version. */
const CLOCK_AFTER_SHORT_YEAR_SRC = String.raw`[ \t]+(?:(?:um|kl\.?|klo)[ \t]+)?\d{1,2}[:.][0-5]\d(?!\d)`;
/**
 * Numeric dates: year first (`2021-09-27`, `2021/09/27`, `20240-4-11`), `9/27/2021` or `27/09/21`, `27.09.2021`,
 * `27-09-2021` (day first, as India and much of Europe write it with dashes; month first when the second number
 * cannot be a month: `07-27-2023`; a dash needs the four-digit year), `27.09.21` right before a clock, and
 * `9/27` or `09-27` (month and day, zero-padded with a dash) right before a clock (`15:06`, `15h06`): alone, `10-12` is a range of numbers.
 * Without capture groups: every part of a match is a run of digits, read by code (see `numericDate`), which spares
 * each match an array slot and a string per group. Not after what `badBeforeNumeric` rules out. Sticky: `findDates`
 * runs it only where `NUMERIC_HINT` finds a run of digits that can start one.
 */
export const NUMERIC = new RegExp(String.raw`(?<![\dA-Za-z./:-])(?:\d{4,6}(?:-\d{1,2}-|\/\d{1,2}\/)\d{1,2}(?!\d|[-/]\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d|[-/]\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)|\d{1,2}\.\d{1,2}\.\d{2}(?=${CLOCK_AFTER_SHORT_YEAR_SRC})|\d{1,2}-\d{1,2}-\d{4}(?!\d|[-/]\d)|(?:\d{1,2}\/\d{1,2}|${PADDED_MONTH_DAY_SRC})(?=${CLOCK_AFTER_MONTH_DAY_SRC}|,? \d{1,2}[Hh](?=[*_]*[ \t]*[:–—|-](?:\s|$)|$)))`, 'y');

/**
 * A slashed month and day without a year right after a clock (`14:06 3/12: rollback`, `| 14:06 3/12 |`): a date only
 * before the entry's separator (a colon, a dash, a bar), the close of its brackets or the end, as a date before a clock
 * is one only before the clock; `14:06 3/12 of the pods` is a count. Exported for the timeline's time prefix.
 */
export const MONTH_DAY_AFTER_CLOCK_SRC = String.raw`\d{1,2}\/\d{1,2}(?![\d/])(?=[*_]*(?:\]|[ \t]*(?:[:|\-–—](?:\s|$)|$)))`;
/** The same, sticky, tried where `NUMERIC` finds no date and kept only after `CLOCK_BEFORE` (see `findDates`). */
export const MONTH_DAY_AFTER_CLOCK = new RegExp(MONTH_DAY_AFTER_CLOCK_SRC, 'y');

/**
 * What every numeric date holds: its first run of digits, then a separator and a digit. `findDates` looks for it from
 * each date's end, and runs `NUMERIC` only at the start of its run (scanning a line once is cheaper than trying
 * `NUMERIC`'s alternatives at each of its positions).
 */
export const NUMERIC_HINT = /\d[-/.]\d/g;

/**
 * Why a slashed date that either order reads is read day first, as its note says: the document proves it writes dates
 * day first, or a French, German or Spanish weekday stands before the date (`Mar. 07/03`).
 */
const DOCUMENT_DAY_FIRST = 'the document writes dates day first';
/** The note of a slashed date read day first after a French, German or Spanish weekday (see `DOCUMENT_DAY_FIRST`). */
export const WEEKDAY_DAY_FIRST = 'after a weekday written day first';

/**
 * The date of a `NUMERIC` match from `start` to `end`: runs of digits between one-character separators. The first
 * run tells the form: four digits or more for a year first; else a `.` for day.month.year, a `-` with two separators
 * for day-month-year, and a `/` with two separators for a numeric date with a year, with one (or a `-`) for month/day.
 */
export function numericDate(text: string, start: number, end: number, dayFirst: boolean, why: string = DOCUMENT_DAY_FIRST): DateCandidate | undefined {
  const aEnd = digitsEnd(text, start);
  const bStart = aEnd + 1;
  const bEnd = digitsEnd(text, bStart);
  if (aEnd - start >= 4) {
    const year = digitsValue(text, start, aEnd);
    const month = digitsValue(text, bStart, bEnd);
    const day = digitsValue(text, bEnd + 1, end);
    if (aEnd - start > 4) return { start, end, year, month, day, invalid: `year ${text.slice(start, aEnd)} has ${aEnd - start} digits` };
    return { start, end, year, month, day, invalid: dateProblem(year, month, day) };
  }
  const a = digitsValue(text, start, aEnd);
  const b = digitsValue(text, bStart, bEnd);
  if (bEnd < end) {
    const dotted = text.charCodeAt(aEnd) === 0x2e;
    const dashed = text.charCodeAt(aEnd) === 0x2d;
    const yearDigits = end - bEnd - 1;
    const written = digitsValue(text, bEnd + 1, end);
    const year = yearDigits === 2 ? 2000 + written : written;
    if (!plausibleYear(year) || a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return undefined;
    const notes: string[] = [];
    let month: number;
    let day: number;
    if (dotted) {
      [day, month] = [a, b];
      notes.push(`read ${text.slice(start, end)} as day.month.year`);
    } else if (dashed && b > 12) {
      [month, day] = [a, b];
      notes.push(`read ${text.slice(start, end)} as month-day-year (${b} cannot be a month)`);
    } else if (dashed) {
      [day, month] = [a, b];
      notes.push(`read ${text.slice(start, end)} as day-month-year`);
    } else if (a > 12) {
      [day, month] = [a, b];
      notes.push(`read ${text.slice(start, end)} as day/month/year (${a} cannot be a month)`);
    } else if (dayFirst && b <= 12 && a !== b) {
      [day, month] = [a, b];
      notes.push(`read ${text.slice(start, end)} as day/month/year (${why})`);
    } else {
      [month, day] = [a, b];
      if (b <= 12 && a !== b) notes.push(`read ${text.slice(start, end)} as month/day/year (US order)`);
    }
    if (yearDigits === 2) notes.push(`year ${text.slice(bEnd + 1, end)} read as ${year}`);
    const c: DateCandidate = { start, end, year, month, day, invalid: dateProblem(year, month, day), notes };
    if (!dotted && !dashed && a !== b) c.order = slashedOrder(a, b);
    return c;
  }
  // A month and day before a clock (`9/27 15:06`): day first when the first number cannot be a month (`13/3 14:05`)
  // or the document writes dates day first; a slashed one tells the order it proves, as a date with a year does.
  const slashed = text.charCodeAt(aEnd) === 0x2f;
  const dayFirstHere = slashed && b >= 1 && b <= 12 && a <= 31 && (a > 12 || (dayFirst && a !== b));
  const month = dayFirstHere ? b : a;
  const day = dayFirstHere ? a : b;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const written = text.slice(start, end);
  const note = dayFirstHere ? `read ${written} as day/month (${a > 12 ? `${a} cannot be a month` : why})` : `read ${written} as month/day`;
  const c: DateCandidate = { start, end, month, day, invalid: dateProblem(undefined, month, day), notes: [note] };
  if (slashed && a !== b) c.order = slashedOrder(a, b);
  return c;
}

/** What the two first numbers of a slashed date (`a/b/...`, not equal) prove of the order of day and month. */
function slashedOrder(a: number, b: number): DateOrder {
  return a > 12 ? 'day-first' : b > 12 ? 'month-first' : 'either';
}

/** A month and day with a slash and nothing else around them: a date column's `1/28`, a date heading's `3/12`. */
const MONTH_DAY_ALONE = /^\s*\d{1,2}\/\d{1,2}\s*$/;
const NOT_BLANK = /\S/;
/**
 * A day and a French, German or Spanish month name (`12 mars`, `12. März`, `3 de mayo`, `1er janv.`), then blanks
 * (group 3), or a title after a dash or a colon (`12 mars — Jour 1`, `13. März: Analyse`), as a date heading may have.
 */
const FOREIGN_DAY_MONTH = new RegExp(`^\\s*(\\d{1,2})(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?(${FOREIGN_MONTH_SRC})\\.?(\\s*|[ \\t]+[-–—|][ \\t]+\\S.*|:[ \\t]+\\S.*|[ \\t]+[^-–—|:\\d\\s].*)$`, 'i');
/** Month names English shares with the other languages: after them a title needs a dash or a colon (`### 3 May issues` is no date heading). */
const ENGLISH_MONTH_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES.flatMap((n) => [n.toLowerCase(), n.slice(0, 3).toLowerCase()]), 'sept']);
/** A title after a blank alone, without a dash or a colon (`12 mars retour`). */
const PLAIN_TITLE = /^[ \t]+[^-–—|:\d\s]/;
/**
 * A slashed month and day, then a title after a dash or a colon (`06/06 — Kick-off`), as a date heading after a weekday
 * may have. Exported for the timeline's date headings.
 */
export const MONTH_DAY_TITLED_SRC = String.raw`\d{1,2}\/\d{1,2}(?=[ \t]+[-–—|][ \t]+\S|:[ \t]+\S)`;
const MONTH_DAY_TITLED = new RegExp(`^\\s*${MONTH_DAY_TITLED_SRC}`);

/**
 * The date a month and day alone make (`1/28`, `3/12`, `13/3`), read as one before a clock is (see `numericDate`):
 * day first when the first number cannot be a month or `dayFirst`, with the order it proves; or a day and a French,
 * German or Spanish month name (`12 mars`, `12. März`, `12 de marzo`, `3. Okt.`). A weekday may come first (`Tue 3/12`,
 * `Tuesday, 3/12`, `Mardi 12 mars`, `Di., 12. März`); after a French, German or Spanish one a slashed date is day
 * first, as those languages write it (`Lundi 09/06` is 9 June). When `titled` (a heading), a day and a month name may
 * have a title after a dash or a colon (`12 mars — Jour 1`): the date ends before it. A date there, where in prose the same text could be a fraction,
 * a ratio or a phrase (`pour 12 mars`); undefined when no order makes it a date (`24/31`).
 */
export function monthDayAlone(text: string, dayFirst = false, titled = false): DateCandidate | undefined {
  let start = 0;
  while (isBlank(text.charCodeAt(start))) start++;
  let weekday: { weekday: number; start: number; end: number } | undefined;
  let foreign = false;
  if (!isDigit(text.charCodeAt(start))) {
    // a weekday first: a word, maybe a period and a comma, then blanks and the date
    const wordEnd = wordEndAt(text, start);
    let p = wordEnd;
    if (text.charCodeAt(p) === 0x2e) p++;
    if (text.charCodeAt(p) === 0x2c) p++;
    if (!isBlank(text.charCodeAt(p))) return undefined;
    while (isBlank(text.charCodeAt(p))) p++;
    if (!isDigit(text.charCodeAt(p))) return undefined;
    weekday = weekdayBefore(text, p, false);
    foreign = weekday !== undefined;
    weekday ??= weekdayBefore(text, p, true);
    if (weekday === undefined || weekday.start !== start) return undefined;
    start = p;
  }
  let c: DateCandidate | undefined;
  const rest = weekday ? text.slice(start) : text;
  const titledNumeric = titled && weekday ? MONTH_DAY_TITLED.exec(rest) : null;
  if (titledNumeric || MONTH_DAY_ALONE.test(rest)) {
    // a title after the date only after a weekday (`Vendredi 06/06 — Kick-off`): alone, `1/2 - Overview` is a part
    let end = titledNumeric ? start + titledNumeric[0].length : text.length;
    while (!isDigit(text.charCodeAt(end - 1))) end--;
    // after a French, German or Spanish weekday, day first as those languages write it (`Lundi 09/06` is 9 June)
    c = numericDate(text, start, end, dayFirst || foreign, dayFirst ? DOCUMENT_DAY_FIRST : WEEKDAY_DAY_FIRST);
  } else {
    const m = FOREIGN_DAY_MONTH.exec(rest);
    const month = m && FOREIGN_MONTHS[m[2].toLowerCase()];
    const day = m ? Number(m[1]) : 0;
    // a title after the date only where one may stand (a heading)
    if (!m || !month || day < 1 || day > 31 || (!titled && NOT_BLANK.test(m[3]))) return undefined;
    // a title after a blank only after a name that is no English word (`12 mars retour`, not `3 May issues`)
    if (PLAIN_TITLE.test(m[3]) && ENGLISH_MONTH_NAMES.has(m[2].toLowerCase())) return undefined;
    // the date ends where the blanks or the title after it start
    const end = (weekday ? start : 0) + m[0].length - m[3].length;
    c = { start, end, month, day, invalid: dateProblem(undefined, month, day) };
  }
  return c && weekday ? withWeekday(c, weekday) : c;
}

/** A numeric date glued to a letter, digit, `.`, `-`, `/` or `:` before it is part of something else (a version, an id). */
export function badBeforeNumeric(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x3a;
}
