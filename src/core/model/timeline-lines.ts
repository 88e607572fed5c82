/**
 * Timeline entries read from list items and lines: a line that starts with a time (its text maybe on the lines under
 * it), or a date-only line that dates the entries after it, each kept per line; and the entries of a paragraph that
 * separates them with `<br>`.
 */
import { lineSlot } from '../cache';
import { sameScan, type ScannedLine } from './scan';
import { lineRange, skipSpaces, spanRange, trimEnd, unwrap } from './text';
import { noteSurnamed } from './chat-senders';
import { type ChatHeader, headerOverTime, nameFirstHeader, nameOverTime, senderAfterTime, senderBeforeTime } from './timeline-chat';
import { isMonthDay } from './timeline-headings';
import { type DateContext, entryShape, sameDate } from './timeline-shape';
import type { TimelineEntry } from './types';

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
export function lineEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, kind: TimelineEntry['kind'], date: DateContext | undefined): LineEntry {
  const s = scanned[i];
  const kept = keptEntries.get(s.record);
  if (kept && kept.i === i && sameScan(kept.s, s) && kept.kind === kind && sameDate(kept.under, date) && sameFollowing(kept, scanned, i)) return kept;
  const read = readLineEntry(lines, scanned, i, kind, date);
  keptEntries.set(s.record, read);
  return read;
}

/**
 * True when line `j` may continue an entry whose line holds only its time: a line of text that does not start with a
 * time of its own nor is a chat header on one line, indented or not (a list item's paragraph goes on unindented, and a
 * chat log pasted puts each message under its time).
 */
function continues(lines: readonly string[], scanned: readonly ScannedLine[], j: number): boolean {
  const t = scanned[j];
  return t.kind === 'text' && entryShape(t.record, lines[j], t.contentStart, t.contentEnd) === undefined
    && nameFirstHeader(lines[j], t.contentStart, t.contentEnd) === undefined;
}

/**
 * The chat header of Teams' new client whose name is line `i` and time line `i + 1` (see `headerOverTime`), with a
 * line of its message under them.
 */
function headerOnTwoLines(lines: readonly string[], scanned: readonly ScannedLine[], i: number): ChatHeader | undefined {
  const s = scanned[i];
  const t = scanned[i + 1];
  if (s.kind !== 'text' || t?.kind !== 'text' || scanned[i + 2]?.kind !== 'text') return undefined;
  const h = headerOverTime(lines[i], s.contentStart, s.contentEnd, lines[i + 1], t.contentStart, t.contentEnd);
  return h && continues(lines, scanned, i + 2) ? h : undefined;
}

/**
 * The entry of a chat header with its name first (`Alice Chen  2:04 PM`, or `Sam Patel` over `2:04 PM`), its text
 * from the lines under it.
 */
function chatEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, kind: TimelineEntry['kind'], date: DateContext | undefined, h: ChatHeader): KeptEntry {
  const s = scanned[i];
  const line = lines[i];
  const range = lineRange(i, s.contentStart, s.contentEnd);
  const at = h.below ? i + 1 : i;
  const entry: TimelineEntry = {
    kind, line: i + 1, range, timeText: lines[at].slice(h.timeStart, h.timeEnd), timeRange: lineRange(at, h.timeStart, h.timeEnd), text: '', textRange: lineRange(i, s.contentEnd, s.contentEnd),
  };
  const name = h.sender || h.surnamed ? { text: line.slice(h.nameStart, h.nameEnd), range: lineRange(i, h.nameStart, h.nameEnd) } : undefined;
  if (h.sender) entry.author = name;
  else if (name) noteSurnamed(entry, name);
  if (date && !h.hasDate) { entry.dateText = date.text; entry.dateRange = date.range; }
  const kept = keptEntry(i, s, kind, date, entry, undefined, NO_LINES, false);
  // a system's name is no sender, and no part of the text: a bot's message must still open with its state (`Triggered:`)
  textUnder(lines, scanned, kept, entry, s.contentStart, undefined, at + 1);
  // without a message under it, the line is no chat header (`Alice Chen 2:04 PM` alone is a line of prose)
  if (entry.text === '') kept.entry = undefined;
  return kept;
}

/**
 * Takes the text of `entry`, whose header is on line `kept.i` (and the lines before `from`), from the lines of text
 * from `from` on (after a status page's word and its position, `status`, when there is one), up to the next header;
 * `kept.following` lists the lines read for that.
 */
