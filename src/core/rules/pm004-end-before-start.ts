// An end before the start makes the duration negative: one of the two is a typo (often AM/PM, the date or the zone).
import { scaleOf } from '../analysis/zero-point';
import type { AnalysisRule } from './types';
import { describe, hedgeAllowance, hedgeWords, minutesWords } from './times';

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
    const hedged = start.time.approximate || end.time.approximate;
    const hedge = hedgeAllowance(start.time, end.time);
    if (hedged && a - b <= hedge) return;
    const by = hedged ? `about ${minutesWords(a - b)}` : minutesWords(a - b);
    const words = hedgeWords(start.time, end.time);
    const past = hedged ? `, more than ${words} can be off (${minutesWords(hedge)})` : '';
    report({
      message: `The end ${describe(end.time)} is ${by} before the start ${describe(start.time)}${past}: the end must come after the start. Check ${words === 'the hedged delay' ? 'the delay, and ' : ''}the date, AM/PM and zone of both.`,
      range: end.time.range,
    });
  },
};
