/**
 * `analyze(text, options)`: the model of a postmortem with every time placed on the timeline and the metrics computed.
 * Reading order follows a careful human: the document's zone (front matter `timezone`, an "All times ..." line, the
 * configured default), the start first (its date and year then serve the other times), timeline entries in order
 * (a `### date` heading or the previous entry gives the day; HH:MM going back more than 12 hours is the next day).
 */
import { lineSlot, perLine, perLineSpan, type LineRecord } from '../cache';
import { fieldCoversSection, isDateLabel, isTitle, leadSpans, parsePostmortem, scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import { sameRange, unwrap } from '../model/text';
import type { FrontMatter, PostmortemModel, StandardFieldId, TimelineEntry } from '../model/types';
import {
  ABBREVIATIONS, addDays, dateFromFileName, findTimes, instantToZoned, lineTimes, lookupZone, monthDayAlone, MONTH_NAMES, MONTH_YEAR_SRC, normalizeZone, readAloneAlike, resolveNext, resolveTime, rollover, scanTimes, sequenceStart, START_NOTE_SRC,
  type CivilDate, type TimeContext, type TimeMatch, type TimeResolution, type ZoneMention,
} from '../time';
import type { Range } from '../types';
import { entryMarks, hasMark, marksRecurrence, readMask, saysNewestFirst, type MarkerKind } from './markers';
import { teamNamesOf, teamZonesLeftOut } from './teams';
import { computeMetrics } from './metrics';
import type { Analysis, AnalyzedTimelineEntry, AnalyzeOptions, DocumentZone, Milestone, ResolvedTime } from './types';

const HALF_DAY = 12 * 3_600_000;
const MILESTONES: readonly MarkerKind[] = ['start', 'end', 'detected', 'mitigated', 'resolved'];
/** The milestones a recurrence undoes: the outage had not ended. The first mitigation stays the first. */
const ENDS: readonly MarkerKind[] = ['end', 'resolved'];
/** Lines longer than this are not scanned for stray times (minified blobs, base64). */
const MAX_SCANNED_LINE = 2000;

/** Reads the document and resolves its times. Never throws on any string. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = parsePostmortem(text);
  dayFirst = writesDayFirst(model);
  teamNames = teamNamesOf(text);
  const now = options.now ?? Date.now();
  const fileNameDate = options.fileName ? dateFromFileName(options.fileName.split(/[\\/]/).pop() ?? '') : undefined;
  // Milestones stated in the front matter or labelled fields; the start is read first and dates the others.
  const stated = statedMilestones(model);
  const documentZone = findDocumentZone(model, options) ?? statedZone(stated);
  const base: TimeContext = { zone: documentZone?.zone, zoneSource: zoneSourceWords(documentZone), now, fileNameDate };

  const placed = new PlacedTimes(model.lines.length);
  const add = (t: ResolvedTime): ResolvedTime => {
    placed.add(t);
    return t;
  };

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
    const t = add(resolvedAt(startWritten.match, startWritten.range, resolveTime(startWritten.match, writtenContext(startWritten, ctx)), startWritten.source));
    fieldTimes.start = t;
    found.start = { time: t, source: startWritten.source === 'front-matter' ? 'front-matter' : 'field' };
    const day = dayOf(t);
    if (day) { ctx.referenceDate = day; ctx.yearHint = day.year; }
  }
  for (const key of MILESTONES) {
    const w = stated[key];
    if (!w || key === 'start') continue;
    const t = add(resolvedAt(w.match, w.range, afterStart(resolveTime(w.match, writtenContext(w, ctx)), w.match, found.start?.time.instant), w.source));
    fieldTimes[key] = t;
    found[key] = { time: t, source: w.source === 'front-matter' ? 'front-matter' : 'field' };
  }

  // The Duration field's window (`~8.75 hours (09:30–18:15 AEST)`) is the author's statement of both: when no field
  // states the start or the end, it beats the timeline's markers (a late "incident closed" is no end) and dates them.
  const durationWindow = !found.start && !found.end ? durationFieldWindow(model, ctx, scannedLinesOf(model)) : undefined;
  if (durationWindow) {
    found.start = { time: add(durationWindow[0]), source: 'field' };
    found.end = { time: add(durationWindow[1]), source: 'field' };
    const day = dayOf(durationWindow[0]);
    if (day) { ctx.referenceDate = day; ctx.yearHint = day.year; }
  }

  // Timeline entries, in order: newest first when the timeline says so or runs so.
  const { read, newestFirst } = readTimeline(model, ctx);
  for (const { time } of read) add(time);
  const scanned = scannedLinesOf(model);
  // Milestones are taken in the order things happened: by instant, whichever way each list is written.
  const detections: ResolvedTime[] = [];
  for (const { time, mask } of markedInTimeOrder(model, read, newestFirst !== undefined, scanned)) {
    // The failure came back ("errors recur"): an end or a resolution the timeline marked before was not the end, and
    // the next one marked is. A stated one (a field, the front matter) stays: its writer knew.
    if (marksRecurrence(mask)) {
      for (const kind of ENDS) if (found[kind]?.source === 'timeline' && found[kind].time.instant! < time.instant!) delete found[kind];
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
      if (!found.start) found.start = { time: add(window[0]), source: 'text' };
      if (!found.end && !found.resolved) found.end = { time: add(window[1]), source: 'text' };
    }
  }
  // Still nothing gives the start or the end: the sentence of the summary that states it ("At 14:02 UTC checkout
  // requests began failing", "Service was restored at 15:10 UTC").
  if (!found.start || (!found.end && !found.resolved)) {
    const prose = proseMilestones(model, ctx, found.start?.time);
    if (!found.start && prose.start) found.start = { time: add(prose.start), source: 'text' };
    if (!found.end && !found.resolved && prose.end) found.end = { time: add(prose.end), source: 'text' };
  }
  // An alert before the outage's start is an early warning, not its detection: detection is the first at or after it.
  if (!found.detected) {
    const from = found.start?.time.instant;
    const first = detections.find((t) => from === undefined || t.instant! >= from);
    if (first) found.detected = { time: first, source: 'timeline' };
  }
  const metrics = computeMetrics(found);
  const startInstant = metrics.start?.time.instant;
  const timeline = read.map(({ entry, time }) => analyzedEntryOf(scanned, entry, time, startInstant));

  // Every other time written in the text, for hovers and the rules on zones, weekdays and impossible values.
  scanOtherTimes(model, ctx, add, (line, column) => placed.has(line, column));
  const times = placed.inOrder();
  const analysis: Analysis = { model, documentZone, fieldTimes, times, timeline, actionItems: model.actionItems, metrics };
  if (newestFirst) analysis.newestFirst = newestFirst;
  return analysis;
}

/**
 * The entries of `read` that mark a milestone and have an instant, in the order things happened: by instant, entries
 * at one instant in the order they are read (bottom up in a timeline written newest first), so that a list written
 * either way (a status-page history newest first above an engineering log oldest first) gives each milestone its
 * earliest entry. The sort is stable, and only marked entries are sorted.
 */
function markedInTimeOrder(model: PostmortemModel, read: readonly { entry: TimelineEntry; time: ResolvedTime }[], newestFirst: boolean, scanned: readonly ScannedLine[]): { time: ResolvedTime; mask: number }[] {
  const marked: { time: ResolvedTime; mask: number }[] = [];
  for (let k = 0; k < read.length; k++) {
    const { entry, time } = read[newestFirst ? read.length - 1 - k : k];
    // An entry without an instant sets no milestone.
    if (time.instant === undefined) continue;
    const mask = entryMarks(model, entry, scanned);
    if (mask !== 0) marked.push({ time, mask });
  }
  // Most timelines are in order already: a pass finds out, where a sort would compare and move every entry.
  for (let k = 1; k < marked.length; k++) if (marked[k].time.instant! < marked[k - 1].time.instant!) return marked.sort((a, b) => a.time.instant! - b.time.instant!);
  return marked;
}

/**
 * The timeline's entries with their times, read oldest first, or newest first when the Timeline section says so or
 * the entries run consistently back in time (`runsNewestFirst`). The second reading is made only when the first has
 * an entry earlier than the one before it.
 */
function readTimeline(model: PostmortemModel, ctx: TimeContext): { read: { entry: TimelineEntry; time: ResolvedTime }[]; newestFirst?: 'declared' | 'consistent' } {
  if (declaresNewestFirst(model)) return { read: onStartDay(model, ctx, analyzeTimeline(model, ctx, newestFirstEntryTimes)), newestFirst: 'declared' };
  const read = analyzeTimeline(model, ctx, oldestFirstEntryTimes);
  if (!goesBack(read) && !twoStatusUpdates(read)) return { read };
  const reversed = analyzeTimeline(model, ctx, newestFirstEntryTimes);
  return runsNewestFirst(reversed) ? { read: onStartDay(model, ctx, reversed), newestFirst: 'consistent' } : { read };
}

/**
 * A timeline read newest first whose entries write no date: the document's date (or the start's) is the day it
 * began, the day of its bottom entry, not of its top one; read again from that day when the entries went back past it.
 */
function onStartDay(model: PostmortemModel, ctx: TimeContext, read: { entry: TimelineEntry; time: ResolvedTime }[]): { entry: TimelineEntry; time: ResolvedTime }[] {
  const day = ctx.referenceDate;
  if (!day) return read;
  let bottom: CivilDate | undefined;
  for (const { time } of read) {
    if (time.match.month !== undefined) return read;
    if (time.instant !== undefined && time.resolvedDate) bottom = time.resolvedDate;
  }
  const days = bottom ? Math.round((Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(bottom.year, bottom.month - 1, bottom.day)) / 86_400_000) : 0;
  return days > 0 ? analyzeTimeline(model, { ...ctx, referenceDate: addDays(day, days) }, shiftedEntryTimes) : read;
}

/** True when the Timeline section's heading, or a line between it and its first entry, says it runs newest first. */
function declaresNewestFirst(model: PostmortemModel): boolean {
  const section = model.sections.find((s) => s.standard === 'timeline');
  if (!section) return false;
  const heading = section.headingRange.start.line;
  const first = model.timeline.find((e) => e.line > heading)?.line ?? section.endLine + 1;
  return saysNewestFirst(section, Math.min(first, section.endLine + 1), model.lines);
}

/** True when at least three entries have instants and one is earlier than the one before it. */
function goesBack(read: readonly { time: ResolvedTime }[]): boolean {
  let previous: number | undefined;
  let known = 0;
  let back = false;
  for (const { time } of read) {
    const at = time.instant;
    if (at === undefined) continue;
    known++;
    if (previous !== undefined && at < previous) back = true;
    previous = at;
  }
  return back && known >= 3;
}

/**
 * True when entries read newest first run consistently back in time: the first is later than the last, at least two
 * steps go back, and at least three times as many go back as forward. A timeline written oldest first with one entry
 * out of place has one step back, so it is never taken for one written newest first; two entries say nothing either
 * way, unless both are a status page's updates as its pages print them (`Resolved: ...` above `Investigating: ...`):
 * they always run newest first.
 * A step of more than 12 hours, or one that changes the day, to a time without a date of its own (23:40 under 00:20,
 * 00:10 under 23:40) counts neither way: read the other way round, it would be on another day.
 */
function runsNewestFirst(read: readonly { entry: TimelineEntry; time: ResolvedTime }[]): boolean {
  let first: ResolvedTime | undefined;
  let previous: ResolvedTime | undefined;
  let back = 0;
  let forward = 0;
  for (const { time } of read) {
    const at = time.instant;
    if (at === undefined) continue;
    first ??= time;
    if (previous !== undefined && (time.match.month !== undefined || (sameDay(time.resolvedDate, previous.resolvedDate) && Math.abs(at - previous.instant!) <= HALF_DAY))) {
      if (at < previous.instant!) back++;
      else if (at > previous.instant!) forward++;
    }
    previous = time;
  }
  if (first === undefined || previous === undefined || first.instant! <= previous.instant!) return false;
  return (back >= 2 && back >= 3 * forward) || (back === 1 && forward === 0 && twoStatusUpdates(read));
}

/** Two updates of a status page as its pages print them (`Resolved: ...` above `Investigating: ...`): newest first. */
function twoStatusUpdates(read: readonly { entry: TimelineEntry }[]): boolean {
  return read.length === 2 && STATUS_UPDATE.test(read[0].entry.text) && STATUS_UPDATE.test(read[1].entry.text);
}

/** The text of a status page's update as the model gives it: its word and a colon (`Resolved: Errors stopped.`). */
const STATUS_UPDATE = /^(?:investigating|identified|monitoring|mitigated|resolved|update|updated|postmortem): /i;

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

/** A milestone written without a date ("End: 00:15 UTC") more than 12 hours before the start is on the next day. */
function afterStart(r: TimeResolution, m: TimeMatch, start: number | undefined): TimeResolution {
  if (start === undefined || r.instant === undefined || !r.zone || m.month !== undefined) return r;
  const rolled = rollover(start, r.instant, r.zone);
  if (rolled === r.instant) return r;
  const z = instantToZoned(rolled, r.zone);
  const date = { year: z.year, month: z.month, day: z.day };
  return { ...r, instant: rolled, offsetMinutes: z.offsetMinutes, date, assumptions: [...r.assumptions, `next day: ${m.text} is more than 12 hours before the start, so it is on ${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`] };
}

function zoneSourceWords(z: DocumentZone | undefined): string | undefined {
  if (!z) return undefined;
  if (z.ambiguous) return `the document's declaration (${z.text} is ambiguous: read as ${z.ambiguous[0].name})`;
  if (z.source === 'fields') return `the zone the Start and End fields name (${z.text})`;
  return z.source === 'front-matter' ? 'the front matter' : z.source === 'declaration' ? "the document's declaration" : 'the default time zone setting';
}

/** The zone in which times without one are read. */
function findDocumentZone(model: PostmortemModel, options: AnalyzeOptions): DocumentZone | undefined {
  const fm = model.frontMatter?.entries.find((e) => e.key === 'timezone' && typeof e.value === 'string');
  if (fm && normalizeZone(String(fm.value))) return { zone: normalizeZone(String(fm.value))!, text: String(fm.value), source: 'front-matter', range: fm.valueRange };
  const setting = options.defaultTimeZone ? normalizeZone(options.defaultTimeZone) : undefined;
  // A declaration naming an ambiguous abbreviation ("All times in IST") is kept in case no other names the zone.
  let ambiguous: DocumentZone | undefined;
  for (const d of model.zoneDeclarations) {
    const zone = normalizeZone(d.zone);
    if (zone) return { zone, text: d.zone, source: 'declaration', range: d.range };
    ambiguous ??= ambiguousDeclaration(d.zone, d.range, setting);
  }
  const field = model.fields.find((f) => f.key === 'timezone' && normalizeZone(f.value));
  if (field) return { zone: normalizeZone(field.value)!, text: field.value, source: 'declaration', range: field.valueRange };
  if (ambiguous) return ambiguous;
  if (setting) return { zone: setting, text: options.defaultTimeZone!, source: 'setting' };
  return undefined;
}

/**
 * The zone every milestone stated with a clock in a labelled field names (`Start: 2024-03-05 14:00 PST`, `End: ... 16:00
 * PST`), when they name one and no other zone is declared: a careful reader reads the timeline's bare times in it. A zone abbreviation
 * means its region (`PST` is Pacific time, PDT after the change), as when it carries from one entry to the next.
 */
function statedZone(stated: Partial<Record<MarkerKind, Written>>): DocumentZone | undefined {
  let found: DocumentZone | undefined;
  for (const w of Object.values(stated)) {
    if (!w || w.match.hour === undefined) continue;
    // A front matter's timestamps are often machine-written (`2021-05-29T22:41:00-00:00`): they say nothing of the text's.
    if (w.source === 'front-matter') return undefined;
    // the zone written after the time, else the one its label names (`Start (UTC): 14:00`)
    const mention = w.match.zone ?? labelMention(w.labelZone);
    if (!mention?.zone) return undefined;
    const zone = regionalZone(mention).zone!.zone;
    if (found && found.zone !== zone) return undefined;
    found ??= { zone, text: mention.text, source: 'fields' };
  }
  return found;
}

/** The zone a field's label names (`Start (PST):`), as a mention of it. */
function labelMention(text: string | undefined): ZoneMention | undefined {
  if (text === undefined) return undefined;
  const found = lookupZone(text);
  return found && { text, start: 0, end: text.length, zone: found.zone, candidates: found.candidates, ambiguous: found.ambiguous };
}

/**
 * The document zone a declaration of an ambiguous abbreviation gives: the reading in the default time zone setting's
 * region, else the most common reading, with every reading kept (`ambiguous`) for PM007 to name.
 */
function ambiguousDeclaration(text: string, range: Range, setting: string | undefined): DocumentZone | undefined {
  const found = lookupZone(text);
  if (!found?.ambiguous || found.candidates.length === 0) return undefined;
  const settled = setting === undefined ? undefined : found.candidates.find((c) => c.region === setting || c.zone === setting);
  if (settled) return { zone: settled.zone, text, source: 'declaration', range };
  return { zone: found.candidates[0].zone, text, source: 'declaration', range, ambiguous: found.candidates };
}

interface Written { match: TimeMatch; range: Range; source: 'front-matter' | 'field'; labelZone?: string }

/** The context a stated milestone is read in: the zone its label names (`Start (UTC):`) reads a time written without one. */
function writtenContext(w: Written, ctx: TimeContext): TimeContext {
  const zone = w.labelZone !== undefined && !w.match.zone ? normalizeZone(w.labelZone) : undefined;
  return zone ? { ...ctx, zone, zoneSource: 'its label' } : ctx;
}

/** The first time in a single-line span of the document, with its document range. */
function firstTimeIn(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[] = scannedLinesOf(model)): { match: TimeMatch; range: Range } | undefined {
  const match = firstMatchIn(model, span, scanned);
  return match && { match, range: spanToRange(span.start.line, span.start.column - 1, match) };
}

/** The first time written in a single-line span (one with a date when there are several). */
function firstMatchIn(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[]): TimeMatch | undefined {
  const line = model.lines[span.start.line - 1] ?? '';
  const endCol = span.end.line === span.start.line ? span.end.column : line.length + 1;
  const record = scanned[span.start.line - 1]?.record;
  const all = timesInSpan(record, line, span.start.column - 1, endCol - 1);
  for (const m of all) if (m.kind !== 'date' || m.year !== undefined) return m;
  return all[0];
}

/**
 * The time of a single-line span as the scan of its whole line found it: the line's time that is exactly the span, when
 * a scan of the span alone reads it alike (`readAloneAlike`). A timeline entry's line is scanned whole anyway (for the
 * other times it writes), so its time is not scanned a second time.
 */
function entryMatchOfLine(model: PostmortemModel, span: Range, scanned: readonly ScannedLine[]): TimeMatch | undefined {
  if (span.end.line !== span.start.line) return undefined;
  const line = model.lines[span.start.line - 1];
  const from = span.start.column - 1;
  const to = span.end.column - 1;
  if (line === undefined || line.length > MAX_SCANNED_LINE) return undefined;
  const record = scanned[span.start.line - 1]?.record;
  const kept = record && entryMatches.get(record);
  if (kept && kept.from === from && kept.to === to && kept.dayFirst === dayFirst && kept.teams === teamNames) return kept.match;
  let match: TimeMatch | undefined;
  for (const m of timesOfLine(record, line)) {
    if (m.end <= from) continue;
    if (m.start === from && m.end === to && readAloneAlike(line, m)) match = m;
    break;
  }
  if (record) entryMatches.set(record, { from, to, dayFirst, teams: teamNames, match });
  return match;
}

/** entryMatchOfLine kept per line: a line's time, its span and the document's order of dates decide it. */
const entryMatches = lineSlot<{ from: number; to: number; dayFirst: boolean; teams: string; match: TimeMatch | undefined }>();

function spanToRange(line: number, offset: number, m: { start: number; end: number }): Range {
  return { start: { line, column: offset + m.start + 1 }, end: { line, column: offset + m.end + 1 } };
}

/** What may follow a time that is a line's whole content: its end punctuation. */
const TIME_ALONE_REST = /^[\s.;,]*$/;

/**
 * The time a line holds when it holds nothing else (`  - March 11, 2024, 10:15 AM (UTC)` under `- **Detection
 * Time:**`): the value of a label with an empty value, written on the line under it.
 */
function timeAlone(model: PostmortemModel, line: number, scanned: readonly ScannedLine[] = scannedLinesOf(model)): { match: TimeMatch; range: Range } | undefined {
  const s = scanned[line - 1];
  const text = model.lines[line - 1];
  if (!s || text === undefined || (s.kind !== 'list' && s.kind !== 'text')) return undefined;
  const [from, to] = unwrap(text, s.contentStart, s.contentEnd);
  const span = { start: { line, column: from + 1 }, end: { line, column: to + 1 } };
  const found = firstTimeIn(model, span, scanned);
  if (!found || found.range.start.column !== from + 1 || !TIME_ALONE_REST.test(text.slice(found.range.end.column - 1, to))) return undefined;
  return found;
}

/** Start, end, detected, mitigated and resolved as stated in the front matter, else in labelled fields. */
function statedMilestones(model: PostmortemModel): Partial<Record<MarkerKind, Written>> {
  const out: Partial<Record<MarkerKind, Written>> = {};
  for (const key of MILESTONES) {
    const fm = frontMatterMilestone(model, key);
    const fromFm = fm && firstTimeIn(model, fm.valueRange);
    if (fromFm) { out[key] = { ...fromFm, source: 'front-matter' }; continue; }
    const field = model.fields.find((f) => f.key === (key as StandardFieldId));
    const fromField = field && (field.value === '' && field.contentLine !== undefined ? timeAlone(model, field.contentLine) : firstTimeIn(model, field.valueRange));
    if (fromField) out[key] = field.labelZone ? { ...fromField, source: 'field', labelZone: field.labelZone } : { ...fromField, source: 'field' };
  }
  return out;
}

/**
 * The front matter entry that states a milestone: the key of its name, else, in a status page's front matter (cState:
 * `resolved: true` with `resolvedWhen:`; Jekyll status themes: `resolvedDate:` with a clock), `resolvedWhen` or
 * `resolvedDate` for the resolution and `date` with a clock for the start.
 */
function frontMatterMilestone(model: PostmortemModel, key: MarkerKind): FrontMatter['entries'][number] | undefined {
  const entries = model.frontMatter?.entries;
  if (!entries) return undefined;
  const own = entries.find((e) => e.key === key);
  if (own && typeof own.value !== 'boolean') return own;
  // cState's `resolvedWhen`; `resolvedDate` of Jekyll status themes only with a clock (issue trackers write a bare day)
  const when = entries.find((e) => e.key === 'resolvedWhen')
    ?? entries.find((e) => e.key === 'resolvedDate' && firstTimeIn(model, e.valueRange)?.match.kind === 'datetime');
  if (!when || entries.some((e) => e.key === 'resolved' && e.value === false)) return own;
  if (key === 'resolved') return when;
  if (key !== 'start') return own;
  const date = entries.find((e) => e.key === 'date');
  return date && firstTimeIn(model, date.valueRange)?.match.kind === 'datetime' ? date : undefined;
}

/** A date for the whole document when no start is stated: front matter `date`, a "Date:" field. */
function documentDate(model: PostmortemModel, ctx: TimeContext): CivilDate | undefined {
  const fm = model.frontMatter?.entries.find((e) => e.key === 'date');
  const field = model.fields.find((f) => isDateLabel(f.label));
  const span = fm?.valueRange ?? field?.valueRange;
  const found = span ? firstTimeIn(model, span) : summaryDate(model);
  // A day without a year counts when its weekday pins the year ("On Monday, Oct 15" is 2018).
  if (!found || (found.match.year === undefined && found.match.weekday === undefined)) return undefined;
  return dayOf(resolvedAt(found.match, found.range, resolveTime(found.match, ctx), 'text'));
}

/**
 * The first full date (with a year, or a weekday that pins it) in the title, the Summary section, the summary's fields
 * or the lead paragraph (under the title, or before the first heading): "failed for 38 minutes on June 4, 2024",
 * "On Monday, Oct 15, starting at approximately 20:00 UTC".
 */
function summaryDate(model: PostmortemModel): { match: TimeMatch; range: Range } | undefined {
  const scanned = scannedLinesOf(model);
  const dateOn = (line: number | undefined): { match: TimeMatch; range: Range } | undefined => {
    const text = line === undefined ? '' : model.lines[line - 1] ?? '';
    if (text.length > MAX_SCANNED_LINE) return undefined;
    const record = line === undefined ? undefined : scanned[line - 1]?.record;
    const match = timesOfLine(record, text).find((m) => (m.year !== undefined || m.weekday !== undefined) && m.month !== undefined && m.day !== undefined && !m.invalid);
    return match && { match, range: spanToRange(line!, 0, match) };
  };
  // In order, each looked at only when the ones before give no date: the title, the Summary section, the fields that
  // stand for it, the lead paragraph.
  const title = dateOn(model.title?.range.start.line) ?? dateOn(openingHeadingLine(model, scanned));
  if (title) return title;
  const summary = model.sections.find((s) => s.standard === 'summary');
  if (summary) {
    for (let line = summary.bodyStartLine; line <= summary.endLine; line++) {
      const found = dateOn(line);
      if (found) return found;
    }
  }
  for (const f of model.fields) {
    const found = fieldCoversSection(f) === 'summary' ? dateOn(f.valueRange.start.line) : undefined;
    if (found) return found;
  }
  for (const line of leadLines(model, scanned)) {
    const found = dateOn(line);
    if (found) return found;
  }
  return undefined;
}

/**
 * The line of the heading that opens a document whose title is the front matter's (`title: Cache outage`, then
 * `### Cache outage: 26 September 2025`): the heading would be the title without it, and may date the document as the
 * title does. Undefined when the title is that heading, or the first heading names a section or does not open it.
 */
function openingHeadingLine(model: PostmortemModel, scanned: readonly ScannedLine[]): number | undefined {
  const first = model.sections[0];
  if (!first || !model.title || model.title.range.start.line === first.headingRange.start.line || !isTitle(first, scanned)) return undefined;
  return first.headingRange.start.line;
}

/** A month name and a year with no day between them: "July 2017", "Sept. 2024", "juin 2025", "im März 2024". */
const MONTH_YEAR = new RegExp(MONTH_YEAR_SRC, 'iu');

/** The year of a month and year written in the title without a day ("# July 2017 IT service disruption summary"). */
function monthYearInTitle(model: PostmortemModel): number | undefined {
  const line = model.title?.range.start.line;
  const text = line === undefined ? '' : model.lines[line - 1] ?? '';
  if (text.length > MAX_SCANNED_LINE) return undefined;
  const m = MONTH_YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** How many lines of a lead paragraph are searched for the document's date. */
const MAX_LEAD_LINES = 40;

/** The lines (1-based) of text that open the document (`leadSpans`), at most `MAX_LEAD_LINES` of each span. */
function leadLines(model: PostmortemModel, scanned: readonly ScannedLine[]): number[] {
  const out: number[] = [];
  for (const [from, to] of leadSpans(model)) {
    for (let line = from; line < Math.min(to, from + MAX_LEAD_LINES); line++) if (scanned[line - 1]?.kind === 'text') out.push(line);
  }
  return out;
}

function dayOf(t: ResolvedTime): CivilDate | undefined {
  const { year, month, day } = t.written;
  if (t.instant === undefined || year === undefined || month === undefined || day === undefined) return t.resolvedDate;
  return { year, month, day };
}

/**
 * Builds a ResolvedTime from a scanner match and its resolution. The usual shapes (a date, and a written zone) are
 * built whole, in the order of the keys added one by one otherwise: an object given keys after it is made keeps them
 * in a second, separate store.
 */
function resolvedAt(match: TimeMatch, range: Range, r: TimeResolution, source: ResolvedTime['source']): ResolvedTime {
  const written = { year: match.year, month: match.month, day: match.day, weekday: match.weekday, hour: match.hour, minute: match.minute, second: match.second };
  const zone = match.zone;
  let t: ResolvedTime;
  if (r.date && zone) {
    t = {
      text: match.text, range, instant: r.instant, zone: r.zone, offsetMinutes: r.offsetMinutes, unknown: match.unknown, assumptions: r.assumptions,
      source, match, written, resolvedDate: r.date, zoneText: zone.text, zoneRange: zoneRangeOf(match, zone, range),
    };
  } else if (r.date) {
    t = {
      text: match.text, range, instant: r.instant, zone: r.zone, offsetMinutes: r.offsetMinutes, unknown: match.unknown, assumptions: r.assumptions,
      source, match, written, resolvedDate: r.date,
    };
  } else {
    t = { text: match.text, range, instant: r.instant, zone: r.zone, offsetMinutes: r.offsetMinutes, unknown: match.unknown, assumptions: r.assumptions, source, match, written };
    if (zone) {
      t.zoneText = zone.text;
      t.zoneRange = zoneRangeOf(match, zone, range);
    }
  }
  if (r.unresolved) t.problem = r.unresolved;
  if (r.zoneAssumed) t.zoneAssumed = true;
  if (r.zoneCandidates) t.zoneCandidates = r.zoneCandidates;
  return t;
}

/** Where the zone of a match whose document range is `range` is written. */
function zoneRangeOf(match: TimeMatch, zone: ZoneMention, range: Range): Range {
  // A zone that ends the time (most do) ends where its range ends: the same position serves both.
  const end = zone.end === match.end && range.end.line === range.start.line && range.end.column - range.start.column === match.end - match.start
    ? range.end : { line: range.start.line, column: range.start.column + zone.end - match.start };
  return { start: { line: range.start.line, column: range.start.column + zone.start - match.start }, end };
}

function sameDay(a: CivilDate | undefined, b: CivilDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day);
}

/** Zones that read a time alike: the zone a text names is a function of the text. */
function sameZone(a: ZoneMention | undefined, b: ZoneMention | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.zone?.zone === b.zone?.zone && a.zone?.kind === b.zone?.kind);
}

