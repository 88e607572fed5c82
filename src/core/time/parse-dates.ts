/**
 * Finds calendar dates in free text: ISO (`2021-09-27`), numeric (`9/27/2021`, `27.09.2021`), and written-out
 * (`Monday, September 27`, `Sept. 27th, 2021`, `27 Sep 2021`, `Mon, 27 Sep 2021`). Impossible dates of a clear date
 * shape (`2024-02-30`, `20240-4-11`) are kept with the reason; number groups that only look like dates are not.
 */
import { digitsEnd, digitsValue, isDigit, isLetter } from './chars';
import { daysInMonth, MONTH_NAMES } from './civil';

/** A date found in text, before it is joined with a time. */
export interface DateCandidate {
  start: number;
  end: number;
  year?: number;
  month: number;
  day: number;
  weekday?: number;
  weekdaySpan?: { start: number; end: number };
  invalid?: string;
  notes?: string[];
  /** A date written with slashes (`05/03/2024`): the order its numbers prove, or `either` when both can be a month. */
  order?: DateOrder;
}

/** What a slashed date says of the order of day and month (see `DateCandidate.order`). */
export type DateOrder = 'day-first' | 'month-first' | 'either';

/** Month number (1-12) of an English month name or abbreviation (`Sep`, `Sept`, `September`). */
export function monthFromName(name: string): number | undefined {
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** Weekday (0 = Sunday) of an English weekday name or abbreviation (`Mon`, `Tues`, `Thursday`). */
export function weekdayFromName(name: string): number | undefined {
  const i = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i;
}

/** Weekday names (`Mon`, `Tues`, `Thursday`): case-insensitive here, capitalised in use. */
export const WEEKDAY_SRC = '(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)';
const MONTH_SRC = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * Numeric dates: year first (`2021-09-27`, `2021/09/27`, `20240-4-11`), `9/27/2021` or `27/09/21`, `27.09.2021`,
 * `27-09-2021` (day first, as India and much of Europe write it with dashes; month first when the second number
 * cannot be a month: `07-27-2023`; a dash needs the four-digit year), and
 * `9/27` or `09-27` (month and day, zero-padded with a dash) right before a clock (`15:06`, `15h06`): alone, `10-12` is a range of numbers.
 * Without capture groups: every part of a match is a run of digits, read by code (see `numericDate`), which spares
 * each match an array slot and a string per group. Not after what `badBeforeNumeric` rules out: every position inside
 * a number is, so the pattern tries no alternative there (the same matches, found sooner).
 */
const NUMERIC = /(?<![\dA-Za-z./:-])(?:\d{4,6}(?:-\d{1,2}-|\/\d{1,2}\/)\d{1,2}(?!\d|[-/]\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d|[-/]\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)|\d{1,2}-\d{1,2}-\d{4}(?!\d|[-/]\d)|(?:\d{1,2}\/\d{1,2}|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?=,? (?:at )?\d{1,2}(?::|[Hh])\d{2}))/g;
const ORD = '(?:st|nd|rd|th)?';
const WORDS = new RegExp(
  `(?:(?<wd>${WEEKDAY_SRC})\\.?,?[ \\t]+(?:the[ \\t]+)?)?(?:` +
    // September 27, 2021 / Sep 27 / 2018 October 21 (year first, as GitHub writes it); the year also before a colon
    // ("January 14, 2026: the user reports"), not before a clock's minutes
    `(?:(?<ya>\\d{4})[ \\t]+)?(?<ma>${MONTH_SRC})\\.?[ \\t]+(?<da>\\d{1,2})${ORD}(?!\\d|:\\d|[A-Za-z])(?:,?[ \\t-](?<yb>\\d{4})(?!\\d|:\\d))?` +
    // 27 Sep 2021 / 27th of September / 27-Sep-2021 / 27/Sep/21 (Jira)
    `|(?<db>\\d{1,2})${ORD}(?:[ \\t]+|[-/])(?:of[ \\t]+)?(?<mb>${MONTH_SRC})\\.?(?![A-Za-z])(?:,?[ \\t/-](?<yc>\\d{4})(?!\\d|:\\d)|[-/](?<yd>\\d{2})(?![\\d:/]))?)`,
  'gi',
);

/**
 * German, French and Spanish month names (`März`, `mars`, `marzo`; and English ones, as a German writer puts them:
 * `3. February 2020`), read only in a full date with a day and a year (1900-2199, after a space): `12. März 2024`, `12 mars 2024`,
 * `1er mars 2024`, `12 de marzo de 2024`, `12 de marzo del 2024`, and month first as `März 12, 2024` (German names
 * only). Alone, `mars`, `Mai` or `mayo` are words (or a planet) as often as months. Lowercase is how French and
 * Spanish write them; case is not checked (the day and the year around the name are what make it a date).
 */
const FOREIGN_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, janvier: 1, enero: 1, februar: 2, février: 2, fevrier: 2, febrero: 2, märz: 3, maerz: 3, mars: 3, marzo: 3,
  april: 4, avril: 4, abril: 4, mai: 5, mayo: 5, juni: 6, juin: 6, junio: 6, juli: 7, juillet: 7, julio: 7, august: 8, août: 8, aout: 8,
  agosto: 8, september: 9, septembre: 9, septiembre: 9, setiembre: 9, oktober: 10, octobre: 10, octubre: 10, november: 11, novembre: 11,
  noviembre: 11, dezember: 12, décembre: 12, decembre: 12, diciembre: 12,
  // English names as a German writer puts them after a day with a period (`3. February 2020`)
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10, december: 12,
};
const FOREIGN_MONTH_SRC = `(?:${Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const GERMAN_MONTH_SRC = '(?:Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember)';
/** A year 1900-2199 (as `plausibleYear`), not followed by a digit, `:`, `/` or `-`. */
const YEAR_SRC = '(?:19|20|21)\\d\\d(?![\\d:/-])';
/** Day first (`12. März 2024`, `12 de marzo de 2024`), or a German name first (`März 12, 2024`). Exported for the timeline's time prefix. */
export const FOREIGN_DATE_SRC = `(?:\\d{1,2}(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?${FOREIGN_MONTH_SRC}\\.?,?(?:[ \\t]+del?)?|${GERMAN_MONTH_SRC}[ \\t]+\\d{1,2}\\.?,?)[ \\t]* ${YEAR_SRC}`;
const FOREIGN_DATE = new RegExp(FOREIGN_DATE_SRC, 'gi');
/**
 * A year after a space, not followed by a digit, `:`, `/` or `-` (no ISO date, time or range): every date
 * `FOREIGN_DATE` reads ends in one, and a single test of it rules out the full pattern on almost every line (it runs
 * for every line with a digit).
 */
const YEAR_AFTER_SPACE = new RegExp(` ${YEAR_SRC}`);
const FOREIGN_NAME = new RegExp(FOREIGN_MONTH_SRC, 'i');

/** What every numeric date holds (a digit, a separator, a digit): a quick test before the full pattern. */
const NUMERIC_HINT = /\d[-/.]\d/;
/**
 * A capitalised month (`Sep`, `SEPT`): a written-out date is only kept with one (see `wordDate`), so text without one
 * needs no word pass. Case-sensitive first letters are quicker to rule out than a case-insensitive pattern.
 */
const HAS_MONTH = /J[Aa][Nn]|F[Ee][Bb]|M[Aa][RrYy]|A[Pp][Rr]|J[Uu][NnLl]|A[Uu][Gg]|S[Ee][Pp]|O[Cc][Tt]|N[Oo][Vv]|D[Ee][Cc]/;
const capitalised = (s: string | undefined): boolean => !s || (s[0] >= 'A' && s[0] <= 'Z');

/** Why a year/month/day is impossible, or undefined when the day exists. */
export function dateProblem(year: number | undefined, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist (1-12)`;
  const max = daysInMonth(year ?? 2000, month);
  if (day < 1 || day > max) {
    return year === undefined || month !== 2 ? `${MONTH_NAMES[month - 1]} has ${max} days, not ${day}` : `February ${year} has ${max} days, not ${day}`;
  }
  return undefined;
}

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2199;
}

