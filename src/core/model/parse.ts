/**
 * `parsePostmortem(text)`: reads a postmortem in any common style into the document model, with 1-based positions.
 */
import type { PostmortemModel, Section, StandardSectionId, TimelineEntry } from './types';
import { readActionItems } from './actions';
import { readBoldHeadings } from './bold-headings';
import { readFields } from './fields';
import { readFrontMatter } from './frontmatter';
import { quotingFence, type QuotingFence } from './quoting-fence';
import { isWikiScan, scanLines, type ScannedLine } from './scan';
import { readSections } from './sections';
import { LESSON_PARTS } from './section-titles';
import { splitLines } from './text';
import { isChatMessage } from './timeline-chat';
import { readTimeline, sectionRegions } from './timeline';
import { readZoneDeclarations } from './zones';

/**
 * Reads a postmortem: front matter, title, sections, labelled fields, timeline entries, action items and zone
 * declarations. Never throws; linear in the length of the text.
 */
export function parsePostmortem(text: string): PostmortemModel {
  const lines = splitLines(typeof text === 'string' ? text : '');
  const { frontMatter, closingLine } = readFrontMatter(lines);
  const quoting = quotingFence(lines, closingLine);
  const scanned = scanBlocks(lines, closingLine, quoting);
  scans.set(lines, scanned);
  const sections = readSections(lines, scanned);
  const timeline = readTimeline(lines, scanned, sections);
  const model: PostmortemModel = {
    lines,
    sections,
    fields: readFields(lines, scanned, notFieldSpans(sectionRegions(sections, 'actionItems'), timeline, lines, scanned)),
    timeline,
    actionItems: readActionItems(lines, scanned, sections),
    zoneDeclarations: readZoneDeclarations(lines, scanned),
  };
  if (frontMatter) model.frontMatter = frontMatter;
  if (isWikiScan(scanned)) model.wikiMarkup = true;
  if (quoting) model.quotingFence = quoting;
  const fmTitle = frontMatter?.entries.find((e) => e.key === 'title');
  if (fmTitle && typeof fmTitle.value === 'string' && fmTitle.value.trim() !== '') {
    model.title = { text: fmTitle.value.trim(), range: fmTitle.valueRange };
  } else if (sections.length > 0 && isTitle(sections, scanned)) {
    model.title = { text: sections[0].title, range: sections[0].headingRange };
  }
  return model;
}

/**
 * The spans (0-based, inclusive, in order) whose labels are no document's fields: the action items (`Owner: Carol`
 * belongs to an item) and the messages of a chat pasted as the timeline (`Resolution: rolled back` is what a sender
 * wrote, not the document's Resolution).
 */
function notFieldSpans(actionItems: [number, number][], timeline: readonly TimelineEntry[], lines: readonly string[], scanned: readonly ScannedLine[]): [number, number][] {
  const messages: [number, number][] = [];
  for (const e of timeline) if (e.kind !== 'table' && isChatMessage(e, lines, scanned)) messages.push([e.line - 1, e.textRange.end.line - 1]);
  if (messages.length === 0) return actionItems;
  return [...actionItems, ...messages].sort((a, b) => a[0] - b[0]);
}

/**
 * True when the first of a document's `sections` is its title: a level-1 heading, or one below that opens the document
 * (after a lead paragraph it is a section) and names no standard section (`## Timeline` opens a report without a
 * title), or names one but holds the others: every later heading is below it and they name at least two other
 * sections (`## Root cause analysis - OOM event` over `### Summary` and `### Timeline`; not `## Lessons learned` over
 * `### What went well` and `### What went wrong`).
 */
export function isTitle(sections: readonly Section[], scanned: readonly ScannedLine[]): boolean {
  const first = sections[0];
  if (first.level === 1) return true;
  const line = first.headingRange.start.line - 1;
  for (let i = 0; i < line; i++) {
    const kind = scanned[i].kind;
    if (kind === 'text' || kind === 'list' || kind === 'table') return false;
  }
  return first.standard === undefined || holdsOtherSections(sections);
}

/**
 * True when every heading after the first is below it and they name at least two standard sections other than its (a
 * retrospective's parts, `What went well`, count as lessons learned).
 */
function holdsOtherSections(sections: readonly Section[]): boolean {
  const family = (id: StandardSectionId | undefined) => (id !== undefined && LESSON_PARTS.includes(id) ? 'lessonsLearned' : id);
  const first = family(sections[0].standard);
  const others = new Set<string>();
  for (let k = 1; k < sections.length; k++) {
    const s = sections[k];
    if (s.level <= sections[0].level) return false;
    const id = family(s.standard);
    if (id !== undefined && id !== first) others.add(id);
  }
  return others.size >= 2;
}

/** The line scan made while parsing, kept per model (keyed by its lines) so later passes need not scan again. */
const scans = new WeakMap<readonly string[], ScannedLine[]>();

/** The classified lines of a parsed model: the parse's own scan, or a fresh one for a model built elsewhere. */
export function scannedLinesOf(model: PostmortemModel): ScannedLine[] {
  const cached = scans.get(model.lines);
  if (cached && cached.length === model.lines.length) return cached;
  const scanned = scanBlocks(model.lines, model.frontMatter ? model.frontMatter.range.end.line - 1 : -1, model.quotingFence);
  scans.set(model.lines, scanned);
  return scanned;
}

/** The classified lines, with bold section names alone on their lines read as the headings they stand for. */
function scanBlocks(lines: string[], frontMatterEnd: number, quoting: QuotingFence | undefined): ScannedLine[] {
  const scanned = scanLines(lines, frontMatterEnd, quoting);
  readBoldHeadings(lines, scanned);
  return scanned;
}
