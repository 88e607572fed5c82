/**
 * Places a written time on the timeline: picks its year, date and zone the way a careful reader would, and says each
 * choice in words. Year: written > `yearHint` > a weekday that pins it > file-name date > the reference date.
 * Zone: written > the context zone (which also settles ambiguous abbreviations) > UTC, flagged as assumed.
 */
import { memoized } from '../cache';
import { addDays, isValidDate, MONTH_NAMES, pad2, WEEKDAY_NAMES, weekdayOf, type CivilDate } from './civil';
import { inferYear } from './calendar';
import type { TimeMatch } from './parse';
import { formatOffset, instantToZoned, normalizeZone, offsetAt, resolveLocalTime, type ZoneInfo } from './zones';

/** What surrounds a time: everything that can fill in what it leaves out. */
export interface TimeContext {
  /** The document's zone: IANA name, `UTC`, an offset, or any unambiguous zone text (`PST/PDT`). */
  zone?: string;
  /** Where `zone` came from, for the assumptions (`the document's declaration`). Default: `the document's zone`. */
  zoneSource?: string;
  /** The day of times written without a date (a `### date` heading, the outage start). */
  referenceDate?: CivilDate;
  /** Year from the front matter or the start date. */
  yearHint?: number;
  /** Date carried by the file name. */
  fileNameDate?: CivilDate;
  /** "Now" in ms since the epoch, for weekday year inference. Default: the clock. */
  now?: number;
}

/** Why a time cannot be placed. */
export type UnresolvedReason = 'unknown' | 'invalid' | 'no-date' | 'no-year' | 'ambiguous-zone' | 'bad-zone';

/** A time placed on the timeline, or why it cannot be. */
export interface TimeResolution {
  /** Milliseconds since the epoch; undefined when unresolved. */
  instant?: number;
  /** Zone id used (`UTC`, IANA name, `-05:00`). */
  zone?: string;
  /** UTC offset at the instant, minutes east. */
  offsetMinutes?: number;
  /** The wall-clock date used, in `zone`. */
  date?: CivilDate;
  /** Each choice made from context, in plain words. */
  assumptions: string[];
  /** True when no zone was written or known and UTC was used. */
  zoneAssumed?: boolean;
  /** True when only a date was written (the instant is the start of that day). */
  dateOnly?: boolean;
  /** Set when the time cannot be placed. */
  unresolved?: { reason: UnresolvedReason; message: string };
  /** The readings of an ambiguous zone that the context could not settle. */
  zoneCandidates?: ZoneInfo[];
}

function dayText(d: CivilDate): string {
  return `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`;
}

function clockText(h: number, m: number): string {
  return `${pad2(h)}:${pad2(m)}`;
}

const fail = (reason: UnresolvedReason, message: string, assumptions: string[] = []): TimeResolution => ({ assumptions, unresolved: { reason, message } });

/** One read-only choice per zone id: every time of a document is read in a few zones, not one object each. */
const zoneChoice = memoized((zone: string): { readonly zone: string } => ({ zone }), 1000);

/** The zone to read a match in, with the words that justify it. */
function chooseZone(match: TimeMatch, ctx: TimeContext, approx: number, says: string[]): { zone: string; assumed?: boolean } | TimeResolution {
  const ctxZone = ctx.zone ? normalizeZone(ctx.zone) : undefined;
  const source = ctx.zoneSource ?? "the document's zone";
  const mention = match.zone;
  if (mention?.zone) {
    if (match.inherited?.includes('zone')) says.push(`zone ${mention.text} from the other end of the range`);
    return zoneChoice(mention.zone.zone);
  }
  if (mention?.ambiguous) {
    if (ctxZone) {
      const ctxOffset = offsetAt(ctxZone, approx);
      const pick = mention.candidates.find((c) => c.region === ctxZone || c.zone === ctxZone) ??
        mention.candidates.find((c) => c.offsetMinutes === ctxOffset);
      if (pick) {
        says.push(`${mention.text} read as ${pick.name} (UTC${formatOffset(pick.offsetMinutes ?? 0)}) from ${source} ${ctx.zone}`);
        return zoneChoice(pick.zone);
      }
    }
    const r = fail('ambiguous-zone', `${mention.text} is ambiguous (${mention.candidates.map((c) => `${c.name}, UTC${formatOffset(c.offsetMinutes ?? 0)}`).join('; ')}): declare the document's zone`, says);
    r.zoneCandidates = mention.candidates;
    return r;
  }
  if (ctx.zone && !ctxZone) return fail('bad-zone', `unknown or ambiguous zone "${ctx.zone}"`, says);
  if (ctxZone) {
    says.push(`zone ${ctx.zone} from ${source}`);
    return zoneChoice(ctxZone);
  }
  says.push('no zone written or declared: read as UTC');
  return { zone: 'UTC', assumed: true };
}

