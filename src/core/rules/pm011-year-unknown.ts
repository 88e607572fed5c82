// "September 14" without a year cannot be placed: the duration and the order of events are guesses.
import type { AnalysisRule } from './types';
import { once, partRange, rangeKey } from './times';

/** PM011: a date has no year and nothing pins one (no start date, front matter, weekday or file name). */
export const yearUnknown: AnalysisRule = {
  id: 'PM011',
  name: 'year-unknown',
  description: 'Dates without a year are pinned by the start date, the front matter, a weekday or the file name.',
  defaultSeverity: 'info',
  tags: ['time', 'dates'],
  docs: 'docs/rules/PM011.md',
  scope: 'analysis',
  check(ctx, report) {
    const dateless = ctx.analysis.times.filter((t) => t.problem?.reason === 'no-year');
    once(dateless, (t) => rangeKey(partRange(t, t.match.dateSpan ?? t.match)), (t) => {
      const range = partRange(t, t.match.dateSpan ?? t.match);
      const written = ctx.lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
      report({
        message: `"${written}" has no year and nothing pins it (no start date, front matter date, weekday or dated file name): write the year, e.g. "${written}, ${new Date(ctx.options.now ?? Date.now()).getUTCFullYear()}".`,
        range,
      });
    });
  },
};
