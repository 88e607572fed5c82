/**
 * Month and weekday names: English ones and their patterns (`Sep`, `Sept.`, `Thursday`), the German, French and
 * Spanish month names and short forms (`März`, `févr.`, `dic.`), the weekday names of those languages (`lundi`, `Di.`,
 * `miércoles`), the weekday a word before a date names, and the letters (accented Latin ones too) a name is made of.
 */
import { isBlank, isDigit, isLetter } from './chars';

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
/** English month names and abbreviations (`Sep`, `Sept`, `September`). */
export const MONTH_SRC = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

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
export const FOREIGN_MONTHS: Record<string, number> = {
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
/** Any name of `FOREIGN_MONTHS`, longest first. */
export const FOREIGN_MONTH_SRC = `(?:${Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
/** German month names that are written before the day (`März 12, 2024`). */
export const GERMAN_MONTH_SRC = '(?:Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember)';

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

/** The end of the word that starts at `from`: letters, also Latin ones with an accent. */
export function wordEndAt(text: string, from: number): number {
  let p = from;
  while (isWordLetter(text.charCodeAt(p))) p++;
  return p;
}

/** A letter, also a Latin one with an accent (`é`, `ä`): a name glued to one is part of a longer word. */
export function isWordLetter(c: number): boolean {
  return isLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
