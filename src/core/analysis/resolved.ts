/**
 * Building resolved times: a scanner match with its resolution and document range (`resolvedAt`), the same time moved
 * to another line (`atLine`), a milestone without a date rolled past the start (`afterStart`), and the small helpers
 * that compare days and zones and turn a match's span into a range.
 */
import { afterHedge, clockHedged, hedgeStart, instantToZoned, MONTH_NAMES, rollover, type CivilDate, type TimeMatch, type TimeResolution, type ZoneMention } from '../time';
import type { TimelineEntry } from '../model/types';
import type { Range } from '../types';
import type { ResolvedTime } from './types';
import { BREAK_SRC } from '../time/chars';

/** A milestone written without a date ("End: 00:15 UTC") more than 12 hours before the start is on the next day. */
export function afterStart(r: TimeResolution, m: TimeMatch, start: number | undefined): TimeResolution {
  if (start === undefined || r.instant === undefined || !r.zone || m.month !== undefined) return r;
  const rolled = rollover(start, r.instant, r.zone);
  if (rolled === r.instant) return r;
  const z = instantToZoned(rolled, r.zone);
  const date = { year: z.year, month: z.month, day: z.day };
  return { ...r, instant: rolled, offsetMinutes: z.offsetMinutes, date, assumptions: [...r.assumptions, `next day: ${m.text} is more than 12 hours before the start, so it is on ${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`] };
}

/** The document range of a match's span on line `line`, the span's offsets counted from `offset`. */
export function spanToRange(line: number, offset: number, m: { start: number; end: number }): Range {
  return { start: { line, column: offset + m.start + 1 }, end: { line, column: offset + m.end + 1 } };
}

/** The day of a resolved time: its written date when it has an instant, else the date it was resolved to. */
export function dayOf(t: ResolvedTime): CivilDate | undefined {
  const { year, month, day } = t.written;
  if (t.instant === undefined || year === undefined || month === undefined || day === undefined) return t.resolvedDate;
  return { year, month, day };
}

/**
 * Builds a ResolvedTime from a scanner match and its resolution. The usual shapes (a date, and a written zone) are
 * built whole, in the order of the keys added one by one otherwise: an object given keys after it is made keeps them
 * in a second, separate store.
 */
export function resolvedAt(match: TimeMatch, range: Range, r: TimeResolution, source: ResolvedTime['source']): ResolvedTime {
  const written = { year: match.year, month: match.month, day: match.day, weekday: match.weekday, hour: match.hour, minute: match.minute, second: match.second };
  const zone = match.zone;
  let t: ResolvedTime;
  if (r.date && zone) {
    t = {
      text: match.text, range, instant: r.instant, zone: r.zone, offsetMinutes: r.offsetMinutes, unknown: match.unknown, assumptions: r.assumptions,
      source, match, written, resolvedDate: r.date, zoneText: zone.text, zoneRange: zoneRangeOf(match, zone, range),
    };
  } else if (r.date) {
    t = {
      text: match.text, range, instant: r.instant, zone: r.zone, offsetMinutes: r.offsetMinutes, unknown: match.unknown, assumptions: r.assumptions,
      source, match, written, resolvedDate: r.date,
    };
  } else {
    t = { text: match.text, range, instant: r.instant, zone: r.zone, offsetMinutes: r.offsetMinutes, unknown: match.unknown, assumptions: r.assumptions, source, match, written };
    if (zone) {
      t.zoneText = zone.text;
      t.zoneRange = zoneRangeOf(match, zone, range);
    }
  }
  if (r.unresolved) t.problem = r.unresolved;
  if (r.zoneAssumed) t.zoneAssumed = true;
  if (r.zoneCandidates) t.zoneCandidates = r.zoneCandidates;
  return t;
}

/** Where the zone of a match whose document range is `range` is written. */
function zoneRangeOf(match: TimeMatch, zone: ZoneMention, range: Range): Range {
  // A zone that ends the time (most do) ends where its range ends: the same position serves both.
  const end = zone.end === match.end && range.end.line === range.start.line && range.end.column - range.start.column === match.end - match.start
    ? range.end : { line: range.start.line, column: range.start.column + zone.end - match.start };
  return { start: { line: range.start.line, column: range.start.column + zone.start - match.start }, end };
}

/** How far a hedged clock may be off, in minutes: one written to the minute (`~14:05`), and a bare hour (`around 3 PM`). */
export const HEDGED_CLOCK_MINUTES = 5;
export const HEDGED_HOUR_MINUTES = 15;
/** A clock written with its minutes (`14:05`, `14h05`, `15.30 Uhr`), not a bare hour (`3 PM`, `15h`). */
const WITH_MINUTES = /\d[:.hH][ \t]?\d/;

/**
 * `t`, marked approximate when its clock is hedged where it is written (`~14:05`, `about 14:05 UTC`, `2024-03-12
 * approx. 14:05`, `14:05-ish`: see `clockHedged`), with the minutes it may be off (`HEDGED_CLOCK_MINUTES`, or
 * `HEDGED_HOUR_MINUTES` for a bare hour), and its `hedgedText`. A date alone or an unknown time is left as it is; one
 * with no instant gets only its `hedgedText`.
 */
