import * as assert from 'assert';
import { detectionBeforeStart as rule } from '../../../src/core/rules/pm013-detection-before-start';
import { doc, flagged, runTimeRule } from './run-time-rule';

const seed = (detected: string) => doc(
  '# Postmortem',
  '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.  ',
  '• Outage **end** time: Monday, September 27 at 7:27 PM Eastern Standard Time.   ',
  '## Timeline  ',
  `• When was issue detected: ${detected}  `,
);

describe('rules: PM013 detection-before-start', () => {
  const cases: [string, string, string[]][] = [
    ['the seed: "Early afternoon at 3:06 PM EST" is the start itself', seed('Early afternoon at 3:06 PM EST.'), []],
    ['the seed with EDT written for the detection: an hour before the EST start', seed('Early afternoon at 3:06 PM EDT.'), ['5:3:06 PM EDT']],
    ['the seed detected at 2:50 PM', seed('Early afternoon at 2:50 PM EST.'), ['5:2:50 PM EST']],
    ['fields after the start', doc('# X', '- Start: 2024-08-21 11:30 UTC', '- Detected: 2024-08-21 11:42 UTC'), []],
    ['fields before the start', doc('# X', '- Start: 2024-08-21 11:30 UTC', '- Detected: 2024-08-21 11:10 UTC'), ['3:2024-08-21 11:10 UTC']],
    // an alert in the timeline before the start warned early: it is not this outage's detection
    ['an alert marked before "Outage begins"', doc('# X', '## Timeline', 'All times UTC.', '- 2024-08-30 13:50 - Alert fired: disk above 90%.', '- 2024-08-30 14:00 - Writes rejected. Outage begins.'), []],
    ['an alert marked before a Start field', doc('# X', '- Start: 2024-08-30 14:00 UTC', '## Timeline', '- 2024-08-30 13:50 UTC - Alert fires: disk above 90%.'), []],
    ['front matter in another zone', doc('---', 'start: 2024-05-02T10:15Z', 'detected: 2024-05-02T12:20+02:00', '---', '# X'), []],
    ['no detection time', doc('# X', '- Start: 2024-08-21 11:30 UTC'), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  // A hedged start or detection ("~11:30", "about 11:28 UTC", a hedged delay) may be off by its hedge.
  const hedged: [string, string, string[]][] = [
    ['a hedged start 3 min after the detection: within 5 min', doc('# X', '- Start: 2024-08-21 ~11:30 UTC', '- Detected: 2024-08-21 11:27 UTC'), []],
    ['a detection "about" 4 min before the start', doc('# X', '- Start: 2024-08-21 11:30 UTC', '- Detected: 2024-08-21 about 11:26 UTC'), []],
    ['a hedged start 20 min after the detection: past 5 min', doc('# X', '- Start: 2024-08-21 ~11:30 UTC', '- Detected: 2024-08-21 11:10 UTC'), ['3:2024-08-21 11:10 UTC']],
    ['the same times exact: a finding', doc('# X', '- Start: 2024-08-21 11:30 UTC', '- Detected: 2024-08-21 11:27 UTC'), ['3:2024-08-21 11:27 UTC']],
    ['a start after a hedged delay, 10 min after the detection: within 15 min', doc('# X', '**Date:** 2024-08-21', '- Detected: 2024-08-21 14:52 UTC', '## Timeline', '- 14:02 UTC - Deploy', '- About an hour later, errors started'), []],
  ];
  for (const [title, text, expected] of hedged) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('words a finding on a hedged time as approximate', () => {
    const [p] = runTimeRule(rule, doc('# X', '- Start: 2024-08-21 ~11:30 UTC', '- Detected: 2024-08-21 11:10 UTC'));
    assert.strictEqual(p.message, 'Detection "2024-08-21 11:10 UTC" (2024-08-21T11:10Z) is about 20 min before the outage start "2024-08-21 ~11:30 UTC" (2024-08-21T11:30Z), more than the hedged time can be off (5 min): detection comes at or after the start. If an early alert fired, the outage began earlier: move the start.');
  });

  it('says by how much and what is expected', () => {
    const [p] = runTimeRule(rule, doc('# X', '- Start: 2024-08-21 11:30 UTC', '- Detected: 2024-08-21 11:10 UTC'));
    assert.match(p.message, /^Detection "2024-08-21 11:10 UTC" \(2024-08-21T11:10Z\) is 20 min before the outage start "2024-08-21 11:30 UTC" \(2024-08-21T11:30Z\): detection comes at or after the start/);
  });
});
