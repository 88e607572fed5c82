/**
 * Timeline entries read from a table's rows: the time, date and text columns found from the header row (in French,
 * German and Spanish too) and the first data row, and each row's entry, kept per line.
 */
import { lineSlot } from '../cache';
import { cellLine, rowRange } from './cells';
import { sameScan, type ScannedLine } from './scan';
import { findTimes } from '../time/parse';
import { afterBreak, afterCloser, isCloser } from '../time/chars';
import { afterHedge } from '../time/hedge';
import { lineRange, skipSpaces, unwrap } from './text';
import { afterApproximation, afterStruck, type DateContext, entryTimeSpan, sameDate } from './timeline-shape';
import { scanTimePrefix, type TimeSpan } from './timeprefix';
import { zoneAbbreviations } from './timeprefix-zone';
import type { TimelineEntry } from './types';

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
export function tableColumns(headers: string[], firstRow: string | undefined): { time: number; date: number; text: number } {
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
export function rowEntry(lines: readonly string[], i: number, s: ScannedLine, columns: TableColumns, tableDate: DateContext | undefined, date: DateContext | undefined): RowEntry {
  const kept = keptRows.get(s.record);
  if (kept && kept.i === i && sameScan(kept.s, s) && sameColumns(kept.columns, columns) && sameDate(kept.tableDate, tableDate)
    && sameDate(kept.date, date)) return kept.row;
  const row = readRowEntry(lines, i, s, columns, tableDate, date);
  keptRows.set(s.record, { i, s, columns, tableDate, date, row });
  return row;
}

/**
 * Reads the entry of a timeline table's row (see `rowEntry`): each cell on its own line (an HTML row may put each on a
 * line of its own), the entry's range the row's.
 */
function readRowEntry(lines: readonly string[], i: number, s: ScannedLine, columns: TableColumns, tableDate: DateContext | undefined, date: DateContext | undefined): RowEntry {
  const cells = s.cells ?? [];
  const cell = cells[columns.time];
  if (!cell) return { tableDate };
  const dateCell = columns.date >= 0 ? cells[columns.date] : undefined;
  if (dateCell && dateCell.end > dateCell.start) {
    const at = cellLine(i, dateCell);
    const [ds, de] = unwrap(lines[at], dateCell.start, dateCell.end);
    tableDate = { text: lines[at].slice(ds, de), range: lineRange(at, ds, de) };
  }
  const t = cellLine(i, cell);
  const line = lines[t];
  const [cellStart, cellEnd] = unwrap(line, cell.start, cell.end);
  let te = cellEnd;
  if (cellStart >= te) return { tableDate };
  let ts = cellStart;
  let span = cellTimeSpan(line, ts, te);
  // a clock in emphasis or code with its zone or hedge after it (`| **14:13** UTC |`, `| **14:13** (est.) |`)
  const opened = span?.hasClock ? ts : afterOpener(line, ts, te);
  const inner = opened > ts ? cellTimeSpan(line, opened, te) : undefined;
  if (inner?.hasClock) { ts = opened; span = inner; }
  // a date and, after a line break, its clock (`| 2024-03-12<br>14:10 |`), which the time scanner joins
  if (span && !span.hasClock && span.hasDate) span = withClockAfterBreak(line, span, te);
  if (span && span.end > span.start) te = span.end;
  const from = afterApproximation(line, afterStruck(line, ts, te), te);
  // what the time cell holds after the time: a weekday the scanner takes into it, a hedge, a note (see `timeCellRest`)
  const rest = span && te < cellEnd && span.offset === undefined && !span.delay ? timeCellRest(line, from, te, cellEnd) : undefined;
  if (rest) te = rest.timeEnd;
  // without a date column, a date alone (`| **~2026-06-28** | config drift |`) dates the rows after it as a date
  // heading does, and a date with a clock hands them back to the heading's date
  if (columns.date < 0 && span?.hasDate) tableDate = span.hasClock ? undefined : { text: line.slice(span.start, span.end), range: lineRange(t, span.start, span.end) };
  const textCell = columns.text >= 0 ? cells[columns.text] : undefined;
  const x = textCell ? cellLine(i, textCell) : i;
  const [xs, xe] = textCell ? [textCell.start, textCell.end] : [s.contentEnd, s.contentEnd];
  const e: TimelineEntry = {
    kind: 'table', line: i + 1, range: rowRange(i, s),
    timeText: line.slice(ts, te), timeRange: lineRange(t, ts, te), text: lines[x].slice(xs, xe), textRange: lineRange(x, xs, xe),
  };
  const own = span?.hasDate ?? false;
  const d = tableDate ?? date;
  if (d && !own) { e.dateText = d.text; e.dateRange = d.range; }
  if (span?.offset !== undefined) e.zeroOffsetMinutes = span.offset;
  if (span?.delay) e.afterPrevious = span.delay;
  // after the usual keys: an entry without a note keeps the usual shape
  if (rest?.noteStart !== undefined) e.timeNote = { text: line.slice(rest.noteStart, cellEnd), range: lineRange(t, rest.noteStart, cellEnd) };
  return { entry: e, tableDate };
}

/**
 * The rest of a time cell after its time `line[from, te)`, up to `cellEnd`: a weekday after the clock that the time
 * scanner takes into the time (`| 14:06 Tue |`, `| 14:06 UTC, Tuesday |`, as a bullet's `- 14:06 Tue - x` reads) ends
 * the time later (`timeEnd`); a hedge (`(approx.)`, `est.`) is the analysis's to read (see `afterHedge`); any other
 * words (`| 14:06 (first page) |`, `| 14:06 per the logs |`) are a note of the time, from `noteStart`.
 */
function timeCellRest(line: string, from: number, te: number, cellEnd: number): { timeEnd: number; noteStart?: number } {
  let timeEnd = te;
  const m = findTimes(line.slice(from, cellEnd))[0];
  if (m?.start === 0 && m.end > te - from && m.weekdaySpan !== undefined) timeEnd = from + m.end;
  // past the close of the clock's emphasis (`| **14:13** first page |`); a line break after the time (`| 14:10 <br>
  // 14:12 |`) starts its note
  const hedged = afterHedge(line, timeEnd);
  const p = afterBreak(line, skipSpaces(line, hedged > timeEnd ? hedged : afterCloser(line, timeEnd), cellEnd));
  return p < cellEnd ? { timeEnd, noteStart: p } : { timeEnd };
}

/** The span of the time a cell's text starts with at `ts`, past a time struck through and a `~` (see `entryTimeSpan`). */
function cellTimeSpan(line: string, ts: number, te: number): TimeSpan | undefined {
  const past = afterStruck(line, ts, te);
  const from = afterApproximation(line, past, te);
  return entryTimeSpan(undefined, line, from, te, from > past);
}

/** Past the opening of emphasis or code at `ts` that is not closed at the cell's end (`**14:13** UTC`); `ts` when none is. */
function afterOpener(line: string, ts: number, te: number): number {
  const c = line.charCodeAt(ts);
  if (!isCloser(c)) return ts;
  return skipSpaces(line, line.charCodeAt(ts + 1) === c && c !== 0x60 ? ts + 2 : ts + 1, te);
}

/** `span` (a date) taken up to the clock after a line break right after it (`2024-03-12<br>14:10`), when one is there. */
function withClockAfterBreak(line: string, span: TimeSpan, te: number): TimeSpan {
  const p = afterBreak(line, span.end);
  const clock = p > span.end ? scanTimePrefix(line, p, te) : undefined;
  return clock?.hasClock && !clock.hasDate && clock.offset === undefined ? { start: span.start, end: clock.end, hasClock: true, hasDate: true } : span;
}
