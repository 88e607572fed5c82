/**
 * Zone knowledge and real zone rules. Offsets of IANA zones come from `Intl.DateTimeFormat` (one cached formatter
 * per zone), never from naive arithmetic. A zone id is `UTC`, an IANA name (`America/New_York`) or a fixed offset
 * (`+05:30`, `-05:00`); abbreviations such as `EST` are read as their fixed offset, as written.
 */
import { memoized } from '../cache';
import { civilToMs, msToCivil, pad2, type CivilDateTime } from './civil';
import { ABBREVIATIONS, GENERIC_NAMES, UTC_NAMES, type AbbreviationRow } from './zone-table';

/** One meaning of a zone as people write it. */
export interface ZoneInfo {
  /** Id to compute with: `UTC`, an IANA name, or a fixed offset such as `-05:00`. */
  zone: string;
  /** utc: UTC itself; abbreviation: `EST` (a fixed offset); generic: a region's clock (`Eastern Time`, `PST/PDT`); iana; offset: `+01:00`. */
  kind: 'utc' | 'abbreviation' | 'generic' | 'iana' | 'offset';
  /** Readable name, e.g. `Eastern Standard Time`, `America/New_York`, `UTC+05:30`. */
  name: string;
  /** The abbreviation (`EST`) for kind `abbreviation`. */
  abbreviation?: string;
  /** IANA zone of the region that uses it (`America/New_York`). */
  region?: string;
  /** true for a daylight-saving (summer) abbreviation, false for a standard one; absent for generic zones. */
  dst?: boolean;
  /** Fixed offset in minutes east of UTC, when the zone has one. */
  offsetMinutes?: number;
}

/** The reading(s) of a zone text. */
export interface ZoneLookup {
  text: string;
  /** The zone, when the text has exactly one reading. */
  zone?: ZoneInfo;
  /** Every reading; several when ambiguous (`CST`: US Central, China, Cuba), most common first. */
  candidates: ZoneInfo[];
  ambiguous: boolean;
}

/** `+05:30`, `-05:00`, `+00:00` for an offset in minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The zone id of a fixed offset: `UTC` for 0, else `+05:30` style. */
export function offsetZoneId(minutes: number): string {
  return minutes === 0 ? 'UTC' : formatOffset(minutes);
}

const OFFSET_RE = /^(?:(?:utc|gmt|ut)\s*)?([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** Minutes east of UTC of a numeric offset (`+01:00`, `-0500`, `UTC+5:30`, `GMT-7`); undefined when not one. */
export function parseOffset(text: string): number | undefined {
  const m = OFFSET_RE.exec(text.trim());
  if (!m) return undefined;
  const prefixed = /^[a-z]/i.test(text.trim());
  if (!prefixed && m[2].length !== 2) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return m[1] === '+' ? total : -total;
}

function rowInfo(row: AbbreviationRow): ZoneInfo {
  return { zone: offsetZoneId(row.offset), kind: 'abbreviation', name: row.name, abbreviation: row.abbreviation, region: row.region, dst: row.dst, offsetMinutes: row.offset };
}

const UTC_INFO: ZoneInfo = { zone: 'UTC', kind: 'utc', name: 'UTC', offsetMinutes: 0 };
const byAbbreviation = new Map<string, ZoneInfo[]>();
const byName = new Map<string, ZoneInfo>();
for (const row of ABBREVIATIONS) {
  const info = rowInfo(row);
  const list = byAbbreviation.get(row.abbreviation) ?? [];
  list.push(info);
  byAbbreviation.set(row.abbreviation, list);
  for (const n of [row.name, ...(row.aliases ?? [])]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), info);
}
for (const [name, zone] of Object.entries(GENERIC_NAMES)) {
  byName.set(name, { zone, kind: 'generic', name: genericLabel(name, zone), region: zone });
}

function genericLabel(name: string, zone: string): string {
  return name.includes('/') || name.length <= 3 ? `${name.toUpperCase()} (${zone})` : name.replace(/(?<![\p{L}])(?!(?:de|del|la)\b)\p{Ll}/gu, (c) => c.toUpperCase());
}

const validZones = new Map<string, boolean>();

/** True when `Intl` knows the IANA zone name (`America/New_York`, `Europe/London`, `US/Eastern`). */
export function isValidIanaZone(name: string): boolean {
  let ok = validZones.get(name);
  if (ok === undefined) {
    ok = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(name);
    if (ok) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
      } catch {
        ok = false;
      }
    }
    validZones.set(name, ok);
  }
  return ok;
}

/**
 * Every reading of a zone as written: `UTC`, `Z`, `GMT`; an abbreviation (`EST`, `CEST`, `IST`); a long or generic
 * name (`Eastern Standard Time`, `Pacific Time`, `PST/PDT`); an IANA name; a numeric offset (`+01:00`, `UTC+5:30`).
 * Abbreviations match in any case here (the text scanner is stricter). Undefined when the text names no zone.
 */
