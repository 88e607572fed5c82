/**
 * A bold section name alone on its line (`**Timeline**`, `__Root cause__`), as documents without Markdown headings
 * write their parts: read as a heading one level below the heading above it, so that it starts a section that bounds
 * the timeline, the action items, the outline and the report as `## Timeline` does.
 */
import { contentLineOf } from './fields';
import { sectionOfLabel } from './field-labels';
import type { ScannedLine } from './scan';
import { stripMarkup, unwrap } from './text';

/** At most this long, as a label: a longer bold line is a sentence. */
const MAX_NAME = 80;
const STAR = 42;
const UNDERSCORE = 95;

/**
 * True when a bold marker (`**` or `__`) wraps a line's whole content [start, end) and no colon is in it: with a colon
 * (`**Impact:**`) it is a label.
 */
function boldNameAlone(line: string, start: number, end: number): boolean {
  const c = line.charCodeAt(start);
  if ((c !== STAR && c !== UNDERSCORE) || end - start <= 4 || end - start > MAX_NAME) return false;
  const bold = c === STAR ? '**' : '__';
  return line.startsWith(bold, start) && line.endsWith(bold, end) && line.indexOf(':', start) < 0;
}

/**
 * Reads, in place, each bold section name alone on its line as a heading: after a blank line, a heading or the
 * document's start, with a blank line, a list or a table under it and content below (see `contentLineOf`), and naming
 * a standard section. Its level is one below the heading above it (2 without one), its text the name inside the bold
 * markers. A bold sentence (`**The root cause was a config.**`), text glued under it, nothing under it (or only
 * another such name) or a name that is no section's stays text. Only lines of text that open with `**` or `__` are
 * looked at.
 */
export function readBoldHeadings(lines: readonly string[], scanned: ScannedLine[]): void {
  const found: [line: number, level: number][] = [];
  let level = 1;
  for (let i = 0; i < scanned.length; i++) {
    const s = scanned[i];
    if (s.kind === 'heading') level = s.level ?? 1;
    else if (s.kind === 'text' && boldNameAlone(lines[i], s.contentStart, s.contentEnd)) found.push([i, Math.min(level + 1, 6)]);
  }
  // From the last: a name whose only content is the next name (now a heading) has nothing under it.
  for (let k = found.length - 1; k >= 0; k--) {
    const [i, headingLevel] = found[k];
    const s = scanned[i];
    const before = scanned[i - 1];
    const after = scanned[i + 1];
    if (before && before.kind !== 'blank' && before.kind !== 'heading') continue;
    if (!after || (after.kind !== 'blank' && after.kind !== 'list' && after.kind !== 'table')) continue;
    const [start, end] = unwrap(lines[i], s.contentStart, s.contentEnd);
    if (!sectionOfLabel(stripMarkup(lines[i].slice(start, end))) || contentLineOf(lines, scanned, i) < 0) continue;
    scanned[i] = { kind: 'heading', level: headingLevel, contentStart: start, contentEnd: end, record: s.record };
  }
}
