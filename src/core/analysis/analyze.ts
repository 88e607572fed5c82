/**
 * `analyze(text, options)`: the model of a postmortem with every time placed on the timeline and the metrics computed.
 * Reading order follows a careful human: the document's zone (front matter `timezone`, an "All times ..." line, the
 * configured default), the start first (its date and year then serve the other times), timeline entries in order
 * (a `### date` heading or the previous entry gives the day; HH:MM going back more than 12 hours is the next day).
 */
import { lineSlot } from '../cache';
import { parsePostmortem, scannedLinesOf } from '../model';
import type { PostmortemModel } from '../model/types';
import { dateFromFileName, resolveTime, type TimeContext } from '../time';
import { documentDate, monthYearInTitle } from './document-date';
import { dateFieldZone, findDocumentZone, statedZone, zoneSourceWords } from './document-zone';
import { beginDocument, contextKey, MAX_SCANNED_LINE, timesOfLine } from './line-times';
import { hasMark, marksRecurrence, marksSymptom, type MarkerKind } from './markers';
import { computeMetrics } from './metrics';
import { proseStatedDuration } from './prose-duration';
import { proseMilestones } from './prose-milestones';
import { afterStart, atLine, dayOf, markHedged, resolvedAt, spanToRange } from './resolved';
import { statedDuration } from './stated-duration';
import { MILESTONES, statedMilestones, writtenContext } from './stated-milestones';
import { analyzedEntryOf } from './timeline-entries';
import { markedInTimeOrder, readTimeline } from './timeline-order';
import type { Analysis, AnalyzeOptions, Milestone, ResolvedTime } from './types';
import { durationFieldWindow, statedWindow } from './windows';
import { onRelativeScale, scaleOf, zeroPoint } from './zero-point';

/** The milestones a recurrence undoes: the outage had not ended. The first mitigation stays the first. */
const ENDS: readonly MarkerKind[] = ['end', 'resolved'];

