/**
 * Timeline entries: bullets and lines that start with a time, table rows with a time column, and `HH:MM`
 * entries under `### 2024-03-12` date headings, all inside the Timeline section(s).
 */
import { lineSlot, perLineSpan, type LineRecord } from '../cache';
import type { Range } from '../types';
import type { Section, TimelineEntry } from './types';
import { sameScan, type ScannedLine } from './scan';
import { scanTimePrefix, zoneAbbreviations, type TimeSpan } from './timeprefix';
import { findTimes, lineTimes } from '../time/parse';
import { monthDayAlone, MONTH_DAY_TITLED_SRC } from '../time/parse-dates';
import { HTML_BOLD, lineRange, normalizeLabel, skipSpaces, spanRange, stripMarkup, trimEnd, unwrap } from './text';

/**
 * Openers that may wrap the time of an entry, and their closers (`[1:04 PM]`, `**15:06**`, `` `14:02` ``, and HTML's
 * bold in an HTML list: `<li><strong>08:00 AM:</strong> ...</li>`).
 */
const WRAP: [string, string][] = [['**', '**'], ['__', '__'], ['[', ']'], ['(', ')'], ['`', '`'], ['*', '*'], ['_', '_'], ...HTML_BOLD];
const SEPARATORS = ['->', '=>', '-', '–', '—', ':', '|', '→', '~'];
/** The opener or separator at `p` among `list`, if any. A loop, not `find`: it runs for every entry. */
function startingAt<T extends string | [string, string]>(line: string, p: number, list: readonly T[], first: ReadonlySet<number>): T | undefined {
  // Most entries start with no opener and have a one-character separator: the first character rules most out.
  if (!first.has(line.charCodeAt(p))) return undefined;
  for (const x of list) if (line.startsWith(typeof x === 'string' ? x : x[0], p)) return x;
  return undefined;
}
const WRAP_FIRST: ReadonlySet<number> = new Set(WRAP.map(([open]) => open.charCodeAt(0)));
const SEPARATOR_FIRST: ReadonlySet<number> = new Set(SEPARATORS.map((x) => x.charCodeAt(0)));

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

/** A date given by a heading, a date-only line, or a table's date column. */
interface DateContext { text: string; range: Range }

/**
 * Where the parts of a line that starts with a time are (0-based): the time, whether it has a date and a clock, and
 * the entry's text after any wrapper and separator.
 */
interface EntryShape {
  timeStart: number; timeEnd: number; hasDate: boolean; hasClock: boolean; textStart: number; textEnd: number;
  /** A status page's word before the time (`Resolved - 16:40 UTC - ...`): where it is written. */
  status?: [number, number];
}

/** The words a status page puts on its updates; `postmortem` heads an update only as a heading or a paragraph. */
const STATUS_WORDS = 'investigating|identified|monitoring|mitigated|resolved|update|updated';
const STATUS_WORDS_ALL = `${STATUS_WORDS}|postmortem`;

/**
 * A status page's word and a dash before an update's time (`Resolved - 16:40 UTC`, `**Monitoring** — 16:05`,
 * `Identified | 15:20`): the word is group 1. Not a colon: `Resolved: 2024-09-20 11:40` is a labelled field.
 */
const STATUS_LABEL = new RegExp(`^(?:\\*\\*|__|\\*|_)?(${STATUS_WORDS})(?:\\*\\*|__|\\*|_)?[ \\t]*[-–—|][ \\t]*`, 'i');
/** First letters of the status words, and emphasis: a cheap test before the pattern. */
const STATUS_FIRST = new Set([...'IiMmRrUu*_'].map((c) => c.charCodeAt(0)));

/**
 * The shape of the content `line[from, to)`, or undefined when it does not start with a time, or with a status word
 * and a time with a clock. Kept per line.
 */
const entryShape = perLineSpan((line: string, from: number, to: number, record: LineRecord | undefined): EntryShape | undefined => {
  const own = timeShape(line, from, to, record);
  if (own || !STATUS_FIRST.has(line.charCodeAt(from))) return own;
  const status = STATUS_LABEL.exec(line.slice(from, Math.min(to, from + 40)));
  if (!status) return undefined;
  const shape = timeShape(line, from + status[0].length, to, record);
  if (!shape?.hasClock) return undefined;
  const at = from + status[0].indexOf(status[1]);
  shape.status = [at, at + status[1].length];
  return shape;
});

