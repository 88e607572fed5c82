// Timeline entries timed by a delay after the entry before ("Five minutes later, the alert fires"): the entries the
// model reads, the times the analysis gives them (the entry before's plus the delay), and the metrics from them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis';
import { parsePostmortem } from '../../../src/core/model';

const now = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));
const doc = (...lines: string[]) => lines.join('\n') + '\n';
// built to out/test/unit/analysis/
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/documents/times', name), 'utf8');

describe('model: timeline entries timed by a delay after the entry before', () => {
  // [line under `- 14:02 UTC - Deploy` in `## Timeline`, timeText, minutes (null: vague), approximate, text]
  const rows: [string, string, number | null, boolean, string][] = [
    ['- Five minutes later, the error-rate alert fires', 'Five minutes later', 5, false, 'the error-rate alert fires'],
    ['- 5 minutes later the alert fires', '5 minutes later', 5, false, 'the alert fires'],
    ['- 5 min later: alert fires', '5 min later', 5, false, 'alert fires'],
    ['- 5min later - paged', '5min later', 5, false, 'paged'],
    ['- A minute later, on-call acks', 'A minute later', 1, false, 'on-call acks'],
    ['- An hour later the queue has drained', 'An hour later', 60, false, 'the queue has drained'],
    ['- Half an hour later, rollback complete', 'Half an hour later', 30, false, 'rollback complete'],
    ['- Two hours later, resolved', 'Two hours later', 120, false, 'resolved'],
    ['- An hour and a half later, resolved', 'An hour and a half later', 90, false, 'resolved'],
    ['- Twenty-five minutes later, resolved', 'Twenty-five minutes later', 25, false, 'resolved'],
    ['- Fifty nine minutes later, resolved', 'Fifty nine minutes later', 59, false, 'resolved'],
    ['- Sixty minutes later, resolved', 'Sixty minutes later', 60, false, 'resolved'],
    ['- Seventeen minutes later, resolved', 'Seventeen minutes later', 17, false, 'resolved'],
    ['- 90 seconds later, the alert fires', '90 seconds later', 1.5, false, 'the alert fires'],
    ['- 1.5 hours later: resolved', '1.5 hours later', 90, false, 'resolved'],
    ['- After 10 minutes, the alert fires', 'After 10 minutes', 10, false, 'the alert fires'],
    ['- After about an hour, resolved', 'After about an hour', 60, true, 'resolved'],
    ['- 10 minutes after that, the alert fires', '10 minutes after that', 10, false, 'the alert fires'],
    ['- 10 minutes afterwards the alert fires', '10 minutes afterwards', 10, false, 'the alert fires'],
    ['- Ten minutes on, the alert fires', 'Ten minutes on', 10, false, 'the alert fires'],
    ['- About an hour later the queue has drained', 'About an hour later', 60, true, 'the queue has drained'],
    ['- ~5 minutes later, the alert fires', '5 minutes later', 5, true, 'the alert fires'],
    ['- ~5 minutes later the pool drained', '5 minutes later', 5, true, 'the pool drained'],
    ['- 24h later the backlog was gone', '24h later', 1440, false, 'the backlog was gone'],
    ['- Roughly 20 minutes later, resolved', 'Roughly 20 minutes later', 20, true, 'resolved'],
    ['- **5 minutes later** - the alert fires', '5 minutes later', 5, false, 'the alert fires'],
    ['Five minutes later, the alert fires', 'Five minutes later', 5, false, 'the alert fires'],
    ['- A few minutes later, the alert fires', 'A few minutes later', null, false, 'the alert fires'],
    ['- Shortly after, the alert fires', 'Shortly after', null, false, 'the alert fires'],
    ['- Shortly afterwards the alert fires', 'Shortly afterwards', null, false, 'the alert fires'],
    ['- Later that day, the fix ships', 'Later that day', null, false, 'the fix ships'],
    ['- Moments later the alert fires', 'Moments later', null, false, 'the alert fires'],
  ];
  for (const [line, timeText, minutes, approximate, text] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const m = parsePostmortem(doc('## Timeline', '', '- 14:02 UTC - Deploy', line));
      assert.strictEqual(m.timeline.length, 2);
      const e = m.timeline[1];
      assert.deepStrictEqual([e.timeText, e.afterPrevious?.minutes ?? null, e.afterPrevious?.approximate ?? false, e.text], [timeText, minutes, approximate, text]);
    });
  }

  // lines that only look like a delay, or count from something else than the entry before
  const none = [
    '- 5 minutes later than planned, the deploy starts',
    '- later that week the fix shipped',
    '- the alert fired 5 minutes later than it should have',
    '- 10 minutes after the deploy, the alert fires',
    '- After 10 minutes of errors the alert fires',
    '- Shortly after the deploy the alert fires',
    '- As later described, the cache was cold',
    '- Five minutes of errors',
    'Later that day:',
  ];
  for (const line of none) {
    it(`reads no entry from ${JSON.stringify(line)}`, () => {
      const m = parsePostmortem(doc('## Timeline', '', '- 14:02 UTC - Deploy', line));
      assert.deepStrictEqual(m.timeline.map((e) => e.timeText), ['14:02 UTC']);
    });
  }

  it('reads a delay in a table\'s time cell', () => {
    const m = parsePostmortem(doc('## Timeline', '', '| Time | Event |', '|---|---|', '| 14:02 UTC | Deploy |', '| 5 minutes later | Alert fires |'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.afterPrevious?.minutes, e.text]), [['14:02 UTC', undefined, 'Deploy'], ['5 minutes later', 5, 'Alert fires']]);
  });
});