/**
 * A timeline entry's time as resolved in the last check, with everything it depended on: the place, the context,
 * the entry's day, and where the reading stood before it (the sequence's last instant and day, the zone carried
 * along and its text); and where the reading stood after it.
 */
interface KeptEntryTime {
  line: number;
  column: number;
  /** The context key (see `contextKey`). */
  context: string;
  dateText?: string;
  /** Whether the entry before was dated by the same heading, date line or row (see `analyzeTimeline`). */
  sameDate: boolean;
  /** The scanned time (the same object while the line is unchanged). */
  match: TimeMatch;
  previous?: number;
  day?: CivilDate;
  last?: ZoneMention;
  carried?: string;
  time: ResolvedTime;
  nextPrevious?: number;
  nextDay?: CivilDate;
  nextLast?: ZoneMention;
  nextCarried?: string;
}

const oldestFirstEntryTimes = lineSlot<KeptEntryTime>();
/**
 * The same, for the reading of a timeline written newest first, and for that reading from a later day (`onStartDay`):
 * each reading keeps its own, so that a check that makes two readings finds both kept in the next check.
 */
const newestFirstEntryTimes = lineSlot<KeptEntryTime>();
const shiftedEntryTimes = lineSlot<KeptEntryTime>();

/**
 * Resolves timeline entries in order, with `### date` headings or date columns giving the day: each entry with its
 * time. Each entry's time depends on the context and on the entries before it only through the sequence's state (the
 * last instant, the day, the zone carried from an entry before): an unchanged entry at the same place, reached in
 * the same state, takes the time it had in the last check. `entryTimes` is where the reading keeps its times:
 * `oldestFirstEntryTimes` reads oldest first, the others newest first.
 */
