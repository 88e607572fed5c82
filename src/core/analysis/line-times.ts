/**
 * The times written on a line or in a span of it, as the document being analyzed reads them: in the order of day and
 * month it writes (`writesDayFirst`), without the zone abbreviations it uses as teams' names (`teamNamesOf`), kept in
 * the line's record. Also the first time of a span, a timeline entry's time as its line's scan found it, and the key
 * of everything a context gives the resolving of a time (`contextKey`).
 */
import { lineSlot, perLine, perLineSpan, type LineRecord } from '../cache';
import { scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import type { PostmortemModel } from '../model/types';
import { findTimes, lineTimes, monthDayAlone, readAloneAlike, scanTimes, struckThrough, type CivilDate, type TimeContext, type TimeMatch } from '../time';
import type { Range } from '../types';
import { spanToRange } from './resolved';
import { teamNamesOf, teamZonesLeftOut } from './teams';

/** Lines longer than this are not scanned for stray times (minified blobs, base64). */
export const MAX_SCANNED_LINE = 2000;

/** The first time in a single-line span of the document, with its document range. */
export function firstTimeIn(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[] = scannedLinesOf(model)): { match: TimeMatch; range: Range } | undefined {
  const match = firstMatchIn(model, span, scanned);
  return match && { match, range: spanToRange(span.start.line, span.start.column - 1, match) };
}

/**
 * The first time written in a single-line span (one with a date when there are several), past those struck through
 * (`Detected: ~~14:00~~ 14:20 PDT` corrects the time) unless all are.
 */
export function firstMatchIn(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[]): TimeMatch | undefined {
  const line = model.lines[span.start.line - 1] ?? '';
  const endCol = span.end.line === span.start.line ? span.end.column : line.length + 1;
  const record = scanned[span.start.line - 1]?.record;
  const from = span.start.column - 1;
  const all = timesInSpan(record, line, from, endCol - 1);
  let first: TimeMatch | undefined;
  for (const m of all) {
    if (struckThrough(line, from + m.start, from + m.end)) continue;
    if (m.kind !== 'date' || m.year !== undefined) return m;
    first ??= m;
  }
  return first ?? all[0];
}

/**
 * The time of a span a timeline entry's time covers (`entry.timeRange`): as the scan of its whole line reads it (see
 * `entryMatchOfLine`), else as a scan of the span reads it (`firstMatchIn`).
 */
export function timeMatchOf(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[]): TimeMatch | undefined {
  return entryMatchOfLine(model, span, scanned) ?? firstMatchIn(model, span, scanned);
}

/**
 * The time of a single-line span as the scan of its whole line found it: the line's time that is exactly the span, when
 * a scan of the span alone reads it alike (`readAloneAlike`). A timeline entry's line is scanned whole anyway (for the
 * other times it writes), so its time is not scanned a second time.
 */
export function entryMatchOfLine(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[]): TimeMatch | undefined {
  if (span.end.line !== span.start.line) return undefined;
  const line = model.lines[span.start.line - 1];
  const from = span.start.column - 1;
  const to = span.end.column - 1;
  if (line === undefined || line.length > MAX_SCANNED_LINE) return undefined;
  const record = scanned[span.start.line - 1]?.record;
  const times = timesOfLine(record, line);
  // the span as one number (both ends are at most MAX_SCANNED_LINE)
  const spanKey = from * (MAX_SCANNED_LINE + 1) + to;
  if (record && entryMatchTimes.get(record) === times && entryMatchSpan.get(record) === spanKey) return entryMatches.get(record);
  let match: TimeMatch | undefined;
  for (const m of times) {
    if (m.end <= from) continue;
    if (m.start === from && m.end === to && readAloneAlike(line, m)) match = m;
    break;
  }
  if (record) {
    entryMatches.set(record, match);
    entryMatchTimes.set(record, times);
    entryMatchSpan.set(record, spanKey);
  }
  return match;
}

/**
 * entryMatchOfLine kept per line: the line's times (the same array while the line and the document's order of dates
 * and team names are the same) and the span decide it. In slots of their own: no object per entry to hold them.
 */
const entryMatches = lineSlot<TimeMatch | undefined>();
const entryMatchTimes = lineSlot<readonly TimeMatch[]>();
const entryMatchSpan = lineSlot<number>();

/**
 * Whether the document being analyzed writes slashed dates day first (see `writesDayFirst`): set by `beginDocument`
 * before a time is read, read by the accessors below and the timeline's reader (one flag, not a parameter through every
 * reader of times).
 */
export let dayFirst = false;
/** The ambiguous abbreviations the document being analyzed uses as a team's name (`teamNamesOf`), joined by commas. */
let teamNames = '';

/** Reads how the document writes its times (`dayFirst`, `teamNames`): `analyze` calls it before it reads a time. */
export function beginDocument(model: PostmortemModel, text: string): void {
  dayFirst = writesDayFirst(model);
  teamNames = teamNamesOf(text);
}

/** The times written on a line as scanned in US order, kept in the line's record (shared with the timeline's reader). */
const usTimesOfLine = lineTimes;
/** The same, with slashed dates that either order reads read day first, kept apart (each reads only its line or span). */
const dayFirstTimesOfLine = perLine((line: string) => scanTimes(line, true));
const usTimesInSpan = perLineSpan((line: string, from: number, to: number) => scanTimes(line.slice(from, to)));
const dayFirstTimesInSpan = perLineSpan((line: string, from: number, to: number) => scanTimes(line.slice(from, to), true));

/**
 * The times written on a line, in the order of day and month the document writes; an abbreviation the document uses
 * as a team's name is no zone before the rest of a sentence (`08:30 IST began the failover`: see `teamZonesLeftOut`).
 */
export function timesOfLine(record: LineRecord | undefined, line: string): readonly TimeMatch[] {
  const us = usTimesOfLine(record, line);
  const times = dayFirst && hasEitherOrder(us) ? dayFirstTimesOfLine(record, line) : us;
  return teamNames === '' ? times : teamZonesLeftOut(record, line, times, teamNames);
}

/** The times written in a span of a line (a timeline entry's time, a field's value), as `timesOfLine`. */
export function timesInSpan(record: LineRecord | undefined, line: string, from: number, to: number): readonly TimeMatch[] {
  const us = usTimesInSpan(record, line, from, to);
  const times = dayFirst && hasEitherOrder(us) ? dayFirstTimesInSpan(record, line, from, to) : us;
  return teamNames === '' ? times : teamZonesLeftOut(record, line, times, teamNames, from, to);
}

function hasEitherOrder(times: readonly TimeMatch[]): boolean {
  for (const m of times) if (m.dateOrder === 'either') return true;
  return false;
}

/**
 * True when the document proves it writes slashed dates day first: one such as 13/03/2024 (13 cannot be a month) and
 * none such as 03/13/2024. Its dates that either order reads (05/03/2024) are then read day first, as its writer
 * means them, where US order would read `### 12/03/2024` then `### 13/03/2024` as December 3, then March 13. Code,
 * comments and front matter do not count.
 */
function writesDayFirst(model: PostmortemModel): boolean {
  const scanned = scannedLinesOf(model);
  let day = false;
  let month = false;
  // the dates with a year either order reads (12/03/2024), as US order reads them
  let either: TimeMatch[] | undefined;
  for (let i = 0; i < model.lines.length; i++) {
    const s = scanned[i];
    const line = model.lines[i];
    if (!s || s.kind === 'code' || s.kind === 'fence' || s.kind === 'comment' || s.kind === 'frontmatter' || line.length > MAX_SCANNED_LINE) continue;
    // only a slashed date with a year tells an order: a line with no slash is not scanned for one
    if (!line.includes('/')) continue;
    for (const m of usTimesOfLine(s.record, line)) {
      if (m.dateOrder === 'day-first') day = true;
      else if (m.dateOrder === 'month-first') month = true;
      else if (m.dateOrder === 'either' && m.year !== undefined) (either ??= []).push(m);
    }
  }
  // A month and day alone that dates timeline entries (`### 13/3`, a date column's `1/28`) tells the order too.
  for (const e of model.timeline) {
    const order = e.dateText?.includes('/') ? monthDayAlone(e.dateText)?.order : undefined;
    if (order === 'day-first') day = true;
    else if (order === 'month-first') month = true;
  }
  return (day && !month) || (!day && !month && either !== undefined && titleReadsDayFirst(model, either));
}

/**
 * True when the title's date with a month name (`# Panne du 12 mars 2024`) is one of `either` read day first and not
 * read in US order: the document's own words settle how it writes slashed dates.
 */
function titleReadsDayFirst(model: PostmortemModel, either: readonly TimeMatch[]): boolean {
  const title = model.title?.text;
  if (!title) return false;
  const t = findTimes(title).find((m) => m.year !== undefined && m.month !== undefined && m.day !== undefined && m.dateOrder === undefined);
  return t !== undefined && either.some((m) => m.year === t.year && m.month !== m.day
    // a date read day first already next to its zone or clock (`12/03/2024 14h02`) is the title's as it is read
    && (readDayFirstHere(m) ? m.month === t.month && m.day === t.day : m.day === t.month && m.month === t.day));
}

/** True when a date either order reads was read day first where it is written (`12/03/2024 15h06 CET`: see `readRegionDayFirst`). */
function readDayFirstHere(m: TimeMatch): boolean {
  return m.notes !== undefined && m.notes.some((n) => n.includes(' as day/month/year ('));
}

/**
 * Everything of a context that resolving a time reads, as text: two contexts with the same key resolve every time
 * alike. `now` counts only as its UTC day (it only dates weekdays: see `inferYear`). The order of day and month the
 * document writes (`dayFirst`) counts too: it gives the date a heading or date column gives its entries.
 */
export function contextKey(ctx: TimeContext): string {
  const day = (d: CivilDate | undefined) => (d ? `${d.year}-${d.month}-${d.day}` : '');
  return [ctx.zone ?? '', ctx.zoneSource ?? '', day(ctx.referenceDate), ctx.yearHint ?? '', day(ctx.fileNameDate), Math.floor((ctx.now ?? Date.now()) / 86_400_000), dayFirst ? 'day-first' : '', teamNames].join('|');
}
