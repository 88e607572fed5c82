import * as assert from 'assert';
import { impossibleDateTime as rule } from '../../../src/core/rules/pm014-impossible-date-time';
import { doc, flagged, runTimeRule } from './run-time-rule';

describe('rules: PM014 impossible-date-time', () => {
  const cases: [string, string, string[]][] = [
    ['2024-02-30', doc('# X', '- Start: 2024-02-30 06:00 UTC'), ['2:2024-02-30']],
    ['2023-02-29 (not a leap year)', doc('# X', '- Start: 2023-02-29 06:00 UTC'), ['2:2023-02-29']],
    ['2024-02-29 (a leap year)', doc('# X', '- Start: 2024-02-29 06:00 UTC'), []],
    ['25:10', doc('# X', '- Start: 2024-03-01 25:10 UTC'), ['2:25:10']],
    ['10:75', doc('# X', '- End: 2024-04-11 10:75 UTC'), ['2:10:75']],
    ['20240-4-11 (a five-digit year)', doc('# X', '- Start: 20240-4-11 10:00 UTC'), ['2:20240-4-11']],
    ['April 31, 2024', doc('# X', 'The job failed on April 31, 2024 at 10:00 UTC.'), ['2:April 31, 2024']],
    ['13:30 PM', doc('# X', '- Start: 2024-03-01 13:30 PM UTC'), ['2:13:30 PM']],
    ['24:00 is the end of a day', doc('# X', '- End: 2024-03-01 24:00 UTC'), []],
    ['in a timeline entry', doc('# X', '## Timeline', '- 2024-02-30 06:00 UTC - Scheduler stops. Outage begins.'), ['3:2024-02-30']],
    ['in a table row', doc('# X', '## Timeline', '| Time | Event |', '|---|---|', '| 2024-03-01 25:10 UTC | restart |'), ['5:25:10']],
    ['an encoded query in a web address is no date', doc('# X', '- logs: https://logs.example/viewer?filter=instance%3D%22777%22%0Atimestamp%3D%222017-11-30T23%3A22%3A18Z%22 from here'), []],
    ['a date written after a web address is still read', doc('# X', 'See https://logs.example/v?x=1 from 2024-02-30.'), ['2:2024-02-30']],
    ['ratios and versions are not times', doc('# X', 'The ratio was 3:1 and we ran v2.31.4.'), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('says why the value is impossible', () => {
    const [p] = runTimeRule(rule, doc('# X', '- Start: 2024-02-30 06:00 UTC'));
    assert.strictEqual(p.message, 'Impossible date "2024-02-30": February 2024 has 29 days, not 30. Correct the date.');
    const [q] = runTimeRule(rule, doc('# X', '- Start: 2024-03-01 25:10 UTC'));
    assert.strictEqual(q.message, 'Impossible time "25:10": hour 25 does not exist (0-23). Correct the time.');
  });
});
