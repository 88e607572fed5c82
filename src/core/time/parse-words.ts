/**
 * Times written without a usual clock: `noon` and `midnight` (`at noon UTC`, `- midnight: ...`, `until midnight`), the
 * compact ISO 8601 form (`20240312T140200Z`), and a day of the month before `at` and a clock (`the 12th at 14:02`).
 */
import { digitsValue, isDigit, isLetter } from './chars';
import type { TimeMatch } from './parse';
import { endWithZone, readZoneAt } from './parse-zone';
import { isValidDate } from './civil';

/** `noon` or `midnight` as a word (not `noon-ish`, `midnights`), either case. */
const CLOCK_WORD = /(?<![\p{L}\d-])(noon|midnight)(?![\p{L}\d-])/giu;
/** What makes `noon` or `midnight` a time: a word that places a time right before it (`at noon`, `until midnight`, `~noon`). */
const WORD_BEFORE = /(?:(?:^|[^\p{L}])(?:at|by|until|till|to|through|around|about|after|before|from|since|past|approx\.?)[ \t]+|[~@][ \t]*)$/iu;
/** Before an entry's time alone: nothing but a list's, a quote's, a table's or emphasis' marks. */
const MARKS_ONLY = /^[ \t>*_[(|-]*$/;
/** After an entry's time alone at the line's start: the end or the entry's separator (`- midnight: ...`, `| noon |`). */
const ENTRY_AFTER = /^[*_)\]]*[ \t]*(?:$|[:|–—-](?:\s|$))/;
/** Words before `midnight` that make it the day's end (`until midnight` is 24:00), not its start. */
const DAY_END_BEFORE = /(?:until|till|to|through|by)[ \t]+$/i;

/**
 * False when `text` holds neither `noon` nor `midnight`, in small letters or capitalised, at a word's start (`soon`,
 * `afternoon` are none): a cheap test before the pattern, two searches of the text.
 */
export function mayHoldClockWord(text: string): boolean {
  for (let p = text.indexOf('oon', 1); p > 0; p = text.indexOf('oon', p + 3)) {
    if ((text.charCodeAt(p - 1) | 0x20) === 0x6e && !isLetter(text.charCodeAt(p - 2))) return true;
  }
  return text.includes('idnight');
}

/** The times of a text without a digit: `noon` and `midnight` alone (see `findClockWords`), their text as written. */
export function clockWordsAlone(text: string): TimeMatch[] {
  const out = findClockWords(text);
  for (const m of out) m.text = text.slice(m.start, m.end);
  return out;
}

/**
 * `noon` (12:00) and `midnight` (00:00; 24:00, the day's end, after `until`, `till`, `to`, `through` or `by`) where a
 * careful reader reads a time (see `WORD_BEFORE`; an entry's time alone, `ENTRY_AFTER`; or before a zone: `noon UTC`),
 * with the zone after them, as matches of kind `time`.
 */
export function findClockWords(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  CLOCK_WORD.lastIndex = 0;
  for (let m = CLOCK_WORD.exec(text); m; m = CLOCK_WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 12), start);
    const zone = readZoneAt(text, end);
    const alone = start < 8 && MARKS_ONLY.test(text.slice(0, start)) && ENTRY_AFTER.test(text.slice(end, end + 4));
    if (!zone && !alone && !WORD_BEFORE.test(before)) continue;
    const noon = (m[1].charCodeAt(0) | 0x20) === 0x6e;
    const c: TimeMatch = { start, end, text: '', kind: 'time', timeSpan: { start, end }, hour: noon ? 12 : DAY_END_BEFORE.test(before) ? 24 : 0, minute: 0 };
    if (zone) {
      c.zone = zone;
      c.end = endWithZone(text, zone);
    }
    out.push(c);
  }
  return out;
}

/** `noon` or `midnight` at a position, sticky. */
const CLOCK_WORD_AT = /(?:noon|midnight)(?![\p{L}\d-])/iuy;

/**
 * The length of `noon` or `midnight` at `pos` as an entry's time (`- midnight: ...`, `- noon UTC - ...`): before a
 * zone, the entry's separator or the end; 0 otherwise (`- Midnight deploy went out` is words). A cheap test of the
 * first letter runs before the pattern.
 */
export function clockWordAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos) | 0x20;
  if (c !== 0x6e && c !== 0x6d) return 0;
  CLOCK_WORD_AT.lastIndex = pos;
  if (!CLOCK_WORD_AT.test(text)) return 0;
  const end = CLOCK_WORD_AT.lastIndex;
  return readZoneAt(text, end) || ENTRY_AFTER.test(text.slice(end, end + 4)) ? end - pos : 0;
}

/** True when a `T` between digits is in `text`, eight digits before it: a cheap test before `findBasicIso`. */
export function mayHoldBasicIso(text: string): boolean {
  for (let p = text.indexOf('T', 8); p >= 0; p = text.indexOf('T', p + 1)) {
    if (isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p - 8))) return true;
  }
  return false;
}

/** The compact ISO 8601 date and time: `20240312T1402`, `20240312T140200`, `20240312T140200Z`, `20240312T140200+0100`. */
const BASIC_ISO = /(?<![\w.:/-])(\d{4})(\d{2})(\d{2})T([01]\d|2[0-3])([0-5]\d)([0-5]\d)?(?![\d.:])/g;

/** Every compact ISO date and time in `text` (see `BASIC_ISO`), with its zone (`Z`, an offset), as matches of kind `datetime`. */
export function findBasicIso(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  BASIC_ISO.lastIndex = 0;
  for (let m = BASIC_ISO.exec(text); m; m = BASIC_ISO.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isValidDate(year, month, day) || (isLetter(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x5a)) continue;
    const c: TimeMatch = {
      start, end, text: '', kind: 'datetime', year, month, day, hour: Number(m[4]), minute: Number(m[5]),
      timeSpan: { start: start + 9, end }, dateSpan: { start, end: start + 8 },
    };
    if (m[6] !== undefined) c.second = Number(m[6]);
    const zone = readZoneAt(text, end);
    if (zone && zone.start === end) {
      c.zone = zone;
      c.end = zone.end;
    }
    out.push(c);
  }
  return out;
}

/** A day of the month before `at` and the clock (`the 12th at `, `on the 3rd at `), to the clock's start; group 1 the day. */
const DAY_ORDINAL_BEFORE = /(?:^|[^\p{L}\d])the[ \t]+(\d{1,2})(?:st|nd|rd|th)[ \t]+at[ \t]+$/iu;

/**
 * The day of the month written before the clock at `start` (`the 12th at 14:02`), where its `the` starts and where
 * its ordinal ends; undefined when none is. A cheap test of the `at ` before the clock runs before the pattern.
 */
export function dayOrdinalBefore(text: string, start: number): { day: number; start: number; dayEnd: number } | undefined {
  if (start < 12 || (text.charCodeAt(start - 2) | 0x20) !== 0x74 || (text.charCodeAt(start - 3) | 0x20) !== 0x61) return undefined;
  const before = text.slice(Math.max(0, start - 24), start);
  const m = DAY_ORDINAL_BEFORE.exec(before);
  if (!m) return undefined;
  const day = digitsValue(m[1], 0, m[1].length);
  if (day < 1 || day > 31) return undefined;
  const at = start - before.length + m.index;
  const the = at + m[0].search(/the/i);
  const digits = at + m[0].indexOf(m[1]);
  return { day, start: the, dayEnd: digits + m[1].length + 2 };
}
