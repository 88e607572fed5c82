// "3:06 PM EST" in September names a clock New York was not showing: readers are off by an hour either way.
import type { AnalyzedTimelineEntry, DocumentZone, ResolvedTime } from '../analysis/types';
import { ABBREVIATIONS, correctAbbreviation, resolveLocalTime } from '../time';
import type { Fix } from '../types';
import type { AnalysisRule, Problem } from './types';
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
    const declared = declarationMismatch(ctx.analysis.documentZone, ctx.analysis.timeline, ctx.model.lines);
    if (declared) report(declared);
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

/**
 * A declared abbreviation that is the wrong variant for every timeline entry read in it ("All times PST" over a
 * timeline in July; entries with a clock): the first and the last such entry are tried, so a timeline across the
 * change of clocks is no mismatch.
 */
function declarationMismatch(declared: DocumentZone | undefined, timeline: readonly AnalyzedTimelineEntry[], lines: readonly string[]): Problem | undefined {
  if (!declared || declared.source !== 'declaration' || !declared.range || declared.ambiguous) return undefined;
  const abbreviation = declared.text.trim().toUpperCase();
  const rows = ABBREVIATIONS.filter((r) => r.abbreviation === abbreviation);
  if (rows.length !== 1 || rows[0].keepAllYear) return undefined;
  const row = rows[0];
  const read = (t: ResolvedTime) => t.instant !== undefined && t.resolvedDate !== undefined && t.match.hour !== undefined && !t.zoneText && !t.zoneAssumed && t.zone === declared.zone;
  // the entries' times read in place: no array of them is made for a declaration that most often returns above
  const first = timeline.find((e) => read(e.time))?.time;
  if (!first) return undefined;
  let last = first;
  for (let k = timeline.length - 1; k >= 0; k--) if (read(timeline[k].time)) { last = timeline[k].time; break; }
  const right = correctAbbreviation(abbreviation, first.instant!, row.region);
  if (!right || correctAbbreviation(abbreviation, last.instant!, row.region) !== right) return undefined;
  const rightRow = ABBREVIATIONS.find((r) => r.abbreviation === right && r.region === row.region);
  if (!rightRow) return undefined;
  // The declaration's range covers its words ("All times PST"): the report and the fix cover the abbreviation.
  const { start, end } = declared.range;
  const words = start.line === end.line ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1) : '';
  const at = words.toUpperCase().lastIndexOf(abbreviation);
  if (at < 0) return undefined;
  const range = { start: { line: start.line, column: start.column + at }, end: { line: start.line, column: start.column + at + abbreviation.length } };
  return {
    message: `"${declared.text}" is wrong for ${dayWords(first.resolvedDate!)}: ${placeName(row.region)} is on ${right} (${utcOffset(rightRow.offset)}) then, not ${abbreviation} (${utcOffset(row.offset)}), so every time read in it is off by ${Math.abs(rightRow.offset - row.offset)} minutes. Declare "${right}", or the region (${row.region}).`,
    range,
    fixes: [{ title: `Replace "${declared.text}" with "${right}"`, edits: [{ range, replacement: right }], preferred: true }],
  };
}

/** The instant of a time's wall-clock reading in a region (what "3:06 PM EST" in September meant: 3:06 PM in New York). */
function wallClockIn(t: ResolvedTime, region: string): number | undefined {
  const d = t.resolvedDate;
  const { hour, minute, second } = t.match;
  if (!d || hour === undefined || minute === undefined) return undefined;
  return resolveLocalTime({ ...d, hour, minute, second: second ?? 0 }, region).instant;
}
