// Clocks corrected in place with GFM strikethrough (`~~13:50~~ 14:02`): the struck-through clock is never the time
// read; the clock after it is, joined to the date before it, in a field, a timeline entry or a table's time cell.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { parsePostmortem } from '../../../src/core/model';
import { itReadsEntries, tableHeaderFor } from '../model/helpers';

const now = Date.parse('2026-11-25T12:00:00Z');
const doc = (...lines: string[]) => lines.join('\n') + '\n';
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

describe('analysis: a field whose clock is corrected in place', () => {
  // [field line, the start or end it states (UTC)]
  const rows: [string, string][] = [
    ['Start: 2024-03-12 ~~13:50~~ 14:02 PDT', '2024-03-12T21:02Z'],
    ['- **Start:** 2024-03-12 ~~13:50~~ 14:02 PDT', '2024-03-12T21:02Z'],
    ['**End:** March 12, 2024 ~~3:10 PM~~ 3:40 PM EDT', '2024-03-12T19:40Z'],
    ['End: Mar 12, 2024 ~~15:10~~ 15:40 UTC', '2024-03-12T15:40Z'],
    ['Start: 12/03/2024 ~~09:00~~ 09:12 UTC', '2024-12-03T09:12Z'],
    ['Start: 2024-03-12 ~~13:50 UTC~~ 14:02 UTC', '2024-03-12T14:02Z'],
    ['Start: 2024-03-12 ~~13:50~~ at 14:02 UTC', '2024-03-12T14:02Z'],
    ['* Outage start time: Tuesday, March 12, 2024 ~~1:50 PM~~ 2:02 PM PDT', '2024-03-12T21:02Z'],
    ['Start: 12.03.2024 ~~13:50~~ 14:02 UTC', '2024-03-12T14:02Z'],
    ['Start: 2024-03-12 ~~13:50~~ ~~13:55~~ 14:02 UTC', '2024-03-12T14:02Z'],
    // as before: the correction before the date and time, the clock alone, the whole value struck through
    ['Start: ~~2024-03-11 09:00~~ 2024-03-12 14:02 UTC', '2024-03-12T14:02Z'],
    ['Start: ~~2024-03-12 14:02 UTC~~', '2024-03-12T14:02Z'],
  ];
  for (const [line, instant] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const { metrics } = analyze(doc('# Outage', '', line), { now });
      const m = line.includes('End') ? metrics.end : metrics.start;
      assert.strictEqual(iso(m?.time.instant), instant);
    });
  }

  it('reads the clock after a struck-through one as the date\'s, with the zone written after it', () => {
    const { metrics } = analyze(doc('# Outage', '', '- Start: 2024-03-12 ~~13:50~~ 14:02 PDT', '- End: 2024-03-12 ~~14:30~~ 14:47 PDT'), { now });
    assert.deepStrictEqual([metrics.start?.time.zoneText, metrics.start?.time.written.hour, metrics.start?.time.written.minute, metrics.durationMinutes], ['PDT', 14, 2, 45]);
  });

  it('reads a date alone when no clock follows the struck-through one (`2024-03-12 ~~13:50~~`)', () => {
    const { metrics } = analyze(doc('# Outage', '', 'Start: 2024-03-12 ~~13:50~~', 'All times UTC.'), { now });
    assert.deepStrictEqual([iso(metrics.start?.time.instant), metrics.start?.time.match.kind], ['2024-03-12T00:00Z', 'date']);
  });
});