/** Reads the document and resolves its times. Never throws on any string. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = parsePostmortem(text);
  beginDocument(model, text);
  const now = options.now ?? Date.now();
  const fileNameDate = options.fileName ? dateFromFileName(options.fileName.split(/[\\/]/).pop() ?? '') : undefined;
  // Milestones stated in the front matter or labelled fields; the start is read first and dates the others.
  const stated = statedMilestones(model);
  const documentZone = findDocumentZone(model, options) ?? statedZone(stated) ?? dateFieldZone(model);
  const base: TimeContext = { zone: documentZone?.zone, zoneSource: zoneSourceWords(documentZone), now, fileNameDate };

  const placed = new PlacedTimes(model.lines.length);
  const add = (t: ResolvedTime): ResolvedTime => {
    placed.add(t);
    return t;
  };
  // a milestone stated with a hedged clock (`Start: ~14:05 UTC`, `from ~12:17 to 12:30`) is approximate
  const addStated = (t: ResolvedTime): ResolvedTime => add(markHedged(t, model.lines));

  const startWritten = stated.start;
  const ctx: TimeContext = { ...base };
  const found: Partial<Record<MarkerKind, Milestone>> = {};
  const fieldTimes: Analysis['fieldTimes'] = {};
  // A "Date:" field or the summary's date dates a start written without one ("Start: September 14 10:00 UTC"); a
  // month and year in the title ("July 2017 IT service disruption summary") give the year of dates written without one.
  const titleYear = monthYearInTitle(model);
  if (titleYear !== undefined) ctx.yearHint = titleYear;
  const docDay = documentDate(model, titleYear === undefined ? base : { ...base, yearHint: titleYear });
  if (docDay) { ctx.referenceDate = docDay; ctx.yearHint = docDay.year; }
  if (startWritten) {
    const t = addStated(resolvedAt(startWritten.match, startWritten.range, resolveTime(startWritten.match, writtenContext(startWritten, ctx)), startWritten.source));
    fieldTimes.start = t;
    found.start = { time: t, source: startWritten.source === 'front-matter' ? 'front-matter' : 'field' };
    const day = dayOf(t);
    if (day) { ctx.referenceDate = day; ctx.yearHint = day.year; }
  }
  for (const key of MILESTONES) {
    const w = stated[key];
    if (!w || key === 'start') continue;
    const t = addStated(resolvedAt(w.match, w.range, afterStart(resolveTime(w.match, writtenContext(w, ctx)), w.match, found.start?.time.instant), w.source));
    fieldTimes[key] = t;
    found[key] = { time: t, source: w.source === 'front-matter' ? 'front-matter' : 'field' };
  }

  // The Duration field's window (`~8.75 hours (09:30–18:15 AEST)`) is the author's statement of both: when no field
  // states the start or the end, it beats the timeline's markers (a late "incident closed" is no end) and dates them.
  const durationWindow = !found.start && !found.end ? durationFieldWindow(model, ctx, scannedLinesOf(model)) : undefined;
  if (durationWindow) {
    found.start = { time: addStated(durationWindow[0]), source: 'field' };
    found.end = { time: addStated(durationWindow[1]), source: 'field' };
    const day = dayOf(durationWindow[0]);
    if (day) { ctx.referenceDate = day; ctx.yearHint = day.year; }
  }

  // Timeline entries, in order: newest first when the timeline says so or runs so.
  // Entries written as offsets (`T+0:15`) are placed from the zero point's clock time, when the document gives one.
  const scanned = scannedLinesOf(model);
  // A stated start (front matter, a field) is T+0 only where the document says so (`T+0 = start`).
  const { read, newestFirst } = readTimeline(model, ctx, zeroPoint(model, ctx, scanned, found.start?.time));
  for (const time of read) add(time);
  const instants = !onRelativeScale(read);
  // Milestones are taken in the order things happened: by instant (by offset on a timeline of offsets with no clock
  // for its zero point), whichever way each list is written.
  const detections: ResolvedTime[] = [];
  const marked = markedInTimeOrder(model, read, newestFirst !== undefined, scanned, instants);
  for (const { time, mask } of marked) {
    // The failure came back ("errors recur"): an end or a resolution the timeline marked before was not the end, and
    // the next one marked is. A stated one (a field, the front matter) stays: its writer knew.
    if (marksRecurrence(mask)) {
      for (const kind of ENDS) if (found[kind]?.source === 'timeline' && scaleOf(found[kind].time, instants)! < scaleOf(time, instants)!) delete found[kind];
    }
    for (const kind of MILESTONES) {
      if (kind === 'detected') { if (!found.detected && hasMark(mask, kind)) detections.push(time); continue; }
      if (!found[kind] && hasMark(mask, kind)) found[kind] = { time, source: 'timeline' };
    }
  }
  // Nothing gives the start, or the end: the window the summary states ("between 12:17 and 12:30 UTC") gives what
  // is missing.
  if (!found.start || (!found.end && !found.resolved)) {
    const window = statedWindow(model, ctx);
    if (window) {
      if (!found.start) found.start = { time: addStated(window[0]), source: 'text' };
      if (!found.end && !found.resolved) found.end = { time: addStated(window[1]), source: 'text' };
    }
  }
  // Still nothing gives the start or the end: the sentence of the summary that states it ("At 14:02 UTC checkout
  // requests began failing", "Service was restored at 15:10 UTC").
  // The detection and the mitigation too, from the words right before a time ("we were paged at 14:09 UTC").
  const prose = !found.start || (!found.end && !found.resolved) || !found.detected || !found.mitigated ? proseMilestones(model, ctx, found.start?.time) : undefined;
  if (prose) {
    if (!found.start && prose.start) found.start = { time: addStated(prose.start), source: 'text' };
    if (!found.end && !found.resolved && prose.end) found.end = { time: addStated(prose.end), source: 'text' };
    if (!found.mitigated && prose.mitigated) found.mitigated = { time: addStated(prose.mitigated), source: 'text' };
  }
  // On a timeline of offsets, T+0 is the start when nothing states or marks one: a game day's zero is the failure it
  // injects ("T+0: Primary killed").
  if (!found.start) {
    const k = model.timeline.findIndex((e) => e.zeroOffsetMinutes === 0);
    if (k >= 0 && scaleOf(read[k], instants) !== undefined) found.start = { time: read[k], source: 'timeline' };
  }
  // Still no start: the timeline's first marked entry when it says the outage is visible ("seeing 500s"); after an
  // entry marked earlier (an alert), a symptom is no start.
  if (!found.start && marked.length > 0 && marksSymptom(marked[0].mask)) found.start = { time: marked[0].time, source: 'timeline' };
  // An alert before the outage's start is an early warning, not its detection: detection is the first at or after it.
  if (!found.detected) {
    const from = scaleOf(found.start?.time, instants);
    const first = detections.find((t) => from === undefined || scaleOf(t, instants)! >= from);
    if (first) found.detected = { time: first, source: 'timeline' };
    else if (prose?.detected) found.detected = { time: addStated(prose.detected), source: 'text' };
  }
  // a Duration field, else (only when it is needed: the start or the end is unknown) the summary's sentence
  const writtenDuration = statedDuration(model) ?? (found.start && (found.end || found.resolved) ? undefined : proseStatedDuration(model));
  const metrics = computeMetrics(found, writtenDuration);
  const startInstant = metrics.start?.time.instant;
  const timeline = read.map((time, k) => analyzedEntryOf(scanned, model.timeline[k], time, startInstant));

  // Every other time written in the text, for hovers and the rules on zones, weekdays and impossible values.
  scanOtherTimes(model, ctx, add, (line, column) => placed.has(line, column));
  const times = placed.inOrder();
  const analysis: Analysis = { model, documentZone, fieldTimes, times, timeline, actionItems: model.actionItems, metrics };
  if (newestFirst) analysis.newestFirst = newestFirst;
  if (!instants) analysis.relativeTimeline = true;
  return analysis;
}


/**
 * The times read so far, one per place (the first read at a line and column is kept), held per line: most lines hold
 * one time, a few two or three. In document order they are the lines' times in turn, each line's by column: no sort,
 * and no key built per time.
 */
