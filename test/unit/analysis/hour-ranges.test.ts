// Ranges of hours written with dotted clocks (`12.03.2024 14.20–15.10`): as an entry's time or a window, read as the
// same range written with colons is.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { parsePostmortem } from '../../../src/core/model';
import { findTimes } from '../../../src/core/time';

const now = Date.parse('2026-11-25T12:00:00Z');
const doc = (...lines: string[]) => lines.join('\n') + '\n';
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

describe('timeline: an entry whose time is a range of dotted clocks', () => {
  // [entry under `## Timeline` (after `All times UTC.`, dated 2024-03-12), timeText, text, instant: as its colon twin]
  const rows: [string, string, string, string][] = [
    // the colon forms they must read as
    ['- 14:00-16:00 : maintenance', '14:00-16:00', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14:00~16:00 : maintenance', '14:00~16:00', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14:00-16:00 CET : maintenance', '14:00-16:00 CET', 'maintenance', '2024-03-12T13:00Z'],
    ['- 12.03.2024 14:20–15:10 - Wartung', '12.03.2024 14:20–15:10', 'Wartung', '2024-03-12T14:20Z'],
    // dotted clocks after a dotted date
    ['- 12.03.2024 14.20–15.10 - Wartung', '12.03.2024 14.20–15.10', 'Wartung', '2024-03-12T14:20Z'],
    ['- 12.03.2024 kl. 14.20-15.10: vedlikehold', '12.03.2024 kl. 14.20-15.10', 'vedlikehold', '2024-03-12T14:20Z'],
    ['- 12.03.2024 14.20 - 15.10 - Wartung', '12.03.2024 14.20 - 15.10', 'Wartung', '2024-03-12T14:20Z'],
    ['- 12.03.2024 14.20 bis 15.10 Uhr: Wartung', '12.03.2024 14.20 bis 15.10 Uhr', 'Wartung', '2024-03-12T14:20Z'],
    ['- 12.03.2024 14.20–15.10 CET - Wartung', '12.03.2024 14.20–15.10 CET', 'Wartung', '2024-03-12T13:20Z'],
    // a table's time cell
    ['| 12.03.2024 14.20–15.10 | Wartung |', '12.03.2024 14.20–15.10', 'Wartung', '2024-03-12T14:20Z'],
  ];
  for (const [line, timeText, text, instant] of rows) {
    it(`reads ${JSON.stringify(line)} at ${instant}`, () => {
      const table = line.startsWith('|') ? ['| Heure | Évènement |', '|---|---|'] : [];
      const a = analyze(doc('# X', '**Date:** 2024-03-12', '## Timeline', 'All times UTC.', '', ...table, line), { now });
      assert.strictEqual(a.timeline.length, 1);
      const e = a.timeline[0];
      assert.deepStrictEqual([e.timeText, e.text, iso(e.time.instant)], [timeText, text, instant]);
    });
  }

  // must not change: a dotted number range without a date or that is no range of clocks
  const unchanged: [string, string | undefined, string | undefined][] = [
    ['- Version 14.20-15.10 deployed', undefined, undefined],
    ['- 12.03.2024 1.5-2.5 GB lost', '12.03.2024', '1.5-2.5 GB lost'],
    ['- 12.03.2024 14.20-15.10% more errors', '12.03.2024 14.20', '15.10% more errors'],
  ];
  for (const [line, timeText, text] of unchanged) {
    it(`still reads ${JSON.stringify(line)} ${timeText ? `as ${timeText}` : 'as no entry'}`, () => {
      const m = parsePostmortem(doc('## Timeline', '', line));
      assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), timeText ? [[timeText, text]] : []);
    });
  }
});

describe('analysis: a window written with dotted clocks', () => {
  // [line of a document dated 2024-03-12 in UTC, start, end, duration in minutes]
  const rows: [string, string, string, number][] = [
    // the colon forms they must read as
    ['**Duration:** 2 hours (14:00-16:00)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    // the Duration field
    ['**Dauer:** 12.03.2024 14.20–15.10', '2024-03-12T14:20Z', '2024-03-12T15:10Z', 50],
    ['**Duration:** 12.03.2024 kl. 14.20-15.10', '2024-03-12T14:20Z', '2024-03-12T15:10Z', 50],
    // the summary's window
    ['## Summary\n\nStörung zwischen 12.03.2024 14.20 und 15.10.', '2024-03-12T14:20Z', '2024-03-12T15:10Z', 50],
  ];
  for (const [line, start, end, minutes] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const { metrics } = analyze(doc('# X', '', '**Date:** 2024-03-12', 'All times UTC.', '', line, '', '## Timeline', '', '- 14:30 - Rolled back'), { now });
      assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.end?.time.instant), metrics.durationMinutes, metrics.durationStated], [start, end, minutes, undefined]);
    });
  }
});

describe('time: ranges of dotted clocks are read only after a dotted date', () => {
  // [text, the times read: text and hour:minute]
  const rows: [string, string[]][] = [
    ['12.03.2024 14.20–15.10', ['12.03.2024 14.20 14:20', '15.10 15:10']],
    ['12.03.2024 kl. 14.20-15.10', ['12.03.2024 kl. 14.20 14:20', '15.10 15:10']],
    ['12.03.2024 14.20 bis 15.10', ['12.03.2024 14.20 14:20', '15.10 15:10']],
    // not clocks: a version or a price range, a number range after a date, a clock range with a number after it
    ['Version 14.20-15.10', []],
    ['Preis 14.20–15.10 €', []],
    ['kl. 14.20-15.10', []],
    ['12.03.2024 1.5-2.5 GB', ['12.03.2024 undefined:undefined']],
    ['12.03.2024 14.20-15.105', ['12.03.2024 14.20 14:20']],
    ['12.03.2024 14.20-15.10.1', ['12.03.2024 14.20 14:20']],
    ['12.03.2024 14.20-15.10%', ['12.03.2024 14.20 14:20']],
  ];
  for (const [text, times] of rows) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepStrictEqual(findTimes(text).map((m) => `${m.text} ${m.hour}:${m.minute}`), times);
    });
  }
});