/** The shape of `line[from, to)` when it starts with a time; `record` is the line's, when it has one. */
function timeShape(line: string, from: number, to: number, record: LineRecord | undefined): EntryShape | undefined {
  const wrap = startingAt(line, from, WRAP, WRAP_FIRST);
  if (wrap) from = skipSpaces(line, from + wrap[0].length, to);
  // a second mark inside the first (`**[14:00]**`, `[**14:00**]`)
  const inner = wrap ? startingAt(line, from, WRAP, WRAP_FIRST) : undefined;
  if (inner) from = skipSpaces(line, from + inner[0].length, to);
  from = afterEmoji(line, afterApproximation(line, from, to), to);
  const span = (record && scannedSpan(record, line, from, to)) || scanTimePrefix(line, from, to);
  if (!span || span.end <= span.start) return undefined;
  let p = skipSpaces(line, span.end, to);
  if (inner && line.startsWith(inner[1], p)) p = skipSpaces(line, p + inner[1].length, to);
  let textEnd = to;
  if (wrap) {
    if (line.startsWith(wrap[1], p)) p = skipSpaces(line, p + wrap[1].length, to);
    else if (line.endsWith(wrap[1], to) && to - wrap[1].length > p) textEnd = trimEnd(line, p, to - wrap[1].length);
  }
  const sep = startingAt(line, p, SEPARATORS, SEPARATOR_FIRST);
  if (sep) p = skipSpaces(line, p + sep.length, to);
  // the separator inside the mark (`**08:00:** ...`, `<b>08:00:</b> ...`): the closer is no part of the text
  if (sep && wrap && line.startsWith(wrap[1], p)) p = skipSpaces(line, p + wrap[1].length, to);
  return { timeStart: span.start, timeEnd: span.end, hasDate: span.hasDate, hasClock: span.hasClock, textStart: Math.min(p, textEnd), textEnd };
}

/**
 * What may follow a time that is all of an entry's time: the end of the content, the close of emphasis or brackets,
 * or the entry's separator (`: `, ` - `, ` | `, ` — `) with no digit after it (`14:02 - 14:30` is a range).
 */
const CLEAN_END = /(?:[\]*_]|:[ \t]|[ \t]*[-–—|:](?:[ \t]+(?![\d?])|$))/y;

/**
 * The span of the time the line's scan (`lineTimes`, which the analysis reads too) found at `from`, when it is all of
 * the entry's time: then the time prefix reads the same span, and need not read it again. Otherwise undefined.
 */
function scannedSpan(record: LineRecord, line: string, from: number, to: number): TimeSpan | undefined {
  let m;
  for (const t of lineTimes(record, line)) {
    if (t.start >= from) { if (t.start === from) m = t; break; }
  }
  if (!m || m.end > to) return undefined;
  if (m.end < to) {
    CLEAN_END.lastIndex = m.end;
    if (!CLEAN_END.test(line)) return undefined;
  }
  return { start: from, end: m.end, hasClock: m.kind !== 'date', hasDate: m.month !== undefined && m.day !== undefined };
}

/**
 * Past the mark of an approximate time (`~18:30`, `~ 9:10`, `≈14:05`): the time after it starts the entry. A `~~`
 * (strikethrough) is no such mark.
 */
function afterApproximation(line: string, from: number, to: number): number {
  const c = line.charCodeAt(from);
  if (c !== 0x7e && c !== 0x2248) return from;
  if (c === 0x7e && line.charCodeAt(from + 1) === 0x7e) return from;
  return skipSpaces(line, from + 1, to);
}

/**
 * Past an emoji before the time (`🕙10:00`, `🚨 14:02`, `✅ 14:30`, `⚠️ 14:31`), with its variation selector and the
 * spaces after it: decoration, no part of the time. Only pictographs: a letter, digit or mark is not skipped.
 */
function afterEmoji(line: string, from: number, to: number): number {
  const c = line.charCodeAt(from);
  let p: number;
  if (c >= 0xd83c && c <= 0xd83e) p = from + 2; // U+1F000-U+1FBFF, as a surrogate pair
  else if ((c >= 0x2300 && c <= 0x23ff) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55) p = from + 1;
  else return from;
  if (line.charCodeAt(p) === 0xfe0f) p++;
  return skipSpaces(line, Math.min(p, to), to);
}

/** What a list item or line of a timeline is: an entry, or a date-only line that dates the entries after it. */
interface LineEntry { entry?: TimelineEntry; date?: DateContext }

/**
 * A line's entry as read in the last check (`entry`, or the `date` of a date-only line), with what it depended on:
 * the place, the scan, the kind and the date it was read `under`. An entry whose line holds only its time also
 * depends on the lines after it (`following`: its continuation lines and the line that ended them), and, when they
 * ran to the end of the document (`atEnd`), on where the document ends. It is the line's reading itself (one object
 * per line, not one more for what was read).
 */
interface KeptEntry extends LineEntry {
  i: number; s: ScannedLine; kind: TimelineEntry['kind']; under: DateContext | undefined;
  entry: TimelineEntry | undefined; date: DateContext | undefined; following: readonly ScannedLine[]; atEnd: boolean;
}