/** The calendar day of a match, with the words that justify it. */
/**
 * The year in which `month`/`day` falls nearest to `ref`: its own year, or the one before or after when the day is
 * more than half a year away (a March report's "December 5" is last December, a December report's "January 2" next).
 */
function nearestYear(month: number, day: number, ref: CivilDate): number {
  const at = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best = ref.year;
  for (const year of [ref.year - 1, ref.year + 1]) {
    if (Math.abs(Date.UTC(year, month - 1, day) - at) < Math.abs(Date.UTC(best, month - 1, day) - at)) best = year;
  }
  return best;
}

/** Says which day the year was chosen nearest to, when it is not the reference's own year. */
function nearestNote(year: number, md: string, ref: CivilDate | undefined): string {
  return ref && year !== ref.year ? ` (${md} nearest ${ref.year}-${pad2(ref.month)}-${pad2(ref.day)})` : '';
}

/**
 * The day a weekday written with a clock and no date names (`- 01:20 Tue - rolled back`): the date with that weekday
 * nearest `ref` (three days before it to three after), the day the times before it are on.
 */
function weekdayNear(weekday: number, ref: CivilDate, says: string[]): CivilDate {
  let delta = (weekday - weekdayOf(ref.year, ref.month, ref.day) + 7) % 7;
  if (delta > 3) delta -= 7;
  if (delta === 0) {
    says.push(`date ${dayText(ref)} from the context (a ${WEEKDAY_NAMES[weekday]}, as written)`);
    return ref;
  }
  const date = addDays(ref, delta);
  says.push(`date ${dayText(date)}: the ${WEEKDAY_NAMES[weekday]} nearest ${dayText(ref)}, the context's date`);
  return date;
}

/** The date with day of the month `day` nearest `ref` (in its month, the one before or the one after). */
function dayNear(day: number, ref: CivilDate, says: string[]): CivilDate {
  const at = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best: CivilDate | undefined;
  for (const step of [0, -1, 1]) {
    // months counted from January of year 0: the month before January is December of the year before
    const index = ref.year * 12 + ref.month - 1 + step;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    if (!isValidDate(year, month, day)) continue;
    if (!best || Math.abs(Date.UTC(year, month - 1, day) - at) < Math.abs(Date.UTC(best.year, best.month - 1, best.day) - at)) best = { year, month, day };
  }
  const date = best ?? ref;
  says.push(`date ${dayText(date)}: the ${day}${ordinalSuffix(day)} nearest ${dayText(ref)}, the context's date`);
  return date;
}

/** The English ordinal's suffix of a day (`st`, `nd`, `rd`, `th`). */
function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/**
 * The day of an entry under a date heading (or date line or column) whose clock has a weekday and no date (`- Tuesday
 * 00:10` under `### 2024-03-11`, a Monday): the day after the heading's when the weekday names it (a night crossing
 * midnight; read newest first, the day before it too), else the heading's day itself, which a weekday of any other
 * day contradicts (PM010 reports it).
 */
export function headingDay(weekday: number, date: CivilDate, newestFirst: boolean): CivilDate {
  const delta = (weekday - weekdayOf(date.year, date.month, date.day) + 7) % 7;
  if (delta === 1) return addDays(date, 1);
  return delta === 6 && newestFirst ? addDays(date, -1) : date;
}

