/**
 * The order a timeline is written in: oldest first, newest first when its section says so or its entries run
 * consistently back in time (a status page's updates included), the newest-first reading dated from the start's day;
 * and the marked entries in the order things happened, from which the milestones are taken.
 */
import type { ScannedLine } from '../model/scan';
import { STATUS_WORDS_ALL } from '../model/timeline-shape';
import type { PostmortemModel, TimelineEntry } from '../model/types';
import { addDays, type CivilDate, type TimeContext } from '../time';
import { entryMarks, saysNewestFirst } from './markers';
import { sameDay } from './resolved';
import { analyzeTimeline, newestFirstEntryTimes, oldestFirstEntryTimes, shiftedEntryTimes } from './timeline-entries';
import type { ResolvedTime } from './types';
import { scaleOf, type ZeroPoint } from './zero-point';

const HALF_DAY = 12 * 3_600_000;

/**
 * The entries that mark a milestone and have an instant (`read` holds the time of each entry of `model.timeline`), in
 * the order things happened: by instant, entries at one instant in the order they are read (bottom up in a timeline
 * written newest first), so that a list written either way (a status-page history newest first above an engineering
 * log oldest first) gives each milestone its earliest entry. The sort is stable, and only marked entries are sorted.
 * `instants` is false on a timeline of offsets that no zero anchors: it is then ordered by its offsets (see `scaleOf`).
 */
export function markedInTimeOrder(model: PostmortemModel, read: readonly ResolvedTime[], newestFirst: boolean, scanned: readonly ScannedLine[], instants: boolean): { time: ResolvedTime; mask: number }[] {
  const marked: { time: ResolvedTime; mask: number }[] = [];
  for (let k = 0; k < read.length; k++) {
    const at = newestFirst ? read.length - 1 - k : k;
    const entry = model.timeline[at];
    const time = read[at];
    // An entry without a place on the scale sets no milestone.
    if (scaleOf(time, instants) === undefined) continue;
    const mask = entryMarks(model, entry, scanned);
    if (mask !== 0) marked.push({ time, mask });
  }
  // Most timelines are in order already: a pass finds out, where a sort would compare and move every entry.
  for (let k = 1; k < marked.length; k++) {
    if (scaleOf(marked[k].time, instants)! < scaleOf(marked[k - 1].time, instants)!) return marked.sort((a, b) => scaleOf(a.time, instants)! - scaleOf(b.time, instants)!);
  }
  return marked;
}

/**
 * The times of the timeline's entries (at each entry's index in `model.timeline`), read oldest first, or newest first
 * when the Timeline section says so or the entries run consistently back in time (`runsNewestFirst`). The second
 * reading is made only when the first has an entry earlier than the one before it.
 */
export function readTimeline(model: PostmortemModel, ctx: TimeContext, zero?: ZeroPoint): { read: ResolvedTime[]; newestFirst?: 'declared' | 'consistent' } {
  if (declaresNewestFirst(model)) return { read: onStartDay(model, ctx, analyzeTimeline(model, ctx, newestFirstEntryTimes, zero), zero), newestFirst: 'declared' };
  const read = analyzeTimeline(model, ctx, oldestFirstEntryTimes, zero);
  if (!goesBack(read) && !twoStatusUpdates(model.timeline)) return { read };
  const reversed = analyzeTimeline(model, ctx, newestFirstEntryTimes, zero);
  return runsNewestFirst(model.timeline, reversed) ? { read: onStartDay(model, ctx, reversed, zero), newestFirst: 'consistent' } : { read };
}

/**
 * A timeline read newest first whose entries write no date: the document's date (or the start's) is the day it
 * began, the day of its bottom entry, not of its top one; read again from that day when the entries went back past it.
 */
function onStartDay(model: PostmortemModel, ctx: TimeContext, read: ResolvedTime[], zero: ZeroPoint | undefined): ResolvedTime[] {
  const day = ctx.referenceDate;
  if (!day) return read;
  let bottom: CivilDate | undefined;
  for (const time of read) {
    if (time.match.month !== undefined) return read;
    if (time.instant !== undefined && time.resolvedDate) bottom = time.resolvedDate;
  }
  const days = bottom ? Math.round((Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(bottom.year, bottom.month - 1, bottom.day)) / 86_400_000) : 0;
  return days > 0 ? analyzeTimeline(model, { ...ctx, referenceDate: addDays(day, days) }, shiftedEntryTimes, zero) : read;
}

/** True when the Timeline section's heading, or a line between it and its first entry, says it runs newest first. */
function declaresNewestFirst(model: PostmortemModel): boolean {
  const section = model.sections.find((s) => s.standard === 'timeline');
  if (!section) return false;
  const heading = section.headingRange.start.line;
  const first = model.timeline.find((e) => e.line > heading)?.line ?? section.endLine + 1;
  return saysNewestFirst(section, Math.min(first, section.endLine + 1), model.lines);
}

/** True when at least three entries have instants and one is earlier than the one before it. */
function goesBack(read: readonly ResolvedTime[]): boolean {
  let previous: number | undefined;
  let known = 0;
  let back = false;
  for (const time of read) {
    const at = time.instant;
    if (at === undefined) continue;
    known++;
    if (previous !== undefined && at < previous) back = true;
    previous = at;
  }
  return back && known >= 3;
}

/**
 * True when entries read newest first run consistently back in time: the first is later than the last, at least two
 * steps go back, and at least three times as many go back as forward. A timeline written oldest first with one entry
 * out of place has one step back, so it is never taken for one written newest first; two entries say nothing either
 * way, unless both are a status page's updates as its pages print them (`Resolved: ...` above `Investigating: ...`):
 * they always run newest first.
 * A step of more than 12 hours, or one that changes the day, to a time without a date of its own (23:40 under 00:20,
 * 00:10 under 23:40) counts neither way: read the other way round, it would be on another day.
 */
function runsNewestFirst(timeline: readonly TimelineEntry[], read: readonly ResolvedTime[]): boolean {
  let first: ResolvedTime | undefined;
  let previous: ResolvedTime | undefined;
  let back = 0;
  let forward = 0;
  for (const time of read) {
    const at = time.instant;
    if (at === undefined) continue;
    first ??= time;
    if (previous !== undefined && (time.match.month !== undefined || (sameDay(time.resolvedDate, previous.resolvedDate) && Math.abs(at - previous.instant!) <= HALF_DAY))) {
      if (at < previous.instant!) back++;
      else if (at > previous.instant!) forward++;
    }
    previous = time;
  }
  if (first === undefined || previous === undefined || first.instant! <= previous.instant!) return false;
  return (back >= 2 && back >= 3 * forward) || (back === 1 && forward === 0 && twoStatusUpdates(timeline));
}

/** Two updates of a status page as its pages print them (`Resolved: ...` above `Investigating: ...`): newest first. */
function twoStatusUpdates(timeline: readonly TimelineEntry[]): boolean {
  return timeline.length === 2 && STATUS_UPDATE.test(timeline[0].text) && STATUS_UPDATE.test(timeline[1].text);
}

/**
 * The text of a status page's update as the model gives it: its word and a colon (`Resolved: Errors stopped.`), or the
 * word alone.
 */
const STATUS_UPDATE = new RegExp(`^(?:${STATUS_WORDS_ALL})(?:: |$)`, 'i');