function analyzeTimeline(model: PostmortemModel, ctx: TimeContext, entryTimes: typeof oldestFirstEntryTimes): { entry: TimelineEntry; time: ResolvedTime }[] {
  const scanned = scannedLinesOf(model);
  const context = contextKey(ctx);
  const state = sequenceStart(ctx, entryTimes !== oldestFirstEntryTimes);
  // Without a document zone, a time without one is read in the zone last written in the timeline (`last`), and says
  // so (`carried`, the text of that zone).
  let last: ZoneMention | undefined;
  let carried: string | undefined;
  // The date given by the entry before (its heading, date line or an earlier row): an entry dated by the same one is
  // read as the times after a dated entry are, on the day the entries before it reached (over midnight included).
  let previousDate: Range | undefined;
  return model.timeline.map((entry) => {
    const dateRange = entry.dateRange;
    const sameDate = dateRange !== undefined && previousDate !== undefined && dateRange.start.line !== entry.line && sameRange(dateRange, previousDate);
    previousDate = dateRange;
    const { start, end } = entry.timeRange;
    // The entry's time as the scan of its whole line reads it (positions from the line's start), or, when that scan
    // cannot tell, as a scan of its span reads it (positions from the span's start).
    const fromLine = entryMatchOfLine(model, entry.timeRange, scanned);
    const match = fromLine ?? firstMatchIn(model, entry.timeRange, scanned);
    if (!match) return { entry, time: unreadable(entry.timeText, entry.timeRange) };
    const offset = fromLine ? 0 : start.column - 1;
    const record = start.line === end.line ? scanned[start.line - 1]?.record : undefined;
    const kept = record && entryTimes.get(record);
    if (kept && kept.match === match && kept.column === start.column && kept.context === context && kept.sameDate === sameDate
      && kept.dateText === entry.dateText && kept.previous === state.previous && kept.carried === carried && sameDay(kept.day, state.day) && sameZone(kept.last, last)) {
      state.previous = kept.nextPrevious;
      state.day = kept.nextDay;
      last = kept.nextLast;
      carried = kept.nextCarried;
      // A line moved by a new or deleted line above it reads the same: only its ranges move. (The line of the time,
      // which may be below the entry's first: a status update's time under its text.)
      if (kept.line !== start.line) {
        kept.line = start.line;
        kept.time = atLine(kept.time, start.line);
      }
      return { entry, time: kept.time };
    }
    // The date of a heading or column joins a copy of the match (matches are shared between checks).
    let m = match;
    if (entry.dateText && m.month === undefined && !(sameDate && state.day)) {
      const date = (dayFirst ? scanTimes(entry.dateText, true) : findTimes(entry.dateText)).find((d) => d.month !== undefined && d.day !== undefined)
        ?? monthDayAlone(entry.dateText, dayFirst);
      if (date) m = Object.assign({}, m, { year: date.year, month: date.month, day: date.day, weekday: m.weekday ?? date.weekday, kind: 'datetime' as const });
    }
    const previous = state.previous;
    const day = state.day;
    const lastBefore = last;
    const carriedBefore = carried;
    let input = m;
    if (!ctx.zone) {
      if (m.zone) { if (m.zone.zone) last = regionalZone(m.zone); }
      // Object.assign, not a spread: spreading objects of this size is slow on long timelines.
      else if (last) input = Object.assign({}, m, { zone: last });
    }
    const r = resolveNext(input, ctx, state);
    if (!ctx.zone) {
      if (!m.zone && carried && r.instant !== undefined) r.assumptions = [...r.assumptions.filter((a) => !a.startsWith('no zone')), `zone ${carried} from the entry before`];
      if (m.zone?.zone) carried = m.zone.text;
    }
    // A time that is the whole span (most are) has the entry's own time range (ranges are never changed).
    const whole = offset + match.start === start.column - 1 && start.line === end.line && offset + match.end === end.column - 1;
    const time = resolvedAt(m, whole ? entry.timeRange : spanToRange(start.line, offset, match), r, 'timeline');
    if (record) {
      entryTimes.set(record, {
        line: start.line, column: start.column, context, dateText: entry.dateText, sameDate, match, previous, day, last: lastBefore, carried: carriedBefore,
        time, nextPrevious: state.previous, nextDay: state.day, nextLast: last, nextCarried: carried,
      });
    }
    return { entry, time };
  });
}

