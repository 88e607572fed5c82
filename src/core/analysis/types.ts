/**
 * The analysis of a document: its model plus every time resolved to an instant, and the metrics.
 * Built by `analyze(text, options)` in `src/core/analysis/analyze.ts`.
 */
import type { Range } from '../types';
import type { ActionItem, PostmortemModel, StandardFieldId, TimelineEntry } from '../model/types';
import type { TimeMatch, UnresolvedReason, ZoneInfo } from '../time';
import type { StatedDuration } from './stated-duration';

/** A time written in the document, resolved (when possible) to an instant. */
export interface ResolvedTime {
  /** The time as written. */
  text: string;
  range: Range;
  /** Milliseconds since the epoch; undefined when the text cannot be placed in time. */
  instant?: number;
  /** Zone used to read it: IANA name (`America/New_York`), `UTC`, or a fixed offset (`+01:00`). */
  zone?: string;
  /** UTC offset in minutes at that instant (east positive). */
  offsetMinutes?: number;
  /** The zone as written in the text and where, when one was written. */
  zoneText?: string;
  zoneRange?: Range;
  /** `??:??` and similar: kept, left out of ordering and metrics. */
  unknown?: boolean;
  /** Year, date or zone taken from context, each said in words for hovers (`year 2021 from the weekday`). */
  assumptions: string[];
  /** Components as written (month 1-12, weekday 0 = Sunday). */
  written: { year?: number; month?: number; day?: number; weekday?: number; hour?: number; minute?: number; second?: number };
  /** Where the time was written. */
  source: 'front-matter' | 'field' | 'timeline' | 'text';
  /** The scanner's full reading (spans of the date, clock, weekday and zone; `invalid`; `weekdayMismatch`). */
  match: TimeMatch;
  /** Why the time could not be placed, when it could not. */
  problem?: { reason: UnresolvedReason; message: string };
  /** True when no zone was written or declared and UTC was assumed. */
  zoneAssumed?: boolean;
  /** The readings of an ambiguous zone abbreviation that nothing settled. */
  zoneCandidates?: ZoneInfo[];
  /** The calendar day used, in `zone` (written or taken from context). */
  resolvedDate?: { year: number; month: number; day: number };
  /**
   * A time written as an offset from the timeline's zero point (`T+0:15`): minutes from zero. With no zero known it
   * has no instant, and this alone places it (see `scaleOf`).
   */
  zeroOffsetMinutes?: number;
  /**
   * A timeline entry's time written as a delay after the entry before (`Five minutes later`): the delay in minutes (maybe
   * fractional: `90 seconds later`) and the line of the entry it counts from. Its instant (or offset) is that entry's
   * plus the delay.
   */
  afterPrevious?: { minutes: number; line: number };
  /**
   * The time is approximate: a hedged clock (`~14:05`, `about 14:05 UTC`) or a hedged delay (`About an hour later`), or
   * a delay after an approximate time. The rules allow it `hedgeMinutes`; those that compare exact times leave a
   * hedged delay out.
   */
  approximate?: boolean;
  /**
   * How far off, in minutes, an approximate time may be: 5 for a hedged clock written to the minute, 15 for a bare
   * hour (`around 3 PM`), a quarter of a hedged delay (`About an hour later` is off by up to 15 minutes), summed along
   * a chain of delays.
   */
  hedgeMinutes?: number;
  /**
   * The time with the hedge written outside `text`, as written (`approx. 09:49`, `~14:05`, `14:05-ish`): what messages
   * and the preview quote. Set on a hedged clock only, also one that cannot be placed; a hedge inside `text`
   * (`2024-03-12 ~14:05`) needs none.
   */
  hedgedText?: string;
}

/** A timeline entry with its resolved time. */
export interface AnalyzedTimelineEntry extends TimelineEntry {
  time: ResolvedTime;
  /** Offset from the outage start in minutes, when both are known. */
  offsetFromStartMinutes?: number;
}

/** A milestone of the incident and where its value came from. */
export interface Milestone {
  time: ResolvedTime;
  /** `text`: the window the Summary or Impact states ("between 12:17 and 12:30 UTC"). */
  source: 'front-matter' | 'field' | 'timeline' | 'text';
}

/** What people want to know, in minutes; null when unknown. Formulas are in docs/metrics.md. */
export interface Metrics {
  start?: Milestone;
  end?: Milestone;
  detected?: Milestone;
  mitigated?: Milestone;
  resolved?: Milestone;
  /** end - start; the stated duration when the start or the end is unknown (`durationStated` says so) */
  durationMinutes: number | null;
  /** The Duration field's duration, when `durationMinutes` is taken from it for want of a start or an end. */
  durationStated?: StatedDuration;
  /** `4 h 21 min` */
  durationLabel: string | null;
  /** detected - start */
  timeToDetectMinutes: number | null;
  /** mitigated - start */
  timeToMitigateMinutes: number | null;
  /** resolved - start (end when no separate resolution time is given) */
  timeToResolveMinutes: number | null;
}

/** The document zone: where the times without a zone are read. */
export interface DocumentZone {
  /** IANA name, `UTC` or a fixed offset. */
  zone: string;
  /** As written (`PST/PDT`, `America/New_York`). */
  text: string;
  /** `fields`: every stated milestone (Start, End, ...) with a clock names this one zone, and nothing declares one. */
  source: 'front-matter' | 'declaration' | 'setting' | 'fields';
  /** For `fields`: the label of the one field that names the zone (`Date`), when it is not the milestones'. */
  label?: string;
  range?: Range;
  /**
   * Every reading of an ambiguous abbreviation the declaration names (`All times in IST`), most common first, when
   * nothing settles it: `zone` is the first. PM007 reports the declaration.
   */
  ambiguous?: ZoneInfo[];
}

/** Options that shape how a document is read. */
export interface AnalyzeOptions {
  /** Zone for times written without one when the document declares none (IANA name or `UTC`). */
  defaultTimeZone?: string;
  /** File name, for a date in it (`2021-09-27-outage.md`). */
  fileName?: string;
  /** "Now", for year inference (a weekday pins the most recent such year not in the future). Default: the clock. */
  now?: number;
}

export interface Analysis {
  model: PostmortemModel;
  documentZone?: DocumentZone;
  /** Times of labelled fields (start, end, detected...) resolved. */
  fieldTimes: Partial<Record<StandardFieldId, ResolvedTime>>;
  /** Every time resolved, in document order, for hovers. */
  times: ResolvedTime[];
  timeline: AnalyzedTimelineEntry[];
  /**
   * The timeline is written newest first: its section says so (`## Timeline (most recent first)`), or its entries run
   * consistently back in time. It is then read bottom up (day rollover, milestones); `timeline` keeps document order.
   */
  newestFirst?: 'declared' | 'consistent';
  /**
   * The timeline is read on a relative scale: its entries are offsets from a zero point that no clock time anchors
   * (`T+0:26`), so none has an instant; their offsets (`zeroOffsetMinutes`) order them and measure the metrics.
   */
  relativeTimeline?: true;
  actionItems: ActionItem[];
  metrics: Metrics;
}
