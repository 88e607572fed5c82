/**
 * Clauses that wait for what they hold or set a condition on it ("once latency returns to normal", "page me if you
 * start seeing 500s"): what they say has not happened yet. Shared by the timeline markers and the symptoms.
 */

/** The words that open such a clause in English. */
const AWAITING: readonly string[] = ['when', 'until', 'till', 'once', 'before', 'if'];

/**
 * A lookbehind: not after one of the words that open an awaited clause, in the same clause (no `.`, `;` or `,` in
 * between, at most 60 characters); `also` adds words ("unless" for a symptom). Tested where a match ends, so that
 * text that holds no match never runs it.
 */
export function notAwaited(also: readonly string[] = []): string {
  return String.raw`(?<!\b(?:${[...AWAITING, ...also].join('|')})\s${NOT_CLOCK}[^.;,]{0,60}?)`;
}

/**
 * Not before a clock: `until 14:40`, `bis 14:05`, `hasta las 12:25` close a range of hours (`from 14:30 until 14:40 and
 * payments recover`), they open no clause that waits.
 */
export const NOT_CLOCK = String.raw`(?!(?:las\s)?[~≈]?\d{1,2}(?::\d\d|[hH]\d\d|\s?[aApP]\.?[mM]))`;
