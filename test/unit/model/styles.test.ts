import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import type { PostmortemModel } from '../../../src/core/model';
import { at, fixture, textAt } from './helpers';

/** Timeline entries as `[kind, timeText, timeRange, text, dateText]`, each range checked against the text it covers. */
function entries(model: PostmortemModel): [string, string, string, string, string | undefined][] {
  return model.timeline.map((e) => {
    assert.strictEqual(textAt(model.lines, e.timeRange), e.timeText);
    assert.strictEqual(textAt(model.lines, e.textRange), e.text);
    if (e.dateRange) assert.strictEqual(textAt(model.lines, e.dateRange), e.dateText);
    return [e.kind, e.timeText, at(e.timeRange), e.text, e.dateText];
  });
}

describe('model: real-world styles', () => {
  it('Google SRE: bold fields, a table timeline under a dated line, an action table with state words', () => {
    const m = parsePostmortem(fixture('google-sre-shakespeare.md'));
    assert.strictEqual(m.title?.text, 'Shakespeare Sonnet++ Postmortem (incident #465)');
    assert.deepStrictEqual(m.fields.map((f) => [f.label, f.key]), [
      ['Date', undefined], ['Authors', undefined], ['Status', 'status'], ['Summary', 'whatOccurred'], ['Impact', 'impact'],
      ['Root Causes', 'rootCause'], ['Trigger', undefined], ['Resolution', 'resolution'], ['Detection', 'detection'],
    ]);
    assert.strictEqual(at(m.fields[2].valueRange), '7:13-7:47');
    assert.deepStrictEqual(m.sections.map((s) => s.standard), [undefined, 'actionItems', 'lessonsLearned', 'whatWentWell', 'whatWentWrong', 'whereWeGotLucky', 'timeline', undefined]);
    assert.deepStrictEqual(entries(m), [
      ['table', '14:51', '48:3-48:8', 'News reports that a new Shakespearean sonnet has been discovered in a Delorean\'s glove compartment', '2015-10-21'],
      ['table', '14:53', '49:3-49:8', 'Traffic to Shakespeare search increases by 88x after post to /r/shakespeare', '2015-10-21'],
      ['table', '14:54', '50:3-50:8', '**OUTAGE BEGINS** — Search backends start melting down under load', '2015-10-21'],
      ['table', '15:01', '51:3-51:8', '**INCIDENT BEGINS** Pager storm, `ManyHttp500s` from all clusters', '2015-10-21'],
      ['table', '15:28', '52:3-52:8', '**OUTAGE MITIGATED**, flipped traffic to USA-2 sacrificial cluster', '2015-10-21'],
      ['table', '16:00', '53:3-53:8', '**OUTAGE ENDS**, all traffic balancing between 3 clusters', '2015-10-21'],
    ]);
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [['all times UTC', 'UTC', '44:14-44:27']]);
    assert.deepStrictEqual(m.actionItems.map((a) => [a.owner?.text, a.link?.text, a.done]), [
      ['jennifer', undefined, true], ['martym', 'Bug 5554823', false], ['docbrown', undefined, false],
    ]);
  });

  it('PagerDuty: sections, a bulleted 12-hour timeline, checkbox action items with owners, dues, priorities, links', () => {
    const m = parsePostmortem(fixture('pagerduty-api-latency.md'));
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone]), [['All times are in PST/PDT', 'PST/PDT']]);
    assert.deepStrictEqual(entries(m), [
      ['bullet', '06:02 AM', '20:3-20:11', 'PagerDuty alert fired: API p99 latency > 2s', undefined],
      ['bullet', '06:05 AM', '21:3-21:11', 'On-call engineer acknowledged the page', undefined],
      ['bullet', '06:11 AM', '22:5-22:13', 'Incident declared, status page updated', undefined],
      ['bullet', '6:19 AM', '23:4-23:11', 'Rollback of the gateway configuration started', undefined],
      ['bullet', '6:49 AM', '24:3-24:10', 'Latency back to normal; incident resolved', undefined],
      ['bullet', '??:??', '25:3-25:8', 'Customer success notified (time not recorded)', undefined],
    ]);
    const rootCause = m.sections.find((s) => s.standard === 'rootCause');
    assert.deepStrictEqual([rootCause?.placeholder?.text, at(rootCause?.placeholder?.range)], ['TBD', '28:1-28:4']);
    assert.deepStrictEqual(m.sections.filter((s) => s.standard === 'summary').map((s) => s.title), ['Summary', 'What Happened?']);
    assert.deepStrictEqual(m.fields.filter((f) => f.key).map((f) => [f.key, f.value]), [
      ['duration', '47 minutes'], ['impact', '12% of API requests failed; 3 enterprise customers opened tickets.'],
      ['owner', '@jdoe'],
    ]);
    const items = m.actionItems.map((a) => ({ done: a.done, owner: a.owner?.text, due: a.due?.text, priority: a.priority?.text, link: a.link?.text }));
    assert.deepStrictEqual(items, [
      { done: false, owner: '@alice', due: '2024-04-01', priority: 'P1', link: 'https://jira.example.com/browse/API-412' },
      { done: true, owner: 'Bob Smith', due: undefined, priority: undefined, link: undefined },
      { done: false, owner: 'Carol', due: 'Friday', priority: 'high', link: '#45' },
      { done: undefined, owner: undefined, due: undefined, priority: undefined, link: 'OPS-77' },
    ]);
    for (const a of m.actionItems) for (const p of [a.owner, a.due, a.priority, a.link]) if (p) assert.strictEqual(textAt(m.lines, p.range), p.text);
    const internal = m.sections.find((s) => s.title === 'Internal');
    assert.deepStrictEqual([internal?.bodyText, internal?.endLine, internal?.bodyStartLine], ['', 41, 42]);
    assert.strictEqual(m.sections.find((s) => s.title === 'External')?.placeholder?.text, '{{external_message}}');
  });

  it('GitLab: `### date` headings with HH:MM bullets and plain lines; code blocks ignored', () => {
    const m = parsePostmortem(fixture('gitlab-dated-timeline.md'));
    assert.deepStrictEqual(entries(m), [
      ['dated-list', '22:40', '13:3-13:8', 'Replication lag alert fires for `db-replica-02`', '2024-03-12'],
      ['dated-list', '22:45', '14:3-14:8', 'On-call SRE starts investigating', '2024-03-12'],
      ['dated-list', '23:10', '15:5-15:10', 'Incident declared, S2', '2024-03-12'],
      ['dated-list', '00:05', '19:3-19:8', 'Replica rebuilt from snapshot', 'March 13, 2024'],
      ['dated-list', '01:15', '20:1-20:6', 'Database failover completed', 'March 13, 2024'],
      ['dated-list', '2024-03-13 01:40 UTC', '21:3-21:23', 'Lag back to zero, incident resolved', undefined],
    ]);
    assert.strictEqual(at(m.timeline[0].dateRange), '11:5-11:15');
    assert.ok(!m.sections.some((s) => s.title === '2024-03-14'));
    assert.deepStrictEqual(m.actionItems.map((a) => [a.owner?.text, a.due?.text, a.link?.text?.slice(0, 18)]), [
      ['@sre-team', undefined, undefined], [undefined, '2024-04-15', 'https://gitlab.com'],
    ]);
    assert.deepStrictEqual(m.fields, []);
  });

  it('Atlassian: front matter, empty sections, a table timeline with a Date column carried down, an action table', () => {
    const m = parsePostmortem(fixture('atlassian-payments.md'));
    assert.deepStrictEqual([m.title?.text, at(m.title?.range)], ['Payments outage of March 12', '2:8-2:35']);
    assert.deepStrictEqual(m.frontMatter?.problems, []);
    assert.deepStrictEqual(m.sections.filter((s) => s.bodyText === '').map((s) => [s.title, s.bodyStartLine, s.endLine]), [
      ['Leadup', 17, 16], ['Impact', 22, 21], ['Five whys', 39, 38],
    ]);
    assert.deepStrictEqual(entries(m), [
      ['table', '14:02', '33:16-33:21', 'Certificate expires; payment errors begin', '2024-03-12'],
      ['table', '14:06', '34:5-34:10', 'Synthetic check pages on-call', '2024-03-12'],
      ['table', '14:31', '35:5-35:10', 'Root cause identified', '2024-03-12'],
      ['table', '14:49', '36:5-36:10', 'Payments recovered', '2024-03-12'],
    ]);
    assert.deepStrictEqual(m.actionItems.map((a) => [a.text, a.owner?.text, a.due?.text, a.priority?.text, a.link?.text, a.done]), [
      ['Alert 30 days before any certificate expires', 'Alice', '2024-04-01', 'High', 'PAY-101', true],
      ['Move renewal to the managed certificate service', undefined, '2024-05-01', 'Medium', 'PAY-102', false],
    ]);
  });

  for (const name of ['google-sre-shakespeare.md', 'pagerduty-api-latency.md', 'gitlab-dated-timeline.md', 'atlassian-payments.md']) {
    it(`reads ${name} the same with CRLF line endings and a byte order mark`, () => {
      const lf = parsePostmortem(fixture(name));
      assert.deepStrictEqual(parsePostmortem(fixture(name).replace(/\n/g, '\r\n')), lf);
      const bom = parsePostmortem(`\ufeff${fixture(name)}`);
      assert.deepStrictEqual([bom.sections.length, bom.fields.length, bom.timeline.length, bom.actionItems.length, bom.title?.text],
        [lf.sections.length, lf.fields.length, lf.timeline.length, lf.actionItems.length, lf.title?.text]);
    });
  }
});
