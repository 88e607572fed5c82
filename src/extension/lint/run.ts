// The check as the editor needs it: findings plus the part of the analysis hovers and the status bar read.
// Runs inside the lint worker, or inline for tiny documents. Our own rules are fast and markdownlint is not, so the
// worker reports in two phases: our findings first, then all findings once markdownlint is done.
import { check, compareFindings, configuredSeverity, internalFinding, MARKDOWNLINT_MAX_CHARS, readSuppressions, runMarkdownlint } from '../../core/check';
import type { CheckOptions } from '../../core/check/types';
import type { Finding } from '../../core/types';
import { toMetricsView, toTimeView, type LintOutput } from './protocol';

/** markdownlint's findings exactly as `check` adds them: skipped when huge, configured severities, suppressions. */
function markdownlintFindings(text: string, lines: readonly string[], options: CheckOptions): Finding[] {
  if (options.markdownlint === false) return [];
  if (text.length > MARKDOWNLINT_MAX_CHARS) {
    // the same notice check() gives in this case
    return [{
      ruleId: 'markdownlint', ruleName: 'markdownlint', severity: 'info',
      message: `markdownlint's own rules were skipped: the document is over ${MARKDOWNLINT_MAX_CHARS / 1024 / 1024} MiB.`,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }];
  }
  let raw: Finding[];
  try {
    raw = runMarkdownlint(text, lines, typeof options.markdownlint === 'object' ? options.markdownlint : undefined);
  } catch (e) {
    return [internalFinding('markdownlint', 'markdownlint', e)];
  }
  const suppressions = readSuppressions(lines);
  const out: Finding[] = [];
  for (const f of raw) {
    const severity = configuredSeverity(f.ruleId, f.ruleName, f.severity, options.rules);
    if (severity !== undefined && !suppressions.isSuppressed(f.range.start.line, f.ruleId, f.ruleName)) out.push({ ...f, severity });
  }
  return out;
}

/**
 * Checks `text` and keeps what crosses to the editor (never the model or the scanner's details: large, unused
 * there). `onOurFindings` receives a first result with our rules' findings before markdownlint runs.
 */
export function runLint(text: string, options: CheckOptions, onOurFindings?: (partial: LintOutput) => void): LintOutput {
  const started = performance.now();
  const ours = check(text, { ...options, markdownlint: false });
  const output: LintOutput = {
    findings: ours.findings,
    timesJson: JSON.stringify(ours.analysis.times.map(toTimeView)),
    metrics: toMetricsView(ours.analysis.metrics),
    checkMs: 0,
  };
  if (ours.analysis.documentZone) output.documentZone = ours.analysis.documentZone;
  if (options.markdownlint === false) {
    output.checkMs = performance.now() - started;
    return output;
  }
  if (onOurFindings) onOurFindings({ ...output, checkMs: performance.now() - started });
  const md = markdownlintFindings(text, ours.analysis.model.lines, options);
  output.findings = [...ours.findings, ...md].sort(compareFindings);
  output.checkMs = performance.now() - started;
  return output;
}
