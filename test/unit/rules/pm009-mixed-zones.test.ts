import * as assert from 'assert';
import { mixedZones as rule } from '../../../src/core/rules/pm009-mixed-zones';
import { doc, flagged, runTimeRule } from './run-time-rule';

const head = ['# X', '## Summary', 'Replication lagged on 2024-10-03.', '', '## Timeline', ''];

describe('rules: PM009 mixed-zones', () => {
  const cases: [string, string, string[]][] = [
    ['one zone', doc(...head, '- 09:00 UTC - a', '- 09:40 UTC - b'), []],
    ['UTC then CEST then UTC', doc(...head, '- 09:00 UTC - a', '- 11:10 CEST - b', '- 09:40 UTC - c'), ['8:CEST']],
    ['PDT then UTC twice', doc(...head, '- 10:02 AM PDT - a', '- 17:10 UTC - b', '- 17:40 UTC - c'), ['8:UTC', '9:UTC']],
    ['PST and PDT are one clock (Pacific)', doc(...head, '- 1:40 AM PST - a', '- 3:05 AM PDT - b'), []],
    ['UTC, Z and GMT are one clock', doc(...head, '- 2024-10-03T09:00Z - a', '- 09:10 UTC - b', '- 09:20 GMT - c'), []],
    ['EST and Eastern Daylight Time are one clock', doc(...head, '- 9:00 AM EST - a', '- 10:00 AM Eastern Daylight Time - b'), []],
    ['a declared zone allows several', doc('# X', '', 'All times UTC unless noted.', '', '## Timeline', '', '- 09:00 UTC - a', '- 11:10 CEST - b'), []],
    ['Start and End fields in one zone still let entries mix', doc('# X', '- **Start:** 2024-10-03 09:00 UTC', '- **End:** 2024-10-03 09:40 UTC', '', '## Timeline', '', '- 09:00 UTC - a', '- 11:10 CEST - b'), ['8:CEST']],
    ['entries without a zone are not counted', doc(...head, '- 09:00 UTC - a', '- 09:10 - b'), []],
    ['numeric offsets are exact and not counted', doc(...head, '- 2024-10-03 09:00 UTC - a', '- 2024-10-03T11:10+02:00 - b'), []],
    ['ISO-8601 offsets across a DST change', doc(...head, '- 2024-03-10T01:50-08:00 - a', '- 2024-03-10T03:10-07:00 - b'), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('names the first zone and its line, and offers an ISO-8601 UTC rewrite', () => {
    const [p] = runTimeRule(rule, doc(...head, '- 09:00 UTC - a', '- 11:10 CEST - b'));
    assert.match(p.message, /^"CEST" differs from the timeline's first zone "UTC" \(line 7\) and no document zone is declared/);
    assert.deepStrictEqual(p.fixes!.map((f) => [f.title, f.edits[0].replacement, f.preferred]), [['Rewrite as 2024-10-03T09:10Z', '2024-10-03T09:10Z', false]]);
  });
});
