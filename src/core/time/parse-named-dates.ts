/**
 * Dates written with a month name: English (`Monday, September 27`, `Sept. 27th, 2021`, `27 Sep 2021`, `Sep 26-27`,
 * `2024-Mar-12`, `Mar-12-2024`),
 * and German, French and Spanish (`12. März 2024`, `1er mars 2024`, `12 de marzo de 2024`, a day and a month before or
 * after a clock), with the weekday written before them and the first day of a range of days.
 */
import { digitsEnd, digitsValue, isDigit } from './chars';
import { type DateCandidate, dateProblem, plausibleYear, withWeekday } from './date-candidate';
import { FOREIGN_MONTH_SRC, FOREIGN_MONTHS, GERMAN_MONTH_SRC, MONTH_SRC, monthFromName, WEEKDAY_SRC, weekdayBefore, weekdayFromName } from './date-names';

const ORD = '(?:st|nd|rd|th)?';
/** English dates with a month name (groups: weekday `wd`, months `ma`/`mb`, days `da`/`db`/`dr`, years `ya`-`yd`). */
export const WORDS = new RegExp(
  `(?:(?<wd>${WEEKDAY_SRC})\\.?,?[ \\t]+(?:the[ \\t]+)?)?(?:` +
    // September 27, 2021 / Sep 27 / 2018 October 21 (year first, as GitHub writes it); the year also before a colon
    // ("January 14, 2026: the user reports"), not before a clock's minutes; a range of days written once (`September
    // 26-27, 2025`, `Sep 26–27`) is its first day, the range's last (group `dr`) checked in `wordDate`
    `(?:(?<ya>\\d{4})[ \\t]+)?(?<ma>${MONTH_SRC})\\.?[ \\t]+(?<da>\\d{1,2})${ORD}(?:[-–](?<dr>\\d{1,2})${ORD})?(?!\\d|:\\d|[A-Za-z])(?:,?[ \\t-](?<yb>\\d{4})(?!\\d|:\\d))?` +
    // 27 Sep 2021 / 27th of September / 27-Sep-2021 / 27/Sep/21 (Jira)
    `|(?<db>\\d{1,2})${ORD}(?:[ \\t]+|[-/])(?:of[ \\t]+)?(?<mb>${MONTH_SRC})\\.?(?![A-Za-z])(?:,?[ \\t/-](?<yc>\\d{4})(?!\\d|:\\d)|[-/](?<yd>\\d{2})(?![\\d:/]))?)`,
  'gi',
);

/**
 * A year, a month name and a day, or a month name, a day and a year, joined by the same hyphen or slash (`2024-Mar-12`,
 * `2024/Mar/12`, `Mar-12-2024`), as some logs and tools write them (groups: years `y`/`z`, months `m`/`n`, days
 * `d`/`e`). A month and a day alone (`Mar-12`) are no date. Exported for the timeline's time prefix.
 */
export const JOINED_NAMED_SRC = `(?:(?<y>\\d{4})(?<s>[-/])(?<m>${MONTH_SRC})\\k<s>(?<d>\\d{1,2})|(?<n>${MONTH_SRC})(?<t>[-/])(?<e>\\d{1,2})\\k<t>(?<z>\\d{4}))(?![\\w/-]|:\\d)`;
/** The same anywhere in a line (`JOINED_NAMED_SRC`), for `findDates`. */
export const JOINED_NAMED = new RegExp(JOINED_NAMED_SRC, 'gi');
/** A letter, then a hyphen or slash, then a digit: every `JOINED_NAMED` date has one (`r-1`), a quick test before it. */
export const JOINED_NAMED_HINT = /[A-Za-z][-/]\d/;

/**
 * A year 1900-2199 (as `plausibleYear`), not followed by a digit, `/`, `-` or a clock's colon: a colon that ends a label
 * or an entry's time may (`12 mars 2024: retour`, as `March 12, 2024: ...`).
 */
const YEAR_SRC = '(?:19|20|21)\\d\\d(?![\\d/-]|:\\d)';
/** Day first (`12. März 2024`, `12 de marzo de 2024`), or a German name first (`März 12, 2024`). Exported for the timeline's time prefix. */
export const FOREIGN_DATE_SRC = `(?:\\d{1,2}(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?${FOREIGN_MONTH_SRC}\\.?,?(?:[ \\t]+del?)?|${GERMAN_MONTH_SRC}[ \\t]+\\d{1,2}\\.?,?)[ \\t]* ${YEAR_SRC}`;
/** A full German, French or Spanish date (`FOREIGN_DATE_SRC`), for `findDates`. */
export const FOREIGN_DATE = new RegExp(FOREIGN_DATE_SRC, 'gi');
/**
 * A month name and a year with no day between them, in English, French, German or Spanish (`July 2017`, `Sept. 2024`,
 * `juin 2025`, `März 2024`, `junio de 2025`): the year (group 1) of a title that names only its month. Not inside a word.
 */
