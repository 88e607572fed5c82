import * as assert from 'assert';
import { weekdayMismatch as rule } from '../../../src/core/rules/pm010-weekday-mismatch';
import { applyEdits } from './run-rule';
import { doc, flagged, runTimeRule } from './run-time-rule';

describe('rules: PM010 weekday-mismatch', () => {
  const cases: [string, string, string[]][] = [
    ['Tuesday, September 27, 2021 (a Monday)', doc('# X', 'It failed on Tuesday, September 27, 2021.'), ['2:Tuesday']],
    ['Monday, September 27, 2021', doc('# X', 'It failed on Monday, September 27, 2021.'), []],
    ['the seed: "Monday, September 27" pins 2021', doc('# X', '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.'), []],
    ['Wed, Sep 28 2021 (a Tuesday)', doc('# X', '- Start: Wed, Sep 28 2021 10:00 UTC'), ['2:Wed']],
    ['Tue. Sep 28 2021', doc('# X', '- Start: Tue. Sep 28 2021 10:00 UTC'), []],
    ['MONDAY in capitals', doc('# X', '- Start: MONDAY, Sep 28 2021 10:00 UTC'), ['2:MONDAY']],
    ['Unix date style: Mon Sep 28 15:06:00 UTC 2021', doc('# X', '- Start: Mon Sep 28 15:06:00 UTC 2021'), ['2:Mon']],
    ['a weekday after the date: 2024-03-12 (Wednesday)', doc('# X', '- Start: 2024-03-12 14:02 UTC, Wednesday'), ['2:Wednesday']],
    ['a weekday against the year of the start date', doc('# X', '- Start: 2024-09-27 10:00 UTC', '- End: Monday, September 27 at 11:00 UTC'), ['3:Monday']],
    ['a weekday that fits only the day-first reading: Tuesday 05/03/2024 is 5 March', doc('# X', '- Start: Tuesday 05/03/2024 10:00 UTC'), []],
    ['a weekday that fits neither reading of 05/03/2024', doc('# X', '- Start: Monday 05/03/2024 10:00 UTC'), ['2:Monday']],
    ['a weekday before an ISO date in prose is reported on the weekday', doc('# X', 'It failed on Monday 2024-05-04 10:00 UTC.'), ['2:Monday']],
    ['a weekday before an ISO date in a field is reported once', doc('# X', '- Start: Monday 2024-05-04 10:00 UTC'), ['2:Monday']],
    ['a weekday before an ISO date without a time (14 October 2023 is a Saturday)', doc('# X', '* On Sunday, 2023-10-14 from ~12:00 to 17:55 CEST, search failed.'), ['2:Sunday']],
    ['a weekday after an ISO date without a time', doc('# X', 'Released 2023-10-14, Friday.'), ['2:Friday']],
    ['the right weekday with an ISO date without a time', doc('# X', 'Down on Saturday 2023-10-14.'), []],
    ['a weekday with a numeric date without a time that fits only day first', doc('# X', 'Deployed Tuesday 05/03/2024.'), []],
    ['a French weekday before an ISO date without a time', doc('# X', 'Panne du lundi 2024-03-12.'), ['2:lundi']],
    ['an impossible date is left to PM014', doc('# X', 'Thursday, February 30, 2024'), []],
    ['the same weekday read twice is reported once', doc('# X', '## Summary', 'Failed on Wednesday, March 12, 2024 at 2:02 PM UTC.'), ['3:Wednesday']],
    // French, German and Spanish weekdays before a date (12 March 2024 is a Tuesday)
    ['lundi 12 mars 2024 (a Tuesday)', doc('# X', 'La panne a commencé le lundi 12 mars 2024.'), ['2:lundi']],
    ['mardi 12 mars 2024', doc('# X', 'La panne a commencé le mardi 12 mars 2024.'), []],
    ['Montag, 12. März 2024 um 14:05 Uhr', doc('# X', '- Beginn: Montag, 12. März 2024 um 14:05 Uhr'), ['2:Montag']],
    ['Di., 12. März 2024', doc('# X', 'Ausfall am Di., 12. März 2024.'), []],
    ['miércoles 12 de marzo de 2024', doc('# X', 'El miércoles 12 de marzo de 2024 falló.'), ['2:miércoles']],
    ['a short month name: sam. 12 janv. 2025 (a Sunday)', doc('# X', 'Le sam. 12 janv. 2025 à 9h10.'), ['2:sam']],
    ['Montag, 11.03.2024 14:05 (a Monday)', doc('# X', '- Beginn: Montag, 11.03.2024 14:05 UTC'), []],
    ['Dienstag, 11.03.2024 14:05 (a Monday)', doc('# X', '- Beginn: Dienstag, 11.03.2024 14:05 UTC'), ['2:Dienstag']],
    ['a short weekday before a slashed date: Mar. 12/03/2024', doc('# X', '- Début : Mar. 12/03/2024 14:05 UTC'), []],
    ['a short weekday before a slashed date: Mer. 12/03/2024 (a Tuesday)', doc('# X', '- Début : Mer. 12/03/2024 14:05 UTC'), ['2:Mer']],
    ['a short weekday before a month and day: Lun. 12/03 (a Tuesday)', doc('# X', '- Start: 2024-03-12 14:00 UTC', '## Timeline', '- Lun. 12/03 14:05 alerte'), ['4:Lun']],
    ['a heading: Lundi 12 mars 2024', doc('# X', '## Timeline', '### Lundi 12 mars 2024', '- 14h05 : alerte'), ['3:Lundi']],
    ['not a weekday: a German noun, lowercase "do"', doc('# X', 'Datum 12. März 2024, do 12. März 2024.'), []],
    // a weekday in a date heading or date line without a year, against the year the context gives (13 March 2024 is a Wednesday)
    ['a heading without a year: Mardi 13 mars', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Mardi 13 mars', '- 09:00 alerte'), ['4:Mardi']],
    ['a heading without a year: Mercredi 13 mars', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Mercredi 13 mars', '- 09:00 alerte'), []],
    ['a heading without a year: Tue 3/13', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Tue 3/13', '- 09:00 alert', '- 10:00 fix'), ['4:Tue']],
    ['a heading with a title: Di., 13. März — Tag 1', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Di., 13. März — Tag 1', '- 09:00 Alarm'), ['4:Di']],
    ['a heading with a title after a slashed date: Mardi 13/03 — Jour 1', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Mardi 13/03 — Jour 1', '- 09:00 alerte'), ['4:Mardi']],
    ['a heading with a title after a blank: Mercredi 13 mars retour', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Mercredi 13 mars retour', '- 09:00 alerte'), []],
    ['a date line without a year: **Mardi 13 mars**', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '**Mardi 13 mars**', '- 09:00 alerte'), ['4:Mardi']],
    ['an English heading is reported once', doc('# X', '- Start: 2024-03-13 09:00 UTC', '## Timeline', '### Tuesday 13 March', '- 09:00 alert'), ['4:Tuesday']],
    ['a heading whose weekday gives the year is no mismatch', doc('# X', '## Timeline', '### Mardi 13 mars', '- 09:00 alerte'), []],
    ['an entry rolled past midnight is no other day of the heading', doc('# X', '- Start: 2024-03-13 23:50 UTC', '## Timeline', '### Mercredi 13 mars', '- 23:50 alerte', '- 00:20 fin'), []],
    ['a wrong weekday is reported once for all its entries', doc('# X', '- Start: 2024-03-13 23:50 UTC', '## Timeline', '### Mardi 13 mars', '- 23:50 alerte', '- 00:20 fin'), ['4:Mardi']],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('says which weekday the date is, and fixes the weekday in the same form (preferred)', () => {
    const text = doc('# X', '- Start: Wednesday, March 12, 2024 at 2:02 PM UTC');
    const [p] = runTimeRule(rule, text);
    assert.strictEqual(p.message, '"Wednesday" does not match March 12, 2024, which is a Tuesday: write "Tuesday", or correct the date.');
    assert.strictEqual(p.fixes![0].preferred, true);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', '- Start: Tuesday, March 12, 2024 at 2:02 PM UTC'));
    const short = doc('# X', '- Start: Wed, Sep 28 2021 10:00 UTC');
    assert.strictEqual(applyEdits(short, runTimeRule(rule, short)[0].fixes![0].edits), doc('# X', '- Start: Tue, Sep 28 2021 10:00 UTC'));
  });

  it('fixes a French, German or Spanish weekday in its language and form', () => {
    const cases: [string, string][] = [
      ['lundi 12 mars 2024', 'mardi 12 mars 2024'], ['Lundi 12 mars 2024', 'Mardi 12 mars 2024'], ['LUNDI 12 MARS 2024', 'MARDI 12 MARS 2024'],
      ['lun. 12 mars 2024', 'mar. 12 mars 2024'], ['Montag, 12. März 2024', 'Dienstag, 12. März 2024'], ['Mo., 12. März 2024', 'Di., 12. März 2024'],
      ['Sonnabend, 12. März 2024', 'Dienstag, 12. März 2024'], ['jueves 12 de marzo de 2024', 'martes 12 de marzo de 2024'],
      ['miercoles 14 de marzo de 2024', 'jueves 14 de marzo de 2024'], ['vie 13 de marzo de 2024', 'mié 13 de marzo de 2024'],
    ];
    for (const [written, right] of cases) {
      const text = doc('# X', `- Start: ${written}`);
      const [p] = runTimeRule(rule, text);
      assert.ok(p, written);
      assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', `- Start: ${right}`), written);
    }
    const [p] = runTimeRule(rule, doc('# X', '- Start: lundi 12 mars 2024'));
    assert.strictEqual(p.message, '"lundi" does not match March 12, 2024, which is a Tuesday: write "mardi", or correct the date.');
  });
});
