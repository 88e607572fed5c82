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
    // a status page's update pasted with the time it was posted at
    ['EST in July, on a status page\'s update', doc('# X', '## Timeline', 'Resolved', 'This incident has been resolved.', 'Posted Jul 10, 2024 - 10:58 EST'), ['5:EST']],
    ['EDT in July, on a status page\'s update', doc('# X', '## Timeline', '**Resolved** - This incident has been resolved.', 'Jul 10, 10:58 EDT'), []],
    ['a zone written once for a range is reported once', doc('# X', 'Checkout failed on Sep 27 2021 3:06 - 7:27 PM EST.'), ['2:EST']],
    ['BST in January with Europe/London declared', doc('# X', 'All times in Europe/London.', '- Start: 2024-01-15 10:00 BST'), ['3:BST']],
    ['BST in July with Europe/London declared', doc('# X', 'All times in Europe/London.', '- Start: 2024-07-15 10:00 BST'), []],
    ['PST before and PDT after the spring-forward change', doc('# X', '- Start: March 9, 2025 1:40 AM PST', '- End: March 9, 2025 3:25 AM PDT'), []],
    ['EDT before and EST after the fall-back change', doc('# X', '- Start: November 7, 2021 1:20 AM EDT', '- End: November 7, 2021 1:10 AM EST'), []],
    // a declared abbreviation, against the times read in it
    ['"All times PST" over a timeline in July', doc('# X', 'All times PST.', '## Timeline', '- 2023-07-27 14:14 - Problem starts', '- 2023-07-27 15:00 - Resolved'), ['2:PST']],
    ['"All times in CET" over a timeline in June', doc('# 2022-01-27, pod limit reached', '## Timeline', 'All times in CET', '- 2022-06-02 10:00 - Problem starts', '- 2022-06-02 21:24 - Resolved'), ['3:CET']],
    ['"All times PST" over a timeline in January', doc('# X', 'All times PST.', '## Timeline', '- 2024-01-10 14:14 - Problem starts'), []],
    ['"All times PST" over a timeline across the spring-forward change', doc('# X', 'All times PST.', '## Timeline', '- 2025-03-08 10:00 - Problem starts', '- 2025-03-10 10:00 - Resolved'), []],
    ['"All times PST/PDT" in July', doc('# X', 'All times PST/PDT.', '## Timeline', '- 2023-07-27 14:14 - Problem starts'), []],
    ['"All times Pacific Time" in July', doc('# X', 'All times Pacific Time.', '## Timeline', '- 2023-07-27 14:14 - Problem starts'), []],
    ['"All times GMT" in July (GMT also names UTC)', doc('# X', 'All times GMT.', '## Timeline', '- 2023-07-27 14:14 - Problem starts'), []],
    ['"All times PST" with no dated time', doc('# X', 'All times PST.', '## Timeline', '- 14:14 - Problem starts'), []],
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

  it('says what is wrong with a declared abbreviation and fixes the abbreviation only', () => {
    const text = doc('# X', 'All times PST.', '## Timeline', '- 2023-07-27 14:14 - Problem starts');
    const [p] = runTimeRule(rule, text);
    assert.strictEqual(p.message, '"PST" is wrong for July 27, 2023: Los Angeles is on PDT (UTC-07:00) then, not PST (UTC-08:00), so every time read in it is off by 60 minutes. Declare "PDT", or the region (America/Los_Angeles).');
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), text.replace('All times PST.', 'All times PDT.'));
  });

  it('rewrites both ends of a range as ISO-8601 UTC in one fix', () => {
    const text = doc('# X', 'Checkout failed on Sep 27 2021 3:06 - 7:27 PM EST.');
    const iso = runTimeRule(rule, text)[0].fixes![1];
    assert.strictEqual(applyEdits(text, iso.edits), doc('# X', 'Checkout failed on 2021-09-27T19:06Z - 2021-09-27T23:27Z.'));
  });
});
