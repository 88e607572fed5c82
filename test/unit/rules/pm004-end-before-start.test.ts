import * as assert from 'assert';
import { endBeforeStart as rule } from '../../../src/core/rules/pm004-end-before-start';
import { doc, flagged, runTimeRule } from './run-time-rule';

describe('rules: PM004 end-before-start', () => {
  const cases: [string, string, string[]][] = [
    ['end after start', doc('# X', '- Start: 2024-03-12 14:02 UTC', '- End: 2024-03-12 14:49 UTC'), []],
    ['end before start', doc('# X', '- Start: 2024-03-12 14:02 UTC', '- End: 2024-03-12 13:40 UTC'), ['3:2024-03-12 13:40 UTC']],
    ['AM written for PM', doc('# X', '- Start: March 12, 2024 1:15 PM PDT', '- End: March 12, 2024 1:50 AM PDT'), ['3:March 12, 2024 1:50 AM PDT']],
    ['the end a day before', doc('# X', '- Start: 2024-11-05 23:10 UTC', '- End: 2024-11-04 23:50 UTC'), ['3:2024-11-04 23:50 UTC']],
    ['an undated end after midnight is the next day', doc('# X', '- Start: 2024-06-01 23:30 UTC', '- End: 00:15 UTC'), []],
    ['zones converted: 09:30 CEST is 07:30 UTC, before an 08:00 UTC end', doc('# X', '- Start: 2024-07-01 09:30 CEST', '- End: 2024-07-01 08:00 UTC'), []],
    ['zones converted: an end that is earlier in UTC', doc('# X', '- Start: 2024-07-01 09:30 UTC', '- End: 2024-07-01 10:00 CEST'), ['3:2024-07-01 10:00 CEST']],
    ['across the fall-back change (50 minutes, not minus 10)', doc('# X', '- Start: November 7, 2021 1:20 AM EDT', '- End: November 7, 2021 1:10 AM EST'), []],
    ['front matter', doc('---', 'start: 2024-11-05T02:15:00Z', 'end: 2024-11-04T22:40:00Z', '---', '# X'), ['3:2024-11-04T22:40:00Z']],
    ['timeline markers', doc('# X', '## Timeline', 'All times UTC.', '- 2024-03-12 14:02 - Resolved', '- 2024-03-12 14:49 - Outage begins'), ['4:2024-03-12 14:02']],
    ['an unknown end', doc('# X', '- Start: 2024-03-12 14:02 UTC', '- End: ??:??'), []],
    // offsets with no clock for their zero point: compared by their offsets
    ['offsets, the end marked before the start', doc('# X', '## Timeline', '**T+0:10** - **INCIDENT END:** rebuilt', '**T+0:26** - **INCIDENT START:** SSH times out'), ['3:T+0:10']],
    ['offsets, the end after the start', doc('# X', '## Timeline', '**T+0:26** - **INCIDENT START:** SSH times out', '**T+9:00** - **INCIDENT END:** rebuilt'), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  // A hedged delay ("About an hour later") may be off by a quarter of it: an end before the start by no more than that
  // says nothing; by more, the finding says it is approximate.
  const tl = (...lines: string[]) => doc('# X', ...lines.filter((l) => l.startsWith('- **')), '## Timeline', ...lines.filter((l) => !l.startsWith('- **')));
  const hedged: [string, string, string[]][] = [
    ['a hedged end 8 min before the start: within the hedge (15 min)', tl('- **Start:** 2024-03-12 15:10 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- About an hour later, service restored'), []],
    ['a hedged end 28 min before the start: past the hedge', tl('- **Start:** 2024-03-12 15:30 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- About an hour later, service restored'), ['5:About an hour later']],
    ['an exact delay is held to the minute', tl('- **Start:** 2024-03-12 15:10 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- An hour later, service restored'), ['5:An hour later']],
    ['a chain after a hedged delay keeps its hedge', tl('- **Start:** 2024-03-12 15:20 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- About an hour later, rollback complete', '- 10 minutes later, service restored'), []],
    ['a tilde hedges too: 2 min before, within 5 min', tl('- **Start:** 2024-03-12 14:24 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- ~20 minutes later, service restored'), []],
    ['a hedged start 3 min after the end: within 5 min', tl('- **End:** 2024-03-12 14:17 UTC', '- 2024-03-12 14:00 UTC - Deploy', '- About 20 minutes later, error rate starts climbing'), []],
    ['a hedged start 10 min after the end: past 5 min', tl('- **End:** 2024-03-12 14:10 UTC', '- 2024-03-12 14:00 UTC - Deploy', '- About 20 minutes later, error rate starts climbing'), ['2:2024-03-12 14:10 UTC']],
  ];
  for (const [title, text, expected] of hedged) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  // A hedged clock ("~14:05", "about 15:10 UTC", "15:10-ish") may be off by 5 minutes (a bare hour, "around 3 PM", by 15).
  const hedgedClocks: [string, string, string[]][] = [
    ['a hedged start 3 min after the end: within 5 min', doc('# X', '- Start: 2024-03-12 ~15:13 UTC', '- End: 2024-03-12 15:10 UTC'), []],
    ['an end written "about" 4 min before the start', doc('# X', '- Start: 2024-03-12 15:14 UTC', '- End: 2024-03-12 about 15:10 UTC'), []],
    ['both hedged, 9 min apart: within 10 min', doc('# X', '- Start: 2024-03-12 ~15:19 UTC', '- End: 2024-03-12 15:10-ish UTC'), []],
    ['a hedged start 20 min after the end: past 5 min', doc('# X', '- Start: 2024-03-12 ~15:30 UTC', '- End: 2024-03-12 15:10 UTC'), ['3:2024-03-12 15:10 UTC']],
    ['a hedged bare hour may be off by 15 min', doc('# X', '- Start: 2024-03-12 around 3 PM UTC', '- End: 2024-03-12 2:50 PM UTC'), []],
    ['the same times exact: a finding', doc('# X', '- Start: 2024-03-12 15:13 UTC', '- End: 2024-03-12 15:10 UTC'), ['3:2024-03-12 15:10 UTC']],
    ['a timeline end marked on a hedged clock', tl('- **Start:** 2024-03-12 14:33 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- ~14:30 UTC - service restored'), []],
  ];
  for (const [title, text, expected] of hedgedClocks) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('words a finding on a hedged clock as approximate', () => {
    const [p] = runTimeRule(rule, doc('# X', '- Start: 2024-03-12 ~15:30 UTC', '- End: 2024-03-12 15:10 UTC'));
    assert.strictEqual(p.message, 'The end "2024-03-12 15:10 UTC" (2024-03-12T15:10Z) is about 20 min before the start "2024-03-12 ~15:30 UTC" (2024-03-12T15:30Z), more than the hedged time can be off (5 min): the end must come after the start. Check the date, AM/PM and zone of both.');
  });

  it('words a finding on a hedged time as approximate', () => {
    const [p] = runTimeRule(rule, tl('- **Start:** 2024-03-12 15:30 UTC', '- 2024-03-12 14:02 UTC - Deploy', '- About an hour later, service restored'));
    assert.strictEqual(p.message, 'The end "About an hour later" (about 1 h after line 4: 2024-03-12T15:02Z) is about 28 min before the start "2024-03-12 15:30 UTC" (2024-03-12T15:30Z), more than the hedged delay can be off (15 min): the end must come after the start. Check the delay, and the date, AM/PM and zone of both.');
  });

  it('says by how much and what is expected', () => {
    const [p] = runTimeRule(rule, doc('# X', '- Start: 2024-03-12 14:02 UTC', '- End: 2024-03-12 13:40 UTC'));
    assert.strictEqual(p.message, 'The end "2024-03-12 13:40 UTC" (2024-03-12T13:40Z) is 22 min before the start "2024-03-12 14:02 UTC" (2024-03-12T14:02Z): the end must come after the start. Check the date, AM/PM and zone of both.');
  });
});
