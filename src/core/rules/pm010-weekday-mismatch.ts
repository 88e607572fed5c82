// "Tuesday, September 27, 2021" was a Monday: one of the two is wrong, and readers cannot tell which.
import type { ResolvedTime } from '../analysis/types';
import type { Range } from '../types';
import { monthDayAlone, weekdayLike, weekdayOf, WEEKDAY_NAMES, type CivilDate } from '../time';
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
    // A weekday with a date in the text, and one in a date heading or date line without a year (`### Lundi 13 mars`,
    // `### Tue 3/14`), checked against the day its entries were read on; the same weekday is reported once.
    const found: Found[] = [];
    for (const t of ctx.analysis.times) {
      if (!t.match.weekdaySpan || t.match.weekday === undefined || t.match.invalid) continue;
      const date = datedDay(t);
      if (date) found.push({ range: partRange(t, t.match.weekdaySpan), weekday: t.match.weekday, date, t });
    }
    for (const e of ctx.analysis.timeline) {
      const heading = e.dateRange && e.dateText !== undefined && e.time.match.weekday !== undefined && !e.time.match.weekdaySpan ? headingWeekday(e.dateText, e.dateRange, e.time) : undefined;
      if (heading) found.push(heading);
    }
    once(found, (f) => rangeKey(f.range), ({ range, weekday, date, t }) => {
      const actual = weekdayOf(date.year, date.month, date.day);
      if (actual === weekday) return;
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

/** A written weekday, where it is, and the day it must match (`t`: the time that gives the year). */
interface Found { range: Range; weekday: number; date: CivilDate; t: ResolvedTime }

/**
 * The weekday of a date heading or date line without a year (`Lundi 13 mars`, `Tue 3/14`: see `monthDayAlone`) and
 * the day an entry under it was read on, when the entry is on that day (not one rolled over midnight) and its year
 * came from the context (not from the weekday). A date with a year is read in the text of its line.
 */
function headingWeekday(dateText: string, dateRange: Range, t: ResolvedTime): Found | undefined {
  const { year, month, day } = t.match;
  const d = t.resolvedDate;
  if (year !== undefined || month === undefined || !d || d.month !== month || d.day !== day || dateRange.start.line !== dateRange.end.line) return undefined;
  if (t.assumptions.some((a) => /^year \d+: /.test(a))) return undefined;
  const c = monthDayAlone(dateText);
  if (c?.weekday === undefined || !c.weekdaySpan) return undefined;
  const { line, column } = dateRange.start;
  return { range: { start: { line, column: column + c.weekdaySpan.start }, end: { line, column: column + c.weekdaySpan.end } }, weekday: c.weekday, date: d, t };
}

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
