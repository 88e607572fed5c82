/**
 * Timeline markers: words in a timeline entry that say which milestone it is ("OUTAGE BEGINS", "<START OF OUTAGE>",
 * "alert fired", "Mitigated", "Resolved"). The first entry that matches a milestone is that milestone.
 */

import { perLineSpan } from '../cache';
import { scannedLinesOf } from '../model/parse';
import type { ScannedLine } from '../model/scan';
import type { PostmortemModel, Section, TimelineEntry } from '../model/types';

/** Milestones a timeline entry can mark. */
export type MarkerKind = 'start' | 'end' | 'detected' | 'mitigated' | 'resolved';

/**
 * What a rollback reverts ("Reverted the config change", "Deploy reverted"): what reverts is otherwise as often the
 * failure ("an older job reverted the branch protection", "it reverted back to the faulty state").
 */
const REVERTED = String.raw`(?:deploy(?:ment)?|change|commit|release|config(?:uration)?(?:\s+change)?|pr|pull\s+request|update|upgrade|migration|flag|patch|version|rollout)s?`;

/** Not preceded, in its clause, by "when", "until", "before" or "if" and a verb in the present: a return to come. */
const NOT_YET = String.raw`(?<!\b(?:when|until|till|before|if)\s[^.;,]{0,60}?\b(?:is|are|be|gets?|comes?)\s+(?:brought\s+|fully\s+)?)(?<!\b(?:when|until|till|before|if)\s+(?:the\s+|all\s+|our\s+)?)`;

/** Not after "when", "until", "once", "before" or "if" in its clause: "once latency returns to normal" is still to come. */
const NOT_AWAITED = String.raw`(?<!\b(?:when|until|till|once|before|if)\s[^.;,]{0,60}?)`;

/**
 * Each milestone's markers, and a word that every one of them holds after a word boundary: most entries hold none of
 * these words, and one test of them is far cheaper than the markers' alternatives tried at every character.
 */
