// Runs one rule over a Markdown text through the real model, as the check does.
import { parsePostmortem } from '../../../src/core/model/parse';
import type { CheckOptions } from '../../../src/core/check/types';
import type { ModelRule, Problem } from '../../../src/core/rules/types';

/** The problems a model rule reports on a text. */
export function runRule(rule: ModelRule, text: string, options: CheckOptions = {}): Problem[] {
  const model = parsePostmortem(text);
  const out: Problem[] = [];
  rule.check({ model, lines: model.lines, options }, (p) => out.push(p));
  return out;
}

/** Applies the edits of a fix to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; replacement: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.replacement + out.slice(offset(e.range.end));
  return out;
}
