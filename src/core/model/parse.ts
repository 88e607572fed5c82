/**
 * `parsePostmortem(text)`: reads a postmortem in any common style into the document model, with 1-based positions.
 */
import type { PostmortemModel } from './types';
import { readActionItems } from './actions';
import { readFields } from './fields';
import { readFrontMatter } from './frontmatter';
import { scanLines, type ScannedLine } from './scan';
import { readSections } from './sections';
import { splitLines } from './text';
import { readTimeline, sectionRegions } from './timeline';
import { readZoneDeclarations } from './zones';

/**
 * Reads a postmortem: front matter, title, sections, labelled fields, timeline entries, action items and zone
 * declarations. Never throws; linear in the length of the text.
 */
export function parsePostmortem(text: string): PostmortemModel {
  const lines = splitLines(typeof text === 'string' ? text : '');
  const { frontMatter, closingLine } = readFrontMatter(lines);
  const scanned = scanLines(lines, closingLine);
  scans.set(lines, scanned);
  const sections = readSections(lines, scanned);
  const model: PostmortemModel = {
    lines,
    sections,
    fields: readFields(lines, scanned, sectionRegions(sections, 'actionItems')),
    timeline: readTimeline(lines, scanned, sections),
    actionItems: readActionItems(lines, scanned, sections),
    zoneDeclarations: readZoneDeclarations(lines, scanned),
  };
  if (frontMatter) model.frontMatter = frontMatter;
  const fmTitle = frontMatter?.entries.find((e) => e.key === 'title');
  if (fmTitle && typeof fmTitle.value === 'string' && fmTitle.value.trim() !== '') {
    model.title = { text: fmTitle.value.trim(), range: fmTitle.valueRange };
  } else if (sections.length > 0 && !(sections[0].level > 1 && sections[0].standard !== undefined)) {
    // The first heading is the title, unless it is a section below level 1 (a report with no title that opens with
    // `## Summary` has no title).
    model.title = { text: sections[0].title, range: sections[0].headingRange };
  }
  return model;
}

/** The line scan made while parsing, kept per model (keyed by its lines) so later passes need not scan again. */
const scans = new WeakMap<readonly string[], ScannedLine[]>();

/** The classified lines of a parsed model: the parse's own scan, or a fresh one for a model built elsewhere. */
export function scannedLinesOf(model: PostmortemModel): ScannedLine[] {
  const cached = scans.get(model.lines);
  if (cached && cached.length === model.lines.length) return cached;
  const scanned = scanLines(model.lines, model.frontMatter ? model.frontMatter.range.end.line - 1 : -1);
  scans.set(model.lines, scanned);
  return scanned;
}
