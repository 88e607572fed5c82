/**
 * The contract of `check(text, options)`: every front (editor, CLI, preview) calls it the same way,
 * so the editor and CI never disagree.
 */
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { Finding, Severity } from '../types';
import type { StandardSectionId } from '../model/types';

/** Per-rule setting: a severity, `off`, or `default`. Keys are rule ids (`PM004`) or names (`end-before-start`). */
export type RuleSetting = Severity | 'off' | 'default';

/** Options of a check (the editor's settings and the CLI's config file map onto this). */
export interface CheckOptions extends AnalyzeOptions {
  /** Sections that must be present; default: summary, impact, timeline, rootCause, resolution, actionItems. */
  requiredSections?: StandardSectionId[];
  /** Severity overrides by rule id or name. */
  rules?: Record<string, RuleSetting>;
  /**
   * markdownlint's own rules: false turns them off; an object is a markdownlint configuration
   * (a workspace `.markdownlint.json`) merged over our quiet defaults. Default: on with quiet defaults.
   */
  markdownlint?: boolean | Record<string, unknown>;
}

/** What a check returns. */
export interface CheckResult {
  /** Sorted by position. Suppressed findings are left out. */
  findings: Finding[];
  analysis: Analysis;
}
