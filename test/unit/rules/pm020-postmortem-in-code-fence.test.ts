import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import { check } from '../../../src/core/check';
import { postmortemInCodeFence } from '../../../src/core/rules/pm020-postmortem-in-code-fence';
import { applyEdits, runRule } from './run-rule';

/** A postmortem as an assistant's answer or a template's README quotes it. */
const BODY = [
  '# Postmortem: checkout API outage',
  '',
  '## Summary',
  'Checkout failed for 42 minutes.',
  '',
  '## Timeline',
  '- 2024-03-12 14:02 UTC - Deploy of cfg-12 begins; error rate starts climbing',
  '- 2024-03-12 14:09 UTC - Alert fired',
  '- 2024-03-12 14:44 UTC - Resolved: rollback complete',
].join('\n');

/** The lines (1-based) the fix of each finding removes: a whole line, or the last one with the break before it. */
function fenceLines(text: string): number[][] {
  return runRule(postmortemInCodeFence, text).map((p) => p.fixes![0].edits.map((e) => (e.range.end.column === 1 ? e.range.start.line : e.range.end.line)));
}

describe('rules: PM020 postmortem-in-code-fence', () => {
  const cases: [string, string, number[][]][] = [
    ['a ```markdown fence around the whole document', `\`\`\`markdown\n${BODY}\n\`\`\`\n`, [[1, 11]]],
    ['blank lines around it, `md` and tildes', `\n~~~md\n${BODY}\n~~~\n\n`, [[2, 12]]],
    ['no info string, a standard section inside', `\`\`\`\n${BODY}\n\`\`\``, [[1, 11]]],
    ['an unclosed fence (the copy was cut short)', `\`\`\`markdown\n${BODY}\n`, [[1]]],
    ['a longer fence holding a code block of its own', `\`\`\`\`markdown\n${BODY}\n\n\`\`\`bash\nkubectl rollout undo\n\`\`\`\n\`\`\`\`\n`, [[1, 15]]],
    // the inner fence closes the outer one for CommonMark, but the quote plainly ends at the last line
    ['a code block inside a fence of the same length', `\`\`\`markdown\n${BODY}\n\`\`\`bash\nkubectl rollout undo\n\`\`\`\n\`\`\`\n`, [[1, 14]]],
    ['front matter, then the fence', `---\ntitle: Checkout outage\n---\n\`\`\`markdown\n${BODY}\n\`\`\`\n`, [[4, 14]]],
    ['a fence of shell commands is code', '```bash\n# restart the pool\nkubectl rollout restart deploy/api\n```\n', []],
    ['a fence without info whose comments name no section', '```\n# install the tools\nnpm ci\n# run\nnpm start\n```\n', []],
    ['text after the fence', `\`\`\`markdown\n${BODY}\n\`\`\`\n\nWe will review this on Monday.\n`, []],
    ['a sentence before the fence', `Here is the postmortem:\n\n\`\`\`markdown\n${BODY}\n\`\`\`\n`, []],
    ['a postmortem with a code block in it', `${BODY}\n\n\`\`\`\n# Timeline\n\`\`\`\n`, []],
    ['an unclosed fence after a closed one', `\`\`\`markdown\n${BODY}\n\`\`\`\nmore\n\`\`\`\n`, []],
  ];
  for (const [title, text, expected] of cases) {
    it(title, () => assert.deepStrictEqual(fenceLines(text), expected));
  }

  it('says where the quote is and what to do', () => {
    const [p] = runRule(postmortemInCodeFence, `\`\`\`markdown\n${BODY}\n\`\`\`\n`);
    assert.strictEqual(p.message, 'The whole postmortem is inside a code block (lines 1-11): Markdown shows it as code, and other tools read none of it. Remove the fence lines.');
    assert.deepStrictEqual(p.range, { start: { line: 1, column: 1 }, end: { line: 1, column: 12 } });
  });

  it('its fix removes the fence lines and nothing else', () => {
    for (const text of [`\`\`\`markdown\n${BODY}\n\`\`\`\n`, `\`\`\`markdown\n${BODY}\n\`\`\``, `\n~~~md\n${BODY}\n~~~\n\n`, `\`\`\`markdown\n${BODY}\n`]) {
      const [p] = runRule(postmortemInCodeFence, text);
      assert.strictEqual(p.fixes![0].preferred, true);
      const fixed = applyEdits(text, p.fixes![0].edits);
      assert.strictEqual(fixed.replace(/^\n+|\n+$/g, ''), BODY, JSON.stringify(text));
      assert.deepStrictEqual(runRule(postmortemInCodeFence, fixed), []);
    }
  });

  it('the postmortem inside is read: title, sections, timeline and metrics', () => {
    const text = `\`\`\`markdown\n${BODY}\n\`\`\`\n`;
    const model = parsePostmortem(text);
    assert.strictEqual(model.title?.text, 'Postmortem: checkout API outage');
    assert.deepStrictEqual(model.sections.map((s) => s.standard), [undefined, 'summary', 'timeline']);
    assert.deepStrictEqual(model.timeline.map((e) => e.range.start.line), [8, 9, 10]);
    assert.deepStrictEqual(model.quotingFence, { open: 1, close: 11 });
    const result = check(text);
    assert.strictEqual(result.analysis.metrics.durationMinutes, 42);
    assert.ok(result.findings.some((f) => f.ruleId === 'PM020'));
    // the body's code block inside the quote stays code
    const inner = parsePostmortem(`\`\`\`\`markdown\n${BODY}\n\n\`\`\`\n- 15:00 UTC - not an entry\n\`\`\`\n\`\`\`\`\n`);
    assert.strictEqual(inner.timeline.length, 3);
  });

  it('a document that only starts with a fence is read as before', () => {
    const model = parsePostmortem(`\`\`\`markdown\n${BODY}\n\`\`\`\nmore\n`);
    assert.strictEqual(model.quotingFence, undefined);
    assert.deepStrictEqual(model.timeline, []);
  });
});
