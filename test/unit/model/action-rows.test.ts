// Action items of table rows and list items whose details sit where the readers' quick tests look: a row without a
// state word or with one, a ticket cell, details in the text of a row without their columns, and text with none.
import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';

type Parts = Partial<Record<'owner' | 'due' | 'priority' | 'link', string>> & { done?: boolean };

/** The parts of the one action item of an Action items section holding `lines`. */
function partsOf(...lines: string[]): Parts | undefined {
  const a = parsePostmortem(['## Action items', '', ...lines, ''].join('\n')).actionItems[0];
  if (!a) return undefined;
  const out: Parts = {};
  for (const k of ['owner', 'due', 'priority', 'link'] as const) if (a[k]) out[k] = a[k]!.text;
  if (a.done !== undefined) out.done = a.done;
  return out;
}

describe('model: action items whose details the quick tests find or rule out', () => {
  const header = '| Action item | Type | Owner | Due | Ticket |';
  const cases: [string[], Parts][] = [
    [[header, '|---|---|---|---|---|', '| Name the unit of every pool size in CI | prevent | @owner1 | 2024-04-02 | PAY-1401 |'], { owner: '@owner1', due: '2024-04-02', link: 'PAY-1401' }],
    [[header, '|---|---|---|---|---|', '| Add a canary stage (P1) | mitigate | Sam | 2024-05-01 | [OPS-7](https://jira.example.com/browse/OPS-7) |'], { owner: 'Sam', due: '2024-05-01', priority: 'P1', link: 'https://jira.example.com/browse/OPS-7' }],
    [[header, '|---|---|---|---|---|', '| Alert on pool saturation [high] | detect | Lee | Q3 | Bug 5554823 **TODO** |'], { owner: 'Lee', due: 'Q3', priority: 'high', link: 'Bug 5554823', done: false }],
    [[header, '|---|---|---|---|---|', '| Review the config template | process | Kim | 2024-04-10 | DONE |'], { owner: 'Kim', due: '2024-04-10', done: true }],
    [['| Action | Owner |', '|---|---|', '| Roll out the fix, priority: medium, see #4512 | TBD |'], { priority: 'medium', link: '#4512' }],
    [['| Action | Owner |', '|---|---|', '| Document the rollback in the runbook | Ana |'], { owner: 'Ana' }],
    [['- Document the rollback in the runbook'], {}],
    [['- P2: add pool metrics to the dashboard, due 2024-06-01, https://tracker.example.com/42 - Dana Scully'], { owner: 'Dana Scully', due: '2024-06-01', priority: 'P2', link: 'https://tracker.example.com/42' }],
  ];
  for (const [lines, expected] of cases) it(`reads ${JSON.stringify(lines[lines.length - 1])}`, () => assert.deepStrictEqual(partsOf(...lines), expected));
});
