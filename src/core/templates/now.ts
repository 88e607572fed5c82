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

/** The written times nearest to `line` first: those above it (closest first), then those below. */
function byNearness(times: ResolvedTime[], line: number): ResolvedTime[] {
  const above = times.filter((t) => t.range.start.line <= line).reverse();
  const below = times.filter((t) => t.range.start.line > line);
  return [...above, ...below];
}

/**
 * The current time as this document would write it near `line` (1-based): the style of the nearest time that has
 * one, in the zone that time names, else the document's zone, else `fallbackZone` (the setting), else UTC.
 */
export function documentTimestamp(analysis: Analysis, now: number, line: number, fallbackZone?: string, samples?: ResolvedTime[]): DocumentTimestamp {
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
