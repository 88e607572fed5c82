// The check as the editor needs it, in two independent parts that run in two workers: our rules (fast, with the part
// of the analysis hovers and the status bar read) and markdownlint's rules (slow on large documents, so linted chunk
// by chunk with a cache and stopped between chunks when a newer text is waiting). Tiny documents run both inline.
// The preview's report is rendered in the markdownlint worker too, where the chunks linted for the diagnostics are.
import { check, compareFindings, drain, markdownlintFindingSteps, type ChunkCache } from '../../core/check';
import type { CheckOptions } from '../../core/check/types';
import { splitLines } from '../../core/model/text';
import type { Finding } from '../../core/types';
import { renderReport, renderReportContent, type BodyCache } from '../../core/render';
import { toMetricsView, toOutlineView, toTimeView, type LintOutput, type WorkerRenderOptions } from './protocol';

/**
 * Our rules' findings for `text`, and what crosses to the editor of the analysis (never the model or the scanner's
 * details: large, unused there). markdownlint does not run here.
 */
export function runOurRules(text: string, options: CheckOptions): LintOutput {
  const started = performance.now();
  const ours = check(text, { ...options, markdownlint: false });
  const output: LintOutput = {
    findings: ours.findings,
    timesJson: JSON.stringify(ours.analysis.times.map(toTimeView)),
    metrics: toMetricsView(ours.analysis.metrics),
    outline: toOutlineView(ours.analysis.model),
    checkMs: 0,
  };
  if (ours.analysis.documentZone) output.documentZone = ours.analysis.documentZone;
  output.checkMs = performance.now() - started;
  return output;
}

/** markdownlint's findings for `text` exactly as `check` adds them, yielding after each chunk linted. */
export function markdownlintPhase(text: string, options: CheckOptions, cache?: ChunkCache): Generator<void, Finding[], void> {
  return markdownlintFindingSteps(text, splitLines(text), options, cache);
}

/**
 * The report of `text` (our rules and markdownlint's findings, as `check` gives them), yielding after each
 * markdownlint chunk linted. `bodyCache` lets a live preview re-render only the sections that changed.
 */
export function* renderPhase(text: string, options: CheckOptions, render: WorkerRenderOptions, part: 'content' | 'page', cache?: ChunkCache, bodyCache?: BodyCache): Generator<void, string, void> {
  const ours = check(text, { ...options, markdownlint: false });
  const md = options.markdownlint === false ? [] : yield* markdownlintFindingSteps(text, ours.analysis.model.lines, options, cache, ours.analysis.model.wikiMarkup === true);
  const input = { analysis: ours.analysis, findings: mergeFindings(ours.findings, md), text };
  return part === 'content' ? renderReportContent(input, { ...render, ...(bodyCache ? { bodyCache } : {}) }) : renderReport(input, render);
}

/** Both parts at once, as `check` gives them (tiny documents, and the fallback when no worker can run). */
export function runLint(text: string, options: CheckOptions): LintOutput {
  const output = runOurRules(text, options);
  if (options.markdownlint === false) return output;
  const md = drain(markdownlintPhase(text, options));
  return { ...output, findings: mergeFindings(output.findings, md) };
}

/** Our rules' findings and markdownlint's in document order (both already sorted and suppression-filtered). */
export function mergeFindings(ours: readonly Finding[], markdownlint: readonly Finding[]): Finding[] {
  return markdownlint.length === 0 ? [...ours] : [...ours, ...markdownlint].sort(compareFindings);
}