/** A line's reading, its keys always in the same order. */
function keptEntry(i: number, s: ScannedLine, kind: TimelineEntry['kind'], under: DateContext | undefined, entry: TimelineEntry | undefined, date: DateContext | undefined, following: readonly ScannedLine[], atEnd: boolean): KeptEntry {
  return { i, s, kind, under, entry, date, following, atEnd };
}

const keptEntries = lineSlot<KeptEntry>();

const NO_LINES: readonly ScannedLine[] = [];

function sameDate(a: DateContext | undefined, b: DateContext | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column);
}

/** True when the lines after line `i` are read as when `kept` was read (the same text, read the same way). */
function sameFollowing(kept: KeptEntry, scanned: readonly ScannedLine[], i: number): boolean {
  const f = kept.following;
  if (kept.atEnd && scanned.length !== i + 1 + f.length) return false;
  for (let k = 0; k < f.length; k++) {
    const t = scanned[i + 1 + k];
    if (t === undefined || !sameScan(f[k], t)) return false;
  }
  return true;
}

/**
 * `readLineEntry`, taken from the last check when the line is unchanged, at the same place, read the same way, under
 * the same date, and followed by the same lines when its text is taken from them.
 */
function lineEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, kind: TimelineEntry['kind'], date: DateContext | undefined): LineEntry {
  const s = scanned[i];
  const kept = keptEntries.get(s.record);
  if (kept && kept.i === i && sameScan(kept.s, s) && kept.kind === kind && sameDate(kept.under, date) && sameFollowing(kept, scanned, i)) return kept;
  const read = readLineEntry(lines, scanned, i, kind, date);
  keptEntries.set(s.record, read);
  return read;
}

/**
 * True when line `j` continues an entry whose line starts at `indent`: a line of text indented past it that does not
 * start with a time of its own.
 */
function continues(lines: readonly string[], scanned: readonly ScannedLine[], j: number, indent: number): boolean {
  const t = scanned[j];
  return t.kind === 'text' && t.contentStart > indent && entryShape(t.record, lines[j], t.contentStart, t.contentEnd) === undefined;
}

/**
 * Reads the entry (of `kind`) of a list item or plain line, dated by `date` when its time has none; or a date-only
 * line that dates the entries after it. An entry whose line holds only its time (`- 2025-04-14 16:37 UTC`) takes
 * its text from the indented lines of text right under it; `following` lists the lines read for that.
 */
function readLineEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, kind: TimelineEntry['kind'], date: DateContext | undefined): KeptEntry {
  const s = scanned[i];
  const line = lines[i];
  const shape = entryShape(s.record, line, s.contentStart, s.contentEnd);
  if (!shape) {
    // A month and day alone on a line of its own (`**3/12**`) dates the entries after it, as a `### 3/12` heading does.
    const [ds, de] = s.kind === 'text' ? unwrap(line, s.contentStart, s.contentEnd) : [0, 0];
    const alone = de > ds && isMonthDay(line, ds, de) ? { text: line.slice(ds, de), range: lineRange(i, ds, de) } : undefined;
    return keptEntry(i, s, kind, date, undefined, alone, NO_LINES, false);
  }
  const { textStart: p, textEnd } = shape;
  const timeRange = lineRange(i, shape.timeStart, shape.timeEnd);
  const timeText = line.slice(shape.timeStart, shape.timeEnd);
  // A date alone on its line (`2015-10-21 (all times UTC)`, `**2024-03-12**`) dates the entries after it.
  if (shape.hasDate && !shape.hasClock && (p >= textEnd || (line[p] === '(' && line[textEnd - 1] === ')'))) return keptEntry(i, s, kind, date, undefined, { text: timeText, range: timeRange }, NO_LINES, false);
  if (s.kind === 'text' && !shape.hasClock) return keptEntry(i, s, kind, date, undefined, undefined, NO_LINES, false);
  const start = s.kind === 'list' ? s.markerStart ?? s.contentStart : s.contentStart;
  const range = lineRange(i, start, s.contentEnd);
  // The text most often ends the entry: its range ends at the same position (ranges are never changed).
  const textRange = textEnd === s.contentEnd ? { start: { line: i + 1, column: p + 1 }, end: range.end } : lineRange(i, p, textEnd);
  const entry: TimelineEntry = { kind, line: i + 1, range, timeText, timeRange, text: line.slice(p, textEnd), textRange };
  if (date && !shape.hasDate) { entry.dateText = date.text; entry.dateRange = date.range; }
  // A status page's update (`Resolved - 16:40 UTC - Errors stopped.`): its text starts with the status word.
  const status = shape.status && line.slice(shape.status[0], shape.status[1]);
  if (status) {
    entry.text = p < textEnd ? `${status}: ${entry.text}` : status;
    entry.textRange = lineRange(i, shape.status![0], p < textEnd ? textEnd : shape.status![1]);
  }
  if (p < textEnd) return keptEntry(i, s, kind, date, entry, undefined, NO_LINES, false);
  // The line holds only the time: the text is on the indented lines under it.
  let j = i + 1;
  while (j < scanned.length && continues(lines, scanned, j, start)) j++;
  const following = scanned.slice(i + 1, Math.min(j + 1, scanned.length));
  if (j > i + 1) {
    const first = scanned[i + 1];
    const last = scanned[j - 1];
    const parts: string[] = [];
    for (let k = i + 1; k < j; k++) parts.push(lines[k].slice(scanned[k].contentStart, scanned[k].contentEnd));
    entry.text = status ? `${status}: ${parts.join(' ')}` : parts.join(' ');
    entry.textRange = spanRange(status ? i : i + 1, status ? shape.status![0] : first.contentStart, j - 1, last.contentEnd);
    entry.range = spanRange(i, start, j - 1, last.contentEnd);
  }
  return keptEntry(i, s, kind, date, entry, undefined, following, j >= scanned.length);
}

