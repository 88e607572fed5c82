// A date in the title that is days away from the outage's own dates: one of them was copied from another postmortem
// or mistyped, and readers (and search) trust the title.
import { scanTimes } from '../time';
import type { ResolvedTime } from '../analysis/types';
import type { AnalysisRule } from './types';
import { describe } from './times';

const DAY = 86_400_000;

/** PM019: the title's date is not a day of the outage. */
export const titleDateMismatch: AnalysisRule = {
  id: 'PM019',
  name: 'title-date-mismatch',
  description: "A date in the title is a day of the outage (within a day of its start or end, as zones differ).",
  defaultSeverity: 'warning',
  tags: ['time'],
  docs: 'docs/rules/PM019.md',
  scope: 'analysis',
  check(ctx, report) {
    const { model, analysis } = ctx;
    const title = model.title;
    const start = analysis.metrics.start?.time;
    if (!title || !start || title.range.start.line !== title.range.end.line) return;
    const first = dayNumber(start);
    if (first === undefined) return;
    const end = analysis.metrics.end?.time ?? analysis.metrics.resolved?.time;
    const last = Math.max(first, (end && dayNumber(end)) ?? first);
    const line = model.lines[title.range.start.line - 1] ?? '';
    const from = title.range.start.column - 1;
    const dates = scanTimes(line.slice(from, title.range.end.column - 1)).filter((m) => m.year !== undefined && m.month !== undefined && m.day !== undefined && !m.invalid);
    if (dates.length === 0) return;
    const days = dates.map((m) => Date.UTC(m.year!, m.month! - 1, m.day!) / DAY);
    // a title naming the outage's day (or one of several dates that does, "review of the March 12 outage, 2024-03-20") is right
    if (days.some((d) => d >= first - 1 && d <= last + 1)) return;
    const m = dates[0];
    const span = m.dateSpan ?? m;
    const range = { start: { line: title.range.start.line, column: from + span.start + 1 }, end: { line: title.range.start.line, column: from + span.end + 1 } };
    const written = line.slice(from + span.start, from + span.end);
    const iso = isoDay(first);
    const ended = end && end.instant !== undefined && last !== first ? ` and ended ${describe(end)}` : '';
    report({
      message: `The title's date "${written}" is not a day of the outage, which started ${describe(start)}${ended}: correct the title or the times.`,
      range,
      fixes: /^\d{4}-\d{2}-\d{2}$/.test(written) ? [{ title: `Replace "${written}" with "${iso}"`, edits: [{ range, replacement: iso }] }] : undefined,
    });
  },
};

/** The day of a resolved time as written or resolved in its zone, as days since 1970-01-01. */
function dayNumber(t: ResolvedTime): number | undefined {
  if (t.instant === undefined) return undefined;
  const d = t.resolvedDate ?? (t.written.year !== undefined && t.written.month !== undefined && t.written.day !== undefined ? { year: t.written.year, month: t.written.month, day: t.written.day } : undefined);
  return d ? Date.UTC(d.year, d.month - 1, d.day) / DAY : Math.floor(t.instant / DAY);
}

function isoDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}