describe('model: a timeline entry whose clock is corrected in place', () => {
  // [line under `## Timeline`, timeText, text]
  const rows: [string, string, string][] = [
    ['- ~~14:00~~ 14:20 - rollback started', '14:20', 'rollback started'],
    ['- ~~14:00~~ 14:20: rollback started', '14:20', 'rollback started'],
    ['- ~~2:00 PM~~ 2:20 PM PDT - rollback started', '2:20 PM PDT', 'rollback started'],
    ['- ~~14:00 UTC~~ 14:20 UTC - rollback started', '14:20 UTC', 'rollback started'],
    ['- **~~14:00~~ 14:20** - rollback started', '14:20', 'rollback started'],
    ['- ~~14:00~~ ~14:20 - rollback started', '14:20', 'rollback started'],
    ['* ~~14:00~~14:20 rollback started', '14:20', 'rollback started'],
    ['- ~~14:00~~ ~~14:10~~ 14:20 - rollback started', '14:20', 'rollback started'],
    ['- 2024-03-12 ~~14:00~~ 14:20 UTC - x', '2024-03-12 ~~14:00~~ 14:20 UTC', 'x'],
    ['- March 12, 2024 ~~2:00 PM~~ 2:20 PM EDT - x', 'March 12, 2024 ~~2:00 PM~~ 2:20 PM EDT', 'x'],
    ['- 2024-03-12 ~~14:00~~ ~~14:10~~ 14:20 UTC - x', '2024-03-12 ~~14:00~~ ~~14:10~~ 14:20 UTC', 'x'],
    ['| ~~14:00~~ 14:20 | x |', '~~14:00~~ 14:20', 'x'],
    ['| 2024-03-12 ~~14:00~~ 14:20 | x |', '2024-03-12 ~~14:00~~ 14:20', 'x'],
    // as before: a struck-through time in the text is text; a table's row is an entry whatever its time cell holds
    ['| ~~14:00~~ | x |', '~~14:00~~', 'x'],
    ['- 14:20 - rollback started (not ~~14:00~~)', '14:20', 'rollback started (not ~~14:00~~)'],
  ];
  itReadsEntries(rows);

  // a struck-through time with nothing after it, or the whole entry struck through: no entry, as before
  for (const line of ['- ~~14:02~~ struck out', '- ~~14:00 - deploy~~', '- ~~14:00~~ - deploy cancelled']) {
    it(`reads no entry from ${JSON.stringify(line)}`, () => {
      assert.strictEqual(parsePostmortem(doc('## Timeline', '', line)).timeline.length, 0);
    });
  }
});

describe('analysis: a timeline entry whose clock is corrected in place', () => {
  // [entry under `## Timeline` after `All times UTC.` and `- 14:00 - Deploy` of 2024-03-12, its instant, exact]
  const rows: [string, string, boolean][] = [
    ['- ~~14:00~~ 14:20 - rollback started', '2024-03-12T14:20Z', true],
    ['- ~~14:00~~ ~14:20 - rollback started', '2024-03-12T14:20Z', false],
    ['- 2024-03-12 ~~14:00~~ 14:20 UTC - x', '2024-03-12T14:20Z', true],
    ['- 2024-03-13 ~~01:00~~ 01:10 UTC - x', '2024-03-13T01:10Z', true],
    ['- 2024-03-12 ~~14:00~~ ~~14:10~~ 14:20 UTC - x', '2024-03-12T14:20Z', true],
    ['- ~~2:00 PM~~ 2:20 PM PDT - rollback started', '2024-03-12T21:20Z', true],
    ['| ~~14:00~~ 14:20 | x |', '2024-03-12T14:20Z', true],
    ['| 2024-03-12 ~~14:00~~ 14:25 | x |', '2024-03-12T14:25Z', true],
  ];
  for (const [line, instant, exact] of rows) {
    it(`reads ${JSON.stringify(line)} at ${instant}`, () => {
      const table = tableHeaderFor(line);
      const first = table.length ? '| 14:00 | Deploy |' : '- 14:00 - Deploy';
      const a = analyze(doc('# X', '**Date:** 2024-03-12', '## Timeline', 'All times UTC.', '', ...table, first, line), { now });
      assert.strictEqual(a.timeline.length, 2);
      const e = a.timeline[1];
      assert.deepStrictEqual([iso(e.time.instant), e.time.approximate === undefined], [instant, exact]);
    });
  }

  it('marks the milestone of an entry whose clock is corrected (`- ~~14:00~~ 14:20 - Outage begins`)', () => {
    const a = analyze(doc('# X', '**Date:** 2024-03-12', '## Timeline', 'All times UTC.', '', '- ~~14:00~~ 14:02 - Outage begins', '- 14:09 - Alert fired', '- ~~14:40~~ 14:44 - Service recovered'), { now });
    assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.timeToDetectMinutes], ['2024-03-12T14:02Z', '2024-03-12T14:44Z', 7]);
  });
});
