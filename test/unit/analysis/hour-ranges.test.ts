// Ranges of hours written with dotted clocks (`12.03.2024 14.20–15.10`) or French `h` clocks (`14h-16h`, `14h~16h`,
// `14h00 - 16h30`, `de 14h à 16h`): as an entry's time or a window, read as the same range written with colons is.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { parsePostmortem } from '../../../src/core/model';
import { findTimes } from '../../../src/core/time';

const now = Date.parse('2026-11-25T12:00:00Z');
const doc = (...lines: string[]) => lines.join('\n') + '\n';
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

describe('timeline: an entry whose time is a range of dotted or `h` clocks', () => {
  // [entry under `## Timeline` (after `All times UTC.`, dated 2024-03-12), timeText, text, instant: as its colon twin]
  const rows: [string, string, string, string][] = [
    // the colon forms they must read as
    ['- 14:00-16:00 : maintenance', '14:00-16:00', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14:00~16:00 : maintenance', '14:00~16:00', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14:00-16:00 CET : maintenance', '14:00-16:00 CET', 'maintenance', '2024-03-12T13:00Z'],
    ['- 12.03.2024 14:20–15:10 - Wartung', '12.03.2024 14:20–15:10', 'Wartung', '2024-03-12T14:20Z'],
    // French hours
    ['- 14h-16h : maintenance', '14h-16h', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h~16h : maintenance', '14h~16h', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h 〜 16h : maintenance', '14h 〜 16h', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h ~ 16h : maintenance', '14h ~ 16h', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h00 - 16h30 : maintenance', '14h00 - 16h30', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h00~16h30 : maintenance', '14h00~16h30', 'maintenance', '2024-03-12T14:00Z'],
    ['- de 14h à 16h : maintenance', 'de 14h à 16h', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h à 16h : maintenance', '14h à 16h', 'maintenance', '2024-03-12T14:00Z'],
    ['- 14h-16h CET : maintenance', '14h-16h CET', 'maintenance', '2024-03-12T13:00Z'],
    ['- **14h-16h** : maintenance', '14h-16h', 'maintenance', '2024-03-12T14:00Z'],
    // dotted clocks after a dotted date
    ['- 12.03.2024 14.20–15.10 - Wartung', '12.03.2024 14.20–15.10', 'Wartung', '2024-03-12T14:20Z'],
    ['- 12.03.2024 kl. 14.20-15.10: vedlikehold', '12.03.2024 kl. 14.20-15.10', 'vedlikehold', '2024-03-12T14:20Z'],
    ['- 12.03.2024 14.20 - 15.10 - Wartung', '12.03.2024 14.20 - 15.10', 'Wartung', '2024-03-12T14:20Z'],
    ['- 12.03.2024 14.20 bis 15.10 Uhr: Wartung', '12.03.2024 14.20 bis 15.10 Uhr', 'Wartung', '2024-03-12T14:20Z'],
    ['- 12.03.2024 14.20–15.10 CET - Wartung', '12.03.2024 14.20–15.10 CET', 'Wartung', '2024-03-12T13:20Z'],
    // a table's time cell
    ['| 14h-16h | maintenance |', '14h-16h', 'maintenance', '2024-03-12T14:00Z'],
    ['| 14h~16h | maintenance |', '14h~16h', 'maintenance', '2024-03-12T14:00Z'],
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

  // must not change: an hour range that is durations, a dotted number range without a date or that is no range of clocks
  const unchanged: [string, string | undefined, string | undefined][] = [
    ['- pendant 2h-3h rien ne marche', undefined, undefined],
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

describe('analysis: a window written with dotted or `h` clocks', () => {
  // [line of a document dated 2024-03-12 in UTC, start, end, duration in minutes]
  const rows: [string, string, string, number][] = [
    // the colon forms they must read as
    ['Durée : 14:00-16:30', '2024-03-12T14:00Z', '2024-03-12T16:30Z', 150],
    ['**Duration:** 2 hours (14:00-16:00)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    // the Duration field
    ['Durée : 14h-16h', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['Durée : 14h~16h', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['Durée : 14h00 - 16h30', '2024-03-12T14:00Z', '2024-03-12T16:30Z', 150],
    ['Durée : de 14h à 16h', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['**Durée :** 14h-16h', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['**Duration:** 14h00-16h30', '2024-03-12T14:00Z', '2024-03-12T16:30Z', 150],
    ['**Dauer:** 12.03.2024 14.20–15.10', '2024-03-12T14:20Z', '2024-03-12T15:10Z', 50],
    ['**Duration:** 12.03.2024 kl. 14.20-15.10', '2024-03-12T14:20Z', '2024-03-12T15:10Z', 50],
    // the window in parentheses after a stated duration: its bare hours are clocks, and the duration is no hour of it
    ['Durée : 2h (14h-16h)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['Durée : 2 h (14 h - 16 h)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['Durée : 2 heures (14h-16h)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['Durée : 2h (14h-16h CET)', '2024-03-12T13:00Z', '2024-03-12T15:00Z', 120],
    ['Durée : 2h30 (14h-16h30)', '2024-03-12T14:00Z', '2024-03-12T16:30Z', 150],
    ['Duration: 2 hours (14:00-16:00 UTC)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['Dauer: 2 Std. (14:00–16:00)', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    // a label that reads a duration after it no longer hides the window it holds
    ['Duration: 14:00-16:00', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    // the summary's window
    ['## Summary\n\nLa panne a eu lieu de 14h~16h.', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['## Summary\n\nLa panne a eu lieu de 14h-16h.', '2024-03-12T14:00Z', '2024-03-12T16:00Z', 120],
    ['## Summary\n\nStörung zwischen 12.03.2024 14.20 und 15.10.', '2024-03-12T14:20Z', '2024-03-12T15:10Z', 50],
  ];
  for (const [line, start, end, minutes] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const { metrics } = analyze(doc('# X', '', '**Date:** 2024-03-12', 'All times UTC.', '', line, '', '## Timeline', '', '- 14:30 - Rolled back'), { now });
      assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.end?.time.instant), metrics.durationMinutes, metrics.durationStated], [start, end, minutes, undefined]);
    });
  }

  // must not change: a Duration field that states a duration, maybe with its window after it
  const stated: [string, number, string | undefined][] = [
    ['Durée : 2h', 120, undefined],
    ['Durée : 2h (de 14h à 16h)', 120, '2024-03-12T14:00Z'],
    ['**Duration:** 1h30 (14:00-15:30)', 90, '2024-03-12T14:00Z'],
    ['**Duration:** 45 minutes', 45, undefined],
    ['Durée : 2 heures', 120, undefined],
    ['Dauer: 3 Std.', 180, undefined],
    ['Duración: 90 minutos', 90, undefined],
    ['Durée : 2h (les hôtes 14h-16h)', 120, undefined],
  ];
  for (const [line, minutes, start] of stated) {
    it(`still reads the duration ${JSON.stringify(line)} states`, () => {
      const a = analyze(doc('# X', '', '**Date:** 2024-03-12', 'All times UTC.', '', line, '', '## Timeline', '', '- 14:30 - Rolled back'), { now });
      const found = a.model.fields.find((f) => f.key === 'duration');
      assert.ok(found);
      assert.deepStrictEqual([a.metrics.durationMinutes, iso(a.metrics.start?.time.instant)], [minutes, start]);
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
