// "3:06 PM EST" in September names a clock New York was not showing: readers are off by an hour either way.
import type { ResolvedTime } from '../analysis/types';
import { ABBREVIATIONS, correctAbbreviation, resolveLocalTime } from '../time';
import type { Fix } from '../types';
import type { AnalysisRule } from './types';
import { byZoneText, dayWords, isoFix, placeName, utcOffset } from './times';

/** PM006: a zone abbreviation (or its long name) is the wrong variant for its date: EST while New York is on EDT. */
export const zoneAbbreviationMismatch: AnalysisRule = {
  id: 'PM006',
  name: 'zone-abbreviation-mismatch',
  description: 'A zone abbreviation matches its date: EST only while New York is on standard time, EDT in summer.',
  defaultSeverity: 'error',
  tags: ['time', 'zones'],
  docs: 'docs/rules/PM006.md',
  scope: 'analysis',
  check(ctx, report) {
    const region = ctx.analysis.documentZone?.zone;
    for (const group of byZoneText(ctx.analysis.times).values()) {
      const t = group.find((x) => x.instant !== undefined && x.resolvedDate) ?? group[0];
      const mention = t.match.zone;
      if (!mention || !t.zoneRange || t.instant === undefined || !t.resolvedDate) continue;
      const info = mention.zone ?? (mention.ambiguous ? mention.candidates.find((c) => c.zone === t.zone) : undefined);
      if (!info || info.kind !== 'abbreviation' || !info.abbreviation) continue;
      const right = correctAbbreviation(info.abbreviation, t.instant, mention.zone ? info.region : region);
      const row = right && ABBREVIATIONS.find((r) => r.abbreviation === right && r.region === info.region);
      if (!row) continue;
      const long = mention.text.trim().toUpperCase() !== info.abbreviation;
      const written = long ? info.name : info.abbreviation;
      const replacement = long ? row.name : row.abbreviation;
      const fixes: Fix[] = [{ title: `Replace "${mention.text}" with "${replacement}"`, edits: [{ range: t.zoneRange, replacement }], preferred: true }];
      // The author read the local clock: the same wall-clock time in the region is the instant they meant.
      const meant = group.map((x) => wallClockIn(x, row.region));
      const iso = isoFix(group, meant, `${mention.text} read as ${replacement}`);
      if (iso) fixes.push(iso);
      report({
        message: `"${mention.text}" is wrong for ${dayWords(t.resolvedDate)}: ${placeName(row.region)} is on ${long ? row.name : row.abbreviation} (${utcOffset(row.offset)}) then, not ${written} (${utcOffset(info.offsetMinutes ?? 0)}). Write "${replacement}", or a UTC time.`,
        range: t.zoneRange,
        fixes,
      });
    }
  },
};

/** The instant of a time's wall-clock reading in a region (what "3:06 PM EST" in September meant: 3:06 PM in New York). */
function wallClockIn(t: ResolvedTime, region: string): number | undefined {
  const d = t.resolvedDate;
  const { hour, minute, second } = t.match;
  if (!d || hour === undefined || minute === undefined) return undefined;
  return resolveLocalTime({ ...d, hour, minute, second: second ?? 0 }, region).instant;
}
