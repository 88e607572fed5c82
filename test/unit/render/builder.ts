/** Hand-built analyses for renderer tests, so the renderer is tested on exact inputs. */
import type { Analysis, AnalyzedTimelineEntry, Metrics, ResolvedTime } from '../../../src/core/analysis/types';
import type { ActionItem, PostmortemModel } from '../../../src/core/model/types';
import type { Range } from '../../../src/core/types';

/** A range on one line. */
export function lineRange(line: number, from = 1, to = 2): Range {
  return { start: { line, column: from }, end: { line, column: to } };
}

/** A time resolved to `iso` read in a zone with `offsetMinutes`. */
export function resolved(text: string, line: number, iso: string, offsetMinutes = 0, zone = offsetMinutes ? 'America/New_York' : 'UTC'): ResolvedTime {
  return {
    text, range: lineRange(line), instant: Date.parse(iso), zone, offsetMinutes, assumptions: [], written: {}, source: 'timeline',
    match: { start: 0, end: text.length, text, kind: 'time' },
  };
}

/** A timeline entry at `line`. */
export function entry(line: number, time: ResolvedTime, text: string, offsetFromStartMinutes?: number): AnalyzedTimelineEntry {
  return { kind: 'bullet', line, range: lineRange(line), timeText: time.text, timeRange: time.range, text, textRange: lineRange(line), time, offsetFromStartMinutes };
}

const noMetrics: Metrics = {
  durationMinutes: null, durationLabel: null, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null,
};

/** An analysis with the given parts; everything else empty. */
export function analysis(parts: {
  lines?: string[];
  title?: string;
  model?: Partial<PostmortemModel>;
  metrics?: Partial<Metrics>;
  timeline?: AnalyzedTimelineEntry[];
  actionItems?: ActionItem[];
  documentZone?: Analysis['documentZone'];
} = {}): Analysis {
  const model: PostmortemModel = {
    lines: parts.lines ?? [],
    title: parts.title === undefined ? undefined : { text: parts.title, range: lineRange(1, 3, 3 + parts.title.length) },
    sections: [], fields: [], timeline: parts.timeline ?? [], actionItems: parts.actionItems ?? [], zoneDeclarations: [],
    ...parts.model,
  };
  return {
    model, documentZone: parts.documentZone, fieldTimes: {}, times: [], timeline: parts.timeline ?? [],
    actionItems: parts.actionItems ?? [], metrics: { ...noMetrics, ...parts.metrics },
  };
}

/** The user's example as the engine reads it: 3:06 PM to 7:27 PM EDT on 27 September 2021. */
export function seedAnalysis(): Analysis {
  const start = resolved('Monday, September 27 at 3:06 PM Eastern Standard Time', 3, '2021-09-27T19:06:00Z', -240);
  const end = resolved('Monday, September 27 at 7:27 PM Eastern Standard Time', 4, '2021-09-27T23:27:00Z', -240);
  return analysis({
    title: 'Postmortem',
    metrics: {
      start: { time: start, source: 'field' }, end: { time: end, source: 'field' },
      durationMinutes: 261, durationLabel: '4 h 21 min', timeToResolveMinutes: 261,
    },
    documentZone: { zone: 'America/New_York', text: 'Eastern Standard Time', source: 'declaration', range: lineRange(3) },
  });
}
