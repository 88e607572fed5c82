// The typed contract between the editor and the lint worker (worker_threads in Node, a web worker in the browser).
// Only plain data crosses: the findings and the small part of the analysis that hovers and the status bar need.
import type { CheckOptions } from '../../core/check/types';
import type { DocumentZone, Metrics, ResolvedTime } from '../../core/analysis/types';
import type { Finding } from '../../core/types';

/** What a check of one document gives the editor. */
export interface LintOutput {
  findings: Finding[];
  /** Every time in the document, resolved (for hovers). */
  times: ResolvedTime[];
  metrics: Metrics;
  documentZone?: DocumentZone;
  /** Milliseconds the check itself took. */
  checkMs: number;
}

/** Editor -> worker: check this text. */
export interface LintRequest {
  type: 'lint';
  id: number;
  text: string;
  options: CheckOptions;
}

/** Worker -> editor: the result of request `id`, or why it failed. */
export type LintResponse =
  | { type: 'result'; id: number; output: LintOutput }
  | { type: 'error'; id: number; message: string };

/** A function that checks a text (the core's `check`, adapted to LintOutput). */
export type LintFunction = (text: string, options: CheckOptions) => LintOutput;

function isLintRequest(m: unknown): m is LintRequest {
  const r = m as LintRequest;
  return !!r && r.type === 'lint' && typeof r.id === 'number' && typeof r.text === 'string' && typeof r.options === 'object';
}

/** Answers one message sent to the worker; never throws (errors become an `error` response). */
export function answerLintRequest(message: unknown, lint: LintFunction): LintResponse | undefined {
  if (!isLintRequest(message)) return undefined;
  try {
    return { type: 'result', id: message.id, output: lint(message.text, message.options) };
  } catch (e) {
    return { type: 'error', id: message.id, message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
}
