/**
 * Timeline entries: bullets and lines that start with a time, table rows with a time column, and `HH:MM`
 * entries under `### 2024-03-12` date headings, all inside the Timeline section(s).
 */
import { cellText } from './cells';
import type { ScannedLine } from './scan';
import { lineRange, normalizeLabel, stripMarkup, unwrap } from './text';
import { surnamedSenders } from './chat-senders';
import { groupedMessage } from './timeline-chat';
import { afterDayNumber, headingEntry, monthDayHeadingEnd, throughDateSections, timelineHeadingDate, titledMonthDayEnd } from './timeline-headings';
import { hasBreak, lineEntry, readBrokenParagraph } from './timeline-lines';
import type { DateContext } from './timeline-shape';
import { rowEntry, tableColumns } from './timeline-table';
import { readUpdatesSections, STATUS_PARAGRAPH_HINT, statusHeadingEntry, statusParagraphEntry } from './timeline-updates';
import { scanTimePrefix } from './timeprefix';
import type { Section, TimelineEntry } from './types';

/** 0-based [first, last] line spans of the timeline sections' bodies, nested ones folded into their parent. */
export function sectionRegions(sections: Section[], id: Section['standard']): [number, number][] {
  const regions: [number, number][] = [];
  for (const s of sections) {
    if (s.standard !== id) continue;
    const first = s.bodyStartLine - 1;
    const last = s.endLine - 1;
    const prev = regions[regions.length - 1];
    if (prev && first <= prev[1]) continue;
    regions.push([first, last]);
  }
  return regions;
}

/** The document outside the given spans, as spans (0-based, inclusive). */
function outside(spans: [number, number][], lineCount: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const [a, b] of spans) {
    if (a > from) out.push([from, a - 1]);
    from = Math.max(from, b + 1);
  }
  if (from < lineCount) out.push([from, lineCount - 1]);
  return out;
}

/**
 * Reads every timeline entry inside the timeline sections. A document without a Timeline section is read whole
 * (except its action items), but then only list items and table rows count: a line of prose is not an entry.
 */