/** The analyzed entry of a line in the last check, with what it was made of. */
const analyzedEntries = lineSlot<{ entry: TimelineEntry; time: ResolvedTime; start: number | undefined; analyzed: AnalyzedTimelineEntry }>();

/** `analyzedEntry`, taken from the last check when the entry, its time and the start are the same objects. */
function analyzedEntryOf(scanned: readonly ScannedLine[], e: TimelineEntry, time: ResolvedTime, startInstant: number | undefined): AnalyzedTimelineEntry {
  const record = scanned[e.line - 1]?.record;
  const kept = record && analyzedEntries.get(record);
  if (kept && kept.entry === e && kept.time === time && kept.start === startInstant) return kept.analyzed;
  const analyzed = analyzedEntry(e, time, startInstant);
  if (record) analyzedEntries.set(record, { entry: e, time, start: startInstant, analyzed });
  return analyzed;
}

/**
 * A timeline entry with its time and, when both are known, its offset from the start. Built field by field in the
 * model's order: spreading an entry (`{ ...entry, time }`) costs microseconds per entry on long timelines.
 */
function analyzedEntry(e: TimelineEntry, time: ResolvedTime, startInstant: number | undefined): AnalyzedTimelineEntry {
  // The offset is a key of the literal too: a key added to an object after it is made goes to a separate store.
  if (startInstant !== undefined && time.instant !== undefined) {
    const offsetFromStartMinutes = Math.round((time.instant - startInstant) / 60_000);
    return 'dateText' in e
      ? { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, dateText: e.dateText, dateRange: e.dateRange, time, offsetFromStartMinutes }
      : { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, time, offsetFromStartMinutes };
  }
  return 'dateText' in e
    ? { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, dateText: e.dateText, dateRange: e.dateRange, time }
    : { kind: e.kind, line: e.line, range: e.range, timeText: e.timeText, timeRange: e.timeRange, text: e.text, textRange: e.textRange, time };
}