describe('analyze: entries timed by a delay after the entry before', () => {
  const times = (text: string) => analyze(text, { now }).timeline.map((e) => (e.time.unknown ? '?' : iso(e.time.instant) ?? e.time.zeroOffsetMinutes));

  it('places each at the entry before plus its delay, in chains, and takes its markers as a clock entry\'s', () => {
    const a = analyze(doc('# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '',
      '- 14:02 UTC - Deploy of cfg-12 begins; error rate starts climbing',
      '- Five minutes later, the error-rate alert fires',
      '- 14:30 UTC - Rollback started',
      '- 10 minutes later, rollback complete',
      '- 5 minutes after that, error rates recovered',
      '- About an hour later the queue has drained'), { now });
    assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)),
      ['2024-03-12T14:02Z', '2024-03-12T14:07Z', '2024-03-12T14:30Z', '2024-03-12T14:40Z', '2024-03-12T14:45Z', '2024-03-12T15:45Z']);
    assert.deepStrictEqual(a.timeline.map((e) => e.time.approximate ?? false), [false, false, false, false, false, true]);
    assert.deepStrictEqual(a.timeline[1].time.afterPrevious, { minutes: 5, line: 7 });
    assert.strictEqual(a.timeline[1].time.zone, 'UTC');
    const m = a.metrics;
    // "alert fires" 5 min after the start is the detection, "rollback complete" the mitigation, "error rates recovered" the end
    assert.deepStrictEqual([m.detected?.time.text, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.durationMinutes, m.timeToResolveMinutes],
      ['Five minutes later', 5, 38, 43, 43]);
  });

  it('rolls over midnight from a delay, and the clock entries after it roll over from it', () => {
    assert.deepStrictEqual(times(doc('Date: 2024-03-12', '', '## Timeline', '', '- 23:50 UTC - Deploy', '- 20 minutes later, the alert fires', '- 00:15 UTC - Rolled back')),
      ['2024-03-12T23:50Z', '2024-03-13T00:10Z', '2024-03-13T00:15Z']);
  });

  it('counts real time across a change of daylight saving time, in the zone of the entry before', () => {
    const a = analyze(doc('Date: 2024-03-10', '', '## Timeline', '', '- 01:30 America/New_York - Deploy', '- An hour later, the alert fires'), { now });
    assert.deepStrictEqual([iso(a.timeline[1].time.instant), a.timeline[1].time.offsetMinutes], ['2024-03-10T07:30Z', -240]);
  });

  it('keeps the seconds of a delay below a minute (metrics round to whole minutes)', () => {
    const a = analyze(doc('Date: 2024-03-12', '', '## Timeline', '', '- 14:02 UTC - Outage begins', '- 90 seconds later, the alert fires'), { now });
    assert.strictEqual(new Date(a.timeline[1].time.instant!).toISOString(), '2024-03-12T14:03:30.000Z');
    assert.strictEqual(a.metrics.timeToDetectMinutes, 2);
  });

  it('gives no time to a vague delay, to a delay with no timed entry before it, nor to one after a vague one', () => {
    assert.deepStrictEqual(times(doc('Date: 2024-03-12', '', '## Timeline', '', '- Five minutes later, the alert fires', '- 14:02 UTC - Deploy',
      '- A few minutes later, the alert fires', '- 5 minutes later, paged', '- ??:?? - noticed', '- 5 minutes later, paged')),
    ['?', '2024-03-12T14:02Z', '?', '?', '?', '?']);
    // a vague entry is kept and sets no milestone: the detection is the next one with a time
    const m = analyze(doc('Date: 2024-03-12', '', '## Timeline', '', '- 14:02 UTC - Outage begins', '- Shortly after, the alert fires', '- 14:20 UTC - we were paged'), { now }).metrics;
    assert.deepStrictEqual([m.detected?.time.text, m.timeToDetectMinutes], ['14:20 UTC', 18]);
  });

  it('counts from the entry before a stray time (a clock alone, nothing under it), which dates nothing', () => {
    assert.deepStrictEqual(times(doc('Date: 2024-03-12', '', '## Timeline', '', '- 14:02 UTC - Deploy begins', '- Five minutes later, the alert fires', '',
      'The rollback was decided at', '14:20', '', '- 10 minutes later, checkouts recovered')),
    ['2024-03-12T14:02Z', '2024-03-12T14:07Z', '2024-03-12T14:20Z', '2024-03-12T14:17Z']);
  });

  it('adds the delay to the offset before it on a timeline of offsets no zero anchors', () => {
    const a = analyze(doc('## Timeline', '', '- T+0: Primary killed', '- 5 minutes later, the alert fires', '- T+30: Failover complete', '- 10 minutes later: recovered'), { now });
    assert.deepStrictEqual(a.timeline.map((e) => e.time.zeroOffsetMinutes), [0, 5, 30, 40]);
    assert.deepStrictEqual([a.relativeTimeline, a.metrics.timeToDetectMinutes, a.metrics.timeToMitigateMinutes, a.metrics.durationMinutes], [true, 5, 30, 40]);
  });

  it('measures a whole postmortem whose markers are on entries timed by delays', () => {
    const a = analyze(fixture('relative-delays.md'), { now });
    const m = a.metrics;
    // start 14:02 (clock); detection "Five minutes later" (14:07); mitigation "10 minutes later, rollback complete"
    // (14:40); end "90 seconds later, error rates recovered" (14:41:30, 39.5 min: 40); resolution "Incident closed" 15:20
    assert.deepStrictEqual([m.start?.time.text, m.detected?.time.text, m.mitigated?.time.text, m.end?.time.text, m.resolved?.time.text],
      ['14:02 UTC', 'Five minutes later', '10 minutes later', '90 seconds later', '15:20 UTC']);
    assert.deepStrictEqual([m.timeToDetectMinutes, m.timeToMitigateMinutes, m.durationMinutes, m.timeToResolveMinutes], [5, 38, 40, 78]);
    assert.deepStrictEqual(a.timeline.filter((e) => e.time.unknown).map((e) => e.timeText), ['A few minutes later']);
    assert.deepStrictEqual(a.timeline.filter((e) => e.time.approximate).map((e) => e.timeText), ['About half an hour later']);
  });
});
