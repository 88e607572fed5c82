/**
 * Hedged clock times: `~14:05`, `≈14:05`, `around 14:05`, `about 14:05 UTC`, `approx. 14:05`, `approximately 2:05 PM`,
 * `circa 14:05`, `ca. 14:05`, `14:05-ish`, `14:05 (approx.)`, `14:05 est.`. The hedge is right before the clock (blanks
 * between), or `-ish` or a hedge word right after it; a `~~` (strikethrough) is no hedge, nor a hedge word elsewhere in
 * the sentence.
 */
import { afterBreak, afterCloser, isBlank, isDigit } from './chars';

/** The words that hedge a clock right after them, as a pattern's source (the scanner joins a date to its time across them). */
export const CLOCK_HEDGE_SRC = String.raw`(?:about|around|approximately|approx\.?|circa|ca\.)`;

/** A hedge word ending right where the clock starts (the slice before it ends with the word and blanks). */
const WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${CLOCK_HEDGE_SRC}[ \t]*$`, 'iu');
/** A hedge word and blanks at a position, before a digit (`about 14:05`): the time after it opens an entry. */
const WORD_AT = new RegExp(String.raw`${CLOCK_HEDGE_SRC}[ \t]+(?=\d)`, 'iy');
/** `-ish` (or `ish`) right after a clock, as a word's end. */
const ISH = /-?ish(?![\p{L}\d])/iuy;
/** First letters of the hedge words, either case: a cheap test before the patterns. */
const WORD_FIRST: ReadonlySet<number> = new Set([...'aAcC'].map((c) => c.charCodeAt(0)));
/** The longest hedge word with a blank: how far before a clock the word is looked for. */
const LOOK_BACK = 16;

/**
 * True when the clock written at `line[start, end)` is hedged: `~`, `≈` or a hedge word right before it (blanks
 * between), or `-ish` right after it. Each side starts with a character test: most clocks are tested by two reads.
 */
export function clockHedged(line: string, start: number, end: number): boolean {
  return hedgeStart(line, start) < start || afterHedge(line, end) > end;
}

/** Where the hedge written right before the clock at `start` starts (`~14:05`, `about 14:05`); `start` when none is. */
export function hedgeStart(line: string, start: number): number {
  const p = blanksBefore(line, start);
  const c = line.charCodeAt(p - 1);
  // `~14:05` hedges; `~~14:05~~` strikes it through, and `14:00~15:00` is a range
  if (c === 0x2248 || (c === 0x7e && !tildeJoins(line, p - 1))) return p - 1;
  if (c !== 0x2e && ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) return start;
  const word = WORD_BEFORE.exec(line.slice(Math.max(0, p - LOOK_BACK), start));
  return word ? start - word[0].length : start;
}

/**
 * True when the `~` at `at` is no hedge: a strikethrough's (`~~`) or a range's, after a clock's minutes, its AM/PM or
 * the `h` of a French hour (`14:00~15:00`, `14:00 ~ 15:00`, `2:00 PM ~ 2:20 PM`, `14h~16h`, `14h00~16h30`; not after a
 * date or a zone: `2024-03-12 ~14:05`, `UTC ~14:05`). The time prefix, the scanner and the window read a range written
 * with `~` only where this is true (`gapTildeJoins`).
 */
function tildeJoins(line: string, at: number): boolean {
  if (line.charCodeAt(at - 1) === 0x7e) return true;
  let p = blanksBefore(line, at);
  // a clock's AM or PM (`2:00 PM ~ 2:20 PM`), and the blank before it
  if ((line.charCodeAt(p - 1) | 0x20) === 0x6d && ((line.charCodeAt(p - 2) | 0x20) === 0x61 || (line.charCodeAt(p - 2) | 0x20) === 0x70)) {
    p -= 2;
    if (line.charCodeAt(p - 1) === 0x20) p--;
  }
  // a French hour's `h` after its digits (`14h~16h`)
  if ((line.charCodeAt(p - 1) | 0x20) === 0x68) return isDigit(line.charCodeAt(p - 2));
  const digits = p;
  while (isDigit(line.charCodeAt(p - 1))) p--;
  const c = line.charCodeAt(p - 1);
  // minutes after a colon, or after a French hour's `h` (`14h00~16h30`)
  return p < digits && (c === 0x3a || ((c | 0x20) === 0x68 && isDigit(line.charCodeAt(p - 2))));
}

/**
 * False when the gap between two clocks that starts at `from` opens (past blanks) with a `~` or `〜` that hedges the
 * second clock rather than joining a range (`14:00 UTC ~14:05`: see `tildeJoins`); true for any other gap (`14:00~14:20`,
 * `14:00 to ~14:20`, whose `~` after the word hedges the end).
 */
export function gapTildeJoins(line: string, from: number): boolean {
  let p = from;
  while (isBlank(line.charCodeAt(p))) p++;
  const c = line.charCodeAt(p);
  return (c !== 0x7e && c !== 0x301c) || tildeJoins(line, p);
}

/** True when `line[start, end)` is struck through (`~~14:00~~`): a time corrected in place, never the one read. */
export function struckThrough(line: string, start: number, end: number): boolean {
  return line.charCodeAt(end) === 0x7e && line.charCodeAt(end + 1) === 0x7e && line.startsWith('~~', start - 2);
}

/** Where the blanks (spaces, tabs) that end right before `at` start. */
function blanksBefore(line: string, at: number): number {
  let p = at;
  while (isBlank(line.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * Past a hedge word before a clock at `from` (`about 14:05`, `approx. 2:05 PM`): where the clock starts; `from`
 * itself when none is there. Only before a digit: `About an hour later` is a delay, read as one.
 */
export function afterHedgeWord(line: string, from: number, to: number): number {
  if (!WORD_FIRST.has(line.charCodeAt(from))) return from;
  WORD_AT.lastIndex = from;
  return WORD_AT.test(line) && WORD_AT.lastIndex < to ? WORD_AT.lastIndex : from;
}

/**
 * A hedge written after a clock, past the blanks before it: a word in parentheses (`14:05 (approx.)`, `(est.)`,
 * `(estimated)`, `(approximately)`, `(roughly)`), or the word alone before the entry's separator, a close of emphasis
 * or brackets, or the end (`14:05 approx.`, `14:05 est. |`); before more words it is prose (`14:05 approximately 200
 * pods`). `est` needs its period: `EST` is a zone.
 */
const HEDGE_AFTER = /(?:\((?:approx\.?|approximately|est\.?|estimated|roughly|about|circa|ca\.)\)|(?:approx\.?|approximately|est\.|estimated|roughly|ca\.)(?![\p{L}\d])(?=[*_\])]*[ \t]*(?:[:|,\-–—]|$)))/iuy;
/** First letters of the hedges after a clock (and the parenthesis), either case: a cheap test before `HEDGE_AFTER`. */
const AFTER_FIRST: ReadonlySet<number> = new Set([...'(aAeErRcC'].map((c) => c.charCodeAt(0)));

/**
 * Past a hedge written right after a clock ending at `end`: `-ish` (`14:05-ish`) or a word after a blank (`14:05
 * (approx.)`, `14:05 est.`: see `HEDGE_AFTER`), the close of the clock's emphasis or a `<br>` (`**14:05** (est.)`,
 * `14:05<br>(est.)`); `end` itself when none is there.
 */
export function afterHedge(line: string, end: number): number {
  const ish = afterIsh(line, end);
  if (ish > end) return ish;
  // past the close of the clock's emphasis (`**14:05** (approx.)`) and a table cell's line break (`14:05<br>(est.)`)
  let p = afterCloser(line, end);
  while (isBlank(line.charCodeAt(p))) p++;
  const blank = p;
  p = afterBreak(line, p);
  if ((blank === end && p === end) || !AFTER_FIRST.has(line.charCodeAt(p))) return end;
  HEDGE_AFTER.lastIndex = p;
  return HEDGE_AFTER.test(line) ? HEDGE_AFTER.lastIndex : end;
}

/** Past `-ish` right after a clock ending at `end` (`14:05-ish - ...`); `end` itself when none is there. */
export function afterIsh(line: string, end: number): number {
  const c = line.charCodeAt(end);
  if (c !== 0x2d && (c | 0x20) !== 0x69) return end;
  ISH.lastIndex = end;
  return ISH.test(line) ? ISH.lastIndex : end;
}