/**
 * A time read on one line, as read on line `line` instead: the same match, resolution and written parts (shared: times
 * are never changed), ranges on that line. Built with the keys of `resolvedAt`, in its order.
 */
function atLine(t: ResolvedTime, line: number): ResolvedTime {
  const range = { start: { line, column: t.range.start.column }, end: { line, column: t.range.end.column } };
  const moved: ResolvedTime = {
    text: t.text, range, instant: t.instant, zone: t.zone, offsetMinutes: t.offsetMinutes,
    unknown: t.unknown, assumptions: t.assumptions, source: t.source, match: t.match, written: t.written,
  };
  if (t.resolvedDate) moved.resolvedDate = t.resolvedDate;
  if (t.zoneRange) {
    moved.zoneText = t.zoneText;
    moved.zoneRange = { start: { line, column: t.zoneRange.start.column }, end: { line, column: t.zoneRange.end.column } };
  }
  if (t.problem) moved.problem = t.problem;
  if (t.zoneAssumed) moved.zoneAssumed = true;
  if (t.zoneCandidates) moved.zoneCandidates = t.zoneCandidates;
  return moved;
}

/** `PST` carried to later entries means Pacific time (PDT after the change), unless the abbreviation is used all year. */
function regionalZone(z: ZoneMention): ZoneMention {
  const info = z.zone!;
  const row = ABBREVIATIONS.find((r) => r.abbreviation === info.abbreviation && r.region === info.region);
  if (info.kind !== 'abbreviation' || !info.region || !row || row.keepAllYear) return z;
  const zone = { zone: info.region, kind: 'generic' as const, name: info.region, region: info.region };
  return { ...z, zone, candidates: [zone] };
}

