/**
 * Helpers shared by the time rules (PM003-PM014): exact ranges of the parts of a written time, words for dates and
 * places, and the fix that rewrites a timestamp as ISO-8601 UTC.
 */
import { hedgeAllowance } from '../analysis/resolved';
import type { ResolvedTime } from '../analysis/types';
import { formatDuration, formatInstant, formatOffset, MONTH_NAMES, type CivilDate, type Span } from '../time';
import { sameRange } from '../model/text';
import type { Fix, Range, TextEdit } from '../types';

/** The document range of a span of the scanned text a time was found in (a date, a weekday, a zone). */
export function partRange(t: ResolvedTime, span: Span): Range {
  const line = t.range.start.line;
  const base = t.range.start.column - t.match.start;
  return { start: { line, column: base + span.start }, end: { line, column: base + span.end } };
}

/** A key for de-duplicating findings on the same text (a zone written once and shared by a range). */
export function rangeKey(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

/** Calls `fn` once per distinct key. */
export function once<T>(items: readonly T[], key: (item: T) => string | undefined, fn: (item: T) => void): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || seen.has(k)) continue;
    seen.add(k);
    fn(item);
  }
}

/** `September 27, 2021`. */
export function dayWords(d: CivilDate): string {
  return `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`;
}

/** The city of an IANA zone, for messages: `America/New_York` -> `New York`. */
export function placeName(region: string): string {
  const last = region.split('/').pop() ?? region;
  return last.replace(/_/g, ' ');
}

/** `UTC-04:00`. */
export function utcOffset(minutes: number): string {
  return `UTC${formatOffset(minutes)}`;
}

/** A time as its writer wrote it, for messages: a hedged clock with its hedge (`approx. 09:49`, `14:05-ish`). */
export function asWritten(t: Pick<ResolvedTime, 'text' | 'hedgedText'>): string {
  return t.hedgedText ?? t.text;
}

/**
 * A time as written and where it is read, for messages: `"13:40 UTC" (2024-03-12T13:40Z)`, `"approx. 09:49"
 * (2024-03-12T09:49Z)`; a delay after the entry before with what it counts from: `"40 minutes later" (40 min after line
 * 7: 2024-03-12T14:42Z)`.
 */
export function describe(t: ResolvedTime): string {
  const written = asWritten(t);
  if (t.instant === undefined) return `"${written}"`;
  const at = formatInstant(t.instant, 'UTC', 'iso-utc');
  const after = t.afterPrevious;
  return after ? `"${written}" (${t.approximate ? 'about ' : ''}${formatDuration(after.minutes)} after line ${after.line}: ${at})` : `"${written}" (${at})`;
}

/**
 * True when a time is placed by a hedged delay (`About an hour later`) or a delay after an approximate time: no clock
 * is written, so the rules that compare exact times leave it out or hold no statement to it.
 */
export function byHedgedDelay(t: ResolvedTime | undefined): boolean {
  return t?.approximate === true && t.afterPrevious !== undefined;
}

export { hedgeAllowance };

/** What hedges two times, for messages: `the hedged delay` when a delay places one, else `the hedged time` (or `times`). */
export function hedgeWords(a: ResolvedTime, b: ResolvedTime): string {
  if (byHedgedDelay(a) || byHedgedDelay(b)) return 'the hedged delay';
  return a.approximate && b.approximate ? 'the hedged times' : 'the hedged time';
}

/**
 * The words of a finding on two times `a` and `b` that are `ms` apart the wrong way (an end before its start, a
 * detection before it): undefined when either is hedged and the hedges may put them that far off (`hedgeAllowance`);
 * else the gap (`about 12 min` when either is hedged) and, when hedged, how far the hedges can be off (`, more than the
 * hedged time can be off (5 min)`).
 */
export function gapBeyondHedges(a: ResolvedTime, b: ResolvedTime, ms: number): { by: string; past: string } | undefined {
  if (!a.approximate && !b.approximate) return { by: minutesWords(ms), past: '' };
  const hedge = hedgeAllowance(a, b);
  if (ms <= hedge) return undefined;
  return { by: `about ${minutesWords(ms)}`, past: `, more than ${hedgeWords(a, b)} can be off (${minutesWords(hedge)})` };
}

/** Whole minutes between two instants, in words: `22 min`, `1 h 5 min`. */
export function minutesWords(ms: number): string {
  const total = Math.round(Math.abs(ms) / 60000);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
}

/**
 * The fix that rewrites timestamps as ISO-8601 UTC (`2021-09-27T19:06Z`), never preferred: it changes the author's
 * style. `instants` default to the times' own instants; undefined unless every time has one.
 */
export function isoFix(times: readonly ResolvedTime[], instants?: readonly (number | undefined)[], label?: string): Fix | undefined {
  const all = times.map((t, i) => (instants ? instants[i] : t.instant));
  if (all.length === 0 || all.some((x) => x === undefined)) return undefined;
  const edits = times.flatMap((t, i) => isoEdits(t, formatInstant(all[i]!, 'UTC', 'iso-utc')));
  const shown = edits.filter((e) => e.replacement !== '').map((e) => e.replacement).join(' and ');
  return { title: `Rewrite as ${shown}${label ? ` (${label})` : ''}`, edits, preferred: false };
}

/**
 * The edits that write `iso` in place of time `t`; a time whose zone is written after the close of its clock's
 * emphasis (`**14:07** PDT`, read `14:07 PDT`) keeps the close: the clock is rewritten and the zone after it removed.
 */
function isoEdits(t: ResolvedTime, iso: string): TextEdit[] {
  const { start, end } = t.range;
  const written = end.column - start.column;
  const span = t.match.timeSpan;
  if (start.line !== end.line || written <= t.text.length || !span || !t.match.zone) return [{ range: t.range, replacement: iso }];
  const clockEnd = start.column + span.end - t.match.start;
  return [
    { range: { start, end: { line: start.line, column: clockEnd } }, replacement: iso },
    { range: { start: { line: start.line, column: clockEnd + written - t.text.length }, end }, replacement: '' },
  ];
}

/** byZoneText per list of times: PM006 and PM007 both group the same analysis' times (callers never change them). */
const zoneGroups = new WeakMap<readonly ResolvedTime[], Map<number | string, ResolvedTime[]>>();

/**
 * Times whose text shares one written abbreviation (`3:06 - 7:27 PM EST`: both ends), keyed by where it starts (two
 * mentions never start at the same place): a number, not a string built per time, for any column below 2^32. Only
 * abbreviations (and their long names) and ambiguous mentions are grouped: what PM006 and PM007 judge. A zone written
 * as UTC, an offset or a region is neither, and a timeline in UTC makes no groups.
 */
export function byZoneText(times: readonly ResolvedTime[]): Map<number | string, ResolvedTime[]> {
  let out = zoneGroups.get(times);
  if (out) return out;
  out = new Map<number | string, ResolvedTime[]>();
  for (const t of times) {
    const mention = t.match.zone;
    if (!t.zoneRange || !mention || (!mention.ambiguous && mention.zone?.kind !== 'abbreviation')) continue;
    const { line, column } = t.zoneRange.start;
    const k = column < 2 ** 32 && line < 2 ** 20 ? line * 2 ** 32 + column : `${line}:${column}`;
    const list = out.get(k);
    if (!list) out.set(k, [t]);
    else if (!list.some((x) => sameRange(x.range, t.range))) list.push(t);
  }
  zoneGroups.set(times, out);
  return out;
}

