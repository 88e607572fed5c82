/**
 * Our model rules as markdownlint custom rules, so markdownlint-cli2 users run the same structural checks
 * with the same configuration as the editor and the CLI. Built to `dist/markdownlint-rules.js`.
 */
import type { Rule as MarkdownlintRule, RuleOnError, RuleParams } from 'markdownlint';
import { obviousFixOf } from '../check/fixes';
import type { CheckOptions } from '../check/types';
import { parsePostmortem } from '../model/parse';
import type { StandardSectionId } from '../model/types';
import { rules } from './index';
import type { ModelRule, Problem } from './types';

/** Rules that can run on markdownlint's view of a file (front matter is outside it, so PM018 is not one). */
const exported: ModelRule[] = rules.filter((r): r is ModelRule => r.scope === 'model' && !r.tags.includes('front-matter'));

/** Check options from a rule's markdownlint configuration (`"PM001": { "requiredSections": [...] }`). */
function optionsFrom(config: unknown): CheckOptions {
  if (config && typeof config === 'object' && Array.isArray((config as { requiredSections?: unknown }).requiredSections)) {
    return { requiredSections: (config as { requiredSections: StandardSectionId[] }).requiredSections };
  }
  return {};
}

/** One of our rules wrapped as a markdownlint rule (`names: ['PM001', 'required-section']`, `parser: 'none'`). */
export function toMarkdownlintRule(rule: ModelRule): MarkdownlintRule {
  return {
    names: [rule.id, rule.name],
    description: rule.description,
    tags: ['postmortem', ...rule.tags],
    parser: 'none',
    function(params: RuleParams, onError: RuleOnError) {
      const offset = params.frontMatterLines.length;
      const model = parsePostmortem([...params.frontMatterLines, ...params.lines].join('\n'));
      rule.check({ model, lines: model.lines, options: optionsFrom(params.config) }, (p) => {
        const info = toErrorInfo(p, offset, params.lines);
        if (info) onError(info);
      });
    },
  };
}

/** A problem in markdownlint's terms: line after the front matter, `[column, length]`, its obvious fix when that is one edit on one line. */
function toErrorInfo(p: Problem, offset: number, lines: readonly string[]): Parameters<RuleOnError>[0] | undefined {
  const lineNumber = p.range.start.line - offset;
  if (lineNumber < 1 || lineNumber > lines.length) return undefined;
  const text = lines[lineNumber - 1];
  const column = Math.min(p.range.start.column, text.length + 1);
  const endColumn = p.range.end.line === p.range.start.line ? Math.min(p.range.end.column, text.length + 1) : text.length + 1;
  const info: Parameters<RuleOnError>[0] = { lineNumber, detail: p.message };
  if (endColumn > column) info.range = [column, endColumn - column];
  // `markdownlint --fix` applies a fix unasked: only the obvious one, as "Fix all" does.
  const fix = obviousFixOf(p.fixes);
  const edit = fix?.edits.length === 1 ? fix.edits[0] : undefined;
  if (edit && edit.range.start.line === edit.range.end.line) {
    const fixLine = edit.range.start.line - offset;
    const fixText = lines[fixLine - 1];
    if (fixText !== undefined && edit.range.end.column <= fixText.length + 1) {
      info.fixInfo = {
        lineNumber: fixLine,
        editColumn: edit.range.start.column,
        deleteCount: edit.range.end.column - edit.range.start.column,
        insertText: edit.replacement,
      };
    }
  }
  return info;
}

/** Every exported rule, ready for markdownlint's `customRules` option. */
export const customRules: MarkdownlintRule[] = exported.map(toMarkdownlintRule);
