// Runs one time rule over a Markdown text through the real analysis, as the check does, at a fixed "now".
import { analyze } from '../../../src/core/analysis/analyze';
import type { CheckOptions } from '../../../src/core/check/types';
import type { AnalysisRule, Problem } from '../../../src/core/rules/types';

/** 2026-01-01T00:00Z: years pinned by weekdays do not move. */
export const NOW = Date.UTC(2026, 0, 1);

/** The problems a time rule reports on a text. */
export function runTimeRule(rule: AnalysisRule, text: string, options: CheckOptions = {}): Problem[] {
  const opts = { now: NOW, ...options };
  const analysis = analyze(text, opts);
  const out: Problem[] = [];
  rule.check({ model: analysis.model, lines: analysis.model.lines, options: opts, analysis }, (p) => out.push(p));
  return out;
}

/** The text each problem's range covers (`line:text`), to compare with a table's expectations. */
export function flagged(rule: AnalysisRule, text: string, options: CheckOptions = {}): string[] {
  const lines = text.split('\n');
  return runTimeRule(rule, text, options).map((p) => {
    const { start, end } = p.range;
    return `${start.line}:${lines[start.line - 1].slice(start.column - 1, end.line === start.line ? end.column - 1 : undefined)}`;
  });
}

/** A postmortem from its lines. */
export const doc = (...lines: string[]): string => lines.join('\n') + '\n';
