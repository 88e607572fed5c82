// The outage metrics as rows for the status bar tooltip and "Show Outage Metrics". Pure, so wording is unit-tested.
import type { MetricsView, MilestoneView } from './lint/protocol';
import type { Range } from '../core/types';
import { asWritten } from '../core/rules/times';
import { formatDuration } from '../core/time/duration';
import { formatUtc } from './hover/format';

/** One metric: its name, its value, where it comes from, and the text to reveal. */
export interface MetricRow {
  label: string;
  value: string;
  detail: string;
  range?: Range;
}

const SOURCE: Record<MilestoneView['source'], string> = { 'front-matter': 'front matter', field: 'a labelled field', timeline: 'the timeline', text: 'the window the summary states' };

function milestone(label: string, m: MilestoneView | undefined): MetricRow {
  if (!m) return { label, value: 'not found', detail: `No ${label.toLowerCase()} time in the document.` };
  const written = asWritten(m.time);
  const value = m.time.instant === undefined ? `\`${written}\` (not placed in time)` : `${m.time.approximate ? 'about ' : ''}${formatUtc(m.time.instant)}`;
  return { label, value, detail: `"${written}", from ${SOURCE[m.source]}, line ${m.time.range.start.line}`, range: m.time.range };
}

function span(label: string, minutes: number | null, formula: string): MetricRow {
  return { label, value: minutes === null ? 'unknown' : formatDuration(minutes), detail: formula };
}

/** The metrics of a postmortem, milestones first, then the durations computed from them. */
export function metricsRows(m: MetricsView): MetricRow[] {
  return [
    milestone('Start', m.start),
    milestone('End', m.end),
    m.durationStated
      ? { label: 'Duration', value: m.durationLabel ?? 'unknown', detail: `"${m.durationStated.text}", as the Duration field states it (no ${m.start ? 'end' : 'start'} to compute it from), line ${m.durationStated.range.start.line}`, range: m.durationStated.range }
      : { label: 'Duration', value: m.durationLabel ?? 'unknown', detail: 'end - start', range: m.start?.time.range },
    milestone('Detected', m.detected),
    milestone('Mitigated', m.mitigated),
    milestone('Resolved', m.resolved),
    span('Time to detect', m.timeToDetectMinutes, 'detected - start'),
    span('Time to mitigate', m.timeToMitigateMinutes, 'mitigated - start'),
    span('Time to resolve', m.timeToResolveMinutes, 'resolved - start (end when no resolution time is given)'),
  ];
}

/** The status bar text: the computed outage duration, or a dash when start or end is missing. */
export function statusBarText(m: MetricsView): string {
  return `$(watch) ${m.durationLabel ?? '—'}`;
}
