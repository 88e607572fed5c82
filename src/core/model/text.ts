/**
 * Small text helpers of the model parser: line splitting and 0-based index to 1-based range conversion.
 */
import type { Range } from '../types';

/** Splits text into lines the way editors do (`\r\n`, `\r` and `\n` all end a line). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The range on one line (0-based `lineIndex`) from string index `start` to `end` (exclusive). */
export function lineRange(lineIndex: number, start: number, end: number): Range {
  return { start: { line: lineIndex + 1, column: start + 1 }, end: { line: lineIndex + 1, column: end + 1 } };
}

/** The range from one 0-based line and index to another. */
export function spanRange(startLine: number, start: number, endLine: number, end: number): Range {
  return { start: { line: startLine + 1, column: start + 1 }, end: { line: endLine + 1, column: end + 1 } };
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

/** Whitespace for trimming: ASCII controls and spaces, no-break space, and the Unicode space block. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/** Label or title normalised for matching: lower case, markup and punctuation dropped, spaces collapsed. */
export function normalizeLabel(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = ch.charCodeAt(0);
    // Apostrophes vanish ("didn't" -> "didnt"); letters and digits stay; anything else is one space.
    if (c === 39 || c === 0x2019) continue;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 127 && LETTER_OR_DIGIT.test(ch));
    if (!letter) { gap = out !== ''; continue; }
    if (gap) { out += ' '; gap = false; }
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c > 127 ? ch.toLowerCase() : ch;
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKUP = /[*_`]/;
const SPACES = /\s{2,}|[\t\n\r]/;

/** Markup characters that wrap a label or a value (`**bold**`, `_em_`, `` `code` ``). */
const WRAPPERS = ['**', '__', '*', '_', '`'];

/** Shrinks [start, end) past one pair of symmetric emphasis or code markers around the whole span. */
export function unwrap(s: string, start: number, end: number): [number, number] {
  const c = s[start];
  if (c !== '*' && c !== '_' && c !== '`') return [start, end];
  for (const w of WRAPPERS) {
    if (end - start > 2 * w.length && s.startsWith(w, start) && s.startsWith(w, end - w.length)) {
      const inner = s.slice(start + w.length, end - w.length);
      if (!inner.includes(w)) return [skipSpaces(s, start + w.length, end - w.length), trimEnd(s, start + w.length, end - w.length)];
    }
  }
  return [start, end];
}

/** Removes emphasis and code markers from a label (`Outage **start** time` -> `Outage start time`). */
export function stripMarkup(text: string): string {
  if (!MARKUP.test(text)) return SPACES.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  return text.replace(/\*\*|__|[*`]/g, '').replace(/(^|\s)_+|_+(?=\s|$)/g, '$1').replace(/\s+/g, ' ').trim();
}
