import * as assert from 'assert';
import * as fc from 'fast-check';
import { parsePostmortem } from '../../../src/core/model';
import type { PostmortemModel } from '../../../src/core/model';
import type { Range } from '../../../src/core/types';
import { fixture } from './helpers';

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
  it('reads a 20,000-line document in well under 50 ms, and twice the text in about twice the time', function () {
    this.timeout(20000);
    const block = [
      fixture('seed-postmortem.md'), fixture('pagerduty-api-latency.md'), fixture('atlassian-payments.md').split('---\n')[2],
      fixture('gitlab-dated-timeline.md'), fixture('google-sre-shakespeare.md'),
    ].join('\n');
    const build = (lines: number) => {
      const out: string[] = [];
      while (out.length < lines) out.push(...block.split('\n'));
      return out.slice(0, lines).join('\n');
    };
    // The fastest of several runs, in CPU time: the cost of the parser itself, not of whatever else the machine runs.
    const fastest = (text: string, enough = 0) => {
      let best = Infinity;
      for (let k = 0; k < 30 && best > enough; k++) {
        const before = process.cpuUsage();
        parsePostmortem(text);
        const used = process.cpuUsage(before);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const big = build(20000);
    const small = build(10000);
    const tBig = fastest(big, 25);
    const tSmall = fastest(small);
    assert.ok(tBig < 50, `20,000 lines took ${tBig.toFixed(1)} ms`);
    assert.ok(tBig < tSmall * 3 + 5, `not linear: ${tSmall.toFixed(1)} ms for 10,000 lines, ${tBig.toFixed(1)} ms for 20,000`);
  });

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

  it('stays fast on pathological lines', function () {
    this.timeout(20000);
    const long = (unit: string) => unit.repeat(Math.ceil(200000 / unit.length));
    const units = ['due ', '- ', '| ', '**', 'a:', '14:02 ', 'All times ', '<!-- ', '[', '`', 'Owner: x ', '#1 ', 'http://x ', '\t', '• '];
    for (const u of units) {
      for (const doc of [long(u), `## Timeline\n- ${long(u)}`, `## Action items\n- ${long(u)}`, `| a | b |\n|---|---|\n${long(u)}`]) {
        const t = performance.now();
        parsePostmortem(doc);
        const took = performance.now() - t;
        assert.ok(took < 1000, `${JSON.stringify(u)} took ${took.toFixed(0)} ms`);
      }
    }
  });
});
