/**
 * Finds calendar dates in free text: ISO (`2021-09-27`), numeric (`9/27/2021`, `27.09.2021`), and written-out
 * (`Monday, September 27`, `Sept. 27th, 2021`, `27 Sep 2021`, `Mon, 27 Sep 2021`). Impossible dates of a clear date
 * shape (`2024-02-30`, `20240-4-11`) are kept with the reason; number groups that only look like dates are not.
 */
import { digitsEnd, digitsValue, isBlank, isDigit, isLetter, overlapsAny } from './chars';
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
export const MONTH_SRC = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * Numeric dates: year first (`2021-09-27`, `2021/09/27`, `20240-4-11`), `9/27/2021` or `27/09/21`, `27.09.2021`,
 * `27-09-2021` (day first, as India and much of Europe write it with dashes; month first when the second number
 * cannot be a month: `07-27-2023`; a dash needs the four-digit year), and
 * `9/27` or `09-27` (month and day, zero-padded with a dash) right before a clock (`15:06`, `15h06`): alone, `10-12` is a range of numbers.
 * Without capture groups: every part of a match is a run of digits, read by code (see `numericDate`), which spares
 * each match an array slot and a string per group. Not after what `badBeforeNumeric` rules out: every position inside
 * a number is, so the pattern tries no alternative there (the same matches, found sooner).
 */
