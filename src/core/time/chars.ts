/**
 * Character tests by code for the time scanner. They run for every candidate of every line, where a pattern per
 * character costs more, and `charCodeAt` reads past either end of the text as NaN (no match) where indexing the
 * string outside it (`text[-1]`) takes a slow property lookup.
 */

/** An ASCII letter. */
export function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A space or a tab. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The end of the run of digits that starts at `from`. */
export function digitsEnd(text: string, from: number): number {
  let p = from;
  while (isDigit(text.charCodeAt(p))) p++;
  return p;
}

/** The number written by the digits from `from` to `to` (a few digits: exact). */
export function digitsValue(text: string, from: number, to: number): number {
  let v = 0;
  for (let p = from; p < to; p++) v = v * 10 + text.charCodeAt(p) - 0x30;
  return v;
}

/**
 * True when the text at `at` is inside a web address ("https://logs.example/?q=%222017-11-30"): the run of
 * characters before it, back to a blank or an opening bracket or quote, holds "://". Addresses carry encoded
 * numbers and timestamps that nobody wrote as prose.
 */
export function insideUrl(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i - 1); i > 0 && !isBlank(c) && c !== 0x28 && c !== 0x3c && c !== 0x22 && c !== 0x27 && c !== 0x5b && c !== 0x7c; c = text.charCodeAt(i - 1)) i--;
  const scheme = text.indexOf('://', i);
  return scheme >= 0 && scheme < at;
}

/** True when `span` overlaps any of `spans` (times or dates already found in a text). */
export function overlapsAny(spans: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  for (const o of spans) if (o.start < span.end && span.start < o.end) return true;
  return false;
}

const NON_ASCII_HYPHEN = /[\u2010\u2011]/;
const NON_ASCII_HYPHENS = /[\u2010\u2011]/g;

/**
 * The text with its Unicode hyphens (U+2010) and non-breaking hyphens (U+2011) as `-`: word processors and generated
 * text write dates with them (`2025‑05‑20`). One character for one, so every index stays; text without them is
 * returned as it is.
 */
export function plainHyphens(text: string): string {
  return NON_ASCII_HYPHEN.test(text) ? text.replace(NON_ASCII_HYPHENS, '-') : text;
}

/** `*`, `_` or a backtick: what opens or closes emphasis or code around a clock (`**14:13** UTC`). */
export function isCloser(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x60;
}

/**
 * Past the close of emphasis or code right after a clock at `at`, before a blank (`**14:13** UTC`, `` `14:13` UTC ``):
 * what follows the close is the clock's (its zone, its hedge). `at` itself when no close with a blank after it is there.
 */
export function afterCloser(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (!isCloser(c)) return at;
  const p = text.charCodeAt(at + 1) === c && c !== 0x60 ? at + 2 : at + 1;
  return isBlank(text.charCodeAt(p)) ? p : at;
}

/** A line break in HTML (`<br>`, `<br/>`, `<br />`), as a pattern's source (case-insensitive patterns use it). */
export const BREAK_SRC = String.raw`<br[ \t]*\/?>`;
/** `BREAK_SRC`, sticky. */
const BREAK = new RegExp(BREAK_SRC, 'iy');

/**
 * Past a line break written in HTML at `at` (`<br>`, `<br/>`, `<br />`), blanks before and after it included, as a
 * table's cell writes two lines (`| 14:10 <br> 14:12 |`); `at` itself when none is there.
 */
export function afterBreak(text: string, at: number): number {
  let p = at;
  while (isBlank(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 0x3c) return at;
  BREAK.lastIndex = p;
  if (!BREAK.test(text)) return at;
  p = BREAK.lastIndex;
  while (isBlank(text.charCodeAt(p))) p++;
  return p;
}
