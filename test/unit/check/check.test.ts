import * as assert from 'assert';
import { check, markdownlintFindingSteps } from '../../../src/core/check/check';
import { drain } from '../../../src/core/check/markdownlint';
import { runRules } from '../../../src/core/check/run-rules';
import type { ModelRule } from '../../../src/core/rules/types';

const complete = `# Checkout outage

## Summary
Checkout failed for 47 minutes on 2024-03-12.

## Impact
38% of checkout requests failed.

## Timeline
- 14:02 UTC - Config push. Outage begins.
- 14:49 UTC - Rolled back. Resolved.

## Root cause
A pool size without a unit.

## Resolution
Rolled back.

## Action items
- [ ] Name units (owner: @priya)
`;

/** `line:ruleId` of every finding. */
const ids = (text: string, options = {}) => check(text, options).findings.map((f) => `${f.range.start.line}:${f.ruleId}`);

describe('check: check(text, options)', function () {
  // markdownlint alone takes seconds on a 200 KB single line
  this.timeout(30_000);

  it('finds nothing in a complete document', () => {
    assert.deepStrictEqual(ids(complete), []);
  });

  it('returns findings sorted by position across rules and markdownlint', () => {
    const text = `${complete}\n#Notes\n\nIt was human error. About 55% - 45% of users.\n`;
    const found = check(text).findings;
    assert.deepStrictEqual(found.map((f) => `${f.range.start.line}:${f.range.start.column}:${f.ruleId}`), ['22:1:MD018', '24:8:PM017', '24:27:PM015']);
  });

  it('applies configured severities by id or name, and off', () => {
    const text = `${complete}\nIt was human error.\n`;
    assert.strictEqual(check(text).findings[0].severity, 'info');
    assert.strictEqual(check(text, { rules: { 'blameful-language': 'error' } }).findings[0].severity, 'error');
    assert.deepStrictEqual(ids(text, { rules: { PM017: 'off' } }), []);
  });

  it('configures markdownlint findings through the same map, or turns them off', () => {
    const text = `${complete}\n#Notes\n`;
    assert.strictEqual(check(text).findings[0].severity, 'warning');
    assert.strictEqual(check(text, { rules: { 'no-missing-space-atx': 'error' } }).findings[0].severity, 'error');
    assert.deepStrictEqual(ids(text, { markdownlint: false }), []);
    assert.deepStrictEqual(ids(text, { markdownlint: { MD018: false } }), []);
  });

  it('runs no markdownlint rule on a document in wiki markup, which is not Markdown', () => {
    const wiki = ['h1. Checkout outage', '', 'h2. Timeline', '||Time||Event||', '|14:02 UTC|Config push. Outage begins.|', '|14:49 UTC|Rolled back. Resolved.|',
      '', 'h2. Action items', '#* Name units (owner: @priya)', '** nested point', ''].join('\n');
    const found = check(wiki).findings;
    assert.ok(found.length > 0 && found.every((f) => f.ruleId.startsWith('PM')), found.map((f) => f.ruleId).join());
    // the same lines in a Markdown document (a `##` heading follows) are Markdown: `#*` is a heading without a space
    const markdown = `${wiki}\n## Notes\n`;
    assert.ok(check(markdown).findings.some((f) => f.ruleId === 'MD018'));
    // the editor's markdownlint worker, which has no model, tells the same
    assert.deepStrictEqual(drain(markdownlintFindingSteps(wiki, wiki.split('\n'), {})), []);
    assert.ok(drain(markdownlintFindingSteps(markdown, markdown.split('\n'), {})).some((f) => f.ruleId === 'MD018'));
  });

  it('drops suppressed findings', () => {
    const text = `${complete}\n<!-- postmortem-disable-next-line -->\nIt was human error.\nCareless. <!-- postmortem-disable-line blameful-language -->\n`;
    assert.deepStrictEqual(ids(text), []);
  });

  it('passes required sections to PM001', () => {
    assert.deepStrictEqual(ids(complete, { requiredSections: ['summary', 'detection'] }), ['1:PM001']);
  });

  it('turns a crashing rule into one finding naming it, keeping the others', () => {
    const crashing: ModelRule = {
      id: 'PM999', name: 'crashing', description: 'x', defaultSeverity: 'error', tags: [], docs: '', scope: 'model',
      check() { throw new TypeError("Cannot read properties of undefined (reading 'line')"); },
    };
    const reporting: ModelRule = { ...crashing, id: 'PM998', name: 'reporting', check: (_ctx, report) => report({ message: 'ok', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }) };
    const { analysis } = check(complete);
    const found = runRules(analysis, {}, [crashing, reporting]);
    assert.deepStrictEqual(found.map((f) => [f.ruleId, f.severity]), [['PM999', 'warning'], ['PM998', 'error']]);
    assert.match(found[0].message, /^Internal error in PM999 \(crashing\); its results are missing: Cannot read properties/);
  });

  const odd: [string, string][] = [
    ['empty text', ''],
    ['only blank lines', '\n\n\n'],
    ['CRLF line endings', complete.replace(/\n/g, '\r\n')],
    ['a byte order mark', `\uFEFF${complete}`],
    ['lone surrogates and NULs', '# \uD800 title\n\0\0\n## Impact\n\uDFFF'],
    ['an unclosed fence', '# X\n```\n## Impact\n'],
    ['an unclosed front matter', '---\ntitle: x\n# X\n'],
    ['a very long line', `# X\n${'55% - 45% '.repeat(20_000)}\n`],
  ];
  for (const [title, text] of odd) {
    it(`does not throw on ${title}`, () => {
      const { findings, analysis } = check(text);
      const lineCount = analysis.model.lines.length;
      for (const f of findings) {
        assert.ok(f.range.start.line >= 1 && f.range.start.line <= Math.max(1, lineCount), `${f.ruleId} at line ${f.range.start.line} of ${lineCount}`);
      }
    });
  }

  it('puts PM001 findings with CRLF on the same lines as with LF', () => {
    const text = '# Outage\n\n## Summary\nIt broke.\n';
    assert.deepStrictEqual(ids(text.replace(/\n/g, '\r\n')), ids(text));
  });
});