export function readTimeline(lines: string[], scanned: ScannedLine[], sections: Section[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let regions = sectionRegions(sections, 'timeline');
  const whole = regions.length === 0;
  if (whole) regions = outside(sectionRegions(sections, 'actionItems'), lines.length);
  else regions = regions.map((r, k) => throughDateSections(lines, scanned, sections, r, regions[k + 1]?.[0] ?? lines.length));
  for (const [first, last] of regions) {
    // The date of the nearest date heading above (`## May 13`), kept under its sub-headings; a date line or a table's
    // date cell dates the lines after it until the next heading.
    let headingDate = whole ? undefined : timelineHeadingDate(lines, sections, first);
    let date: DateContext | undefined = headingDate?.date;
    let columns: ReturnType<typeof tableColumns> | undefined;
    let tableDate: DateContext | undefined;
    // The last line of the paragraph checked for `<br>` separators, so that each paragraph is checked once.
    let checkedTo = -1;
    let update: ReturnType<typeof statusParagraphEntry>;
    let dateEnd: number;
    // The paragraph the line is in opened with prose: a line in it that starts with a clock is wrapped text.
    let prose = false;
    const before = entries.length;
    const regionDate = date;
    let code = false;
    for (let i = first; i <= last; i++) {
      const s = scanned[i];
      const line = lines[i];
      if (s.kind !== 'text') prose = false;
      if (s.kind === 'code') code = true;
      if (s.kind === 'text' && !whole && i > checkedTo) {
        let end = i;
        while (end < last && scanned[end + 1].kind === 'text') end++;
        checkedTo = end;
        if (hasBreak(lines, i, end)) {
          date = readBrokenParagraph(lines, scanned, i, end, date, entries);
          i = end;
          continue;
        }
      }
      if (s.kind === 'heading') {
        const level = s.level ?? 1;
        const [hs, he] = unwrap(line, s.contentStart, s.contentEnd);
        const span = scanTimePrefix(line, hs, he);
        // A heading ends the date of a heading at its level or deeper, except a clock heading after a date heading
        // at its own level (`### 2025-03-04`, then `### 02:10 PM`).
        const clockOnly = span !== undefined && span.hasClock && !span.hasDate;
        if (headingDate && (headingDate.level > level || (headingDate.level === level && !clockOnly))) headingDate = undefined;
        const dated = span ?? afterDayNumber(line, hs, he);
        if (dated && dated.hasDate && !dated.hasClock) headingDate = { level, date: { text: line.slice(dated.start, dated.end), range: lineRange(i, dated.start, dated.end) } };
        else if (!span && !whole && ((dateEnd = monthDayHeadingEnd(line, hs, he)) > hs || (dateEnd = titledMonthDayEnd(lines, scanned, i, hs, he, last)) > hs)) {
          headingDate = { level, date: { text: line.slice(hs, dateEnd), range: lineRange(i, hs, dateEnd) } };
        }
        date = headingDate?.date;
        const entry = headingEntry(lines, scanned, i, hs, he, span, last, !whole, date);
        if (entry) entries.push(entry);
        else if (!span && (update = statusHeadingEntry(lines, scanned, i, hs, he, last))) {
          entries.push(update.entry);
          i = update.end;
        }
      } else if (s.kind === 'text' && STATUS_PARAGRAPH_HINT.test(line) && (update = statusParagraphEntry(lines, scanned, i, last))) {
        entries.push(update.entry);
        i = update.end;
        prose = false;
      } else if (s.kind === 'list' || (s.kind === 'text' && !whole)) {
        const read = lineEntry(lines, scanned, i, date ? 'dated-list' : 'bullet', date);
        const opens = s.kind === 'text' && (i === first || scanned[i - 1].kind !== 'text');
        // Teams' header on two lines (`Sam Patel` / `2:04 PM`) opens a paragraph or follows a message, no prose's line;
        // its time's line is read with it
        if (read?.entry && read.entry.timeRange.start.line === i + 2) {
          if (!opens && entries[entries.length - 1]?.range.end.line !== i) continue;
          entries.push(read.entry);
          prose = false;
          i++;
          continue;
        }
        // an entry starts a paragraph or a list item, or follows one: after prose cut mid-sentence, a clock and then
        // words that go on in lower case (`14:05 was when ...`) are wrapped text
        if (s.kind === 'text' && !opens && prose && read?.entry && LOWER_FIRST.test(read.entry.text) && cutMidSentence(lines[i - 1], scanned[i - 1].contentEnd)) continue;
        if (s.kind === 'text') prose = opens ? !read?.entry && !read?.date : prose && !read?.entry;
        if (read?.date) date = read.date;
        if (read?.entry) entries.push(s.kind === 'text' ? groupedMessage(read.entry, entries[entries.length - 1], scanned) : read.entry);
      } else if (s.kind === 'table' && s.cells) {
        if (s.tableStart === i) {
          const headers = s.cells.map((c) => normalizeLabel(stripMarkup(cellText(lines, i, c))));
          // the first row under the header: past the `|---|` row, or next to an HTML table's `<th>` row (past the
          // lines of its cells when they are on lines of their own)
          let first = s.header ? i + 1 : i + 2;
          while (scanned[first]?.kind === 'cell') first++;
          const next = scanned[first];
          const firstCell = next?.kind === 'table' && next.cells?.[0] ? cellText(lines, first, next.cells[0]) : undefined;
          columns = tableColumns(headers, firstCell !== undefined && scanTimePrefix(firstCell, unwrap(firstCell, 0, firstCell.length)[0]) ? firstCell : undefined);
          tableDate = undefined;
          continue;
        }
        if (!columns || columns.time < 0) continue;
        const row = rowEntry(lines, i, s, columns, tableDate, date);
        tableDate = row.tableDate;
        if (row.entry) entries.push(row.entry);
      }
    }
    if (code && !whole && entries.length === before) readCodeBlocks(lines, scanned, first, last, regionDate, entries);
  }
  return surnamedSenders(offsetsAmongTs(whole ? hourRangesAmongHours(entries) : readUpdatesSections(lines, scanned, sections, regions, entries)));
}

/**
 * The entries of a timeline written in fenced code blocks (a log-like list, aligned in a monospace font): the code lines
 * of `[first, last]` that start with a time, read as list items are; a date alone on its line dates the lines after it.
 * Read only for a section with no other entry: beside entries, a code block quotes a log.
 */
function readCodeBlocks(lines: string[], scanned: ScannedLine[], first: number, last: number, date: DateContext | undefined, entries: TimelineEntry[]): void {
  for (let i = first; i <= last; i++) {
    if (scanned[i].kind !== 'code') continue;
    const read = lineEntry(lines, scanned, i, date ? 'dated-list' : 'bullet', date);
    if (read.date) date = read.date;
    if (read.entry) entries.push(read.entry);
  }
}

/**
 * The entries without those whose time is a bare `+00:25`, unless the timeline's other offsets are written with a
 * `T` (`T+0`, `T+3m`): only there does a bare sign and `h:mm` mean an offset from the zero point.
 */
function offsetsAmongTs(entries: TimelineEntry[]): TimelineEntry[] {
  let bare = false;
  let withT = false;
  for (const e of entries) {
    if (e.zeroOffsetMinutes === undefined) continue;
    if (e.timeText.charCodeAt(0) === 0x2b) bare = true;
    else withT = true;
  }
  return bare && !withT ? entries.filter((e) => e.zeroOffsetMinutes === undefined || e.timeText.charCodeAt(0) !== 0x2b) : entries;
}

/** A range of two bare hours as an entry's whole time (`2h-3h`, `14 h - 16 h`, `14h à 16h`). */
const BARE_HOUR_RANGE = /^\d{1,2}[ \t]?[Hh][ \t]*(?:[-–—~〜]|à|au)[ \t]*\d{1,2}[ \t]?[Hh]$/;
/** An hour written with an `h` in an entry's time (`14h05`, `15h`, `9 h 30`). */
const H_HOUR = /\d[ \t]?[Hh](?![A-Za-z])/;

/**
 * The entries of a document read whole (it has no Timeline section) without those whose time is a range of two bare
 * hours (`- 2h-3h : travail perdu` in its Impact says how long something lasted), unless another entry's time is
 * written with an `h` (`- 14h05 : alerte`): only among such times is `14h-16h` a range of clock hours.
 */
function hourRangesAmongHours(entries: TimelineEntry[]): TimelineEntry[] {
  let ranges = false;
  let hours = false;
  for (const e of entries) {
    // a cheap test first: most times hold no `h`
    if (!e.timeText.includes('h') && !e.timeText.includes('H')) continue;
    if (BARE_HOUR_RANGE.test(e.timeText)) ranges = true;
    else if (H_HOUR.test(e.timeText)) hours = true;
  }
  return ranges && !hours ? entries.filter((e) => !BARE_HOUR_RANGE.test(e.timeText)) : entries;
}

/** Text that starts with a lower-case letter, maybe after a comma: a sentence going on, not an entry's own (`Alert fired`). */
const LOWER_FIRST = /^[\s,;]*\p{Ll}/u;

/**
 * True when `line` (its content ending at `end`) was cut mid-sentence by a hard wrap: it ends no sentence, and it ends
 * with a word no sentence ends with (`... stayed flat until`) or is as long as wrapped lines are. A short line without
 * a full stop is more often a label or a declaration (`All times UTC`, `Timeline of events, all times in UTC`).
 */
function cutMidSentence(line: string, end: number): boolean {
  if (endsSentence(line, end)) return false;
  return end >= WRAPPED_LINE || DANGLING_WORD.test(line.slice(Math.max(0, end - 12), end));
}

/** Lines at least this long may have been cut by a hard wrap (editors wrap at 72-100 columns). */
const WRAPPED_LINE = 60;
/** A word that leaves its sentence open. */
const DANGLING_WORD = /\b(?:a|an|the|and|or|but|so|to|of|at|by|in|on|for|from|with|as|than|that|which|when|while|until|till|before|after|because|since|was|were|is|are|be|been)\s*$/i;

/**
 * True when `line` (its content ending at `end`) ends a sentence, a label or emphasis (`.`, `:`, `!`, `?`, `)`, `*`):
 * a line after it may start an entry (`All times UTC.` then `14:02 Alert fired`).
 */
function endsSentence(line: string, end: number): boolean {
  let p = end;
  while (p > 0 && (line.charCodeAt(p - 1) === 0x20 || line.charCodeAt(p - 1) === 0x09)) p--;
  return p === 0 || '.:!?)]*_`|'.includes(line[p - 1]);
}
