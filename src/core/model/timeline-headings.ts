/**
 * Timeline entries and dates given by headings and paragraphs: the date of the nearest date heading above a Timeline
 * section and the date sections after it, `### 06/06 — Kick-off` month-day headings, a heading that is an entry's time
 * (`## Resolved 2025-01-04 4:00 PM`).
 */
import { findTimes } from '../time/parse';
import { MONTH_DAY_TITLED_SRC, monthDayAlone } from '../time/parse-numeric-dates';
import type { ScannedLine } from './scan';
import { lineRange, skipSpaces, spanRange, unwrap } from './text';
import { type DateContext, entryShape, SEPARATOR_FIRST, SEPARATORS, startingAt, STATUS_WORDS_ALL } from './timeline-shape';
import { scanTimePrefix, type TimeSpan } from './timeprefix';
import type { Section, TimelineEntry } from './types';

/**
 * The date a Timeline section's own heading gives (`## Timeline - May 29, 2021`, `## Timeline (2021-05-29)`): it dates
 * the entries under it as a `### date` heading does. A date with a clock in the heading is not one.
 */
export function timelineHeadingDate(lines: readonly string[], sections: Section[], first: number): { level: number; date: DateContext } | undefined {
  const section = sections.find((x) => x.standard === 'timeline' && x.bodyStartLine - 1 === first);
  if (!section) return undefined;
  const i = section.headingRange.start.line - 1;
  const from = section.headingRange.start.column - 1;
  const text = lines[i]?.slice(from, section.headingRange.end.column - 1) ?? '';
  const m = findTimes(text).find((t) => t.kind === 'date' && t.month !== undefined && t.day !== undefined && !t.invalid);
  return m && { level: section.level, date: { text: m.text, range: lineRange(i, from + m.start, from + m.end) } };
}

/** A day's number before its date in a heading: `Day 2 — `, `Day 1: `, `Jour 3 - `, `Tag 2 (`, `Día 1, `. */
const DAY_NUMBER = /^(?:Day|DAY|Jour|Tag|D[íi]a)[ \t]+\d{1,2}[ \t]*(?:[-–—:,(][ \t]*)?/;

/**
 * The time prefix of a heading `line[from, to)` after the day's number (`### Day 2 — Wednesday, March 13`), or
 * undefined when the heading does not start with one (a cheap test first: most headings do not start with a `D`,
 * `J` or `T`).
 */
export function afterDayNumber(line: string, from: number, to: number): TimeSpan | undefined {
  const c = line.charCodeAt(from);
  if (c !== 0x44 && c !== 0x4a && c !== 0x54) return undefined;
  const m = DAY_NUMBER.exec(line.slice(from, to));
  if (!m || m[0].length >= to - from) return undefined;
  const at = from + m[0].length;
  const span = scanTimePrefix(line, at, to);
  if (span) return span;
  // a French, German or Spanish day and month (`Jour 2 - 13 mars`), read as a month-day heading reads it
  const end = monthDayHeadingEnd(line, at, to);
  return end > at ? { start: at, end, hasClock: false, hasDate: true } : undefined;
}

/**
 * A timeline region `[first, last]` carried on through the sections right after it whose heading starts with a date
 * or time, or is a month and day alone (`## Timeline` then `## May 12`, `## May 13`, or `## 5/12`: a day per section
 * at the timeline's own level), up to `limit`.
 */
export function throughDateSections(lines: readonly string[], scanned: readonly ScannedLine[], sections: Section[], region: [number, number], limit: number): [number, number] {
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

/**
 * True when `line[from, to)` is a month and day alone, with a slash (`3/12`, `03/12`, `12/3` day first) or a French,
 * German or Spanish month name (`12 mars`, `12. März`, `12 de marzo`), maybe after a weekday (`Tue 3/12`, `Mardi 12
 * mars`): a timeline's date heading, where in prose the same text could be a fraction, a ratio or a phrase. Text after
 * it (`1/2 of the fleet`, `24/7 support`) makes it no date; the analysis reads the order of day and month and takes
 * the year as for `March 12` (see `monthDayAlone`).
 */
export function isMonthDay(line: string, from: number, to: number): boolean {
  return to - from >= 3 && to - from <= 32 && monthDayAlone(line.slice(from, to)) !== undefined;
}

/**
 * The end of the month and day a heading `line[from, to)` starts with, as `isMonthDay` reads one, or of a day and a
 * French, German or Spanish month name before a title after a dash or a colon (`### 12 mars — Jour 1`); -1 otherwise.
 */
export function monthDayHeadingEnd(line: string, from: number, to: number): number {
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
export function titledMonthDayEnd(lines: readonly string[], scanned: readonly ScannedLine[], i: number, from: number, to: number, last: number): number {
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
export function headingEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, hs: number, he: number, headingSpan: TimeSpan | undefined, last: number, inTimeline: boolean, date: DateContext | undefined): TimelineEntry | undefined {
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
  if (span.offset !== undefined) entry.zeroOffsetMinutes = span.offset;
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