/** A time column's header, as normalised (accents dropped), also in French, German and Spanish (`Heure`, `Uhrzeit`, `Hora`). */
const TIME_HEADER = /^(?:time|timestamp|when|datetime|date time|date and time|time and date|hour|clock|heures?|horodatage|date et heure|zeit|uhrzeit|zeitpunkt|datum und uhrzeit|horas?|fecha y hora)\b/;
/** A time header that names its zone first (`UTC time`, `CEST timestamp`, `PST/PDT time`), as normalized. */
const ZONE_TIME_HEADER = /^((?:[a-z]{1,5} ){1,2})(?:time|timestamp)s?$/;

/** True when a normalized header names the time column. */
function isTimeHeader(h: string): boolean {
  if (TIME_HEADER.test(h)) return true;
  const m = ZONE_TIME_HEADER.exec(h);
  return m !== null && m[1].trim().split(' ').every((z) => zoneAbbreviations.has(z.toUpperCase()));
}
const DATE_HEADER = /^(?:date|day|jour|datum|fecha)\b/;
const TEXT_HEADER = /^(?:event|events|description|what happened|what|action|actions|details?|activity|summary|notes?|update|message|entry|happening|evenements?|ereignis(?:se)?|beschreibung|eventos?|descripcion|acciones|accion|detalles?)\b/;

/** Columns of a timeline table, from its header row and first data row. */
function tableColumns(headers: string[], firstRow: string | undefined): { time: number; date: number; text: number } {
  let time = headers.findIndex(isTimeHeader);
  let date = headers.findIndex((h, k) => k !== time && DATE_HEADER.test(h));
  if (time < 0 && date >= 0) { time = date; date = -1; }
  if (time < 0 && firstRow !== undefined) time = 0;
  let text = headers.findIndex((h, k) => k !== time && k !== date && TEXT_HEADER.test(h));
  if (text < 0) text = headers.findIndex((_h, k) => k !== time && k !== date);
  return { time, date, text };
}

type TableColumns = ReturnType<typeof tableColumns>;

function sameColumns(a: TableColumns, b: TableColumns): boolean {
  return a === b || (a.time === b.time && a.date === b.date && a.text === b.text);
}

/** A table row's entry, and the date of the rows after it (a date cell sets it). */
interface RowEntry { entry?: TimelineEntry; tableDate?: DateContext }

/** A row's entry as read in the last check, with what it depended on. */
interface KeptRow { i: number; s: ScannedLine; columns: TableColumns; tableDate?: DateContext; date?: DateContext; row: RowEntry }

const keptRows = lineSlot<KeptRow>();

/**
 * The entry of a timeline table's row, taken from the last check when the row is unchanged, at the same place,
 * under the same columns and dates.
 */
function rowEntry(line: string, i: number, s: ScannedLine, columns: TableColumns, tableDate: DateContext | undefined, date: DateContext | undefined): RowEntry {
  const kept = keptRows.get(s.record);
  if (kept && kept.i === i && sameScan(kept.s, s) && sameColumns(kept.columns, columns) && sameDate(kept.tableDate, tableDate)
    && sameDate(kept.date, date)) return kept.row;
  const row = readRowEntry(line, i, s, columns, tableDate, date);
  keptRows.set(s.record, { i, s, columns, tableDate, date, row });
  return row;
}

