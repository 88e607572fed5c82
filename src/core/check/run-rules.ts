/**
 * Runs the registry's rules over an analysis at their configured severities. A rule that crashes costs one
 * finding naming it, never the other rules' results.
 */
import type { Analysis } from '../analysis/types';
import type { Finding } from '../types';
import { rules as registry } from '../rules/index';
import type { Problem, Rule } from '../rules/types';
import { configuredSeverity } from './severity';
import type { CheckOptions } from './types';

/** The findings of every enabled rule (unsorted, unsuppressed). `only` restricts the rules run. */
export function runRules(analysis: Analysis, options: CheckOptions, only: readonly Rule[] = registry): Finding[] {
  const findings: Finding[] = [];
  const lines = analysis.model.lines;
  for (const rule of only) {
    const severity = configuredSeverity(rule.id, rule.name, rule.defaultSeverity, options.rules);
    if (severity === undefined) continue;
    const report = (p: Problem) => {
      const finding: Finding = { ruleId: rule.id, ruleName: rule.name, severity, message: p.message, range: p.range };
      if (p.fixes && p.fixes.length > 0) finding.fixes = p.fixes;
      findings.push(finding);
    };
    try {
      if (rule.scope === 'model') rule.check({ model: analysis.model, lines, options }, report);
      else rule.check({ model: analysis.model, lines, options, analysis }, report);
    } catch (e) {
      findings.push(internalFinding(rule.id, rule.name, e));
    }
  }
  return findings;
}

/** The one finding that stands for a crash inside a rule or a step of the check. */
export function internalFinding(ruleId: string, ruleName: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    ruleName,
    severity: 'warning',
    message: `Internal error in ${ruleId} (${ruleName}); its results are missing: ${reason.split('\n')[0].slice(0, 200)}`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}