function textUnder(lines: readonly string[], scanned: readonly ScannedLine[], kept: KeptEntry, entry: TimelineEntry, start: number, status: [string, number] | undefined, from = kept.i + 1): void {
  const i = kept.i;
  let j = from;
  let next = 0;
  while (j < scanned.length && continues(lines, scanned, j)) {
    // a header on two lines (Teams' name, then the time) ends the text: the reading depends on its lines too
    if (headerOnTwoLines(lines, scanned, j)) { next = 2; break; }
    j++;
  }
  kept.following = scanned.slice(i + 1, Math.min(j + 1 + next, scanned.length));
  kept.atEnd = j >= scanned.length;
  if (j === from) return;
  const first = scanned[from];
  const last = scanned[j - 1];
  const parts: string[] = [];
  for (let k = from; k < j; k++) parts.push(lines[k].slice(scanned[k].contentStart, scanned[k].contentEnd));
  entry.text = status ? `${status[0]}: ${parts.join(' ')}` : parts.join(' ');
  entry.textRange = spanRange(status ? i : from, status ? status[1] : first.contentStart, j - 1, last.contentEnd);
  entry.range = spanRange(i, start, j - 1, last.contentEnd);
}

/**
 * Reads the entry (of `kind`) of a list item or plain line, dated by `date` when its time has none; or a date-only
 * line that dates the entries after it. An entry whose line holds only its time (`- 2025-04-14 16:37 UTC`) takes
 * its text from the lines of text right under it; `following` lists the lines read for that.
 */
function readLineEntry(lines: readonly string[], scanned: readonly ScannedLine[], i: number, kind: TimelineEntry['kind'], date: DateContext | undefined): KeptEntry {
  const s = scanned[i];
  const line = lines[i];
  const own = entryShape(s.record, line, s.contentStart, s.contentEnd);
  // a chat line copied into a list item (`- Alice Chen 2:04 PM deploys the fix`): the sender, then an entry's shape; or
  // an event named before its time (`- Kafka Connect 2:04 PM sink tasks failing`): all of it is the entry's text
  const copied = !own && s.kind === 'list' ? senderBeforeTime(line, s.contentStart, s.contentEnd) : undefined;
  const shape = copied ? copiedShape(line, copied.timeStart, s.contentEnd, !copied.sender) : own;
  // a chat channel pasted: the sender's name before the time (`Alice Chen  2:04 PM`), the message under it
  const header = !shape && s.kind === 'text' ? nameFirstHeader(line, s.contentStart, s.contentEnd) ?? headerOnTwoLines(lines, scanned, i) : undefined;
  // (no entry when no message is under it, a reading that depends on the lines under it all the same)
  if (header) return chatEntry(lines, scanned, i, kind, date, header);
  if (!shape) {
    // A month and day alone on a line of its own (`**3/12**`) dates the entries after it, as a `### 3/12` heading does.
    const [ds, de] = s.kind === 'text' ? unwrap(line, s.contentStart, s.contentEnd) : [0, 0];
    const alone = de > ds && isMonthDay(line, ds, de) ? { text: line.slice(ds, de), range: lineRange(i, ds, de) } : undefined;
    // a name alone may be Teams' header over a time: its reading depends on the two lines under it
    const under = s.kind === 'text' && nameOverTime(line, s.contentStart, s.contentEnd) ? scanned.slice(i + 1, i + 3) : NO_LINES;
    return keptEntry(i, s, kind, date, undefined, alone, under, under !== NO_LINES && i + 3 > scanned.length);
  }
  const labelled = copied !== undefined && !copied.sender;
  const p = labelled ? s.contentStart : shape.textStart;
  const textEnd = labelled ? s.contentEnd : shape.textEnd;
  const timeRange = lineRange(i, shape.timeStart, shape.timeEnd);
  const timeText = line.slice(shape.timeStart, shape.timeEnd);
  // A date alone on its line (`2015-10-21 (all times UTC)`, `**2024-03-12**`) dates the entries after it.
  if (shape.hasDate && !shape.hasClock && (p >= textEnd || (line[p] === '(' && line[textEnd - 1] === ')'))) return keptEntry(i, s, kind, date, undefined, { text: timeText, range: timeRange }, NO_LINES, false);
  if (s.kind === 'text' && !shape.hasClock) return keptEntry(i, s, kind, date, undefined, undefined, NO_LINES, false);
  // a vague delay with nothing after it (`Later that day:`) is a label over the entries after it, not one
  if (shape.delay && shape.delay.minutes === undefined && p >= textEnd) return keptEntry(i, s, kind, date, undefined, undefined, NO_LINES, false);
  const start = s.kind === 'list' ? s.markerStart ?? s.contentStart : s.contentStart;
  const range = lineRange(i, start, s.contentEnd);
  // The text most often ends the entry: its range ends at the same position (ranges are never changed).
  const textRange = textEnd === s.contentEnd ? { start: { line: i + 1, column: p + 1 }, end: range.end } : lineRange(i, p, textEnd);
  const entry: TimelineEntry = { kind, line: i + 1, range, timeText, timeRange, text: line.slice(p, textEnd), textRange };
  if (date && !shape.hasDate) { entry.dateText = date.text; entry.dateRange = date.range; }
  if (shape.offset !== undefined) entry.zeroOffsetMinutes = shape.offset;
  if (shape.delay) entry.afterPrevious = shape.delay;
  if (copied?.sender) entry.author = { text: line.slice(s.contentStart, copied.nameEnd), range: lineRange(i, s.contentStart, copied.nameEnd) };
  // A status page's update (`Resolved - 16:40 UTC - Errors stopped.`): its text starts with the status word.
  const status = shape.status && line.slice(shape.status[0], shape.status[1]);
  if (status) {
    entry.text = p < textEnd ? `${status}: ${entry.text}` : status;
    entry.textRange = lineRange(i, shape.status![0], p < textEnd ? textEnd : shape.status![1]);
  }
  // a chat's bracketed time before the sender (`[9:14 AM] Alice Chen`, the message under it, or `[2:04 PM] Alice
  // Chen: Seeing 500s`); a system's name there is no sender, nor part of the text, as with the name first
  const sender = s.kind === 'text' && !status && line.charCodeAt(s.contentStart) === 0x5b && p < textEnd ? senderAfterTime(line, p, textEnd) : undefined;
  // the name: the sender's, or one only a paste of people's messages makes a sender's (see `noteSurnamed`)
  const name = sender && (sender.sender || sender.surnamed) ? { text: line.slice(sender.nameStart, sender.nameEnd), range: lineRange(i, sender.nameStart, sender.nameEnd) } : undefined;
  const author = sender?.sender ? name : undefined;
  const surnamed = sender?.surnamed ? name : undefined;
  if (sender && sender.textStart < textEnd) {
    if (author) entry.author = author;
    else if (surnamed) noteSurnamed(entry, surnamed);
    entry.text = line.slice(sender.textStart, textEnd);
    entry.textRange = lineRange(i, sender.textStart, textEnd);
  }
  if (p < textEnd && !(sender && sender.textStart === textEnd)) return keptEntry(i, s, kind, date, entry, undefined, NO_LINES, false);
  // The line holds only the time (or the time and its sender): the text is on the lines under it.
  const kept = keptEntry(i, s, kind, date, entry, undefined, NO_LINES, false);
  if (!sender) {
    textUnder(lines, scanned, kept, entry, start, status ? [status, shape.status![0]] : undefined);
    return kept;
  }
  const named: TimelineEntry = author ? { ...entry, author } : { ...entry };
  textUnder(lines, scanned, kept, named, start, undefined);
  // without a message under it, the name is the entry's text, as before
  if (named.text !== entry.text) {
    kept.entry = named;
    if (surnamed) noteSurnamed(named, surnamed);
  }
  return kept;
}

