/**
 * The registry of rules. Adding a rule is one file plus one line here; ids never change or get reused.
 */
import type { Rule } from './types';
import { requiredSection } from './pm001-required-section';
import { emptySection } from './pm002-empty-section';
import { startEndMissing } from './pm003-start-end-missing';
import { endBeforeStart } from './pm004-end-before-start';
import { timelineOrder } from './pm005-timeline-order';
import { zoneAbbreviationMismatch } from './pm006-zone-abbreviation-mismatch';
import { ambiguousZone } from './pm007-ambiguous-zone';
import { timelineWithoutZone } from './pm008-timeline-without-zone';
import { mixedZones } from './pm009-mixed-zones';
import { weekdayMismatch } from './pm010-weekday-mismatch';
import { yearUnknown } from './pm011-year-unknown';
import { durationMismatch } from './pm012-duration-mismatch';
import { detectionBeforeStart } from './pm013-detection-before-start';
import { impossibleDateTime } from './pm014-impossible-date-time';
import { percentageRange } from './pm015-percentage-range';
import { actionItemOwner } from './pm016-action-item-owner';
import { blamefulLanguage } from './pm017-blameful-language';
import { frontMatter } from './pm018-front-matter';
import { titleDateMismatch } from './pm019-title-date-mismatch';
import { postmortemInCodeFence } from './pm020-postmortem-in-code-fence';

/** Every rule, in id order. */
export const rules: readonly Rule[] = [
  requiredSection,
  emptySection,
  startEndMissing,
  endBeforeStart,
  timelineOrder,
  zoneAbbreviationMismatch,
  ambiguousZone,
  timelineWithoutZone,
  mixedZones,
  weekdayMismatch,
  yearUnknown,
  durationMismatch,
  detectionBeforeStart,
  impossibleDateTime,
  percentageRange,
  actionItemOwner,
  blamefulLanguage,
  frontMatter,
  titleDateMismatch,
  postmortemInCodeFence,
].sort((a, b) => a.id.localeCompare(b.id));

/** The rule with this id or name (case-insensitive), if any. */
export function findRule(key: string): Rule | undefined {
  const k = key.trim().toLowerCase();
  return rules.find((r) => r.id.toLowerCase() === k || r.name.toLowerCase() === k);
}

export type { Rule, ModelRule, AnalysisRule, ModelRuleContext, AnalysisRuleContext, Problem, Report, RuleMeta } from './types';
