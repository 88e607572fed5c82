// Without a start and an end there is no duration, no time to detect, and no way to check the timeline.
import { entryMarks, hasMark, marksSymptom, type MarkerKind } from '../analysis/markers';
import type { StatedDuration } from '../analysis/stated-duration';
import type { Analysis, AnalyzedTimelineEntry, Metrics, Milestone, ResolvedTime } from '../analysis/types';
import { scannedLinesOf } from '../model/parse';
import { isPlaceholderText } from '../model/sections';
import type { PostmortemModel } from '../model/types';
import { formatTimestamp, type TimestampStyle } from '../templates/timestamp';
import { findTimes, lookupZone } from '../time';
import type { Fix, Range } from '../types';
import type { AnalysisRule, Report } from './types';
import { lineRange } from './text';
import { asWritten } from './times';

type Edge = 'start' | 'end';

/** How a derived start or end is written: `2024-03-12 14:02 UTC`, named by its abbreviation then or its offset (`UTC+01:00`). */
const FIELD_STYLE: TimestampStyle = { date: 'iso', isoT: false, clock: '24h', meridiem: 'upper', seconds: false, zone: 'abbreviation' };

/** PM003: the outage start or end is missing, unreadable, not known yet (`??:??`) or has no date. */
export const startEndMissing: AnalysisRule = {
  id: 'PM003',
  name: 'start-end-missing',
  description: 'The outage start and end are stated (front matter, a labelled field or a marked timeline entry) and readable.',
  defaultSeverity: 'warning',
  tags: ['time', 'metrics'],
  docs: 'docs/rules/PM003.md',
  scope: 'analysis',
  check(ctx, report) {
    const { model, metrics } = ctx.analysis;
    const missing: Edge[] = [];
    for (const edge of ['start', 'end'] as const) {
      const milestone = metrics[edge] ?? markedEntry(model, ctx.analysis.timeline, edge);
      if (milestone) checkMilestone(edge, milestone, report);
      else if (!reportUnreadable(model, edge, report) && !(edge === 'start' && reportUndatedSymptom(ctx.analysis, report))) missing.push(edge);
    }
    if (missing.length === 0) return;
    const what = missing.length === 2 ? 'The outage start and end are' : `The outage ${missing[0]} is`;
    const fields = missing.map((e) => `"${e === 'start' ? 'Start' : 'End'}:"`).join(' and ');
    const markers = missing.map((e) => (e === 'start' ? '"Outage begins"' : '"Resolved"')).join(' and ');
    const stated = metrics.durationStated;
    const derived = stated && missing.length === 1 ? derivedFieldFix(model, metrics, missing[0], stated) : undefined;
    const fixes = [...(derived ? [derived] : []), ...missing.flatMap((edge) => markFixes(ctx.analysis.timeline, edge))];
    // A timeline of offsets with no clock for its zero point is measured between its marked entries: marks are the way.
    const how = ctx.analysis.relativeTimeline
      ? `mark timeline entries with ${markers} (their offsets, such as "T+0:26", measure it without a clock time)`
      : `add ${fields} with a date, time and zone (e.g. "- **${missing[0] === 'start' ? 'Start' : 'End'}:** 2024-03-12 14:02 UTC"), front matter keys, or mark timeline entries with ${markers}`;
    // with a stated duration the duration is known; what the start alone gives is the times to detect, mitigate, resolve
    const because = !stated
      ? `, so the duration cannot be computed: ${how}`
      : `: the duration is taken as stated ("${stated.text}")${missing.includes('start') ? ', but the times to detect, mitigate and resolve are measured from the start' : ''}. ${how[0].toUpperCase()}${how.slice(1)}`;
    const problem = {
      message: `${what} missing${because}.`,
      range: model.title?.range ?? lineRange(model.lines, 1),
    };
    report(fixes.length > 0 ? { ...problem, fixes } : problem);
  },
};

/**
 * The entries to offer: the first `MARK_CHOICES` in the order things happened for the start, the last ones (latest
 * first) for the end; in the document's order when an entry has no instant. One pass that keeps the few best: the
 * rule runs on every check, and a timeline may have thousands of entries.
 */
