// Which fixes "Fix all" applies: each finding's obvious fix, leaving out any whose edits overlap an edit already
// taken (the next check offers it again). Pure, so the choice is unit-tested without the editor.
import { obviousFixOf } from '../../core/check/fixes';
import type { Finding, Fix, Position, Range, TextEdit } from '../../core/types';

/** The fix "Fix all" takes for a finding (see `obviousFixOf`). */
export function obviousFix(finding: Finding): Fix | undefined {
  return obviousFixOf(finding.fixes);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column < b.column);
const same = (a: Position, b: Position) => a.line === b.line && a.column === b.column;

const isEmpty = (r: Range) => same(r.start, r.end);

/**
 * True when two edits touch the same text. Insertions at one point do not conflict (they apply in order);
 * an insertion conflicts only with a replacement strictly around it.
 */
export function rangesOverlap(a: Range, b: Range): boolean {
  if (isEmpty(a) && isEmpty(b)) return false;
  if (isEmpty(a)) return before(b.start, a.start) && before(a.start, b.end);
  if (isEmpty(b)) return before(a.start, b.start) && before(b.start, a.end);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The edits of every finding's obvious fix that do not overlap each other, in document order. */
export function fixAllEdits(findings: readonly Finding[]): { edits: TextEdit[]; fixed: number } {
  const taken: TextEdit[] = [];
  let fixed = 0;
  for (const finding of findings) {
    const fix = obviousFix(finding);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => rangesOverlap(e.range, t.range)))) continue;
    taken.push(...fix.edits);
    fixed++;
  }
  taken.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  return { edits: taken, fixed };
}
