// The check as the editor needs it: findings plus the part of the analysis hovers and the status bar read.
// Runs inside the lint worker, or inline for tiny documents.
import { check } from '../../core/check';
import type { CheckOptions } from '../../core/check/types';
import type { LintOutput } from './protocol';

/** Checks `text` and keeps what crosses to the editor (never the whole model: it is large and unused there). */
export function runLint(text: string, options: CheckOptions): LintOutput {
  const started = performance.now();
  const { findings, analysis } = check(text, options);
  const output: LintOutput = { findings, times: analysis.times, metrics: analysis.metrics, checkMs: 0 };
  if (analysis.documentZone) output.documentZone = analysis.documentZone;
  output.checkMs = performance.now() - started;
  return output;
}
