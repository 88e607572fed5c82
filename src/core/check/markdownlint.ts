/**
 * markdownlint's own rules, run with quiet defaults: only rules that catch broken structure or rendering,
 * none about taste (line length, trailing spaces, blank lines). A workspace configuration merges over them.
 */
import { lint } from 'markdownlint/sync';
import type { Configuration, LintError } from 'markdownlint';
import type { Finding, Fix, Range } from '../types';

/** The quiet defaults (documented in docs/rules/markdownlint.md). */
export const quietMarkdownlintConfig: Readonly<Configuration> = {
  default: false,
  MD001: true, // heading levels skip (## then ####)
  MD005: true, // list items at one level indented differently
  MD011: true, // (reversed)[link]
  MD018: true, // #Heading without a space: not a heading at all
  MD019: true,
  MD020: true,
  MD021: true,
  MD023: true, // indented heading: not a heading
  MD024: { siblings_only: true }, // two "Timeline" sections side by side
  MD025: { front_matter_title: '' }, // two top-level titles (front matter title allowed next to "# Title")
  MD037: true, // ** bold ** does not render
  MD038: true,
  MD039: true,
  MD042: true, // [empty]() link
  MD045: true, // image without alt text
  MD051: true, // [link](#missing-heading)
  MD052: true, // [undefined reference][ref]
  MD056: true, // table row with a different column count: cells shift
};

/** The configuration used: quiet defaults, with a workspace configuration merged over them. */
export function markdownlintConfig(workspace?: Record<string, unknown>): Configuration {
  return { ...quietMarkdownlintConfig, ...(workspace ?? {}) } as Configuration;
}

/** Runs markdownlint's own rules over a document; findings carry the rule id (`MD001`) and name. */
export function runMarkdownlint(text: string, lines: readonly string[], workspace?: Record<string, unknown>): Finding[] {
  const results = lint({ strings: { document: text }, config: markdownlintConfig(workspace), handleRuleFailures: true });
  return (results.document ?? []).map((e) => toFinding(e, lines));
}

/** One markdownlint error as a finding (severity warning until the configuration says otherwise). */
function toFinding(e: LintError, lines: readonly string[]): Finding {
  const line = e.lineNumber;
  const text = lines[line - 1] ?? '';
  const range: Range = e.errorRange
    ? { start: { line, column: e.errorRange[0] }, end: { line, column: e.errorRange[0] + e.errorRange[1] } }
    : { start: { line, column: 1 }, end: { line, column: text.length + 1 } };
  const detail = e.errorDetail ? `: ${e.errorDetail}` : '';
  const context = e.errorContext ? ` [${e.errorContext}]` : '';
  const finding: Finding = {
    ruleId: e.ruleNames[0],
    ruleName: e.ruleNames[1] ?? e.ruleNames[0],
    severity: 'warning',
    message: `${e.ruleDescription}${detail}${context}`,
    range,
  };
  const fix = e.fixInfo ? toFix(e, lines) : undefined;
  if (fix) finding.fixes = [fix];
  return finding;
}

/** markdownlint's fix info as text edits (`deleteCount: -1` removes the whole line). */
function toFix(e: LintError, lines: readonly string[]): Fix | undefined {
  const info = e.fixInfo;
  if (!info) return undefined;
  const line = info.lineNumber ?? e.lineNumber;
  const column = info.editColumn ?? 1;
  const title = `Fix ${e.ruleNames[0]} (${e.ruleNames[1] ?? e.ruleDescription})`;
  if (info.deleteCount === -1) {
    const last = line >= lines.length;
    const range: Range = last
      ? { start: { line: Math.max(1, line - 1), column: (lines[line - 2] ?? '').length + 1 }, end: { line, column: (lines[line - 1] ?? '').length + 1 } }
      : { start: { line, column: 1 }, end: { line: line + 1, column: 1 } };
    return { title, edits: [{ range, replacement: '' }] };
  }
  const range: Range = { start: { line, column }, end: { line, column: column + (info.deleteCount ?? 0) } };
  return { title, edits: [{ range, replacement: info.insertText ?? '' }] };
}
