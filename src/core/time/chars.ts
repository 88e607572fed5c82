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
