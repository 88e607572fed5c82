// A timeline out of order hides cause and effect, and usually means a typo in a time, a date or a zone.
import type { AnalyzedTimelineEntry } from '../analysis/types';
import type { Fix, TextEdit } from '../types';
import type { AnalysisRule } from './types';
import { describe, minutesWords } from './times';

/** PM005: a timeline entry is earlier than the entry before it (after day rollover and zone conversion). */
export const timelineOrder: AnalysisRule = {
  id: 'PM005',
  name: 'timeline-order',
  description: 'Timeline entries are in chronological order (after day rollover and zone conversion).',
  defaultSeverity: 'error',
  tags: ['time', 'timeline'],
  docs: 'docs/rules/PM005.md',
  scope: 'analysis',
  check(ctx, report) {
    const groups = timelineGroups(ctx.analysis.timeline, ctx.lines);
    const fixes = new Map<AnalyzedTimelineEntry[], Fix | undefined>();
    let previous: AnalyzedTimelineEntry | undefined;
    for (const group of groups) {
      for (const entry of group) {
        const at = entry.time.instant;
        if (at === undefined) continue;
        if (previous && isBefore(entry, previous)) {
          if (!fixes.has(group)) fixes.set(group, sortFix(group, ctx.lines));
          const fix = fixes.get(group);
          report({
            message: `This entry ${describe(entry.time)} is ${minutesWords(previous.time.instant! - at)} earlier than the entry before it ${describe(previous.time)} (line ${previous.line}): keep the timeline in chronological order, or check the time, date and zone.`,
            range: entry.time.range,
            fixes: fix ? [fix] : undefined,
          });
        }
        previous = entry;
      }
    }
  },
};

const DAY = 86_400_000;

/** True when `entry` happened before `previous`; a date-only entry covers its whole day. */
function isBefore(entry: AnalyzedTimelineEntry, previous: AnalyzedTimelineEntry): boolean {
  const at = entry.time.instant!;
  return entry.time.match.kind === 'date' ? at + DAY <= previous.time.instant! : at < previous.time.instant!;
}

/**
 * The timeline split into lists and tables: consecutive entries of one kind and one `### date` heading, with only
 * blank or indented lines between list entries and nothing between table rows.
 */
export function timelineGroups(timeline: readonly AnalyzedTimelineEntry[], lines: readonly string[]): AnalyzedTimelineEntry[][] {
  const groups: AnalyzedTimelineEntry[][] = [];
  let current: AnalyzedTimelineEntry[] = [];
  for (const e of timeline) {
    const prev = current[current.length - 1];
    const joined = prev && prev.kind === e.kind && prev.dateText === e.dateText &&
      (e.kind === 'table' ? e.line === prev.line + 1 : onlyBlankOrIndented(lines, prev.line, e.line - 1));
    if (!joined && current.length) { groups.push(current); current = []; }
    current.push(e);
  }
  if (current.length) groups.push(current);
  return groups;
}

const BLANK_OR_INDENTED = /^(?:\s*$|\s+\S)/;

/** True when every line from index `from` to `to` (exclusive) is blank or indented (a list item's continuation). */
function onlyBlankOrIndented(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, lines.length); i++) if (!BLANK_OR_INDENTED.test(lines[i])) return false;
  return true;
}

/**
 * "Sort the timeline": reorders the lines of the entries with known times (an entry's line and the lines under it
 * that hold its text); entries with unknown times stay put.
 */
function sortFix(group: readonly AnalyzedTimelineEntry[], lines: readonly string[]): Fix | undefined {
  const slots = group.filter((e) => e.time.instant !== undefined);
  const sorted = slots.map((e, i) => ({ e, i })).sort((a, b) => a.e.time.instant! - b.e.time.instant! || a.i - b.i).map((x) => x.e);
  const edits: TextEdit[] = [];
  slots.forEach((slot, i) => {
    if (sorted[i] === slot) return;
    const last = slot.range.end.line;
    const text = lines.slice(sorted[i].line - 1, sorted[i].range.end.line).join('\n');
    edits.push({ range: { start: { line: slot.line, column: 1 }, end: { line: last, column: (lines[last - 1] ?? '').length + 1 } }, replacement: text });
  });
  // Not preferred: when a time is the typo, sorting moves the wrong line; "fix all" leaves it to the author.
  return edits.length ? { title: 'Sort the timeline', edits, preferred: false } : undefined;
}
