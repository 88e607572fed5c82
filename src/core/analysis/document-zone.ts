/**
 * The document's zone, in which times written without one are read: the front matter's `timezone`, an "All times ..."
 * declaration (an ambiguous abbreviation read in the setting's region, else its most common reading), a Time zone
 * field, the zone the Start and End fields name, the default setting; and how that source is said in assumptions.
 */
import { isDateLabel } from '../model';
import type { PostmortemModel } from '../model/types';
import { ABBREVIATIONS, lookupZone, normalizeZone, type ZoneMention } from '../time';
import type { Range } from '../types';
import { firstTimeIn } from './line-times';
import type { MarkerKind } from './markers';
import type { Written } from './stated-milestones';
import type { AnalyzeOptions, DocumentZone } from './types';

/** How a time's assumptions name where the document's zone comes from. */
export function zoneSourceWords(z: DocumentZone | undefined): string | undefined {
  if (!z) return undefined;
  if (z.ambiguous) return `the document's declaration (${z.text} is ambiguous: read as ${z.ambiguous[0].name})`;
  if (z.source === 'fields') return z.label ? `the zone the ${z.label} field names (${z.text})` : `the zone the Start and End fields name (${z.text})`;
  return z.source === 'front-matter' ? 'the front matter' : z.source === 'declaration' ? "the document's declaration" : 'the default time zone setting';
}

/** The zone in which times without one are read. */
export function findDocumentZone(model: PostmortemModel, options: AnalyzeOptions): DocumentZone | undefined {
  const fm = model.frontMatter?.entries.find((e) => e.key === 'timezone' && typeof e.value === 'string');
  if (fm && normalizeZone(String(fm.value))) return { zone: normalizeZone(String(fm.value))!, text: String(fm.value), source: 'front-matter', range: fm.valueRange };
  const setting = options.defaultTimeZone ? normalizeZone(options.defaultTimeZone) : undefined;
  // A declaration naming an ambiguous abbreviation ("All times in IST") is kept in case no other names the zone.
  let ambiguous: DocumentZone | undefined;
  for (const d of model.zoneDeclarations) {
    const zone = normalizeZone(d.zone);
    if (zone) return { zone, text: d.zone, source: 'declaration', range: d.range };
    ambiguous ??= ambiguousDeclaration(d.zone, d.range, setting);
  }
  const field = model.fields.find((f) => f.key === 'timezone' && normalizeZone(f.value));
  if (field) return { zone: normalizeZone(field.value)!, text: field.value, source: 'declaration', range: field.valueRange };
  if (ambiguous) return ambiguous;
  if (setting) return { zone: setting, text: options.defaultTimeZone!, source: 'setting' };
  return undefined;
}

/**
 * The zone every milestone stated with a clock in a labelled field names (`Start: 2024-03-05 14:00 PST`, `End: ... 16:00
 * PST`), when they name one and no other zone is declared: a careful reader reads the timeline's bare times in it. A zone abbreviation
 * means its region (`PST` is Pacific time, PDT after the change), as when it carries from one entry to the next.
 */
export function statedZone(stated: Partial<Record<MarkerKind, Written>>): DocumentZone | undefined {
  let found: DocumentZone | undefined;
  for (const w of Object.values(stated)) {
    if (!w || w.match.hour === undefined) continue;
    // A front matter's timestamps are often machine-written (`2021-05-29T22:41:00-00:00`): they say nothing of the text's.
    if (w.source === 'front-matter') return undefined;
    // the zone written after the time, else the one its label names (`Start (UTC): 14:00`)
    const mention = w.match.zone ?? labelMention(w.labelZone);
    if (!mention?.zone) return undefined;
    const zone = regionalZone(mention).zone!.zone;
    if (found && found.zone !== zone) return undefined;
    found ??= { zone, text: mention.text, source: 'fields' };
  }
  return found;
}

/**
 * The zone the Date field names with its clock (`**Date:** 2026-01-05 02:13 UTC`), when nothing else names one: the
 * incident's time as the header states it, in whose zone the timeline's bare times are read.
 */
export function dateFieldZone(model: PostmortemModel): DocumentZone | undefined {
  const field = model.fields.find((f) => isDateLabel(f.label));
  const found = field && firstTimeIn(model, field.valueRange);
  const mention = found?.match.hour !== undefined ? found.match.zone : undefined;
  if (!field || !mention?.zone || mention.ambiguous) return undefined;
  return { zone: regionalZone(mention).zone!.zone, text: mention.text, source: 'fields', label: field.label };
}

/** The zone a field's label names (`Start (PST):`), as a mention of it. */
function labelMention(text: string | undefined): ZoneMention | undefined {
  if (text === undefined) return undefined;
  const found = lookupZone(text);
  return found && { text, start: 0, end: text.length, zone: found.zone, candidates: found.candidates, ambiguous: found.ambiguous };
}

/**
 * The document zone a declaration of an ambiguous abbreviation gives: the reading in the default time zone setting's
 * region, else the most common reading, with every reading kept (`ambiguous`) for PM007 to name.
 */
function ambiguousDeclaration(text: string, range: Range, setting: string | undefined): DocumentZone | undefined {
  const found = lookupZone(text);
  if (!found?.ambiguous || found.candidates.length === 0) return undefined;
  const settled = setting === undefined ? undefined : found.candidates.find((c) => c.region === setting || c.zone === setting);
  if (settled) return { zone: settled.zone, text, source: 'declaration', range };
  return { zone: found.candidates[0].zone, text, source: 'declaration', range, ambiguous: found.candidates };
}

/** `PST` carried to later entries means Pacific time (PDT after the change), unless the abbreviation is used all year. */
export function regionalZone(z: ZoneMention): ZoneMention {
  const info = z.zone!;
  const row = ABBREVIATIONS.find((r) => r.abbreviation === info.abbreviation && r.region === info.region);
  if (info.kind !== 'abbreviation' || !info.region || !row || row.keepAllYear) return z;
  const zone = { zone: info.region, kind: 'generic' as const, name: info.region, region: info.region };
  return { ...z, zone, candidates: [zone] };
}
