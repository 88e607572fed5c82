// Timelines written on a 12-hour clock without AM/PM: `1:05` after `12:10` is five past one in the afternoon.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { runRules } from '../../../src/core/check/run-rules';

const now = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));
const doc = (...lines: string[]) => ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', ...lines].join('\n') + '\n';
const times = (...lines: string[]) => analyze(doc(...lines), { now }).timeline.map((e) => iso(e.time.instant));

describe('analyze: a timeline on a 12-hour clock without AM/PM', () => {
  const cases: [string, string[], (string | undefined)[]][] = [
    ['past noon: 1:05 and 2:30 after 12:10', ['- 11:50 - Outage begins', '- 12:10 - Paged', '- 1:05 - Rolled back', '- 2:30 - Service restored'],
      ['2024-03-12T11:50Z', '2024-03-12T12:10Z', '2024-03-12T13:05Z', '2024-03-12T14:30Z']],
    ['after a time with PM', ['- 12:30 PM - Outage begins', '- 1:05 - Rolled back'], ['2024-03-12T12:30Z', '2024-03-12T13:05Z']],
    ['after an afternoon time with PM', ['- 2:04 PM - Deploy', '- 2:12 - Rolled back', '- 3:40 - Resolved'], ['2024-03-12T14:04Z', '2024-03-12T14:12Z', '2024-03-12T15:40Z']],
    ['in a table', ['| Time | Event |', '|---|---|', '| 12:40 | Paged |', '| 1:15 | Rolled back |'], ['2024-03-12T12:40Z', '2024-03-12T13:15Z']],
    ['late evening: 11:30 after 10:00 PM, then 1:05 on the next day', ['- 10:00 PM - Outage begins', '- 11:30 - Rolled back', '- 1:05 - Resolved'],
      ['2024-03-12T22:00Z', '2024-03-12T23:30Z', '2024-03-13T01:05Z']],
    // what stays as it is read on a 24-hour clock
    ['a 24-hour timeline out of order', ['- 14:00 - Restart', '- 9:30 - First alert'], ['2024-03-12T14:00Z', '2024-03-12T09:30Z']],
    ['a leading zero is a 24-hour clock', ['- 12:10 - Paged', '- 01:05 - Rolled back'], ['2024-03-12T12:10Z', '2024-03-12T01:05Z']],
    ['after 13:00, a 24-hour clock', ['- 12:10 - Paged', '- 13:00 - Escalated', '- 1:05 - Rolled back'], ['2024-03-12T12:10Z', '2024-03-12T13:00Z', '2024-03-12T01:05Z']],
    ['AM written', ['- 12:10 - Paged', '- 1:05 AM - Rolled back'], ['2024-03-12T12:10Z', '2024-03-12T01:05Z']],
    ['its own date', ['- 12:10 - Paged', '- 2024-03-12 1:05 - Rolled back'], ['2024-03-12T12:10Z', '2024-03-12T01:05Z']],
    ['a morning timeline', ['- 9:50 - Outage begins', '- 10:20 - Paged', '- 11:05 - Resolved'], ['2024-03-12T09:50Z', '2024-03-12T10:20Z', '2024-03-12T11:05Z']],
  ];
  for (const [title, lines, expected] of cases) it(title, () => assert.deepStrictEqual(times(...lines), expected));

  it('says the time was read in the afternoon, computes the duration and reports no order problem', () => {
    const text = doc('- 11:50 - Outage begins', '- 12:10 - Alert fired', '- 1:05 - Rolled back', '- 2:30 - Service restored');
    const a = analyze(text, { now });
    assert.deepStrictEqual(a.timeline[2].time.assumptions.filter((x) => x.includes('PM')), ['1:05 read as 1:05 PM: the entry before it is past noon on a 12-hour clock']);
    assert.deepStrictEqual([a.metrics.durationMinutes, a.metrics.timeToDetectMinutes], [160, 20]);
    assert.deepStrictEqual(runRules(a, {}).filter((p) => p.ruleId === 'PM005' || p.ruleId === 'PM004'), []);
  });

  it('reads the same after an edit above that does not change the entries, and again after one that does', () => {
    const lines = ['- 12:10 - Paged', '- 1:05 - Rolled back'];
    assert.deepStrictEqual(times(...lines), ['2024-03-12T12:10Z', '2024-03-12T13:05Z']);
    assert.deepStrictEqual(times('- 13:00 - Paged', lines[1]), ['2024-03-12T13:00Z', '2024-03-12T01:05Z']);
    assert.deepStrictEqual(times(...lines), ['2024-03-12T12:10Z', '2024-03-12T13:05Z']);
  });
});

