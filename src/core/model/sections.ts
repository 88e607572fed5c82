/**
 * Sections: headings matched to standard sections through synonyms, their line spans, body text and placeholders.
 */
import { perLine } from '../cache';
import type { PostmortemModel, Section } from './types';
import type { ScannedLine } from './scan';
import { lineRange, spanRange, stripMarkup } from './text';
import { matchStandardSection } from './section-titles';

const PLACEHOLDER = new RegExp(
  '^(?:' + [
    'tbd', 'tba', 'todo', 'fixme', 'xxx', 'to be (?:determined|decided|added|written|completed|confirmed)', 'coming soon',
    'placeholder', 'fill (?:me )?in', 'insert [^.]*here', '(?:tbd|todo|fixme)\\b\\s*[:\\-–—(].*',
    '\\.{2,}', '…', '[-–—_?]+', '<(?!https?:)[^<>]*>', '\\{\\{[^{}]*\\}\\}', '\\{[^{}]*\\}', '\\$\\{[^{}]*\\}', '\\[[^[\\]]*\\](?![(\\[:])',
  ].join('|') + ')[.!:]?$',
  'i',
);
const MAX_PLACEHOLDER = 200;
/** Jira's colour tags (`{color:red}`...`{color}`), which templates put around what is still to write. */
const WIKI_COLOR = /\{color(?::[^}]*)?\}/g;
const LEADING_MARKER = /^(?:[-*+•]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;

/** True when a line of body text is only a placeholder (`TBD`, `TODO: ...`, `<impact>`, `{{summary}}`, `...`). */
export function isPlaceholderText(text: string): boolean {
  if (text.length > MAX_PLACEHOLDER) return false;
  const bare = stripMarkup((text.includes('{color') ? text.replace(WIKI_COLOR, '') : text).replace(LEADING_MARKER, ''));
  return bare !== '' && PLACEHOLDER.test(bare);
}

/** Line kinds that never count as body content. */
const SKIPPED = new Set(['blank', 'comment', 'heading', 'underline', 'fence', 'rule', 'frontmatter', 'delimiter']);

/** The line without its inline `<!-- ... -->` comments (an unclosed one runs to the end of the line). */
function withoutComments(line: string): string {
  let open = line.indexOf('<!--');
  if (open < 0) return line;
  let out = '';
  let from = 0;
  while (open >= 0) {
    out += line.slice(from, open);
    const close = line.indexOf('-->', open + 4);
    if (close < 0) return out;
    from = close + 3;
    open = line.indexOf('<!--', from);
  }
  return out + line.slice(from);
}

/** A line without its comments and surrounding blanks, kept in the line's record (reads only its line). */
const cleanedLine = perLine((line: string) => withoutComments(line).trim());

/** Bodies of at most this many lines are joined on their own; longer ones are slices of the whole joined text. */
const SHORT_BODY = 32;

/** Makes `section.bodyText` a value computed when first read (then kept as a plain value). */
function lazyBody(section: Section, compute: () => string): void {
  Object.defineProperty(section, 'bodyText', {
    configurable: true,
    enumerable: true,
    get(this: Section): string {
      const value = compute();
      Object.defineProperty(this, 'bodyText', { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

/** Builds the sections of a document from its scanned lines. */
export function readSections(lines: string[], scanned: ScannedLine[]): Section[] {
  const headings: number[] = [];
  for (let i = 0; i < scanned.length; i++) if (scanned[i].kind === 'heading') headings.push(i);
  const sections: Section[] = [];
  // Every line cleaned once; the non-empty ones joined once. A section's body is a contiguous run of them, so its
  // text is a slice of the joined string: nested sections (a `#` title over the whole document) copy nothing.
  const texts: string[] = [];
  const textLine: number[] = [];
  const textOffset: number[] = [];
  /** rank[i]: how many non-empty cleaned lines come before line i. */
  const rank = new Array<number>(lines.length + 1);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    rank[i] = texts.length;
    const text = SKIPPED.has(scanned[i].kind) ? '' : cleanedLine(scanned[i].record, lines[i]);
    if (text === '') continue;
    texts.push(text);
    textLine.push(i);
    textOffset.push(offset);
    offset += text.length + 1;
  }
  rank[lines.length] = texts.length;
  // Joined only when a long body is read.
  let joined: string | undefined;
  const bodyOf = (a: number, b: number): string => {
    if (b - a <= SHORT_BODY) return texts.slice(a, b).join('\n');
    joined ??= texts.join('\n');
    return joined.slice(textOffset[a], textOffset[b - 1] + texts[b - 1].length);
  };
  // Each heading's span ends before the next heading of the same or a higher level (found with a stack: linear).
  const spanEnd = new Array<number>(headings.length).fill(lines.length - 1);
  const open: number[] = [];
  for (let h = 0; h < headings.length; h++) {
    const level = scanned[headings[h]].level ?? 1;
    while (open.length > 0 && (scanned[headings[open[open.length - 1]]].level ?? 1) >= level) spanEnd[open.pop() as number] = headings[h] - 1;
    open.push(h);
  }
  for (let h = 0; h < headings.length; h++) {
    const line = headings[h];
    const s = scanned[line];
    const bodyStart = line + 1 < scanned.length && scanned[line + 1].kind === 'underline' ? line + 2 : line + 1;
    let end = spanEnd[h];
    while (end >= bodyStart && (scanned[end].kind === 'blank' || scanned[end].kind === 'comment')) end--;
    // The section's cleaned lines are texts[a, b).
    const a = rank[Math.min(bodyStart, lines.length)];
    const b = end >= bodyStart ? rank[end + 1] : a;
    const first = b > a ? textLine[a] : -1;
    const last = b > a ? textLine[b - 1] : -1;
    const title = lines[line].slice(s.contentStart, s.contentEnd);
    const section: Section = {
      level: s.level ?? 1,
      title,
      headingRange: lineRange(line, s.contentStart, s.contentEnd),
      bodyStartLine: bodyStart + 1,
      endLine: Math.max(end, bodyStart - 1) + 1,
      bodyLines: b - a,
      bodyText: '',
    };
    if (b - a === 1) section.bodyText = texts[a];
    else if (b > a) lazyBody(section, () => bodyOf(a, b));
    const standard = matchStandardSection(title);
    if (standard) section.standard = standard;
    if (b > a && b - a <= 5 && texts.slice(a, b).every(isPlaceholderText)) {
      section.placeholder = {
        text: section.bodyText,
        range: spanRange(first, scanned[first].kind === 'list' ? scanned[first].markerStart ?? 0 : scanned[first].contentStart, last, scanned[last].contentEnd),
      };
    }
    sections.push(section);
  }
  return sections;
}

/**
 * The spans of lines (1-based, `to` exclusive) of the text that opens the document: before its first heading (after
 * the front matter), then under its title up to the next heading. The title is the first heading when it names no
 * standard section and is a level-1 heading or the document's title (an `## Outage` blog post). Blog-style reports
 * open with their summary there; status pages put it above a later title. When nothing is written under the title,
 * the text under the heading below it opens the document if that heading names no standard section either (GitHub's
 * `## March 12 14:02 UTC (lasting 1 hour and 8 minutes)` over the incident's summary).
 */
export function leadSpans(model: PostmortemModel): [from: number, to: number][] {
  const [first, second, third] = model.sections;
  const end = model.lines.length + 1;
  const top = model.frontMatter ? model.frontMatter.range.end.line + 1 : 1;
  const out: [number, number][] = [[top, first?.headingRange.start.line ?? end]];
  if (first !== undefined && first.standard === undefined && (first.level === 1 || model.title?.range.start.line === first.headingRange.start.line)) {
    const to = second?.headingRange.start.line ?? end;
    out.push([first.bodyStartLine, to]);
    if (second !== undefined && second.standard === undefined && second.level > first.level && blankLines(model.lines, first.bodyStartLine, to)) {
      out.push([second.bodyStartLine, third?.headingRange.start.line ?? end]);
    }
  }
  return out;
}

/** True when the lines from `from` to `to` (1-based, `to` exclusive) are all blank. */
function blankLines(lines: readonly string[], from: number, to: number): boolean {
  for (let line = from; line < to; line++) if (lines[line - 1].trim() !== '') return false;
  return true;
}