const MARKERS: readonly [MarkerKind | 'recurred', RegExp, RegExp][] = [
  // "Problem starts", "Errors started", "Service starts degrading", "Requests began failing"; not "the issues started on
  // Feb 12th at 3pm", which dates the start elsewhere
  ['start', /\b(?:outage|incident|impact|downtime|degradation)\s+(?:begins|began|starts|started)\b|\b(?:problems?|issues?|errors?|failures?)\s+(?:begins|began|starts|started)\b(?!\s+(?:on|at|around|about|approximately|since|earlier|before|in|\d))|\b(?:starts|started|begins|began)\s+(?:degrading|failing|erroring|timing\s+out)\b|<?\bstart\s+of\s+(?:the\s+)?(?:outage|incident|impact)\b>?|\bimpact\s+start\b/i, /\b(?:begin|began|start)/i],
  // A return still to come ("when the gateways are brought back online", "until the service is restored") ends nothing.
  // "Errors stopped", "errors seem to have stopped", "the issue goes away", "incident appears to be over": what failed
  // stops failing; not a question ("discussion if incident is over or not"). "Metrics return to normal" or "to baseline" too, not
  // "once latency returns to normal", "expected to return to normal" nor "has not returned to normal".
  ['end', new RegExp(String.raw`\b(?:outage|incident|impact|downtime|degradation)(?<!\b(?:if|whether)\s+(?:the\s+)?\w+)\s+(?:(?:is|was|appears\s+to\s+be|seems\s+to\s+be)\s+)?(?:ends|ended|over)\b|<?\bend\s+of\s+(?:the\s+)?(?:outage|incident|impact)\b>?|\bimpact\s+end\b|\bfull(?:y)?\s+recovered\b|${NOT_YET}(?:\bback\s+online\b|(?<!\bnot\s+(?:yet\s+)?)\bback\s+to\s+(?:normal|baseline)\b|${NOT_AWAITED}(?<!\b(?:not|never|to|will|would|should|shall|may|might|can|could|must|did|does|do)\s+|n't\s+)\b(?:returns?|returned|(?:has|have)\s+returned)\s+to\s+(?:normal|baseline)\b|\b(?:service|services|site|website|api|system|systems|traffic|latency|error\s+rates?)\s+(?:(?:has|have)\s+)?(?:fully\s+)?recovered\b|\b(?:service|services|site|website|api|access)\s+(?:is\s+|are\s+|was\s+|were\s+|(?:has|have)\s+been\s+)?(?:fully\s+)?restored\b|(?<!\bnot\s+(?:yet\s+)?)\bfully\s+restored\b|\b(?:errors?|failures?|timeouts?|(?:the\s+)?(?:issue|problem)s?)\s+(?:(?:have|has|seem\s+to\s+have|seems\s+to\s+have|appear\s+to\s+have|appears\s+to\s+have)\s+)?(?:stopped|stops|ceased|subsided|went\s+away|goes\s+away|disappeared)\b)`, 'i'), /\b(?:end|over|recovered|online|normal|baseline|restored|stop|ceased|subsided|away|disappeared)/i],
  // "no malware was detected", "not detected": a negation marks nothing. A status page's "Investigating" update (the
  // word as the entry's label: "**Investigating** - We are looking into errors") says the team knows.
  ['detected', /^[\W_]*investigating[*_]*\s*(?:[-–—:|]|$)|\bdetected\b(?<!(?:\bno|\bnot|\bnever|n't|\bnothing)\b[^.;,]{0,30}detected)|\balerts?\s+(?:fired|firing|triggered|received|raised)\b|\b(?:was|were|gets?|got)\s+paged\b|\bpages?\s+(?:the\s+)?on-?call\b|\bon-?call\s+(?:engineer\s+)?paged\b|\bfirst\s+(?:customer\s+)?reports?\b|\breceive[sd]?\s+(?:an?\s+)?(?:page|pager|alert)|\bpager\s+(?:storm|alert)|\b(?:is|are|was|were|been|gets?|got|team|on-?call|sres?|engineers?)\s+alerted\b/i, /\b(?:detected|alert|page|first\s|investigating)/i],
  // A status page's "Monitoring" update: a fix is in and its effect is watched. A rollback or revert done, a failover
  // done ("Rollback complete", "Reverted the config change", "Failed over to us-west-2"); not one started, to come or
  // denied ("Rollback started", "needs to be reverted", "was not reverted", "Failover failed").
  ['mitigated', new RegExp(String.raw`^[\W_]*monitoring[*_]*\s*(?:[-–—:|]|$)|\bmitigated\b|\brolled\s+back\b|\brollback\s+(?:is\s+|was\s+|has\s+)?(?:complete[d]?|finished|done|succeeded|successful)\b|(?<!(?:\bnot|\bnever|n't)\s+)\breverted\s+(?:the\s+|a\s+|our\s+|that\s+|this\s+)?(?:(?:bad|faulty|offending|broken|problematic|new|recent|last)\s+)?${REVERTED}\b|\b${REVERTED}\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?reverted\b|\brevert\s+(?:is\s+|was\s+)?(?:deployed|complete[d]?|applied|rolled\s+out)\b|\bfailed\s+over\s+to\b|\bfailover\b[^.;]{0,40}?\b(?:complete[d]?|finished|succeeded|successful)\b|\b(?:temporarily|partially)\s+fix(?:ing|ed|es)\b|\bmitigation\s+(?:applied|complete[d]?|in\s+place)\b|\bapplied\s+(?:the\s+|a\s+)?mitigation\b|\bimpact\s+mitigated\b`, 'i'), /\b(?:mitigat|rolled|rollback|revert|failed\s+over|failover|temporarily|partially|monitoring)/i],
  // A ticket marked resolved is paperwork, often long after the service is back: "Sev 1 ticket marked as resolved".
  // "not yet resolved", "hasn't been resolved", "conflicts waiting to be resolved": a negation or a need marks nothing.
  ['resolved', /\bresolved\b(?<!\bmarked\s+(?:as\s+)?resolved|\b(?:ticket|jira)\b[^.;]{0,40}resolved|(?:\bnot|\bnever|n't)\s+(?:(?:yet|been|be|fully|completely|entirely)\s+){0,2}resolved|\b(?:waiting|wait|waits|needs?|needed|has|have|had|yet|remains?|remained|left|still)\s+to\s+be\s+resolved)|\bresolution\s+confirmed\b|\bincident\s+closed\b/i, /\b(?:resolved|resolution|incident\s+closed)/i],
  // What had stopped failing fails again: "errors recur", "the issue returned", "alerts resumed", "second outage". Not
  // "did not recur", "to prevent it from recurring", "may recur", "errors returned to baseline", nor "recurring" as a word
  // for a schedule ("the recurring job").
  ['recurred', /\b(?=re)(?<!(?:\bnot|\bnever|n't|\bno|\bto|\bfrom|\bprevent|\bmay|\bmight|\bcould|\bwould|\bwill|\bif)\s+(?:yet\s+|again\s+)?)\b(?:recur|recurs|recurred|re-?occurs?|re-?occurred|resurfaced|resurfaces|reappeared|reappears)\b|\b(?:errors?|issues?|problems?|failures?|outage|impact|timeouts?|alerts?|symptoms?)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:(?:returns?|returned)(?!\s+to\b)|came\s+back|comes?\s+back|resumed|resumes|started\s+again|began\s+again|again)\b|\bsecond\s+(?:outage|wave|occurrence)\b/i, /\b(?:recur|re-?occur|resurface|reappear|return|came|comes?|resum|started|began|again|second)/i],
];

const BIT = Object.fromEntries(MARKERS.map(([kind], k) => [kind, 1 << k])) as Record<MarkerKind | 'recurred', number>;

/** Every marker's words in one. */
const ANY_WORD = new RegExp(MARKERS.map(([, , word]) => `(?:${word.source})`).join('|'), 'i');

/** The milestones a text marks, and whether it says the failure came back: one bit each in the order of MARKERS. */
export function readMask(text: string): number {
  if (!ANY_WORD.test(text)) return 0;
  let mask = 0;
  MARKERS.forEach(([, re, word], k) => { if (word.test(text) && re.test(text)) mask |= 1 << k; });
  return mask;
}

/** `readMask` of a span of a line, kept in the line's record. */
const maskInSpan = perLineSpan((line: string, from: number, to: number) => readMask(line.slice(from, to)));

/**
 * The milestones a timeline entry of `model` marks (one bit per kind: see `hasMark`), kept in its line's record;
 * `scanned` is the model's line scan.
 */
export function entryMarks(model: PostmortemModel, entry: TimelineEntry, scanned: readonly ScannedLine[] = scannedLinesOf(model)): number {
  const { start, end } = entry.textRange;
  const record = start.line === end.line ? scanned[start.line - 1]?.record : undefined;
  const line = model.lines[start.line - 1];
  if (!record || line === undefined || end.column - start.column !== entry.text.length) return readMask(entry.text);
  return maskInSpan(record, line, start.column - 1, end.column - 1);
}

/** True when a mask from `entryMarks` holds the milestone `kind`. */
export function hasMark(mask: number, kind: MarkerKind): boolean {
  return (mask & BIT[kind]) !== 0;
}

/**
 * True when a mask from `entryMarks` says the failure came back ("errors recur", "the issue returned"): an end or a
 * resolution marked before it was not the end.
 */
export function marksRecurrence(mask: number): boolean {
  return (mask & BIT.recurred) !== 0;
}

/**
 * Said in a timeline's heading or before its first entry: "most recent first", "newest entries first", "latest on
 * top", "reverse chronological", "newest to oldest".
 */
const NEWEST_FIRST = /\b(?:(?:most recent|newest|latest)(?:[ \t]+(?:entries|entry|events|event|updates|update))?[ \t]+(?:first|on top|at the top)|reverse[- ]chronological|(?:newest|latest|most recent)[ \t]+to[ \t]+(?:oldest|earliest))\b/i;

/**
 * True when a timeline section says it runs newest first: in its heading, or on a line between the heading and its
 * first entry (`firstEntryLine`, 1-based; the line after the section when it has none).
 */
export function saysNewestFirst(section: Section, firstEntryLine: number, lines: readonly string[]): boolean {
  if (NEWEST_FIRST.test(section.title)) return true;
  for (let i = section.headingRange.start.line; i < firstEntryLine - 1 && i < lines.length; i++) if (NEWEST_FIRST.test(lines[i])) return true;
  return false;
}
