// Hedged clock times (`~14:05`, `about 14:05 UTC`, `14:05-ish`): the timeline entries the model reads with them, and
// the times the analysis marks approximate, in entries and in stated milestones, with the minutes they may be off.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { parsePostmortem } from '../../../src/core/model';
import { itReadsEntries, tableHeaderFor } from '../model/helpers';

const now = Date.parse('2026-11-25T12:00:00Z');
const doc = (...lines: string[]) => lines.join('\n') + '\n';

describe('model: timeline entries with a hedged clock', () => {
  // [line under `## Timeline`, timeText, text]
  const rows: [string, string, string][] = [
    ['- around 14:09 - on-call paged', '14:09', 'on-call paged'],
    ['- Around 14:09 - on-call paged', '14:09', 'on-call paged'],
    ['- approx. 14:12 - investigating', '14:12', 'investigating'],
    ['- about 14:15 UTC - rolled back', '14:15 UTC', 'rolled back'],
    ['- approximately 2:25 PM: failover done', '2:25 PM', 'failover done'],
    ['- (approximately 2:25 PM) - failover done', '2:25 PM', 'failover done'],
    ['- circa 14:20 - cache warmed', '14:20', 'cache warmed'],
    ['- ca. 14:20 - cache warmed', '14:20', 'cache warmed'],
    ['- 14:18-ish - queue drains', '14:18', 'queue drains'],
    ['- **14:18-ish** queue drains', '14:18', 'queue drains'],
    ['| about 14:05 | alert fired |', 'about 14:05', 'alert fired'],
    // a hedged delay stays a delay, its hedge in its text
    ['- About 5 minutes later, the alert fires', 'About 5 minutes later', 'the alert fires'],
    // a hedge word elsewhere is text
    ['- 14:40 - about 14:05 the database was slow', '14:40', 'about 14:05 the database was slow'],
  ];
  itReadsEntries(rows);

  // a hedge word before no clock: a number, a date alone, a year
  for (const line of ['- about the 14:05 deploy: it failed', '- About 500 users were affected', '- Around 3 engineers joined', '- about 2024-03-12 things broke', '- circa 2019 we built this']) {
    it(`reads no entry from ${JSON.stringify(line)}`, () => {
      assert.strictEqual(parsePostmortem(doc('## Timeline', '', line)).timeline.length, 0);
    });
  }
});

