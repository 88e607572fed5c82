// "Tuesday, September 27, 2021" was a Monday: one of the two is wrong, and readers cannot tell which.
import type { ResolvedTime } from '../analysis/types';
import { weekdayLike, weekdayOf, WEEKDAY_NAMES, type CivilDate } from '../time';
import type { AnalysisRule } from './types';
import { dayWords, once, partRange, rangeKey } from './times';

/** PM010: a written weekday is not the weekday of its date. */
export const weekdayMismatch: AnalysisRule = {
  id: 'PM010',
  name: 'weekday-mismatch',
  description: 'A weekday written with a date is the weekday of that date.',
  defaultSeverity: 'error',
  tags: ['time', 'dates'],
  docs: 'docs/rules/PM010.md',
  scope: 'analysis',
  check(ctx, report) {
    const candidates = ctx.analysis.times.filter((t) => t.match.weekdaySpan && t.match.weekday !== undefined && !t.match.invalid);
    once(candidates, (t) => rangeKey(partRange(t, t.match.weekdaySpan!)), (t) => {
      const date = datedDay(t);
      if (!date) return;
      const actual = weekdayOf(date.year, date.month, date.day);
      if (actual === t.match.weekday) return;
      const range = partRange(t, t.match.weekdaySpan!);
      const written = ctx.lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
      const right = sameForm(written, WEEKDAY_NAMES[actual], actual);
      const yearNote = t.match.year === undefined ? ` (${t.assumptions.find((a) => a.startsWith('year')) ?? 'year from the context'})` : '';
      report({
        message: `"${written}" does not match ${dayWords(date)}${yearNote}, which is a ${WEEKDAY_NAMES[actual]}: write "${right}", or correct the date.`,
        range,
        fixes: [{ title: `Replace "${written}" with "${right}"`, edits: [{ range, replacement: right }], preferred: true }],
      });
    });
  },
};

/** The day a weekday must match: the written date with its year, or the year the context gave (not a weekday's guess). */
function datedDay(t: ResolvedTime): CivilDate | undefined {
  const { year, month, day } = t.match;
  if (month === undefined || day === undefined) return undefined;
  if (year !== undefined) return { year, month, day };
  const fromWeekday = t.assumptions.some((a) => /^year \d+: /.test(a));
  if (fromWeekday || !t.resolvedDate || t.resolvedDate.month !== month || t.resolvedDate.day !== day) return undefined;
  return t.resolvedDate;
}

/**
 * A weekday name in the form of the written one: `Tue`, `Tue.`, `TUESDAY`, `tuesday`; in French, German or Spanish
 * for a name in one of them (`mardi`, `Di.`, `miércoles`).
 */
function sameForm(written: string, full: string, weekday: number): string {
  const foreign = weekdayLike(written, weekday);
  if (foreign) return foreign;
  const letters = written.replace(/[^A-Za-z]/g, '');
  let name = letters.length >= 6 ? full : full.slice(0, 3);
  if (letters === letters.toUpperCase()) name = name.toUpperCase();
  else if (letters === letters.toLowerCase()) name = name.toLowerCase();
  return name + (written.endsWith('.') ? '.' : '');
}