/** Reads the entry of a timeline table's row (see `rowEntry`). */
function readRowEntry(line: string, i: number, s: ScannedLine, columns: TableColumns, tableDate: DateContext | undefined, date: DateContext | undefined): RowEntry {
  const cells = s.cells ?? [];
  const cell = cells[columns.time];
  if (!cell) return { tableDate };
  const dateCell = columns.date >= 0 ? cells[columns.date] : undefined;
  if (dateCell && dateCell.end > dateCell.start) {
    const [ds, de] = unwrap(line, dateCell.start, dateCell.end);
    tableDate = { text: line.slice(ds, de), range: lineRange(i, ds, de) };
  }
  const [ts, cellEnd] = unwrap(line, cell.start, cell.end);
  let te = cellEnd;
  if (ts >= te) return { tableDate };
  const span = scanTimePrefix(line, afterApproximation(line, ts, te), te);
  if (span && span.end > span.start) te = span.end;
  // without a date column, a date alone (`| **~2026-06-28** | config drift |`) dates the rows after it as a date
  // heading does, and a date with a clock hands them back to the heading's date
  if (columns.date < 0 && span?.hasDate) tableDate = span.hasClock ? undefined : { text: line.slice(span.start, span.end), range: lineRange(i, span.start, span.end) };
  const textCell = columns.text >= 0 ? cells[columns.text] : undefined;
  const [xs, xe] = textCell ? [textCell.start, textCell.end] : [s.contentEnd, s.contentEnd];
  const e: TimelineEntry = {
    kind: 'table', line: i + 1, range: lineRange(i, s.contentStart, s.contentEnd),
    timeText: line.slice(ts, te), timeRange: lineRange(i, ts, te), text: line.slice(xs, xe), textRange: lineRange(i, xs, xe),
  };
  const own = span?.hasDate ?? false;
  const d = tableDate ?? date;
  if (d && !own) { e.dateText = d.text; e.dateRange = d.range; }
  return { entry: e, tableDate };
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
    for (let i = first; i <= last; i++) {
      const s = scanned[i];
      const line = lines[i];
      if (s.kind !== 'text') prose = false;
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
        if (span && span.hasDate && !span.hasClock) headingDate = { level, date: { text: line.slice(span.start, span.end), range: lineRange(i, span.start, span.end) } };
        else if (!span && !whole && ((dateEnd = monthDayHeadingEnd(line, hs, he)) > hs || (dateEnd = titledMonthDayEnd(lines, scanned, i, hs, he, last)) > hs)) {
          headingDate = { level, date: { text: line.slice(hs, dateEnd), range: lineRange(i, hs, dateEnd) } };
        }
        date = headingDate?.date;
        const entry = headingEntry(lines, scanned, i, hs, he, span, last, !whole, date);
        if (entry) entries.push(entry);
      } else if (s.kind === 'text' && STATUS_PARAGRAPH_HINT.test(line) && (update = statusParagraphEntry(lines, scanned, i, last))) {
        entries.push(update.entry);
        i = update.end;
        prose = false;
      } else if (s.kind === 'list' || (s.kind === 'text' && !whole)) {
        const read = lineEntry(lines, scanned, i, date ? 'dated-list' : 'bullet', date);
        const opens = s.kind === 'text' && (i === first || scanned[i - 1].kind !== 'text');
        // an entry starts a paragraph or a list item, or follows one: after prose cut mid-sentence, a clock and then
        // words that go on in lower case (`14:05 was when ...`) are wrapped text
        if (s.kind === 'text' && !opens && prose && read?.entry && LOWER_FIRST.test(read.entry.text) && cutMidSentence(lines[i - 1], scanned[i - 1].contentEnd)) continue;
        if (s.kind === 'text') prose = opens ? !read?.entry && !read?.date : prose && !read?.entry;
        if (read?.date) date = read.date;
        if (read?.entry) entries.push(read.entry);
      } else if (s.kind === 'table' && s.cells) {
        if (s.tableStart === i) {
          const headers = s.cells.map((c) => normalizeLabel(stripMarkup(line.slice(c.start, c.end))));
          // the first row under the header: past the `|---|` row, or next to an HTML table's `<th>` row
          const first = s.header ? i + 1 : i + 2;
          const next = scanned[first];
          const firstCell = next?.kind === 'table' && next.cells?.[0] ? lines[first].slice(next.cells[0].start, next.cells[0].end) : undefined;
          columns = tableColumns(headers, firstCell !== undefined && scanTimePrefix(firstCell, unwrap(firstCell, 0, firstCell.length)[0]) ? firstCell : undefined);
          tableDate = undefined;
          continue;
        }
        if (!columns || columns.time < 0) continue;
        const row = rowEntry(line, i, s, columns, tableDate, date);
        tableDate = row.tableDate;
        if (row.entry) entries.push(row.entry);
      }
    }
  }
  return entries;
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

const BREAK = /<br\s*\/?>/gi;