export function markHedged(t: ResolvedTime, lines: readonly string[]): ResolvedTime {
  const m = t.match;
  const { start, end } = t.range;
  if (t.unknown || m.kind === 'date' || start.line !== end.line) return t;
  const line = lines[start.line - 1];
  if (line === undefined) return t;
  const at = start.column - 1;
  // the clock of a date and time (`2024-03-12 approx. 14:05`) may be hedged after its date
  const clockStart = m.timeSpan ? at + m.timeSpan.start - m.start : at;
  const clockEnd = m.timeSpan ? at + m.timeSpan.end - m.start : end.column - 1;
  // the range is where the match was read (a cheap check: no string is made for an unhedged time)
  if (line.charCodeAt(clockStart) !== m.text.charCodeAt(clockStart - at)) return t;
  // a hedge after the time's zone is the clock's too (`14:05 UTC (approx.)`)
  const to = afterHedge(line, end.column - 1);
  if (to === end.column - 1 && !clockHedged(line, clockStart, clockEnd) && !(clockStart > at && clockHedged(line, at, clockEnd))) return t;
  if (t.instant !== undefined) {
    t.approximate = true;
    t.hedgeMinutes = WITH_MINUTES.test(line.slice(clockStart, clockEnd)) ? HEDGED_CLOCK_MINUTES : HEDGED_HOUR_MINUTES;
  }
  // messages and the preview quote what was written (`approx. 09:49`), also of a time that cannot be placed; set
  // after the keys above, in the order `atLine` copies them, so a time read again from memory has the same keys
  const from = hedgeStart(line, at);
  if (to - from > m.text.length) t.hedgedText = withoutMarkup(line.slice(from, to));
  return t;
}

/** Markup between a clock and its hedge (`14:06** (approx.)`, `14:06<br>(est.)`): messages quote the words alone. */
const HEDGE_MARKUP = new RegExp(String.raw`[*_\x60]+(?=[ \t])|[ \t]*${BREAK_SRC}[ \t]*`, 'gi');

/** `text` without the markup between its clock and its hedge (see `HEDGE_MARKUP`), as one blank. */
function withoutMarkup(text: string): string {
  return text.includes('*') || text.includes('_') || text.includes('`') || text.includes('<') ? text.replace(HEDGE_MARKUP, ' ').replace(/[ \t]{2,}/g, ' ') : text;
}

/** How far, in ms, the hedges of two times (a hedged delay, a hedged clock: `hedgeMinutes`) may put them apart together. */
export function hedgeAllowance(a: ResolvedTime, b: ResolvedTime): number {
  return ((a.approximate ? a.hedgeMinutes ?? 0 : 0) + (b.approximate ? b.hedgeMinutes ?? 0 : 0)) * 60_000;
}

/** True when two days are the same day (or both unknown). */
export function sameDay(a: CivilDate | undefined, b: CivilDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day);
}

/** Zones that read a time alike: the zone a text names is a function of the text. */
export function sameZone(a: ZoneMention | undefined, b: ZoneMention | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.zone?.zone === b.zone?.zone && a.zone?.kind === b.zone?.kind);
}

/**
 * A time read on one line, as read on line `line` instead: the same match, resolution and written parts (shared: times
 * are never changed), ranges on that line. Built with the keys of `resolvedAt`, in its order.
 */
export function atLine(t: ResolvedTime, line: number): ResolvedTime {
  const range = { start: { line, column: t.range.start.column }, end: { line, column: t.range.end.column } };
  const moved: ResolvedTime = {
    text: t.text, range, instant: t.instant, zone: t.zone, offsetMinutes: t.offsetMinutes,
    unknown: t.unknown, assumptions: t.assumptions, source: t.source, match: t.match, written: t.written,
  };
  if (t.resolvedDate) moved.resolvedDate = t.resolvedDate;
  if (t.zoneRange) {
    moved.zoneText = t.zoneText;
    moved.zoneRange = { start: { line, column: t.zoneRange.start.column }, end: { line, column: t.zoneRange.end.column } };
  }
  if (t.problem) moved.problem = t.problem;
  if (t.zoneAssumed) moved.zoneAssumed = true;
  if (t.zoneCandidates) moved.zoneCandidates = t.zoneCandidates;
  if (t.approximate) {
    moved.approximate = true;
    moved.hedgeMinutes = t.hedgeMinutes;
  }
  if (t.hedgedText) moved.hedgedText = t.hedgedText;
  return moved;
}

/**
 * True when a timeline entry is a stray time: a clock with no text, alone on its line with nothing under it (`... as
 * they had at` / `09:15`). Nothing says anything happened then: it places nothing after it, is ordered with
 * nothing (PM005) and is not drawn on the report's timeline.
 */
export function isStrayTime(entry: TimelineEntry, time: ResolvedTime): boolean {
  return entry.text === '' && time.match.hour !== undefined;
}
