/**
 * The half of the day a clock written without AM/PM is in, from the clock before it: a chat message grouped under its
 * sender's header (`2:06` under `Bob Li  2:05 PM`), and a timeline on a 12-hour clock past noon (`1:05` after `12:10`,
 * also above it in a timeline written newest first).
 */
import type { TimelineEntry } from '../model/types';
import type { TimeMatch } from '../time';

/**
 * A copy of a chat message's clock without AM/PM (`2:06`) in the half of the day that does not put it before
 * `chatClock`, the clock of its sender's header (`2:05 PM`); `match` itself when it has AM/PM or is no 12-hour clock.
 */
export function inChatHalf(match: TimeMatch, chatClock: number): TimeMatch {
  const hour = match.hour;
  if (match.meridiem || hour === undefined || hour < 1 || hour > 12 || match.invalid) return match;
  const pm = chatClock >= 12 * 60;
  let meridiem: 'am' | 'pm' = pm ? 'pm' : 'am';
  if ((hour % 12 + (pm ? 12 : 0)) * 60 + (match.minute ?? 0) < chatClock) meridiem = pm ? 'am' : 'pm';
  return Object.assign({}, match, { meridiem, hour: hour % 12 + (meridiem === 'pm' ? 12 : 0), inherited: [...(match.inherited ?? []), 'meridiem' as const] });
}

/** A 12-hour clock without AM/PM: an hour from 1 to 11 without a leading zero (`1:05`, `11:30`; not `01:05`). */
const TWELVE_HOUR_CLOCK = /^(?:[1-9]|1[01])[:.]/;

/**
 * A copy of `match` in the afternoon (`1:05` as 1:05 PM) when it is a bare 12-hour clock that would go back from
 * `clock` (minutes into the day of the entry before, past noon) and is in order as PM; `match` itself otherwise.
 */
export function inAfternoon(match: TimeMatch, clock: number): TimeMatch {
  const hour = match.hour;
  if (match.meridiem || hour === undefined || match.month !== undefined || match.invalid || match.unknown) return match;
  const minutes = hour * 60 + (match.minute ?? 0);
  if (minutes >= clock || minutes + 12 * 60 < clock) return match;
  if (!TWELVE_HOUR_CLOCK.test(match.timeSpan ? match.text.slice(match.timeSpan.start - match.start) : match.text)) return match;
  return Object.assign({}, match, { meridiem: 'pm' as const, hour: hour + 12, inherited: [...(match.inherited ?? []), 'meridiem' as const] });
}

/** The clock (minutes into the day) of a time past noon on a 12-hour clock (`12:10`, `2:04 PM`), else undefined. */
export function afternoonClock(m: TimeMatch): number | undefined {
  if (m.hour === undefined || m.invalid || m.month !== undefined) return undefined;
  return m.meridiem === 'pm' || (m.meridiem === undefined && m.hour === 12) ? m.hour * 60 + (m.minute ?? 0) : undefined;
}

/**
 * For a timeline read newest first, at each entry's index: the clock past noon (see `afternoonClock`) of the entry
 * below it, the one before it in time, that `inAfternoon` reads it from (`1:05` above `12:10` is 1:05 PM, and `2:30`
 * above that 2:30 PM); undefined where there is none, and as a whole when no entry has one. Read from the bottom up, as
 * the oldest-first reading goes down: an offset or a delay moves nothing, a sender's message is not read so.
 */
export function afternoonsBelow(timeline: readonly TimelineEntry[], matchOf: (entry: TimelineEntry) => TimeMatch | undefined): (number | undefined)[] | undefined {
  let out: (number | undefined)[] | undefined;
  let afternoon: number | undefined;
  for (let k = timeline.length - 1; k >= 0; k--) {
    const entry = timeline[k];
    if (entry.zeroOffsetMinutes !== undefined || entry.afterPrevious) continue;
    const match = matchOf(entry);
    if (!match) continue;
    const half = entry.author ? undefined : afternoon;
    if (half !== undefined) (out ??= new Array<number | undefined>(timeline.length))[k] = half;
    afternoon = afternoonClock(half !== undefined ? inAfternoon(match, half) : match);
  }
  return out;
}
