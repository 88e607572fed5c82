import * as assert from 'assert';
import { ambiguousZone as rule } from '../../../src/core/rules/pm007-ambiguous-zone';
import { applyEdits } from './run-rule';
import { doc, flagged, NOW, runTimeRule } from './run-time-rule';
import { analyze } from '../../../src/core/analysis/analyze';
import { runRules } from '../../../src/core/check/run-rules';

describe('rules: PM007 ambiguous-zone', () => {
  const cases: [string, string, string[]][] = [
    ['CST with no declared zone', doc('# X', '- Start: 2024-01-09 10:05 AM CST'), ['2:CST']],
    ['IST with no declared zone', doc('# X', '- Start: 2024-02-20 19:05 IST'), ['2:IST']],
    ['BST with no declared zone', doc('# X', '- Start: 2024-07-02 14:00 BST'), ['2:BST']],
    ['AST with no declared zone', doc('# X', '- Start: 2024-07-02 14:00 AST'), ['2:AST']],
    ['CST settled by "All times in Central Time (CST/CDT)"', doc('# X', 'All times in Central Time (CST/CDT).', '- Start: 2024-01-09 10:05 AM CST'), []],
    ['IST settled by Asia/Kolkata in front matter', doc('---', 'timezone: Asia/Kolkata', '---', '# X', '- Start: 2024-02-20 19:05 IST'), []],
    ['CST settled by the default time zone setting', doc('# X', '- Start: 2024-01-09 10:05 AM CST'), []],
    ['a declared zone that matches no reading', doc('# X', 'All times in Europe/Paris.', '- Start: 2024-01-09 10:05 AM CST'), ['3:CST']],
    ['a zone written once for a range is reported once', doc('# X', 'Basket totals were wrong between 14:00 - 15:30 BST on 2024-07-02.'), ['2:BST']],
    ['timeline times with no date are still reported', doc('# X', '## Timeline', '- 10:05 AM CST - Outage begins', '- 10:45 AM CST - Resolved'), ['3:CST', '4:CST']],
    ['full names are not ambiguous', doc('# X', '- Start: 2024-01-09 10:05 AM Central Standard Time'), []],
    ['EST is not ambiguous', doc('# X', '- Start: 2024-01-09 10:05 AM EST'), []],
    ['an ambiguous abbreviation in a declaration', doc('# X', '## Timeline', 'All times in IST', '- 08:52 PM - Students report a frozen hub'), ['3:IST']],
    ['an ambiguous abbreviation in a Timeline heading', doc('# X', '## Timeline (times in BST)', '### 12:49 PM', 'Change reverted.'), ['2:BST']],
    ['a declaration settled by the zone in parentheses after it', doc('# X', '## Timeline', 'All times are in IST (UTC+5:30).', '- 2024-02-20 19:05 IST - Deploy starts', '- 19:40 - Rolled back'), []],
    ['a declaration settled by an IANA name in parentheses', doc('# X', '## Timeline', 'All times are in IST (Asia/Kolkata)', '- 08:52 PM - Students report a frozen hub'), []],
    ['a declaration with a parenthetical that is no zone', doc('# X', '## Timeline', 'All times in IST (see notes)', '- 08:52 PM - Students report a frozen hub'), ['3:IST']],
    ['an ambiguous declaration settled by the default time zone setting', doc('# X', 'All times in CST.', '- Start: 2024-01-09 10:05 AM'), []],
    // a document that names the IST team: "08:30 IST began the failover" is the team acting, not a zone
    ['IST as a team named elsewhere', doc('# X', 'The IST team owns the database.', '## Timeline', '- 2024-03-12 08:00 UTC - Outage begins', '- 2024-03-12 08:30 IST began the failover',
      '- 2024-03-12 08:45 IST engineers confirmed replication'), []],
    ['CST as a service desk named elsewhere', doc('# X', 'The CST Service Desk took the calls.', '## Timeline', '- 2024-03-12 08:00 UTC - Outage begins', '- 2024-03-12 09:30 CST took over the bridge'), []],
    // must not change: a real IST time in the same document, a zone before a separator or a preposition, no team named
    ['a real IST time beside the IST team', doc('# X', 'The IST team owns the database.', '## Timeline', '- 2024-03-12 08:30 IST - Failover begins', '- 2024-03-12 09:10 IST on call confirmed'), ['4:IST', '5:IST']],
    ['IST before a verb, no team named', doc('# X', '## Timeline', '- 2024-03-12 08:00 UTC - Outage begins', '- 2024-03-12 08:30 IST began the failover'), ['4:IST']],
    ['"GIST team" names no IST team', doc('# X', 'The GIST team owns the wiki.', '## Timeline', '- 2024-03-12 08:30 IST began the failover'), ['4:IST']],
  ];
  for (const [title, text, expected] of cases) {
    it(title, () => assert.deepStrictEqual(flagged(rule, text, title.includes('setting') ? { defaultTimeZone: 'America/Chicago' } : {}), expected));
  }

  it('names the readings of an ambiguous declaration, the one times are read in, and offers each full name', () => {
    const text = doc('# X', '## Timeline', '', 'All times in IST.', '', '- 2020-10-28 08:52 PM - Students report a frozen hub');
    const [p] = runTimeRule(rule, text);
    assert.match(p.message, /^The declared zone "IST" is ambiguous: it can be India Standard Time \(Kolkata, UTC\+05:30\), Irish Standard Time \(Dublin, UTC\+01:00\), Israel Standard Time \(Jerusalem, UTC\+02:00\)\. Times without a zone are read as India Standard Time/);
    assert.deepStrictEqual(p.fixes!.map((f) => f.title), [
      'Replace "IST" with "India Standard Time" (Kolkata, UTC+05:30)',
      'Replace "IST" with "Irish Standard Time" (Dublin, UTC+01:00)',
      'Replace "IST" with "Israel Standard Time" (Jerusalem, UTC+02:00)',
    ]);
    assert.strictEqual(applyEdits(text, p.fixes![1].edits), doc('# X', '## Timeline', '', 'All times in Irish Standard Time.', '', '- 2020-10-28 08:52 PM - Students report a frozen hub'));
    const a = analyze(text, { now: NOW });
    assert.strictEqual(a.documentZone?.zone, '+05:30');
    assert.strictEqual(a.timeline[0].time.instant, Date.UTC(2020, 9, 28, 15, 22));
    assert.deepStrictEqual(runRules(a, {}).filter((f) => f.ruleId === 'PM008'), []);
  });

  it('lists every reading and offers each full name, then each reading as ISO-8601 UTC, none preferred', () => {
    const text = doc('# X', '- Start: 2024-01-09 10:05 AM CST');
    const [p] = runTimeRule(rule, text);
    assert.match(p.message, /"CST" is ambiguous and no zone is declared: it can be Central Standard Time \(Chicago, UTC-06:00\), China Standard Time \(Shanghai, UTC\+08:00\), Cuba Standard Time \(Havana, UTC-05:00\)/);
    assert.deepStrictEqual(p.fixes!.map((f) => f.title), [
      'Replace "CST" with "Central Standard Time" (Chicago, UTC-06:00)',
      'Replace "CST" with "China Standard Time" (Shanghai, UTC+08:00)',
      'Replace "CST" with "Cuba Standard Time" (Havana, UTC-05:00)',
      'Rewrite as 2024-01-09T16:05Z (CST read as Central Standard Time)',
      'Rewrite as 2024-01-09T02:05Z (CST read as China Standard Time)',
      'Rewrite as 2024-01-09T15:05Z (CST read as Cuba Standard Time)',
    ]);
    assert.ok(p.fixes!.every((f) => !f.preferred));
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', '- Start: 2024-01-09 10:05 AM Central Standard Time'));
    // the fixed text is unambiguous
    assert.deepStrictEqual(runTimeRule(rule, applyEdits(text, p.fixes![0].edits)), []);
  });
});
