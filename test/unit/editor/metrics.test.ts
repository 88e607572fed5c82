import * as assert from 'assert';
import { metricsRows, statusBarText } from '../../../src/extension/metricsRows';
import { analyze } from '../../../src/core/analysis';
import { toMetricsView, type MetricsView, type TimeView } from '../../../src/extension/lint/protocol';

const time = (text: string, line: number, instant?: number): TimeView =>
  ({ text, range: { start: { line, column: 3 }, end: { line, column: 3 + text.length } }, instant, assumptions: [], source: 'field' });

describe('editor: outage metrics rows and status bar', () => {
  const seed: MetricsView = {
    start: { time: time('Monday, September 27 at 3:06 PM Eastern Daylight Time', 3, Date.UTC(2021, 8, 27, 19, 6)), source: 'field' },
    end: { time: time('Monday, September 27 at 7:27 PM Eastern Daylight Time', 4, Date.UTC(2021, 8, 27, 23, 27)), source: 'field' },
    detected: { time: time('Early afternoon', 12), source: 'field' },
    durationMinutes: 261, durationLabel: '4 h 21 min', timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: 261,
  };

  it('shows the computed duration, or a dash without start and end', () => {
    assert.strictEqual(statusBarText(seed), '$(watch) 4 h 21 min');
    assert.strictEqual(statusBarText({ durationMinutes: null, durationLabel: null, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null }), '$(watch) —');
  });

  it('lists milestones with their source and the durations with their formula', () => {
    assert.deepStrictEqual(metricsRows(seed).map((r) => [r.label, r.value, r.detail]), [
      ['Start', '2021-09-27T19:06:00Z', '"Monday, September 27 at 3:06 PM Eastern Daylight Time", from a labelled field, line 3'],
      ['End', '2021-09-27T23:27:00Z', '"Monday, September 27 at 7:27 PM Eastern Daylight Time", from a labelled field, line 4'],
      ['Duration', '4 h 21 min', 'end - start'],
      ['Detected', '`Early afternoon` (not placed in time)', '"Early afternoon", from a labelled field, line 12'],
      ['Mitigated', 'not found', 'No mitigated time in the document.'],
      ['Resolved', 'not found', 'No resolved time in the document.'],
      ['Time to detect', 'unknown', 'detected - start'],
      ['Time to mitigate', 'unknown', 'mitigated - start'],
      ['Time to resolve', '4 h 21 min', 'resolved - start (end when no resolution time is given)'],
    ]);
    assert.deepStrictEqual(metricsRows(seed)[0].range, seed.start!.time.range, 'picking a row reveals its text');
  });

  it('quotes a hedged time as written and its instant as approximate', () => {
    const { metrics } = analyze(['# X', '- Date: 2024-03-12', '- Start: ~14:05 UTC', '- End: 15:10-ish UTC', '- Detected: 14:20 UTC'].join('\n'), { now: Date.UTC(2026, 0, 1) });
    const rows = metricsRows(toMetricsView(metrics)).map((r) => [r.label, r.value, r.detail]);
    assert.deepStrictEqual(rows.slice(0, 2), [
      ['Start', 'about 2024-03-12T14:05:00Z', '"~14:05 UTC", from a labelled field, line 3'], ['End', 'about 2024-03-12T15:10:00Z', '"15:10-ish UTC", from a labelled field, line 4'],
    ]);
    assert.deepStrictEqual(rows[3], ['Detected', '2024-03-12T14:20:00Z', '"14:20 UTC", from a labelled field, line 5']);
  });

  it('says where a stated duration comes from when there is no start or end to compute it', () => {
    const stated: MetricsView = {
      end: seed.end, durationMinutes: 45, durationLabel: '45 min', timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null,
      durationStated: { minutes: 45, text: '45 minutes', range: { start: { line: 5, column: 17 }, end: { line: 5, column: 27 } }, hedged: false },
    };
    const row = metricsRows(stated).find((r) => r.label === 'Duration')!;
    assert.deepStrictEqual([row.value, row.detail, row.range], ['45 min', '"45 minutes", as the Duration field states it (no start to compute it from), line 5', stated.durationStated!.range]);
    assert.strictEqual(statusBarText(stated), '$(watch) 45 min');
  });
});
