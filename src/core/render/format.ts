/**
 * Formatting of durations, offsets and instants for the report. Pure and deterministic: a wall-clock time is
 * the instant shifted by the offset the time engine resolved, so the output does not depend on the host's zone.
 */
import type { DocumentZone, ResolvedTime } from '../analysis/types';

const MINUS = '\u2212';
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `261` → `4 h 21 min`; `45` → `45 min`; `120` → `2 h`; `1505` → `1 d 1 h 5 min`; negative values get a minus sign. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? MINUS : '';
  let rest = Math.round(Math.abs(minutes));
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (mins || parts.length === 0) parts.push(`${mins} min`);
  return sign + parts.join(' ');
}

/** Offset from the outage start as `T+hh:mm` (hours may pass 24; before the start: `T−hh:mm`). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? MINUS : '+';
  const total = Math.round(Math.abs(minutes));
  return `T${sign}${pad2(Math.floor(total / 60))}:${pad2(total % 60)}`;
}

/** `+330` → `UTC+05:30`; `0` → `UTC`. */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? MINUS : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** `Mon 27 Sep 2021 15:06` for the UTC fields of `date`. */
function wallClock(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
}

const shortNames = new Map<string, Intl.DateTimeFormat | null>();
const abbreviations = new Map<string, string | undefined>();

/**
 * The zone's short name at `instant` (`EDT`), when the zone is an IANA name the platform knows.
 * `offsetMinutes`, when given, keys a cache (a zone has one name per offset), sparing Intl on long timelines.
 */
export function zoneAbbreviation(zone: string, instant: number, offsetMinutes?: number): string | undefined {
  if (zone === 'UTC' || /^[+-]\d/.test(zone)) return undefined;
  const key = offsetMinutes === undefined ? undefined : `${zone} ${offsetMinutes}`;
  if (key !== undefined && abbreviations.has(key)) return abbreviations.get(key);
  const name = lookUpAbbreviation(zone, instant);
  if (key !== undefined) abbreviations.set(key, name);
  return name;
}

function lookUpAbbreviation(zone: string, instant: number): string | undefined {
  let format = shortNames.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    } catch {
      format = null;
    }
    shortNames.set(zone, format);
  }
  return format?.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
}

/** How an instant reads in the document's zone and in UTC. */
export interface FormattedInstant {
  /** `Mon 27 Sep 2021 15:06 EDT (UTC−04:00)`, or the text as written when it could not be resolved. */
  local: string;
  /** `Mon 27 Sep 2021 19:06 UTC`, or undefined when unresolved. */
  utc?: string;
  /** ISO 8601 in UTC for a `datetime` attribute. */
  iso?: string;
}

/** A zone written as letters only (`PDT`, `CEST`): the name of a fixed offset a document declares. */
const ABBREVIATION = /^[A-Za-z]{2,6}$/;

/**
 * Formats a resolved time in the zone it was read in and in UTC. A time read in the document's zone (`documentZone`)
 * that the platform has no short name for takes the abbreviation the document declared (`All times are PDT`), as the
 * times written with it show it.
 */
export function formatInstant(time: ResolvedTime, documentZone?: Pick<DocumentZone, 'zone' | 'text'>): FormattedInstant {
  if (time.instant === undefined || time.unknown) return { local: time.text };
  const utcDate = new Date(time.instant);
  const utc = `${wallClock(utcDate)} UTC`;
  const iso = utcDate.toISOString();
  const offset = time.offsetMinutes ?? 0;
  if (time.offsetMinutes === undefined || (offset === 0 && (time.zone === undefined || time.zone === 'UTC'))) {
    return { local: utc, utc, iso };
  }
  const abbreviation = time.zone ? zoneAbbreviation(time.zone, time.instant, offset) : undefined;
  // the platform's short name (`EDT`) for an IANA zone, else the zone as the document wrote it
  const declared = time.zoneText === undefined && documentZone !== undefined && documentZone.zone === time.zone && ABBREVIATION.test(documentZone.text) ? documentZone.text : undefined;
  const name = abbreviation && !/^GMT/.test(abbreviation) ? abbreviation : time.zoneText ?? declared;
  const zoneName = name ? `${name} ` : '';
  const local = `${wallClock(new Date(time.instant + offset * 60_000))} ${zoneName}(${formatUtcOffset(offset)})`;
  return { local, utc, iso };
}
