/** The template variables for an incident: its start printed in its zone, the date of that day, the rest as typed. */
import { pad2 } from '../time/civil';
import { instantToZoned } from '../time/zones';
import { formatTimestamp, type TimestampStyle } from './timestamp';
import type { TemplateVariables } from './types';

/** What New Postmortem asks for (or the CLI takes as options). */
export interface IncidentInput {
  title: string;
  severity: string;
  author: string;
  /** The incident start, ms since the epoch. */
  start: number;
  /** The zone times are written in: `UTC`, an IANA name or an offset. */
  zone: string;
}

/**
 * `2026-03-12 14:02 UTC`, `2021-09-27 15:06 EDT`; the offset after UTC (`UTC+05:30`, `UTC-03:00`) when the zone has no
 * abbreviation or an ambiguous one (`IST`): a bare `-03:00` after a blank reads as a range's end.
 */
export function formatStart(instant: number, zone: string): string {
  return formatTimestamp(instant, zone, START_STYLE);
}

const START_STYLE: TimestampStyle = { date: 'iso', isoT: false, clock: '24h', meridiem: 'upper', seconds: false, zone: 'unambiguous' };

/** The variables for `renderTemplate`. */
export function templateVariables(input: IncidentInput): TemplateVariables {
  const z = instantToZoned(input.start, input.zone);
  return {
    title: input.title,
    date: `${z.year}-${pad2(z.month)}-${pad2(z.day)}`,
    start: formatStart(input.start, input.zone),
    timezone: input.zone,
    severity: input.severity,
    author: input.author,
  };
}