const NUMERIC = /(?<![\dA-Za-z./:-])(?:\d{4,6}(?:-\d{1,2}-|\/\d{1,2}\/)\d{1,2}(?!\d|[-/]\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d|[-/]\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)|\d{1,2}-\d{1,2}-\d{4}(?!\d|[-/]\d)|(?:\d{1,2}\/\d{1,2}|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?=,? (?:(?:at|à) )?\d{1,2}(?::|[ \t]?[Hh][ \t]?)\d{2}|,? à \d{1,2}[Hh](?![A-Za-z\d])|,? \d{1,2}[Hh](?=[*_]*[ \t]*[:–—|-](?:\s|$)|$)))/g;
const ORD = '(?:st|nd|rd|th)?';
const WORDS = new RegExp(
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
 * German, French and Spanish month names (`März`, `mars`, `marzo`; and English ones, as a German writer puts them:
 * `3. February 2020`), and their short forms (`janv.`, `févr.`, `Okt.`, `Mär.`, `ene`, `dic.`), read in a full date
 * with a day and a year (1900-2199, after a space): `12. März 2024`, `12 mars 2024`, `3. Okt. 2023`, `1er mars 2024`,
 * `12 de marzo de 2024`, `12 de marzo del 2024`, and month first as `März 12, 2024` (German names only); a weekday
 * before it is read with it (`lundi 12 mars 2024`, `Montag, 12. März 2024`: see `weekdayBefore`). Alone, `mars`,
 * `Mai` or `mayo` are words (or a planet) as often as months; a day and a month alone are a date only where nothing
 * else is written (a date heading: see `monthDayAlone`). Lowercase is how French and Spanish write them; case is not
 * checked (the day and the year around the name are what make it a date).
 */
const FOREIGN_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, janvier: 1, enero: 1, februar: 2, février: 2, fevrier: 2, febrero: 2, märz: 3, maerz: 3, mars: 3, marzo: 3,
  april: 4, avril: 4, abril: 4, mai: 5, mayo: 5, juni: 6, juin: 6, junio: 6, juli: 7, juillet: 7, julio: 7, august: 8, août: 8, aout: 8,
  agosto: 8, september: 9, septembre: 9, septiembre: 9, setiembre: 9, oktober: 10, octobre: 10, octubre: 10, november: 11, novembre: 11,
  noviembre: 11, dezember: 12, décembre: 12, decembre: 12, diciembre: 12,
  // English names as a German writer puts them after a day with a period (`3. February 2020`)
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10, december: 12,
  // short forms: French (`janv.`, `févr.`, `avr.`, `juil.`, `déc.`), German (`Mär.`, `Mrz.`, `Okt.`, `Dez.`), Spanish
  // (`ene`, `abr`, `ago`, `dic`), and those all three share with English (`3. Jan. 2024`, `12 sept. 2024`)
  janv: 1, févr: 2, fevr: 2, fév: 2, fev: 2, avr: 4, juil: 7, déc: 12, mär: 3, mrz: 3, okt: 10, dez: 12, ene: 1, abr: 4, ago: 8, dic: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const FOREIGN_MONTH_SRC = `(?:${Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const GERMAN_MONTH_SRC = '(?:Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember)';
/** A year 1900-2199 (as `plausibleYear`), not followed by a digit, `:`, `/` or `-`. */
const YEAR_SRC = '(?:19|20|21)\\d\\d(?![\\d:/-])';
/** Day first (`12. März 2024`, `12 de marzo de 2024`), or a German name first (`März 12, 2024`). Exported for the timeline's time prefix. */
export const FOREIGN_DATE_SRC = `(?:\\d{1,2}(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?${FOREIGN_MONTH_SRC}\\.?,?(?:[ \\t]+del?)?|${GERMAN_MONTH_SRC}[ \\t]+\\d{1,2}\\.?,?)[ \\t]* ${YEAR_SRC}`;
const FOREIGN_DATE = new RegExp(FOREIGN_DATE_SRC, 'gi');
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
const FOREIGN_DAY_MONTH_CLOCK = new RegExp(FOREIGN_DAY_MONTH_SRC, 'gi');
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
const DAY_MONTH_AFTER_CLOCK = new RegExp(DAY_MONTH_AFTER_CLOCK_SRC, 'giu');
/** A clock, its zone and a comma that end the text before a `DAY_MONTH_AFTER_CLOCK` match. */
const CLOCK_BEFORE = /\d(?::|[ \t]?h[ \t]?)\d\d(?:[ \t]?Uhr)?(?:[ \t]+\(?[A-Z]{2,5}\)?)?,?[ \t]+$/i;
/**
 * A digit, a blank and the first two letters of a month name (the first in either case): a quick test before
 * `FOREIGN_DAY_MONTH_CLOCK` and `DAY_MONTH_AFTER_CLOCK` (most lines with a digit have no day before a word of that
 * kind: `us-east-1 and`).
 */
const FOREIGN_DAY_MONTH_HINT = new RegExp(`\\d(?:\\.|er|º)?[ \\t]+(?:de[ \\t]+)?(?:${[...new Set(Object.keys(FOREIGN_MONTHS).map((m) => `[${m[0].toUpperCase()}${m[0]}]${m[1]}`))].join('|')})`);
/**
 * A year after a space, not followed by a digit, `:`, `/` or `-` (no ISO date, time or range): every date
 * `FOREIGN_DATE` reads ends in one, and a single test of it rules out the full pattern on almost every line (it runs
 * for every line with a digit).
 */
const YEAR_AFTER_SPACE = new RegExp(` ${YEAR_SRC}`);
const FOREIGN_NAME = new RegExp(FOREIGN_MONTH_SRC, 'i');

/**
 * Weekday names in French, German and Spanish by weekday (0 = Sunday), full and short: the first list a name is in is
 * the one a fix takes the right name from (see `weekdayLike`). Other spellings in `WEEKDAY_SPELLINGS`.
 */
const FOREIGN_WEEKDAYS: readonly (readonly string[])[] = [
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'],
  ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'],
  ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
];
/** The lists of German names: written with a capital (`Montag`, `Mo`), where `Do` or `So` alone is a word. */
const GERMAN_WEEKDAYS = new Set([2, 3]);
/** A weekday name (lowercase): its weekday and the list of its form. */
const WEEKDAY_WORDS = new Map<string, { weekday: number; list: number }>();
for (let list = FOREIGN_WEEKDAYS.length - 1; list >= 0; list--) FOREIGN_WEEKDAYS[list].forEach((w, weekday) => WEEKDAY_WORDS.set(w, { weekday, list }));
/** Other spellings (without accents, `Sonnabend`) and the name in the lists they stand for. */
const WEEKDAY_SPELLINGS: Record<string, string> = { sonnabend: 'samstag', miercoles: 'miércoles', sabado: 'sábado', mie: 'mié', sab: 'sáb' };
for (const [spelling, name] of Object.entries(WEEKDAY_SPELLINGS)) WEEKDAY_WORDS.set(spelling, WEEKDAY_WORDS.get(name)!);
const ENGLISH_WEEKDAY = new RegExp(`^${WEEKDAY_SRC}$`);

/**
 * The weekday (0 = Sunday) a French, German or Spanish weekday name is (`lundi`, `Lundi`, `LUNDI`, `mar.` without its
 * period, `Montag`, `Mo`, `miércoles`, `mié`), or an English one when `english` (capitalised, as `Tue` or `Tuesday`).
 * German names only capitalised (`Do` and `So` in lowercase are words).
 */
export function weekdayOfWord(word: string, english = false): number | undefined {
  if (word.length < 2 || word.length > 10) return undefined;
  if (english && ENGLISH_WEEKDAY.test(word)) return weekdayFromName(word);
  const lower = word.toLowerCase();
  const found = WEEKDAY_WORDS.get(lower);
  if (!found) return undefined;
  const rest = word.slice(1);
  const capitalised = word[0] !== lower[0] && (rest === lower.slice(1) || rest === rest.toUpperCase());
  if (GERMAN_WEEKDAYS.has(found.list) ? !capitalised || (word.length === 2 && rest !== lower.slice(1)) : !capitalised && word !== lower) return undefined;
  return found.weekday;
}

/**
 * The name of `weekday` in the language and form of the written French, German or Spanish name `written` (`mardi` for
 * `lundi`, `Di.` for `Mo.`, `MIÉ` for `LUN`), or undefined when `written` is no such name.
 */
export function weekdayLike(written: string, weekday: number): string | undefined {
  const dot = written.endsWith('.');
  const word = dot ? written.slice(0, -1) : written;
  const found = WEEKDAY_WORDS.get(word.toLowerCase());
  if (!found || weekdayOfWord(word) === undefined) return undefined;
  const name = FOREIGN_WEEKDAYS[found.list][weekday];
  const cased = word === word.toUpperCase() && word.length > 2 ? name.toUpperCase() : word[0] === word[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name;
  return dot ? `${cased}.` : cased;
}

/** The start of the word that ends at `end`: letters, also Latin ones with an accent. */
function wordStart(text: string, end: number): number {
  let p = end;
  while (p > 0 && isWordLetter(text.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * A weekday name right before the date at `start`, with blanks between and maybe a period and a comma (`lundi 12
 * mars`, `Mo., 12. März`, `lunes, 12 de marzo`): its weekday and span. French, German or Spanish; English ones too
 * when `english` (a date the English patterns do not read: `Tuesday, 12. März 2024`).
 */
export function weekdayBefore(text: string, start: number, english: boolean): { weekday: number; start: number; end: number } | undefined {
  let p = start;
  if (!isBlank(text.charCodeAt(p - 1))) return undefined;
  while (isBlank(text.charCodeAt(p - 1))) p--;
  if (text.charCodeAt(p - 1) === 0x2c) p--;
  if (text.charCodeAt(p - 1) === 0x2e) p--;
  const end = p;
  const from = wordStart(text, end);
  if (end - from < 2 || isDigit(text.charCodeAt(from - 1))) return undefined;
  const weekday = weekdayOfWord(text.slice(from, end), english);
  return weekday === undefined ? undefined : { weekday, start: from, end };
}

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
 * Why a slashed date that either order reads is read day first, as its note says: the document proves it writes dates
 * day first, or a French, German or Spanish weekday stands before the date (`Mar. 07/03`).
 */
const DOCUMENT_DAY_FIRST = 'the document writes dates day first';
const WEEKDAY_DAY_FIRST = 'after a weekday written day first';

/**
 * The date of a `NUMERIC` match from `start` to `end`: runs of digits between one-character separators. The first
 * run tells the form: four digits or more for a year first; else a `.` for day.month.year, a `-` with two separators
 * for day-month-year, and a `/` with two separators for a numeric date with a year, with one (or a `-`) for month/day.
 */
function numericDate(text: string, start: number, end: number, dayFirst: boolean, why: string = DOCUMENT_DAY_FIRST): DateCandidate | undefined {
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

/** The end of the word that starts at `from`: letters, also Latin ones with an accent. */
function wordEndAt(text: string, from: number): number {
  let p = from;
  while (isWordLetter(text.charCodeAt(p))) p++;
  return p;
}

function wordDate(text: string, m: RegExpExecArray): DateCandidate | undefined {
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
      let c = numericDate(text, m.index, m.index + m[0].length, dayFirst);
      // after a French, German or Spanish weekday, day first as those languages write it (`Mar. 07/03 14:05` is
      // Tuesday 7 March): only a slashed date either order reads, after a blank, looks for one
      if (c && !dayFirst && c.month <= 12 && c.day <= 12 && c.month !== c.day && text.charCodeAt(digitsEnd(text, m.index)) === 0x2f
        && isBlank(text.charCodeAt(m.index - 1)) && weekdayBefore(text, m.index, false)) {
        c = numericDate(text, m.index, m.index + m[0].length, true, WEEKDAY_DAY_FIRST);
      }
      if (c) out.push(c);
    }
  }
  if (HAS_MONTH.test(text)) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isLetter(before) || isDigit(before)) continue;
      const c = wordDate(text, m);
      if (c && !overlapsAny(out, c)) out.push(fromDayRange(text, c));
    }
  }
  if (YEAR_AFTER_SPACE.test(text)) {
    FOREIGN_DATE.lastIndex = 0;
    for (let m = FOREIGN_DATE.exec(text); m; m = FOREIGN_DATE.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (isWordLetter(before) || isDigit(before)) continue;
      const c = foreignDate(m);
      if (!c || overlapsAny(out, c)) continue;
      out.push(withWeekdayBefore(text, fromDayRange(text, c), out));
    }
  }
  if (FOREIGN_DAY_MONTH_HINT.test(text)) {
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

/**
 * A day and a dash right before a date's day, no blank between (`26.-` in `26.-27. September 2025`, `26-` in `26-27
 * Sep 2024`): in `Release 3 - 27 September 2025` the number is no day.
 */
const DAY_RANGE_BEFORE = /(?<![\w.])(\d{1,2})\.?[-–]$/;

/**
 * Date `c` that ends a range of days written once (`26.-27. September 2025`, `26-27 September 2025`): the range's
 * first day, the span from there. The first day must come before the last; any other date is `c` unchanged.
 */
function fromDayRange(text: string, c: DateCandidate): DateCandidate {
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
function withWeekdayBefore(text: string, c: DateCandidate, found: readonly DateCandidate[]): DateCandidate {
  const wd = weekdayBefore(text, c.start, true);
  return wd && !found.some((o) => o.start < c.start && wd.start < o.end) ? withWeekday(c, wd) : c;
}

/** Date `c` with the weekday written before it, which its span now starts with. */
function withWeekday(c: DateCandidate, wd: { weekday: number; start: number; end: number }): DateCandidate {
  c.weekday = wd.weekday;
  c.weekdaySpan = { start: wd.start, end: wd.end };
  c.start = wd.start;
  return c;
}

/** The date of a `FOREIGN_DAY_MONTH_CLOCK` match: a day and a month, no year. */
function foreignDayMonth(m: RegExpExecArray): DateCandidate | undefined {
  const w = m[0];
  const name = FOREIGN_NAME.exec(w);
  const month = name ? FOREIGN_MONTHS[name[0].toLowerCase()] : undefined;
  const day = digitsValue(w, 0, digitsEnd(w, 0));
  if (month === undefined || day < 1 || day > 31) return undefined;
  return { start: m.index, end: m.index + w.length, month, day, invalid: dateProblem(undefined, month, day) };
}
