/**
 * Add Timeline Entry: a new entry for "now" at its chronological place in the Timeline section, written like its
 * neighbours (same bullet or table row, same time style), with the cursor where the event text goes.
 */
import type { Analysis, AnalyzedTimelineEntry } from '../analysis/types';
import type { Position, TextEdit } from '../types';
import { instantToZoned } from '../time/zones';
import { documentTimestamp } from './now';

/** The edit that adds the entry, and where the cursor goes after it (1-based). */
export interface TimelineInsertion {
  edit: TextEdit;
  cursor: Position;
}

/**
 * The entry after which "now" belongs (undefined: before every entry). Entries placed in time compare by instant;
 * when some have no date (`14:02` under no date), all compare by time of day in the document's zone, a delay entry
 * (`Five minutes later`) by that of the entry it counts from plus the delay. In a timeline written newest first, "now"
 * goes above the first entry that is not later than it.
 */
function anchorFor(entries: AnalyzedTimelineEntry[], now: number, zone: string, newestFirst: boolean): AnalyzedTimelineEntry | undefined {
  const known = entries.filter((e) => !e.time.unknown && (e.time.instant !== undefined || e.time.written.hour !== undefined));
  // nothing to compare with: at the end, or at the top of a timeline written newest first
  if (known.length === 0) return newestFirst ? undefined : entries[entries.length - 1];
  const byInstant = known.every((e) => e.time.instant !== undefined);
  const nowZoned = instantToZoned(now, zone);
  const nowKey = byInstant ? now : nowZoned.hour * 60 + nowZoned.minute;
  // the time of day of each entry read so far, by the line of its time: a delay counts from one of them
  const ofDay = new Map<number, number>();
  const key = (e: AnalyzedTimelineEntry) => {
    if (byInstant) return e.time.instant;
    // a delay writes no clock: it is the entry it counts from plus the delay (as `delayTime` reads it), not 00:00
    const after = e.time.afterPrevious;
    if (after) {
      const from = ofDay.get(after.line);
      return from === undefined ? undefined : (from + after.minutes) % (24 * 60);
    }
    return (e.time.written.hour ?? 0) * 60 + (e.time.written.minute ?? 0);
  };
  // a set: a timeline may hold thousands of entries
  const comparable = new Set(known);
  let anchor: AnalyzedTimelineEntry | undefined;
  for (const e of entries) {
    const k = comparable.has(e) ? key(e) : undefined;
    if (k !== undefined) ofDay.set(e.time.range.start.line, k);
    if (k === undefined || (newestFirst ? k > nowKey : k <= nowKey)) anchor = e;
    else break;
  }
  return anchor;
}

/**
 * The entry to insert after, past the chain of delay entries under `anchor` (undefined: the top): a delay entry
 * (`- Five minutes later, ...`) counts from the entry right above it, so a new entry between would move it. The
 * chain goes with the entry it counts from, even when its times are later than now.
 */
function pastDelays(entries: AnalyzedTimelineEntry[], anchor: AnalyzedTimelineEntry | undefined): AnalyzedTimelineEntry | undefined {
  let k = anchor ? entries.indexOf(anchor) : -1;
  while (k + 1 < entries.length && entries[k + 1].afterPrevious) k++;
  return k < 0 ? undefined : entries[k];
}

/** The entry a new one after `anchor` is shaped like: the clock entry a chain of delays counts from, not a delay. */
function clockAbove(entries: AnalyzedTimelineEntry[], anchor: AnalyzedTimelineEntry): AnalyzedTimelineEntry {
  let k = entries.indexOf(anchor);
  while (k > 0 && entries[k].afterPrevious) k--;
  return entries[k].afterPrevious ? anchor : entries[k];
}

/**
 * The new line, shaped like `like`: its text before the time, the separator, empty cells after the event. The cursor
 * goes where the event text goes, or right after the time when its amount is left to type (`blank`, `- T+|: `).
 */
