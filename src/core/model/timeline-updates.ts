/**
 * A status page's updates pasted into a postmortem (Atlassian Statuspage and look-alikes: Instatus, Better Stack,
 * Cachet): from its history page, `**Resolved** - text` then a line with the update's date and time; from an incident
 * page, the word alone on its line (plain, bold or a heading), the message, then `Posted 3 days ago. Mar 12, 2024 -
 * 14:58 UTC`. Each update is an entry at the time of its time line, its text the status word and the message.
 */
import { findTimes } from '../time/parse';
import type { ScannedLine } from './scan';
import { lineRange, normalizeLabel, skipSpaces, spanRange, unwrap } from './text';
import { STATUS_WORDS_ALL } from './timeline-shape';
import { scanTimePrefix } from './timeprefix';
import type { Section, TimelineEntry } from './types';

/**
 * An update's word, maybe bold, then a dash or a colon (`**Resolved** - ...`), or alone on its line (`Resolved`,
 * `**Monitoring**`), as an incident page prints it above its message.
 */
const STATUS_PARAGRAPH = new RegExp(`^(?:\\*\\*|__)?(${STATUS_WORDS_ALL})(?:\\*\\*|__)?[ \\t]*(?:[-–—:][ \\t]*|$)`, 'i');
/** A cheap test for `STATUS_PARAGRAPH`: a line that opens with a status word. */
export const STATUS_PARAGRAPH_HINT = new RegExp(`^[ \\t]*(?:\\*\\*|__)?(?:${STATUS_WORDS_ALL})(?![a-z])`, 'i');
/** A heading that is a status word alone (`### Resolved`). */
const STATUS_ALONE = new RegExp(`^(?:${STATUS_WORDS_ALL})$`, 'i');
/** The longest and shortest status words (`investigating`, `fixed`): a heading of another length is no update's. */
const LONGEST_WORD = 13;
const SHORTEST_WORD = 5;
/** How far down an update's date and time may be (its paragraphs, as a status page's history prints them). */
const MAX_UPDATE_LINES = 30;

/** A status page's "Posted" before an update's time, maybe with how long ago: `Posted 3 days ago. Nov 03, 2024 - 19:20 UTC`. */
const POSTED = /^posted\b[ \t]*(?:[^.\n]{1,30}?\bago\b\.?[ \t]*)?/i;

/**
 * Where the time of a status update is when `line[from, to)` holds only it, maybe after "Posted" (an incident page
 * pasted): a time with a clock as an entry starts with one, or a date with its year, a dash and a clock
 * (`Nov 03, 2024 - 19:20 UTC`) as the time module reads it.
 */
function updateTime(line: string, from: number, to: number): [number, number] | undefined {
  const posted = line.charCodeAt(from) === 0x50 || line.charCodeAt(from) === 0x70 ? POSTED.exec(line.slice(from, to)) : null;
  const at = posted ? from + posted[0].length : from;
  const span = scanTimePrefix(line, at, to);
  if (span && span.start === at && span.hasClock && skipSpaces(line, span.end, to) === to) return [at, to];
  const times = span ? findTimes(line.slice(at, to)) : [];
  return times.length === 1 && times[0].start === 0 && at + times[0].end === to && times[0].hour !== undefined ? [at, to] : undefined;
}

/** An update read: its entry, and the line of its time, where reading goes on after it. */
export interface UpdateBlock { entry: TimelineEntry; end: number }

/**
 * A status page update pasted as a paragraph: `**Resolved** - text`, or the word alone on line `i` with the message
 * under it (see `updateBlock`).
 */
export function statusParagraphEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, last: number): UpdateBlock | undefined {
  const s = scanned[i];
  const status = STATUS_PARAGRAPH.exec(lines[i].slice(s.contentStart, s.contentEnd));
  if (!status) return undefined;
  return updateBlock(lines, scanned, i, s.contentStart, status[1], s.contentStart + status[0].length, 'bullet', last);
}

/** A heading that is only a status word (`### Resolved`, content `[hs, he)`) over its update's message and time. */
export function statusHeadingEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, hs: number, he: number, last: number): UpdateBlock | undefined {
  if (he - hs > LONGEST_WORD || he - hs < SHORTEST_WORD || !STATUS_ALONE.test(lines[i].slice(hs, he))) return undefined;
  return updateBlock(lines, scanned, i, hs, lines[i].slice(hs, he), he, 'heading', last);
}

/**
 * The update whose word `word` is on line `i` at `wordAt`, its text on that line from `from`: maybe more lines and
 * paragraphs of text, then, within `MAX_UPDATE_LINES` and up to `last`, a line that holds only the update's date and
 * time (` Nov  3, 19:20 UTC`, `Posted 3 days ago. Mar 12, 2024 - 14:58 UTC`, `14:58 UTC`). It is an entry at that
 * time whose text is the word and the message; nothing when another update, a heading, a list or a table comes first.
 */
