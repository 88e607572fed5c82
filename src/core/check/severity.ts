/**
 * Configured severities: the `rules` map is keyed by rule id (`PM004`, `MD001`) or name (`end-before-start`),
 * case-insensitive; a value is a severity, `off`, or `default`.
 */
import type { Severity } from '../types';
import type { RuleSetting } from './types';

/** The severity a rule runs at, or undefined when it is turned off. */
export function configuredSeverity(
  ruleId: string,
  ruleName: string,
  defaultSeverity: Severity,
  settings: Record<string, RuleSetting> | undefined,
): Severity | undefined {
  const setting = lookup(settings, ruleId) ?? lookup(settings, ruleName);
  if (setting === undefined || setting === 'default') return defaultSeverity;
  if (setting === 'off') return undefined;
  return setting;
}

/** The setting under a key, matched without regard to case. */
function lookup(settings: Record<string, RuleSetting> | undefined, key: string): RuleSetting | undefined {
  if (!settings) return undefined;
  if (Object.prototype.hasOwnProperty.call(settings, key)) return settings[key];
  const k = key.toLowerCase();
  for (const [name, value] of Object.entries(settings)) if (name.toLowerCase() === k) return value;
  return undefined;
}