/** True when a line of the paragraph `[from, to]` holds a `<br>`. */
function hasBreak(lines: readonly string[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (lines[j].includes('<br') || lines[j].includes('<BR')) return true;
  return false;
}

/** A piece of a paragraph between `<br>`s on one line: 0-based line and span. */
interface Piece { line: number; from: number; to: number }

/**
 * The entries of a paragraph that separates them with `<br>` and wraps their text over several lines (Flutter's
 * template: `15:27 - A change is merged for the MX<br>` / `records.<br> 21:14 - DNS changes take effect.`). Every part
 * between `<br>`s that starts with a clock time is an entry, its text joined across the lines it runs over; a part that
 * is only a date dates the entries after it. Returns the date for the lines after the paragraph. Read afresh on every
 * check (an entry depends on the lines its text wraps over); only paragraphs with a `<br>` are read this way.
 */
function readBrokenParagraph(lines: readonly string[], scanned: readonly ScannedLine[], from: number, to: number, date: DateContext | undefined, entries: TimelineEntry[]): DateContext | undefined {
  const parts: Piece[][] = [[]];
  for (let j = from; j <= to; j++) {
    const line = lines[j];
    const end = scanned[j].contentEnd;
    let p = scanned[j].contentStart;
    BREAK.lastIndex = p;
    for (let m = BREAK.exec(line); m && m.index < end; m = BREAK.exec(line)) {
      parts[parts.length - 1].push({ line: j, from: p, to: m.index });
      parts.push([]);
      p = m.index + m[0].length;
    }
    parts[parts.length - 1].push({ line: j, from: p, to: end });
  }
  for (const part of parts) {
    const pieces = part.map((x) => ({ ...x, from: skipSpaces(lines[x.line], x.from, x.to), to: trimEnd(lines[x.line], x.from, x.to) })).filter((x) => x.to > x.from);
    if (pieces.length === 0) continue;
    const head = pieces[0];
    const line = lines[head.line];
    const shape = entryShape(undefined, line, head.from, head.to);
    if (!shape) continue;
    const timeText = line.slice(shape.timeStart, shape.timeEnd);
    const timeRange = lineRange(head.line, shape.timeStart, shape.timeEnd);
    if (!shape.hasClock) {
      if (shape.hasDate && shape.textStart >= shape.textEnd && pieces.length === 1) date = { text: timeText, range: timeRange };
      continue;
    }
    const last = pieces[pieces.length - 1];
    const texts = [line.slice(shape.textStart, shape.textEnd), ...pieces.slice(1).map((x) => lines[x.line].slice(x.from, x.to))].filter((t) => t.length > 0);
    const textEnd = pieces.length > 1 ? last.to : shape.textEnd;
    const entry: TimelineEntry = {
      kind: date ? 'dated-list' : 'bullet', line: head.line + 1, range: spanRange(head.line, head.from, last.line, textEnd), timeText, timeRange,
      text: texts.join(' '), textRange: spanRange(head.line, shape.textStart, last.line, textEnd),
    };
    if (date && !shape.hasDate) { entry.dateText = date.text; entry.dateRange = date.range; }
    entries.push(entry);
  }
  return date;
}

/**
 * The date a Timeline section's own heading gives (`## Timeline - May 29, 2021`, `## Timeline (2021-05-29)`): it dates
 * the entries under it as a `### date` heading does. A date with a clock in the heading is not one.
 */
function timelineHeadingDate(lines: readonly string[], sections: Section[], first: number): { level: number; date: DateContext } | undefined {
  const section = sections.find((x) => x.standard === 'timeline' && x.bodyStartLine - 1 === first);
  if (!section) return undefined;
  const i = section.headingRange.start.line - 1;
  const from = section.headingRange.start.column - 1;
  const text = lines[i]?.slice(from, section.headingRange.end.column - 1) ?? '';
  const m = findTimes(text).find((t) => t.kind === 'date' && t.month !== undefined && t.day !== undefined && !t.invalid);
  return m && { level: section.level, date: { text: m.text, range: lineRange(i, from + m.start, from + m.end) } };
}

/**
 * A timeline region `[first, last]` carried on through the sections right after it whose heading starts with a date
 * or time, or is a month and day alone (`## Timeline` then `## May 12`, `## May 13`, or `## 5/12`: a day per section
 * at the timeline's own level), up to `limit`.
 */
function throughDateSections(lines: readonly string[], scanned: readonly ScannedLine[], sections: Section[], region: [number, number], limit: number): [number, number] {
  let last = region[1];
  for (;;) {
    let i = last + 1;
    while (scanned[i]?.kind === 'blank') i++;
    const s = scanned[i];
    if (i >= limit || s?.kind !== 'heading') return [region[0], last];
    const [hs, he] = unwrap(lines[i], s.contentStart, s.contentEnd);
    const dated = scanTimePrefix(lines[i], hs, he) !== undefined || monthDayHeadingEnd(lines[i], hs, he) > hs;
    const section = dated && sections.find((x) => x.headingRange.start.line === i + 1);
    if (!section || section.standard !== undefined || section.endLine - 1 < i) return [region[0], last];
    last = Math.min(section.endLine - 1, limit - 1);
  }
}

/** A status page update pasted as a paragraph: its word, maybe bold, then a dash or a colon (`**Resolved** - ...`). */
const STATUS_PARAGRAPH = new RegExp(`^(?:\\*\\*|__)?(${STATUS_WORDS_ALL})(?:\\*\\*|__)?[ \\t]*[-–—:][ \\t]*`, 'i');
const STATUS_PARAGRAPH_HINT = new RegExp(`^[ \\t]*(?:\\*\\*|__)?(?:${STATUS_WORDS_ALL})\\b`, 'i');
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

/**
 * A status page update pasted from its history page: `**Resolved** - text`, maybe more paragraphs, then a line that
 * holds only the update's date and time (` Nov  3, 19:20 UTC`). It is an entry at that time whose text is the status
 * word and the update's text; `end` is the line of the time. Nothing when another update, a heading, a list or a table
 * comes first.
 */
function statusParagraphEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, last: number): { entry: TimelineEntry; end: number } | undefined {
  const s = scanned[i];
  const line = lines[i];
  const status = STATUS_PARAGRAPH.exec(line.slice(s.contentStart, s.contentEnd));
  if (!status) return undefined;
  const from = s.contentStart + status[0].length;
  const parts: string[] = [line.slice(from, s.contentEnd)];
  let lastText = i;
  for (let j = i + 1; j <= Math.min(last, i + MAX_UPDATE_LINES); j++) {
    const t = scanned[j];
    if (t.kind === 'blank') continue;
    if (t.kind !== 'text') return undefined;
    const [a, b] = unwrap(lines[j], t.contentStart, t.contentEnd);
    if (STATUS_PARAGRAPH.test(lines[j].slice(a, b))) return undefined;
    const span = updateTime(lines[j], a, b);
    if (span) {
      const text = `${status[1]}: ${parts.filter((x) => x !== '').join(' ')}`;
      const entry: TimelineEntry = {
        kind: 'bullet', line: i + 1, range: spanRange(i, s.contentStart, j, b), timeText: lines[j].slice(span[0], span[1]), timeRange: lineRange(j, span[0], span[1]),
        text, textRange: spanRange(i, s.contentStart, lastText, scanned[lastText].contentEnd),
      };
      return { entry, end: j };
    }
    parts.push(lines[j].slice(a, b));
    lastText = j;
  }
  return undefined;
}
/**
 * True when `line[from, to)` is a month and day alone, with a slash (`3/12`, `03/12`, `12/3` day first) or a French,
 * German or Spanish month name (`12 mars`, `12. März`, `12 de marzo`), maybe after a weekday (`Tue 3/12`, `Mardi 12
 * mars`): a timeline's date heading, where in prose the same text could be a fraction, a ratio or a phrase. Text after
 * it (`1/2 of the fleet`, `24/7 support`) makes it no date; the analysis reads the order of day and month and takes
 * the year as for `March 12` (see `monthDayAlone`).
 */