/** A timeline time the scanner could not read at all. */
function unreadable(text: string, range: Range): ResolvedTime {
  return {
    text, range, assumptions: [], source: 'timeline', written: {},
    match: { start: 0, end: text.length, text, kind: 'time', invalid: `"${text}" is not a time` },
    problem: { reason: 'invalid', message: `"${text}" is not a time this tool can read` },
  };
}

/**
 * Whether the document being analyzed writes slashed dates day first (see `writesDayFirst`): set by `analyze` before
 * it reads a time, read by the accessors below (one flag, not a parameter through every reader of times).
 */
let dayFirst = false;
/** The ambiguous abbreviations the document being analyzed uses as a team's name (`teamNamesOf`), joined by commas. */
let teamNames = '';

/** The times written on a line as scanned in US order, kept in the line's record (shared with the timeline's reader). */
const usTimesOfLine = lineTimes;
/** The same, with slashed dates that either order reads read day first, kept apart. */
const dayFirstTimesOfLine = perLine((line: string) => scanTimes(line, true));
const usTimesInSpan = perLineSpan((line: string, from: number, to: number) => scanTimes(line.slice(from, to)));
const dayFirstTimesInSpan = perLineSpan((line: string, from: number, to: number) => scanTimes(line.slice(from, to), true));

/**
 * The times written on a line, in the order of day and month the document writes; an abbreviation the document uses
 * as a team's name is no zone before the rest of a sentence (`08:30 IST began the failover`: see `teamZonesLeftOut`).
 */
function timesOfLine(record: LineRecord | undefined, line: string): readonly TimeMatch[] {
  const us = usTimesOfLine(record, line);
  const times = dayFirst && hasEitherOrder(us) ? dayFirstTimesOfLine(record, line) : us;
  return teamNames === '' ? times : teamZonesLeftOut(record, line, times, teamNames);
}

/** The times written in a span of a line (a timeline entry's time, a field's value), as `timesOfLine`. */
function timesInSpan(record: LineRecord | undefined, line: string, from: number, to: number): readonly TimeMatch[] {
  const us = usTimesInSpan(record, line, from, to);
  const times = dayFirst && hasEitherOrder(us) ? dayFirstTimesInSpan(record, line, from, to) : us;
  return teamNames === '' ? times : teamZonesLeftOut(record, line, times, teamNames, from, to);
}

function hasEitherOrder(times: readonly TimeMatch[]): boolean {
  for (const m of times) if (m.dateOrder === 'either') return true;
  return false;
}

/**
 * True when the document proves it writes slashed dates day first: one such as 13/03/2024 (13 cannot be a month) and
 * none such as 03/13/2024. Its dates that either order reads (05/03/2024) are then read day first, as its writer
 * means them, where US order would read `### 12/03/2024` then `### 13/03/2024` as December 3, then March 13. Code,
 * comments and front matter do not count.
 */
function writesDayFirst(model: PostmortemModel): boolean {
  const scanned = scannedLinesOf(model);
  let day = false;
  let month = false;
  for (let i = 0; i < model.lines.length; i++) {
    const s = scanned[i];
    const line = model.lines[i];
    if (!s || s.kind === 'code' || s.kind === 'fence' || s.kind === 'comment' || s.kind === 'frontmatter' || line.length > MAX_SCANNED_LINE) continue;
    // only a slashed date with a year tells an order: a line with no slash is not scanned for one
    if (!line.includes('/')) continue;
    for (const m of usTimesOfLine(s.record, line)) {
      if (m.dateOrder === 'day-first') day = true;
      else if (m.dateOrder === 'month-first') month = true;
    }
  }
  // A month and day alone that dates timeline entries (`### 13/3`, a date column's `1/28`) tells the order too.
  for (const e of model.timeline) {
    const order = e.dateText?.includes('/') ? monthDayAlone(e.dateText)?.order : undefined;
    if (order === 'day-first') day = true;
    else if (order === 'month-first') month = true;
  }
  return day && !month;
}

/** The times of a line outside the timeline and fields, resolved in a context: kept in the line's record. */
const otherTimes = lineSlot<{ line: number; context: string; times: (ResolvedTime | undefined)[] }>();

/**
 * Everything of a context that resolving a time reads, as text: two contexts with the same key resolve every time
 * alike. `now` counts only as its UTC day (it only dates weekdays: see `inferYear`). The order of day and month the
 * document writes (`dayFirst`) counts too: it gives the date a heading or date column gives its entries.
 */
function contextKey(ctx: TimeContext): string {
  const day = (d: CivilDate | undefined) => (d ? `${d.year}-${d.month}-${d.day}` : '');
  return [ctx.zone ?? '', ctx.zoneSource ?? '', day(ctx.referenceDate), ctx.yearHint ?? '', day(ctx.fileNameDate), Math.floor((ctx.now ?? Date.now()) / 86_400_000), dayFirst ? 'day-first' : '', teamNames].join('|');
}

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
    if (kept !== undefined && kept.context !== context) kept = undefined;
    if (kept !== undefined && kept.line !== i + 1) {
      kept.line = i + 1;
      kept.times = kept.times.map((t) => t && atLine(t, i + 1));
    }
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k];
      if (m.kind === 'date' && m.year === undefined && m.weekday === undefined) continue;
      // A time already placed (a field, a timeline entry) is not resolved a second time.
      if (known(i + 1, m.start + 1)) continue;
      if (kept === undefined) {
        kept = { line: i + 1, context, times: new Array<ResolvedTime | undefined>(matches.length) };
        otherTimes.set(record, kept);
      }
      add(kept.times[k] ??= resolvedAt(m, spanToRange(i + 1, 0, m), resolveTime(m, ctx), 'text'));
    }
  }
}

/** Sections whose prose states the outage window. */
const WINDOW_SECTIONS: ReadonlySet<string> = new Set(['summary', 'impact']);
/**
 * "between" or "from" right before the first time of a window, maybe with "approximately" between them and emphasis
 * around the times ("from **03:26 to 06:19 UTC**").
 */
const WINDOW_BEFORE = /(?<![\p{L}])(?:between|from|entre(?:\s+las)?|de|von|zwischen|desde(?:\s+las)?|de\s+las)\s+[*_]{0,3}(?:(?:approximately|approx\.|about|around|roughly|circa|environ|ca\.|etwa|aproximadamente|~)\s*[*_]{0,3})?$/iu;
/**
 * What joins the two times of a window; in French, German and Spanish too ("entre 14h05 et 15h10", "de 14h à 15h30",
 * "zwischen 14:05 und 15:10", "von 14:05 bis 15:10 Uhr", "entre las 14:05 y las 15:10", "desde las 14:05 hasta las 15:10"),
 * maybe after a note on the start in parentheses ("from ~12:00 (maybe before) to 17:55 UTC").
 */
