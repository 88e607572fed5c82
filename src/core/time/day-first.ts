/**
 * A slashed date either order reads (`12/03/2024`), read in US order, turned day first where what is written next to it
 * says so: the weekday (`readDayFirst` in parse-weekday.ts), or a zone or clock of a region that writes days first
 * (`readRegionDayFirst`: `12/03/2024 15h06 CET` is March 12).
 */
import { weekdayOf } from './civil';
import type { ZoneInfo } from './zones';
import type { TimeMatch } from './parse';

/**
 * The regions (IANA names) that write a slashed date day first: Europe, Africa, Oceania, South Asia, the Middle East,
 * South-East Asia but the Philippines, and South America. North America writes month first; East Asia year first.
 */
const DAY_FIRST_REGION = /^(?:Europe|Africa|Australia)\/|^(?:Pacific\/Auckland|America\/(?:Sao_Paulo|Argentina\/Buenos_Aires)|Asia\/(?:Kolkata|Dhaka|Karachi|Dubai|Riyadh|Jerusalem|Bangkok|Jakarta|Singapore))$/;
/** A French clock: an `h` after the hour (`15h06`, `15 h 06`, `15h`); a German one ends with `Uhr` (`15.06 Uhr`). */
const FRENCH_HOUR = /^\d{1,2}[ \t]?[Hh]/;
/** `Uhr` right after a clock the scanner reads without it (`15:06 Uhr`). */
const UHR_AFTER = /^[ \t]?Uhr(?![A-Za-z])/;

/**
 * Turns `m` (a date read in US order though either order reads it: see `DateOrder`) day first, its note saying why
 * (`read 12/03/2024 as day/month/year (why)`). False, and `m` unchanged, when it was not read so.
 */
export function turnDayFirst(m: TimeMatch, why: string): boolean {
  if (m.dateOrder !== 'either' || m.year === undefined) return false;
  const k = m.notes ? m.notes.findIndex((n) => n.endsWith('(US order)')) : -1;
  if (k < 0) return false;
  [m.month, m.day] = [m.day, m.month];
  const notes = m.notes as string[];
  notes[k] = notes[k].replace(/month\/day\/year \(US order\)$/, `day/month/year (${why})`);
  return true;
}

/** True when the zone names a region that writes days first (GMT also names UTC, and says nothing of a region). */
function regionWritesDayFirst(z: ZoneInfo): boolean {
  return z.abbreviation !== 'GMT' && z.region !== undefined && DAY_FIRST_REGION.test(z.region);
}

/**
 * `Tuesday 12/03/2024 15h06 CET`: a date and its clock read in US order (December 3) though either order reads it, whose
 * zone is a region's that writes days first (CET, CEST, BST, AEST, `Europe/Berlin`, `Paris time`), or whose clock is
 * written as French and German write it (`15h06`, `15.06 Uhr`) with no zone of a region that writes month first, are
 * read day first (March 12), as their writer means them; the note says why. AM/PM (`3:06 PM`) and a US zone keep month
 * first, and so does a weekday that fits only month first. True when the date was turned.
 */
export function readRegionDayFirst(text: string, m: TimeMatch): boolean {
  if (m.dateOrder !== 'either' || m.kind !== 'datetime' || m.meridiem !== undefined || m.timeSpan === undefined || m.year === undefined) return false;
  // a weekday that fits only the order read settles it (`Friday 05/03/2024 15h06 CET` is May 3)
  if (m.weekday !== undefined && weekdayOf(m.year, m.day as number, m.month as number) !== m.weekday) return false;
  const zone = m.zone?.zone ?? (m.zone?.candidates.length && m.zone.candidates.every(regionWritesDayFirst) ? m.zone.candidates[0] : undefined);
  if (zone && regionWritesDayFirst(zone)) return turnDayFirst(m, `${m.zone!.text} is a zone of a region that writes days first`);
  if (m.zone !== undefined) return false;
  const uhr = UHR_AFTER.exec(text.slice(m.timeSpan.end, m.timeSpan.end + 5));
  const clock = text.slice(m.timeSpan.start, m.timeSpan.end + (uhr ? uhr[0].length : 0));
  if (!FRENCH_HOUR.test(clock) && !clock.endsWith('Uhr')) return false;
  return turnDayFirst(m, `the clock ${clock} is written as French and German write it`);
}