class PlacedTimes {
  private readonly byLine: (ResolvedTime | ResolvedTime[] | undefined)[];
  private count = 0;

  constructor(lines: number) {
    this.byLine = new Array(lines + 2);
  }

  has(line: number, column: number): boolean {
    const at = this.byLine[line];
    if (at === undefined) return false;
    if (!Array.isArray(at)) return at.range.start.column === column;
    return at.some((t) => t.range.start.column === column);
  }

  add(t: ResolvedTime): void {
    const { line, column } = t.range.start;
    if (this.has(line, column)) return;
    const at = this.byLine[line];
    this.byLine[line] = at === undefined ? t : Array.isArray(at) ? [...at, t] : [at, t];
    this.count++;
  }

  /** Every time, by line, then column. */
  inOrder(): ResolvedTime[] {
    const out = new Array<ResolvedTime>(this.count);
    let k = 0;
    for (const at of this.byLine) {
      if (at === undefined) continue;
      if (!Array.isArray(at)) out[k++] = at;
      else for (const t of [...at].sort((a, b) => a.range.start.column - b.range.start.column)) out[k++] = t;
    }
    return out;
  }
}















/**
 * The times of a line outside the timeline and fields (at their matches' indices), the line they were resolved on and
 * the context they were resolved in: kept in the line's record, each in a slot of its own (no object per line).
 */
const otherTimes = lineSlot<(ResolvedTime | undefined)[]>();
const otherTimesLine = lineSlot<number>();
const otherTimesContext = lineSlot<string>();


/** Times anywhere else in the prose (not in code, comments or front matter). */
function scanOtherTimes(model: PostmortemModel, ctx: TimeContext, add: (t: ResolvedTime) => ResolvedTime, known: (line: number, column: number) => boolean): void {
  const scanned = scannedLinesOf(model);
  const context = contextKey(ctx);
  for (let i = 0; i < model.lines.length; i++) {
    const kind = scanned[i]?.kind;
    const line = model.lines[i];
    if (kind === 'code' || kind === 'fence' || kind === 'comment' || kind === 'frontmatter' || line.length > MAX_SCANNED_LINE) continue;
    const record = scanned[i].record;
    const matches = timesOfLine(record, line);
    if (matches.length === 0) continue;
    // The same line in the same context resolves as before: its times are taken as they were, moved to the line's
    // place when a new or deleted line above it moved it.
    let kept = otherTimes.get(record);
    if (kept !== undefined && otherTimesContext.get(record) !== context) kept = undefined;
    if (kept !== undefined && otherTimesLine.get(record) !== i + 1) {
      kept = kept.map((t) => t && atLine(t, i + 1));
      otherTimes.set(record, kept);
      otherTimesLine.set(record, i + 1);
    }
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k];
      if (m.kind === 'date' && m.year === undefined && m.weekday === undefined) continue;
      // A time already placed (a field, a timeline entry) is not resolved a second time; nor the amount of an offset
      // entry's `+00:25`, which starts at its sign.
      if (known(i + 1, m.start + 1) || (line.charCodeAt(m.start - 1) === 0x2b && known(i + 1, m.start))) continue;
      if (kept === undefined) {
        kept = new Array<ResolvedTime | undefined>(matches.length);
        otherTimes.set(record, kept);
        otherTimesLine.set(record, i + 1);
        otherTimesContext.set(record, context);
      }
      add(kept[k] ??= resolvedAt(m, spanToRange(i + 1, 0, m), resolveTime(m, ctx), 'text'));
    }
  }
}



