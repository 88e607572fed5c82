// A slashed date either order reads (`12/03/2024`) next to a zone or clock of a region that writes days first: read
// day first, its note saying why; a US zone, AM/PM or a weekday that fits only month first keep month first.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { findTimes } from '../../../src/core/time';

describe('time: a slashed date next to a zone or clock of a region that writes days first', () => {
  // [line, month, day, why the note gives for reading it day first ('US': read in US order; undefined: no note)]
  const rows: [string, number, number, string | undefined][] = [
    // the brief's line: both readings are Tuesdays, so the weekday settles nothing; CET does
    ['Tuesday 12/03/2024 15h06 CET', 3, 12, 'CET is a zone of a region that writes days first'],
    ['12/03/2024 15:06 CET', 3, 12, 'CET is a zone of a region that writes days first'],
    ['12/03/2024 15:06 CEST', 3, 12, 'CEST is a zone of a region that writes days first'],
    ['12/03/2024 15:06 MEZ', 3, 12, 'MEZ is a zone of a region that writes days first'],
    ['12/03/2024 15:06 BST', 3, 12, 'BST is a zone of a region that writes days first'],
    ['12/03/2024 15:06 AEST', 3, 12, 'AEST is a zone of a region that writes days first'],
    ['12/03/2024 15:06 Europe/Berlin', 3, 12, 'Europe/Berlin is a zone of a region that writes days first'],
    ['12/03/2024 15:06 Paris time', 3, 12, 'Paris time is a zone of a region that writes days first'],
    ['12/03/2024 15:06 heure de Paris', 3, 12, 'heure de Paris is a zone of a region that writes days first'],
    // a French or German clock with no zone
    ['12/03/2024 15h06', 3, 12, 'the clock 15h06 is written as French and German write it'],
    ['12/03/2024 à 15h', 3, 12, 'the clock 15h is written as French and German write it'],
    ['12/03/2024 15 h 06', 3, 12, 'the clock 15 h 06 is written as French and German write it'],
    ['12/03/2024 15.06 Uhr', 3, 12, 'the clock 15.06 Uhr is written as French and German write it'],
    ['12/03/2024 15:06 Uhr', 3, 12, 'the clock 15:06 Uhr is written as French and German write it'],
    // month first: a US zone, AM/PM, UTC or GMT (a zone of no region), nothing, a US zone after a French clock
    ['12/03/2024 15:06 EST', 12, 3, 'US'],
    ['12/03/2024 15h06 PT', 12, 3, 'US'],
    ['12/03/2024 3:06 PM CET', 12, 3, 'US'],
    ['12/03/2024 15:06 UTC', 12, 3, 'US'],
    ['12/03/2024 15:06 GMT', 12, 3, 'US'],
    ['12/03/2024 15:06', 12, 3, 'US'],
    // a weekday that fits only month first settles it (May 3, 2024 is a Friday; March 5 a Tuesday)
    ['Friday 05/03/2024 15h06 CET', 5, 3, 'US'],
    // a date only one order reads is read so
    ['03/13/2024 15:06 CET', 3, 13, undefined],
  ];
  for (const [line, month, day, why] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const m = findTimes(line)[0];
      const written = /\d\d\/\d\d\/\d{4}/.exec(line)![0];
      const note = why === undefined ? undefined : why === 'US' ? `read ${written} as month/day/year (US order)` : `read ${written} as day/month/year (${why})`;
      assert.deepStrictEqual([m.month, m.day, m.notes?.find((n) => n.startsWith('read '))], [month, day, note]);
    });
  }

  it('dates a timeline entry day first and says why in its time\'s note', () => {
    const a = analyze(['# Panne', '', '## Timeline', '', '- Tuesday 12/03/2024 15h06 CET - bascule', '- Tuesday 12/03/2024 15:06 EST - failover', ''].join('\n'), { now: Date.UTC(2026, 0, 1) });
    assert.deepStrictEqual(a.timeline.map((e) => new Date(e.time.instant!).toISOString()), ['2024-03-12T14:06:00.000Z', '2024-12-03T20:06:00.000Z']);
    assert.deepStrictEqual(a.timeline[0].time.match.notes, ['read 12/03/2024 as day/month/year (CET is a zone of a region that writes days first)']);
  });
});
