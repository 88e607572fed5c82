/**
 * Times counted from another time. Timelines written as offsets from a zero point (`T+0:15`, `T+3m`): the zero point's
 * clock time when the document gives one (`T0: 2024-05-14 14:00 UTC`, `T+0 = 14:00 UTC`, `T0 (14:00 UTC)`, `Zero point:
 * 14:00 UTC`, `T+0 = start` with a Start field, `T+0: Primary killed (14:00 UTC)`), the time of each offset entry (zero
 * + offset, or its offset alone when no zero is known), the time of an entry written as a delay after the entry before
 * (`Five minutes later`: that entry's time + the delay), and where a time stands on the timeline's scale: its instant,
 * or, on a timeline no zero anchors, its offset.
 */
import { scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import type { PostmortemModel, TimelineEntry } from '../model/types';
import { formatDuration, instantToZoned, resolveTime, type SequenceState, type TimeContext, type TimeMatch } from '../time';
import { MAX_SCANNED_LINE, timesOfLine } from './line-times';
import { resolvedAt, spanToRange } from './resolved';
import type { ResolvedTime } from './types';

/** The zero point of an offset timeline: its instant and the clock time written for it. */
export interface ZeroPoint {
  instant: number;
  /** The clock the document writes for it (or for an offset entry: then `minutes` from zero). */
  time: ResolvedTime;
  /** The offset of the entry whose clock gives the zero (0 for a line that states it). */
  minutes: number;
}

/**
 * A line that states the zero point: `T0`, `T+0` or `T 0` and `=` or `:` before its clock (`T+0 = 14:00 UTC`,
 * `T0: 2024-05-14 14:00 UTC`), or its clock in parentheses (`T0 (14:00 UTC)`, group 1); not `T+0:15`, an offset.
 */
const ZERO_LINE = /(?<![\w+-])T[ \t]?(?:\+[ \t]?)?0(?::00)?[ \t]*(?:[=:](?!\d)|(\()[ \t]*)/;
/** `T0 =` or `T+0 is` the outage start, which a field states: `T+0 = start`, `T0 is the incident start`. */
const ZERO_IS_START = /(?<![\w+-])T[ \t]?(?:\+[ \t]?)?0(?:[ \t]*=[ \t]*|[ \t]+is[ \t]+)(?:the[ \t]+)?(?:(?:outage|incident)[ \t]+)?start(?:[ \t]+of[ \t]+the[ \t]+(?:outage|incident))?[ \t]*(?:[.;,)*]|$)/i;
/** The label of a field that gives the zero point's clock: `Zero point:`, `Time zero:`, `T-zero:`. */
const ZERO_LABEL = /^(?:zero[ \t]+point|time[ \t]+zero|t[ \t-]?zero)$/i;

/** True when a timeline entry's time is an offset from a zero point. */
export function hasOffsets(model: PostmortemModel): boolean {
  for (const e of model.timeline) if (e.zeroOffsetMinutes !== undefined) return true;
  return false;
}

/**
 * The zero point of a timeline of offsets, or undefined when the timeline has none or the document gives no clock for
 * it: first a field that names it (`Zero point:`), else a line that states its clock or says it is the outage `start`
 * (the front matter's or a field's, passed as `start`), else the first offset entry whose text gives a clock time
 * (zero is that time minus the entry's offset). A start alone is no zero point: T+0 is often not the outage start.
 * The date comes from the context (front matter, a Date field, the file name) as for any time.
 */
export function zeroPoint(model: PostmortemModel, ctx: TimeContext, scanned: readonly ScannedLine[] = scannedLinesOf(model), start?: ResolvedTime): ZeroPoint | undefined {
  if (!hasOffsets(model)) return undefined;
  for (const f of model.fields) {
    if (!ZERO_LABEL.test(f.label) || f.valueRange.start.line !== f.valueRange.end.line) continue;
    const time = clockIn(model, ctx, scanned, f.valueRange.start.line - 1, f.valueRange.start.column - 1, f.valueRange.end.column - 1);
    if (time) return { instant: time.instant!, time, minutes: 0 };
  }
  for (let i = 0; i < model.lines.length; i++) {
    const line = model.lines[i];
    const kind = scanned[i]?.kind;
    if (!line.includes('T') || line.length > MAX_SCANNED_LINE || kind === 'code' || kind === 'fence' || kind === 'comment' || kind === 'frontmatter') continue;
    const stated = ZERO_LINE.exec(line);
    const from = stated ? stated.index + stated[0].length : -1;
    // in parentheses, the clock comes first (`T0 (14:00 UTC)`, not `T0 (before the standup at 14:00)`)
    const time = stated && clockIn(model, ctx, scanned, i, from, line.length, stated[1] ? from : undefined);
    if (time) return { instant: time.instant!, time, minutes: 0 };
    if (start?.instant !== undefined && ZERO_IS_START.test(line)) return { instant: start.instant, time: start, minutes: 0 };
  }
  for (const e of model.timeline) {
    if (e.zeroOffsetMinutes === undefined || e.textRange.start.line !== e.textRange.end.line) continue;
    const line = e.textRange.start.line - 1;
    const time = clockIn(model, ctx, scanned, line, e.textRange.start.column - 1, e.textRange.end.column - 1);
    if (time) return { instant: time.instant! - e.zeroOffsetMinutes * 60_000, time, minutes: e.zeroOffsetMinutes };
  }
  return undefined;
}

/**
 * The first clock time written in line `i` between `from` and `to`, resolved, when it has an instant; with `at`, only
 * a clock that starts there.
 */
function clockIn(model: PostmortemModel, ctx: TimeContext, scanned: readonly ScannedLine[], i: number, from: number, to: number, at?: number): ResolvedTime | undefined {
  for (const m of timesOfLine(scanned[i]?.record, model.lines[i])) {
    if (m.start < from || m.hour === undefined) continue;
    if (m.end > to || (at !== undefined && m.start !== at)) return undefined;
    const t = resolvedAt(m, spanToRange(i + 1, 0, m), resolveTime(m, ctx), 'text');
    return t.instant === undefined ? undefined : t;
  }
  return undefined;
}

/**
 * The time of an entry written as an offset: zero + offset in the zero point's zone, or, with no zero known, no
 * instant and the offset alone (`zeroOffsetMinutes`), which orders the timeline and measures between its markers.
 */
export function offsetTime(entry: TimelineEntry, zero: ZeroPoint | undefined): ResolvedTime {
  const minutes = entry.zeroOffsetMinutes!;
  const match: TimeMatch = { start: 0, end: entry.timeText.length, text: entry.timeText, kind: 'time' };
  if (!zero) {
    return {
      text: entry.timeText, range: entry.timeRange, assumptions: ['no clock time is given for T+0: placed by its offset alone'],
      source: 'timeline', match, written: {}, zeroOffsetMinutes: minutes,
    };
  }
  const said = zero.minutes === 0 ? `T+0 is ${zero.time.text} (line ${zero.time.range.start.line})` : `T+0 is ${zero.time.text} minus ${zero.minutes} min (line ${zero.time.range.start.line})`;
  return timeAfter(entry, match, zero.time, zero.instant + minutes * 60_000, said, minutes);
}

/**
 * An entry's time at `instant`, in the zone of the time `from` it counts from (the zero point's, the entry before's):
 * a span of real time, so a change of daylight saving time in between counts as it happened.
 */
function timeAfter(entry: TimelineEntry, match: TimeMatch, from: ResolvedTime, instant: number, said: string, zeroOffsetMinutes: number | undefined): ResolvedTime {
  const zone = from.zone;
  const zoned = zone ? instantToZoned(instant, zone) : undefined;
  const t: ResolvedTime = {
    text: entry.timeText, range: entry.timeRange, instant, zone, offsetMinutes: zoned?.offsetMinutes, assumptions: [said],
    source: 'timeline', match, written: {}, zeroOffsetMinutes,
  };
  if (zoned) t.resolvedDate = { year: zoned.year, month: zoned.month, day: zoned.day };
  if (from.zoneAssumed) t.zoneAssumed = true;
  return t;
}

/**
 * The time of an entry written as a delay after the entry before (`Five minutes later`): `before`'s instant plus the
 * delay, in its zone (or, on a timeline of offsets no zero anchors, its offset plus the delay), and the sequence moved
 * past it so the clock entries after it roll over from it. A vague delay (`A few minutes later`), or one after an
 * entry without a time (none, `??:??`, a date alone, another vague one), gives an unknown time: none is made up.
 */
export function delayTime(entry: TimelineEntry, before: ResolvedTime | undefined, state: SequenceState): ResolvedTime {
  const { minutes, approximate } = entry.afterPrevious!;
  const match: TimeMatch = { start: 0, end: entry.timeText.length, text: entry.timeText, kind: 'time' };
  const from = before && !before.unknown && before.match.kind !== 'date' && (before.instant !== undefined || before.zeroOffsetMinutes !== undefined) ? before : undefined;
  if (minutes === undefined || !from) {
    match.unknown = true;
    const why = minutes === undefined ? `"${entry.timeText}" says no delay: an unknown time` : `"${entry.timeText}" counts from an entry before it with no known time: an unknown time`;
    return { text: entry.timeText, range: entry.timeRange, unknown: true, assumptions: [why], source: 'timeline', match, written: {} };
  }
  const line = from.range.start.line;
  const said = `${approximate ? 'about ' : ''}${delayWords(minutes)} after the entry before ("${from.text}", line ${line})`;
  const offset = from.zeroOffsetMinutes === undefined ? undefined : from.zeroOffsetMinutes + minutes;
  let t: ResolvedTime;
  if (from.instant === undefined) {
    t = { text: entry.timeText, range: entry.timeRange, assumptions: [said], source: 'timeline', match, written: {}, zeroOffsetMinutes: offset };
  } else {
    t = timeAfter(entry, match, from, from.instant + minutes * 60_000, said, offset);
    state.previous = t.instant;
    if (t.resolvedDate) state.day = t.resolvedDate;
  }
  t.afterPrevious = { minutes, line };
  if (approximate || from.approximate) {
    t.approximate = true;
    t.hedgeMinutes = (approximate ? minutes * HEDGE_SHARE : 0) + (from.hedgeMinutes ?? 0);
  }
  return t;
}

/** The share of a hedged delay it may be off by: "About an hour later" is 45 to 75 minutes later. */
const HEDGE_SHARE = 0.25;

/** A delay in words: `5 min`, `1 h 30 min`, or seconds when it is no whole minute (`90 s`). */
export function delayWords(minutes: number): string {
  return Number.isInteger(minutes) ? formatDuration(minutes) : `${Math.round(minutes * 60)} s`;
}

/**
 * Where a time stands on the timeline's scale, in milliseconds: its instant, else (an offset no zero anchors) its
 * offset from zero. `instants` says which scale the caller measures on: both never mix.
 */
export function scaleOf(t: ResolvedTime | undefined, instants: boolean): number | undefined {
  if (!t) return undefined;
  if (instants) return t.instant;
  return t.instant === undefined && t.zeroOffsetMinutes !== undefined ? t.zeroOffsetMinutes * 60_000 : undefined;
}

/** True when the times are on the relative scale: none has an instant and at least one is an offset from zero. */
export function onRelativeScale(times: readonly ResolvedTime[]): boolean {
  let relative = false;
  for (const t of times) {
    if (t.instant !== undefined) return false;
    if (t.zeroOffsetMinutes !== undefined) relative = true;
  }
  return relative;
}
