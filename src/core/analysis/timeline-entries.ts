/**
 * The timeline entries' times, resolved in order (a `### date` heading or date column gives the day, the entry before
 * the sequence's state), each kept per line so that an unchanged entry reached in the same state is not read again;
 * and the analyzed entries (an entry with its time and offset from the start), kept alike.
 */
import { lineSlot } from '../cache';
import { scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import { sameRange } from '../model/text';
import type { PostmortemModel, TimelineEntry } from '../model/types';
import { addDays, findTimes, headingDay, monthDayAlone, resolveNext, scanTimes, sequenceStart, type CivilDate, type TimeContext, type TimeMatch, type ZoneMention } from '../time';
import type { Range } from '../types';
import { afternoonClock, afternoonsBelow, inAfternoon, inChatHalf } from './clock-halves';
import { regionalZone } from './document-zone';
import { contextKey, dayFirst, entryMatchOfLine, firstMatchIn, timeMatchOf } from './line-times';
import { atLine, isStrayTime, markHedged, resolvedAt, sameDay, sameZone, spanToRange } from './resolved';
import type { AnalyzedTimelineEntry, ResolvedTime } from './types';
import { updateRunAt } from './update-runs';
import { delayTime, offsetTime, type ZeroPoint } from './zero-point';

/**
 * A timeline entry's time as resolved in the last check, with everything it depended on: the place, the context,
 * the entry's day, and where the reading stood before it (the sequence's last instant and day, the zone carried
 * along and its text); and where the reading stood after it.
 */
interface KeptEntryTime {
  line: number;
  column: number;
  /** The context key (see `contextKey`). */
  context: string;
  dateText?: string;
  /** The clock of the chat header a sender's message read in (see `inChatHalf`), or undefined for an entry with no sender. */
  chat?: number;
  /** The clock of the entry before an entry with no sender when past noon on a 12-hour clock (see `inAfternoon`). */
  afternoon?: number;
  /** Whether the entry before was dated by the same heading, date line or row (see `analyzeTimeline`). */
  sameDate: boolean;
  /** The scanned time (the same object while the line is unchanged). */
  match: TimeMatch;
  /** Read newest first (a run of updates may be read the other way from the timeline: see `updateRunAt`). */
  back: boolean;
  previous?: number;
  day?: CivilDate;
  last?: ZoneMention;
  carried?: string;
  time: ResolvedTime;
  nextPrevious?: number;
  nextDay?: CivilDate;
  nextLast?: ZoneMention;
  nextCarried?: string;
}

/** The entries' times kept per line for the reading of a timeline written oldest first. */
export const oldestFirstEntryTimes = lineSlot<KeptEntryTime>();
/**
 * The same, for the reading of a timeline written newest first, and for that reading from a later day (`onStartDay`):
 * each reading keeps its own, so that a check that makes two readings finds both kept in the next check.
 */
export const newestFirstEntryTimes = lineSlot<KeptEntryTime>();
export const shiftedEntryTimes = lineSlot<KeptEntryTime>();

/**
 * Resolves timeline entries in order, with `### date` headings or date columns giving the day: each entry's time, at
 * the entry's index in `model.timeline` (an array of times, not a pair per entry). Each entry's time depends on the
 * context and on the entries before it only through the sequence's state (the last instant, the day, the zone carried
 * from an entry before): an unchanged entry at the same place, reached in the same state, takes the time it had in the
 * last check. `entryTimes` is where the reading keeps its times:
 * `oldestFirstEntryTimes` reads oldest first, the others newest first. An entry written as an offset (`T+0:15`) is
 * placed from the `zero` point, when one is known (see `offsetTime`), and one written as a delay (`Five minutes later`)
 * from the entry written before it (see `delayTime`).
 */
export function analyzeTimeline(model: PostmortemModel, ctx: TimeContext, entryTimes: typeof oldestFirstEntryTimes, zero?: ZeroPoint): ResolvedTime[] {
  const scanned = scannedLinesOf(model);
  const context = contextKey(ctx);
  const state = sequenceStart(ctx, entryTimes !== oldestFirstEntryTimes);
  // Without a document zone, a time without one is read in the zone last written in the timeline (`last`), and says
  // so (`carried`, the text of that zone).
  let last: ZoneMention | undefined;
  let carried: string | undefined;
  // The date given by the entry before (its heading, date line or an earlier row): an entry dated by the same one is
  // read as the times after a dated entry are, on the day the entries before it reached (over midnight included).
  let previousDate: Range | undefined;
  // A run of a status page's updates written with a clock only is read in its own order (see `updateRunAt`), from
  // the time read before it that it follows on from: newest first from the latest (its top is the incident's end, as
  // the log's last entry is), oldest first from the earliest; at the timeline's top, newest first from the day its
  // bottom is on. The entries after it are read on from where the entries before it left off.
  const readingBack = state.newestFirst === true;
  let runEnd = -1;
  let savedPrevious: number | undefined;
  let savedDay: CivilDate | undefined;
  // the runs read so far, as index pairs [from, to): no entry of theirs is where the entries before a run stand
  let runs: number[] | undefined;
  // The time of the entry before: a delay (`Five minutes later`) counts from it; a stray time is none.
  let before: ResolvedTime | undefined;
  // The clock (minutes into the day) of the last chat message whose time has AM/PM: a message grouped under its
  // header (`2:06` under `Bob Li  2:05 PM`) is in the half of the day that follows on from it.
  let chatClock: number | undefined;
  // The clock of the entry before when it is past noon on a 12-hour clock (`12:10`, `2:04 PM`): a time without AM/PM
  // that would go back from it (`1:05`) is in the afternoon too. Read newest first, the entry before in time is the
  // one below: its clock is known before the reading reaches it only from a pass from the bottom up.
  let afternoon: number | undefined;
  const below = readingBack ? afternoonsBelow(model.timeline, (e) => timeMatchOf(model, e.timeRange, scanned)) : undefined;
  const read = (entry: TimelineEntry, k: number): ResolvedTime => {
    // an offset from the zero point (`T+0:15`) is placed by it, outside the clocks' sequence
    if (entry.zeroOffsetMinutes !== undefined) return offsetTime(entry, zero);
    const dateRange = entry.dateRange;
    const sameDate = dateRange !== undefined && previousDate !== undefined && dateRange.start.line !== entry.line && sameRange(dateRange, previousDate);
    previousDate = dateRange;
    const { start, end } = entry.timeRange;
    // The entry's time as the scan of its whole line reads it (positions from the line's start), or, when that scan
    // cannot tell, as a scan of its span reads it (positions from the span's start).
    const fromLine = entryMatchOfLine(model, entry.timeRange, scanned);
    const match = fromLine ?? firstMatchIn(model, entry.timeRange, scanned);
    if (!match) return unreadable(entry.timeText, entry.timeRange);
    if (entry.author && match.meridiem && match.hour !== undefined) chatClock = match.hour * 60 + (match.minute ?? 0);
    const offset = fromLine ? 0 : start.column - 1;
    const record = start.line === end.line ? scanned[start.line - 1]?.record : undefined;
    // a sender's bare clock depends on the header above it, another bare clock on the entry before: the same line
    // after another reads otherwise
    const chat = entry.author ? chatClock : undefined;
    const half = entry.author ? undefined : state.newestFirst ? below?.[k] : afternoon;
    const kept = record && entryTimes.get(record);
    if (kept && kept.match === match && kept.back === (state.newestFirst === true) && kept.column === start.column && kept.context === context && kept.sameDate === sameDate
      && kept.dateText === entry.dateText && kept.chat === chat && kept.afternoon === half && kept.previous === state.previous && kept.carried === carried && sameDay(kept.day, state.day) && sameZone(kept.last, last)) {
      state.previous = kept.nextPrevious;
      state.day = kept.nextDay;
      last = kept.nextLast;
      carried = kept.nextCarried;
      // A line moved by a new or deleted line above it reads the same: only its ranges move. (The line of the time,
      // which may be below the entry's first: a status update's time under its text.)
      if (kept.line !== start.line) {
        kept.line = start.line;
        kept.time = atLine(kept.time, start.line);
      }
      afternoon = afternoonClock(kept.time.match);
      return kept.time;
    }
    // The date of a heading or column joins a copy of the match (matches are shared between checks).
    let m = chat !== undefined ? inChatHalf(match, chat) : half !== undefined ? inAfternoon(match, half) : match;
    // (and a weekday written with the clock is read against the heading's day wherever the entry is: see `headingDay`)
    if (entry.dateText && m.month === undefined && m.day === undefined && (m.weekday !== undefined || !(sameDate && state.day))) {
      const date = (dayFirst ? scanTimes(entry.dateText, true) : findTimes(entry.dateText)).find((d) => d.month !== undefined && d.day !== undefined)
        ?? monthDayAlone(entry.dateText, dayFirst);
      const year = date?.year ?? ctx.yearHint;
      const next = date && m.weekday !== undefined && year !== undefined ? headingDay(m.weekday, { year, month: date.month!, day: date.day! }, state.newestFirst === true) : undefined;
      if (next && next.day !== date!.day) m = Object.assign({}, m, { year: next.year, month: next.month, day: next.day, kind: 'datetime' as const });
      else if (date) m = Object.assign({}, m, { year: date.year, month: date.month, day: date.day, weekday: m.weekday ?? date.weekday, kind: 'datetime' as const });
    }
    const previous = state.previous;
    const day = state.day;
    const lastBefore = last;
    const carriedBefore = carried;
    let input = m;
    if (!ctx.zone) {
      if (m.zone) { if (m.zone.zone) last = regionalZone(m.zone); }
      // Object.assign, not a spread: spreading objects of this size is slow on long timelines.
      else if (last) input = Object.assign({}, m, { zone: last });
    }
    const r = resolveNext(input, ctx, state);
    if (half !== undefined && m !== match) r.assumptions.push(`${match.text} read as ${match.text} PM: the entry before it is past noon on a 12-hour clock`);
    if (!ctx.zone) {
      if (!m.zone && carried && r.instant !== undefined) r.assumptions = [...r.assumptions.filter((a) => !a.startsWith('no zone')), `zone ${carried} from the entry before`];
      if (m.zone?.zone) carried = m.zone.text;
    }
    // A time that is the whole span (most are) has the entry's own time range (ranges are never changed).
    const whole = offset + match.start === start.column - 1 && start.line === end.line && offset + match.end === end.column - 1;
    const time = markHedged(resolvedAt(m, whole ? entry.timeRange : spanToRange(start.line, offset, match), r, 'timeline'), model.lines);
    afternoon = afternoonClock(m);
    if (record) {
      entryTimes.set(record, {
        line: start.line, column: start.column, context, dateText: entry.dateText, chat, afternoon: half, sameDate, match, back: state.newestFirst === true, previous, day, last: lastBefore, carried: carriedBefore,
        time, nextPrevious: state.previous, nextDay: state.day, nextLast: last, nextCarried: carried,
      });
    }
    return time;
  };
  const timeline = model.timeline;
  const out = new Array<ResolvedTime>(timeline.length);
  for (let k = 0; k < timeline.length; k++) {
    const entry = timeline[k];
    if (k === runEnd) {
      state.previous = savedPrevious;
      state.day = savedDay;
      state.newestFirst = readingBack;
      runEnd = -1;
    }
    const run = runEnd < 0 ? updateRunAt(model, k, scanned, readingBack) : undefined;
    if (run) {
      runEnd = run.end;
      savedPrevious = state.previous;
      savedDay = state.day;
      state.newestFirst = run.back;
      const from = edgeBefore(out, k, runs, timeline, run.back);
      if (from) {
        state.previous = from.instant;
        state.day = from.resolvedDate;
      } else if (run.back && run.midnights > 0 && state.day) state.day = addDays(state.day, run.midnights);
      (runs ??= []).push(k, run.end);
    }
    if (entry.text !== '') {
      out[k] = before = entry.afterPrevious ? delayTime(entry, before, state) : read(entry, k);
      continue;
    }
    // a stray time is read where the reading stands, but does not move it (see `isStrayTime`)
    const previousBefore = state.previous;
    const dayBefore = state.day;
    const time = out[k] = read(entry, k);
    if (isStrayTime(entry, time)) {
      state.previous = previousBefore;
      state.day = dayBefore;
    } else before = time;
  }
  return out;
}

/**
 * The latest time read before index `k` (the earliest when not `latest`) that placed the reading there: an instant
 * with its day, not a stray time, an offset, a date alone, nor an entry of a run of updates read before (`runs`).
 */
function edgeBefore(read: readonly ResolvedTime[], k: number, runs: readonly number[] | undefined, timeline: readonly TimelineEntry[], latest: boolean): ResolvedTime | undefined {
  let edge: ResolvedTime | undefined;
  let r = 0;
  for (let j = 0; j < k; j++) {
    while (runs && r < runs.length && j >= runs[r + 1]) r += 2;
    if (runs && r < runs.length && j >= runs[r]) continue;
    const t = read[j];
    if (t.instant === undefined || !t.resolvedDate || t.match.kind === 'date' || t.zeroOffsetMinutes !== undefined || isStrayTime(timeline[j], t)) continue;
    if (!edge || (latest ? t.instant > edge.instant! : t.instant < edge.instant!)) edge = t;
  }
  return edge;
}

/**
 * The analyzed entry of a line in the last check, and what it was made of (the entry, its time, the start), each in a
 * slot of its own: no object per entry to hold them.
 */
const analyzedEntries = lineSlot<AnalyzedTimelineEntry>();
const analyzedFrom = lineSlot<TimelineEntry>();
const analyzedAt = lineSlot<ResolvedTime>();
const analyzedStart = lineSlot<number | undefined>();

/** `analyzedEntry`, taken from the last check when the entry, its time and the start are the same objects. */
export function analyzedEntryOf(scanned: readonly ScannedLine[], e: TimelineEntry, time: ResolvedTime, startInstant: number | undefined): AnalyzedTimelineEntry {
  const record = scanned[e.line - 1]?.record;
  const kept = record && analyzedEntries.get(record);
  if (kept && analyzedFrom.get(record) === e && analyzedAt.get(record) === time && analyzedStart.get(record) === startInstant) return kept;
  const analyzed = analyzedEntry(e, time, startInstant);
  if (record) {
    analyzedEntries.set(record, analyzed);
    analyzedFrom.set(record, e);
    analyzedAt.set(record, time);
    analyzedStart.set(record, startInstant);
  }
  return analyzed;
}

/**
 * A timeline entry with its time and, when both are known, its offset from the start. Built field by field in the
 * model's order: spreading an entry (`{ ...entry, time }`) costs microseconds per entry on long timelines.
 */
function analyzedEntry(e: TimelineEntry, time: ResolvedTime, startInstant: number | undefined): AnalyzedTimelineEntry {
  const analyzed = analyzedFields(e, time, startInstant);
  // only offset entries (`T+0:15`) have this key: the usual shapes `analyzedFields` builds stay whole
  if (e.zeroOffsetMinutes !== undefined) analyzed.zeroOffsetMinutes = e.zeroOffsetMinutes;
  if (e.afterPrevious) analyzed.afterPrevious = e.afterPrevious;
  if (e.author) analyzed.author = e.author;
  if (e.timeNote) analyzed.timeNote = e.timeNote;
  return analyzed;
}

/** The fields of `analyzedEntry` but an offset from the zero point and a delay after the entry before. */
function analyzedFields(e: TimelineEntry, time: ResolvedTime, startInstant: number | undefined): AnalyzedTimelineEntry {
  // The offset is a key of the literal too: a key added to an object after it is made goes to a separate store.
  if (startInstant !== undefined && time.instant !== undefined) {
    const offsetFromStartMinutes = Math.round((time.instant - startInstant) / 60_000);
    return 'dateText' in e
      ? { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, dateText: e.dateText, dateRange: e.dateRange, time, offsetFromStartMinutes }
      : { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, time, offsetFromStartMinutes };
  }
  return 'dateText' in e
    ? { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, dateText: e.dateText, dateRange: e.dateRange, time }
    : { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, time };
}

/** A timeline time the scanner could not read at all. */
function unreadable(text: string, range: Range): ResolvedTime {
  return {
    text, range, assumptions: [], source: 'timeline', written: {},
    match: { start: 0, end: text.length, text, kind: 'time', invalid: `"${text}" is not a time` },
    problem: { reason: 'invalid', message: `"${text}" is not a time this tool can read` },
  };
}
