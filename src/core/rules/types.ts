/**
 * What a rule is: a plain object with a stable id, a readable name, a doc page and one `check` function
 * that reports problems. Rules never throw on purpose and never see the editor.
 */
import type { Analysis } from '../analysis/types';
import type { CheckOptions } from '../check/types';
import type { PostmortemModel } from '../model/types';
import type { Fix, Range, Severity } from '../types';

/** What every rule can read: the document model, its lines and the check options. */
export interface ModelRuleContext {
  model: PostmortemModel;
  /** The document's lines, without line endings (same as `model.lines`). */
  lines: readonly string[];
  options: CheckOptions;
}

/** What a time rule can read: the model plus every time resolved and the metrics. */
export interface AnalysisRuleContext extends ModelRuleContext {
  analysis: Analysis;
}

/** One problem as a rule reports it; the check adds the rule id, name and configured severity. */
export interface Problem {
  /** Says what is wrong and what is expected. */
  message: string;
  range: Range;
  fixes?: Fix[];
}

/** Called by a rule once per problem. */
export type Report = (problem: Problem) => void;

/** What describes a rule, whatever it reads. */
export interface RuleMeta {
  /** Stable id, `PM001`. */
  id: string;
  /** Stable readable name, `required-section`. */
  name: string;
  /** One sentence: what the rule checks. */
  description: string;
  /** error for contradictions, warning for missing parts, info for hints. */
  defaultSeverity: Severity;
  tags: string[];
  /** Path of its doc page from the repository root, `docs/rules/PM001.md`. */
  docs: string;
}

/** A rule that needs only the model: it also runs as a markdownlint custom rule. */
export interface ModelRule extends RuleMeta {
  scope: 'model';
  check(ctx: ModelRuleContext, report: Report): void;
}

/** A rule that needs resolved times (zones, years, instants). */
export interface AnalysisRule extends RuleMeta {
  scope: 'analysis';
  check(ctx: AnalysisRuleContext, report: Report): void;
}

/** Any rule of the registry. */
export type Rule = ModelRule | AnalysisRule;
