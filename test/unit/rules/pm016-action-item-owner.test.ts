import * as assert from 'assert';
import { actionItemOwner } from '../../../src/core/rules/pm016-action-item-owner';
import { runRule } from './run-rule';

/** Lines of action items reported as having no owner. */
function ownerless(text: string): number[] {
  return runRule(actionItemOwner, text).map((p) => p.range.start.line);
}

describe('rules: PM016 action-item-owner', () => {
  const cases: [string, string, number[]][] = [
    ['checkboxes with and without an owner', '# X\n## Action items\n- [ ] Add a unit to pool sizes (@priya)\n- [ ] Roll out region by region\n', [4]],
    ['a done item without an owner is fine', '# X\n## Action items\n- [x] Roll back the config\n', []],
    ['an owner column', '# X\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Name units | @priya | 2024-03-29 |\n| Stage rollouts | | 2024-04-12 |\n', [7]],
    ['an Owner: label', '# X\n## Follow-ups\n- Add alerting on queue depth. Owner: Mei Tanaka\n', []],
    ['the seed\'s bullets', '# X\n## Corrective and preventative measures:\n• We will modify our server removing tool.\n', [3]],
  ];
  for (const [title, text, expected] of cases) {
    it(title, () => assert.deepStrictEqual(ownerless(text), expected));
  }

  it('quotes the item in its message', () => {
    const [p] = runRule(actionItemOwner, '# X\n## Action items\n- [ ] Roll out region by region\n');
    assert.match(p.message, /"Roll out region by region" has no owner/);
  });
});
