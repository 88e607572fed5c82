// A timeline out of order hides cause and effect, and usually means a typo in a time, a date or a zone.
import { saysNewestFirst } from '../analysis/markers';
import type { AnalyzedTimelineEntry } from '../analysis/types';
import { isStrayTime } from '../analysis/resolved';
import { scaleOf } from '../analysis/zero-point';
import type { Fix, TextEdit } from '../types';
import { isStatusUpdate, nextInUpdateRun, onlyBlankOrIndented } from '../model/timeline-updates';
import type { Section } from '../model/types';
import type { AnalysisRule, Problem } from './types';
import { byHedgedDelay, describe, gapBeyondHedges } from './times';

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
    let previous: AnalyzedTimelineEntry | undefined;
    let previousSection: Section | undefined;
    let previousNewestFirst = false;
    const declared = new Map<Section, boolean>();
    // A timeline whose entries run consistently back in time is read newest first, as one that says so.
    const runs = ctx.analysis.newestFirst !== undefined;
    let previousGroup: AnalyzedTimelineEntry[] | undefined;
    // A timeline of offsets no zero point anchors (`T+0:30` after `T+1:00`) is ordered by its offsets.
    const instants = !ctx.analysis.relativeTimeline;
    for (const group of groups) {
      if (group.length >= 2 && group.every(isStatusUpdate)) {
        // a status page's updates in their own order, whichever way the page printed them, compared with nothing else
        checkUpdateRun(group, ctx.lines, report);
        previous = undefined;
        previousGroup = group;
        continue;
      }
      const section = sectionOf(ctx.model.sections, group[0].line);
      // A list or table under its own heading (`### Phase 2`) may restart earlier: a parallel phase has its own order.
      if (previousGroup && startsPhase(ctx.model.sections, previousGroup, group)) previous = undefined;
      if (section && !declared.has(section)) declared.set(section, saysNewestFirst(section, group[0].line, ctx.lines));
      const newestFirst = runs || (section !== undefined && declared.get(section) === true);
      // A table right after a list that starts earlier than the list stops (a game day's table repeating the
      // experiment) is a run of its own; one that goes on where the list stops continues it.
      if (previousGroup && previous && restartsAfterList(previousGroup, group, previous, newestFirst, instants)) previous = undefined;
      previousGroup = group;
      // Entries of a timeline that runs newest first are compared with each other only.
      if (section !== previousSection && (newestFirst || previousNewestFirst)) previous = undefined;
      previousSection = section;
      previousNewestFirst = newestFirst;
      if (!newestFirst) {
        const reversed = wholeReversal(group, instants);
        if (reversed) {
          reportReversal(reversed, group, section, ctx.lines, report, instants);
          // a list in its own order (newest first) is compared with nothing outside it, as one oldest first is in a
          // timeline that runs newest first
          previous = undefined;
          continue;
        }
      } else if (runs && !(section && declared.get(section)) && wholeInOrder(group, instants)) {
        // A list wholly oldest first in a timeline that runs newest first without saying so (a log table under the
        // status updates) is in its own order: compared with nothing outside it.
        previous = undefined;
        continue;
      }
      previous = checkOrder(group, previous, newestFirst, instants, ctx.lines, report, (entry, before, gap, past) => newestFirst && entry.time.afterPrevious
        ? `This entry ${describe(entry.time)} comes after the entry above it ${describe(before.time)} (line ${before.line}), but this timeline runs newest first: a delay counts from the entry written above it, so write this entry's time as a clock time.`
        : newestFirst
        ? `This entry ${describe(entry.time)} is ${gap} later than the entry before it ${describe(before.time)} (line ${before.line})${past}: this timeline runs newest first, so keep it in that order, or check the time, date and zone.`
        : `This entry ${describe(entry.time)} is ${gap} earlier than the entry before it ${describe(before.time)} (line ${before.line})${past}: keep the timeline in chronological order, or check the time, date and zone${before.time.afterPrevious ? ` and the delay written on line ${before.line}` : ''}.`);
    }
  },
};

