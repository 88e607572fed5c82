/**
 * The check: `check(text, options)` and what fronts need around it (types, suppression, severities,
 * markdownlint defaults).
 */
export { check, compareFindings, markdownlintFindingSteps, MARKDOWNLINT_MAX_CHARS } from './check';
export type { CheckOptions, CheckResult, RuleSetting } from './types';
export { runRules, internalFinding } from './run-rules';
export { readSuppressions } from './suppression';
export type { Suppressions } from './suppression';
export { configuredSeverity } from './severity';
export { ChunkCache, drain, quietMarkdownlintConfig, markdownlintConfig, markdownlintSteps, runMarkdownlint } from './markdownlint';