function chooseDate(match: TimeMatch, ctx: TimeContext, says: string[]): CivilDate | TimeResolution {
  if (match.month !== undefined && match.day !== undefined) {
    const { month, day } = match;
    if (match.inherited?.includes('date')) says.push('date from the other end of the range');
    if (match.year !== undefined) return { year: match.year, month, day };
    const md = `${MONTH_NAMES[month - 1]} ${day}`;
    if (ctx.yearHint !== undefined) {
      // the document's date is the reference date when it gave the hint: the day nearest it
      const year = ctx.referenceDate?.year === ctx.yearHint ? nearestYear(month, day, ctx.referenceDate) : ctx.yearHint;
      says.push(`year ${year} from the document's date${nearestNote(year, md, ctx.referenceDate)}`);
      return { year, month, day };
    }
    if (match.weekday !== undefined) {
      const year = inferYear(month, day, match.weekday, ctx.now ?? Date.now());
      if (year !== undefined) {
        says.push(`year ${year}: ${md} is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][match.weekday]} in ${year}`);
        return { year, month, day };
      }
    }
    if (ctx.fileNameDate) {
      const year = nearestYear(month, day, ctx.fileNameDate);
      says.push(`year ${year} from the file name${nearestNote(year, md, ctx.fileNameDate)}`);
      return { year, month, day };
    }
    if (ctx.referenceDate) {
      const year = nearestYear(month, day, ctx.referenceDate);
      says.push(`year ${year} from the surrounding date${nearestNote(year, md, ctx.referenceDate)}`);
      return { year, month, day };
    }
    return fail('no-year', `${md} has no year and nothing pins it: write the year`, says);
  }
  // a day of the month alone (`the 12th at 14:02`): that day nearest the context's date
  const ref = ctx.referenceDate ?? ctx.fileNameDate;
  if (match.day !== undefined && ref) return dayNear(match.day, ref, says);
  if (ctx.referenceDate) {
    if (match.weekday !== undefined) return weekdayNear(match.weekday, ctx.referenceDate, says);
    says.push(`date ${dayText(ctx.referenceDate)} from the context`);
    return ctx.referenceDate;
  }
  if (ctx.fileNameDate) {
    says.push(`date ${dayText(ctx.fileNameDate)} from the file name`);
    return ctx.fileNameDate;
  }
  return fail('no-date', `${match.text} has no date and none is known from the context`, says);
}

/**
 * Turns a match from `findTimes` into an instant. Abbreviations are read as written (EST is UTC-05:00 even in
 * September; `correctAbbreviation` reports the mistake). A wall-clock time in a DST gap moves forward by the gap;
 * in an overlap the first occurrence is taken (see `resolveSequence` for the second).
 */
export function resolveTime(match: TimeMatch, ctx: TimeContext = {}): TimeResolution {
  if (match.unknown) return fail('unknown', `${match.text} is not known yet`);
  if (match.invalid) return fail('invalid', match.invalid);
  const says: string[] = [];
  const date = chooseDate(match, ctx, says);
  if ('assumptions' in date) return date;
  const hour = match.hour ?? 0;
  const minute = match.minute ?? 0;
  const approx = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const z = chooseZone(match, ctx, approx, says);
  if ('assumptions' in z) return z;
  // Fields named one by one: spreading dates of many shapes is slow on long documents.
  const fields = { year: date.year, month: date.month, day: date.day, hour, minute, second: match.second ?? 0, millisecond: match.millisecond ?? 0 };
  const local = resolveLocalTime(fields, z.zone);
  const r: TimeResolution = { instant: local.instant, zone: z.zone, offsetMinutes: local.offsetMinutes, date, assumptions: says };
  if (z.assumed) r.zoneAssumed = true;
  if (match.kind === 'date') {
    r.dateOnly = true;
    says.push('no time of day: the start of the day');
  }
  if (local.kind === 'gap') {
    const shown = instantToZoned(local.instant, z.zone);
    says.push(`${clockText(hour, minute)} did not exist on ${dayText(date)} in ${z.zone} (clocks moved forward): read as ${clockText(shown.hour, shown.minute)}`);
  } else if (local.kind === 'overlap') {
    says.push(`${clockText(hour, minute)} happened twice on ${dayText(date)} in ${z.zone} (clocks moved back): read as the first, UTC${formatOffset(local.offsetMinutes)}`);
  }
  // The words are kept with the time: an array grown by `push` has room for sixteen, a copy for what it holds.
  if (says.length > 0) r.assumptions = says.slice();
  return r;
}
