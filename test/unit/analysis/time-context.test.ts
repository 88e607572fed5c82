import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';

// How analyze() places times from the context a reader would use: the summary's date, a "Time (UTC)" table header,
// the zone written on an earlier timeline entry, an end after midnight.
const now = Date.UTC(2026, 0, 1);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));
const doc = (...lines: string[]) => lines.join('\n') + '\n';

describe('analyze: times placed from the context', () => {
  const cases: [string, string, (string | undefined)[]][] = [
    ['the summary date dates a timeline', doc('# X', '## Summary', 'Uploads failed for 38 minutes on June 4, 2024.', '## Timeline', '- 10:02 AM PDT - Outage begins', '- 10:40 AM PDT - Resolved'), ['2024-06-04T17:02Z', '2024-06-04T17:40Z']],
    ['the title date dates a timeline', doc('# 2024-03-12: Replication lag', '## Timeline', '- 22:40 UTC - Outage begins', '- 23:10 UTC - Resolved'), ['2024-03-12T22:40Z', '2024-03-12T23:10Z']],
    ['the lead paragraph under the title dates a timeline', doc('# Registry incident', '', 'On Monday, Oct 15, 2018, starting at about 20:00 UTC, the registry', 'slowed down.', '', '## Timeline of events', '- 20:17 UTC: Index updates take 10 s. Outage begins.', '- 21:00 UTC: Abusive client blocked. Outage ends.'), ['2018-10-15T20:17Z', '2018-10-15T21:00Z']],
    ['a lead paragraph before the first heading dates a timeline', doc('Index updates stalled on 2018-10-15 for most of the evening.', '', '## Timeline', '- 20:17 UTC: Outage begins.', '- 21:00 UTC: Outage ends.'), ['2018-10-15T20:17Z', '2018-10-15T21:00Z']],
    ['a lead date without a year, pinned by its weekday, dates a timeline', doc('# Registry incident', '', 'On Monday, Oct 15, starting at about 20:00 UTC, the registry slowed down.', '', '## Timeline', '- 20:17 UTC: Outage begins.', '- 21:00 UTC: Outage ends.'), ['2018-10-15T20:17Z', '2018-10-15T21:00Z']],
    ['a date in a later section is not the lead', doc('# Registry incident', '', 'The registry slowed down.', '', '## Background', 'The index was rebuilt on 2017-02-03.', '## Timeline', '- 2018-10-15 20:17 UTC: Outage begins.', '- 21:00 UTC: Outage ends.'), ['2018-10-15T20:17Z', '2018-10-15T21:00Z']],
    ['a summary field (What occurred) dates a timeline', doc('# Postmortem', '• What occurred: payments failed on 2024-01-15.', '## Timeline', '- 10:00 UTC - Outage begins', '- 10:30 UTC - Resolved'), ['2024-01-15T10:00Z', '2024-01-15T10:30Z']],
    ['a "Date:" field dates a start written without a year', doc('# X', '**Date:** 2024-09-14', '- Start: September 14 10:00 UTC', '- End: September 14 11:00 UTC'), ['2024-09-14T10:00Z', '2024-09-14T11:00Z']],
    ['a "Time (UTC)" header is the zone of the table', doc('# X', '**Date:** 2024-03-12', '## Timeline', '| Time (UTC) | Event |', '|---|---|', '| 14:02 | OUTAGE BEGINS |', '| 14:49 | OUTAGE ENDS |'), ['2024-03-12T14:02Z', '2024-03-12T14:49Z']],
    ['a "Time (PDT)" header', doc('# X', '**Date:** 2024-06-04', '## Timeline', '| Time (PDT) | Event |', '|---|---|', '| 10:02 | OUTAGE BEGINS |', '| 10:40 | OUTAGE ENDS |'), ['2024-06-04T17:02Z', '2024-06-04T17:40Z']],
    ['a zone written on the first entry carries to the next ones', doc('# X', '**Date:** 2024-10-08', '## Timeline', '- 16:30 PDT - Outage begins', '- 16:42 - Alert fired', '- 17:00 - Resolved'), ['2024-10-08T23:30Z', '2024-10-09T00:00Z']],
    ['a carried PST becomes PDT after the spring-forward change', doc('# X', '**Date:** 2025-03-09', '## Timeline', '- 1:40 AM PST - Outage begins', '- 3:25 AM - Resolved'), ['2025-03-09T09:40Z', '2025-03-09T10:25Z']],
    ['a declared zone wins over carrying', doc('# X', 'All times UTC.', '**Date:** 2024-10-08', '## Timeline', '- 16:30 PDT - Outage begins', '- 17:00 - Resolved'), ['2024-10-08T23:30Z', '2024-10-08T17:00Z']],
    ['an undated end more than 12 hours before the start is the next day', doc('# X', '- Start: 2024-06-01 23:30 UTC', '- End: 00:15 UTC'), ['2024-06-01T23:30Z', '2024-06-02T00:15Z']],
    ['an undated end a little before the start stays (end before start)', doc('# X', '- Start: 2024-06-01 23:30 UTC', '- End: 23:10 UTC'), ['2024-06-01T23:30Z', '2024-06-01T23:10Z']],
  ];
  for (const [title, text, [start, end]] of cases) {
    it(title, () => {
      const { metrics } = analyze(text, { now });
      assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.end?.time.instant)], [start, end]);
    });
  }

  it('says where a carried zone and a rolled-over end came from', () => {
    const a = analyze(doc('# X', '**Date:** 2024-10-08', '## Timeline', '- 16:30 PDT - Outage begins', '- 16:42 - Alert fired'), { now });
    assert.ok(a.timeline[1].time.assumptions.includes('zone PDT from the entry before'), a.timeline[1].time.assumptions.join('; '));
    assert.strictEqual(a.timeline[1].time.zoneText, undefined);
    const b = analyze(doc('# X', '- Start: 2024-06-01 23:30 UTC', '- End: 00:15 UTC'), { now });
    assert.ok(b.metrics.end!.time.assumptions.some((s) => s.startsWith('next day')), b.metrics.end!.time.assumptions.join('; '));
  });

  it('names the table header as the document zone', () => {
    const a = analyze(doc('# X', '## Timeline', '| Time (UTC) | Event |', '|---|---|', '| 2024-03-12 14:02 | a |'), { now });
    assert.deepStrictEqual([a.documentZone?.zone, a.documentZone?.text, a.documentZone?.range], ['UTC', 'UTC', { start: { line: 3, column: 9 }, end: { line: 3, column: 12 } }]);
  });
});
