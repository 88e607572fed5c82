// The check as the editor needs it: findings plus the part of the analysis hovers and the status bar read.
// Runs inside the lint worker, or inline for tiny documents.
import { check } from '../../core/check';
import type { CheckOptions } from '../../core/check/types';
import { toMetricsView, toTimeView, type LintOutput } from './protocol';

/** Checks `text` and keeps what crosses to the editor (never the model or the scanner's details: large, unused there). */
export function runLint(text: string, options: CheckOptions): LintOutput {
  const started = performance.now();
  const { findings, analysis } = check(text, options);
  const output: LintOutput = { findings, timesJson: JSON.stringify(analysis.times.map(toTimeView)), metrics: toMetricsView(analysis.metrics), checkMs: 0 };
  if (analysis.documentZone) output.documentZone = analysis.documentZone;
  output.checkMs = performance.now() - started;
  return output;
}
