/**
 * The zone after the clock of an entry's time prefix (`14:02 UTC`, `(PDT)`, `+05:30`, `Eastern Standard Time`,
 * `America/New_York`), the zone names zone declarations read too, and the sticky match the prefix's tokens are read with.
 */
import { namesTeam, readZoneAt } from '../time/parse-zone';

/** Zone abbreviations recognised after a clock time and in zone declarations. */
export const zoneAbbreviations: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'Z', 'UT', 'ET', 'CT', 'MT', 'PT', 'AKT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT',
  'HST', 'HDT', 'AST', 'ADT', 'NST', 'NDT', 'BST', 'IST', 'WET', 'WEST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'SAST', 'WAT',
  'CAT', 'EAT', 'GST', 'PKT', 'NPT', 'ICT', 'WIB', 'SGT', 'HKT', 'PHT', 'KST', 'JST', 'AWST', 'ACST', 'ACDT', 'AEST', 'AEDT',
  'NZST', 'NZDT', 'BRT', 'ART', 'CLT', 'COT', 'PET', 'UYT', 'VET', 'IDT', 'TRT', 'CXT', 'MEZ', 'MESZ',
]);

/** Long zone names (`Eastern Standard Time`, `Pacific Time`, `Central European Summer Time`). */
export const LONG_ZONE = '(?:(?:US\\s+)?(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii(?:-Aleutian)?|Atlantic|Newfoundland|Greenwich Mean|Coordinated Universal|British Summer|Irish Standard|Central European|Eastern European|Western European|Moscow|India|Indian|Israel|Japan|Korea|China|Singapore|Hong Kong|Philippine|Australian Eastern|Australian Central|Australian Western|New Zealand|South Africa)(?:\\s+(?:Standard|Daylight|Summer))?\\s+Time)';
/** IANA zone names (`America/New_York`, `America/Argentina/Buenos_Aires`). */
export const IANA_ZONE = '(?:[A-Z][A-Za-z]+(?:_[A-Z][A-Za-z]+)*\\/[A-Z][A-Za-z_-]*[A-Za-z](?:\\/[A-Z][A-Za-z_-]*[A-Za-z])?)';

const OFFSET = /(?:(?:UTC|GMT)\s?[+\-−]\d{1,2}(?::?\d{2})?|[+\-−]\d{2}:?\d{2})(?![\d])/y;
const WORD = /[A-Za-z]{1,5}(?![A-Za-z])/y;
const LONG = new RegExp(LONG_ZONE, 'iy');
const IANA = new RegExp(IANA_ZONE, 'y');

/** Length of a sticky match of `re` at `pos`, or 0. */
export function at(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  // `test` moves a sticky pattern's lastIndex to the end of the match without building a match array.
  return re.test(s) ? re.lastIndex - pos : 0;
}

/**
 * A zone token at `pos` (abbreviation, offset, long or IANA name, or one of those in parentheses): its length or 0.
 * Every zone the time scanner reads after a clock counts too (`Eastern`, `Pacific`, `UK time`, `PST/PDT`): the span
 * of an entry's time is what the analysis reads, so a zone left out of it would be dropped.
 */
export function zoneAt(s: string, pos: number): number {
  if (s[pos] === '(') {
    const inner = zoneAt(s, pos + 1);
    return inner > 0 && s[pos + 1 + inner] === ')' ? inner + 2 : 0;
  }
  // Every zone starts with an ASCII letter or a sign; only an offset starts with a sign.
  const c = s.charCodeAt(pos);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return c === 0x2b || c === 0x2d || c === 0x2212 ? at(OFFSET, s, pos) : 0;
  const offset = at(OFFSET, s, pos);
  if (offset) return offset;
  const word = at(WORD, s, pos);
  if (word && zoneAbbreviations.has(s.slice(pos, pos + word))) return namesTeam(s, pos, pos + word) ? 0 : word;
  return at(LONG, s, pos) || at(IANA, s, pos) || scannerZoneAt(s, pos);
}

/** The length of the zone the time scanner reads at `pos` (a letter), or 0. */
function scannerZoneAt(s: string, pos: number): number {
  const zone = readZoneAt(s, pos);
  return zone && zone.start === pos ? zone.end - pos : 0;
}
