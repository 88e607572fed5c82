// Detection before the outage began means the start (or the detection time) is wrong, and so is time to detect.
import type { AnalysisRule } from './types';
import { describe, gapBeyondHedges } from './times';

/** PM013: the detection time is before the outage start; by more than a hedged time can be off when either is hedged. */
export const detectionBeforeStart: AnalysisRule = {
  id: 'PM013',
  name: 'detection-before-start',
  description: 'The outage is detected at or after its start.',
  defaultSeverity: 'error',
  tags: ['time', 'metrics'],
  docs: 'docs/rules/PM013.md',
  scope: 'analysis',
  check(ctx, report) {
    const { start, detected } = ctx.analysis.metrics;
    const a = start?.time.instant;
    const d = detected?.time.instant;
    if (!start || !detected || a === undefined || d === undefined || d >= a) return;
    // a hedged time ("~14:05", "About an hour later") may be off by its hedge: only a detection earlier than that is wrong
    const gap = gapBeyondHedges(start.time, detected.time, a - d);
    if (!gap) return;
    report({
      message: `Detection ${describe(detected.time)} is ${gap.by} before the outage start ${describe(start.time)}${gap.past}: detection comes at or after the start. If an early alert fired, the outage began earlier: move the start.`,
      range: detected.time.range,
    });
  },
};
