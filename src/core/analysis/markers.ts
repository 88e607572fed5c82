/**
 * Timeline markers: words in a timeline entry that say which milestone it is ("OUTAGE BEGINS", "<START OF OUTAGE>",
 * "alert fired", "Mitigated", "Resolved"). The first entry that matches a milestone is that milestone.
 */

import { perLineSpan } from '../cache';
import { scannedLinesOf } from '../model/parse';
import type { ScannedLine } from '../model/scan';
import { skipSpaces } from '../model/text';
import type { PostmortemModel, Section, TimelineEntry } from '../model/types';
import { notAwaited } from './awaited';
import { foreignLoose, foreignWords, withForeign } from './markers-foreign';
import { wordScan } from './marker-words';
import { SYMPTOMS } from './symptoms';
import { FOREIGN_SYMPTOM, FOREIGN_SYMPTOM_WORDS } from './symptoms-foreign';

/** Milestones a timeline entry can mark. */
export type MarkerKind = 'start' | 'end' | 'detected' | 'mitigated' | 'resolved';
/**
 * What a timeline entry's words can say: a milestone, a failure come back, or a symptom seen (in English, or in
 * French, German or Spanish: two kinds, so that an English line with "down" never runs the other languages' pattern).
 */
type Mark = MarkerKind | 'recurred' | 'symptom' | 'foreignSymptom';

/**
 * What a rollback reverts ("Reverted the config change", "Deploy reverted"): what reverts is otherwise as often the
 * failure ("an older job reverted the branch protection", "it reverted back to the faulty state").
 */
const REVERTED = String.raw`(?:deploy(?:ment)?|change|commit|release|config(?:uration)?(?:\s+change)?|pr|pull\s+request|update|upgrade|migration|flag|patch|version|rollout)s?`;

/** Not preceded, in its clause, by "when", "until", "before" or "if" and a verb in the present: a return to come. */
const NOT_YET = String.raw`(?<!\b(?:when|until|till|before|if)\s[^.;,]{0,60}?\b(?:is|are|be|gets?|comes?)\s+(?:brought\s+|fully\s+)?)(?<!\b(?:when|until|till|before|if)\s+(?:the\s+|all\s+|our\s+)?)`;

/**
 * A return of only part of the service: "most traffic recovered", "some services restored" (before), "service restored
 * for some customers" (after). It ends nothing; "partially restored" marks a mitigation.
 */
const NOT_SOME = String.raw`(?<!\b(?:most|some|many|half|part)\s+(?:of\s+)?(?:the\s+|our\s+)?)`;
const NOT_FOR_SOME = String.raw`(?!\s+(?:for|to|in|on)\s+(?:only\s+)?(?:some|most|many|half|part|a\s+(?:subset|few|portion|fraction|part|majority|minority))\b)`;

/** Not after "when", "until", "once", "before" or "if" in its clause: "once latency returns to normal" is still to come. */
const NOT_AWAITED = notAwaited();

/** Not after a failure or a metric: "the errors are back", "error rates are up again" say the failure came back. */
const NOT_FAILING = String.raw`(?<!\b(?:errors?|issues?|problems?|failures?|alerts?|outage|timeouts?|symptoms?|rates?|latency|load|cpu|memory|usage)\s+(?:(?:is|are|was|were)\s+)?)`;

/**
 * What was down is up: "wire.com is reliably available again", "working again", "the build service comes back up",
 * "came back from downtime", "OBS is back" ending the entry. Not a return to come ("once the nodes come back up"),
 * denied ("not available again until Monday"), nor a failure or a metric that is back ("the errors are back", "error
 * rates are up again").
 */
const BACK_AGAIN = String.raw`${NOT_AWAITED}(?<!\b(?:not|never)\s+(?:yet\s+)?(?:[a-z]+\s+)?)\b(?:available|reachable|accessible|working|functional|operational|${NOT_FAILING}up)\s+again\b` +
  String.raw`|${NOT_AWAITED}${NOT_FAILING}\b(?:comes?|came|is|are|was|were)\s+back\s+(?:up\b(?!\s+to\b)|from\s+(?:the\s+)?(?:downtime|maintenance)\b)` +
  String.raw`|${NOT_FAILING}\b(?:is|are)\s+back\s*[.!]?\s*$`;