export const MONTH_YEAR_SRC = `(?<![\\p{L}\\d])${FOREIGN_MONTH_SRC}\\.?,?(?:\\s+del?)?\\s+((?:19|20)\\d{2})\\b(?![-/.:]\\d)`;
/**
 * What follows a day and a month name without a year for them to be a date: a clock, maybe after a comma and `à`,
 * `um` or `a las` (`12 mars 14h05`, `12 mars à 15h`, `12. März um 14:05 Uhr`, `12 de marzo a las 15:00`).
 * Exported for the timeline's time prefix.
 */
export const FOREIGN_CLOCK_AFTER_SRC = '(?=,?[ \\t]+(?:(?:à|um|a las)[ \\t]+)?\\d{1,2}(?::\\d{2}|[ \\t]?[Hh](?:[ \\t]?\\d{2})?(?![A-Za-z\\d])|[ \\t]?Uhr(?![A-Za-z])))';
/**
 * A day and a French, German or Spanish month name without a year, right before a clock (`12 mars 14h05`, `le 12 mars
 * à 15h`, `12. März um 14:05`): a date whose year comes from the document, as `March 12 14:05`. Alone (`pour 12 mars`)
 * a phrase as often. Exported for the timeline's time prefix.
 */
export const FOREIGN_DAY_MONTH_SRC = `\\d{1,2}(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?${FOREIGN_MONTH_SRC}\\.?${FOREIGN_CLOCK_AFTER_SRC}`;
/** A day and a month name before a clock (`FOREIGN_DAY_MONTH_SRC`), for `findDates`. */
export const FOREIGN_DAY_MONTH_CLOCK = new RegExp(FOREIGN_DAY_MONTH_SRC, 'gi');
/**
 * A day and a month name without a year (also German, French or Spanish: `26. Sep.`, `27. September`, `12 mars`),
 * as written right after a clock and its zone (`23:54 UTC, 26. Sep.`): a date whose year comes from the document.
 * Exported for the timeline's time prefix.
 */
export const DAY_MONTH_AFTER_CLOCK_SRC = `\\d{1,2}(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?${FOREIGN_MONTH_SRC}\\.?(?![\\p{L}\\d])`;
/**
 * The same anywhere in a line: kept only after `CLOCK_BEFORE` (`14:05 UTC, 26. Sep.`, `14h05, 12 mars`). A lookbehind
 * in the pattern itself would be tried at every position of every line that passes `FOREIGN_DAY_MONTH_HINT`.
 */
export const DAY_MONTH_AFTER_CLOCK = new RegExp(DAY_MONTH_AFTER_CLOCK_SRC, 'giu');
/** A clock, its zone and a comma that end the text before a `DAY_MONTH_AFTER_CLOCK` match. */
export const CLOCK_BEFORE = /\d(?::|[ \t]?h[ \t]?)\d\d(?:[ \t]?Uhr)?(?:[ \t]+\(?[A-Z]{2,5}\)?)?,?[ \t]+$/i;
/**
 * A digit, a blank and the first two letters of a month name (the first in either case): a quick test before
 * `FOREIGN_DAY_MONTH_CLOCK` and `DAY_MONTH_AFTER_CLOCK` (most lines with a digit have no day before a word of that
 * kind: `us-east-1 and`).
 */
export const FOREIGN_DAY_MONTH_HINT = new RegExp(`\\d(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?(?:${[...new Set(Object.keys(FOREIGN_MONTHS).map((m) => `[${m[0].toUpperCase()}${m[0]}]${m[1]}`))].join('|')})`);
/**
 * A year after a space, not followed by a digit, `/`, `-` or `:` and a digit (no ISO date, time or range): every date
 * `FOREIGN_DATE` reads ends in one, and a single test of it rules out the full pattern on almost every line (it runs
 * for every line with a digit).
 */
export const YEAR_AFTER_SPACE = new RegExp(` ${YEAR_SRC}`);
const FOREIGN_NAME = new RegExp(FOREIGN_MONTH_SRC, 'i');

/**
 * A capitalised month (`Sep`, `SEPT`): a written-out date is only kept with one (see `wordDate`), so text without one
 * needs no word pass. Case-sensitive first letters are quicker to rule out than a case-insensitive pattern.
 */
export const HAS_MONTH = /J[Aa][Nn]|F[Ee][Bb]|M[Aa][RrYy]|A[Pp][Rr]|J[Uu][NnLl]|A[Uu][Gg]|S[Ee][Pp]|O[Cc][Tt]|N[Oo][Vv]|D[Ee][Cc]/;
const capitalised = (s: string | undefined): boolean => !s || (s[0] >= 'A' && s[0] <= 'Z');

