/**
 * Times read in order, as in a timeline: a time without a date takes the day of the entry before it, and an `HH:MM`
 * that goes backwards by more than 12 hours belongs to the next day (23:50 then 00:10). A timeline written newest
 * first is read the other way round: an `HH:MM` that goes forwards by more than 12 hours belongs to the day before
 * (00:10 then 23:50).
 */
import { MONTH_NAMES, type CivilDate } from './civil';
import type { TimeMatch } from './parse';
import { resolveTime, type TimeContext, type TimeResolution } from './resolve';
import { instantToZoned, resolveLocalTime, zonedToInstant } from './zones';

const HALF_DAY = 12 * 3600000;

/**
 * `nextInstant` moved forward by whole calendar days in `zone` (keeping its wall-clock time) while it is more than
 * 12 hours before `previousInstant`; unchanged otherwise. A smaller step backwards stays as it is (out of order).
 */
export function rollover(previousInstant: number, nextInstant: number, zone = 'UTC'): number {
  return rollDays(previousInstant, nextInstant, zone, 1);
}

/**
 * `nextInstant` moved back by whole calendar days in `zone` while it is more than 12 hours after `previousInstant`:
 * `rollover` for a timeline written newest first.
 */
export function rollback(previousInstant: number, nextInstant: number, zone = 'UTC'): number {
  return rollDays(previousInstant, nextInstant, zone, -1);
}

/** `nextInstant` moved by whole calendar days (`step`: 1 forward, -1 back) while it is over 12 hours the wrong side of `previousInstant`. */
function rollDays(previousInstant: number, nextInstant: number, zone: string, step: 1 | -1): number {
  let next = nextInstant;
  for (let guard = 0; step * (previousInstant - next) > HALF_DAY && guard < 366; guard++) {
    const z = instantToZoned(next, zone);
    next = zonedToInstant({ ...z, day: z.day + step }, zone);
  }
  return next;
}

function dateIn(instant: number, zone: string): CivilDate {
  const z = instantToZoned(instant, zone);
  return { year: z.year, month: z.month, day: z.day };
}

/** Where a sequence of times stands: the last instant placed, and the day of the times written without a date. */
export interface SequenceState {
  previous?: number;
  day?: CivilDate;
  /** The context of date-less times, made again only when the day changes (not once per time). */
  dayCtx?: TimeContext;
  /** The times are written newest first: each is expected before the one above it. */
  newestFirst?: boolean;
}

/** The state at the start of a sequence read in `ctx` (newest first when `newestFirst`). */
export function sequenceStart(ctx: TimeContext, newestFirst = false): SequenceState {
  return newestFirst ? { day: ctx.referenceDate, newestFirst } : { day: ctx.referenceDate };
}

/**
 * Resolves the next time of a sequence from the state the times before it left, and moves the state past it: a time
 * written with a date sets the day for the ones after it; a date-less time uses that day, rolls over to the next day
 * when it goes backwards by more than 12 hours, and, in a fall-back overlap, takes the second occurrence when the
 * first would go backwards.
 */
export function resolveNext(m: TimeMatch, ctx: TimeContext, state: SequenceState): TimeResolution {
  const ownDate = m.month !== undefined && m.day !== undefined;
  if (!ownDate && (!state.dayCtx || state.dayCtx.referenceDate !== state.day)) state.dayCtx = { ...ctx, referenceDate: state.day };
  const r = resolveTime(m, ownDate ? ctx : state.dayCtx!);
  const previous = state.previous;
  // a weekday or a day of the month written with the clock names its day (see `resolveTime`): it is not moved to the
  // next or previous day
  if (r.instant !== undefined && r.zone && !ownDate && m.weekday === undefined && m.day === undefined && previous !== undefined && !r.dateOnly) {
    const back = state.newestFirst === true;
    if ((back ? r.instant > previous : r.instant < previous) && r.date) {
      const local = resolveLocalTime({ ...r.date, hour: m.hour ?? 0, minute: m.minute ?? 0, second: m.second ?? 0 }, r.zone);
      const inOrder = back ? local.candidates.find((c) => c <= previous) : local.candidates.find((c) => c >= previous);
      if (local.kind === 'overlap' && inOrder !== undefined) {
        r.instant = inOrder;
        r.offsetMinutes = instantToZoned(inOrder, r.zone).offsetMinutes;
        r.assumptions = r.assumptions.filter((a) => !a.includes('happened twice'));
        r.assumptions.push(back
          ? `${m.text} happened twice (clocks moved back): read as the first, before the entry above it (the timeline runs newest first)`
          : `${m.text} happened twice (clocks moved back): read as the second, after the previous entry`);
      }
    }
    const rolled = back ? rollback(previous, r.instant, r.zone) : rollover(previous, r.instant, r.zone);
    if (rolled !== r.instant) {
      r.instant = rolled;
      r.offsetMinutes = instantToZoned(rolled, r.zone).offsetMinutes;
      r.date = dateIn(rolled, r.zone);
      r.assumptions.push(back
        ? `day before: ${m.text} is more than 12 hours after the entry above it and the timeline runs newest first, so it is on ${MONTH_NAMES[r.date.month - 1]} ${r.date.day}, ${r.date.year}`
        : `next day: ${m.text} is more than 12 hours before the previous time, so it is on ${MONTH_NAMES[r.date.month - 1]} ${r.date.day}, ${r.date.year}`);
    }
  }
  if (r.instant !== undefined && r.date && !r.dateOnly) {
    state.previous = r.instant;
    state.day = r.date;
  } else if (r.dateOnly && r.date) {
    state.day = r.date;
  }
  return r;
}

/**
 * Resolves times in document order (see `resolveNext`), newest first when `newestFirst`. Each resolution corresponds
 * to the match at the same index.
 */
export function resolveSequence(matches: readonly TimeMatch[], ctx: TimeContext = {}, newestFirst = false): TimeResolution[] {
  const state = sequenceStart(ctx, newestFirst);
  return matches.map((m) => resolveNext(m, ctx, state));
}