/** The Timeline section whose body holds line `line` (its `### date` headings are inside it), else the innermost section. */
function sectionOf(sections: readonly Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) {
    if (s.headingRange.start.line < line && line <= s.endLine && (found?.standard !== 'timeline' || s.standard === 'timeline')) found = s;
  }
  return found;
}

/**
 * True when a heading that dates nothing (`### Phase 2: refunds`, not `### 2024-11-05` nor a time heading) stands
 * between the list or table `before` and `group`, and both are dated alike: `group` is a phase of its own.
 */
function startsPhase(sections: readonly Section[], before: readonly AnalyzedTimelineEntry[], group: readonly AnalyzedTimelineEntry[]): boolean {
  const first = group[0];
  const last = before[before.length - 1];
  if (first.kind === 'heading' || first.dateText !== last.dateText) return false;
  const dating = first.dateRange?.start.line;
  return sections.some((s) => {
    const line = s.headingRange.start.line;
    return line > last.range.end.line && line < first.line && line !== dating;
  });
}

/**
 * True when `group` is a table right after the list `before` (no heading between: see `startsPhase`) whose first entry
 * with a place on the scale would be out of order after `previous`, the list's last (earlier than it, or later in a
 * timeline that runs newest first): the table, with its own header row, tells the events again or apart (a game day's
 * list, then a table of the experiment from T+0), and is checked in its own order.
 */
function restartsAfterList(before: readonly AnalyzedTimelineEntry[], group: readonly AnalyzedTimelineEntry[], previous: AnalyzedTimelineEntry, newestFirst: boolean, instants: boolean): boolean {
  if (group[0].kind !== 'table' || (before[0].kind !== 'bullet' && before[0].kind !== 'dated-list') || !before.includes(previous)) return false;
  const first = group.find((e) => placeOf(e, instants) !== undefined);
  return first !== undefined && (newestFirst ? isAfter(first, previous, instants) : isBefore(first, previous, instants));
}

/**
 * A run of a status page's updates, newest first when its first known time is later than its last (as history and
 * incident pages print them), else oldest first: an update out of place in that order is the finding.
 */
function checkUpdateRun(run: readonly AnalyzedTimelineEntry[], lines: readonly string[], report: (p: Problem) => void): void {
  const known = run.filter((e) => e.time.instant !== undefined);
  if (known.length < 2) return;
  const newestFirst = known[0].time.instant! > known[known.length - 1].time.instant!;
  // updates carry the clock time they were posted at, never an offset: they are ordered by instant
  checkOrder(run, undefined, newestFirst, true, lines, report, (entry, before, gap, past) =>
    `This update ${describe(entry.time)} is ${gap} ${newestFirst ? 'later' : 'earlier'} than the update before it ${describe(before.time)} (line ${before.line})${past}: these status page updates run ${newestFirst ? 'newest' : 'oldest'} first, so keep them in that order, or check the time, date and zone.`);
}

/**
 * Reports each entry of `group` out of place in its order (newest first when `newestFirst`) after the entry before
 * it, `previous` before the first (the list above, or nothing), with the fix that sorts the group; `say` words the
 * finding (`gap` in words; `past`, how far hedged times can be off, when one is hedged). Gives the group's last entry
 * with a place on the scale (`previous` when none has one).
 */
function checkOrder(group: readonly AnalyzedTimelineEntry[], previous: AnalyzedTimelineEntry | undefined, newestFirst: boolean, instants: boolean, lines: readonly string[],
  report: (p: Problem) => void, say: (entry: AnalyzedTimelineEntry, before: AnalyzedTimelineEntry, gap: string, past: string) => string): AnalyzedTimelineEntry | undefined {
  // the sort fix is made once per group, when its first finding needs it
  let fix: Fix | undefined | null = null;
  for (const entry of group) {
    const at = placeOf(entry, instants);
    // a hedged delay (`About an hour later`) gives no exact time to compare: the entries around it are compared
    if (at === undefined || byHedgedDelay(entry.time)) continue;
    if (previous && (newestFirst ? isAfter(entry, previous, instants) : isBefore(entry, previous, instants))) {
      // a hedged clock (`~14:05`) out of place by no more than its hedge is in order: the exact one of the two stays
      // the one the next entry is compared with (hedged delays are left out above: every hedge here allows minutes)
      const gap = gapBeyondHedges(entry.time, previous.time, Math.abs(scaleOf(previous.time, instants)! - at));
      if (!gap) {
        if (previous.time.approximate && !entry.time.approximate) previous = entry;
        continue;
      }
      if (fix === null) fix = sortFix(group, lines, newestFirst, instants);
      report({ message: say(entry, previous, gap.by, gap.past), range: entry.time.range, fixes: fix ? [fix] : undefined });
    }
    previous = entry;
  }
  return previous;
}

