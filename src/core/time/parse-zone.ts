/**
 * The zone written right after a clock (`Z`, `+01:00`, `UTC+5:30`, `EST`, `PST/PDT`, `(UTC)`, `Eastern Standard Time`,
 * `Europe/Paris`, `Paris time`, `heure de Paris`), and the team names an abbreviation can start (`IST team`).
 */
import { isBlank, isDigit, isLetter } from './chars';
import { lookupZone, type ZoneInfo } from './zones';
import { CITY_NAMES, CITIES_ALONE, GENERIC_NAMES, ABBREVIATIONS } from './zone-table';

/** A zone written in the text, with its reading(s). */
export interface ZoneMention {
  text: string;
  /** 0-based offsets in the scanned string, `end` exclusive. */
  start: number;
  end: number;
  /** The zone, when the text has one reading. */
  zone?: ZoneInfo;
  /** Every reading (several for `CST`, `IST`, `BST`, `AST`), most common first. */
  candidates: ZoneInfo[];
  ambiguous: boolean;
}

const longNames = [...Object.keys(GENERIC_NAMES).filter((n) => n.length > 3 && !n.includes('/')),
  ...ABBREVIATIONS.flatMap((r) => [r.name, ...(r.aliases ?? [])]).map((n) => n.toLowerCase()),
  'coordinated universal time', 'universal time']
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '[ \\t]+'));
/**
 * A city's or country's clock named in French, German or Spanish, which starts with a small letter (`heure de Paris`,
 * `deutscher Zeit`, `hora peninsular`); the English names (`Paris time`) are among the long names.
 */
const spelledNames = Object.values(CITY_NAMES).flat().filter((n) => /^(?:heure|hora|deutsch)/.test(n))
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '[ \\t]+'));
/**
 * A known city's name alone, capitalised (`Denver`, `San Francisco`), before the entry's separator, a closing
 * parenthesis or the line's end: `16:37 Denver - plugins updated`, not `14:05 Paris datacenter lost power`. It is
 * read as the city's clock (`Denver time`).
 */
const CITY_ALONE = new RegExp(`(?:${CITIES_ALONE.map((n) => n.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/ /g, '[ \\t]+')).join('|')})(?=[ \\t]*(?:[:|)]|[-–—](?![A-Za-z])|$))`, 'y');
/** The first characters a zone form can accept: a sign, `Z`, any letter, a capital letter, or a small one. */
type FirstChar = 'sign' | 'Z' | 'letter' | 'capital' | 'small';

const ZONE_FORMS: { first: FirstChar; re: RegExp; attachedOnly?: (w: string) => boolean; accept?: (w: string) => boolean }[] = [
  // Unattached offsets need four digits (`-0500`), a plus or a minus sign (U+2212, no range's dash): `10:00 -11:00`
  // is a range, not a zone.
  { first: 'sign', re: /[+\-\u2212]\d{2}(?::?\d{2})?(?![\d:])/y, attachedOnly: (w) => !(/^[+\u2212]\d\d:\d\d$/.test(w) || /^[+\-\u2212]\d{4}$/.test(w)) },
  // `Z` after a blank too (`14:02 Z`): only a clock is before it
  { first: 'Z', re: /Z(?![A-Za-z0-9])/y },
  { first: 'letter', re: /(?:UTC|GMT|UT|utc|gmt)(?:[ \t]?[+\-\u2212][ \t]?\d{1,2}(?::?\d{2})?)?(?![A-Za-z0-9])/y },
  { first: 'capital', re: new RegExp(`(?:${longNames.join('|')})(?![A-Za-z])`, 'iy'), accept: (w) => w[0] >= 'A' && w[0] <= 'Z' },
  { first: 'small', re: new RegExp(`(?:${spelledNames.join('|')})(?![\\p{L}])`, 'iuy') },
  { first: 'capital', re: CITY_ALONE },
  { first: 'capital', re: /[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_+-]+){1,2}/y },
  { first: 'capital', re: /[A-Z]{2,5}(?:[ \t]?\/[ \t]?[A-Z]{2,5})?(?![A-Za-z])/y, accept: (w) => !/^(?:AM|PM|ON|TO|AT|IN|OR|AN|BY|IF|OF|US|OK|IT|IS|ID)$/.test(w) },
];

