/**
 * Symptoms: words in a timeline entry that say the outage is visible at its time, without naming its start ("seeing
 * 500s", "error rate climbing", "checkout is down"). They mark the start only when nothing else gives it (see
 * `analyze`): a symptom is often written after the start, as the on-call sees it. In French, German and Spanish: see
 * symptoms-foreign.ts.
 */
import { notAwaited } from './awaited';

/** What fails as a symptom is seen: server errors, errors, timeouts, failures. */
const FAILING = String.raw`(?:5\d\ds?|5xxs?|errors|timeouts|failures|exceptions)\b`;

/** A metric of failure, the subject of its rise. */
const FAILURE_METRIC = String.raw`(?:error\s+rates?|errors|5xxs?|5\d\ds|latenc(?:y|ies)|timeouts|failures|failure\s+rates?)`;

/** What a team names as down: the service, the site, a host name. */
const DOWN_SUBJECT = String.raw`(?:site|website|app|api|service|services|checkout|logins?|payments|search|prod|production|everything|[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|io|net|org|dev|app))`;

/**
 * Not in a clause that waits for it or sets a condition: "page me if you start seeing 500s", "unless you see 500s".
 * Tested at the symptom's end, so that text without one never runs it.
 */
const NOT_AWAITED = notAwaited(['unless']);

/** Not a question: "anyone else seeing 500s?", "is checkout down?", "¿el sitio está caído?". */
export const NOT_ASKED = String.raw`(?![^.!?\n]{0,80}\?)`;

/** A symptom with the words one of which it holds: the prefilter before its pattern. */
const symptom = (source: string, words: readonly string[]): readonly [RegExp, readonly string[]] => [new RegExp(`(?:${source})${NOT_AWAITED}${NOT_ASKED}`, 'i'), words];

/**
 * A symptom seen now, each form with the words one of which it holds, so that a text runs only the forms whose words
 * it holds ("error rate above 5%" runs the threshold's form only). "seeing 500s", "we're seeing elevated errors" (not
 * "not seeing", "no longer seeing", "still seeing", which say it started before, nor "the 500s we were seeing
 * yesterday"); "error rate climbing", "errors spiking", "latency is climbing" (not "climbing back to normal");
 * "checkout is down", "api.example.com went down" (not "error rate is down", "scaled down"); a metric of failure past
 * a number or a threshold, as alerts word it ("p99 latency exceeds 3s", "error rate above 5%", "5xx rate crossed the
 * SLO threshold"; not "latency over the weekend"). A question marks nothing ("anyone else seeing 500s?", "is checkout
 * down?").
 */
export const SYMPTOMS: readonly (readonly [RegExp, readonly string[]])[] = [
  symptom(String.raw`\bseeing(?<!(?:\bnot|n't|\bno\s+longer|\bstill|\bnever|\bstopped)\s+seeing)\s+(?:(?:a\s+lot\s+of|lots\s+of|many|more|some|elevated|increased|high|intermittent)\s+)?${FAILING}`, ['seeing']),
  symptom(String.raw`\b${FAILURE_METRIC}\s+(?:(?:is|are)\s+)?(?:climbing|rising|spiking|spikes?|spiked|surging)\b(?!\s+(?:back|down)\b)`, ['climbing', 'rising', 'spik', 'surging']),
  symptom(String.raw`\b${DOWN_SUBJECT}\s+(?:is|are|was|were|went|goes)\s+(?:completely\s+|fully\s+|hard\s+)?down\b(?!\s+(?:to|by|from)\b)`, ['down']),
  symptom(String.raw`\b${FAILURE_METRIC}(?:\s+rates?)?\s+(?:(?:is|are)\s+)?(?:exceeds?|exceeded|above|over|crosse[sd]|breache[sd])\s+(?:the\s+)?(?:\d|(?:slo|alert(?:ing)?)?\s*thresholds?\b|slos?\b)`, ['exceed', 'above', 'over', 'cross', 'breach']),
];