export function lookupZone(text: string): ZoneLookup | undefined {
  return lookups(text);
}

const lookups = memoized(lookupUncached, 2001);

function lookupUncached(text: string): ZoneLookup | undefined {
  const clean = text.trim().replace(/^\((.*)\)$/, '$1').replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').trim();
  if (!clean) return undefined;
  const lower = clean.toLowerCase();
  const single = (zone: ZoneInfo): ZoneLookup => ({ text, zone, candidates: [zone], ambiguous: false });
  if (UTC_NAMES.has(lower)) return single(UTC_INFO);
  const offset = parseOffset(clean);
  if (offset !== undefined) {
    return single(offset === 0 ? UTC_INFO : { zone: formatOffset(offset), kind: 'offset', name: `UTC${formatOffset(offset)}`, offsetMinutes: offset });
  }
  const abbreviations = byAbbreviation.get(clean.toUpperCase());
  if (abbreviations) {
    return abbreviations.length === 1 ? single(abbreviations[0]) : { text, candidates: abbreviations.slice(), ambiguous: true };
  }
  const named = byName.get(lower);
  if (named) return single(named);
  if (clean.toUpperCase() !== 'EST' && isValidIanaZone(clean)) return single({ zone: clean, kind: 'iana', name: clean, region: clean });
  return undefined;
}

type Compiled = { fixed: number } | { format: Intl.DateTimeFormat };
const compiled = new Map<string, Compiled>();

/** The id to compute with (`UTC`, IANA name, `+05:30`) for any unambiguous zone text; undefined otherwise. */
export function normalizeZone(zone: string): string | undefined {
  if (compiled.has(zone)) return zone;
  return lookupZone(zone)?.zone?.zone;
}

