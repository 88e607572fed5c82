// What a table's time cell holds after its time (`| 14:06 Tue |`, `| 14:06 (approx.) |`, `| 14:06 (first page) |`):
// a weekday is part of the time, a hedge makes it approximate, other words are a note of the time; none is lost.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { tableHeaderFor } from '../model/helpers';

const now = Date.parse('2026-11-25T12:00:00Z');

/** The one entry of `line` in a document dated 2024-03-12 in UTC: [timeText, text, timeNote, hedgedText, approximate]. */
function entryOf(line: string): [string, string, string | undefined, string | undefined, boolean] {
  const text = ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', ...tableHeaderFor(line), line, ''].join('\n');
  const a = analyze(text, { now, fileName: 'x.md' });
  assert.strictEqual(a.timeline.length, 1, line);
  const e = a.timeline[0];
  return [e.timeText, e.text, e.timeNote?.text, e.time.hedgedText, e.time.approximate === true];
}

describe('analysis: what a table\'s time cell holds after the time', () => {
  // [row, timeText, text, timeNote, hedgedText, approximate]
  const rows: [string, string, string, string | undefined, string | undefined, boolean][] = [
    // a weekday the scanner takes into the time, as a bullet's `- 14:06 Tue - x` and `Tue 14:06`
    ['| 14:06 Tue | Alert fired |', '14:06 Tue', 'Alert fired', undefined, undefined, false],
    ['| 14:06 UTC, Tuesday | Alert fired |', '14:06 UTC, Tuesday', 'Alert fired', undefined, undefined, false],
    ['| 14:06 Tuesday | Alert fired |', '14:06 Tuesday', 'Alert fired', undefined, undefined, false],
    ['| Tue 14:06 | Alert fired |', 'Tue 14:06', 'Alert fired', undefined, undefined, false],
    // a hedge after the clock (or its zone): the time is approximate, shown with it
    ['| 14:06 (approx.) | Alert fired |', '14:06', 'Alert fired', undefined, '14:06 (approx.)', true],
    ['| 14:06 approx. | Alert fired |', '14:06', 'Alert fired', undefined, '14:06 approx.', true],
    ['| 14:06 est. | Alert fired |', '14:06', 'Alert fired', undefined, '14:06 est.', true],
    ['| 14:06 (estimated) | Alert fired |', '14:06', 'Alert fired', undefined, '14:06 (estimated)', true],
    ['| 14:06 UTC (approx.) | Alert fired |', '14:06 UTC', 'Alert fired', undefined, '14:06 UTC (approx.)', true],
    ['| 14:06 Tue (approx.) | Alert fired |', '14:06 Tue', 'Alert fired', undefined, '14:06 Tue (approx.)', true],
    // other words: a note of the time, as written
    ['| 14:06 (first page) | Alert fired |', '14:06', 'Alert fired', '(first page)', undefined, false],
    ['| 14:06 UTC per the LB logs | Alert fired |', '14:06 UTC', 'Alert fired', 'per the LB logs', undefined, false],
    // a range written with an arrow is the time, as one with a dash
    ['| 14:08 → 14:30 | Rollback |', '14:08 → 14:30', 'Rollback', undefined, undefined, false],
    ['| 14:08 -> 14:30 UTC | Rollback |', '14:08 -> 14:30 UTC', 'Rollback', undefined, undefined, false],
    ['| 14:06 (approx.) from Slack | Alert fired |', '14:06', 'Alert fired', 'from Slack', '14:06 (approx.)', true],
    // unchanged: a time alone, a date and a clock, a range, a zone
    ['| 14:06 | Alert fired |', '14:06', 'Alert fired', undefined, undefined, false],
    ['| 2024-03-12 14:06 | Alert fired |', '2024-03-12 14:06', 'Alert fired', undefined, undefined, false],
    ['| 14:06 - 14:30 | Alert fired |', '14:06 - 14:30', 'Alert fired', undefined, undefined, false],
    ['| 14:06 EST | Alert fired |', '14:06 EST', 'Alert fired', undefined, undefined, false],
  ];
  for (const [line, ...expected] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => assert.deepStrictEqual(entryOf(line), expected));
  }

  // a hedge after the clock in a list item, which is no part of the entry's text; before more words it is prose
  const bullets: [string, string, string, string | undefined][] = [
    ['- 14:06 (approx.) - Alert fired', '14:06', 'Alert fired', '14:06 (approx.)'],
    ['- 14:06 approx. - Alert fired', '14:06', 'Alert fired', '14:06 approx.'],
    ['- 14:06 est.: Alert fired', '14:06', 'Alert fired', '14:06 est.'],
    ['- 14:06 approximately 200 pods restarted', '14:06', 'approximately 200 pods restarted', undefined],
    ['- 14:06 EST - Alert fired', '14:06 EST', 'Alert fired', undefined],
  ];
  for (const [line, timeText, text, hedged] of bullets) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const [t, x, note, h, approximate] = entryOf(line);
      assert.deepStrictEqual([t, x, note, h, approximate], [timeText, text, undefined, hedged, hedged !== undefined]);
    });
  }
});