function updateBlock(lines: readonly string[], scanned: readonly ScannedLine[], i: number, wordAt: number, word: string, from: number, kind: TimelineEntry['kind'], last: number): UpdateBlock | undefined {
  const s = scanned[i];
  const own = from < s.contentEnd ? lines[i].slice(from, s.contentEnd) : '';
  const parts: string[] = own === '' ? [] : [own];
  let lastText = i;
  for (let j = i + 1; j <= Math.min(last, i + MAX_UPDATE_LINES); j++) {
    const t = scanned[j];
    if (t.kind === 'blank') continue;
    if (t.kind !== 'text') return undefined;
    const [a, b] = unwrap(lines[j], t.contentStart, t.contentEnd);
    if (STATUS_PARAGRAPH.test(lines[j].slice(a, b))) return undefined;
    const span = updateTime(lines[j], a, b);
    if (span) {
      const entry: TimelineEntry = {
        kind, line: i + 1, range: spanRange(i, wordAt, j, b), timeText: lines[j].slice(span[0], span[1]), timeRange: lineRange(j, span[0], span[1]),
        text: parts.length ? `${word}: ${parts.join(' ')}` : word, textRange: spanRange(i, wordAt, lastText, lastText === i ? s.contentEnd : scanned[lastText].contentEnd),
      };
      return { entry, end: j };
    }
    parts.push(lines[j].slice(a, b));
    lastText = j;
  }
  return undefined;
}

/**
 * A section where a status page's updates are pasted (`## Status page updates`, `## Incident updates`, `## Updates`,
 * `## Public updates`, `## Updates posted`): its updates are the timeline's, even beside a Timeline section. Not an
 * `Update log` or `Update history`, which more often lists the edits of the document itself.
 */
const UPDATES_TITLE = /^(?:(?:status(?: page)?|incident|public|customer|statuspage) )?updates?(?: posted)?$/;

/** True when a section is titled as the place of a status page's updates (see `UPDATES_TITLE`). */
export function isUpdatesSection(section: Section): boolean {
  return section.standard === undefined && section.title.length <= 40 && UPDATES_TITLE.test(normalizeLabel(section.title));
}

/** A cheap test before a section's title is normalised: it names updates. */
const UPDATES_WORD = /updates?\b/i;

/**
 * `entries` (in document order, read from the timeline `regions`) with the updates of the sections titled as a status
 * page's (see `isUpdatesSection`) outside those regions, each in its place; only the updates are read there.
 */
export function readUpdatesSections(lines: readonly string[], scanned: readonly ScannedLine[], sections: readonly Section[], regions: readonly [number, number][], entries: TimelineEntry[]): TimelineEntry[] {
  let found: TimelineEntry[] | undefined;
  // the last line read: a section of updates nested in another is read with it
  let readTo = -1;
  for (const section of sections) {
    if (!UPDATES_WORD.test(section.title) || !isUpdatesSection(section)) continue;
    const first = section.bodyStartLine - 1;
    const last = section.endLine - 1;
    if (first <= readTo || regions.some(([a, b]) => first <= b && last >= a)) continue;
    readTo = last;
    for (let i = first; i <= last; i++) {
      const s = scanned[i];
      let update: UpdateBlock | undefined;
      if (s.kind === 'text' && STATUS_PARAGRAPH_HINT.test(lines[i])) update = statusParagraphEntry(lines, scanned, i, last);
      else if (s.kind === 'heading') update = statusHeadingEntry(lines, scanned, i, ...unwrap(lines[i], s.contentStart, s.contentEnd), last);
      if (!update) continue;
      (found ??= []).push(update.entry);
      i = update.end;
    }
  }
  if (!found) return entries;
  // two lists in document order, merged
  const merged: TimelineEntry[] = [];
  let k = 0;
  for (const e of found) {
    while (k < entries.length && entries[k].line < e.line) merged.push(entries[k++]);
    merged.push(e);
  }
  while (k < entries.length) merged.push(entries[k++]);
  return merged;
}

/**
 * True when a timeline entry is a status page's update read by `statusParagraphEntry` or `statusHeadingEntry`: its
 * time is on a line below its word (a table row's time may be below its `<tr>` too).
 */
export function isStatusUpdate(entry: TimelineEntry): boolean {
  return entry.kind !== 'table' && entry.timeRange.start.line > entry.line && STATUS_PARAGRAPH_HINT.test(entry.text);
}

const BLANK_OR_INDENTED = /^(?:\s*$|\s+\S)/;

/** True when every line from index `from` to `to` (exclusive) is blank or indented (a list item's continuation). */
export function onlyBlankOrIndented(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, lines.length); i++) if (!BLANK_OR_INDENTED.test(lines[i])) return false;
  return true;
}

/**
 * True when the status update `e` follows the status update `prev` in one run: only blank (or indented) lines between
 * them, as a status page's history or incident page prints its updates. Both must be updates (see `isStatusUpdate`).
 */
export function nextInUpdateRun(lines: readonly string[], prev: TimelineEntry, e: TimelineEntry): boolean {
  return onlyBlankOrIndented(lines, prev.range.end.line, e.line - 1);
}

/**
 * The index after the run of a status page's updates that starts at `timeline[k]`, itself an update: the updates that
 * follow each other with only blank lines between (see `nextInUpdateRun`).
 */
export function updateRunEnd(timeline: readonly TimelineEntry[], lines: readonly string[], k: number): number {
  let j = k + 1;
  while (j < timeline.length && isStatusUpdate(timeline[j]) && nextInUpdateRun(lines, timeline[j - 1], timeline[j])) j++;
  return j;
}
