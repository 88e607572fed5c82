/**
 * Where a section reaches for what is typed into it: after its heading, through its subsections and the blank lines
 * after its text, up to the next heading that is not one of its subsections (its text ends at its last non-blank line,
 * but the line below the last entry is where the next entry is typed).
 */
import type { StandardSectionId } from './types';

/**
 * The Timeline section that `line` (1-based) is in or right after: a line under its heading, in its subsections, or on
 * the blank lines after it up to the next heading. `headingLine` reads a section's heading line, so that the model's
 * sections and an outline of them both serve.
 */
export function timelineSectionAt<S extends { standard?: StandardSectionId; endLine: number }>(sections: readonly S[], headingLine: (s: S) => number, line: number): S | undefined {
  for (const t of sections) {
    if (t.standard !== 'timeline' || headingLine(t) >= line) continue;
    // the first heading after the section's text ends its reach
    let next = Infinity;
    for (const s of sections) {
      const h = headingLine(s);
      if (h > t.endLine && h < next) next = h;
    }
    if (line < next) return t;
  }
  return undefined;
}
