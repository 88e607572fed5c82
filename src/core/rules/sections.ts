/**
 * What rules need to know about standard sections: their conventional order, a readable title,
 * which labelled fields can stand in for them, and where a missing one belongs.
 */
import { fieldCoversSection } from '../model/field-labels';
import { scannedLinesOf } from '../model/parse';
import { leadSpans } from '../model/sections';
import { LESSON_PARTS, matchStandardSection } from '../model/section-titles';
import type { PostmortemModel, Section, StandardSectionId } from '../model/types';
import { wikiHeadingLevel } from '../model/wiki';
import type { TextEdit } from '../types';

/** Sections required when the options name none. */
export const defaultRequiredSections: readonly StandardSectionId[] = [
  'summary', 'impact', 'timeline', 'rootCause', 'resolution', 'actionItems',
];

/** The conventional order of a postmortem's sections. */
export const sectionOrder: readonly StandardSectionId[] = [
  'summary', 'impact', 'timeline', 'rootCause', 'trigger', 'detection', 'resolution', 'actionItems',
  'lessonsLearned', 'whatWentWell', 'whatWentWrong', 'whereWeGotLucky',
];

/** The title used when a section is inserted, and in messages. */
export const sectionTitles: Record<StandardSectionId, string> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  rootCause: 'Root cause',
  trigger: 'Trigger',
  detection: 'Detection',
  resolution: 'Resolution',
  actionItems: 'Action items',
  lessonsLearned: 'Lessons learned',
  whatWentWell: 'What went well',
  whatWentWrong: 'What went wrong',
  whereWeGotLucky: 'Where we got lucky',
};

/** The line placed under an inserted heading: says what belongs there, and is itself flagged until replaced. */
export const sectionPlaceholders: Record<StandardSectionId, string> = {
  summary: 'TBD: what happened, in two or three sentences.',
  impact: 'TBD: who was affected, how, and for how long.',
  timeline: 'TBD: detection, escalation, mitigation and resolution, each with its time and zone.',
  rootCause: 'TBD: why it happened, as a chain of causes in the system.',
  trigger: 'TBD: the change or event that set it off.',
  detection: 'TBD: how and when the problem was noticed.',
  resolution: 'TBD: what was done to end the impact.',
  actionItems: 'TBD: follow-up tasks, each with an owner and a due date.',
  lessonsLearned: 'TBD: what went well, what went wrong, where we got lucky.',
  whatWentWell: 'TBD',
  whatWentWrong: 'TBD',
  whereWeGotLucky: 'TBD',
};

/** Standard sections that also satisfy a requirement (any of the retrospective headings is a lessons section). */
const alsoSatisfiedBy: Partial<Record<StandardSectionId, readonly StandardSectionId[]>> = {
  lessonsLearned: LESSON_PARTS,
};

/** How the document covers a standard section: a section, a labelled field, timeline entries, or not at all. */
export function coverage(model: PostmortemModel, id: StandardSectionId): 'section' | 'field' | 'content' | undefined {
  const ids = [id, ...(alsoSatisfiedBy[id] ?? [])];
  if (model.sections.some((s) => s.standard !== undefined && ids.includes(s.standard))) return 'section';
  if (model.sections.some((s) => compoundParts(s.title).some((part) => ids.includes(part)))) return 'section';
  // A field that stands for the section, through its key or its label (`fieldCoversSection`).
  if (model.fields.some((f, k) => { const covered = fieldCoversSection(f); return covered !== undefined && ids.includes(covered) && !(covered === 'actionItems' && phaseRecord(model, k)); })) return 'field';
  if (id === 'summary' && hasLeadParagraph(model)) return 'content';
  if (id === 'timeline' && model.timeline.length > 0) return 'content';
  if (id === 'actionItems' && model.actionItems.length > 0) return 'content';
  return undefined;
}

/** The label of what a phase of a multi-phase report was about (`- Issue: refunds stuck` over `- Actions: ...`). */
const PHASE_LABEL = /^(?:issue|issues|problem|phase|symptoms?)$/i;

/**
 * True when the field `model.fields[k]` (`- Actions: restarted the worker`) is a phase's record in a Summary or
 * Timeline: the field on the line above it names the phase's issue. What was done then is no follow-up task.
 */
function phaseRecord(model: PostmortemModel, k: number): boolean {
  const field = model.fields[k];
  const above = model.fields[k - 1];
  const line = field.labelRange.start.line;
  if (!above || above.labelRange.start.line !== line - 1 || !PHASE_LABEL.test(above.label.trim())) return false;
  return model.sections.some((s) => (s.standard === 'summary' || s.standard === 'timeline') && s.headingRange.start.line < line && line <= s.endLine);
}

/** A lead paragraph is a sentence: a line of at least this many words. */
const LEAD_WORDS = 8;
const ZONE_LINE = /^\W*(?:all\s+)?times\b/i;

/**
 * True when the text that opens the document (`leadSpans`) holds a paragraph of prose. A zone line ("All times UTC
 * ..."), a labelled field, a list or a table is none.
 */
