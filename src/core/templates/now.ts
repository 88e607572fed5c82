/**
 * "Now" for a document: Insert Timestamp, the "now" completion and Add Timeline Entry all print the current time
 * in the zone and the style of the times the document already contains.
 */
import type { Analysis, ResolvedTime } from '../analysis/types';
import { defaultTimestampStyle, formatTimestamp, timestampStyleOf, zoneForTimestamps, type TimestampStyle } from './timestamp';

/** A timestamp to insert and how it was chosen. */
export interface DocumentTimestamp {
  text: string;
  /** The zone it is printed in. */
  zone: string;
  style: TimestampStyle;
}

/** What a timestamp is modelled on: a time written in the document. */
export type TimestampSample = Pick<ResolvedTime, 'text' | 'range' | 'zone' | 'zoneText' | 'unknown'>;

/** What `documentTimestamp` reads of a document: its times and its zone (an `Analysis` has both). */
export interface TimestampContext {
  times: readonly TimestampSample[];
  documentZone?: Analysis['documentZone'];
}

/** The written times nearest to `line` first: those above it (closest first), then those below. */
function byNearness(times: TimestampSample[], line: number): TimestampSample[] {
  const above = times.filter((t) => t.range.start.line <= line).reverse();
  const below = times.filter((t) => t.range.start.line > line);
  return [...above, ...below];
}

/**
 * The current time as this document would write it near `line` (1-based): the style of the nearest time that has
 * one, in the zone that time names, else the document's zone, else `fallbackZone` (the setting), else UTC.
 */
export function documentTimestamp(analysis: TimestampContext, now: number, line: number, fallbackZone?: string, samples?: readonly TimestampSample[]): DocumentTimestamp {
  const candidates = byNearness((samples ?? analysis.times).filter((t) => !t.unknown), line);
  let style: TimestampStyle | undefined;
  let zone: string | undefined;
  for (const t of candidates) {
    style = timestampStyleOf(t.text);
    if (!style) continue;
    zone = style.zone !== 'none' ? zoneForTimestamps(t.zoneText) ?? t.zone : undefined;
    break;
  }
  const documentZone = analysis.documentZone?.source === 'setting' ? undefined : analysis.documentZone?.zone;
  style ??= defaultTimestampStyle(documentZone !== undefined);
  zone ??= documentZone ?? (fallbackZone || 'UTC');
  return { text: formatTimestamp(now, zone, style), zone, style };
}
