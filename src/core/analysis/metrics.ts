/**
 * Metrics from milestones. Formulas (also in docs/metrics.md), all in whole minutes between instants:
 *   duration         = end - start                       (end: the stated end, else the resolution time)
 *   time to detect   = detected - start
 *   time to mitigate = mitigated - start
 *   time to resolve  = resolved - start                  (resolved: the stated resolution, else the end)
 * A metric is null when either side is unknown; the duration is then the one a Duration field states, if any. A
 * metric that a hedged time (`~14:02`) makes negative by less than the hedges can be off is 0. On a
 * timeline of offsets with no zero point known (`T+0:26`), the minutes are between the milestones' offsets.
 */
import { formatDuration } from '../time';
import type { StatedDuration } from './stated-duration';
import type { Metrics, Milestone } from './types';
import { hedgeAllowance } from './resolved';
import { scaleOf } from './zero-point';

type MilestoneKey = 'start' | 'end' | 'detected' | 'mitigated' | 'resolved';

/**
 * Minutes from `a` to `b`: between their instants, or, on a timeline of offsets no zero point anchors (`T+0:26` to
 * `T+9:00`), between their offsets; null when either is missing or they are on different scales.
 */
export function minutesBetween(a: Milestone | undefined, b: Milestone | undefined): number | null {
  const instants = a?.time.instant !== undefined;
  const from = scaleOf(a?.time, instants);
  const to = scaleOf(b?.time, instants);
  if (from === undefined || to === undefined) return null;
  // b "before" a by less than their hedges can be off (`Detected: ~14:02` after `Start: 14:05`) is at about a: 0 min
  if (to < from && from - to <= hedgeAllowance(a!.time, b!.time)) return 0;
  return Math.round((to - from) / 60_000);
}

/**
 * Computes the metrics from the milestones found (front matter > labelled fields > timeline markers), and `stated`,
 * the document's stated duration, which stands for end - start when either is unknown.
 */
export function computeMetrics(found: Partial<Record<MilestoneKey, Milestone>>, stated?: StatedDuration): Metrics {
  const start = found.start;
  const end = found.end ?? found.resolved;
  const resolved = found.resolved ?? found.end;
  const computed = minutesBetween(start, end);
  const durationStated = computed === null ? stated : undefined;
  const durationMinutes = durationStated ? Math.round(durationStated.minutes) : computed;
  return {
    ...(durationStated ? { durationStated } : {}),
    start,
    end,
    detected: found.detected,
    mitigated: found.mitigated,
    resolved,
    durationMinutes,
    durationLabel: durationMinutes === null ? null : formatDuration(durationMinutes),
    timeToDetectMinutes: minutesBetween(start, found.detected),
    timeToMitigateMinutes: minutesBetween(start, found.mitigated),
    timeToResolveMinutes: minutesBetween(start, resolved),
  };
}
