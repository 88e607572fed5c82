/**
 * Small text helpers of the model parser: line splitting and 0-based index to 1-based range conversion.
 */
import type { Range } from '../types';

/** Splits text into lines the way editors do (`\r\n`, `\r` and `\n` all end a line). */
export function splitLines(text: string): string[] {
  // Most texts end lines with `\n` alone: splitting on a string is several times faster than on a pattern.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** The range on one line (0-based `lineIndex`) from string index `start` to `end` (exclusive). */
export function lineRange(lineIndex: number, start: number, end: number): Range {
  return { start: { line: lineIndex + 1, column: start + 1 }, end: { line: lineIndex + 1, column: end + 1 } };
}

/** The range from one 0-based line and index to another. */
export function spanRange(startLine: number, start: number, endLine: number, end: number): Range {
  return { start: { line: startLine + 1, column: start + 1 }, end: { line: endLine + 1, column: end + 1 } };
}

/** True when two ranges are the same. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
}

/** Index of the first non-whitespace character at or after `from`, or `to` when there is none. */
export function skipSpaces(s: string, from: number, to = s.length): number {
  let i = from;
  while (i < to && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/** Index just after the last non-whitespace character before `to`, or `from` when there is none. */
export function trimEnd(s: string, from: number, to = s.length): number {
  let i = to;
  while (i > from && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Whitespace for trimming: ASCII controls and spaces, no-break space, the Unicode space block, and the narrow no-break
 * space French typography puts before a colon (`Début\u202f: 14h05`).
 */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/**
 * Label or title normalised for matching: lower case, apostrophes dropped, accents dropped (`Résumé` is `resume`,
 * `Maßnahmen` is `massnahmen`, so a title typed without them matches too), other punctuation and markup as one space.
 */
export function normalizeLabel(text: string): string {
  const lower = text.toLowerCase().replace(APOSTROPHES, '');
  if (!NON_ASCII.test(lower)) return lower.replace(NOT_WORD_ASCII, ' ').trim();
  return foldAccents(lower).replace(NOT_WORD_UNICODE, ' ').trim();
}

/**
 * Latin letters without their accents (`é` is `e`, `ü` is `u`), `ß` as `ss` and `œ` as `oe`. Other scripts are kept as
 * they are: decomposing and composing again gives back a Hangul syllable or a kana with its voicing mark.
 */
function foldAccents(lower: string): string {
  const bare = lower.normalize('NFD').replace(COMBINING_ACCENTS, '').normalize('NFC');
  return LIGATURES.test(bare) ? bare.replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae') : bare;
}

const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

const UMLAUTS = /[äöüÄÖÜ]/;

/**
 * The keys a table name is matched under: its normalised form and, for a German name with an umlaut, the one typed
 * without it (`Lösung` also as `Loesung`, as well as `Losung`).
 */
export function labelKeys(name: string): string[] {
  const key = normalizeLabel(name);
  if (!UMLAUTS.test(name)) return [key];
  const typed = normalizeLabel(name.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
  return typed === key ? [key] : [key, typed];
}
const LIGATURES = /[ßœæ]/;

const APOSTROPHES = /['’]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const NOT_WORD_ASCII = /[^a-z0-9]+/g;
const NOT_WORD_UNICODE = /[^\p{L}\p{N}]+/gu;
const MARKUP = /[*_`]/;
const SPACES = /\s{2,}|[\t\n\r]/;

/** HTML's bold, opener and closer, as HTML reports and exported pages wrap a label or a time (`<strong>Start:</strong>`). */
export const HTML_BOLD: readonly [string, string][] = [['<strong>', '</strong>'], ['<b>', '</b>']];

/** Markup that wraps a label or a value, opener and closer (`**bold**`, `_em_`, `` `code` ``, `<b>bold</b>`). */
const WRAPPERS: readonly [string, string][] = [['**', '**'], ['__', '__'], ['*', '*'], ['_', '_'], ['`', '`'], ...HTML_BOLD];

/** Shrinks [start, end) past one pair of emphasis or code markers around the whole span. */
export function unwrap(s: string, start: number, end: number): [number, number] {
  const c = s[start];
  if (c !== '*' && c !== '_' && c !== '`' && c !== '<') return [start, end];
  for (const [open, close] of WRAPPERS) {
    if (end - start > open.length + close.length && s.startsWith(open, start) && s.startsWith(close, end - close.length)) {
      const inner = s.slice(start + open.length, end - close.length);
      if (!inner.includes(close)) return [skipSpaces(s, start + open.length, end - close.length), trimEnd(s, start + open.length, end - close.length)];
    }
  }
  return [start, end];
}

/** Removes emphasis and code markers from a label (`Outage **start** time` -> `Outage start time`). */
export function stripMarkup(text: string): string {
  if (!MARKUP.test(text)) return SPACES.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  const bare = text.replace(/\*\*|__|[*`]/g, '').replace(/(^|\s)_+|_+(?=\s|$)/g, '$1');
  // Collapsing changes nothing when every blank is a single plain space: most labels, and the copy is not needed.
  return (UNCOLLAPSED.test(bare) ? bare.replace(/\s+/g, ' ') : bare).trim();
}

/** Whitespace that collapsing would change: two blanks in a row, or one that is not a plain space. */
const UNCOLLAPSED = /\s{2}|[^\S ]/;
