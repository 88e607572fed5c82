/**
 * Completions inside front matter: the keys of the front matter schema (with their descriptions) at the start of a
 * line, and allowed or useful values after `key:`. Pure; the editor turns these into completion items.
 */
import { frontMatterSchema, severityWords, statusWords } from '../schema/frontmatter';
import { pad2 } from '../time/civil';
import { instantToZoned } from '../time/zones';
import { formatStart } from './variables';

/** One completion. */
export interface Suggestion {
  label: string;
  insertText: string;
  kind: 'key' | 'value';
  detail?: string;
  /** Markdown. */
  documentation?: string;
}

const timeKeys = new Set(['start', 'end', 'detected', 'mitigated', 'resolved']);

/** Every key of the schema with its description. */
export function frontMatterKeys(): { key: string; description: string }[] {
  return Object.entries(frontMatterSchema.shape).map(([key, schema]) => ({ key, description: (schema as { description?: string }).description ?? '' }));
}

/** The values offered after `key:`. */
function valuesFor(key: string, now: number, zone: string, zones: readonly string[]): Suggestion[] {
  const value = (label: string, detail?: string): Suggestion => ({ label, insertText: label, kind: 'value', detail });
  if (key === 'severity') return [...['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'].map((s) => value(s)), ...severityWords.map((w) => value(w))];
  if (key === 'status') return [...new Set(statusWords.map((w) => w.replace(' ', '-')))].map((w) => value(w));
  if (key === 'type') return [value('postmortem')];
  if (key === 'timezone') return [...new Set(['UTC', zone, ...zones])].map((z) => value(z));
  if (key === 'date') {
    const z = instantToZoned(now, zone);
    return [value(`${z.year}-${pad2(z.month)}-${pad2(z.day)}`, 'today')];
  }
  if (timeKeys.has(key)) return [value(formatStart(now, zone), 'now')];
  return [];
}

/**
 * Suggestions for the cursor at `column` (1-based) of `line`, a line inside front matter; `present` are the keys
 * already there (not offered again); `zone` is the document's zone; `zones` the zone names to offer for `timezone`.
 */
export function frontMatterSuggestions(line: string, column: number, present: readonly string[], now: number, zone: string, zones: readonly string[] = []): Suggestion[] {
  const before = line.slice(0, column - 1);
  const keyed = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(before);
  if (keyed) return valuesFor(keyed[1], now, zone, zones);
  if (!/^[A-Za-z_]*$/.test(before)) return [];
  return frontMatterKeys()
    .filter((k) => !present.includes(k.key))
    .map((k) => ({ label: k.key, insertText: `${k.key}: `, kind: 'key' as const, detail: 'front matter', documentation: k.description }));
}
