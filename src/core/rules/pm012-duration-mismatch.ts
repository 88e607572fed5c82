// "Duration: 45 minutes" next to a start and end 75 minutes apart: readers quote the wrong one.
import { durationAsWritten, durationOfField, HEDGED } from '../analysis/stated-duration';
import { findDuration, formatDuration, unitMinutes, type DurationMatch } from '../time';
import { proseDurations } from '../analysis/prose-duration';
import type { Section } from '../model/types';
import type { Range } from '../types';
import type { AnalysisRule } from './types';
import { byHedgedDelay, hedgeAllowance, hedgeWords } from './times';

/** PM012: a stated duration contradicts end - start. */
export const durationMismatch: AnalysisRule = {
  id: 'PM012',
  name: 'duration-mismatch',
  description: 'A stated duration agrees with the start and end (to the precision it is written in).',
  defaultSeverity: 'error',
  tags: ['time', 'metrics'],
  docs: 'docs/rules/PM012.md',
  scope: 'analysis',
  check(ctx, report) {
    const { durationMinutes: computed, durationStated } = ctx.analysis.metrics;
    // a duration taken as stated (no start or no end) has nothing to be compared with
    if (computed === null || computed < 0 || durationStated) return;
    const { start, end, resolved, timeToResolveMinutes: toResolved } = ctx.analysis.metrics;
    // a start or end timed by a hedged delay (`About an hour later`) makes no exact duration to hold a statement to
    if (!start || !end || byHedgedDelay(start.time) || byHedgedDelay(end.time)) return;
    // a hedged clock (`~14:05`) may be off by its hedge: the duration may be off by both ends' together
    const slack = hedgeAllowance(start.time, end.time) / 60_000;
    // Each Duration field with the duration it states (the fields that count from the detection measure another
    // span), then each the summary's sentences state for the outage ("the outage lasted 4 hours").
    const stated: Statement[] = [];
    for (const f of ctx.model.fields) {
      const found = durationOfField(f);
      if (!found) continue;
      const { line, column } = f.valueRange.start;
      stated.push({ value: f.value, found, line, range: { start: { line, column: column + found.start }, end: { line, column: column + found.end } } });
    }
    for (const p of proseDurations(ctx.model)) stated.push({ value: p.sentence, found: p.found, line: p.range.start.line, range: p.range });
    // Incident tools count their Duration from the start to the resolution: one that agrees with that span states it.
    const byResolution = resolved && toResolved !== null && toResolved !== computed && !byHedgedDelay(resolved.time);
    const resolvedSlack = byResolution ? hedgeAllowance(start.time, resolved.time) / 60_000 : 0;
    const agreeing = stated.filter((s) => someAgrees(s.value, s.found, computed, slack) || (byResolution && someAgrees(s.value, s.found, toResolved, resolvedSlack)));
    for (const s of stated) {
      if (agreeing.includes(s)) continue;
      // a duration under another heading than one that agrees is another span's: "## Incident 1" after "## Incident 2"
      const heading = headingLineAbove(ctx.model.sections, s.line);
      if (agreeing.some((a) => headingLineAbove(ctx.model.sections, a.line) !== heading)) continue;
      const { found, range } = s;
      const replacement = inStyleOf(found.text, computed);
      report({
        message: `The stated duration "${durationAsWritten(s.value, found)}" contradicts the start and end, which are ${slack ? 'about ' : ''}${formatDuration(computed)} apart (${computed} minutes${slack ? `; ${hedgeWords(start.time, end.time)} may be off by ${slack} min` : ''}): write "${replacement}", or correct the start or end.`,
        range,
        fixes: [{ title: `Replace "${found.text}" with "${replacement}"`, edits: [{ range, replacement }], preferred: true }],
      });
    }
  },
};

/** A duration stated for the outage: the text it is read in (a field's value, a sentence), the duration, its line and range. */
interface Statement {
  value: string;
  found: DurationMatch;
  line: number;
  range: Range;
}

/** The line of the last heading before `line` (0 when none): which part of the document a field is in. */
function headingLineAbove(sections: readonly Section[], line: number): number {
  let above = 0;
  for (const s of sections) if (s.headingRange.start.line < line) above = Math.max(above, s.headingRange.start.line);
  return above;
}

/**
 * True when a duration of `value` (`found`, the first) agrees with `computed`, to its precision (twice that when it is
 * hedged, and at least `HEDGED_DURATION_MINUTES`), and the
 * `slack` in minutes that hedged clocks give the computed one.
 */
function agrees(value: string, found: DurationMatch, computed: number, offset: number, slack: number): boolean {
  const hedged = HEDGED.test(value.slice(0, offset + found.start));
  const precision = tolerance(found.text);
  return Math.abs(found.minutes - computed) <= (hedged ? Math.max(2 * precision, HEDGED_DURATION_MINUTES) : precision) + slack;
}

/** How far a hedged duration may be off at least: "about 45 minutes" is rounded to the nearest five minutes or so. */
const HEDGED_DURATION_MINUTES = 5;

/**
 * True when the first duration of a field, or one stated after it, agrees with `computed`: "7 days degraded + ~1h 12m
 * complete outage (09:27–10:39)" states the outage in its second duration. At most a few are read.
 */
function someAgrees(value: string, first: DurationMatch, computed: number, slack: number): boolean {
  let found: DurationMatch | undefined = first;
  let offset = 0;
  for (let k = 0; found && k < 4; k++) {
    if (agrees(value, found, computed, offset, slack)) return true;
    offset += found.end;
    found = findDuration(value.slice(offset));
  }
  return false;
}

/**
 * How far a duration may be from the computed one and still be right: half of the smallest unit it is written in
 * ("3 hours" covers 2 h 30 to 3 h 30; "4.5 hours" 4 h 27 to 4 h 33; "47 minutes" 46.5 to 47.5), at least one minute.
 */
export function tolerance(text: string): number {
  const parts = [...text.matchAll(/(\d+)(?:[.,](\d+))?\s*([a-z]+)/gi)];
  const last = parts[parts.length - 1];
  if (!last) return 1;
  const unit = unitMinutes(last[3]) || 1;
  const step = unit / 10 ** (last[2]?.length ?? 0);
  return Math.max(1, step / 2);
}

/** The computed duration written the way the author writes durations: `1 hour 15 minutes`, `1h 15m`, or `1 h 15 min`. */
export function inStyleOf(written: string, minutes: number): string {
  const total = Math.round(minutes);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  if (/\d\s*(?:hours?|minutes?|days?)\b/i.test(written)) {
    const word = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const parts = [d ? word(d, 'day') : '', h ? word(h, 'hour') : '', m ? word(m, 'minute') : ''].filter(Boolean);
    return parts.length ? parts.join(' ') : '0 minutes';
  }
  if (/\d[hm]\b/i.test(written)) {
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length ? parts.join(' ') : '0m';
  }
  return formatDuration(total);
}