/**
 * What a business serves, counted by its rate: "checkouts", "payments", "traffic", "success rate", "writes". Its turn for the
 * worse starts the outage ("checkouts begin to decline"), its recovery ends it ("checkouts recover").
 */
const FLOWS = String.raw`(?:traffic|throughput|success\s+rates?|requests|orders|checkouts?|payments?|transactions|logins?|sign-?ups|writes|reads|uploads|downloads|queries|searches)`;

/**
 * Recovered ("has fully recovered"), or recovers as a present-tense timeline writes it ("checkouts recover"): not what
 * is recovered ("the service recovers the queued jobs"), nor a return to come ("once payments recover").
 */
const RECOVERS = String.raw`(?:(?:has|have)\s+)?(?:fully\s+)?(?:recovered\b|recovers?\b(?!\s+(?:the|a|an|all|our|their|its|lost|data)\b)${NOT_AWAITED})`;

/**
 * "INCIDENT START", "Outage end" as an entry's label, for `start` and `end`: not after "before", "until" and the like
 * ("before the incident start"), nor before "time" or "date" ("incident start time" names a field).
 */
function labelledMilestone(word: 'start' | 'end'): string {
  return String.raw`(?<!\b(?:before|after|since|until|till|to)\s+(?:the\s+)?)\b(?:outage|incident|downtime)\s+${word}\b(?!\s+(?:time|date)\b)`;
}

/** True for a milestone, whose markers are also read in French, German and Spanish (markers-foreign.ts). */
function isMilestone(kind: Mark): kind is MarkerKind {
  return kind !== 'recurred' && kind !== 'symptom' && kind !== 'foreignSymptom';
}

/** The words of a kind's English markers with those of its French, German and Spanish ones (accents optional). */
function wordsOf(kind: Mark, english: readonly string[]): string[] {
  return isMilestone(kind) ? [...english, ...foreignWords(kind)] : [...english];
}

/** The words of a kind's markers that may stand inside a longer word (`Störungsbeginn`). */
function looseOf(kind: Mark): string[] {
  return isMilestone(kind) ? foreignLoose(kind) : [];
}

/**
 * Each milestone's markers, and a word that every one of them holds after a word boundary: most entries hold none of
 * these words, and one test of them is far cheaper than the markers' alternatives tried at every character.
 */
