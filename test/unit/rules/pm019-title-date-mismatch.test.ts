import * as assert from 'assert';
import { titleDateMismatch as rule } from '../../../src/core/rules/pm019-title-date-mismatch';
import { doc, flagged, runTimeRule } from './run-time-rule';

const times = ['- **Start:** 2024-03-12 14:02 UTC', '- **End:** 2024-03-12 15:10 UTC'];

describe('rules: PM019 title-date-mismatch', () => {
  const cases: [string, string, string[]][] = [
    ['an ISO date days after the outage', doc('# 2024-03-21: Checkout requests failing', ...times), ['1:2024-03-21']],
    ['a long date in another month', doc('# Checkout outage of April 12, 2024', ...times), ['1:April 12, 2024']],
    ['a date in another year', doc('# Incident report 2023-03-12', ...times), ['1:2023-03-12']],
    ['front matter title', doc('---', 'title: "Update on the October 15, 2018 incident"', '---', '# Update', '- Start: 2018-10-25 20:17 UTC'), ['2:October 15, 2018']],
    // right: the day, the next day (zones), a day within a long outage, one of several dates
    ['the outage day', doc('# 2024-03-12: Checkout requests failing', ...times), []],
    ['the UTC day after a late Pacific start', doc('# 2024-03-13 checkout outage', '- Start: March 12, 2024 10:30 PM PDT', '- End: March 12, 2024 11:40 PM PDT'), []],
    ['a day inside a three-day outage', doc('# 2024-03-14 storage degradation', '- Start: 2024-03-12 14:02 UTC', '- End: 2024-03-15 09:00 UTC'), []],
    ['the review date next to the outage date', doc('# Review of the 2024-03-12 outage, 2024-03-20', ...times), []],
    // nothing to compare
    ['no date in the title', doc('# Checkout requests failing', ...times), []],
    ['a month alone', doc('# March 2023 checkout outage', ...times), []],
    ['no start', doc('# 2024-03-21: Checkout requests failing', '## Summary', 'Checkout failed.'), []],
    ['a version, not a date', doc('# Release 2024.3.21 broke checkout', ...times), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('says what the outage\'s days are, and offers the start\'s date for an ISO title date', () => {
    const [p] = runTimeRule(rule, doc('# 2024-03-21: Checkout requests failing', ...times));
    assert.strictEqual(p.message, 'The title\'s date "2024-03-21" is not a day of the outage, which started "2024-03-12 14:02 UTC" (2024-03-12T14:02Z): correct the title or the times.');
    assert.deepStrictEqual(p.fixes?.[0].edits, [{ range: { start: { line: 1, column: 3 }, end: { line: 1, column: 13 } }, replacement: '2024-03-12' }]);
    const [long] = runTimeRule(rule, doc('# Checkout outage of April 12, 2024', '- **Start:** 2024-03-12 14:02 UTC', '- **End:** 2024-03-14 01:00 UTC'));
    assert.match(long.message, /started "2024-03-12 14:02 UTC" \(2024-03-12T14:02Z\) and ended "2024-03-14 01:00 UTC"/);
    assert.strictEqual(long.fixes, undefined);
  });
});
