/**
 * The registry of rules. Adding a rule is one file plus one line here; ids never change or get reused.
 */
import type { Rule } from './types';
import { requiredSection } from './pm001-required-section';
import { emptySection } from './pm002-empty-section';
import { percentageRange } from './pm015-percentage-range';
import { actionItemOwner } from './pm016-action-item-owner';
import { blamefulLanguage } from './pm017-blameful-language';
import { frontMatter } from './pm018-front-matter';

/** Every rule, in id order. */
export const rules: readonly Rule[] = [
  requiredSection,
  emptySection,
  percentageRange,
  actionItemOwner,
  blamefulLanguage,
  frontMatter,
].sort((a, b) => a.id.localeCompare(b.id));

/** The rule with this id or name (case-insensitive), if any. */
export function findRule(key: string): Rule | undefined {
  const k = key.trim().toLowerCase();
  return rules.find((r) => r.id.toLowerCase() === k || r.name.toLowerCase() === k);
}

export type { Rule, ModelRule, AnalysisRule, ModelRuleContext, AnalysisRuleContext, Problem, Report, RuleMeta } from './types';
