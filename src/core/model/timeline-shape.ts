/**
 * The shape of a line that starts with a time, shared by the timeline's readers: where its time and its text are past
 * any wrapper (`**15:06**`, `[1:04 PM]`), separator, approximation, emoji or status page word (`Resolved - 16:40 UTC`),
 * kept per line span; and the date context a heading, a date line or a date column gives the entries after it.
 */
import { type LineRecord, perLineSpan } from '../cache';
import { afterHedge, afterHedgeWord } from '../time/hedge';
import { lineTimes } from '../time/parse';
import { readDelay } from '../time/relative';
import type { Range } from '../types';
import { HTML_BOLD, skipSpaces, trimEnd } from './text';
import { afterStruckTime, scanTimePrefix, type TimeSpan } from './timeprefix';

/**
 * Openers that may wrap the time of an entry, and their closers (`[1:04 PM]`, `**15:06**`, `` `14:02` ``, and HTML's
 * bold in an HTML list: `<li><strong>08:00 AM:</strong> ...</li>`).
 */
const WRAP: [string, string][] = [['**', '**'], ['__', '__'], ['[', ']'], ['(', ')'], ['`', '`'], ['*', '*'], ['_', '_'], ...HTML_BOLD];
/** What separates an entry's time from its text (`14:02 - Alert fired`, `14:02 → ...`, `14:09, paged the on-call`). */
export const SEPARATORS = ['->', '=>', '-', '–', '—', ':', '|', '→', '~', ','];
/** The opener or separator at `p` among `list`, if any. A loop, not `find`: it runs for every entry. */
export function startingAt<T extends string | [string, string]>(line: string, p: number, list: readonly T[], first: ReadonlySet<number>): T | undefined {
  // Most entries start with no opener and have a one-character separator: the first character rules most out.
  if (!first.has(line.charCodeAt(p))) return undefined;
  for (const x of list) if (line.startsWith(typeof x === 'string' ? x : x[0], p)) return x;
  return undefined;
}
const WRAP_FIRST: ReadonlySet<number> = new Set(WRAP.map(([open]) => open.charCodeAt(0)));
/** First characters of the separators: a cheap test before `startingAt` compares them. */
export const SEPARATOR_FIRST: ReadonlySet<number> = new Set(SEPARATORS.map((x) => x.charCodeAt(0)));

/** A date given by a heading, a date-only line, or a table's date column. */
export interface DateContext { text: string; range: Range }

/** True when two dates given are the same: the same text at the same place. */
export function sameDate(a: DateContext | undefined, b: DateContext | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column);
}

/**
 * Where the parts of a line that starts with a time are (0-based): the time, whether it has a date and a clock, and
 * the entry's text after any wrapper and separator.
 */
interface EntryShape {
  timeStart: number; timeEnd: number; hasDate: boolean; hasClock: boolean; textStart: number; textEnd: number;
  /** A status page's word before the time (`Resolved - 16:40 UTC - ...`): where it is written. */
  status?: [number, number];
  /** The time is an offset from the timeline's zero point (`T+0:15`): minutes from zero. */
  offset?: number;
  /** The time is a delay after the entry before (`Five minutes later`). */
  delay?: TimeSpan['delay'];
}

/**
 * The words a status page puts on its updates; `postmortem`, a maintenance's `verifying` and `completed`, and Cachet's
 * `watching` and `fixed` head an update only as a heading or a paragraph.
 */
const STATUS_WORDS = 'investigating|identified|monitoring|mitigated|resolved|update|updated';
/** The status words, `postmortem`, `verifying`, `completed`, `watching` and `fixed` included (see `STATUS_WORDS`). */
export const STATUS_WORDS_ALL = `${STATUS_WORDS}|postmortem|verifying|completed|watching|fixed`;

/**
 * A status page's word and a dash before an update's time (`Resolved - 16:40 UTC`, `**Monitoring** — 16:05`,
 * `Identified | 15:20`): the word is group 1. Not a colon: `Resolved: 2024-09-20 11:40` is a labelled field.
 */
const STATUS_LABEL = new RegExp(`^(?:\\*\\*|__|\\*|_)?(${STATUS_WORDS})(?:\\*\\*|__|\\*|_)?[ \\t]*[-–—|][ \\t]*`, 'i');
/** A status word before the time of an update whose line holds nothing else (its text is under it): a blank parts them. */
const STATUS_BEFORE_TIME = new RegExp(`^(?:\\*\\*|__|\\*|_)?(${STATUS_WORDS})(?:\\*\\*|__|\\*|_)?[ \\t]+`, 'i');
/** First letters of the status words, and emphasis: a cheap test before the pattern. */
const STATUS_FIRST = new Set([...'IiMmRrUu*_'].map((c) => c.charCodeAt(0)));

/**
 * The shape of the content `line[from, to)`, or undefined when it does not start with a time, or with a status word
 * and a time with a clock. Kept per line (reads only its line, and the line's own times through `record`).
 */
