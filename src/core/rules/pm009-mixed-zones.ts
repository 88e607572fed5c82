// A timeline that jumps between UTC and CEST makes readers convert every line, and they get some wrong.
import type { ResolvedTime } from '../analysis/types';
import type { Fix } from '../types';
import type { AnalysisRule } from './types';
import { isoFix } from './times';

/** PM009: timeline entries written in different zones while the document declares none. */
export const mixedZones: AnalysisRule = {
  id: 'PM009',
  name: 'mixed-zones',
  description: 'Timeline entries use one zone, or the document declares the zone they are read in.',
  defaultSeverity: 'warning',
  tags: ['time', 'zones', 'timeline'],
  docs: 'docs/rules/PM009.md',
  scope: 'analysis',
  check(ctx, report) {
    const declared = ctx.analysis.documentZone;
    if (declared && declared.source !== 'setting' && declared.source !== 'fields') return;
    let reference: { key: string; time: ResolvedTime; line: number } | undefined;
    for (const entry of ctx.analysis.timeline) {
      const key = zoneKey(entry.time);
      if (key === undefined || entry.time.match.inherited?.includes('zone')) continue;
      if (!reference) { reference = { key, time: entry.time, line: entry.line }; continue; }
      if (key === reference.key || !entry.time.zoneRange) continue;
      const fixes: Fix[] = [];
      const iso = isoFix([entry.time]);
      if (iso) fixes.push(iso);
      report({
        message: `"${entry.time.zoneText}" differs from the timeline's first zone "${reference.time.zoneText}" (line ${reference.line}) and no document zone is declared: write every entry in one zone, or declare the zone the document is read in ("All times UTC").`,
        range: entry.time.zoneRange,
        fixes,
      });
    }
  },
};

/**
 * The clock a written zone belongs to: `UTC` for UTC, GMT and Z; the region for EST/EDT, PST/PDT and long names.
 * Numeric offsets (`2024-03-10T03:00-07:00`) are exact on their own and not counted: ISO-8601 timelines change
 * offset across a daylight-saving change.
 */
export function zoneKey(t: ResolvedTime): string | undefined {
  const z = t.match.zone?.zone;
  if (!z || z.kind === 'offset') return undefined;
  if (z.kind === 'utc' || z.abbreviation === 'GMT') return 'UTC';
  return z.region ?? z.zone;
}