function markable(timeline: readonly AnalyzedTimelineEntry[], edge: Edge): AnalyzedTimelineEntry[] {
  const start = edge === 'start';
  // the key of an entry in the order it is offered in: earliest first for the start, latest first for the end
  const sign = start ? 1 : -1;
  const byTime: AnalyzedTimelineEntry[] = [];
  const keys: number[] = [];
  // from the top for the start, from the bottom for the end: in a timeline in order, the entries after the first few
  // are passed over at once; ties keep the order in which they are met
  for (let k = 0; k < timeline.length; k++) {
    const e = timeline[start ? k : timeline.length - 1 - k];
    const instant = e.time.instant;
    // an entry placed no earlier (later for the end) than the three kept would be passed over below, offered or not
    if (instant !== undefined && keys.length === MARK_CHOICES && sign * instant >= keys[MARK_CHOICES - 1]) continue;
    if (!offered(e)) continue;
    if (instant === undefined) return byPlace(timeline, start);
    const key = sign * instant;
    let at = keys.length;
    while (at > 0 && key < keys[at - 1]) at--;
    if (at >= MARK_CHOICES) continue;
    byTime.splice(at, 0, e);
    keys.splice(at, 0, key);
    if (byTime.length > MARK_CHOICES) { byTime.pop(); keys.pop(); }
  }
  return byTime;
}

/** In the document's order: the first entries offered for the start, the last ones (the last written first) for the end. */
function byPlace(timeline: readonly AnalyzedTimelineEntry[], start: boolean): AnalyzedTimelineEntry[] {
  const out: AnalyzedTimelineEntry[] = [];
  for (let k = 0; k < timeline.length && out.length < MARK_CHOICES; k++) {
    const e = timeline[start ? k : timeline.length - 1 - k];
    if (offered(e)) out.push(e);
  }
  return out;
}

/** An entry a fix may mark: its time is known and readable, and it has text. */
function offered(e: AnalyzedTimelineEntry): boolean {
  const reason = e.time.problem?.reason;
  return reason !== 'unknown' && reason !== 'invalid' && e.text.length > 0 && !(e.text.charCodeAt(0) <= 0x20 && BLANK.test(e.text));
}

/** How many entries a fix is offered for: the first ones in time for the start, the last ones for the end. */
const MARK_CHOICES = 3;
/** What a fix writes after an entry's text: words the timeline markers read. */
const MARK_WORDS: Record<Edge, string> = { start: ' (outage begins)', end: ' (outage ends)' };
const MAX_TITLE_TEXT = 40;
/** Text that holds nothing but blanks. */
const BLANK = /^\s*$/;

/**
 * Fixes that mark a timeline entry as the start (one of the first three in time) or the end (one of the last three),
 * for the writer to choose: which entry began the outage is theirs to say, so none is preferred. Entries whose time is
 * not known yet (`??:??`) or unreadable are not offered.
 */
function markFixes(timeline: readonly AnalyzedTimelineEntry[], edge: Edge): Fix[] {
  return markable(timeline, edge).map((e) => {
    const at = e.textRange.end;
    return { title: `Mark "${e.time.hedgedText ?? e.timeText} ${shortText(e)}" as the outage ${edge}`, edits: [{ range: { start: at, end: at }, replacement: MARK_WORDS[edge] }], preferred: false };
  });
}

/** An entry's text as a message quotes it: its first `MAX_TITLE_TEXT` characters. */
function shortText(e: AnalyzedTimelineEntry): string {
  const text = e.text.trim();
  return text.length > MAX_TITLE_TEXT ? `${text.slice(0, MAX_TITLE_TEXT - 1)}…` : text;
}

/**
 * With the end and the duration stated, the start is the end minus the duration (and the end the start plus it): a
 * fix that writes it as a field of its own, next to the other one and in its style (`- **Start:** 2024-03-12 14:02
 * UTC` before `- **End:** 2024-03-12 14:47 UTC`). Not for an approximate duration ("~8 hours") or other edge (`End:
 * ~14:49 UTC`), whose sum would state a precision the document does not have, nor when the other edge is not a
 * labelled field.
 */
function derivedFieldFix(model: PostmortemModel, metrics: Metrics, edge: Edge, stated: StatedDuration): Fix | undefined {
  const other = edge === 'start' ? metrics.end : metrics.start;
  const instant = other?.time.instant;
  if (stated.hedged || !other || other.time.approximate || other.source !== 'field' || instant === undefined) return undefined;
  const line = other.time.range.start.line;
  const field = model.fields.find((f) => f.valueRange.start.line === line && f.valueRange.start.column <= other.time.range.start.column);
  if (!field) return undefined;
  const at = instant + (edge === 'start' ? -1 : 1) * Math.round(stated.minutes) * 60_000;
  const value = formatTimestamp(at, zoneOfFix(other.time), FIELD_STYLE);
  const text = model.lines[line - 1];
  const label = edge === 'start' ? 'Start' : 'End';
  const written = text.slice(0, field.labelRange.start.column - 1) + label + text.slice(field.labelRange.end.column - 1, field.valueRange.start.column - 1) + value + text.slice(field.valueRange.end.column - 1);
  const range = edge === 'start' ? { start: { line, column: 1 }, end: { line, column: 1 } } : { start: { line, column: text.length + 1 }, end: { line, column: text.length + 1 } };
  const replacement = edge === 'start' ? `${written}\n` : `\n${written}`;
  const from = edge === 'start' ? `the end minus the stated ${stated.text}` : `the start plus the stated ${stated.text}`;
  return { title: `Add "${label}: ${value}" (${from})`, edits: [{ range, replacement }], preferred: true };
}