/**
 * The entries with known times of a list that runs wholly newest first without saying so (at least three, each no
 * later than the one before, and not all at one time), else undefined.
 */
function wholeReversal(group: readonly AnalyzedTimelineEntry[], instants: boolean): AnalyzedTimelineEntry[] | undefined {
  // Most lists run oldest first: their first pair of entries says so, and the list of known entries is not made.
  let before: AnalyzedTimelineEntry | undefined;
  let count = 0;
  for (const e of group) {
    if (placeOf(e, instants) === undefined) continue;
    if (before && !isAfter(before, e, instants) && scaleOf(before.time, instants) !== scaleOf(e.time, instants)) return undefined;
    before = e;
    count++;
  }
  if (count < 3) return undefined;
  const known = group.filter((e) => placeOf(e, instants) !== undefined);
  return scaleOf(known[0].time, instants)! > scaleOf(known[known.length - 1].time, instants)! ? known : undefined;
}

/** True when a list has at least three entries with known times, each no earlier than the one before, not all at one time. */
function wholeInOrder(group: readonly AnalyzedTimelineEntry[], instants: boolean): boolean {
  // The known entries are walked in place: a list out of order stops at its first step back, with no list made.
  let first: AnalyzedTimelineEntry | undefined;
  let before: AnalyzedTimelineEntry | undefined;
  let count = 0;
  for (const e of group) {
    if (placeOf(e, instants) === undefined) continue;
    if (before && isBefore(e, before, instants)) return false;
    first ??= e;
    before = e;
    count++;
  }
  return count >= 3 && scaleOf(before!.time, instants)! > scaleOf(first!.time, instants)!;
}

/** One finding for a list that runs newest first without saying so, with fixes to sort it or to say so. */
function reportReversal(known: readonly AnalyzedTimelineEntry[], group: readonly AnalyzedTimelineEntry[], section: Section | undefined, lines: readonly string[], report: (p: Problem) => void, instants: boolean): void {
  const first = known[0];
  const last = known[known.length - 1];
  const fixes: Fix[] = [];
  const sort = sortFix(group, lines, false, instants);
  if (sort) fixes.push(sort);
  if (section) {
    const at = section.headingRange.end;
    fixes.push({ title: 'Say the timeline runs newest first', edits: [{ range: { start: at, end: at }, replacement: ' (newest first)' }], preferred: false });
  }
  report({
    message: `These ${known.length} entries run newest first (from ${describe(first.time)} down to ${describe(last.time)}): sort them oldest first, or say the timeline runs newest first in its heading ("(newest first)").`,
    range: first.time.range,
    fixes,
  });
}

/** Where an entry stands on the scale its timeline is ordered by (see `scaleOf`); nowhere for a stray time. */
function placeOf(entry: AnalyzedTimelineEntry, instants: boolean): number | undefined {
  return isStrayTime(entry, entry.time) ? undefined : scaleOf(entry.time, instants);
}

const DAY = 86_400_000;

/** True when `entry` happened after `previous` (on the scale `instants` says); a date-only entry covers its whole day. */
function isAfter(entry: AnalyzedTimelineEntry, previous: AnalyzedTimelineEntry, instants: boolean): boolean {
  const at = scaleOf(entry.time, instants)!;
  const before = scaleOf(previous.time, instants)!;
  return previous.time.match.kind === 'date' ? at >= before + DAY : at > before;
}

const MINUTE = 60_000;

/**
 * True when `entry` happened before `previous`; a date-only entry covers its whole day, and a time written to the minute
 * its whole minute (`17:55` after `17:55:08` is no step back).
 */
