/**
 * "Now" for a document: Insert Timestamp, the "now" completion and Add Timeline Entry all print the current time
 * in the zone and the style of the times the document already contains, or, in a timeline of offsets, as an offset
 * from its zero point.
 */
import type { Analysis, ResolvedTime } from '../analysis/types';
import { timelineSectionAt } from '../model/section-extent';
import { offsetStampNear, type OffsetStyle } from './offset-stamp';
import { defaultTimestampStyle, formatTimestamp, timestampStyleOf, zoneForTimestamps, type TimestampStyle } from './timestamp';

/** A timestamp to insert and how it was chosen. */
export interface DocumentTimestamp {
  text: string;
  /** The zone it is printed in (an offset: the zone of its zero point's clock). */
  zone: string;
  style: TimestampStyle | OffsetStyle;
  /**
   * Written as an offset from the timeline's zero point: `anchored` when a clock time gives zero, `blank` when none
   * does and the amount is left to type (`T+`).
   */
  offset?: 'anchored' | 'blank';
  /** Where the offset it is written like is (its bold is followed too). */
  like?: TimestampSample['range'];
}

/** What a timestamp is modelled on: a time written in the document. */
export type TimestampSample = Pick<ResolvedTime, 'text' | 'range' | 'zone' | 'zoneText' | 'unknown' | 'instant' | 'zeroOffsetMinutes'>;

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
 * one, in the zone that time names, else the document's zone, else `fallbackZone` (the setting), else UTC. When the
 * nearest time is an offset entry (`T+0:15`), an offset from zero written like it (see `offsetStampNear`).
 */
export function documentTimestamp(analysis: TimestampContext, now: number, line: number, fallbackZone?: string, samples?: readonly TimestampSample[]): DocumentTimestamp {
  const candidates = byNearness((samples ?? analysis.times).filter((t) => !t.unknown), line);
  let style: TimestampStyle | undefined;
  let zone: string | undefined;
  const documentZone = analysis.documentZone?.source === 'setting' ? undefined : analysis.documentZone?.zone;
  for (const t of candidates) {
    const offset = offsetStampNear(t, now);
    if (offset) {
      return { text: offset.text, zone: t.zone ?? documentZone ?? (fallbackZone || 'UTC'), style: offset.style, offset: offset.blank ? 'blank' : 'anchored', like: t.range };
    }
    style = t.zeroOffsetMinutes === undefined ? timestampStyleOf(t.text) : undefined;
    if (!style) continue;
    zone = style.zone !== 'none' ? zoneForTimestamps(t.zoneText) ?? t.zone : undefined;
    break;
  }
  style ??= defaultTimestampStyle(documentZone !== undefined);
  zone ??= documentZone ?? (fallbackZone || 'UTC');
  return { text: formatTimestamp(now, zone, style), zone, style };
}

/** True when a written time is bold (`**T+0:15**`, the way the model reads a bold entry's time). */
function boldAt(text: string, range: TimestampSample['range']): boolean {
  return range.start.line === range.end.line && range.start.column > 2 && text.startsWith('**', range.start.column - 3) && text.startsWith('**', range.end.column - 1);
}

/** True when `column` (1-based) of `text` is inside bold opened before it (`**|`). */
function insideBold(text: string, column: number): boolean {
  let open = false;
  for (let i = text.indexOf('**'); i >= 0 && i + 2 <= column - 1; i = text.indexOf('**', i + 2)) open = !open;
  return open;
}

/**
 * `stamp`, bold when it is an offset from zero and the entry it is written like is (`**T+0:37**` next to
 * `**T+0:15**`), unless it goes at `column` of `line` inside bold already opened (`**|`). An offset left to type (`T+`)
 * is not, so that the cursor stays where its amount is typed. `lineText` gives a line's text (1-based).
 */
export function boldLikeItsEntry(stamp: DocumentTimestamp, lineText: (line: number) => string, line: number, column?: number): DocumentTimestamp {
  const bold = stamp.offset === 'anchored' && stamp.like !== undefined && boldAt(lineText(stamp.like.start.line), stamp.like);
  if (!bold || (column !== undefined && insideBold(lineText(line), column))) return stamp;
  return { ...stamp, text: `**${stamp.text}**` };
}

/**
 * Insert Timestamp at `line` (and `column`, where it goes): `documentTimestamp`. When the timeline is one of offsets,
 * its entries are what is followed under the Timeline heading, as for "now" (the clock that gives zero, `T0 = 14:00
 * UTC`, is no style to follow there), bold as they are (`boldLikeItsEntry`), and clock times alone elsewhere (a
 * sentence of the Summary keeps getting a clock time).
 */
export function timestampAt(analysis: Analysis, now: number, line: number, fallbackZone?: string, column?: number): DocumentTimestamp {
  if (!analysis.timeline.some((e) => e.time.zeroOffsetMinutes !== undefined)) return documentTimestamp(analysis, now, line, fallbackZone);
  const samples = timelineSectionAt(analysis.model.sections, (s) => s.headingRange.start.line, line) ? analysis.times.filter((t) => t.source === 'timeline') : analysis.times.filter((t) => t.zeroOffsetMinutes === undefined);
  const lines = analysis.model.lines;
  return boldLikeItsEntry(documentTimestamp(analysis, now, line, fallbackZone, samples), (l) => lines[l - 1] ?? '', line, column);
}
