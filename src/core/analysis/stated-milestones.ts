/**
 * The milestones a document states outright, in its front matter (its own keys, or a status page's `resolvedWhen`,
 * `resolvedDate` and `date`) or in labelled fields (the value on the label's line, or alone on the line under it),
 * and the context each is read in (the zone its label names).
 */
import { scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import { unwrap } from '../model/text';
import type { FrontMatter, PostmortemModel, StandardFieldId } from '../model/types';
import { normalizeZone, type TimeContext, type TimeMatch } from '../time';
import type { Range } from '../types';
import { firstTimeIn } from './line-times';
import type { MarkerKind } from './markers';

/** The milestones a document may state or its timeline mark, in the order they are read. */
export const MILESTONES: readonly MarkerKind[] = ['start', 'end', 'detected', 'mitigated', 'resolved'];

/** A milestone as stated: its time, where it is written, and the zone its label names. */
export interface Written { match: TimeMatch; range: Range; source: 'front-matter' | 'field'; labelZone?: string }

/** The context a stated milestone is read in: the zone its label names (`Start (UTC):`) reads a time written without one. */
export function writtenContext(w: Written, ctx: TimeContext): TimeContext {
  const zone = w.labelZone !== undefined && !w.match.zone ? normalizeZone(w.labelZone) : undefined;
  return zone ? { ...ctx, zone, zoneSource: 'its label' } : ctx;
}

/** What may follow a time that is a line's whole content: its end punctuation. */
const TIME_ALONE_REST = /^[\s.;,]*$/;

/**
 * The time a line holds when it holds nothing else (`  - March 11, 2024, 10:15 AM (UTC)` under `- **Detection
 * Time:**`): the value of a label with an empty value, written on the line under it.
 */
function timeAlone(model: PostmortemModel, line: number, scanned: readonly ScannedLine[] = scannedLinesOf(model)): { match: TimeMatch; range: Range } | undefined {
  const s = scanned[line - 1];
  const text = model.lines[line - 1];
  if (!s || text === undefined || (s.kind !== 'list' && s.kind !== 'text')) return undefined;
  const [from, to] = unwrap(text, s.contentStart, s.contentEnd);
  const span = { start: { line, column: from + 1 }, end: { line, column: to + 1 } };
  const found = firstTimeIn(model, span, scanned);
  if (!found || found.range.start.column !== from + 1 || !TIME_ALONE_REST.test(text.slice(found.range.end.column - 1, to))) return undefined;
  return found;
}

/** Start, end, detected, mitigated and resolved as stated in the front matter, else in labelled fields. */
export function statedMilestones(model: PostmortemModel): Partial<Record<MarkerKind, Written>> {
  const out: Partial<Record<MarkerKind, Written>> = {};
  for (const key of MILESTONES) {
    const fm = frontMatterMilestone(model, key);
    const fromFm = fm && firstTimeIn(model, fm.valueRange);
    if (fromFm) { out[key] = { ...fromFm, source: 'front-matter' }; continue; }
    const field = model.fields.find((f) => f.key === (key as StandardFieldId));
    const fromField = field && (field.value === '' && field.contentLine !== undefined ? timeAlone(model, field.contentLine) : firstTimeIn(model, field.valueRange));
    if (fromField) out[key] = field.labelZone ? { ...fromField, source: 'field', labelZone: field.labelZone } : { ...fromField, source: 'field' };
  }
  return out;
}

/**
 * The front matter entry that states a milestone: the key of its name, else, in a status page's front matter (cState:
 * `resolved: true` with `resolvedWhen:`; Jekyll status themes: `resolvedDate:` with a clock), `resolvedWhen` or
 * `resolvedDate` for the resolution and `date` with a clock for the start.
 */
function frontMatterMilestone(model: PostmortemModel, key: MarkerKind): FrontMatter['entries'][number] | undefined {
  const entries = model.frontMatter?.entries;
  if (!entries) return undefined;
  const own = entries.find((e) => e.key === key) ?? entries.find((e) => milestoneOfKey(e.key) === key);
  if (own && typeof own.value !== 'boolean') return own;
  // cState's `resolvedWhen`; `resolvedDate` of Jekyll status themes only with a clock (issue trackers write a bare day)
  const when = entries.find((e) => e.key === 'resolvedWhen')
    ?? entries.find((e) => e.key === 'resolvedDate' && firstTimeIn(model, e.valueRange)?.match.kind === 'datetime');
  if (!when || entries.some((e) => e.key === 'resolved' && e.value === false)) return own;
  if (key === 'resolved') return when;
  if (key !== 'start') return own;
  const date = entries.find((e) => e.key === 'date');
  return date && firstTimeIn(model, date.valueRange)?.match.kind === 'datetime' ? date : undefined;
}

/** The milestone each stem of a front matter key names (`started_at` -> `started`, `impact_end` -> `end`). */
const KEY_STEMS: Readonly<Record<string, MarkerKind>> = {
  start: 'start', started: 'start', end: 'end', ended: 'end', detected: 'detected', detection: 'detected',
  mitigated: 'mitigated', mitigation: 'mitigated', resolved: 'resolved', resolution: 'resolved',
};
/** A key that names a milestone as exports and templates write it: `started_at`, `startedAt`, `impact_end`, `detection_time`. */
const MILESTONE_KEY = /^(?:impact|outage|incident)?([a-z]+?)(?:at|time)?$/;

/** The milestone a front matter key other than the milestone's own name names, if any. */
function milestoneOfKey(key: string): MarkerKind | undefined {
  const m = MILESTONE_KEY.exec(key.replace(/[-_\s]/g, '').toLowerCase());
  const kind = m ? KEY_STEMS[m[1]] : undefined;
  // `resolved` is also a status page's yes or no, read as such under its own name
  return kind === key ? undefined : kind;
}
