// Timeline entries that write their clock first and the date after it (`- 14:06 Mar 12: rollback`, `- 14:06 3/12: ...`, `| 14:06 Tue, Mar
// 12 | ... |`): the time the model reads and the instant the analysis gives, on the date written, not the document's.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { tableHeaderFor } from '../model/helpers';

const now = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

/** The one entry of `line` in a document dated 2024-03-11 in UTC: [timeText, text, instant]. */
function entryOf(line: string): [string, string, string | undefined] {
  const table = tableHeaderFor(line);
  const text = ['# Checkout outage', '', 'Date: 2024-03-11', '', '## Timeline', '', 'All times UTC.', '', ...table, line, ''].join('\n');
  const a = analyze(text, { now, fileName: 'x.md' });
  assert.strictEqual(a.timeline.length, 1, line);
  const e = a.timeline[0];
  return [e.timeText, e.text, iso(e.time.instant)];
}

describe('analysis: a date written after an entry\'s clock', () => {
  // [line under `## Timeline`, timeText, text, instant]
  const rows: [string, string, string, string][] = [
    // a month name and a day after the clock: the clock's minutes are no day (`06 Mar` was read as 6 March)
    ['- 14:06 Mar 12: rollback', '14:06 Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['- **14:06 Mar 12** - rollback', '14:06 Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['- [14:12 Mar 12] rollback', '14:12 Mar 12', 'rollback', '2024-03-12T14:12Z'],
    ['- 14:06:30 Mar 12 - rollback', '14:06:30 Mar 12', 'rollback', '2024-03-12T14:06:30.000Z'],
    ['- 14:06 March 12th, 2024 - rollback', '14:06 March 12th, 2024', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 Mar 12, 2024: rollback', '14:06 Mar 12, 2024', 'rollback', '2024-03-12T14:06Z'],
    ['| 14:06 Mar 12 | rollback |', '14:06 Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['| 14:06 Mar 12, 2024 | rollback |', '14:06 Mar 12, 2024', 'rollback', '2024-03-12T14:06Z'],
    ['### 14:06 Mar 12 - rollback', '14:06 Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['14:06 Mar 12: rollback', '14:06 Mar 12', 'rollback', '2024-03-12T14:06Z'],
    // a weekday before the date after the clock, also in a table's time cell
    ['| 14:06 Tue, Mar 12 | rollback |', '14:06 Tue, Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['| 14:06 UTC Tue 12 Mar | rollback |', '14:06 UTC Tue 12 Mar', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 Tue, Mar 12: rollback', '14:06 Tue, Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 Tuesday 12 March 2024 - rollback', '14:06 Tuesday 12 March 2024', 'rollback', '2024-03-12T14:06Z'],
    // a slashed month and day without a year after the clock, before the separator, a bracket's close or the end
    ['- 14:06 3/12: rollback started', '14:06 3/12', 'rollback started', '2024-03-12T14:06Z'],
    ['- 14:06 03/12 - rollback', '14:06 03/12', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 3/12 — rollback', '14:06 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['- [14:06 3/12] rollback', '14:06 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['- **14:06 3/12** - rollback', '14:06 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 UTC 3/12: rollback', '14:06 UTC 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['- 2:06 PM 3/12 - rollback', '2:06 PM 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['| 14:06 3/12 | rollback |', '14:06 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['### 14:06 3/12 - rollback', '14:06 3/12', 'rollback', '2024-03-12T14:06Z'],
    ['- 09:10 Mar 12: paged', '09:10 Mar 12', 'paged', '2024-03-12T09:10Z'],
    // prose after it: a count or a fraction, no date (the clock alone, on the document's date)
    ['- 14:06 3/12 of the pods restarted', '14:06', '3/12 of the pods restarted', '2024-03-11T14:06Z'],
    ['- 14:06 1/2 the fleet drained', '14:06', '1/2 the fleet drained', '2024-03-11T14:06Z'],
    ['- 14:06: 3/12 pods up', '14:06', '3/12 pods up', '2024-03-11T14:06Z'],
    ['- 14:06 - 3/12 pods up', '14:06', '3/12 pods up', '2024-03-11T14:06Z'],
    // the shapes that read already (the brief's list): a date with a year, joined, after a zone, after AM/PM and a comma
    ['- 14:06 2024-03-12 rollback', '14:06 2024-03-12', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 2024-Mar-12 rollback', '14:06 2024-Mar-12', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 UTC 12 Mar 2024: rollback', '14:06 UTC 12 Mar 2024', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 12 Mar 2024: rollback', '14:06 12 Mar 2024', 'rollback', '2024-03-12T14:06Z'],
    ['- 2:04 PM, Mar 12: paged', '2:04 PM, Mar 12', 'paged', '2024-03-12T14:04Z'],
    ['- 14:06 UTC Mar 12 - rollback', '14:06 UTC Mar 12', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 12 mars : retour arrière', '14:06 12 mars', 'retour arrière', '2024-03-12T14:06Z'],
    // a German, French or Spanish date with its year before the separator's colon keeps its year
    ['- 14:06 UTC 12 mars 2025: retour arrière', '14:06 UTC 12 mars 2025', 'retour arrière', '2025-03-12T14:06Z'],
    ['| 14:06 12. März 2025: | Rollback |', '14:06 12. März 2025', 'Rollback', '2025-03-12T14:06Z'],
    // a month name and a day after a clock are its date whatever follows them, as before (the text after them is the entry's)
    ['- 14:06 Mar 12 was the day the cache failed', '14:06 Mar 12', 'was the day the cache failed', '2024-03-12T14:06Z'],
    // must not change: a month and a year, a numeric date after a weekday, a count, a
    // date after the separator: the clock alone, on the document's date
    ['- 14:06 Mar 2024 budget exceeded', '14:06', 'Mar 2024 budget exceeded', '2024-03-11T14:06Z'],
    // a weekday alone after the clock is part of its time, as a bullet's (`- 14:06 Tue - x`), and names its day: the
    // Tuesday nearest the document's Monday
    ['| 14:06 Tue | rollback |', '14:06 Tue', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 Sat, 2024-03-12 - rollback', '14:06', 'Sat, 2024-03-12 - rollback', '2024-03-11T14:06Z'],
    ['- 14:06 May traffic fell', '14:06', 'May traffic fell', '2024-03-11T14:06Z'],
    ['- 14:06 5 servers restarted', '14:06', '5 servers restarted', '2024-03-11T14:06Z'],
    ['- 14:06 - March 12 deploy reverted', '14:06', 'March 12 deploy reverted', '2024-03-11T14:06Z'],
    ['- Mar 12 14:06 - rollback', 'Mar 12 14:06', 'rollback', '2024-03-12T14:06Z'],
  ];
  for (const [line, timeText, text, instant] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => assert.deepStrictEqual(entryOf(line), [timeText, text, instant]));
  }

  // in a document that writes its dates day first (`Date: 13/03/2024`: 13 cannot be a month)
  const dayFirstRows: [string, string, string, string][] = [
    ['- 14:06 12/03 - rollback', '14:06 12/03', 'rollback', '2024-03-12T14:06Z'],
    ['- 14:06 12/03: rollback', '14:06 12/03', 'rollback', '2024-03-12T14:06Z'],
    ['| 14:06 12/03 | rollback |', '14:06 12/03', 'rollback', '2024-03-12T14:06Z'],
    ['- 12/03 14:06 - rollback', '12/03 14:06', 'rollback', '2024-03-12T14:06Z'],
  ];
  for (const [line, timeText, text, instant] of dayFirstRows) {
    it(`reads ${JSON.stringify(line)} day first in a document that writes 13/03/2024`, () => {
      const doc = ['# Checkout outage', '', 'Date: 13/03/2024', '', '## Timeline', '', 'All times UTC.', '', ...tableHeaderFor(line), line, ''].join('\n');
      const e = analyze(doc, { now, fileName: 'x.md' }).timeline;
      assert.strictEqual(e.length, 1, line);
      assert.deepStrictEqual([e[0].timeText, e[0].text, iso(e[0].time.instant)], [timeText, text, instant]);
    });
  }
});
