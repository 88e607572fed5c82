/** Which of a finding's fixes may be applied without asking. */
import type { Fix } from '../types';

/**
 * The fix to apply unasked ("Fix all", `markdownlint --fix`): the preferred one, or the only one unless it says
 * `preferred: false`; none when the choice is not obvious (which entry began the outage, which zone an ambiguous
 * abbreviation means).
 */
export function obviousFixOf(fixes: readonly Fix[] | undefined): Fix | undefined {
  if (!fixes) return undefined;
  return fixes.find((f) => f.preferred) ?? (fixes.length === 1 && fixes[0].preferred !== false ? fixes[0] : undefined);
}