function isMonthDay(line: string, from: number, to: number): boolean {
  return to - from >= 3 && to - from <= 32 && monthDayAlone(line.slice(from, to)) !== undefined;
}

/**
 * The end of the month and day a heading `line[from, to)` starts with, as `isMonthDay` reads one, or of a day and a
 * French, German or Spanish month name before a title after a dash or a colon (`### 12 mars — Jour 1`); -1 otherwise.
 */
function monthDayHeadingEnd(line: string, from: number, to: number): number {
  if (to - from < 3) return -1;
  const c = monthDayAlone(line.slice(from, to), false, true);
  return c ? from + c.end : -1;
}

/** A slashed month and day, then a title after a dash or a colon (`06/06 — Kick-off`, `06/07: Rollout`). */
const MONTH_DAY_TITLED = new RegExp(MONTH_DAY_TITLED_SRC, 'y');

/**
 * The end of the slashed month and day a heading `line[from, to)` starts with before a title (`### 06/06 — Kick-off`),
 * when the first line under it (up to `last`) is an entry with a clock and no date, or with the heading's own day
 * (`### 14/06 — Retour` over `- 14/06 09:00`): then it is a date heading, as with a weekday before it (`### Vendredi
 * 06/06 — Kick-off`). Alone, `1/2 - Overview` is a part of a text; -1 otherwise.
 */
