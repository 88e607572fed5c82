/**
 * Clocks written with a dot (`14.20`), as Nordic and some German writers put them after a date written with dots
 * (`12.03.2024 14.20`, `12.3.2024 kl. 14.20`, `12.03.2024 klo 14.20`, `12.03.2024 um 14.20`). Alone `14.20` is a
 * number, a version or a price, so it is a clock only right after such a date.
 */
import type { DateCandidate } from './date-candidate';
import { RANGE_JOIN_SRC } from './parse-clock';

/** The words that may stand between a date and its clock in Nordic and German (`kl.`, `klo`, `um`). */
export const DOTTED_CLOCK_WORD_SRC = String.raw`kl\.|klo|um`;
/** A clock with dots (`14.20`, `14.20.30`), not a number (`1.5`, `14.205`, `14.20,5`, `14.20%`) nor a version (`14.20.1.3`). */
const DOTTED_CLOCK = String.raw`(?:[01]?\d|2[0-3])\.[0-5]\d(?:\.[0-5]\d)?(?![\d%‰]|[.,]\d|[ \t]?%)`;
/**
 * After a dotted date's year: blanks, maybe one of those words, and a clock with dots (`14.20`, `14.20.30`), maybe the
 * start of a range of them (`14.20–15.10`, `14.20 bis 15.10 Uhr`, as the colon forms join theirs); not a number, a
 * version (`v14.20`) or a clock with a colon; before `Uhr` the clock scanner reads it already (`um 14.20 Uhr`).
 */
export const DOTTED_CLOCK_AFTER_DATE_SRC = String.raw`[ \t]+(?:(?:${DOTTED_CLOCK_WORD_SRC})[ \t]+)?${DOTTED_CLOCK}(?![ \t]?Uhr)(?:[ \t]*(?:${RANGE_JOIN_SRC})[ \t]*${DOTTED_CLOCK}(?:[ \t]?Uhr(?![A-Za-z]))?)?`;
const DOTTED_CLOCK_AFTER_DATE = new RegExp(DOTTED_CLOCK_AFTER_DATE_SRC, 'y');
const DOT_BETWEEN_DIGITS = /(?<=\d)\.(?=\d)/g;

/**
 * `text` with the dots of a clock written right after a dotted date turned to colons (`12.03.2024 14:20`), so that
 * the clock scanner reads it as it reads that; `text` itself when there is none. Every index stays the same.
 */
export function withDottedClocks(text: string, dates: readonly DateCandidate[]): string {
  let out = text;
  for (const d of dates) {
    // a blank after a four-digit year after a dot (`12.03.2024 `): character tests before the pattern
    const c = text.charCodeAt(d.end);
    if (d.year === undefined || (c !== 0x20 && c !== 0x09) || text.charCodeAt(d.end - 5) !== 0x2e) continue;
    DOTTED_CLOCK_AFTER_DATE.lastIndex = d.end;
    if (!DOTTED_CLOCK_AFTER_DATE.test(text)) continue;
    const end = DOTTED_CLOCK_AFTER_DATE.lastIndex;
    // the clocks' dots are between digits (`kl.` before them has a letter before its dot)
    out = out.slice(0, d.end) + out.slice(d.end, end).replace(DOT_BETWEEN_DIGITS, ':') + out.slice(end);
  }
  return out;
}
