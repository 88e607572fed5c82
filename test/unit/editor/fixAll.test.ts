import * as assert from 'assert';
import { fixAllEdits, obviousFix, rangesOverlap } from '../../../src/extension/codeActions/fixAll';
import { repositoryWebUrl, ruleDocUrl } from '../../../src/extension/diagnostics/ruleDocs';
import type { Finding, Range } from '../../../src/core/types';

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, column: c1 }, end: { line: l2, column: c2 } });
const finding = (ruleId: string, range: Range, fixes: Finding['fixes']): Finding => ({ ruleId, ruleName: ruleId, severity: 'warning', message: ruleId, range, fixes });

describe('editor: fix all and rule links', () => {
  const overlaps: [string, Range, Range, boolean][] = [
    ['two insertions at one point', r(5, 1, 5, 1), r(5, 1, 5, 1), false],
    ['an insertion inside a replacement', r(3, 5, 3, 5), r(3, 1, 3, 10), true],
    ['an insertion at a replacement\'s end', r(3, 10, 3, 10), r(3, 1, 3, 10), false],
    ['an insertion at a replacement\'s start', r(3, 1, 3, 1), r(3, 1, 3, 10), false],
    ['replacements sharing text', r(3, 1, 3, 10), r(3, 9, 4, 2), true],
    ['adjacent replacements', r(3, 1, 3, 10), r(3, 10, 3, 12), false],
    ['replacements on different lines', r(3, 1, 3, 10), r(4, 1, 4, 10), false],
  ];
  for (const [what, a, b, expected] of overlaps) {
    it(`${what}: ${expected ? 'conflict' : 'no conflict'}`, () => {
      assert.strictEqual(rangesOverlap(a, b), expected);
      assert.strictEqual(rangesOverlap(b, a), expected);
    });
  }

  it('takes the preferred fix, or the only one, and nothing when the choice is open', () => {
    const est = { title: 'Replace "EST" with "EDT"', edits: [{ range: r(3, 50, 3, 53), replacement: 'EDT' }], preferred: true };
    const utc = { title: 'Rewrite as ISO-8601 UTC', edits: [{ range: r(3, 24, 3, 53), replacement: '2021-09-27T19:06Z' }] };
    assert.strictEqual(obviousFix(finding('PM005', r(3, 50, 3, 53), [utc, est])), est);
    assert.strictEqual(obviousFix(finding('PM005', r(3, 50, 3, 53), [utc])), utc);
    assert.strictEqual(obviousFix(finding('PM005', r(3, 50, 3, 53), [utc, { ...utc, title: 'other' }])), undefined);
    assert.strictEqual(obviousFix(finding('MD009', r(1, 12, 1, 14), undefined)), undefined);
  });

  it('applies the seed example\'s fixes together, skipping one that clashes', () => {
    const findings = [
      finding('PM005', r(3, 50, 3, 73), [{ title: 'zone', edits: [{ range: r(3, 50, 3, 73), replacement: 'Eastern Daylight Time' }], preferred: true }]),
      finding('PM009', r(3, 24, 3, 73), [{ title: 'iso', edits: [{ range: r(3, 24, 3, 73), replacement: '2021-09-27T19:06Z' }] }]),
      finding('PM001', r(1, 1, 1, 13), [{ title: 'Add "## Impact"', edits: [{ range: r(31, 1, 31, 1), replacement: '\n## Impact\n' }] }]),
      finding('PM001', r(1, 1, 1, 13), [{ title: 'Add "## Action items"', edits: [{ range: r(31, 1, 31, 1), replacement: '\n## Action items\n' }] }]),
    ];
    const { edits, fixed } = fixAllEdits(findings);
    assert.strictEqual(fixed, 3);
    assert.deepStrictEqual(edits.map((e) => e.replacement), ['Eastern Daylight Time', '\n## Impact\n', '\n## Action items\n']);
  });

  it('links our rules to the repository and markdownlint\'s to markdownlint', () => {
    const repo = { type: 'git', url: 'git+https://github.com/acme/postmortem-author.git' };
    assert.strictEqual(repositoryWebUrl(repo), 'https://github.com/acme/postmortem-author/');
    assert.strictEqual(ruleDocUrl('PM004', repo), 'https://github.com/acme/postmortem-author/blob/HEAD/docs/rules/PM004.md');
    assert.strictEqual(ruleDocUrl('MD013', repo), 'https://github.com/DavidAnson/markdownlint/blob/v0.40.0/doc/md013.md');
    assert.strictEqual(ruleDocUrl('PM004', 'https://example.org/pm'), 'https://example.org/pm/blob/HEAD/docs/rules/PM004.md');
    assert.strictEqual(ruleDocUrl('PM004', undefined), undefined);
    assert.strictEqual(ruleDocUrl('PM004', undefined, 'file:///home/ana/.vscode/extensions/pm'), 'file:///home/ana/.vscode/extensions/pm/docs/rules/PM004.md');
    assert.strictEqual(ruleDocUrl('analysis', repo), undefined, 'an internal error has no page');
  });
});
