import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import type { ActionItem } from '../../../src/core/model';
import { at, textAt } from './helpers';

type Parts = Partial<Record<'owner' | 'due' | 'priority' | 'link', string>> & { done?: boolean };

/** The one action item read from an Action items section holding `line`, its parts checked against their ranges. */
function itemOf(line: string): ActionItem | undefined {
  const m = parsePostmortem(`## Action items\n${line}\n`);
  const a = m.actionItems[0];
  if (a) for (const p of [a.owner, a.due, a.priority, a.link]) if (p) assert.strictEqual(textAt(m.lines, p.range), p.text);
  return a;
}

describe('model: action items', () => {
  const cases: [string, string, Parts][] = [
    ['- [ ] Add a lock timeout to migrations @alice', 'Add a lock timeout to migrations @alice', { done: false, owner: '@alice' }],
    ['- [x] Rotate the certificate (owner: Bob Smith)', 'Rotate the certificate (owner: Bob Smith)', { done: true, owner: 'Bob Smith' }],
    ['* [X] Owner: Carol — alert on expiry', 'Owner: Carol — alert on expiry', { done: true, owner: 'Carol' }],
    ['- Add synthetic checks — Alice', 'Add synthetic checks — Alice', { owner: 'Alice' }],
    ['- Add synthetic checks - Dana Scully', 'Add synthetic checks - Dana Scully', { owner: 'Dana Scully' }],
    ['1. Write the runbook, due 2024-04-01', 'Write the runbook, due 2024-04-01', { due: '2024-04-01' }],
    ['2) Write the runbook (Due: end of Q2)', 'Write the runbook (Due: end of Q2)', { due: 'end of Q2' }],
    ['- Fix the alert threshold by Friday', 'Fix the alert threshold by Friday', { due: 'Friday' }],
    ['- Fix it by April 3, 2024 @ops', 'Fix it by April 3, 2024 @ops', { due: 'April 3, 2024', owner: '@ops' }],
    ['- P1: add a canary stage', 'P1: add a canary stage', { priority: 'P1' }],
    ['- Add a canary stage [high]', 'Add a canary stage [high]', { priority: 'high' }],
    ['- Add a canary stage, priority: medium', 'Add a canary stage, priority: medium', { priority: 'medium' }],
    ['- Add a canary stage (high priority)', 'Add a canary stage (high priority)', { priority: 'high' }],
    ['- Track in JIRA-123', 'Track in JIRA-123', { link: 'JIRA-123' }],
    ['- Track in #45.', 'Track in #45.', { link: '#45' }],
    ['- See [the ticket](https://tracker.example.com/T-9).', 'See [the ticket](https://tracker.example.com/T-9).', { link: 'https://tracker.example.com/T-9' }],
    ['- Partition the US-EAST-1 subsystems into cells', 'Partition the US-EAST-1 subsystems into cells', {}],
    ['- Owner: TBD — add paging', 'Owner: TBD — add paging', {}],
    // the owner's sentence ends at its period: the next label is no part of the name (Atlassian's corrective actions)
    ['- Add failover tests. Owner: @sam. Due 2024-06-01.', 'Add failover tests. Owner: @sam. Due 2024-06-01.', { owner: '@sam', due: '2024-06-01' }],
    ['- Add failover tests. Owner: Sam Patel. Due: 2024-06-01', 'Add failover tests. Owner: Sam Patel. Due: 2024-06-01', { owner: 'Sam Patel', due: '2024-06-01' }],
    ['- Add failover tests (owner: Sam Priority P1)', 'Add failover tests (owner: Sam Priority P1)', { owner: 'Sam', priority: 'P1' }],
    ['- Rotate keys. Owner: J. Smith', 'Rotate keys. Owner: J. Smith', { owner: 'J. Smith' }],
    // a due date ends before a parenthesis after it (`(P2)`, `(tentative)`)
    ['- Add pool metrics, due 2024-06-01 (P2) https://tracker.example.com/42', 'Add pool metrics, due 2024-06-01 (P2) https://tracker.example.com/42', { due: '2024-06-01', priority: 'P2', link: 'https://tracker.example.com/42' }],
    ['- Add pool metrics. Due: next Friday (tentative)', 'Add pool metrics. Due: next Friday (tentative)', { due: 'next Friday' }],
    ['- Rotate keys. Owner: sam.lee.', 'Rotate keys. Owner: sam.lee.', { owner: 'sam.lee' }],
    // French, German and Spanish owner and due-date labels with a colon, and `resp.` before a name
    ['- [ ] Ajouter une alerte — Responsable : Marie', 'Ajouter une alerte — Responsable : Marie', { done: false, owner: 'Marie' }],
    ['- Revoir le runbook (resp. Marie Curie)', 'Revoir le runbook (resp. Marie Curie)', { owner: 'Marie Curie' }],
    ['- Alarm einrichten — Verantwortlich: Jonas, fällig: 15.04.2024', 'Alarm einrichten — Verantwortlich: Jonas, fällig: 15.04.2024', { owner: 'Jonas', due: '15.04.2024' }],
    ['- Añadir alerta — Responsable: Lucía, fecha límite: 15/04/2024', 'Añadir alerta — Responsable: Lucía, fecha límite: 15/04/2024', { owner: 'Lucía', due: '15/04/2024' }],
    ['- Documenter, échéance : 15/04 — Porteur : @paul', 'Documenter, échéance : 15/04 — Porteur : @paul', { due: '15/04', owner: '@paul' }],
    ['- Runbook aktualisieren (Zuständig: Team SRE, Frist: Ende Q2)', 'Runbook aktualisieren (Zuständig: Team SRE, Frist: Ende Q2)', { owner: 'Team SRE', due: 'Ende Q2' }],
    // must not change: a label without a colon, or before no name, names no one
    ['- Informer le responsable du service', 'Informer le responsable du service', {}],
    ['- Prévenir les responsables : tous', 'Prévenir les responsables : tous', {}],
    ['- Respecter la date limite du contrat', 'Respecter la date limite du contrat', {}],
    // a state written in the item, without a checkbox
    ['- Implement guards against invalid runtime selection (done)', 'Implement guards against invalid runtime selection (done)', { done: true }],
    ['- Add a readiness probe to the proxy (Completed in #5126)', 'Add a readiness probe to the proxy (Completed in #5126)', { done: true, link: '#5126' }],
    ['- Pin the base image DONE in PR #5126', 'Pin the base image DONE in PR #5126', { done: true, link: '#5126' }],
    ['- [DONE] Rotate the signing key', '[DONE] Rotate the signing key', { done: true }],
    ['- Done: rotate the signing key', 'Done: rotate the signing key', { done: true }],
    ['- ✅ Alert on certificate expiry', '✅ Alert on certificate expiry', { done: true }],
    ['- Alert on certificate expiry ✔', 'Alert on certificate expiry ✔', { done: true }],
    // Confluence's tick as a Markdown export leaves it; its cross is no state of done
    ['- (/) Alert on certificate expiry', '(/) Alert on certificate expiry', { done: true }],
    ['- Alert on certificate expiry (x)', 'Alert on certificate expiry (x)', {}],
    ['- Split the /v1/ and /v2/ routes', 'Split the /v1/ and /v2/ routes', {}],
    ['- ~~Move the cron job to the new scheduler~~', '~~Move the cron job to the new scheduler~~', { done: true }],
    ['- Alert on certificate expiry (fixed)', 'Alert on certificate expiry (fixed)', { done: true }],
    ['- TODO: alert on certificate expiry', 'TODO: alert on certificate expiry', { done: false }],
    ['- Alert on certificate expiry (in progress)', 'Alert on certificate expiry (in progress)', { done: false }],
    // words that only look like a state
    ['- Make sure the job is done before the backup starts', 'Make sure the job is done before the backup starts', {}],
    ['- Check that closed connections are drained (see the runbook)', 'Check that closed connections are drained (see the runbook)', {}],
    ['- Document what "fixed" means for a flaky test', 'Document what "fixed" means for a flaky test', {}],
    ['- Add ~~old~~ new alert routing', 'Add ~~old~~ new alert routing', {}],
    ['+ Reprioritize work to partition one of the affected subsystems into smaller “cells,”', 'Reprioritize work to partition one of the affected subsystems into smaller “cells,”', {}],
  ];
  for (const [line, text, parts] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const a = itemOf(line);
      assert.ok(a, 'no item');
      assert.strictEqual(a.text, text);
      assert.strictEqual(a.line, 2);
      assert.deepStrictEqual(
        { done: a.done, owner: a.owner?.text, due: a.due?.text, priority: a.priority?.text, link: a.link?.text },
        { done: undefined, owner: undefined, due: undefined, priority: undefined, link: undefined, ...parts },
      );
    });
  }

  it('reads items only in action-item sections, and not from plain lines', () => {
    assert.deepStrictEqual(parsePostmortem('## Action items\n- Owner: Carol, due Friday\n').fields, []);
    const m = parsePostmortem('## Impact\n- a bullet\n## Follow-ups\nThings to do:\n- first\n  - nested\n## Lessons learned\n- not an item\n');
    assert.deepStrictEqual(m.actionItems.map((a) => [a.line, a.text]), [[5, 'first'], [6, 'nested']]);
  });

  it('gives an item that introduces sub-items (ending with a colon) the owner its first sub-item names', () => {
    const m = parsePostmortem('## Action items (TODOs)\n- [ ] Improve the tiering script UX:\n  - detect a stopped database and print the fix. (owner=eng, priority=medium)\n- [ ] Add a guardrail (owner=ops)\n- [ ] Review the runbook\n  - with the on-call (owner=ops)\n');
    assert.deepStrictEqual(m.actionItems.map((a) => [a.line, a.owner?.text]), [[2, 'eng'], [3, 'eng'], [4, 'ops'], [5, undefined], [6, 'ops']]);
  });

  it('reads no item from a list that says there is nothing to do', () => {
    for (const text of ['N/A', 'n/a', 'None.', 'None at this time', 'No action items', 'No follow-ups needed', 'Nothing']) {
      assert.deepStrictEqual(parsePostmortem(`## Action Items\n\n- ${text}\n`).actionItems, [], text);
    }
    const m = parsePostmortem('## Action Items\n- None of the alerts fired: add one for disk usage\n- N/A handling in the parser: fix it\n');
    assert.deepStrictEqual(m.actionItems.map((a) => a.line), [2, 3]);
  });

  it('gives an item the owner, due date, ticket and state its detail sub-items write, and reads them as no items', () => {
    const m = parsePostmortem([
      '## Action items', '- [ ] Add alerting for disk usage', '  - Owner: @bob', '  - **Due:** 2024-05-01', '  - Ticket: OPS-12',
      '- Improve the runbook', '  - Status: done', '- Look deeper into the cause:', '  - Automatically restart the pool.',
      '  - Warn about the pool earlier.', '- [ ] Review alerts', '  - [ ] Owner: still to be found', '',
      'Owner: @carol', '- Rotate the keys',
    ].join('\n'));
    assert.deepStrictEqual(m.actionItems.map((a) => [a.line, a.owner?.text, a.due?.text, a.link?.text, a.done]), [
      [2, '@bob', '2024-05-01', 'OPS-12', false], [6, undefined, undefined, undefined, true], [8, undefined, undefined, undefined, undefined],
      [9, undefined, undefined, undefined, undefined], [10, undefined, undefined, undefined, undefined], [11, undefined, undefined, undefined, false],
      [12, 'still', undefined, undefined, false], [15, undefined, undefined, undefined, undefined],
    ]);
    for (const a of m.actionItems) for (const p of [a.owner, a.due, a.link]) if (p) assert.strictEqual(textAt(m.lines, p.range), p.text);
  });

  it('gives a sub-item the line of the item it is nested under, and that item\'s own owner or link when it names none', () => {
    const m = parsePostmortem([
      '## Action items', '- Alert on the gateway (owner: Dana):', '  - disk space', '  - CPU (owner: Lee)', '    - per node',
      '- Look into the pool, to:', '  - restart it by itself', '- Tracked in OPS-7', '  * a detail', '1. Numbered', '   - under it',
      '- Back at the top',
    ].join('\n'));
    assert.deepStrictEqual(m.actionItems.map((a) => [a.line, a.parentLine, a.owner?.text, a.link?.text]), [
      [2, undefined, 'Dana', undefined], [3, 2, 'Dana', undefined], [4, 2, 'Lee', undefined], [5, 4, 'Lee', undefined],
      [6, undefined, undefined, undefined], [7, 6, undefined, undefined], [8, undefined, undefined, 'OPS-7'], [9, 8, undefined, 'OPS-7'],
      [10, undefined, undefined, undefined], [11, 10, undefined, undefined], [12, undefined, undefined, undefined],
    ]);
  });

  it('gives the sub-items after a detail sub-item the owner or ticket that detail gives their item', () => {
    const m = parsePostmortem([
      '## Action items', '- Harden the gateway:', '  - Owner: @dana', '  - Ticket: OPS-9', '  - rate-limit the health checks', '    - per node',
      '- Rotate the keys', '  - on the old hosts', '  - Owner: @lee',
    ].join('\n'));
    assert.deepStrictEqual(m.actionItems.map((a) => [a.line, a.parentLine, a.owner?.text, a.link?.text]), [
      [2, undefined, '@dana', 'OPS-9'], [5, 2, '@dana', 'OPS-9'], [6, 5, '@dana', 'OPS-9'],
      // a detail written after a sub-item gives it to the item, not to the sub-item read before it
      [7, undefined, '@lee', undefined], [8, 7, undefined, undefined],
    ]);
  });

  it('reads the columns of an action table headed in French, German or Spanish', () => {
    const rows: [string, string, string][] = [
      ['## Actions', '| Action | Qui | Échéance | État |', '| Révoquer le jeton | moi | 2026-04-01 | fait |'],
      ['## Plan d’action', '| Mesure à prendre | Responsable | Priorité | Statut |', '| Révoquer le jeton | moi | P1 | terminé |'],
      ['## Maßnahmen', '| Maßnahme | Verantwortlich | Fällig | Status |', '| Token widerrufen | moi | 2026-04-01 | erledigt |'],
      ['## Acciones correctivas', '| Tarea | Dueño | Fecha límite | Estado |', '| Revocar el token | moi | 2026-04-01 | hecho |'],
    ];
    for (const [heading, header, row] of rows) {
      const m = parsePostmortem([heading, header, '|---|---|---|---|', row, row.replace(/\| moi \|/, '| ? |').replace(/\| (?:fait|terminé|erledigt|hecho) \|$/, '| ouvert |')].join('\n'));
      assert.deepStrictEqual(m.actionItems.map((a) => [a.owner?.text, a.done]), [['moi', true], [undefined, false]], header);
    }
  });

  it('reads a table with Owner, Due, Priority, Status and Ticket columns in any order', () => {
    const m = parsePostmortem([
      '## Remediation', '| Ticket | Status | Task | Priority | Due | Assignee |', '|---|---|---|---|---|---|',
      '| OPS-1 | Done | Add alerts | P2 | 2024-04-01 | @alice |', '| | open | Write runbook | | | ? |',
      // a Confluence export's status macros: its tick is done, its cross is not
      '| OPS-2 | (/) | Add canary | | | Lee |', '| OPS-3 | (x) | Cap batch size | | | Dana |',
    ].join('\n'));
    assert.deepStrictEqual(m.actionItems.map((a) => [a.text, a.done, a.owner?.text, a.due?.text, a.priority?.text, a.link?.text]), [
      ['Add alerts', true, '@alice', '2024-04-01', 'P2', 'OPS-1'], ['Write runbook', false, undefined, undefined, undefined, undefined],
      ['Add canary', true, 'Lee', undefined, undefined, 'OPS-2'], ['Cap batch size', false, 'Dana', undefined, undefined, 'OPS-3'],
    ]);
    for (const a of m.actionItems) for (const p of [a.owner, a.due, a.priority, a.link]) if (p) assert.strictEqual(textAt(m.lines, p.range), p.text);
  });

  it('reads an HTML action table whose cells are on lines of their own, each detail on its cell\'s line', () => {
    const m = parsePostmortem([
      '## Action items', '<table>', '  <tr>', '    <th>Task</th>', '    <th>Owner</th>', '    <th>Ticket</th>', '  </tr>',
      '  <tr>', '    <td>Alert on pool saturation, due 2024-04-01</td>', '    <td>@alice</td>', '    <td>OPS-12 DONE</td>', '  </tr>',
      '  <tr><td>Canary config releases</td><td>Bob</td><td></td></tr>', '</table>',
    ].join('\n'));
    assert.deepStrictEqual(m.actionItems.map((a) => [a.line, at(a.range), a.text, a.owner?.text, at(a.owner?.range), a.due?.text, a.link?.text, at(a.link?.range), a.done]), [
      [8, '8:3-11:20', 'Alert on pool saturation, due 2024-04-01', '@alice', '10:9-10:15', '2024-04-01', 'OPS-12', '11:9-11:15', true],
      [13, '13:3-13:64', 'Canary config releases', 'Bob', '13:42-13:45', undefined, undefined, 'none', undefined],
    ]);
  });
});