/**
 * The date of a `NUMERIC` match from `start` to `end`: runs of digits between one-character separators. The first
 * run tells the form: four digits or more for a year first; else a `.` for day.month.year, a `-` with two separators
 * for day-month-year, and a `/` with two separators for a numeric date with a year, with one (or a `-`) for month/day.
 */
function numericDate(text: string, start: number, end: number, dayFirst: boolean): DateCandidate | undefined {
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
      notes.push(`read ${text.slice(start, end)} as day/month/year (the document writes dates day first)`);
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
  const note = dayFirstHere ? `read ${written} as day/month (${a > 12 ? `${a} cannot be a month` : 'the document writes dates day first'})` : `read ${written} as month/day`;
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

/**
 * The date a month and day alone make (`1/28`, `3/12`, `13/3`), read as one before a clock is (see `numericDate`):
 * day first when the first number cannot be a month or `dayFirst`, with the order it proves. A date there, where in
 * prose the same text could be a fraction or a ratio; undefined when no order makes it a date (`24/31`).
 */
export function monthDayAlone(text: string, dayFirst = false): DateCandidate | undefined {
  if (!MONTH_DAY_ALONE.test(text)) return undefined;
  let start = 0;
  while (!isDigit(text.charCodeAt(start))) start++;
  let end = text.length;
  while (!isDigit(text.charCodeAt(end - 1))) end--;
  return numericDate(text, start, end, dayFirst);
}

function wordDate(text: string, m: RegExpExecArray): DateCandidate | undefined {
  const g = m.groups ?? {};
  const monthName = g.ma ?? g.mb;
  if (!capitalised(g.wd) || !capitalised(monthName)) return undefined;
  const day = Number(g.da ?? g.db);
  const month = monthFromName(monthName) as number;
  if (day < 1 || day > 31) return undefined;
  const notes: string[] = [];
  const ys = g.ya ?? g.yb ?? g.yc ?? g.yd;
  let year = ys ? Number(ys) : undefined;
  if (g.yd) {
    year = 2000 + Number(g.yd);
    notes.push(`year ${g.yd} read as ${year}`);
  }
  const start = m.index;
  const c: DateCandidate = { start, end: start + m[0].length, year, month, day, invalid: dateProblem(year, month, day), notes };
  if (g.wd) {
    c.weekday = weekdayFromName(g.wd);
    c.weekdaySpan = { start, end: start + g.wd.length };
  }
  // A trailing comma or space belongs to the sentence, not the date.
  while (c.end > start && /[\s,-]/.test(text[c.end - 1])) c.end--;
  return c;
}

/** A letter, also a Latin one with an accent (`é`, `ä`): a name glued to one is part of a longer word. */
function isWordLetter(c: number): boolean {
  return isLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** The date of a `FOREIGN_DATE` match (the pattern ensures a blank, `.` or `,` after the month name). */
function foreignDate(m: RegExpExecArray): DateCandidate | undefined {
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

/** A numeric date glued to a letter, digit, `.`, `-`, `/` or `:` before it is part of something else (a version, an id). */
function badBeforeNumeric(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x3a;
}

/**
 * Every date in the text, in order, without overlaps. A slashed date that either order reads (`05/03/2024`) is month
 * first (US order) unless `dayFirst` (the document proves it writes day first: see `DateOrder`).
 */
export function findDates(text: string, dayFirst = false): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (NUMERIC_HINT.test(text)) {
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
      if (badBeforeNumeric(text.charCodeAt(m.index - 1))) continue;
      const c = numericDate(text, m.index, m.index + m[0].length, dayFirst);
      if (c) out.push(c);
    }
  }
  if (HAS_MONTH.test(text)) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isLetter(before) || isDigit(before)) continue;
      const c = wordDate(text, m);
      if (c && !out.some((o) => o.start < c.end && c.start < o.end)) out.push(c);
    }
  }
  if (YEAR_AFTER_SPACE.test(text)) {
    FOREIGN_DATE.lastIndex = 0;
    for (let m = FOREIGN_DATE.exec(text); m; m = FOREIGN_DATE.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isWordLetter(before) || isDigit(before)) continue;
      const c = foreignDate(m);
      if (c && !out.some((o) => o.start < c.end && c.start < o.end)) out.push(c);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
