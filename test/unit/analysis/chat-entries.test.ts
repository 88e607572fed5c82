// A chat channel pasted into the Timeline: the times the analysis gives its messages and the metrics from them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis';

// built to out/test/unit/analysis/
const root = path.resolve(__dirname, '../../../..');
const now = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));
const doc = (...lines: string[]) => ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', ...lines].join('\n') + '\n';

describe('analyze: a chat channel pasted into the timeline', () => {
  it('reads a Slack copy\'s messages, a grouped message in its header\'s half of the day, and the metrics from their markers', () => {
    const a = analyze(doc('Alice Chen  2:04 PM', 'Error rate starts climbing on checkout, seeing 500s', 'Carol Diaz  2:06 PM', 'Alert fired for checkout errors',
      'Bob Li  2:10 PM', 'Rolling back cfg-12', '2:12', 'Rollback complete, error rate dropping', 'Alice Chen  2:30 PM', 'Errors stopped. Resolved.'), { now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.author?.text]), [
      ['2024-03-12T14:04Z', 'Alice Chen'], ['2024-03-12T14:06Z', 'Carol Diaz'], ['2024-03-12T14:10Z', 'Bob Li'], ['2024-03-12T14:12Z', 'Bob Li'], ['2024-03-12T14:30Z', 'Alice Chen'],
    ]);
    const m = a.metrics;
    assert.deepStrictEqual([m.start?.time.text, m.detected?.time.text, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.durationMinutes, m.timeToResolveMinutes],
      ['2:04 PM', '2:06 PM', 2, 8, 26, 26]);
  });

  it('reads a grouped message past noon after a morning header, and one past midnight on the next day', () => {
    const times = (...lines: string[]) => analyze(doc(...lines), { now }).timeline.map((e) => iso(e.time.instant));
    assert.deepStrictEqual(times('Bob Li  11:58 AM', 'Rolling back', '12:05', 'Rolled back'), ['2024-03-12T11:58Z', '2024-03-12T12:05Z']);
    assert.deepStrictEqual(times('Bob Li  11:58 PM', 'Rolling back', '12:05', 'Rolled back'), ['2024-03-12T23:58Z', '2024-03-13T00:05Z']);
  });

  it('reads a grouped message after a blank line in its header\'s half of the day, and again when the line between changes', () => {
    const times = (between: string) => analyze(doc('Bob Li  11:58 PM', 'Rolling back', between, '12:05', 'Rolled back'), { now }).timeline.map((e) => iso(e.time.instant));
    const grouped = ['2024-03-12T23:58Z', '2024-03-13T00:05Z'];
    assert.deepStrictEqual(times(''), grouped);
    assert.deepStrictEqual(times('- note'), ['2024-03-12T23:58Z', '2024-03-12T12:05Z']);
    assert.deepStrictEqual(times(''), grouped);
  });

  it('reads Discord\'s `Yesterday at` and `Today at` as clocks on the document\'s day and on from it, and its dated headers on their date', () => {
    const times = (...lines: string[]) => analyze(doc(...lines), { now }).timeline.map((e) => iso(e.time.instant));
    assert.deepStrictEqual(times('Alice Chen — Yesterday at 11:50 PM', 'Outage begins', 'Bob Li — Today at 12:10 AM', 'Resolved'), ['2024-03-12T23:50Z', '2024-03-13T00:10Z']);
    assert.deepStrictEqual(times('Alice Chen — 03/12/2024 2:04 PM', 'Outage begins', 'Bob Li — 03/13/2024 9:00 AM', 'Resolved'), ['2024-03-12T14:04Z', '2024-03-13T09:00Z']);
  });

  it('reads Discord\'s line copied into a list item as its header: `Today at` and `Yesterday at` on from the document\'s day, a date on that date', () => {
    const times = (...lines: string[]) => analyze(doc(...lines), { now }).timeline.map((e) => [iso(e.time.instant), e.author?.text, e.text]);
    assert.deepStrictEqual(times('- Alice Chen — Yesterday at 11:50 PM outage begins', '- Bob Li — Today at 12:10 AM resolved'), [
      ['2024-03-12T23:50Z', 'Alice Chen', 'outage begins'], ['2024-03-13T00:10Z', 'Bob Li', 'resolved'],
    ]);
    assert.deepStrictEqual(times('- Alice Chen — 03/12/2024 2:04 PM outage begins', '- Bob Li — 03/13/2024 9:00 AM resolved'), [
      ['2024-03-12T14:04Z', 'Alice Chen', 'outage begins'], ['2024-03-13T09:00Z', 'Bob Li', 'resolved'],
    ]);
  });

  it('reads the detection from a bot\'s message under its name without a badge (no sender) or with Teams\' label, as with Slack\'s badge', () => {
    const detected = (header: string) => {
      const a = analyze(doc('Alice Chen  2:00 PM', 'Error rate starts climbing on checkout', '', header, 'Triggered: checkout 5xx > 2%', '', 'Bob Li  2:30 PM', 'Errors stopped. Resolved.'), { now });
      return [a.timeline[1].author?.text, a.timeline[1].text, a.metrics.detected?.time.text, a.metrics.timeToDetectMinutes];
    };
    assert.deepStrictEqual(detected('PagerDuty  APP  2:04 PM'), ['PagerDuty', 'Triggered: checkout 5xx > 2%', '2:04 PM', 4]);
    assert.deepStrictEqual(detected('PagerDuty  2:04 PM'), [undefined, 'Triggered: checkout 5xx > 2%', '2:04 PM', 4]);
    assert.deepStrictEqual(detected('[2:04 PM] PagerDuty (Bot)'), ['PagerDuty', 'Triggered: checkout 5xx > 2%', '2:04 PM', 4]);
    assert.deepStrictEqual(detected('[2:04 PM] PagerDuty'), [undefined, 'Triggered: checkout 5xx > 2%', '2:04 PM', 4]);
  });

  it('reads a grouped message by its own header when the same lines were read before under a header with AM/PM (no reading kept from the other)', () => {
    // read in the same process one after the other: the line `2:12` is at the same place after the same instant
    const times = (...lines: string[]) => analyze(doc(...lines), { now }).timeline.map((e) => iso(e.time.instant));
    assert.deepStrictEqual(times('Bob Li  2:10 PM', 'Rolling back', '2:12', 'Rolled back'), ['2024-03-12T14:10Z', '2024-03-12T14:12Z']);
    assert.deepStrictEqual(times('Bob Li  14:10', 'Rolling back', '2:12', 'Rolled back'), ['2024-03-12T14:10Z', '2024-03-12T02:12Z']);
    assert.deepStrictEqual(times('Bob Li  2:10 PM', 'Rolling back', '2:12', 'Rolled back'), ['2024-03-12T14:10Z', '2024-03-12T14:12Z']);
  });

  it('reads a bare clock under a message without a sender on from the entry before (past noon on a 12-hour clock), with no sender', () => {
    const a = analyze(doc('- 2:04 PM Deploy', '2:12', 'Rolled back'), { now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.author]), [['2024-03-12T14:04Z', undefined], ['2024-03-12T14:12Z', undefined]]);
  });

  it('reads a channel where apps post the page, the alert and the rollback: the page is the detection, a bot\'s rollback the mitigation, its resolution the end', () => {
    const file = 'slack-paste-bots.md';
    const a = analyze(fs.readFileSync(path.join(root, 'test/fixtures/documents/styles', file), 'utf8'), { fileName: file, now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.author?.text]), [
      ['2024-03-12T14:04Z', 'PagerDuty'], ['2024-03-12T14:06Z', 'Alice Chen'], ['2024-03-12T14:07Z', 'Grafana Alerting'], ['2024-03-12T14:12Z', 'Alice Chen'],
      ['2024-03-12T14:14Z', 'Deploy Bot'], ['2024-03-12T14:20Z', 'Deploy Bot'], ['2024-03-12T14:31Z', 'PagerDuty'],
    ]);
    const m = a.metrics;
    assert.deepStrictEqual([m.start, m.detected, m.mitigated, m.end].map((x) => iso(x?.time.instant)), ['2024-03-12T14:01Z', '2024-03-12T14:04Z', '2024-03-12T14:20Z', '2024-03-12T14:31Z']);
    assert.deepStrictEqual([m.durationMinutes, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes], [30, 3, 19, 30]);
  });

  it('reads a Teams channel where apps post the alert, the rollback and the resolution: each by the app, and the metrics from them', () => {
    const file = 'teams-paste-bots.md';
    const a = analyze(fs.readFileSync(path.join(root, 'test/fixtures/documents/styles', file), 'utf8'), { fileName: file, now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.author?.text]), [
      ['2024-06-18T09:14Z', 'PagerDuty'], ['2024-06-18T09:16Z', 'Priya Natarajan'], ['2024-06-18T09:25Z', 'Tomás Ortega'],
      ['2024-06-18T09:40Z', 'Workflows'], ['2024-06-18T09:52Z', 'Grafana Alerting'],
    ]);
    const m = a.metrics;
    assert.deepStrictEqual([m.start, m.detected, m.mitigated, m.end].map((x) => iso(x?.time.instant)), ['2024-06-18T09:05Z', '2024-06-18T09:14Z', '2024-06-18T09:40Z', '2024-06-18T09:52Z']);
    assert.deepStrictEqual([m.durationMinutes, m.timeToDetectMinutes, m.timeToMitigateMinutes], [47, 9, 35]);
  });

  it('reads a Teams channel copied from the new client (the name over the time): each message by its sender, and the metrics from them', () => {
    const file = 'teams-paste-new-client.md';
    const a = analyze(fs.readFileSync(path.join(root, 'test/fixtures/documents/styles', file), 'utf8'), { fileName: file, now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.author?.text]), [
      ['2024-03-12T14:09Z', 'PagerDuty'], ['2024-03-12T14:11Z', 'Sam Patel'], ['2024-03-12T14:18Z', 'Bob Li'], ['2024-03-12T14:31Z', 'Flow bot'], ['2024-03-12T14:40Z', 'Sam Patel'],
    ]);
    const m = a.metrics;
    assert.deepStrictEqual([m.start, m.detected, m.mitigated, m.end].map((x) => iso(x?.time.instant)), ['2024-03-12T14:02Z', '2024-03-12T14:09Z', '2024-03-12T14:31Z', '2024-03-12T14:40Z']);
    assert.deepStrictEqual([m.durationMinutes, m.timeToDetectMinutes, m.timeToMitigateMinutes], [38, 7, 29]);
  });

  it('reads Teams\' `Yesterday` and `Today` over a message as clocks on the document\'s day and on from it', () => {
    const times = (...lines: string[]) => analyze(doc(...lines), { now }).timeline.map((e) => [iso(e.time.instant), e.author?.text]);
    assert.deepStrictEqual(times('Sam Patel', 'Yesterday 11:50 PM', 'Outage begins', 'Bob Li', 'Today 12:10 AM', 'Resolved'), [
      ['2024-03-12T23:50Z', 'Sam Patel'], ['2024-03-13T00:10Z', 'Bob Li'],
    ]);
  });

  it('reads a Discord channel copied into a list: each bullet by its sender, `Yesterday at` and `Today at` on from the document\'s day', () => {
    const file = 'discord-paste-bullets.md';
    const a = analyze(fs.readFileSync(path.join(root, 'test/fixtures/documents/styles', file), 'utf8'), { fileName: file, now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.author?.text]), [
      ['2024-09-21T23:52Z', 'Mara Quinn'], ['2024-09-22T00:05Z', 'Jonas Weber'], ['2024-09-22T00:11Z', 'Mara Quinn'],
      ['2024-09-22T00:24Z', 'Jonas Weber'], ['2024-09-22T00:31Z', 'Mara Quinn'],
    ]);
    const m = a.metrics;
    assert.deepStrictEqual([m.start, m.mitigated, m.end].map((x) => iso(x?.time.instant)), ['2024-09-21T23:52Z', '2024-09-22T00:24Z', '2024-09-22T00:31Z']);
    assert.deepStrictEqual([m.durationMinutes, m.timeToMitigateMinutes], [39, 32]);
  });

  describe('an alerting tool\'s message opening with its state', () => {
    // [the message under `<sender>  2:10 PM` after `Alice Chen  2:04 PM` / `Errors started`, the time to detect]
    const cases: [string, string, number | null][] = [
      ['PagerDuty  APP', 'Triggered: checkout 5xx > 2%', 6],
      ['PagerDuty  APP', 'Triggered #4512 checkout 5xx > 2%', 6],
      ['Datadog  APP', ':rotating_light: Triggered: [P1] High error rate on checkout', 6],
      ['Grafana Alerting  APP', '[FIRING:1] HighErrorRate checkout-api', 6],
      ['Alertmanager  APP', '[FIRING:3] KubePodCrashLooping', 6],
      // a cause, a state as a word of prose, or a resolution mark no detection
      ['Bob Li', 'Triggered by the 4.12 release, rolling back', null],
      ['Bob Li', 'The cron job triggered a full reindex', null],
      ['Bob Li', 'firing up a new replica', null],
      ['Grafana Alerting  APP', '[RESOLVED] HighErrorRate checkout-api', null],
    ];
    for (const [sender, message, ttd] of cases) {
      it(`${sender}: ${message}`, () => {
        const a = analyze(doc('Alice Chen  2:04 PM', 'Errors started', `${sender}  2:10 PM`, message), { now });
        assert.strictEqual(a.timeline[1]?.author?.text, sender.replace(/ +APP$/, ''));
        assert.strictEqual(a.metrics.timeToDetectMinutes, ttd);
      });
    }

    // a list item that names a system before its time keeps the name in its text: the state opens the words after the time
    const bullets: [string, number | null][] = [
      ['- Grafana Alerting 2:10 PM [FIRING:1] HighErrorRate', 6],
      ['- PagerDuty Incident 2:10 PM Triggered: checkout 5xx > 2%', 6],
      ['- Kafka Connect 2:10 PM investigating sink task failures', 6],
      ['- Kafka Connect 2:10 PM [RESOLVED] sink tasks', null],
      ['- Kafka Connect 2:10 PM sink tasks triggered a rebalance', null],
    ];
    for (const [bullet, ttd] of bullets) {
      it(bullet, () => {
        const a = analyze(doc('- 2:04 PM Errors started', bullet), { now });
        assert.strictEqual(a.timeline[1]?.author, undefined);
        assert.strictEqual(a.metrics.timeToDetectMinutes, ttd);
      });
    }
  });
});