describe('analysis: hedged clocks are approximate', () => {
  // [entry under `## Timeline` after `All times UTC.` and `- 14:00 - Deploy`, hedge minutes (null: exact)]
  const entries: [string, number | null][] = [
    ['- ~14:05 - Errors start', 5],
    ['- ≈14:05 - Errors start', 5],
    ['- **~14:05** Errors start', 5],
    ['- around 14:05 - Errors start', 5],
    ['- about 14:05 UTC - Errors start', 5],
    ['- approx. 14:05 - Errors start', 5],
    ['- circa 14:05 - Errors start', 5],
    ['- 14:05-ish - Errors start', 5],
    ['- (approximately 2:05 PM) - Errors start', 5],
    ['- 2024-03-12 ~14:05 - Errors start', 5],
    ['- 2024-03-12 approx. 14:05 - Errors start', 5],
    // a bare hour may be off by more
    ['- ~3 PM - Errors start', 15],
    ['- around 3 PM - Errors start', 15],
    ['| ~14:05 | Errors start |', 5],
    // exact
    ['- 14:05 - Errors start', null],
    ['- 14:05 - Errors start about 14:00', null],
    ['- ~~14:00~~ 14:05 - Errors start', null],
    ['- 14:05-14:47 - Errors', null],
  ];
  for (const [line, hedge] of entries) {
    it(`${hedge === null ? 'exact' : `off by ${hedge} min`}: ${JSON.stringify(line)}`, () => {
      const table = tableHeaderFor(line);
      const a = analyze(doc('# X', '**Date:** 2024-03-12', '## Timeline', 'All times UTC.', '', ...table, ...(table.length ? ['| 14:00 | Deploy |'] : ['- 14:00 - Deploy']), line), { now });
      const e = a.timeline[a.timeline.length - 1];
      assert.notStrictEqual(e.time.instant, undefined);
      assert.deepStrictEqual([e.time.approximate ?? false, e.time.hedgeMinutes ?? null], [hedge !== null, hedge]);
      assert.strictEqual(a.timeline[0].time.approximate, undefined);
    });
  }

  // [field lines, the milestone, hedge minutes (null: exact)]
  const fields: [string[], 'start' | 'end' | 'detected', number | null][] = [
    [['- **Date:** 2024-03-12', '- **Start:** ~14:05 UTC', '- **End:** 15:10 UTC'], 'start', 5],
    [['- Start: 2024-03-12 about 14:05 UTC', '- End: 2024-03-12 15:10 UTC'], 'start', 5],
    [['- Start: 2024-03-12 14:05 UTC', '- End: 2024-03-12 15:10-ish UTC'], 'end', 5],
    [['- Start: 2024-03-12 14:05 UTC', '- End: approx. 2024-03-12 15:10 UTC'], 'end', 5],
    [['- Start: 2024-03-12 14:05 UTC', '- Detected: 2024-03-12 around 14:20 UTC'], 'detected', 5],
    [['- Start: 2024-03-12 14:05 UTC (about an hour before the fix)'], 'start', null],
    [['- Start: 2024-03-12 14:05 UTC'], 'start', null],
  ];
  for (const [lines, key, hedge] of fields) {
    it(`${key} ${hedge === null ? 'exact' : `off by ${hedge} min`}: ${JSON.stringify(lines.join(' / '))}`, () => {
      const t = analyze(doc('# X', ...lines), { now }).metrics[key]?.time;
      assert.notStrictEqual(t?.instant, undefined);
      assert.deepStrictEqual([t?.approximate ?? false, t?.hedgeMinutes ?? null], [hedge !== null, hedge]);
    });
  }

  it('reads the zone written after `-ish` as the clock\'s, in a field and in an entry', () => {
    const field = analyze(doc('# X', '- Start: 2024-03-12 14:05 PDT', '- End: 2024-03-12 15:10-ish PDT'), { now }).metrics.end?.time;
    assert.deepStrictEqual([field?.text, new Date(field?.instant ?? 0).toISOString(), field?.hedgeMinutes], ['2024-03-12 15:10-ish PDT', '2024-03-12T22:10:00.000Z', 5]);
    const a = analyze(doc('# X', '## Timeline', '- 2024-03-12 14:05-ish PDT - outage begins', '- 2024-03-12 15:10 PDT - resolved'), { now });
    const e = a.timeline[0];
    assert.deepStrictEqual([e.timeText, e.text, new Date(e.time.instant ?? 0).toISOString(), e.time.hedgeMinutes], ['2024-03-12 14:05-ish PDT', 'outage begins', '2024-03-12T21:05:00.000Z', 5]);
    assert.strictEqual(a.metrics.durationMinutes, 65);
  });

  it('a window the summary states with a hedged start: the start is approximate, the end exact', () => {
    const a = analyze(doc('# X', '## Summary', 'On 2024-03-12, checkout failed from ~14:05 to 14:50 UTC.'), { now });
    assert.deepStrictEqual([a.metrics.start?.time.approximate, a.metrics.start?.time.hedgeMinutes, a.metrics.end?.time.approximate], [true, 5, undefined]);
  });

  it('a delay after a hedged clock is approximate too, with the clock\'s allowance', () => {
    const a = analyze(doc('# X', '**Date:** 2024-03-12', '## Timeline', 'All times UTC.', '- ~14:05 - Errors start', '- 10 minutes later, alert fires'), { now });
    assert.deepStrictEqual([a.timeline[1].time.approximate, a.timeline[1].time.hedgeMinutes], [true, 5]);
  });
});

describe('metrics: a hedged time does not make a metric negative within its allowance', () => {
  // [fields, time to detect, duration]: a detection or an end "before" the start by less than the hedges can be off
  // is at about the start, 0 min; past the allowance the metric is what the times say (PM004, PM013 report it)
  const rows: [string[], number | null, number | null][] = [
    [['- Start: 2024-03-12 14:05 UTC', '- Detected: ~14:02 UTC', '- End: 2024-03-12 15:00 UTC'], 0, 55],
    [['- Start: ~2024-03-12 14:05 UTC', '- Detected: 14:01 UTC', '- End: 2024-03-12 15:00 UTC'], 0, 55],
    [['- Start: 2024-03-12 14:05 UTC', '- Detected: ~13:55 UTC', '- End: 2024-03-12 15:00 UTC'], -10, 55],
    [['- Start: 2024-03-12 14:05 UTC', '- Detected: 14:02 UTC', '- End: 2024-03-12 15:00 UTC'], -3, 55],
    [['- Start: ~2024-03-12 14:05 UTC', '- Detected: 14:10 UTC', '- End: ~2024-03-12 14:02 UTC'], 5, 0],
  ];
  for (const [fields, ttd, duration] of rows) {
    it(`${JSON.stringify(fields.join(' / '))}: time to detect ${ttd}, duration ${duration}`, () => {
      const a = analyze(doc('# X', ...fields), { now });
      assert.deepStrictEqual([a.metrics.timeToDetectMinutes, a.metrics.durationMinutes], [ttd, duration]);
    });
  }
});
