/**
 * Finds calendar dates in free text: ISO (`2021-09-27`), numeric (`9/27/2021`, `27.09.2021`), and written-out
 * (`Monday, September 27`, `Sept. 27th, 2021`, `27 Sep 2021`, `Mon, 27 Sep 2021`). Impossible dates of a clear date
 * shape (`2024-02-30`, `20240-4-11`) are kept with the reason; number groups that only look like dates are not.
 */
import { isDigit, isLetter } from './chars';
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
}

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
const NUMERIC = /(\d{4,6})([-/])(\d{1,2})\2(\d{1,2})(?!\d|[-/]\d)|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d|[-/]\d)|(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)|(\d{1,2})\/(\d{1,2})(?=,? (?:at )?\d{1,2}:\d{2})/g;
const ORD = '(?:st|nd|rd|th)?';
const WORDS = new RegExp(
  `(?:(?<wd>${WEEKDAY_SRC})\\.?,?[ \\t]+(?:the[ \\t]+)?)?(?:` +
    // September 27, 2021 / Sep 27 / 2018 October 21 (year first, as GitHub writes it)
    `(?:(?<ya>\\d{4})[ \\t]+)?(?<ma>${MONTH_SRC})\\.?[ \\t]+(?<da>\\d{1,2})${ORD}(?!\\d|:\\d|[A-Za-z])(?:,?[ \\t-](?<yb>\\d{4})(?![\\d:]))?` +
    // 27 Sep 2021 / 27th of September / 27-Sep-2021 / 27/Sep/21 (Jira)
    `|(?<db>\\d{1,2})${ORD}(?:[ \\t]+|[-/])(?:of[ \\t]+)?(?<mb>${MONTH_SRC})\\.?(?![A-Za-z])(?:,?[ \\t/-](?<yc>\\d{4})(?![\\d:])|[-/](?<yd>\\d{2})(?![\\d:/]))?)`,
  'gi',
);

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

function numericDate(m: RegExpExecArray): DateCandidate | undefined {
  const start = m.index;
  const end = start + m[0].length;
  if (m[1]) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (m[1].length > 4) return { start, end, year, month, day, invalid: `year ${m[1]} has ${m[1].length} digits` };
    return { start, end, year, month, day, invalid: dateProblem(year, month, day) };
  }
  if (m[5] || m[8]) {
    const a = Number(m[5] ?? m[8]);
    const b = Number(m[6] ?? m[9]);
    const ys = m[7] ?? m[10];
    const year = ys.length === 2 ? 2000 + Number(ys) : Number(ys);
    if (!plausibleYear(year) || a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return undefined;
    const notes: string[] = [];
    let month: number;
    let day: number;
    if (m[8]) {
      [day, month] = [a, b];
      notes.push(`read ${m[0]} as day.month.year`);
    } else if (a > 12) {
      [day, month] = [a, b];
      notes.push(`read ${m[0]} as day/month/year (${a} cannot be a month)`);
    } else {
      [month, day] = [a, b];
      if (b <= 12 && a !== b) notes.push(`read ${m[0]} as month/day/year (US order)`);
    }
    if (ys.length === 2) notes.push(`year ${ys} read as ${year}`);
    return { start, end, year, month, day, invalid: dateProblem(year, month, day), notes };
  }
  const month = Number(m[11]);
  const day = Number(m[12]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { start, end, month, day, invalid: dateProblem(undefined, month, day), notes: [`read ${m[0]} as month/day`] };
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

/** A numeric date glued to a letter, digit, `.`, `-`, `/` or `:` before it is part of something else (a version, an id). */
function badBeforeNumeric(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x3a;
}

/** Every date in the text, in order, without overlaps. */
export function findDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (NUMERIC_HINT.test(text)) {
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
      if (badBeforeNumeric(text.charCodeAt(m.index - 1))) continue;
      const c = numericDate(m);
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
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