function shapeLike(like: AnalyzedTimelineEntry, line: string, timestamp: string, blank = false): { text: string; cursorColumn: number } {
  const timeStart = like.timeRange.start.column - 1;
  const timeEnd = like.timeRange.end.column - 1;
  const textStart = like.textRange.start.column - 1;
  const textEnd = like.textRange.end.column - 1;
  const sameLine = like.timeRange.start.line === like.line && like.textRange.start.line === like.line;
  if (!sameLine || textStart < timeEnd) {
    const text = like.kind === 'table' ? `| ${timestamp} | ` : `- ${timestamp} `;
    return { text: like.kind === 'table' ? `${text} |` : text, cursorColumn: blank ? timestamp.length + 3 : text.length + 1 };
  }
  const head = `${line.slice(0, timeStart)}${timestamp}${line.slice(timeEnd, textStart)}`;
  // later table cells (owner, link) stay as empty cells
  const tail = like.kind === 'table' ? line.slice(textEnd).replace(/[^|]+/g, (s) => (s.trim() ? ' ' : s)) : '';
  return { text: head + (like.kind === 'table' && !tail ? ' |' : tail), cursorColumn: blank ? timeStart + timestamp.length + 1 : head.length + 1 };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date written like `like` (`2024-03-12`, `March 12, 2024`, `Mar 12, 2024`, `12 March 2024`), else ISO. */
function dateLike(like: string, d: { year: number; month: number; day: number }): string {
  const month = MONTHS[d.month - 1];
  const short = /^[A-Z][a-z]{2}\b(?!\w)/.test(like) || /^\d{1,2} [A-Z][a-z]{2}\b(?!\w)/.test(like);
  const name = short ? month.slice(0, 3) : month;
  if (/^[A-Z][a-z]+\.? \d{1,2}, \d{4}$/.test(like)) return `${name} ${d.day}, ${d.year}`;
  if (/^\d{1,2} [A-Z][a-z]+\.? \d{4}$/.test(like)) return `${d.day} ${name} ${d.year}`;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * When entries take their day from `### date` headings and now falls on another day than `like`'s (the last entry,
 * or the first in a timeline written newest first), the heading for today (same level, date written the same way);
 * undefined otherwise.
 */
function newDayHeading(like: AnalyzedTimelineEntry, lines: readonly string[], now: number, zone: string): string | undefined {
  if (like.kind !== 'dated-list' || !like.dateText || !like.dateRange) return undefined;
  const hashes = /^ {0,3}(#{1,6})[ \t]/.exec(lines[like.dateRange.start.line - 1] ?? '')?.[1];
  const day = like.time.resolvedDate;
  if (!hashes || !day) return undefined;
  const today = instantToZoned(now, zone);
  if (today.year === day.year && today.month === day.month && today.day === day.day) return undefined;
  return `${hashes} ${dateLike(like.dateText.trim(), today)}`;
}

/** Where and what to insert for a new entry at `now`; `fallbackZone` is used when the document names no zone. */
export function timelineInsertion(analysis: Analysis, now: number, fallbackZone?: string): TimelineInsertion {
  const lines = analysis.model.lines;
  const section = analysis.model.sections.find((s) => s.standard === 'timeline');
  const inSection = section ? analysis.timeline.filter((e) => e.line > section.headingRange.start.line && e.line <= section.endLine) : [];
  // A timeline written newest first takes new entries at its top, written like its first entry.
  const newestFirst = analysis.newestFirst !== undefined;
  const lineOf = (newestFirst ? inSection[0] : inSection[inSection.length - 1])?.line ?? section?.endLine ?? lines.length;
  const stamp = documentTimestamp(analysis, now, lineOf, fallbackZone, inSection.length ? inSection.map((e) => e.time) : undefined);
  // an offset left to type is now, the latest entry: last, or first in a timeline written newest first
  const anchor = pastDelays(inSection, stamp.offset === 'blank' && newestFirst ? undefined : anchorFor(inSection, now, stamp.zone, newestFirst));
  if (!section) {
    // no Timeline section: add one at the end of the document
    const last = lines.length;
    const lastText = lines[last - 1] ?? '';
    const prefix = lastText.trim() === '' ? (last > 1 && lines[last - 2]?.trim() !== '' ? '\n' : '') : '\n\n';
    const entry = `- ${stamp.text} `;
    const inserted = `${prefix}## Timeline\n\n${entry}`;
    const at = { line: last, column: lastText.length + 1 };
    const insertedLines = inserted.split('\n');
    return { edit: { range: { start: at, end: at }, replacement: inserted }, cursor: { line: last + insertedLines.length - 1, column: entry.length + 1 } };
  }
  if (inSection.length === 0) {
    // an empty Timeline: the entry goes after the last non-blank line of the section
    let after = section.endLine;
    while (after > section.headingRange.start.line && (lines[after - 1] ?? '').trim() === '') after--;
    const entry = `- ${stamp.text} `;
    const gap = after === section.headingRange.start.line || !/^\s*([-*+•]|\d+[.)])\s/.test(lines[after - 1] ?? '') ? '\n' : '';
    const at = { line: after, column: (lines[after - 1] ?? '').length + 1 };
    return { edit: { range: { start: at, end: at }, replacement: `\n${gap}${entry}` }, cursor: { line: after + 1 + (gap ? 1 : 0), column: entry.length + 1 } };
  }
  const like = anchor ? clockAbove(inSection, anchor) : inSection[0];
  const shaped = shapeLike(like, lines[like.line - 1] ?? '', stamp.text, stamp.offset === 'blank');
  if (!anchor) {
    // "now" is before every entry (after every entry, newest first): insert above the first, under a heading of its
    // own above the first date heading when the timeline runs newest first and today has none
    const heading = newestFirst ? newDayHeading(inSection[0], lines, now, stamp.zone) : undefined;
    if (heading) {
      const at = { line: inSection[0].dateRange!.start.line, column: 1 };
      return { edit: { range: { start: at, end: at }, replacement: `${heading}\n\n${shaped.text}\n\n` }, cursor: { line: at.line + 2, column: shaped.cursorColumn } };
    }
    const at = { line: inSection[0].line, column: 1 };
    return { edit: { range: { start: at, end: at }, replacement: `${shaped.text}\n` }, cursor: { line: at.line, column: shaped.cursorColumn } };
  }
  const endLine = anchor.range.end.line;
  const at = { line: endLine, column: (lines[endLine - 1] ?? '').length + 1 };
  if (anchor.kind === 'heading') {
    // a heading per event (`### 12:49 PM` and a paragraph): a heading at the same level, the text on a line of its own
    const hashes = /^\s*(#{1,6})\s/.exec(lines[anchor.line - 1] ?? '')?.[1] ?? '###';
    // an offset left to type takes the cursor first
    const cursor = stamp.offset === 'blank' ? { line: endLine + 2, column: hashes.length + stamp.text.length + 2 } : { line: endLine + 4, column: 1 };
    return { edit: { range: { start: at, end: at }, replacement: `\n\n${hashes} ${stamp.text}\n\n` }, cursor };
  }
  const heading = !newestFirst && anchor === inSection[inSection.length - 1] ? newDayHeading(like, lines, now, stamp.zone) : undefined;
  if (heading) {
    return { edit: { range: { start: at, end: at }, replacement: `\n\n${heading}\n\n${shaped.text}` }, cursor: { line: endLine + 4, column: shaped.cursorColumn } };
  }
  return { edit: { range: { start: at, end: at }, replacement: `\n${shaped.text}` }, cursor: { line: endLine + 1, column: shaped.cursorColumn } };
}
