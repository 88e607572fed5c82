// An end before the start makes the duration negative: one of the two is a typo (often AM/PM, the date or the zone).
import { scaleOf } from '../analysis/zero-point';
import type { AnalysisRule } from './types';
import { byHedgedDelay, describe, gapBeyondHedges } from './times';

/**
 * PM004: the outage end is before its start (after zones and day rollover); by more than a hedged delay or clock can be
 * off when either is hedged.
 */
export const endBeforeStart: AnalysisRule = {
  id: 'PM004',
  name: 'end-before-start',
  description: 'The outage end is after its start.',
  defaultSeverity: 'error',
  tags: ['time', 'metrics'],
  docs: 'docs/rules/PM004.md',
  scope: 'analysis',
  check(ctx, report) {
    const { start, end } = ctx.analysis.metrics;
    // instants, or the offsets of a timeline with no clock for its zero point (`T+0:26`)
    const instants = start?.time.instant !== undefined;
    const a = scaleOf(start?.time, instants);
    const b = scaleOf(end?.time, instants);
    if (!start || !end || a === undefined || b === undefined || b >= a) return;
    // a hedged delay ("About an hour later") or clock ("~14:05") may put either one off by its hedge: only an end
    // earlier than that is wrong
    const gap = gapBeyondHedges(start.time, end.time, a - b);
    if (!gap) return;
    const delayed = byHedgedDelay(start.time) || byHedgedDelay(end.time);
    report({
      message: `The end ${describe(end.time)} is ${gap.by} before the start ${describe(start.time)}${gap.past}: the end must come after the start. Check ${delayed ? 'the delay, and ' : ''}the date, AM/PM and zone of both.`,
      range: end.time.range,
    });
  },
};