const WINDOW_GAP = new RegExp(String.raw`^\s*(?:${START_NOTE_SRC}\s*)?(?:and|to|until|till|et|à|und|bis|y(?:\s+las)?|a(?:\s+las)?|hasta(?:\s+las)?|-|–|—|->|→)\s*(?:(?:approximately|approx\.|about|around|ca\.|etwa|~|≈)\s*)?$`, 'i');

/**
 * The outage window stated in the Summary or Impact, else in the lead paragraph (blog posts open with it): two times
 * written "between 12:17 and 12:30 UTC", "between approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27 UTC" or
 * "from 23:40 to 00:15 UTC", both resolved (the date from the document's date when they have none; the end on the next
 * day when it is more than 12 hours before the start). The first such window wins; a window in the Duration field
 * comes first (it gives both before the timeline is read when no field states either: see `analyze`).
 */
function statedWindow(model: PostmortemModel, ctx: TimeContext): [ResolvedTime, ResolvedTime] | undefined {
  const scanned = scannedLinesOf(model);
  const fromDuration = durationFieldWindow(model, ctx, scanned);
  if (fromDuration) return fromDuration;
  for (const line of summaryLines(model, scanned)) {
    const text = model.lines[line - 1] ?? '';
    const s = scanned[line - 1];
    if (!s || (s.kind !== 'text' && s.kind !== 'list') || text.length > MAX_SCANNED_LINE) continue;
    const window = windowIn(text, line, timesOfLine(s.record, text), ctx, true);
    if (window) return window;
  }
  return undefined;
}

/** The lines that sum the incident up: the Summary and Impact sections, then the lead paragraph. */
function summaryLines(model: PostmortemModel, scanned: readonly ScannedLine[]): number[] {
  const lines: number[] = [];
  for (const section of model.sections) {
    if (!section.standard || !WINDOW_SECTIONS.has(section.standard)) continue;
    for (let line = section.bodyStartLine; line <= section.endLine; line++) lines.push(line);
  }
  lines.push(...leadLines(model, scanned));
  return lines;
}

/** What a sentence's start is the start of: the outage, errors and the like ("the deploy started" is no outage). */
const OUTAGE_SUBJECT = '(?:problems?|issues?|errors?|failures?|outage|incident|impact|downtime|degradation|disruption)';

/**
 * "Errors started at 14:02", "the outage began around 9:40 PM", "the site went down at 9:40", "the API stopped responding
 * at 9:40", "services ceased to be accessible around 16:40", "was unavailable from
 * 17:45 UTC", "began experiencing increased error rates", "we began seeing elevated errors", a sentence that opens
 * with "Starting at" or "Beginning at": in a summary, unlike in a timeline entry, the time written next to a start is
 * that start.
 */
const PROSE_START = new RegExp(String.raw`\b${OUTAGE_SUBJECT}\s+(?:began|started|begins|starts)\b|\b(?:began|started)\s+(?:to\s+fail|failing|erroring|returning\s+errors|timing\s+out|degrading)\b|\b(?:became|went)\s+(?:inaccessible|unavailable|unreachable|unresponsive|down|offline)\b|\b(?:was|were)\s+(?:inaccessible|unavailable|unreachable|down|offline)\s+(?:from|since)\b|\b(?:began|started)\s+(?:experiencing|seeing|to\s+see|observing|to\s+observe)\b|^\W*(?:starting|beginning)\s+(?:at|around|on|from|approximately|about|shortly\s+after|~)|\b(?:ceased?|ceases|stopped)\s+(?:to\s+be\s+(?:accessible|available|reachable)|responding|working)\b`, 'i');

/**
 * "... and ended at 15:10 UTC", "it recovered at 15:10": the end of what the sentence began with; "full service resumed
 * at 18:00 UTC"; "and lasting until 14:44 UTC".
 */
const PROSE_END = /\b(?:and|then|it|outage|incident|impact|downtime)\s+(?:ended|ends|recovered)\b(?!\s+up\b)|\b(?:full|normal)\s+service\s+(?:resumed|was\s+resumed)\b|\blast(?:ing|ed)\s+until\b/i;

/**
 * The start and the end the summary's sentences state, each from a sentence that marks it (the timeline's markers,
 * `PROSE_START` and `PROSE_END`) and holds one time of day, or one sentence that marks both and holds two ("the outage began at
 * 14:02 and ended at 15:10 UTC"). A sentence with more times than that is left alone: which one is meant is a guess.
 * The first such sentence wins; an end without a date is on the start's day (or the next, when it is before it).
 */
function proseMilestones(model: PostmortemModel, ctx: TimeContext, knownStart: ResolvedTime | undefined): { start?: ResolvedTime; end?: ResolvedTime } {
  const scanned = scannedLinesOf(model);
  const out: { start?: ResolvedTime; end?: ResolvedTime } = {};
  let startMatch: [TimeMatch, number, CivilDate | undefined] | undefined;
  let endMatch: [TimeMatch, number, CivilDate | undefined] | undefined;
  for (const line of summaryLines(model, scanned)) {
    if (startMatch && endMatch) break;
    const text = model.lines[line - 1] ?? '';
    const s = scanned[line - 1];
    if (!s || (s.kind !== 'text' && s.kind !== 'list') || text.length > MAX_SCANNED_LINE) continue;
    const times = timesOfLine(s.record, text);
    if (times.length === 0) continue;
    for (const [from, to] of sentencesOf(text)) {
      const clocks = times.filter((m) => m.start >= from && m.end <= to && m.hour !== undefined && !m.unknown && !m.invalid);
      if (clocks.length === 0 || clocks.length > 2) continue;
      const sentence = text.slice(from, to);
      const mask = readMask(sentence);
      const starts = hasMark(mask, 'start') || PROSE_START.test(sentence);
      const ends = hasMark(mask, 'end') || hasMark(mask, 'resolved') || PROSE_END.test(sentence);
      // a date written apart in the sentence ("On 2024-03-12 the outage began at 14:02") dates its times
      const dates = times.filter((m) => m.start >= from && m.end <= to && m.kind === 'date' && m.year !== undefined && m.month !== undefined && m.day !== undefined && !m.invalid);
      const day = dates.length === 1 ? { year: dates[0].year!, month: dates[0].month!, day: dates[0].day! } : undefined;
      if (starts && ends && clocks.length === 2) {
        // one zone written after both ("began at 14:02 and ended at 15:10 UTC") is both's (copies: matches are shared)
        const [a, b] = clocks;
        startMatch ??= [!a.zone && b.zone ? Object.assign({}, a, { zone: b.zone }) : a, line, day];
        endMatch ??= [b, line, day];
      } else if (clocks.length === 1 && starts !== ends) {
        if (starts) startMatch ??= [clocks[0], line, day];
        else endMatch ??= [clocks[0], line, day];
      } else {
        // "the issue was mitigated at 14:30 UTC and resolved at 14:44 UTC": each time by the words right before it; a
        // zone written only after the later one is both's (copies: matches are shared)
        for (let k = 0; k < clocks.length; k++) {
          const said = clauseMilestone(text.slice(k === 0 ? from : clocks[k - 1].end, clocks[k].start));
          if (!said) continue;
          const later = clocks[k + 1];
          const m = !clocks[k].zone && later?.zone ? Object.assign({}, clocks[k], { zone: later.zone }) : clocks[k];
          if (said === 'start') startMatch ??= [m, line, day];
          else endMatch ??= [m, line, day];
        }
      }
    }
  }
  let start = knownStart;
  const dated = (c: TimeContext, day: CivilDate | undefined, m: TimeMatch) => (day && m.month === undefined ? { ...c, referenceDate: day, yearHint: day.year } : c);
  if (startMatch) {
    const [m, line, written] = startMatch;
    const t = resolvedAt(m, spanToRange(line, 0, m), resolveTime(m, dated(ctx, written, m)), 'text');
    if (t.instant !== undefined) out.start = start = t;
  }
  if (endMatch) {
    const [m, line, written] = endMatch;
    const endCtx = dated(ctx, written ?? (start && dayOf(start)), m);
    const t = resolvedAt(m, spanToRange(line, 0, m), afterStart(resolveTime(m, endCtx), m, start?.instant), 'text');
    if (t.instant !== undefined && (start?.instant === undefined || t.instant >= start.instant)) out.end = t;
  }
  return out;
}