const MARKERS: readonly (readonly [Mark, RegExp, readonly string[]])[] = [
  // "INCIDENT START", "Outage start" as an entry's label (not "before the incident start", "incident start time");
  // "Problem starts", "Errors started", "Errors begin", "Service starts degrading", "Requests began failing", "requests start to fail"
  // (not "start failing over"), a metric's turn for the worse ("Error rate starts climbing", "latency begins to rise",
  // "traffic begins to drop"), "`kubectl logs` has stopped
  // working" (not "never stopped working"); not "the issues started on
  // Feb 12th at 3pm", which dates the start elsewhere
  ['start', withForeign('start', new RegExp(String.raw`\b(?:outage|incident|impact|downtime|degradation)\s+(?:begins|began|starts|started)\b|\b(?:problems?|issues?|errors?|failures?)\s+(?:begins?|began|starts?|started)\b(?!\s+(?:on|at|around|about|approximately|since|earlier|before|in|time|date|\d))|\b(?:start|starts|started|begin|begins|began)\s+(?:to\s+)?(?:degrad(?:e|ing)|fail(?:ing)?|error(?:ing)?|tim(?:e|ing)\s+out)\b(?!\s+over\b)|\b(?:error\s+rates?|errors?|5xx(?:\s+(?:errors|responses))?|latenc(?:y|ies)|timeouts?|failures?|failure\s+rates?)\s+(?:start|starts|started|begin|begins|began)\s+(?:to\s+)?(?:climb(?:ing)?|ris(?:e|ing)|increas(?:e|ing)|spik(?:e|ing)|grow(?:ing)?)\b|\b${FLOWS}\s+(?:start|starts|started|begin|begins|began)\s+(?:to\s+)?(?:drop(?:ping)?|fall(?:ing)?|declin(?:e|ing))\b|(?<!(?:\bnever|\bnot|n't)\s+)\b(?:stopped|stops)\s+(?:working|responding)\b|<?\bstart\s+of\s+(?:the\s+)?(?:outage|incident|impact)\b>?|\bimpact\s+start\b`, 'i'), labelledMilestone('start')), ['begin', 'began', 'start', 'stop']],
  // A return still to come ("when the gateways are brought back online", "until the service is restored") ends nothing.
  // "is reliably available again", "comes back up", "comes back from downtime", "OBS is back" (see BACK_AGAIN);
  // "everything is working" (not "not everything is working", "everything is working except uploads"); "Full
  // restoration", "full service recovery" (not "full recovery expected by 18:00", "until full restoration").
  // "Errors stopped", "errors seem to have stopped", "the issue goes away", "incident appears to be over": what failed
  // stops failing; not a question ("discussion if incident is over or not"). "Metrics return to normal" or "to baseline" too, not
  // "once latency returns to normal", "expected to return to normal" nor "has not returned to normal".
  // "Checkouts recover", "payments recovered", "the service recovers" (see RECOVERS), not "most checkouts recovered".
  ['end', withForeign('end', new RegExp(String.raw`\b(?:outage|incident|impact|downtime|degradation)(?<!\b(?:if|whether)\s+(?:the\s+)?\w+)\s+(?:(?:is|was|appears\s+to\s+be|seems\s+to\s+be)\s+)?(?:ends|ended|over)\b|<?\bend\s+of\s+(?:the\s+)?(?:outage|incident|impact)\b>?|\bimpact\s+end\b|${labelledMilestone('end')}|\bfull(?:y)?\s+recovered\b|${NOT_YET}(?:\bback\s+online\b|(?<!\bnot\s+(?:yet\s+)?)\bback\s+to\s+(?:normal|baseline)\b|${NOT_AWAITED}(?<!\b(?:not|never|to|will|would|should|shall|may|might|can|could|must|did|does|do)\s+|n't\s+)\b(?:returns?|returned|(?:has|have)\s+returned)\s+to\s+(?:normal|baseline)\b|${NOT_SOME}\b(?:service|services|site|website|api|system|systems|latency|error\s+rates?|${FLOWS})\s+${RECOVERS}${NOT_FOR_SOME}|${NOT_SOME}\b(?:service|services|site|website|api|access)\s+(?:is\s+|are\s+|was\s+|were\s+|(?:has|have)\s+been\s+)?(?:fully\s+)?restored\b${NOT_FOR_SOME}|(?<!\bnot\s+(?:yet\s+)?)\bfully\s+restored\b|\b(?:errors?|failures?|timeouts?|(?:the\s+)?(?:issue|problem)s?)\s+(?:(?:have|has|seem\s+to\s+have|seems\s+to\s+have|appear\s+to\s+have|appears\s+to\s+have)\s+)?(?:stopped|stops|ceased|subsided|went\s+away|goes\s+away|disappeared)\b|${BACK_AGAIN}|${NOT_AWAITED}(?<!\b(?:no|before|until|awaiting)\s+)\bfull\s+(?:service\s+)?(?:restoration|recovery)\b(?!\s+(?:is\s+|was\s+)?(?:expected|planned|pending|eta|estimated|not)\b)|(?<!\bnot\s+)\beverything\s+(?:is|was)\s+(?:working|operational)\b(?!\s+(?:again\s+)?(?:except|but|apart)\b)|^[\W_]*recovered[\W_]*$)`, 'i')), ['end', 'over', 'recover', 'online', 'normal', 'baseline', 'restored', 'stop', 'ceased', 'subsided', 'away', 'disappeared', 'again', 'back', 'everything', 'full']],
  // "no malware was detected", "not detected", "no alert fired", "nobody was paged": a negation marks nothing. "Alert
  // fires", "PagerDuty fires an alert", "we were paged" mark detection. A status page's "Investigating" update (the
  // word as the entry's label: "**Investigating** - We are looking into errors", or opening it: "investigating elevated
  // errors"; not "still investigating") says the team knows, as its "Identified" update does (the earliest wins), and
  // so does an entry labelled with its phase as incident templates lay them out ("09:12 - Detection: queue alert
  // paged on-call").
  // "The alarm for pricing taking too long fired", "alarm went off", "monitoring alerted us"; not "alerts that never fired".
  // An alerting tool's message opens with its state: PagerDuty's and Datadog's "Triggered: ..." ("Triggered #4512"),
  // Grafana's and Alertmanager's "[FIRING:1] HighErrorRate", maybe after an emoji (":rotating_light: Triggered: ...");
  // not "triggered by the deploy". An incident tool's incident opened by an alert: "PagerDuty incident triggered",
  // "Incident #4512 triggered", "Incident created by PagerDuty" (not "incident triggered by the config push", its
  // cause, nor an incident a person opened). The incident declared ("Incident declared", "Sam declared the incident",
  // "SEV2 declared"): whoever declares it knows of it (not "declared resolved").
  ['detected', withForeign('detected', /^[\W_]*investigating(?![a-z])|^[\W_]*(?::[\w+-]+:[\W_]*)?(?:triggered\s*[:#[]|firing(?::\s*\d+)?\])|^[\W_]*identified[*_]*\s*(?:[-–—:|]|$)|^[\W_]*(?:(?:initial|first)\s+)?detection[*_]*\s*(?:$|:[*_]*(?!\s*(?:gap|delay|missed|failed|none|n\/a)\b))|\bdetected\b(?<!(?:\bno|\bnot|\bnever|n't|\bnothing)\b[^.;,]{0,30}detected)|(?<!\b(?:no|without)\s+(?:[\w-]+\s+)?)\balerts?\s+(?:fired|fires|fire|firing|triggered|received|raised)\b|(?<!\b(?:no|without)\s+(?:[\w-]+\s+)?)\b(?:alarms?|alerts?)\s+(?:(?!(?:not|never|did|didn't|would|should|could|will)\b)[\w-]+\s+){0,6}?(?:fired|triggered|went\s+off)\b|(?<!\b(?:no|without)\s+(?:[\w-]+\s+)?)\balarms?\s+(?:fires|goes\s+off)\b|\balerted\s+(?:us|the\s+(?:team|on-?call))\b|\bfire[sd]?\s+(?:an?\s+|the\s+)?alerts?\b|(?<!\b(?:nobody|no\s+one)\s+)\b(?:was|were|gets?|got)\s+paged\b|\bpages?\s+(?:the\s+)?on-?call\b|\bon-?call\s+(?:engineer\s+)?paged\b|\bfirst\s+(?:customer\s+)?reports?\b|^[\W_]*first\s+(?:alert|page|alarm)s?\b(?!\s+(?:rule|threshold|policy)s?\b)|^[\W_]*(?:(?:pagerduty|opsgenie)\s+)?incident\s+(?:#?\d+\s+)?triggered\b(?!\s+by\b)|\b(?:pagerduty|opsgenie)\s+(?:incident|alert)\s+(?:#?\d+\s+)?triggered\b(?!\s+by\b)|^[\W_]*incident\s+(?:#?\d+\s+)?(?:created|opened)\s+(?:by|via|from)\s+(?:an?\s+|the\s+)?(?:pagerduty|opsgenie|datadog|grafana|alertmanager|prometheus|new\s+relic|sentry|alert|monitor)|\breceive[sd]?\s+(?:an?\s+)?(?:page|pager|alert)|\bpager\s+(?:storm|alert)|\b(?:is|are|was|were|been|gets?|got|team|on-?call|sres?|engineers?)\s+alerted\b|(?<!\bno\s+)\bincident\s+(?:#?\d+\s+)?(?:was\s+)?declared\b(?!\s+(?:resolved|over|closed|mitigated|ended)\b)|\bdeclared\s+(?:an?\s+|the\s+)?(?:(?:sev|p)\s?\d\s+|major\s+|critical\s+|new\s+)?incident\b(?!\s+(?:resolved|over|closed|mitigated|ended)\b)|^[\W_]*(?:sev|p)\s?[0-4]\s+declared\b/i), ['detected', 'detection', 'alert', 'alarm', 'page', String.raw`first\s`, 'investigating', 'identified', 'triggered', 'firing', String.raw`incident\s+(?:#?\d+\s+)?(?:created|opened)`, 'declared']],
  // A status page's "Monitoring" update (Cachet's "Watching"): a fix is in and its effect is watched. A rollback or
  // revert done, a failover done ("Rollback complete", "Reverted the config change", "Failed over to us-west-2"); not
  // one started, to come or denied ("Rollback started", "needs to be reverted", "was not reverted", "Failover failed").
  ['mitigated', withForeign('mitigated', new RegExp(String.raw`^[\W_]*(?:monitoring|watching)[*_]*\s*(?:[-–—:|]|$)|^[\W_]*mitigation[*_]*\s*:[*_]*(?!\s*(?:start|started|starts|begins|began|attempt|attempted|planned|failed|pending|in\s+progress)\b)|\bmitigated\b|\brolled\s+back\b|\brollback\s+(?:is\s+|was\s+|has\s+)?(?:complete[d]?|finished|done|succeeded|successful)\b|(?<!(?:\bnot|\bnever|n't)\s+)\breverted\s+(?:the\s+|a\s+|our\s+|that\s+|this\s+)?(?:(?:bad|faulty|offending|broken|problematic|new|recent|last)\s+)?${REVERTED}\b|\b${REVERTED}\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?reverted\b|\brevert\s+(?:is\s+|was\s+)?(?:deployed|complete[d]?|applied|rolled\s+out)\b|\bfailed\s+over\s+to\b|\bfailover\b[^.;]{0,40}?\b(?:complete[d]?|finished|succeeded|successful)\b|\b(?:temporarily|partially)\s+fix(?:ing|ed|es)\b|(?<!\bnot\s+(?:yet\s+)?(?:even\s+)?)\b(?:partially|partly)\s+(?:restored|recovered)\b|(?<!\bno\s+)\bpartial\s+(?:restoration|recovery)\b|\bmitigation\s+(?:applied|complete[d]?|in\s+place)\b|\bapplied\s+(?:the\s+|a\s+)?mitigation\b|\bimpact\s+mitigated\b`, 'i')), ['mitigat', 'rolled', 'rollback', 'revert', String.raw`failed\s+over`, 'failover', 'temporarily', 'partial', 'partly', 'monitoring', 'watching']],
  // A ticket marked resolved is paperwork, often long after the service is back: "Sev 1 ticket marked as resolved".
  // An earlier outage resolved is not this one: "The first occurrence resolved itself without ever being diagnosed".
  // "Issue resolves naturally", as a present-tense timeline writes it; not "if the issue resolves itself".
  // "not yet resolved", "hasn't been resolved", "conflicts waiting to be resolved": a negation or a need marks nothing.
  // A status page's "Completed" update ends a maintenance as "Resolved" ends an incident, and so does Cachet's "Fixed".
  ['resolved', withForeign('resolved', /\bresolved\b(?<!\bmarked\s+(?:as\s+)?resolved|\b(?:ticket|jira)\b[^.;]{0,40}resolved|\b(?:previous|prior|earlier|first|last|other)\s+(?:occurrence|incident|outage)s?\b[^.;]{0,30}resolved|(?:\bnot|\bnever|n't)\s+(?:(?:yet|been|be|fully|completely|entirely)\s+){0,2}resolved|\b(?:waiting|wait|waits|needs?|needed|has|have|had|yet|remains?|remained|left|still)\s+to\s+be\s+resolved)|(?<!\b(?:if|when|until|unless|whether|once)\s[^.;,]{0,40})\b(?:issue|problem|incident|outage)\s+resolves\b|\bresolution\s+confirmed\b|\bincident\s+closed\b|^[\W_]*resolution[*_]*\s*(?:$|:[*_]*(?!\s*(?:pending|planned|tbd|unknown|in\s+progress)\b))|^[\W_]*(?:completed|fixed)[*_]*\s*(?::|$)/i), ['resolved', 'resolves', 'resolution', String.raw`incident\s+closed`, 'completed', 'fixed']],
  // "seeing 500s", "error rate climbing", "checkout is down": the outage is visible here (see symptoms.ts), each form
  // a test of its own
  ...SYMPTOMS.map(([re, words]) => ['symptom', re, words] as const),
  // "on voit des 500", "Fehlerrate steigt", "el sitio está caído" (see symptoms-foreign.ts)
  ['foreignSymptom', FOREIGN_SYMPTOM, FOREIGN_SYMPTOM_WORDS],
  // What had stopped failing fails again: "errors recur", "the issue returned", "alerts resumed", "second outage". Not
  // "did not recur", "to prevent it from recurring", "may recur", "errors returned to baseline", nor "recurring" as a word
  // for a schedule ("the recurring job"). "The database cluster crashes again", "the site went down again".
  ['recurred', /\b(?=re)(?<!(?:\bnot|\bnever|n't|\bno|\bto|\bfrom|\bprevent|\bmay|\bmight|\bcould|\bwould|\bwill|\bif)\s+(?:yet\s+|again\s+)?)\b(?:recur|recurs|recurred|re-?occurs?|re-?occurred|resurfaced|resurfaces|reappeared|reappears)\b|\b(?:errors?|issues?|problems?|failures?|outage|impact|timeouts?|alerts?|symptoms?)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:(?:returns?|returned)(?!\s+to\b)|came\s+back|comes?\s+back|resumed|resumes|started\s+again|began\s+again|again)\b|\bsecond\s+(?:outage|wave|occurrence)\b|(?<!(?:\bnot|\bnever|n't)\s+)\b(?:crash(?:es|ed)?|goes\s+down|went\s+down)\s+again\b/i, ['recur', 're-?occur', 'resurface', 'reappear', 'return', 'came', 'comes?', 'resum', 'started', 'began', 'again', 'second']],
];

/** Each kind's bit in a mask, in the order of MARKERS (a kind with several tests has one bit). */
const BIT = {} as Record<Mark, number>;
for (const [kind] of MARKERS) BIT[kind] ??= 1 << Object.keys(BIT).length;

/** Each marker's test, and the bit of its kind. */
const TESTS: readonly RegExp[] = MARKERS.map(([, re]) => re);
const TEST_BITS: readonly number[] = MARKERS.map(([kind]) => BIT[kind]);

/** The kinds whose words a text holds (see `wordScan`). */
const wordsHeld = wordScan(MARKERS.map(([kind, , words]) => ({ words: wordsOf(kind, words), loose: looseOf(kind) })));

/** An inline code span: a log line or command quoted (`detected conn error (1022)`), not what the entry says. */
const CODE_SPAN = /`[^`]*`/g;

/**
 * The milestones a text marks, and whether it says the failure came back: one bit each in the order of MARKERS. Words
 * in inline code spans mark nothing (`- 03:05 kernel: \`detected conn error\``). Each kind's marker runs only on a
 * text that holds one of its words (one pass over the text finds them all).
 */
export function readMask(text: string): number {
  const plain = text.includes('`') ? text.replace(CODE_SPAN, ' ') : text;
  const holds = wordsHeld(plain);
  if (holds === 0) return 0;
  let mask = 0;
  for (let k = 0; k < TESTS.length; k++) if ((holds & (1 << k)) !== 0 && (mask & TEST_BITS[k]) === 0 && TESTS[k].test(plain)) mask |= TEST_BITS[k];
  return mask;
}

/** `readMask` of a span of a line, kept in the line's record (reads only its line). */
const maskInSpan = perLineSpan(readSpanMask);

/**
 * The milestones a timeline entry of `model` marks (one bit per kind: see `hasMark`), kept in its line's record;
 * `scanned` is the model's line scan.
 */
export function entryMarks(model: PostmortemModel, entry: TimelineEntry, scanned: readonly ScannedLine[] = scannedLinesOf(model)): number {
  const { start, end } = entry.textRange;
  const record = start.line === end.line ? scanned[start.line - 1]?.record : undefined;
  const line = model.lines[start.line - 1];
  if (!record || line === undefined || end.column - start.column !== entry.text.length) return readMask(entry.text);
  const mask = maskInSpan(record, line, start.column - 1, end.column - 1);
  // An event named before its time keeps the name in its text (`- Grafana Alerting 2:04 PM [FIRING:1] ...`): the
  // words after the time are read as the text of an entry that opens with its time is.
  const time = entry.timeRange;
  if (time.start.line !== start.line || time.start.column <= start.column || time.end.column >= end.column) return mask;
  const after = skipSpaces(line, time.end.column - 1, end.column - 1);
  return after < end.column - 1 ? mask | maskAfterTime(record, line, after, end.column - 1) : mask;
}

/** `maskInSpan` of the words after an entry's time inside its text, in a slot of its own. */
const maskAfterTime = perLineSpan(readSpanMask);

/** `readMask` of `line[from, to)`. */
function readSpanMask(line: string, from: number, to: number): number {
  return readMask(line.slice(from, to));
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
 * True when a mask from `entryMarks` says the outage is visible ("seeing 500s", "on voit des 500"): a start when
 * nothing gives one.
 */
export function marksSymptom(mask: number): boolean {
  return (mask & (BIT.symptom | BIT.foreignSymptom)) !== 0;
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
