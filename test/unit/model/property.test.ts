import * as assert from 'assert';
import * as fc from 'fast-check';
import { parsePostmortem } from '../../../src/core/model';
import type { PostmortemModel } from '../../../src/core/model';
import type { Range } from '../../../src/core/types';

/** Every range of the model lies inside the document. */
function assertRangesInside(m: PostmortemModel): void {
  const check = (r: Range | undefined) => {
    if (!r) return;
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 1 && p.line <= m.lines.length, `line ${p.line}`);
      assert.ok(p.column >= 1 && p.column <= m.lines[p.line - 1].length + 1, `column ${p.column} on line ${p.line}`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.column <= r.end.column), 'inverted range');
  };
  check(m.title?.range);
  m.sections.forEach((s) => { check(s.headingRange); check(s.placeholder?.range); });
  m.fields.forEach((f) => { check(f.labelRange); check(f.valueRange); });
  m.timeline.forEach((e) => { check(e.range); check(e.timeRange); check(e.textRange); check(e.dateRange); });
  m.actionItems.forEach((a) => [a.range, a.owner?.range, a.due?.range, a.priority?.range, a.link?.range].forEach(check));
  m.zoneDeclarations.forEach((z) => check(z.range));
  if (m.frontMatter) {
    check(m.frontMatter.range);
    m.frontMatter.entries.forEach((e) => { check(e.keyRange); check(e.valueRange); });
    m.frontMatter.problems.forEach((p) => check(p.range));
  }
}

// Pieces of real postmortems, shuffled into documents that reach every reader.
const fragments = [
  '---', 'title: x', 'severity: [', '# Postmortem', '## Timeline', '### 2024-03-12', '## Action items', '## Impact', 'TBD',
  '- 14:02 UTC - Alert fired', '* **15:06** Outage begins', '- [1:04 PM] x', '- ??:?? y', '| Time | Event |', '|---|---|', '| 14:02 | a |',
  '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.  ', '**Duration:** 4h', '- [ ] Fix @alice due 2024-04-01 P1 JIRA-1',
  '```', '<!--', '-->', 'All times are in PST/PDT', 'Title', '===', '', '\r', '  ', '|', '**', '[', '(UTC)', ':', '- ', '1. ',
];

describe('model: properties', () => {
  it('never throws on arbitrary text, and keeps every range inside the document', function () {
    this.timeout(20000);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertRangesInside(parsePostmortem(s))), { numRuns: 200 });
  });

  it('never throws on shuffled postmortem fragments', function () {
    this.timeout(20000);
    const doc = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20 })), { maxLength: 60 })
      .chain((parts) => fc.constantFrom('\n', '\r\n').map((eol) => parts.join(eol)));
    fc.assert(fc.property(doc, (s) => assertRangesInside(parsePostmortem(s))), { numRuns: 500 });
  });

  // Catastrophic backtracking would hang here; speed itself is measured by `npm run bench`, not by tests.
  it('reads pathological lines (no catastrophic backtracking)', function () {
    this.timeout(20000);
    const long = (unit: string) => unit.repeat(Math.ceil(200000 / unit.length));
    const units = ['due ', '- ', '| ', '**', 'a:', '14:02 ', 'All times ', '<!-- ', '[', '`', 'Owner: x ', '#1 ', 'http://x ', '\t', '• '];
    for (const u of units) {
      for (const doc of [long(u), `## Timeline\n- ${long(u)}`, `## Action items\n- ${long(u)}`, `| a | b |\n|---|---|\n${long(u)}`]) {
        assertRangesInside(parsePostmortem(doc));
      }
    }
  });
});
