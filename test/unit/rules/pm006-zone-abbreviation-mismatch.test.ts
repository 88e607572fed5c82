import * as assert from 'assert';
import { zoneAbbreviationMismatch as rule } from '../../../src/core/rules/pm006-zone-abbreviation-mismatch';
import { applyEdits } from './run-rule';
import { doc, flagged, runTimeRule } from './run-time-rule';

const seedStart = '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.  ';

describe('rules: PM006 zone-abbreviation-mismatch', () => {
  const cases: [string, string, string[]][] = [
    ['the seed: Eastern Standard Time on a Monday in September', doc('# Postmortem', seedStart), ['2:Eastern Standard Time']],
    ['the seed: detection "Early afternoon at 3:06 PM EST"', doc('# Postmortem', seedStart.replace('Eastern Standard Time', 'Eastern Daylight Time'), '## Timeline', '• When was issue detected: Early afternoon at 3:06 PM EST.  '), ['4:EST']],
    ['EDT in September', doc('# X', '- Start: 2021-09-27 15:06 EDT'), []],
    ['EDT in December', doc('# X', '- Start: 2021-12-01 10:00 EDT'), ['2:EDT']],
    ['PST in July', doc('# X', '- Start: 2024-07-10 10:00 PST'), ['2:PST']],
    ['PDT in January', doc('# X', '- Start: 2024-01-10 10:00 PDT'), ['2:PDT']],
    ['MST in July (Arizona keeps MST)', doc('# X', '- Start: 2024-07-10 10:00 MST'), []],
    ['AEST in January (Queensland keeps AEST)', doc('# X', '- Start: 2024-01-10 10:00 AEST'), []],
    ['CET in July', doc('# X', '- Start: 2024-07-10 10:00 CET'), ['2:CET']],
    ['CEST in January', doc('# X', '- Start: 2024-01-10 10:00 CEST'), ['2:CEST']],
    ['NZDT in July', doc('# X', '- Start: 2024-07-10 10:00 NZDT'), ['2:NZDT']],
    ['GMT in July (GMT also names UTC)', doc('# X', '- Start: 2024-07-10 10:00 GMT'), []],
    ['a generic name never mismatches', doc('# X', '- Start: 2024-07-10 10:00 Pacific Time'), []],
    ['an IANA name never mismatches', doc('# X', '- Start: 2024-07-10 10:00 America/New_York'), []],
    ['an offset never mismatches', doc('# X', '- Start: 2024-07-10T10:00-05:00'), []],
    ['a zone written once for a range is reported once', doc('# X', 'Checkout failed on Sep 27 2021 3:06 - 7:27 PM EST.'), ['2:EST']],
    ['BST in January with Europe/London declared', doc('# X', 'All times in Europe/London.', '- Start: 2024-01-15 10:00 BST'), ['3:BST']],
    ['BST in July with Europe/London declared', doc('# X', 'All times in Europe/London.', '- Start: 2024-07-15 10:00 BST'), []],
    ['PST before and PDT after the spring-forward change', doc('# X', '- Start: March 9, 2025 1:40 AM PST', '- End: March 9, 2025 3:25 AM PDT'), []],
    ['EDT before and EST after the fall-back change', doc('# X', '- Start: November 7, 2021 1:20 AM EDT', '- End: November 7, 2021 1:10 AM EST'), []],
    ['a timeline in EST in June', doc('# X', '- Start: 2024-06-03 09:00 EDT', '## Timeline', '- 9:00 AM EST - Outage begins', '- 9:30 AM EDT - Resolved'), ['4:EST']],
    ['a time without a date that nothing places is not judged', doc('# X', '## Timeline', '- 9:00 AM EST - deploy'), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('says what is wrong and what is expected, and fixes exactly the zone text (preferred)', () => {
    const text = doc('# Postmortem', seedStart);
    const [p] = runTimeRule(rule, text);
    assert.ok(p.message.startsWith('"Eastern Standard Time" is wrong for September 27, 2021: New York is on Eastern Daylight Time (UTC-04:00) then'), p.message);
    const [replace, iso] = p.fixes!;
    assert.strictEqual(replace.preferred, true);
    assert.strictEqual(applyEdits(text, replace.edits), doc('# Postmortem', seedStart.replace('Eastern Standard Time.', 'Eastern Daylight Time.')));
    assert.ok(!iso.preferred);
    assert.match(iso.title, /^Rewrite as 2021-09-27T19:06Z/);
    assert.strictEqual(applyEdits(text, iso.edits), doc('# Postmortem', '• Outage **start** time: 2021-09-27T19:06Z.  '));
  });

  it('rewrites both ends of a range as ISO-8601 UTC in one fix', () => {
    const text = doc('# X', 'Checkout failed on Sep 27 2021 3:06 - 7:27 PM EST.');
    const iso = runTimeRule(rule, text)[0].fixes![1];
    assert.strictEqual(applyEdits(text, iso.edits), doc('# X', 'Checkout failed on 2021-09-27T19:06Z - 2021-09-27T23:27Z.'));
  });
});
