/**
 * A run of a status page's updates pasted into a timeline and written with a clock only (`**Resolved** - ...` over
 * `00:40 UTC`): the order it is written in, which the run's own clocks tell, not the timeline around it (a status page
 * prints its updates newest first, beside an engineering log written oldest first).
 */
import type { ScannedLine } from '../model/scan';
import { isStatusUpdate, updateRunEnd } from '../model/timeline-updates';
import type { PostmortemModel } from '../model/types';
import { timeMatchOf } from './line-times';

const DAY_MINUTES = 1440;
const HALF_DAY_MINUTES = 720;

/** A run of updates read in its own order: up to index `end` (exclusive), newest first when `back`. */
export interface UpdateRun {
  end: number;
  back: boolean;
  /**
   * How many times the run goes back past midnight from its top to its bottom, read newest first (`00:10` over
   * `23:50` is one): the days between its top's day and its bottom's.
   */
  midnights: number;
}

/**
 * The run of a status page's updates that starts at `model.timeline[k]` when it has at least two updates and one of
 * them is written with a clock and no date (the others are read alike with or without this), else undefined.
 * Its order comes from its clocks: each step between two of them is the shorter way round the clock (`00:40` to `00:10`
 * goes back 30 minutes, `00:10` to `23:50` back 20); newest first when more steps go back than forward, oldest first
 * when more go forward, and `readingBack` (the timeline's order) when as many go each way.
 */
export function updateRunAt(model: PostmortemModel, k: number, scanned: readonly ScannedLine[], readingBack: boolean): UpdateRun | undefined {
  const timeline = model.timeline;
  // a cheap test first: only a status page's update has its time below its first line
  if (timeline[k].timeRange.start.line <= timeline[k].line || !isStatusUpdate(timeline[k])) return undefined;
  const end = updateRunEnd(timeline, model.lines, k);
  if (end - k < 2) return undefined;
  let clockOnly = false;
  let back = 0;
  let forward = 0;
  let midnights = 0;
  let before: number | undefined;
  let beforeDay: number | undefined;
  for (let j = k; j < end; j++) {
    const e = timeline[j];
    const m = timeMatchOf(model, e.timeRange, scanned);
    if (!m || m.hour === undefined || m.unknown) continue;
    const minutes = m.hour * 60 + (m.minute ?? 0);
    const day = m.month !== undefined && m.day !== undefined ? m.month * 32 + m.day : undefined;
    if (day === undefined && e.dateText === undefined) clockOnly = true;
    if (before !== undefined) {
      if (day !== undefined && beforeDay !== undefined && day !== beforeDay) {
        // two dates say which way
        if (day > beforeDay) forward++;
        else back++;
      } else {
        const step = minutes < before ? minutes - before + DAY_MINUTES : minutes - before;
        if (step > 0 && step < HALF_DAY_MINUTES) forward++;
        else if (step > HALF_DAY_MINUTES) {
          back++;
          if (minutes > before && day === undefined) midnights++;
        }
      }
    }
    before = minutes;
    beforeDay = day;
  }
  if (!clockOnly) return undefined;
  return { end, back: back === forward ? readingBack : back > forward, midnights };
}
