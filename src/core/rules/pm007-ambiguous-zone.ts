// "CST" is US Central, China or Cuba: 14 hours apart. Without a declared zone nobody can place the time.
import type { ResolvedTime } from '../analysis/types';
import { resolveLocalTime, type ZoneInfo } from '../time';
import type { Fix, Range } from '../types';
import type { AnalysisRule, Problem } from './types';
import { byZoneText, isoFix, utcOffset } from './times';

/** PM007: an ambiguous abbreviation (CST, IST, BST, AST, GST) that no declared zone settles. */
export const ambiguousZone: AnalysisRule = {
  id: 'PM007',
  name: 'ambiguous-zone',
  description: 'Ambiguous zone abbreviations (CST, IST, BST, AST, GST) are settled by a declared zone.',
  defaultSeverity: 'warning',
  tags: ['time', 'zones'],
  docs: 'docs/rules/PM007.md',
  scope: 'analysis',
  check(ctx, report) {
    const declared = ctx.analysis.documentZone;
    if (declared?.ambiguous && declared.range) reportDeclaration(declared.text, declared.ambiguous, declared.range, report);
    for (const group of byZoneText(ctx.analysis.times).values()) {
      const t = group[0];
      const mention = t.match.zone;
      if (!mention?.ambiguous || !t.zoneRange) continue;
      const unsettled = group.some((x) => x.problem?.reason === 'ambiguous-zone' || (x.problem && !declared));
      if (!unsettled) continue;
      const readings = mention.candidates.map((c) => `${c.name} (${where(c)}, ${utcOffset(c.offsetMinutes ?? 0)})`).join(', ');
      const fixes: Fix[] = mention.candidates.map((c) => ({
        title: `Replace "${mention.text}" with "${c.name}" (${where(c)}, ${utcOffset(c.offsetMinutes ?? 0)})`,
        edits: [{ range: t.zoneRange!, replacement: c.name }],
        preferred: false,
      }));
      for (const c of mention.candidates) {
        const iso = isoFix(group, group.map((x) => instantAs(x, c)), `${mention.text} read as ${c.name}`);
        if (iso) fixes.push(iso);
      }
      const hint = declared ? `the document's zone ${declared.text} matches none of them` : 'no zone is declared';
      report({
        message: `"${mention.text}" is ambiguous and ${hint}: it can be ${readings}. Write the zone's full name or a UTC offset, or declare the document's zone ("All times in ${mention.candidates[0].region ?? 'UTC'}").`,
        range: t.zoneRange,
        fixes,
      });
    }
  },
};

/**
 * A declaration that names an ambiguous abbreviation ("All times in IST", `## Timeline (times in BST)`) and nothing
 * settles: times without a zone are read in its most common reading, which the message names.
 */
function reportDeclaration(text: string, candidates: ZoneInfo[], range: Range, report: (p: Problem) => void): void {
  // The zone ends the declaration (`All times in IST`), or is all of it (`(BST)` after a Timeline heading).
  const zoneRange: Range = { start: { line: range.end.line, column: Math.max(1, range.end.column - text.length) }, end: range.end };
  const readings = candidates.map((c) => `${c.name} (${where(c)}, ${utcOffset(c.offsetMinutes ?? 0)})`).join(', ');
  report({
    message: `The declared zone "${text}" is ambiguous: it can be ${readings}. Times without a zone are read as ${candidates[0].name}: write the zone's full name or a UTC offset in the declaration.`,
    range: zoneRange,
    fixes: candidates.map((c) => ({
      title: `Replace "${text}" with "${c.name}" (${where(c)}, ${utcOffset(c.offsetMinutes ?? 0)})`,
      edits: [{ range: zoneRange, replacement: c.name }],
      preferred: false,
    })),
  });
}

/** Where a reading of an abbreviation is used, for messages: `America/Chicago` -> `Chicago`. */
function where(c: ZoneInfo): string {
  return c.region ? c.region.split('/').pop()!.replace(/_/g, ' ') : c.zone;
}

/** The instant of a time read with one reading of its zone, when its date is known. */
function instantAs(t: ResolvedTime, c: ZoneInfo): number | undefined {
  const { year, month, day, hour, minute, second } = t.match;
  const date = t.resolvedDate ?? (year !== undefined && month !== undefined && day !== undefined ? { year, month, day } : undefined);
  if (!date || hour === undefined || minute === undefined || t.match.invalid) return undefined;
  return resolveLocalTime({ ...date, hour, minute, second: second ?? 0 }, c.zone).instant;
}
