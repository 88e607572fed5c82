// A range of hours that states how long something lasted (`- 2h-3h de travail perdues`) is no entry's time; a range
// of clock hours (`- 14h-16h : bascule`) and a bare hour before the separator (`- 2h : alerte`) still are.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { runRules } from '../../../src/core/check/run-rules';
import { parsePostmortem } from '../../../src/core/model';

const entries = (...lines: string[]) => parsePostmortem(lines.join('\n') + '\n').timeline.map((e) => [e.timeText, e.text]);

describe('timeline: a range of hours with a duration word after it', () => {
  // [line under `## Timeline`, after an entry at 14h05, the entries it adds: [timeText, text] or none]
  const rows: [string, string[][]][] = [
    ['- 2h-3h de travail perdues', []],
    ["- 1h-2h d'indisponibilité", []],
    ['- 1h-2h d’indisponibilité', []],
    ['- 2h - 3h de panne', []],
    ['- 2h-3h perdues', []],
    ['- 2h–3h lost', []],
    ['- 1h-2h of downtime', []],
    ['- **2h-3h** de travail perdues', []],
    // no entry before either
    ['- 2-3h lost', []],
    ['- 30min-1h', []],
    // a range of clock hours, a bare hour before the separator: entries as before
    ['- 14h-16h : bascule', [['14h-16h', 'bascule']]],
    ['- 2h-3h : maintenance', [['2h-3h', 'maintenance']]],
    ['- 2h : alerte', [['2h', 'alerte']]],
    ['- 14h - 16h30 : bascule', [['14h - 16h30', 'bascule']]],
  ];
  // from an hour past noon or with a leading zero, a range with "de" after it is a span of clock hours: an entry at
  // its first hour
  for (const line of ['- 14h-16h de maintenance', '- 09h-11h de maintenance']) {
    it(`reads ${JSON.stringify(line)} as an entry at its first hour`, () => {
      assert.match(entries('## Timeline', '', '- 08h05 : alerte', line)[1]?.[0] ?? '', new RegExp(`^${line.slice(2, 5)}`));
    });
  }
  for (const [line, expected] of rows) {
    it(`reads ${JSON.stringify(line)} as ${expected.length ? expected[0][0] : 'no entry'}`, () => {
      assert.deepStrictEqual(entries('## Timeline', '', '- 14h05 : alerte', line).slice(1), expected);
    });
  }
});

describe('outside a timeline section: a range of hours is no entry unless the entries around it are hours with an h', () => {
  // [the lines of a document without a Timeline section (read whole), the entries read]
  const rows: [string, string[], string[][]][] = [
    ['a bullet of lost hours in the impact', ['## Impact', '', '- 2h-3h : travail perdu', '- 1h-2h : indisponibilité partielle'], []],
    ['a range among bullets timed with colons', ['## Faits', '', '- 14:05 : alerte', '- 14h-16h : bascule'], [['14:05', 'alerte']]],
    ['a range among bullets timed with an h', ['## Faits', '', '- 14h05 : alerte', '- 14h-16h : bascule'], [['14h05', 'alerte'], ['14h-16h', 'bascule']]],
    ['a bare hour alone, as before', ['## Faits', '', '- 2h : alerte'], [['2h', 'alerte']]],
  ];
  for (const [title, lines, expected] of rows) it(title, () => assert.deepStrictEqual(entries(...lines), expected));

  it('a range of hours in a Timeline section stays an entry', () => {
    assert.deepStrictEqual(entries('## Timeline', '', '- 14h-16h : bascule'), [['14h-16h', 'bascule']]);
  });
});

describe('analysis: a timeline with a bullet of lost hours', () => {
  it('reads no entry at 02:00: the timeline stays in order and ends at its last entry', () => {
    const text = ['# Panne du 12 mars 2024', '', 'Toutes les heures sont en UTC.', '', '## Chronologie', '', '- 14h05 : alerte, début de la panne',
      '- 15h10 : service rétabli', "- 2h-3h de travail perdues par l'équipe", "- 1h-2h d'indisponibilité pour les clients", ''].join('\n');
    const a = analyze(text, { now: Date.parse('2026-11-25T12:00:00Z') });
    assert.deepStrictEqual(a.timeline.map((e) => e.timeText), ['14h05', '15h10']);
    assert.deepStrictEqual(runRules(a, {}).filter((p) => p.ruleId === 'PM005').map((p) => p.range.start.line), []);
  });

  // [Duration field, the timeline's entries, start, end]: a window of bare hours at other hours than the timeline's is
  // how long it lasted, and the timeline's markers give the start and end
  const rows: [string, string[], string | undefined, string | undefined][] = [
    ['Durée : 2h-3h', ['- 14h05 : début de la panne', '- 15h10 : service rétabli'], '2024-03-12T14:05', '2024-03-12T15:10'],
    ['Durée : 14h-16h', ['- 14h05 : début de la panne', '- 15h10 : service rétabli'], '2024-03-12T14:00', '2024-03-12T16:00'],
    ['Durée : 2h-3h', ['- 2h05 : début de la panne', '- 2h50 : service rétabli'], '2024-03-12T02:00', '2024-03-12T03:00'],
    ['Durée : 2h-3h', ['- Pas de chronologie.'], '2024-03-12T02:00', '2024-03-12T03:00'],
  ];
  for (const [field, timeline, start, end] of rows) {
    it(`reads "${field}" beside ${timeline.join(', ')} from ${start} to ${end}`, () => {
      const text = ['# Panne du 12 mars 2024', '', 'Toutes les heures sont en UTC.', '', `- ${field}`, '', '## Chronologie', '', ...timeline, ''].join('\n');
      const { metrics } = analyze(text, { now: Date.parse('2026-11-25T12:00:00Z') });
      const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 16));
      assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.end?.time.instant)], [start, end]);
    });
  }
});