function titledMonthDayEnd(lines: readonly string[], scanned: readonly ScannedLine[], i: number, from: number, to: number, last: number): number {
  const c = lines[i].charCodeAt(from);
  if (c < 48 || c > 57) return -1;
  MONTH_DAY_TITLED.lastIndex = from;
  if (!MONTH_DAY_TITLED.test(lines[i].slice(0, to))) return -1;
  const end = MONTH_DAY_TITLED.lastIndex;
  if (!isMonthDay(lines[i], from, end)) return -1;
  let j = i + 1;
  while (j <= last && scanned[j].kind === 'blank') j++;
  const t = scanned[j];
  if (j > last || !t || (t.kind !== 'list' && t.kind !== 'text')) return -1;
  const shape = entryShape(t.record, lines[j], t.contentStart, t.contentEnd);
  if (!shape) return -1;
  // an entry with a date of its own confirms the heading's only when it is the same day (`- 14/06 09:00` under `14/06`)
  return (shape.hasDate ? sameMonthDay(lines[i].slice(from, end), lines[j].slice(shape.timeStart, shape.timeEnd)) : shape.hasClock) ? end : -1;
}

/**
 * True when the time text `entry` is dated the day a slashed month and day `heading` is (`14/06` and `14/06 09:00` or
 * `2025-06-14 09:00`), in either order when the heading's numbers could be both (`05/06` is 6 May or 5 June).
 */
function sameMonthDay(heading: string, entry: string): boolean {
  const h = monthDayAlone(heading);
  const e = findTimes(entry)[0];
  if (!h || !e || e.month === undefined || e.day === undefined) return false;
  return (h.month === e.month && h.day === e.day) || (h.order === 'either' && h.month === e.day && h.day === e.month);
}

/** Words a status page puts before the date and time of an update (`## Resolved 2025-01-04 4:00 PM`). */
const STATUS_WORD = new RegExp(`^(${STATUS_WORDS_ALL})\\b[ \\t]*[-–—:|]?[ \\t]*`, 'i');

/**
 * The entry of a heading that starts with a time, inside a timeline (`### 12:49 PM`, `### 9:21 PM - Nodes out of
 * memory`), or anywhere with a status word before a date and time (`## Resolved 2025-01-04 4:00 PM`). Its text is the
 * heading's rest, else the lines of text and list items under it up to the next heading, a line with a time of its own
 * or a table. Read afresh on every check (it depends on the lines under the heading; headings with times are few).
 */
function headingEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, hs: number, he: number, headingSpan: TimeSpan | undefined, last: number, inTimeline: boolean, date: DateContext | undefined): TimelineEntry | undefined {
  const line = lines[i];
  const status = STATUS_WORD.exec(line.slice(hs, he));
  if (!inTimeline && !status) return undefined;
  const from = status ? hs + status[0].length : hs;
  // The heading's own time (`headingSpan`, read at `hs`) serves unless a status word comes first.
  const span = status ? scanTimePrefix(line, from, he) : headingSpan;
  if (!span || span.start !== from || !span.hasClock || (status && !span.hasDate)) return undefined;
  let p = skipSpaces(line, span.end, he);
  const sep = startingAt(line, p, SEPARATORS, SEPARATOR_FIRST);
  if (sep) p = skipSpaces(line, p + sep.length, he);
  const entry: TimelineEntry = {
    kind: 'heading', line: i + 1, range: lineRange(i, hs, he), timeText: line.slice(span.start, span.end), timeRange: lineRange(i, span.start, span.end),
    text: line.slice(p, he), textRange: lineRange(i, p, he),
  };
  if (date && !span.hasDate) { entry.dateText = date.text; entry.dateRange = date.range; }
  const parts: string[] = [];
  if (status) parts.push(status[1]);
  if (p < he) {
    parts.push(line.slice(p, he));
    if (status) { entry.text = parts.join(': '); entry.textRange = lineRange(i, hs, he); }
    return entry;
  }
  let firstLine = -1;
  let lastLine = -1;
  for (let j = i + 1; j <= last; j++) {
    const t = scanned[j];
    if (t.kind === 'heading' || t.kind === 'table') break;
    if (t.kind !== 'text' && t.kind !== 'list') continue;
    if (entryShape(t.record, lines[j], t.contentStart, t.contentEnd) !== undefined) break;
    if (firstLine < 0) firstLine = j;
    lastLine = j;
    parts.push(lines[j].slice(t.contentStart, t.contentEnd));
  }
  if (firstLine < 0) {
    if (status) { entry.text = status[1]; entry.textRange = lineRange(i, hs, hs + status[1].length); }
    return entry;
  }
  entry.text = status ? `${parts[0]}: ${parts.slice(1).join(' ')}` : parts.join(' ');
  entry.textRange = spanRange(status ? i : firstLine, status ? hs : scanned[firstLine].contentStart, lastLine, scanned[lastLine].contentEnd);
  entry.range = spanRange(i, hs, lastLine, scanned[lastLine].contentEnd);
  return entry;
}
