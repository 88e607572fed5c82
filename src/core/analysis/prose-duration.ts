/**
 * The outage's duration as the summary's sentences state it ("The outage lasted 4 hours and 21 minutes", "a total
 * downtime of 261 minutes", "the incident, which lasted about 45 minutes") or a heading writes it ("## March 12 14:02
 * UTC (lasting 1 hour and 8 minutes)", as GitHub's availability reports do): PM012 holds each to the start and end as it
 * holds a Duration field.
 */
import { scannedLinesOf } from '../model';
import type { PostmortemModel } from '../model/types';
import { findDuration, type DurationMatch } from '../time';
import type { Range } from '../types';
import { MAX_SCANNED_LINE } from './line-times';
import { sentencesOf } from './prose-milestones';
import { HEDGED, type StatedDuration } from './stated-duration';
import { summaryLines } from './windows';

/** A duration a sentence states for the outage: the sentence, the duration in it, and the duration's range. */
export interface ProseDuration {
  sentence: string;
  found: DurationMatch;
  range: Range;
}

/** What lasted: the outage and its synonyms, not a deploy or a rollback ("the rollback took 5 minutes"). */
const SUBJECT = '(?:outage|incident|disruption|degradation|downtime|interruption|impact|unavailability)s?';
/**
 * The words right before a duration that make it the outage's (a hedge between them is left out first): "the outage
 * lasted", "the incident, which lasted for", "a total downtime of", "Complete outage of", "total downtime was".
 */
const STATES_OUTAGE = new RegExp(String.raw`\b${SUBJECT}\b(?:[^.;:()]{0,60}?\s)?(?:lasted|lasting|persisted)\s+(?:for\s+)?(?:a\s+total\s+of\s+)?$|\b(?:downtime|outage|disruption|interruption)\s+(?:of|was|totall?ed)\s+(?:a\s+total\s+of\s+)?$`, 'i');
/** In a heading, the duration in the words after its time: "(lasting 1 hour and 8 minutes)", "– lasted 47 minutes". */
const HEADING_STATES = /(?:^|[(,–—-]\s*)(?:lasting|lasted)\s+(?:for\s+)?$/i;
/** A sentence about another incident, a hypothetical or a target: "a previous incident lasted 24 hours", "would have lasted". */
const NOT_THIS_OUTAGE = /\b(?:previous(?:ly)?|prior|earlier|another|other|similar|would|could|might|average|typical(?:ly)?|usually|each|every|per|up\s+to|target|SLA|SLO|budget)\b/i;
/** A cheap test before a line's sentences are read: it holds one of the words. */
const MAY_STATE = /last|downtime|outage|disruption|interruption/i;

/**
 * Every duration the summary's sentences (`summaryLines`: the Summary and Impact sections, the lead paragraph) state
 * for the outage, and the one a heading states when one heading alone does (several are several incidents').
 */
export function proseDurations(model: PostmortemModel): ProseDuration[] {
  const scanned = scannedLinesOf(model);
  const fieldLines = new Set(model.fields.map((f) => f.valueRange.start.line));
  const out: ProseDuration[] = [];
  for (const line of summaryLines(model, scanned)) {
    const text = model.lines[line - 1] ?? '';
    const kind = scanned[line - 1]?.kind;
    // a labelled field's line is the field's (a Duration field is checked as one)
    if ((kind !== 'text' && kind !== 'list') || fieldLines.has(line) || text.length > MAX_SCANNED_LINE || !MAY_STATE.test(text)) continue;
    for (const [from, to] of sentencesOf(text)) {
      const sentence = text.slice(from, to);
      if (NOT_THIS_OUTAGE.test(sentence)) continue;
      const found = stated(sentence, STATES_OUTAGE);
      if (found) out.push({ sentence, found, range: rangeOf(line, from, found) });
    }
  }
  const headings = model.sections.filter((s) => /\blast(?:ing|ed)\b/i.test(s.title));
  if (headings.length === 1) {
    const { line, column } = headings[0].headingRange.start;
    const title = model.lines[line - 1]?.slice(column - 1, headings[0].headingRange.end.column - 1) ?? '';
    const found = stated(title, HEADING_STATES);
    if (found) out.push({ sentence: title, found, range: rangeOf(line, column - 1, found) });
  }
  return out;
}

/**
 * The first duration the summary's sentences or a heading state for the outage (see `proseDurations`), as a stated
 * duration: it stands for end - start when either is unknown and no Duration field states one.
 */
export function proseStatedDuration(model: PostmortemModel): StatedDuration | undefined {
  const first = proseDurations(model)[0];
  if (!first) return undefined;
  const { sentence, found, range } = first;
  return { minutes: found.minutes, text: found.text, range, hedged: HEDGED.test(sentence.slice(0, found.start)) };
}

/** The first duration in `text` that the words before it (without a hedge) say is the outage's (`before`). */
function stated(text: string, before: RegExp): DurationMatch | undefined {
  for (let at = 0; at < text.length;) {
    const d = findDuration(text.slice(at));
    if (!d) return undefined;
    const found = { ...d, start: at + d.start, end: at + d.end };
    const lead = text.slice(0, found.start);
    const hedge = HEDGED.exec(lead);
    if (before.test(hedge ? lead.slice(0, hedge.index) : lead)) return found;
    at = found.end;
  }
  return undefined;
}

/** The range of a duration found in the text from index `from` of 1-based line `line`. */
function rangeOf(line: number, from: number, found: DurationMatch): Range {
  return { start: { line, column: from + found.start + 1 }, end: { line, column: from + found.end + 1 } };
}
