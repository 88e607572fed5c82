import * as assert from 'assert';
import { yearUnknown as rule } from '../../../src/core/rules/pm011-year-unknown';
import { doc, flagged, runTimeRule } from './run-time-rule';

describe('rules: PM011 year-unknown', () => {
  const cases: [string, string, string[], string?][] = [
    // one finding per date as written, on its first place
    ['a start with month and day only', doc('# X', '- Start: September 14 10:00 UTC', '- End: September 14 11:00 UTC'), ['2:September 14']],
    ['two dates, each written twice', doc('# X', '## Timeline', '- Jul 19 23:10 UTC - a', '- Jul 19 23:50 UTC - b', '- Jul 20 00:10 UTC - c', '- Jul 20 00:20 UTC - d'), ['3:Jul 19', '5:Jul 20']],
    ['"Sep 27 15:06" with nothing to pin it', doc('# X', '## Timeline', '- Sep 27 15:06 UTC - deploy'), ['3:Sep 27']],
    ['a weekday pins the year', doc('# X', '- Start: Monday, September 27 at 3:06 PM EDT'), []],
    ['the start date pins later dates', doc('# X', '- Start: 2024-09-14 10:00 UTC', '- End: September 14 11:00 UTC'), []],
    ['a front matter start pins them', doc('---', 'start: 2024-09-14T10:00Z', '---', '# X', '- End: September 14 11:00 UTC'), []],
    ['the summary date pins them', doc('# X', '## Summary', 'Admin pages were slow on 2024-09-14.', '- Start: September 14 10:00 UTC'), []],
    ['a dated file name pins them', doc('# X', '- Start: September 14 10:00 UTC'), [], '2024-09-14-admin.md'],
    ['a month and year in the title pins them', doc('# Database outage, March 2024', '## Timeline', '- March 4 14:00 UTC - a'), []],
    ['a French month and year in the title pins them', doc('# Panne du service de paiement, juin 2025', '## Chronologie', '### 12 juin', '- 14h05 UTC : alerte'), []],
    ['a German one too', doc('# Ausfall im März 2024', '## Zeitablauf', '- 12. März 14:05 UTC: Alarm'), []],
    ['a month without a year in the title pins nothing', doc('# Panne de juin', '## Chronologie', '- 12 juin 14h05 UTC : alerte'), ['3:12 juin']],
    ['a date in prose with no time is not a finding', doc('# X', 'The migration ran on September 14 as planned.'), []],
  ];
  for (const [title, text, expected, fileName] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text, { fileName }), expected));

  it('says how many more times the date is written without a year', () => {
    const [p] = runTimeRule(rule, doc('# X', '## Timeline', '- July 19 12:42 PM UTC - a', '- July 19 12:50 PM UTC - b', '- July 19 1:05 PM UTC - c'));
    assert.strictEqual(p.message, '"July 19" has no year and nothing pins it (no start date, front matter date, weekday or dated file name): write the year, e.g. "July 19, 2026". It is written 2 more times without a year: a start or "Date:" field with the year dates them all.');
  });

  it('asks for the year with an example', () => {
    const [p] = runTimeRule(rule, doc('# X', '- Start: September 14 10:00 UTC'));
    assert.strictEqual(p.message, '"September 14" has no year and nothing pins it (no start date, front matter date, weekday or dated file name): write the year, e.g. "September 14, 2026".');
  });
});