function compile(zone: string): Compiled {
  let c = compiled.get(zone);
  if (c) return c;
  const info = lookupZone(zone)?.zone;
  if (!info) throw new RangeError(`Unknown or ambiguous time zone "${zone}"`);
  if (info.kind === 'iana' || info.kind === 'generic') {
    c = { format: new Intl.DateTimeFormat('en-US', { timeZone: info.zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' }) };
  } else {
    c = { fixed: info.offsetMinutes ?? 0 };
  }
  compiled.set(zone, c);
  return c;
}

/** UTC offset in minutes east (New York in summer: -240) of a zone at an instant (ms since the epoch). Throws on unknown zones. */
export function offsetAt(zone: string, instant: number): number {
  const c = compile(zone);
  if ('fixed' in c) return c.fixed;
  const seconds = Math.floor(instant / 1000) * 1000;
  // Formatting is slow (microseconds) and a timeline asks about the same hours again and again: an hour whose first
  // and last second have the same offset keeps it throughout (zone rules never change twice within one hour and
  // back), so it is read once; an hour holding a change is read to the second.
  if (!(Math.abs(seconds) <= LAST_CACHED_SECOND)) return formattedOffset(c.format, seconds);
  let hours = hourOffsets.get(zone);
  if (!hours || hours.size >= MAX_CACHED_HOURS) hourOffsets.set(zone, (hours = new Map()));
  const hour = Math.floor(seconds / HOUR);
  let offset = hours.get(hour);
  if (offset === undefined) {
    const first = formattedOffset(c.format, hour * HOUR);
    offset = first === formattedOffset(c.format, hour * HOUR + HOUR - 1000) ? first : CHANGES;
    hours.set(hour, offset);
  }
  return offset === CHANGES ? formattedOffset(c.format, seconds) : offset;
}

const HOUR = 3600000;
/** Offsets per zone per hour since the epoch; CHANGES for an hour in which the offset changes. */
const hourOffsets = new Map<string, Map<number, number>>();
const CHANGES = Number.POSITIVE_INFINITY;
const MAX_CACHED_HOURS = 100_000;
/** Hours are cached only well inside the range of dates (whose ends are whole hours). */
const LAST_CACHED_SECOND = 8.64e15 - HOUR;

/** The offset in minutes east of a zone at a whole second, read from its formatter. */
function formattedOffset(format: Intl.DateTimeFormat, seconds: number): number {
  const f: Record<string, number> = {};
  let bc = false;
  for (const p of format.formatToParts(seconds)) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') f[p.type] = Number(p.value);
  }
  const year = bc ? 1 - f.year : f.year;
  const local = civilToMs({ year, month: f.month, day: f.day, hour: f.hour % 24, minute: f.minute, second: f.second });
  return Math.round((local - seconds) / 60000);
}

/** A wall-clock reading in a zone, with its weekday (0 = Sunday) and offset. */
export interface ZonedDateTime {
  year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number;
  weekday: number;
  offsetMinutes: number;
}

/** The wall-clock reading of an instant in a zone. */
export function instantToZoned(instant: number, zone: string): ZonedDateTime {
  const offsetMinutes = offsetAt(zone, instant);
  // The reading is a fresh object: the offset is added to it rather than spread into another one (slow when frequent).
  return Object.assign(msToCivil(instant + offsetMinutes * 60000), { offsetMinutes });
}

/** How a wall-clock reading maps to instants in a zone. */
export interface LocalTimeResolution {
  /** The chosen instant. */
  instant: number;
  offsetMinutes: number;
  /** unique; gap: the reading was skipped (spring forward) and is moved forward by the gap; overlap: it happened twice. */
  kind: 'unique' | 'gap' | 'overlap';
  /** Every instant showing that reading (two in an overlap, none in a gap). */
  candidates: number[];
}

const DAY = 86400000;

/**
 * Maps a wall-clock reading to an instant with the zone's real rules. In an overlap (fall back) `prefer` picks the
 * earlier (default: the first time the clock showed it, i.e. the daylight one) or the later instant; a reading in a
 * gap (spring forward) is moved forward by the length of the gap (02:30 in New York on 2021-03-14 is 03:30 EDT).
 */
export function resolveLocalTime(fields: CivilDateTime, zone: string, prefer: 'earlier' | 'later' = 'earlier'): LocalTimeResolution {
  const local = civilToMs(fields);
  const c = compile(zone);
  if ('fixed' in c) return { instant: local - c.fixed * 60000, offsetMinutes: c.fixed, kind: 'unique', candidates: [local - c.fixed * 60000] };
  const before = offsetAt(zone, local - DAY);
  const after = offsetAt(zone, local + DAY);
  const candidates: number[] = [];
  for (const o of before === after ? [before] : [before, after]) {
    const t = local - o * 60000;
    if (offsetAt(zone, t) === o && !candidates.includes(t)) candidates.push(t);
  }
  candidates.sort((a, b) => a - b);
  if (candidates.length === 0) {
    const t = local - before * 60000;
    return { instant: t, offsetMinutes: offsetAt(zone, t), kind: 'gap', candidates };
  }
  const instant = prefer === 'later' ? candidates[candidates.length - 1] : candidates[0];
  return { instant, offsetMinutes: offsetAt(zone, instant), kind: candidates.length > 1 ? 'overlap' : 'unique', candidates };
}

/** The instant of a wall-clock reading in a zone (see `resolveLocalTime` for gaps and overlaps). */
export function zonedToInstant(fields: CivilDateTime, zone: string, prefer: 'earlier' | 'later' = 'earlier'): number {
  return resolveLocalTime(fields, zone, prefer).instant;
}

const shortNames = new Map<string, Intl.DateTimeFormat>();

/** The abbreviation a zone shows at an instant (`EDT` for America/New_York in September); undefined when none is known. */
export function abbreviationAt(zone: string, instant: number): string | undefined {
  const info = lookupZone(zone)?.zone;
  if (!info) return undefined;
  if (info.kind === 'utc') return 'UTC';
  if (info.kind === 'abbreviation') return info.abbreviation;
  if (info.kind === 'offset') return undefined;
  const offset = offsetAt(info.zone, instant);
  const row = ABBREVIATIONS.find((r) => r.region === info.zone && r.offset === offset && !r.translates);
  if (row) return row.abbreviation;
  let f = shortNames.get(info.zone);
  if (!f) shortNames.set(info.zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: info.zone, timeZoneName: 'short' })));
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,5}$/.test(name) ? name : undefined;
}

/**
 * The abbreviation the region actually used at that instant when `abbrev` is the wrong variant for the date
 * (`EST` on 2021-09-27 -> `EDT`); undefined when it is right, unknown, or cannot be judged. An ambiguous abbreviation
 * is judged only with `region` (the IANA zone the document declares). Abbreviations that some places use all year
 * (MST: Arizona, AEST: Queensland, ACST, GMT) are never corrected.
 */
export function correctAbbreviation(abbrev: string, instant: number, region?: string): string | undefined {
  const rows = ABBREVIATIONS.filter((r) => r.abbreviation === abbrev.toUpperCase());
  const row = region ? rows.find((r) => r.region === region) ?? (rows.length === 1 ? rows[0] : undefined) : rows.length === 1 ? rows[0] : undefined;
  if (!row || row.keepAllYear) return undefined;
  const actual = offsetAt(row.region, instant);
  if (actual === row.offset) return undefined;
  return ABBREVIATIONS.find((r) => r.region === row.region && r.offset === actual)?.abbreviation;
}