/** The date of a `WORDS` match, when its names are capitalised and its day exists in a month; a range's first day. */
export function wordDate(text: string, m: RegExpExecArray): DateCandidate | undefined {
  const g = m.groups ?? {};
  const monthName = g.ma ?? g.mb;
  if (!capitalised(g.wd) || !capitalised(monthName)) return undefined;
  const day = Number(g.da ?? g.db);
  const month = monthFromName(monthName) as number;
  if (day < 1 || day > 31) return undefined;
  // a range's last day not after its first (`Sep 27-26`) makes no range: the first date alone, no year after it
  const noRange = g.dr !== undefined && (Number(g.dr) <= day || Number(g.dr) > 31);
  const notes: string[] = [];
  const ys = noRange ? g.ya : g.ya ?? g.yb ?? g.yc ?? g.yd;
  let year = ys ? Number(ys) : undefined;
  if (g.yd) {
    year = 2000 + Number(g.yd);
    notes.push(`year ${g.yd} read as ${year}`);
  }
  const start = m.index;
  const end = noRange ? start + m[0].indexOf(g.da, m[0].indexOf(monthName) + monthName.length) + g.da.length : start + m[0].length;
  const c: DateCandidate = { start, end, year, month, day, invalid: dateProblem(year, month, day), notes };
  if (g.wd) {
    c.weekday = weekdayFromName(g.wd);
    c.weekdaySpan = { start, end: start + g.wd.length };
  }
  // A trailing comma or space belongs to the sentence, not the date.
  while (c.end > start && /[\s,-]/.test(text[c.end - 1])) c.end--;
  return c;
}

/** The date of a `JOINED_NAMED` match, when its month name is capitalised (as `wordDate` wants) and its year plausible. */
export function joinedNamedDate(m: RegExpExecArray): DateCandidate | undefined {
  const g = m.groups ?? {};
  const name = g.m ?? g.n;
  if (!capitalised(name)) return undefined;
  const year = Number(g.y ?? g.z);
  const month = monthFromName(name) as number;
  const day = Number(g.d ?? g.e);
  if (!plausibleYear(year) || day < 1 || day > 31) return undefined;
  return { start: m.index, end: m.index + m[0].length, year, month, day, invalid: dateProblem(year, month, day) };
}

/** The date of a `FOREIGN_DATE` match (the pattern ensures a blank, `.` or `,` after the month name). */
export function foreignDate(m: RegExpExecArray): DateCandidate | undefined {
  const w = m[0];
  const name = FOREIGN_NAME.exec(w);
  if (!name) return undefined;
  const month = FOREIGN_MONTHS[name[0].toLowerCase()];
  // the day: the first digits, after the name when it comes first
  let p = name.index === 0 ? name[0].length : 0;
  while (!isDigit(w.charCodeAt(p))) p++;
  const day = digitsValue(w, p, digitsEnd(w, p));
  const year = digitsValue(w, w.length - 4, w.length);
  if (month === undefined || day < 1 || day > 31 || !plausibleYear(year)) return undefined;
  return { start: m.index, end: m.index + w.length, year, month, day, invalid: dateProblem(year, month, day) };
}

/**
 * A day and a dash right before a date's day, no blank between (`26.-` in `26.-27. September 2025`, `26-` in `26-27
 * Sep 2024`): in `Release 3 - 27 September 2025` the number is no day.
 */
const DAY_RANGE_BEFORE = /(?<![\w.])(\d{1,2})\.?[-–]$/;

/**
 * Date `c` that ends a range of days written once (`26.-27. September 2025`, `26-27 September 2025`): the range's
 * first day, the span from there. The first day must come before the last; any other date is `c` unchanged.
 */
export function fromDayRange(text: string, c: DateCandidate): DateCandidate {
  const before = text.charCodeAt(c.start - 1);
  if ((before !== 0x2d && before !== 0x2013) || !isDigit(text.charCodeAt(c.start))) return c;
  const m = DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
  if (!m) return c;
  const day = Number(m[1]);
  if (day < 1 || day >= c.day) return c;
  const start = c.start - m[0].length;
  return { ...c, start, day, invalid: dateProblem(c.year, c.month, day) };
}

/**
 * Date `c` (of a French, German or Spanish month name) from the weekday written before it, in any of the four
 * languages (`mardi 12 mars 2024`, `Di., 12. März`), unless a date found already covers that weekday.
 */
export function withWeekdayBefore(text: string, c: DateCandidate, found: readonly DateCandidate[]): DateCandidate {
  const wd = weekdayBefore(text, c.start, true);
  return wd && !found.some((o) => o.start < c.start && wd.start < o.end) ? withWeekday(c, wd) : c;
}

/** The date of a `FOREIGN_DAY_MONTH_CLOCK` match: a day and a month, no year. */
export function foreignDayMonth(m: RegExpExecArray): DateCandidate | undefined {
  const w = m[0];
  const name = FOREIGN_NAME.exec(w);
  const month = name ? FOREIGN_MONTHS[name[0].toLowerCase()] : undefined;
  const day = digitsValue(w, 0, digitsEnd(w, 0));
  if (month === undefined || day < 1 || day > 31) return undefined;
  return { start: m.index, end: m.index + w.length, month, day, invalid: dateProblem(undefined, month, day) };
}
