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
