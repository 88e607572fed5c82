import * as assert from 'assert';
import { emptySection } from '../../../src/core/rules/pm002-empty-section';
import { runRule } from './run-rule';

/** `line:kind` for each problem (kind: empty or placeholder). */
function problems(text: string): string[] {
  return runRule(emptySection, text).map((p) => `${p.range.start.line}:${/is empty/.test(p.message) ? 'empty' : 'placeholder'}`);
}

describe('rules: PM002 empty-section', () => {
  const cases: [string, string, string[]][] = [
    ['real content', '# X\n## Impact\n38% of requests failed.\n', []],
    ['an empty section before another', '# X\n## Impact\n\n## Timeline\n- 14:02 UTC push\n', ['2:empty']],
    ['an empty last section', '# X\n## Summary\nok\n## Action items\n', ['4:empty']],
    ['only a comment', '# X\n## Root cause\n<!-- fill in after the review -->\n', ['2:empty']],
    ['TBD', '# X\n## Impact\n\nTBD\n', ['4:placeholder']],
    ['TODO with a hint', '# X\n## Impact\nTODO: who was affected\n', ['3:placeholder']],
    ['an angle-bracket placeholder', '# X\n## Summary\n<one paragraph: what happened>\n', ['3:placeholder']],
    ['a curly placeholder', '# X\n## Summary\n{{summary}}\n', ['3:placeholder']],
    ['the placeholder PM001 inserts', '# X\n## Impact\n\nTBD: who was affected, how, and for how long.\n', ['4:placeholder']],
    ['content under a sub-heading', '# X\n## Lessons learned\n### What went well\n- The alert fired.\n', []],
    ['a non-standard empty section is not checked', '# X\n## Appendix\n', []],
    ['a TBD inside real text is content', '# X\n## Impact\nAbout 40% of users; exact numbers TBD.\n', []],
    // a template's table with no row filled in says nothing either
    ['a table whose rows are all empty', '# X\n## Timeline\n| Date/Time | Who/What | Action |\n|---|---|---|\n|  |  |  |\n|   |   |   |\n', ['2:empty']],
    ['a table with a header and no rows', '# X\n## Action Items\n\n| ID | Description | Owner | Due |\n|----|-------------|-------|-----|\n', ['2:empty']],
    ['a table with one row filled in', '# X\n## Action items\n| Item | Owner |\n|---|---|\n| Add an alert | @dana |\n| | |\n', []],
    ['a table of labels with empty values is content', '# X\n## Summary\n| Incident | |\n|---|---|\n| Severity | |\n', []],
    ['an empty table with text around it', '# X\n## Timeline\nAll times UTC.\n\n| Time | Event |\n|---|---|\n| | |\n', []],
    ['an HTML table whose rows, cells on lines of their own, are all empty', '# X\n## Timeline\n<table>\n<tr>\n  <th>Time</th>\n  <th>Event</th>\n</tr>\n<tr>\n  <td></td>\n  <td> </td>\n</tr>\n</table>\n', ['2:empty']],
    ['an HTML table with a row filled in, its cells on lines of their own', '# X\n## Timeline\n<tr>\n  <th>Time</th>\n  <th>Event</th>\n</tr>\n<tr>\n  <td>14:02</td>\n  <td>Alert</td>\n</tr>\n', []],
    // a labelled field that stands for its section, as the user's bullet style and bold pseudo-headings write them
    ['a bullet field left TBD', '# X\n\n- **What occurred:** TBD\n- **Root cause:** TODO: after the review\n', ['3:placeholder', '4:placeholder']],
    ['a plain label left as a placeholder', '# X\n\n• Impact: <who was affected>\n', ['3:placeholder']],
    ['a bold label over a placeholder line', '# X\n\n**Root cause:**\n\nTBD\n\n**Impact**\n\n{{impact}}\n', ['9:placeholder', '5:placeholder']],
    ['an emphasised placeholder value', '# X\n\n- **Resolution:** _TBD_\n', ['3:placeholder']],
    // must not change: a field with content, a placeholder inside text, a field whose heading section is checked,
    // a placeholder line with more under it, fields that stand for no section
    ['a bullet field with content', '# X\n\n- **Root cause:** a pool size of 20 instead of 200\n', []],
    ['a TBD inside a field\'s text', '# X\n\n- **Impact:** about 40% of users; exact numbers TBD\n', []],
    ['a field beside its heading section', '# X\n\n- **Impact:** TBD\n\n## Impact\n\n38% of requests failed.\n', []],
    ['a placeholder line with more under it', '# X\n\n**Root cause:**\n\nTBD\nThe pool was too small.\n', []],
    ['fields that name no section', '# X\n\n- **Owner:** TBD\n- **Severity:** TBD\n', []],

  ];
  for (const [title, text, expected] of cases) {
    it(title, () => assert.deepStrictEqual(problems(text), expected));
  }

  it('says which section and what to do', () => {
    const [p] = runRule(emptySection, '# X\n## Impact\nTBD\n');
    assert.match(p.message, /"Impact" still holds the placeholder "TBD": replace it with the impact/);
    const [f] = runRule(emptySection, '# X\n\n- **What occurred:** TBD\n');
    assert.strictEqual(f.message, 'Field "What occurred" still holds the placeholder "TBD": replace it with the summary.');
    assert.deepStrictEqual([f.range.start, f.range.end], [{ line: 3, column: 22 }, { line: 3, column: 25 }]);
  });
});