function hasLeadParagraph(model: PostmortemModel): boolean {
  const fieldLines = new Set(model.fields.map((f) => f.labelRange.start.line));
  return leadSpans(model).some(([from, to]) => proseIn(model, fieldLines, from, to));
}

/** True when lines [from, to) hold a sentence of prose (not a zone line nor one of the labelled fields' lines). */
function proseIn(model: PostmortemModel, fieldLines: ReadonlySet<number>, from: number, to: number): boolean {
  const scanned = scannedLinesOf(model);
  for (let line = from; line < to; line++) {
    const s = scanned[line - 1];
    if (s?.kind !== 'text' || fieldLines.has(line)) continue;
    const text = model.lines[line - 1].slice(s.contentStart, s.contentEnd);
    if (!ZONE_LINE.test(text) && text.split(/\s+/).filter((w) => /\w/.test(w)).length >= LEAD_WORDS) return true;
  }
  return false;
}

/** "and" (also "et", "und", "y"), "&" or a slash between the parts of a compound heading. */
const COMPOUND_JOIN = /\s+(?:and|et|und|y|&)\s+|\s*\/\s*/i;

/** The standard sections named by the parts of a heading joined by "and", "et", "und", "y", "&" or "/". */
export function compoundParts(title: string): StandardSectionId[] {
  const parts = title.replace(/[:.]+\s*$/, '').split(COMPOUND_JOIN);
  if (parts.length < 2) return [];
  const out: StandardSectionId[] = [];
  for (const part of parts) {
    const id = matchStandardSection(part.trim());
    if (id) out.push(id);
  }
  return out;
}

/**
 * The heading level most standard sections use (the document's usual level), else 2. A standard section inside
 * another (`### What went well` under `## Lessons learned`) is a part of that one and does not count, nor does the title.
 */
export function usualLevel(model: PostmortemModel): number {
  const counts = new Map<number, number>();
  // The levels of the headings above the current one, and whether each is a standard section.
  const open: { level: number; standard: boolean }[] = [];
  for (const s of model.sections) {
    // The title is no section, though it may name one (`## Root cause analysis - OOM event` over `### Summary`).
    if (model.title?.range === s.headingRange) continue;
    while (open.length > 0 && open[open.length - 1].level >= s.level) open.pop();
    if (s.standard && !open.some((o) => o.standard)) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
    open.push({ level: s.level, standard: s.standard !== undefined });
  }
  let best = 0;
  let level = 0;
  for (const [l, n] of counts) if (n > best || (n === best && l < level)) { best = n; level = l; }
  if (level > 0) return level;
  const below = model.sections.filter((s) => s.level > 1).map((s) => s.level);
  return below.length > 0 ? Math.min(...below) : 2;
}

/**
 * The marker a new heading of `level` is written with: `h2.` in a document whose headings are Jira wiki markup
 * (`h2. Timeline`), else `##`.
 */
export function headingMarker(model: PostmortemModel, level: number): string {
  const first = model.sections[0];
  const line = first ? model.lines[first.headingRange.start.line - 1] : undefined;
  return line !== undefined && wikiHeadingLevel(line, line.length - line.trimStart().length) > 0 ? `h${level}.` : '#'.repeat(level);
}

/** The line where a section starts (its heading line). */
function headingLine(s: Section): number {
  return s.headingRange.start.line;
}

/** The edit that inserts a missing standard section at its conventional place, with a placeholder line. */
export function insertSectionEdit(model: PostmortemModel, id: StandardSectionId): TextEdit {
  const level = usualLevel(model);
  const rank = sectionOrder.indexOf(id);
  const peers = model.sections.filter((s) => s.level === level && s.standard !== undefined);
  const block = `${headingMarker(model, level)} ${sectionTitles[id]}\n\n${sectionPlaceholders[id]}\n`;
  const next = peers.find((s) => sectionOrder.indexOf(s.standard!) > rank);
  const previous = peers.filter((s) => sectionOrder.indexOf(s.standard!) < rank).pop();
  const beforeLine = next ? headingLine(next) : previous ? previous.endLine + 1 : undefined;
  const lines = model.lines;
  const restBlank = beforeLine !== undefined && lines.slice(beforeLine - 1).every((l) => l.trim() === '');
  if (beforeLine !== undefined && beforeLine <= lines.length && !restBlank) {
    const gapBefore = beforeLine > 1 && (lines[beforeLine - 2] ?? '').trim() !== '' ? '\n' : '';
    const at = { line: beforeLine, column: 1 };
    return { range: { start: at, end: at }, replacement: `${gapBefore}${block}\n` };
  }
  const last = Math.max(lines.length, 1);
  const lastText = lines[last - 1] ?? '';
  const at = { line: last, column: lastText.length + 1 };
  const lead = lastText.trim() === '' ? (last > 1 && (lines[last - 2] ?? '').trim() !== '' ? '\n' : '') : '\n\n';
  return { range: { start: at, end: at }, replacement: `${lead}${block}` };
}
