/**
 * The start and the end the summary's sentences state when nothing else gives them: "At 14:02 UTC checkout requests
 * began failing", "Service was restored at 15:10 UTC", "the outage began at 14:02 and ended at 15:10 UTC", or each
 * time by the clause right before it.
 */
import { scannedLinesOf } from '../model';
import type { PostmortemModel } from '../model/types';
import { resolveTime, type CivilDate, type TimeContext, type TimeMatch } from '../time';
import { MAX_SCANNED_LINE, timesOfLine } from './line-times';
import { hasMark, readMask } from './markers';
import { afterStart, dayOf, resolvedAt, spanToRange } from './resolved';
import type { ResolvedTime } from './types';
import { summaryLines } from './windows';

/** What a sentence's start is the start of: the outage, errors and the like ("the deploy started" is no outage). */
const OUTAGE_SUBJECT = '(?:problems?|issues?|errors?|failures?|outage|incident|impact|downtime|degradation|disruption)';

/**
 * "Errors started at 14:02", "the outage began around 9:40 PM", "the site went down at 9:40", "the API stopped responding
 * at 9:40", "services ceased to be accessible around 16:40", "was unavailable from
 * 17:45 UTC", "began experiencing increased error rates", "we began seeing elevated errors", "the site experienced a
 * 7 minute cascading failure" (an outage, a degradation, a spike in errors), a sentence that opens
 * with "Starting at" or "Beginning at": in a summary, unlike in a timeline entry, the time written next to a start is
 * that start.
 */
const PROSE_START = new RegExp(String.raw`\b${OUTAGE_SUBJECT}\s+(?:began|started|begins|starts)\b|\b(?:began|started)\s+(?:to\s+fail|failing|erroring|returning\s+errors|timing\s+out|degrading)\b|\b(?:became|went)\s+(?:inaccessible|unavailable|unreachable|unresponsive|down|offline)\b|\b(?:was|were)\s+(?:inaccessible|unavailable|unreachable|down|offline)\s+(?:from|since)\b|\b(?:began|started)\s+(?:experiencing|seeing|to\s+see|observing|to\s+observe)\b|^\W*(?:starting|beginning)\s+(?:at|around|on|from|approximately|about|shortly\s+after|~)|\b(?:ceased?|ceases|stopped)\s+(?:to\s+be\s+(?:accessible|available|reachable)|responding|working)\b|\bexperienced\s+(?:an?\s+)?(?:(?!(?:no|zero|few|minimal|little)\b)[\w-]+\s+){0,3}?(?:outage|failure|degradation|disruption|downtime|interruption|spike\s+in|errors)\b`, 'i');

/**
 * "... and ended at 15:10 UTC", "it recovered at 15:10": the end of what the sentence began with; "full service resumed
 * at 18:00 UTC"; "and lasting until 14:44 UTC".
 */
const PROSE_END = /\b(?:and|then|it|outage|incident|impact|downtime)\s+(?:ended|ends|recovered)\b(?!\s+up\b)|\b(?:full|normal)\s+service\s+(?:resumed|was\s+resumed)\b|\blast(?:ing|ed)\s+until\b/i;

/**
 * The start and the end the summary's sentences state, and the detection and the mitigation the words right before a
 * time state in them (`clauseAction`). The start and the end each come from a sentence that marks it (the timeline's markers,
 * `PROSE_START` and `PROSE_END`) and holds one time of day, or one sentence that marks both and holds two ("the outage began at
 * 14:02 and ended at 15:10 UTC"). In a sentence with other times, or more of them, each time is what the words right
 * before it say (`clauseMilestone`), or nothing: which one the whole sentence means is a guess.
 * The first such sentence wins; an end without a date is on the start's day (or the next, when it is before it).
 */
