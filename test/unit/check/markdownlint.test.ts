import * as assert from 'assert';
import { runMarkdownlint } from '../../../src/core/check/markdownlint';

/** Runs markdownlint as the check does and lists `line:id`. */
function lint(text: string, workspace?: Record<string, unknown>): string[] {
  return runMarkdownlint(text, text.split('\n'), workspace).map((f) => `${f.range.start.line}:${f.ruleId}`);
}

describe('check: markdownlint with quiet defaults', () => {
  it('is quiet on long lines, trailing spaces, missing blank lines and trailing colons', () => {
    const text = '# Postmortem  \n## Corrective and preventative measures:\n' + 'word '.repeat(60) + '\n- a\n* b\n';
    assert.deepStrictEqual(lint(text), []);
  });

  const reported: [string, string, string[]][] = [
    ['a heading without a space', '# Title\n\n#Timeline\n', ['3:MD018']],
    ['a skipped heading level', '# Title\n\n### Timeline\n', ['3:MD001']],
    ['a table row with a missing cell', '# T\n\n| Time | Event |\n|---|---|\n| 14:02 |\n', ['5:MD056']],
    ['two sibling headings with the same title', '# T\n\n## Timeline\n\n## Timeline\n', ['5:MD024']],
    ['a link to a missing heading', '# T\n\n## Timeline\n\nSee [the timeline](#timline).\n', ['5:MD051']],
  ];
  for (const [title, text, expected] of reported) {
    it(`reports ${title}`, () => assert.deepStrictEqual(lint(text), expected));
  }

  it('allows a front matter title next to a top-level heading', () => {
    assert.deepStrictEqual(lint('---\ntitle: Outage\n---\n\n# Outage\n'), []);
  });

  it('merges a workspace configuration over the defaults', () => {
    assert.deepStrictEqual(lint('# Title\n\n#Timeline\n', { MD018: false }), []);
    assert.deepStrictEqual(lint('# T\n\n```\ncode\n```\n', { MD040: true }), ['3:MD040']);
  });

  it('maps ranges and fixes to 1-based positions', () => {
    const [f] = runMarkdownlint('# T\n\n#Timeline\n', ['# T', '', '#Timeline', '']);
    assert.strictEqual(f.ruleName, 'no-missing-space-atx');
    assert.strictEqual(f.severity, 'warning');
    assert.deepStrictEqual(f.range.start, { line: 3, column: 1 });
    assert.deepStrictEqual(f.fixes?.[0].edits[0], { range: { start: { line: 3, column: 2 }, end: { line: 3, column: 2 } }, replacement: ' ' });
  });
});