/**
 * The zone the derived time is written in: the region of an abbreviation the other time names, so that a daylight
 * saving change in between is written as the region's clock shows it (`1:20 AM EDT` + 50 minutes is `01:10 EST`).
 */
function zoneOfFix(time: ResolvedTime): string {
  const info = time.zoneText ? lookupZone(time.zoneText)?.zone : undefined;
  return info?.kind === 'abbreviation' && info.region ? info.region : time.zone ?? 'UTC';
}

/** A timeline entry marked as the start ("Outage begins") or end ("Resolved") whose time could not be placed. */
function markedEntry(model: PostmortemModel, timeline: readonly AnalyzedTimelineEntry[], edge: Edge): Milestone | undefined {
  const kinds: MarkerKind[] = edge === 'start' ? ['start'] : ['end', 'resolved'];
  const scanned = scannedLinesOf(model);
  const entry = timeline.find((e) => { const mask = entryMarks(model, e, scanned); return mask !== 0 && kinds.some((k) => hasMark(mask, k)); });
  return entry && { time: entry.time, source: 'timeline' };
}

/**
 * Reports the start read from a symptom ("seeing 500s") that has no date, as `analyze` would read it with one: the
 * first marked entry in the order the timeline is read (from the bottom when it runs newest first), when it is a
 * symptom. Says where it was read, since no word of the entry names the start. True when one was reported.
 */
function reportUndatedSymptom({ model, timeline, newestFirst }: Analysis, report: Report): boolean {
  const scanned = scannedLinesOf(model);
  for (let k = 0; k < timeline.length; k++) {
    const e = timeline[newestFirst ? timeline.length - 1 - k : k];
    const mask = entryMarks(model, e, scanned);
    if (mask === 0) continue;
    if (!marksSymptom(mask) || e.time.problem?.reason !== 'no-date') return false;
    report({
      message: undatedMessage('start', e.time, `, read from the symptom on line ${e.textRange.start.line} ("${shortText(e)}"),`),
      range: e.time.range,
    });
    return true;
  }
  return false;
}

/** A milestone that was found but cannot be placed because it is not known yet or has no date. */
function checkMilestone(edge: Edge, m: Milestone, report: Report): void {
  const reason = m.time.problem?.reason;
  if (reason === 'unknown') {
    report({ message: `The outage ${edge} "${m.time.text}" is not known yet: fill in the time so the duration can be computed.`, range: m.time.range });
  } else if (reason === 'no-date') {
    report({ message: undatedMessage(edge, m.time), range: m.time.range });
  }
}

/** The message on a start or end with no date that nothing dates, quoted as written; `from` says where it was read. */
function undatedMessage(edge: Edge, t: ResolvedTime, from = ''): string {
  const written = asWritten(t);
  return `The outage ${edge} "${written}"${from} has no date and the document gives none: write the date (e.g. "2024-03-12 ${written}").`;
}

/**
 * A template's date and time left as written (`YYYY-MM-DD HH:MM (UTC)`, `AAAA-MM-DD hh:mm`, `JJ/MM/AAAA HH:MM`): the
 * letters of the parts (English, French, Spanish, German) and their separators, with a year or an hour among them.
 */
const TIME_TEMPLATE = /^(?=[^(]*(?:YYYY|AAAA|JJJJ|HH|hh))[YAJMDHShmsTZ\s:/.,-]+(?:\([^()]*\))?$/;

/** Reports a stated start or end (front matter key or labelled field) in which no time can be read; true when one was. */
function reportUnreadable(model: PostmortemModel, edge: Edge, report: Report): boolean {
  const fm = model.frontMatter?.entries.find((e) => e.key === edge);
  const field = model.fields.find((f) => f.key === edge);
  const stated: { value: string; range: Range } | undefined = fm
    ? { value: fm.value === null || fm.value === undefined ? '' : String(fm.value), range: fm.valueRange }
    : field && { value: field.value, range: field.valueRange };
  if (!stated || stated.value.trim() === '' || findTimes(stated.value).length > 0) return false;
  if (isPlaceholderText(stated.value.trim()) || TIME_TEMPLATE.test(stated.value.trim())) {
    report({ message: `The outage ${edge} "${stated.value.trim()}" is still a placeholder: fill in the date and time (e.g. "2024-03-12 14:02 UTC").`, range: stated.range });
    return true;
  }
  report({
    message: `The outage ${edge} "${stated.value.trim()}" is not a time this tool can read: write a date and time such as "2024-03-12 14:02 UTC".`,
    range: stated.range,
  });
  return true;
}