export const entryShape = perLineSpan((line: string, from: number, to: number, record: LineRecord | undefined): EntryShape | undefined => {
  const own = timeShape(line, from, to, record);
  if (own || !STATUS_FIRST.has(line.charCodeAt(from))) return own;
  const head = line.slice(from, Math.min(to, from + 40));
  const labelled = STATUS_LABEL.exec(head);
  // `investigating May 11, 2021, 02:35 AM UTC` with the update's text under it: a blank is enough after the word
  const alone = labelled ? undefined : STATUS_BEFORE_TIME.exec(head);
  const status = labelled ?? alone;
  if (!status) return undefined;
  const shape = timeShape(line, from + status[0].length, to, record);
  if (!shape?.hasClock || (alone && shape.textStart < shape.textEnd)) return undefined;
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
  from = afterStruck(line, from, to);
  const approximate = afterApproximation(line, from, to);
  const marked = approximate > from;
  from = afterEmoji(line, approximate, to);
  const span = entryTimeSpan(record, line, from, to, marked);
  if (!span || span.end <= span.start) return undefined;
  // `14:05-ish - ...`, `14:05 (approx.) - ...`: the hedge is no part of the text
  let p = skipSpaces(line, span.delay ? span.end : Math.min(afterHedge(line, span.end), to), to);
  if (inner && line.startsWith(inner[1], p)) p = skipSpaces(line, p + inner[1].length, to);
  let textEnd = to;
  if (wrap) {
    if (line.startsWith(wrap[1], p)) p = skipSpaces(line, p + wrap[1].length, to);
    // the mark closed before the time's zone or hedge (`**14:13** UTC - ...`) wraps no more of the line
    else if (line.endsWith(wrap[1], to) && to - wrap[1].length > p && !closedBefore(line, from, p, wrap[1])) textEnd = trimEnd(line, p, to - wrap[1].length);
  }
  const sep = startingAt(line, p, SEPARATORS, SEPARATOR_FIRST);
  if (sep) p = skipSpaces(line, p + sep.length, to);
  // the separator inside the mark (`**08:00:** ...`, `<b>08:00:</b> ...`): the closer is no part of the text
  if (sep && wrap && line.startsWith(wrap[1], p)) p = skipSpaces(line, p + wrap[1].length, to);
  const shape: EntryShape = { timeStart: span.start, timeEnd: span.end, hasDate: span.hasDate, hasClock: span.hasClock, textStart: Math.min(p, textEnd), textEnd };
  if (span.offset !== undefined) shape.offset = span.offset;
  if (span.delay) shape.delay = span.delay;
  return shape;
}

/** True when `close` is written between `from` and `to` (`**14:13** UTC`: the mark closes inside the time). */
function closedBefore(line: string, from: number, to: number, close: string): boolean {
  const k = line.indexOf(close, from);
  return k >= 0 && k < to;
}

/**
 * The span of an entry's time at `from`: a clock (maybe with a date), also after a hedge word (`about 14:05 UTC - ...`:
 * the clock starts the entry, the analysis reads the hedge), else a delay after the entry before (`Five minutes
 * later`), hedged when `marked` (a `~` before it).
 */
export function entryTimeSpan(record: LineRecord | undefined, line: string, from: number, to: number, marked: boolean): TimeSpan | undefined {
  const clockAt = afterHedgeWord(line, from, to);
  const clock = clockSpan(record, line, clockAt, to);
  return (clock && (clockAt === from || clock.hasClock) ? clock : undefined) || delaySpan(line, from, to, marked);
}

/** The span of the clock (maybe with a date) at `from`, as the line's scan or the time prefix reads it. */
function clockSpan(record: LineRecord | undefined, line: string, from: number, to: number): TimeSpan | undefined {
  return (record && scannedSpan(record, line, from, to)) || scanTimePrefix(line, from, to);
}

/**
 * The span of a delay after the entry before written at `from` in place of a clock (`Five minutes later`, `After 10
 * minutes`), hedged when a word before its amount or a `~` before it (`marked`) says so. Read only where no time is.
 */
function delaySpan(line: string, from: number, to: number, marked: boolean): TimeSpan | undefined {
  const d = readDelay(line, from, to);
  if (!d) return undefined;
  const delay = d.minutes === undefined ? {} : d.hedged || marked ? { minutes: d.minutes, approximate: true } : { minutes: d.minutes };
  return { start: from, end: d.end, hasClock: true, hasDate: false, delay };
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
 * Past a time struck through and the blanks after it (`~~14:00~~ 14:20`): the time after it, which corrects it, starts
 * the entry; the struck-through time is neither its time nor its text.
 */
export function afterStruck(line: string, from: number, to: number): number {
  const struck = afterStruckTime(line, from, to);
  return struck > from ? skipSpaces(line, struck, to) : from;
}

/**
 * Past the mark of an approximate time (`~18:30`, `~ 9:10`, `≈14:05`): the time after it starts the entry. A `~~`
 * (strikethrough) is no such mark.
 */
export function afterApproximation(line: string, from: number, to: number): number {
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