describe('analyze: a timeline written newest first on a 12-hour clock without AM/PM', () => {
  const declared = (...lines: string[]) => ['Newest first.', '', ...lines];
  const cases: [string, string[], (string | undefined)[]][] = [
    ['2:30 and 1:05 above 12:10', ['- 2:30 - Service restored', '- 1:05 - Rolled back', '- 12:10 - Paged', '- 11:50 - Outage begins'],
      ['2024-03-12T14:30Z', '2024-03-12T13:05Z', '2024-03-12T12:10Z', '2024-03-12T11:50Z']],
    ['said to run newest first', declared('- 2:30 - Service restored', '- 1:05 - Rolled back', '- 12:10 - Paged'),
      ['2024-03-12T14:30Z', '2024-03-12T13:05Z', '2024-03-12T12:10Z']],
    ['above a time with PM', declared('- 3:40 - Resolved', '- 2:12 - Rolled back', '- 2:04 PM - Deploy'),
      ['2024-03-12T15:40Z', '2024-03-12T14:12Z', '2024-03-12T14:04Z']],
    ['in a table', ['| Time | Event |', '|---|---|', '| 1:15 | Resolved |', '| 12:40 | Rolled back |', '| 12:05 | Paged |', '| 11:55 | Outage begins |'],
      ['2024-03-12T13:15Z', '2024-03-12T12:40Z', '2024-03-12T12:05Z', '2024-03-12T11:55Z']],
    // what stays as it is read on a 24-hour clock
    ['a leading zero is a 24-hour clock', declared('- 01:05 - Rolled back', '- 12:10 - Paged'), ['2024-03-12T01:05Z', '2024-03-12T12:10Z']],
    ['below 13:00, a 24-hour clock', declared('- 1:05 - Rolled back', '- 13:00 - Escalated', '- 12:10 - Paged'),
      ['2024-03-12T01:05Z', '2024-03-12T13:00Z', '2024-03-12T12:10Z']],
    ['AM written', declared('- 1:05 AM - Rolled back', '- 12:10 - Paged'), ['2024-03-12T01:05Z', '2024-03-12T12:10Z']],
    ['a 24-hour timeline newest first', ['- 14:30 - Resolved', '- 13:05 - Rolled back', '- 12:10 - Paged', '- 9:50 - Outage begins'],
      ['2024-03-12T14:30Z', '2024-03-12T13:05Z', '2024-03-12T12:10Z', '2024-03-12T09:50Z']],
    ['a morning timeline newest first', ['- 11:05 - Resolved', '- 10:20 - Paged', '- 9:50 - Outage begins'],
      ['2024-03-12T11:05Z', '2024-03-12T10:20Z', '2024-03-12T09:50Z']],
  ];
  for (const [title, lines, expected] of cases) it(title, () => assert.deepStrictEqual(times(...lines), expected));

  it('says the time was read in the afternoon, computes the duration and reports no order problem', () => {
    const text = doc('- 2:30 - Service restored', '- 1:05 - Rolled back', '- 12:10 - Alert fired', '- 11:50 - Outage begins');
    const a = analyze(text, { now });
    assert.strictEqual(a.newestFirst, 'consistent');
    assert.deepStrictEqual(a.timeline[1].time.assumptions.filter((x) => x.includes('PM')), ['1:05 read as 1:05 PM: the entry before it is past noon on a 12-hour clock']);
    assert.deepStrictEqual([a.metrics.durationMinutes, a.metrics.timeToDetectMinutes], [160, 20]);
    assert.deepStrictEqual(runRules(a, {}).filter((p) => p.ruleId === 'PM005' || p.ruleId === 'PM004'), []);
  });

  it('reads the same after an edit below that changes the entry it is read from, and again after one back', () => {
    const lines = declared('- 2:30 - Resolved', '- 1:05 - Rolled back', '- 12:10 - Paged');
    const edited = [...lines.slice(0, -1), '- 0:10 - Paged'];
    assert.deepStrictEqual(times(...lines), ['2024-03-12T14:30Z', '2024-03-12T13:05Z', '2024-03-12T12:10Z']);
    assert.deepStrictEqual(times(...edited), ['2024-03-12T02:30Z', '2024-03-12T01:05Z', '2024-03-12T00:10Z']);
    assert.deepStrictEqual(times(...lines), ['2024-03-12T14:30Z', '2024-03-12T13:05Z', '2024-03-12T12:10Z']);
  });
});

