// "08:10" with no zone anywhere is read as UTC by tools and as local time by each reader: nobody agrees.
import type { PostmortemModel } from '../model/types';
import type { TextEdit } from '../types';
import type { AnalysisRule } from './types';
import { asWritten } from './times';

/** PM008: a timeline whose times have no zone written and no document zone (front matter, declaration, setting). */
export const timelineWithoutZone: AnalysisRule = {
  id: 'PM008',
  name: 'timeline-without-zone',
  description: 'Timeline times have a zone: written next to them or declared for the document ("All times UTC").',
  defaultSeverity: 'warning',
  tags: ['time', 'zones', 'timeline'],
  docs: 'docs/rules/PM008.md',
  scope: 'analysis',
  check(ctx, report) {
    const { timeline, documentZone } = ctx.analysis;
    if (documentZone) return;
    // A day alone (`- 2021-08-17: ...`) has no zone to write: only entries with a clock need one. An offset (`T+3m`)
    // has the zone of the zero point's clock: it counts only when that clock has none.
    const timed = timeline.filter((e) => e.time.match.kind !== 'date' && (e.zeroOffsetMinutes === undefined || e.time.zoneAssumed) && (e.time.instant !== undefined || e.time.problem?.reason === 'no-date'));
    if (timed.length === 0 || timed.some((e) => e.time.match.zone)) return;
    const first = timed[0];
    const insert = declarationEdit(ctx.model, first.line);
    report({
      message: `The timeline's times have no zone and the document declares none, so "${asWritten(first.time)}" is read as UTC: declare the zone (a line such as "All times UTC", or front matter "timezone: America/New_York"), or write it next to each time.`,
      range: first.time.range,
      fixes: [{ title: 'Insert "All times UTC." after the Timeline heading (only if they are UTC)', edits: [insert], preferred: false }],
    });
  },
};

/** Inserts "All times UTC." as its own paragraph after the heading of the section holding the timeline. */
function declarationEdit(model: PostmortemModel, entryLine: number): TextEdit {
  const section = [...model.sections].reverse().find((s) => s.headingRange.start.line < entryLine && s.endLine >= entryLine);
  if (!section) {
    const at = { line: entryLine, column: 1 };
    return { range: { start: at, end: at }, replacement: 'All times UTC.\n\n' };
  }
  const line = section.headingRange.start.line;
  const at = { line, column: (model.lines[line - 1] ?? '').length + 1 };
  const nextBlank = (model.lines[line] ?? '').trim() === '';
  return { range: { start: at, end: at }, replacement: `\n\nAll times UTC.${nextBlank ? '' : '\n'}` };
}
