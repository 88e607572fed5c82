/**
 * The outage window a document states as two times: in the Duration field ("12:22PM PST to 3:00PM PST"), else in the
 * Summary, Impact or lead paragraph after "between" or "from" ("between 12:17 and 12:30 UTC", in French, German and
 * Spanish too) or in parentheses after a stated duration; dated by a date written after the end or before the window.
 */
import { scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import type { PostmortemModel } from '../model/types';
import { findTimes, gapTildeJoins, RANGE_JOIN_SRC, resolveTime, START_NOTE_SRC, type CivilDate, type Span, type TimeContext, type TimeMatch } from '../time';
import { leadLines } from './document-date';
import { MAX_SCANNED_LINE, timeMatchOf, timesInSpan, timesOfLine } from './line-times';
import { afterStart, resolvedAt, spanToRange } from './resolved';
import type { ResolvedTime } from './types';

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
 * maybe after a note on the start in parentheses ("from ~12:00 (maybe before) to 17:55 UTC"); `~` and `〜` where they
 * join a range ("14:00〜14:20 JST"), not where they hedge the end ("14:00 UTC ~14:20": see `gapTildeJoins`).
 */
const WINDOW_GAP = new RegExp(String.raw`^\s*(?:${START_NOTE_SRC}\s*)?(?:${RANGE_JOIN_SRC}|y(?:\s+las)?|a(?:\s+las)?|hasta(?:\s+las)?|->|→|~|〜)\s*(?:(?:approximately|approx\.|about|around|ca\.|etwa|~|≈)\s*)?$`, 'i');

/**
 * The outage window stated in the Summary or Impact, else in the lead paragraph (blog posts open with it): two times
 * written "between 12:17 and 12:30 UTC", "between approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27 UTC" or
 * "from 23:40 to 00:15 UTC", both resolved (the date from the document's date when they have none; the end on the next
 * day when it is more than 12 hours before the start). The first such window wins; a window in the Duration field
 * comes first (it gives both before the timeline is read when no field states either: see `analyze`).
 */
export function statedWindow(model: PostmortemModel, ctx: TimeContext): [ResolvedTime, ResolvedTime] | undefined {
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

/**
 * The lines that sum the incident up: the Summary and Impact sections, then the lead paragraph, then the text that opens
 * a Timeline section before its first entry ("This outage started at 5:37 P.M. and ended at 8:23 P.M. Here is the
 * detailed timeline:").
 */
export function summaryLines(model: PostmortemModel, scanned: readonly ScannedLine[]): number[] {
  const lines: number[] = [];
  for (const section of model.sections) {
    if (!section.standard || !WINDOW_SECTIONS.has(section.standard)) continue;
    for (let line = section.bodyStartLine; line <= section.endLine; line++) lines.push(line);
  }
  lines.push(...leadLines(model, scanned));
  for (const section of model.sections) {
    if (section.standard !== 'timeline') continue;
    // only above entries: a section of none is prose, not a timeline's opening
    const first = model.timeline.find((e) => e.line >= section.bodyStartLine && e.line <= section.endLine)?.line;
    for (let line = section.bodyStartLine; first !== undefined && line < first; line++) lines.push(line);
  }
  return lines;
}

/**
 * The window a Duration field states as two times: "**Duration:** 12:22PM PST to 3:00PM PST", "~6 hours
 * (approximately 18:00 – 00:30 UTC)". The label says it is the window: no "between" is needed.
 */
export function durationFieldWindow(model: PostmortemModel, ctx: TimeContext, scanned: readonly ScannedLine[]): [ResolvedTime, ResolvedTime] | undefined {
  const field = model.fields.find((f) => f.key === 'duration' && f.value !== '');
  if (!field) return undefined;
  const line = field.valueRange.start.line;
  const text = model.lines[line - 1] ?? '';
  if (text.length > MAX_SCANNED_LINE) return undefined;
  const from = field.valueRange.start.column - 1;
  const to = field.valueRange.end.line === line ? field.valueRange.end.column - 1 : text.length;
  // the value read alone, as a field's time is: its label's word is no duration word before the window's first time
  // (`Durée : 14h-16h`, `Duration: 14:00-16:00`)
  const matches = timesInSpan(scanned[line - 1]?.record, text, from, to).filter((m) => m.hour !== undefined);
  const window = windowIn(text.slice(from, to), line, matches, ctx, false, from);
  // `Durée : 2h-3h` beside a timeline that runs at other hours (14h05, 15h10) says how long, not when
  return window && BARE_HOUR.test(window[0].text) && BARE_HOUR.test(window[1].text) && timelineOutside(model, scanned, window[0].match.hour!, window[1].match.hour!) ? undefined : window;
}

/** A bare hour as written (`2h`, `14 h`): the end of a window that may be a range of durations. */
const BARE_HOUR = /^\d{1,2}[ \t]?[Hh]$/;

/** True when the timeline has entries with a clock and none of them is from hour `from` to hour `to` (over midnight too). */
function timelineOutside(model: PostmortemModel, scanned: readonly ScannedLine[], from: number, to: number): boolean {
  let clocked = false;
  for (const e of model.timeline) {
    const hour = timeMatchOf(model, e.timeRange, scanned)?.hour;
    if (hour === undefined) continue;
    if (from <= to ? hour >= from && hour <= to : hour >= from || hour <= to) return false;
    clocked = true;
  }
  return clocked;
}

/**
 * The span of the first two times of a Duration field's value that make its window (`14h-16h`, `de 14h à 16h`), from
 * the first's start to the second's end: the durations written there are its clocks (`14h`), not a duration stated.
 */
export function valueWindowSpan(value: string): Span | undefined {
  const matches = findTimes(value);
  for (let k = 0; k + 1 < matches.length; k++) {
    if (joinsWindow(value, matches[k], matches[k + 1])) return { start: matches[k].start, end: matches[k + 1].end };
  }
  return undefined;
}

/** True when the times `a` and `b` of `text` are two times of day that the text between them joins as a window. */
function joinsWindow(text: string, a: TimeMatch, b: TimeMatch): boolean {
  return a.kind !== 'date' && b.kind !== 'date' && !a.unknown && !b.unknown && WINDOW_GAP.test(text.slice(a.end, b.start)) && gapTildeJoins(text, a.end);
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
 * after "between" or "from" when `needsBetween`; `text` starts at `column` (0-based) of its line.
 */
function windowIn(text: string, line: number, matches: readonly TimeMatch[], ctx: TimeContext, needsBetween: boolean, column = 0): [ResolvedTime, ResolvedTime] | undefined {
  for (let k = 0; k + 1 < matches.length; k++) {
    const b = matches[k + 1];
    let a = matches[k];
    if (!joinsWindow(text, a, b) || (needsBetween && !windowOpensAt(text, a))) continue;
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
    const start = resolvedAt(a, spanToRange(line, column, a), resolveTime(a, startCtx), 'text');
    if (start.instant === undefined) continue;
    const end = resolvedAt(b, spanToRange(line, column, b), afterStart(resolveTime(endAsWritten, endCtx), endAsWritten, start.instant), 'text');
    if (end.instant !== undefined) return [start, end];
  }
  return undefined;
}