/**
 * What the words right before a time say happened at it: "the outage began at", "errors started around", a sentence
 * that opens "Starting at" (the start); "was resolved at", "recovered by", "back to normal at", "lasting until" (the
 * end). Not "was not resolved at", nor a time the words do not lead up to ("the deploy started at" is no outage).
 */
function clauseMilestone(clause: string): 'start' | 'end' | undefined {
  if (CLAUSE_START.test(clause)) return 'start';
  if (CLAUSE_END.test(clause)) return 'end';
  return undefined;
}

/** The words between a milestone's verb and its time: "at", "around", "by", "approximately", "~". */
const LEAD_IN = String.raw`\s+(?:(?:at|around|by|on|from|until|approximately|about|roughly|shortly\s+after)\s*|~\s*)*$`;
const CLAUSE_START = new RegExp(String.raw`(?:\b${OUTAGE_SUBJECT}\s+(?:began|started)|^\W*(?:starting|beginning))${LEAD_IN}`, 'i');
const CLAUSE_END = new RegExp(String.raw`(?<!\b(?:not|never)\s+(?:(?:yet|fully|been)\s+)*)\b(?:resolved|restored|recovered|ended|back\s+to\s+normal|back\s+online|lasting\s+until|lasted\s+until)${LEAD_IN}`, 'i');

/** The clauses of a line, as [from, to) offsets: up to a full stop, `!` or `?` before a capital letter, or a `;`. */
function sentencesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    out.push([from, m.index + 1]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

const SENTENCE_END = /[.!?]\s+(?=[A-Z])|;\s*/g;

/**
 * The window a Duration field states as two times: "**Duration:** 12:22PM PST to 3:00PM PST", "~6 hours
 * (approximately 18:00 – 00:30 UTC)". The label says it is the window: no "between" is needed.
 */
function durationFieldWindow(model: PostmortemModel, ctx: TimeContext, scanned: readonly ScannedLine[]): [ResolvedTime, ResolvedTime] | undefined {
  const field = model.fields.find((f) => f.key === 'duration' && f.value !== '');
  if (!field) return undefined;
  const line = field.valueRange.start.line;
  const text = model.lines[line - 1] ?? '';
  if (text.length > MAX_SCANNED_LINE) return undefined;
  const from = field.valueRange.start.column - 1;
  const to = field.valueRange.end.line === line ? field.valueRange.end.column - 1 : text.length;
  const matches = timesOfLine(scanned[line - 1]?.record, text).filter((m) => m.start >= from && m.end <= to && m.hour !== undefined);
  return windowIn(text, line, matches, ctx, false);
}

/**
 * A stated duration, then the window in parentheses: "For 42 minutes on March 12, 2024 (14:02-14:44 UTC)", "On
 * 2024-03-12, for about 2 hours and 20 minutes (~15:03–17:23 UTC)", "the outage lasted 40 minutes (14:02-14:42)".
 * The duration says the two times are the outage's ends. "For" opens the sentence or a clause: in "the job runs for
 * 2 hours (01:00-03:00)" the hours are the job's.
 */
const DURATION_THEN_PAREN = /(?:(?:^|[.;,:])[\s*_-]*for|\blast(?:ed|ing|s)(?:\s+for)?)\s+(?:(?:about|approximately|approx\.|around|roughly|nearly|almost|over|~)\s*)?\d+(?:[.,]\d+)?\s*(?:minutes?|mins?|hours?|hrs?|h|days?)\b[^()]{0,40}\(\s*[*_]{0,3}(?:(?:approximately|approx\.|about|around|roughly|~)\s*)?$/i;

/**
 * True when "between" or "from" opens a window at the time `a`: before it ("between 2025-03-02 22:40 and ..."), or
 * between its date and its clock ("2024-05-18 from ~09:30 to 13:10", which the date joins); or when the window is in
 * parentheses after a stated duration (`DURATION_THEN_PAREN`).
 */
function windowOpensAt(text: string, a: TimeMatch): boolean {
  if (WINDOW_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) return true;
  if (text.includes('(') && DURATION_THEN_PAREN.test(text.slice(0, a.start))) return true;
  const clockAt = a.kind === 'datetime' && a.timeSpan && a.timeSpan.start > a.start ? a.timeSpan.start : a.start;
  return clockAt > a.start && WINDOW_BEFORE.test(text.slice(Math.max(a.start, clockAt - 30), clockAt));
}

/**
 * The day of the last date with its year written before `matches[k]` in the same sentence (no full stop, `;` or `!`/`?`
 * between them), or undefined.
 */
function dateBefore(text: string, matches: readonly TimeMatch[], k: number): CivilDate | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const d = matches[j];
    if (/[.;!?]\s/.test(text.slice(d.end, matches[k].start))) return undefined;
    if (d.kind === 'date' && d.year !== undefined && d.month !== undefined && d.day !== undefined && !d.invalid) return { year: d.year, month: d.month, day: d.day };
  }
  return undefined;
}

/**
 * The first window in a line's times: two times of day, not dates, joined by "and", "to", "until", a dash or an arrow, the first
 * after "between" or "from" when `needsBetween`.
 */
function windowIn(text: string, line: number, matches: readonly TimeMatch[], ctx: TimeContext, needsBetween: boolean): [ResolvedTime, ResolvedTime] | undefined {
  for (let k = 0; k + 1 < matches.length; k++) {
    const b = matches[k + 1];
    let a = matches[k];
    if (a.kind === 'date' || b.kind === 'date' || a.unknown || b.unknown) continue;
    if ((needsBetween && !windowOpensAt(text, a)) || !WINDOW_GAP.test(text.slice(a.end, b.start))) continue;
    // "between 12:17 and 12:30 UTC on 2023-07-20": the date written after the end is the window's, and dates its
    // start; the end is then read as a time of day, on the next day when it is before the start (copies: matches
    // are shared between checks)
    let endAsWritten = b;
    let startCtx = ctx;
    let endCtx = ctx;
    if (a.month === undefined && b.month !== undefined && b.day !== undefined) {
      a = Object.assign({}, a, { year: b.year, month: b.month, day: b.day, kind: 'datetime' as const });
      endAsWritten = Object.assign({}, b, { year: undefined, month: undefined, day: undefined, kind: 'time' as const });
      endCtx = { ...ctx, referenceDate: { year: b.year ?? ctx.yearHint ?? 0, month: b.month, day: b.day } };
      if (b.year === undefined && ctx.yearHint === undefined) continue;
    } else if (a.month === undefined && b.month === undefined) {
      // "On 2023-07-20, between 09:10 and 09:50 CEST": a date written before the window, in its sentence, is its day
      const day = dateBefore(text, matches, k);
      if (day) startCtx = endCtx = { ...ctx, referenceDate: day, yearHint: day.year };
    }
    const start = resolvedAt(a, spanToRange(line, 0, a), resolveTime(a, startCtx), 'text');
    if (start.instant === undefined) continue;
    const end = resolvedAt(b, spanToRange(line, 0, b), afterStart(resolveTime(endAsWritten, endCtx), endAsWritten, start.instant), 'text');
    if (end.instant !== undefined) return [start, end];
  }
  return undefined;
}
