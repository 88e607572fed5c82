// "September 14" without a year cannot be placed: the duration and the order of events are guesses.
import type { Range } from '../types';
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
    // One finding per date as written, on its first place: a timeline that writes "July 19" on every entry gets one,
    // which says how many more there are (a year on the start or a "Date:" field dates them all).
    const byDate = new Map<string, { range: Range; more: number }>();
    once(dateless, (t) => rangeKey(partRange(t, t.match.dateSpan ?? t.match)), (t) => {
      const range = partRange(t, t.match.dateSpan ?? t.match);
      const written = ctx.lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
      const seen = byDate.get(written);
      if (seen) seen.more++;
      else byDate.set(written, { range, more: 0 });
    });
    const year = new Date(ctx.options.now ?? Date.now()).getUTCFullYear();
    for (const [written, { range, more }] of byDate) {
      const rest = more === 0 ? '' : ` It is written ${more} more ${more === 1 ? 'time' : 'times'} without a year: a start or "Date:" field with the year dates them all.`;
      report({
        message: `"${written}" has no year and nothing pins it (no start date, front matter date, weekday or dated file name): write the year, e.g. "${written}, ${year}".${rest}`,
        range,
      });
    }
  },
};
