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
    ['French, German and Spanish owner labels', '# X\n## Actions\n- [ ] Ajouter une alerte — Responsable : Marie\n- [ ] Alarm einrichten — Verantwortlich: Jonas\n- [ ] Añadir alerta — Responsable: Lucía\n- [ ] Revoir le runbook (resp. Paul)\n- [ ] Informer le responsable du service\n', [7]],
    ['an Owner: label', '# X\n## Follow-ups\n- Add alerting on queue depth. Owner: Mei Tanaka\n', []],
    // an item tracked in an issue has its owner there
    ['tracked items', '# X\n## Action items\n- https://github.com/example/infra/issues/6105\n- [#2226]: Add simple logging to the hub\n- Automate deploys ([#11957](https://github.com/example/test-infra/issues/11957))\n- Alert on queue depth, PAY-1432\n- Alert on disk usage\n', [7]],
    ['a ticket column', '# X\n## Action items\n\n| Action | Owner | Ticket |\n|---|---|---|\n| Stage rollouts | | OPS-12 |\n| Name units | | |\n', [7]],
    ['a list that says there is nothing to do', '# X\n## Action Items\n\n- N/A\n', []],
    ['an owner in a sub-item of its own', '# X\n## Action items\n- [ ] Alert on disk usage\n  - Owner: @bob\n  - Due: 2024-05-01\n- [ ] Rotate the keys\n  - Due: 2024-05-08\n', [6]],
    // a sub-item details the item above it: that item is reported once, not each of its lines
    ['sub-items of an item without an owner', '# X\n## Action items\n- Look into the pool and change it to:\n    - restart by itself\n    - warn on failures\n- Add log rotation\n', [3, 6]],
    ['sub-items of an item with an owner or a ticket', '# X\n## Action items\n- Alert on the gateway (owner: Dana):\n  - disk space\n- Rotate logs, OPS-7\n  - hourly\n', []],
    ['a sub-item without an owner under a group whose first sub-item names one', '# X\n## Action items\n- Short term:\n  - restart the pool (owner: Lee)\n  - add a disk alert\n', [5]],
    ['a sub-item of a done item is still reported', '# X\n## Action items\n- [x] Rotate logs\n  - [ ] also on the old hosts\n', [4]],
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