/** True when a zone form that starts with `first` can start with the character code `c`. */
function canStart(first: FirstChar, c: number): boolean {
  if (first === 'sign') return !isLetter(c);
  if (first === 'Z') return c === 0x5a;
  if (first === 'small') return c === 0x68 || c === 0x64;
  return first === 'letter' ? isLetter(c) : c >= 0x41 && c <= 0x5a;
}

/** A team's noun after an abbreviation, which makes it a department's name: "IST team", "CST Service Desk". */
const NAMED_BY = /(?:team|staff|(?:service |help ?)?desk|engineers?|engineering|analysts?|department|dept|group|operations|operators|helpdesk)\b/iy;

/** True when a blank and a team's noun follow `end` (`IST team`, `CST Service Desk`). */
function teamAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  NAMED_BY.lastIndex = end + 1;
  return NAMED_BY.test(text);
}

/**
 * True when the abbreviation `text[start, end)` is an ambiguous zone's that a team's noun follows: the name of a
 * department (`14:05 IST team paged`), not a zone.
 */
export function namesTeam(text: string, start: number, end: number): boolean {
  return teamAfter(text, end) && lookupZone(text.slice(start, end))?.ambiguous === true;
}

/**
 * UTC or GMT written right before a clock at `start`, a blank between (`UTC 05:13`, `GMT 14:02`), as a zone mention;
 * not inside a word (`MUTC`), nor before `from` (the end of the clock before, whose zone it is: `14:02 UTC 14:05`).
 */
export function utcBefore(text: string, start: number, from: number): ZoneMention | undefined {
  const at = start - 4;
  if (at < from || !isBlank(text.charCodeAt(start - 1)) || isLetter(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(at - 1))) return undefined;
  const written = text.slice(at, start - 1);
  if (written !== 'UTC' && written !== 'GMT') return undefined;
  const found = lookupZone(written);
  return found && { text: written, start: at, end: start - 1, zone: found.zone, candidates: found.candidates, ambiguous: found.ambiguous };
}

/** Where a time ends with its zone `zone` read after it: past the closing parenthesis of a zone in them (`14:05 (UTC)`). */
export function endWithZone(text: string, zone: ZoneMention): number {
  return text.charCodeAt(zone.end) === 0x29 && text.charCodeAt(zone.start - 1) === 0x28 ? zone.end + 1 : zone.end;
}

/**
 * Reads a zone written at `pos` (after at most three blanks, as in `13:09  UTC`, and an opening parenthesis);
 * undefined when none.
 */
export function readZoneAt(text: string, pos: number): ZoneMention | undefined {
  // `21 h 52, heure de Paris`: after a comma, only a spelled-out name is read.
  const comma = text.charCodeAt(pos) === 0x2c && isBlank(text.charCodeAt(pos + 1));
  let p = comma ? pos + 1 : pos;
  const attached = p < text.length && !isBlank(text.charCodeAt(p)) && text.charCodeAt(p) !== 0x28;
  while (p < pos + 3 && isBlank(text.charCodeAt(p))) p++;
  const paren = text.charCodeAt(p) === 0x28;
  if (paren) p++;
  const c = text.charCodeAt(p);
  if (!(isLetter(c) || c === 0x2b || c === 0x2d || c === 0x2212)) return undefined;
  for (const form of ZONE_FORMS) {
    // A form is tried only where its first character is (the capitalised forms are kept only when capitalised).
    if (!canStart(form.first, c) || (comma && form.first !== 'small')) continue;
    form.re.lastIndex = p;
    // `test` on a sticky pattern leaves lastIndex at the end of the match: no match array is built.
    if (!form.re.test(text)) continue;
    const written = text.slice(p, form.re.lastIndex);
    if (!attached && form.attachedOnly?.(written)) continue;
    if (form.accept && !form.accept(written)) continue;
    // a city alone is read as its clock (`Denver` as `Denver time`)
    const found = lookupZone(form.re === CITY_ALONE ? `${written} time` : written);
    if (!found) continue;
    const end = p + written.length;
    if (paren && text.charCodeAt(end) !== 0x29) return undefined;
    // `14:05 IST team paged`, `09:10 CST Service Desk called`: an ambiguous abbreviation that a team's noun follows is
    // the name of a department, not the clock's zone.
    if (found.ambiguous && !paren && teamAfter(text, end)) return undefined;
    return { text: written, start: p, end, zone: found.zone, candidates: found.candidates, ambiguous: found.ambiguous };
  }
  return undefined;
}
