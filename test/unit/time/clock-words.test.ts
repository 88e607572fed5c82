// `noon` and `midnight`, `14:02 Z`, the compact ISO form (`20240312T140200Z`) and a day of the month before a clock
// (`the 12th at 14:02`): what `findTimes` reads, and the instant they resolve to around Monday, March 11, 2024.
import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import { findTimes, formatInstant, resolveTime, type TimeContext } from '../../../src/core/time';

const ctx: TimeContext = { now: Date.UTC(2026, 10, 25), referenceDate: { year: 2024, month: 3, day: 11 } };

describe('time: clock words, a Z after a blank, the compact ISO form, a day of the month', () => {
  // [text, what is read (as written), hour:minute, zone, the instant in UTC]; undefined: no time
  const rows: [string, string, string, string | undefined, string][] = [
    ['Errors began at noon UTC', 'noon UTC', '12:00', 'UTC', '2024-03-11T12:00Z'],
    ['at Noon PT the fix landed', 'Noon PT', '12:00', 'PT', '2024-03-11T19:00Z'],
    ['paged around noon', 'noon', '12:00', undefined, '2024-03-11T12:00Z'],
    ['- midnight: batch restarted', 'midnight', '00:00', undefined, '2024-03-11T00:00Z'],
    ['at midnight UTC the batch ran', 'midnight UTC', '00:00', 'UTC', '2024-03-11T00:00Z'],
    // the day's end after `until`, `till`, `to`, `through`, `by`
    ['degraded until midnight', 'midnight', '24:00', undefined, '2024-03-12T00:00Z'],
    ['March 12 at noon', 'March 12 at noon', '12:00', undefined, '2024-03-12T12:00Z'],
    // a Z after a blank is the clock's zone, as one glued to it
    ['14:02 Z - paged', '14:02 Z', '14:02', 'Z', '2024-03-11T14:02Z'],
    ['14:02Z - paged', '14:02Z', '14:02', 'Z', '2024-03-11T14:02Z'],
    // the compact ISO form, with seconds, a zone or an offset, or neither
    ['20240312T140200Z deploy', '20240312T140200Z', '14:02', 'Z', '2024-03-12T14:02Z'],
    ['at 20240312T1402Z', '20240312T1402Z', '14:02', 'Z', '2024-03-12T14:02Z'],
    ['20240312T140200+0100', '20240312T140200+0100', '14:02', '+0100', '2024-03-12T13:02Z'],
    ['20240312T1402', '20240312T1402', '14:02', undefined, '2024-03-12T14:02Z'],
    // a day of the month before `at` and a clock: that day nearest the context's date
    ['the fix landed on the 12th at 14:02', 'the 12th at 14:02', '14:02', undefined, '2024-03-12T14:02Z'],
    ['on the 1st at 9:15 PM UTC', 'the 1st at 9:15 PM UTC', '21:15', 'UTC', '2024-03-01T21:15Z'],
    ['since the 29th at 08:00', 'the 29th at 08:00', '08:00', undefined, '2024-02-29T08:00Z'],
  ];
  for (const [text, written, clock, zone, utc] of rows) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const m = findTimes(text)[0];
      assert.ok(m, 'a time is read');
      const r = resolveTime(m, ctx);
      const hm = `${String(m.hour).padStart(2, '0')}:${String(m.minute).padStart(2, '0')}`;
      assert.deepStrictEqual([m.text, hm, m.zone?.text, r.instant === undefined ? undefined : formatInstant(r.instant, 'UTC', 'iso-utc')], [written, clock, zone, utc]);
    });
  }

  // no time: a word of a name or a label, a hedge glued to it, a compact date that does not exist
  const none = ['the noon standup', 'a midnight deploy', 'noon-ish standup moved', 'Midnight Commander crashed', '20241312T140200Z', 'build 20240312T1402abc', 'the 12th run at noon-ish'];
  for (const text of none) it(`reads no time in ${JSON.stringify(text)}`, () => assert.deepStrictEqual(findTimes(text).map((m) => m.text), []));

  // a timeline's entries: [line, timeText, text]; undefined: no entry
  const entries: [string, string | undefined, string | undefined][] = [
    ['- midnight: batch restarted', 'midnight', 'batch restarted'],
    ['- noon UTC - errors begin', 'noon UTC', 'errors begin'],
    ['- **Noon** - standup', 'Noon', 'standup'],
    ['- 14:02 Z - paged', '14:02 Z', 'paged'],
    ['- 20240312T140200Z - mitigated', '20240312T140200Z', 'mitigated'],
    ['| 20240312T140200Z | mitigated |', '20240312T140200Z', 'mitigated'],
    ['- Midnight deploy went out', undefined, undefined],
    ['- noon-ish standup', undefined, undefined],
  ];
  for (const [line, timeText, text] of entries) {
    it(`reads the entry ${JSON.stringify(line)}`, () => {
      const table = line.startsWith('|') ? ['| Time | Event |', '|---|---|'] : [];
      const e = parsePostmortem(['## Timeline', '', ...table, line, ''].join('\n')).timeline[0];
      assert.deepStrictEqual([e?.timeText, e?.text], [timeText, text]);
    });
  }
});