/**
 * The shape of a copied chat line's rest `line[from, to)`: a clock time, then text (no date alone, delay or offset);
 * after an event's label (`labelled`) the text may be the label alone (`Outage Start 2:04 PM UTC`).
 */
function copiedShape(line: string, from: number, to: number, labelled: boolean): ReturnType<typeof entryShape> {
  const shape = entryShape(undefined, line, from, to);
  return shape?.hasClock && !shape.delay && shape.offset === undefined && !shape.status && (labelled || shape.textStart < shape.textEnd) ? shape : undefined;
}

const BREAK = /<br\s*\/?>/gi;
/** A piece that is only backslashes: Markdown's escaped line breaks, as wiki exports write them between entries. */
const BACKSLASHES = /^\\+$/;

/** True when a line of the paragraph `[from, to]` holds a `<br>`. */
export function hasBreak(lines: readonly string[], from: number, to: number): boolean {
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
export function readBrokenParagraph(lines: readonly string[], scanned: readonly ScannedLine[], from: number, to: number, date: DateContext | undefined, entries: TimelineEntry[]): DateContext | undefined {
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
    // a line of backslashes between parts is a wiki export's line break (`\\\\`), no text
    const pieces = part.map((x) => ({ ...x, from: skipSpaces(lines[x.line], x.from, x.to), to: trimEnd(lines[x.line], x.from, x.to) }))
      .filter((x) => x.to > x.from && !BACKSLASHES.test(lines[x.line].slice(x.from, x.to)));
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
    if (shape.offset !== undefined) entry.zeroOffsetMinutes = shape.offset;
    if (shape.delay) entry.afterPrevious = shape.delay;
    entries.push(entry);
  }
  return date;
}
