// February 30 or 25:10 never happened: the value is a typo, and every metric built on it is wrong.
import type { AnalysisRule } from './types';
import { once, partRange, rangeKey } from './times';

/** Problems of the clock part (`hour 25 does not exist`); the others are problems of the date. */
const CLOCK_PROBLEM = /^(?:hour|minute|second) |12-hour clock/;

/** PM014: an impossible date or time (`2024-02-30`, `25:10`, `20240-4-11`, `13 PM`). */
export const impossibleDateTime: AnalysisRule = {
  id: 'PM014',
  name: 'impossible-date-time',
  description: 'Dates and times exist: no February 30, no hour 25, no five-digit year.',
  defaultSeverity: 'error',
  tags: ['time', 'dates'],
  docs: 'docs/rules/PM014.md',
  scope: 'analysis',
  check(ctx, report) {
    const invalid = ctx.analysis.times.filter((t) => t.match.invalid && t.problem?.reason === 'invalid' && (t.match.dateSpan || t.match.timeSpan));
    const part = (t: (typeof invalid)[number]) => (CLOCK_PROBLEM.test(t.match.invalid!) ? t.match.timeSpan : t.match.dateSpan) ?? t.match;
    once(invalid, (t) => rangeKey(partRange(t, part(t))), (t) => {
      const range = partRange(t, part(t));
      const written = ctx.lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
      const what = CLOCK_PROBLEM.test(t.match.invalid!) ? 'time' : 'date';
      report({
        message: `Impossible ${what} "${written}": ${t.match.invalid}. Correct the ${what}.`,
        range,
      });
    });
  },
};