function isBefore(entry: AnalyzedTimelineEntry, previous: AnalyzedTimelineEntry, instants: boolean): boolean {
  const at = scaleOf(entry.time, instants)!;
  const before = scaleOf(previous.time, instants)!;
  const { kind, hour, second } = entry.time.match;
  const covers = kind === 'date' ? DAY : hour !== undefined && second === undefined ? MINUTE : 0;
  return covers > 0 ? at + covers <= before : at < before;
}

/**
 * The timeline split into lists and tables: consecutive entries of one kind and one `### date` heading, with only
 * blank or indented lines between list entries and nothing between table rows; time headings (`### 12:49 PM`) under
 * one date heading are one group, whatever is written under each, and so are entries of a paragraph split by `<br>`
 * (each runs up to the line the next starts on) and a status page's updates with only blank lines between them.
 */
export function timelineGroups(timeline: readonly AnalyzedTimelineEntry[], lines: readonly string[]): AnalyzedTimelineEntry[][] {
  const groups: AnalyzedTimelineEntry[][] = [];
  let current: AnalyzedTimelineEntry[] = [];
  // whether `prev` is a status update, kept from the entry before: each entry is tested once
  let prevUpdate = false;
  for (const e of timeline) {
    const prev = current[current.length - 1];
    // a status page's updates with only blank lines between them are one run, and a run of their own
    const update = isStatusUpdate(e);
    const joined = prev !== undefined && update === prevUpdate && (update ? nextInUpdateRun(lines, prev, e)
      : prev.kind === e.kind && prev.dateText === e.dateText &&
        (e.kind === 'table' ? nextRow(lines, prev, e) : e.kind === 'heading' || prev.range.end.line >= e.line - 1 || onlyBlankOrIndented(lines, prev.line, e.line - 1)));
    if (!joined && current.length) { groups.push(current); current = []; }
    current.push(e);
    prevUpdate = update;
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * True when table row `e` comes right after row `prev`: on the next line, or after the `</tr>` line that closes an
 * HTML row whose cells are on lines of their own.
 */
function nextRow(lines: readonly string[], prev: AnalyzedTimelineEntry, e: AnalyzedTimelineEntry): boolean {
  const end = prev.range.end.line;
  return e.line === end + 1 || (end > prev.line && e.line === end + 2 && lines[end].trim().toLowerCase() === '</tr>');
}

/**
 * "Sort the timeline": reorders the lines of the entries with known times (an entry's line and the lines under it
 * that hold its text), oldest first (newest first in a timeline that says it runs so); entries with unknown times
 * stay put. None for a list with an entry timed by a delay after the entry before.
 */
function sortFix(group: readonly AnalyzedTimelineEntry[], lines: readonly string[], newestFirst: boolean, instants: boolean): Fix | undefined {
  // Entries that share a line (a paragraph split by `<br>`) cannot be moved line by line, and an entry timed by a delay
  // (`Five minutes later`) would count from another entry once moved.
  for (let k = 1; k < group.length; k++) if (group[k - 1].range.end.line >= group[k].line || group[k].afterPrevious) return undefined;
  if (group[0]?.afterPrevious) return undefined;
  const slots = group.filter((e) => placeOf(e, instants) !== undefined);
  const sign = newestFirst ? -1 : 1;
  const sorted = slots.map((e, i) => ({ e, i })).sort((a, b) => sign * (scaleOf(a.e.time, instants)! - scaleOf(b.e.time, instants)!) || a.i - b.i).map((x) => x.e);
  const edits: TextEdit[] = [];
  slots.forEach((slot, i) => {
    if (sorted[i] === slot) return;
    const last = slot.range.end.line;
    const text = lines.slice(sorted[i].line - 1, sorted[i].range.end.line).join('\n');
    edits.push({ range: { start: { line: slot.line, column: 1 }, end: { line: last, column: (lines[last - 1] ?? '').length + 1 } }, replacement: text });
  });
  // Not preferred: when a time is the typo, sorting moves the wrong line; "fix all" leaves it to the author.
  return edits.length ? { title: newestFirst ? 'Sort the timeline, newest first' : 'Sort the timeline', edits, preferred: false } : undefined;
}