export function proseMilestones(model: PostmortemModel, ctx: TimeContext, knownStart: ResolvedTime | undefined): ProseMilestones {
  const scanned = scannedLinesOf(model);
  const out: ProseMilestones = {};
  let startMatch: [TimeMatch, number, CivilDate | undefined] | undefined;
  let endMatch: [TimeMatch, number, CivilDate | undefined] | undefined;
  let detectedMatch: [TimeMatch, number, CivilDate | undefined] | undefined;
  let mitigatedMatch: [TimeMatch, number, CivilDate | undefined] | undefined;
  for (const line of summaryLines(model, scanned)) {
    if (startMatch && endMatch && detectedMatch && mitigatedMatch) break;
    const text = model.lines[line - 1] ?? '';
    const s = scanned[line - 1];
    if (!s || (s.kind !== 'text' && s.kind !== 'list') || text.length > MAX_SCANNED_LINE) continue;
    const times = timesOfLine(s.record, text);
    if (times.length === 0) continue;
    for (const [from, to] of sentencesOf(text)) {
      const clocks = times.filter((m) => m.start >= from && m.end <= to && m.hour !== undefined && !m.unknown && !m.invalid);
      if (clocks.length === 0) continue;
      const sentence = text.slice(from, to);
      const mask = readMask(sentence);
      const starts = hasMark(mask, 'start') || PROSE_START.test(sentence);
      const ends = hasMark(mask, 'end') || hasMark(mask, 'resolved') || PROSE_END.test(sentence);
      // a date written apart in the sentence ("On 2024-03-12 the outage began at 14:02") dates its times; without one,
      // the last written in an earlier sentence of the line ("On Friday October 18th 2024, we had ten hours of
      // downtime. The downtime started around 10AM"), not the front matter's day of publication
      const dates = times.filter((m) => m.start >= from && m.end <= to && isFullDate(m));
      const before = dates.length === 0 ? times.filter((m) => m.end <= from && isFullDate(m)) : [];
      const written = dates.length === 1 ? dates[0] : before[before.length - 1];
      const day = written ? { year: written.year!, month: written.month!, day: written.day! } : undefined;
      // The whole sentence states the start, the end, or both with its two times; else each time is told by the words
      // right before it ("the issue was mitigated at 14:30 UTC and resolved at 14:44 UTC", and a sentence with three
      // times or more). The detection and the mitigation only ever by those words ("we were paged at 14:09, rolled back
      // at 14:30"): a sentence's other words are its start's or end's.
      const whole = starts && ends && clocks.length === 2 ? 'both' : clocks.length === 1 && starts !== ends ? (starts ? 'start' : 'end') : undefined;
      if (whole === 'both') {
        // one zone written after both ("began at 14:02 and ended at 15:10 UTC") is both's
        startMatch ??= [withNextZone(clocks, 0), line, day];
        endMatch ??= [clocks[1], line, day];
      } else if (whole === 'start') startMatch ??= [clocks[0], line, day];
      else if (whole === 'end') endMatch ??= [clocks[0], line, day];
      for (let k = 0; k < clocks.length; k++) {
        const words = text.slice(k === 0 ? from : clocks[k - 1].end, clocks[k].start);
        const action = clauseAction(words);
        if (action === 'detected') detectedMatch ??= [withNextZone(clocks, k), line, day];
        else if (action === 'mitigated') mitigatedMatch ??= [withNextZone(clocks, k), line, day];
        const said = whole === undefined ? clauseMilestone(words) : undefined;
        if (said === 'start') startMatch ??= [withNextZone(clocks, k), line, day];
        else if (said === 'end') endMatch ??= [withNextZone(clocks, k), line, day];
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
  // An end, a detection or a mitigation without a date is on the start's day (or the next); one before the start is none.
  const afterTheStart = (found: [TimeMatch, number, CivilDate | undefined] | undefined): ResolvedTime | undefined => {
    if (!found) return undefined;
    const [m, line, written] = found;
    const c = dated(ctx, written ?? (start && dayOf(start)), m);
    const t = resolvedAt(m, spanToRange(line, 0, m), afterStart(resolveTime(m, c), m, start?.instant), 'text');
    return t.instant !== undefined && (start?.instant === undefined || t.instant >= start.instant) ? t : undefined;
  };
  const end = afterTheStart(endMatch);
  if (end) out.end = end;
  const detected = afterTheStart(detectedMatch);
  if (detected) out.detected = detected;
  const mitigated = afterTheStart(mitigatedMatch);
  if (mitigated) out.mitigated = mitigated;
  return out;
}

/** The milestones the summary's sentences state (see `proseMilestones`). */
export interface ProseMilestones {
  start?: ResolvedTime;
  end?: ResolvedTime;
  detected?: ResolvedTime;
  mitigated?: ResolvedTime;
}

/**
 * Time `k` of a sentence's `clocks`, with the zone of the next when it writes none and the next does ("at 14:30 and
 * 14:44 UTC"): a copy, as matches are shared.
 */
function withNextZone(clocks: readonly TimeMatch[], k: number): TimeMatch {
  const next = clocks[k + 1];
  return !clocks[k].zone && next?.zone ? Object.assign({}, clocks[k], { zone: next.zone }) : clocks[k];
}

/** A date with its year, month and day, not one that cannot be. */
function isFullDate(m: TimeMatch): boolean {
  return m.kind === 'date' && m.year !== undefined && m.month !== undefined && m.day !== undefined && !m.invalid;
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

/**
 * What the words right before a time say was done at it: "we were paged at", "the on-call was alerted at", "our
 * monitoring alerted us at", "the problem was detected at" (the detection); "rolled back at", "the change was
 * reverted at", "mitigated at" (the mitigation). Not "was not rolled back at", nor words that do not lead up to the time.
 */
function clauseAction(clause: string): 'detected' | 'mitigated' | undefined {
  if (CLAUSE_DETECTED.test(clause)) return 'detected';
  if (CLAUSE_MITIGATED.test(clause)) return 'mitigated';
  return undefined;
}

/** The words between a milestone's verb and its time: "at", "around", "by", "approximately", "~". */
const LEAD_IN = String.raw`\s+(?:(?:at|around|by|on|from|until|approximately|about|roughly|shortly\s+after)\s*|~\s*)*$`;
const CLAUSE_START = new RegExp(String.raw`(?:\b${OUTAGE_SUBJECT}\s+(?:began|started)|^\W*(?:starting|beginning))${LEAD_IN}`, 'i');
/** Not after "not" or "never" ("was not rolled back at", "has never fully recovered by"). */
const NOT_DONE = String.raw`(?<!\b(?:not|never)\s+(?:(?:yet|fully|been)\s+)*)`;
/** Whom an alert reached, between its verb and its time: "alerted us at", "paged the on-call engineer at". */
const ALERTED_WHOM = String.raw`(?:\s+(?:us|them|the\s+team|(?:the\s+)?on-?call(?:\s+engineers?)?|the\s+(?:SRE|ops|operations)\s+team))?`;
const CLAUSE_DETECTED = new RegExp(String.raw`${NOT_DONE}\b(?:(?:paged|alerted|notified)${ALERTED_WHOM}|detected|noticed|discovered)${LEAD_IN}`, 'i');
const CLAUSE_MITIGATED = new RegExp(String.raw`${NOT_DONE}\b(?:mitigated|rolled\s+back|reverted|failed\s+over)${LEAD_IN}`, 'i');
const CLAUSE_END = new RegExp(String.raw`${NOT_DONE}\b(?:resolved|restored|recovered|ended|back\s+to\s+normal|back\s+online|lasting\s+until|lasted\s+until)${LEAD_IN}`, 'i');

/** The clauses of a line, as [from, to) offsets: up to a full stop, `!` or `?` before a capital letter, or a `;`. */
export function sentencesOf(text: string): [number, number][] {
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
