import * as assert from 'assert';
import { timelineWithoutZone as rule } from '../../../src/core/rules/pm008-timeline-without-zone';
import { obviousFix } from '../../../src/extension/codeActions/fixAll';
import { applyEdits } from './run-rule';
import { doc, flagged, runTimeRule } from './run-time-rule';

const summary = ['# X', '', '## Summary', '', 'The dashboard was blank on 2024-02-02.', ''];

describe('rules: PM008 timeline-without-zone', () => {
  const cases: [string, string, string[]][] = [
    ['no zone anywhere', doc(...summary, '## Timeline', '', '- 08:10 - Proxy restarted', '- 08:35 - Fixed'), ['9:08:10']],
    ['a zone on each entry', doc(...summary, '## Timeline', '', '- 08:10 UTC - Proxy restarted', '- 08:35 UTC - Fixed'), []],
    ['a zone on the first entry only', doc(...summary, '## Timeline', '', '- 08:10 PST - Proxy restarted', '- 08:35 - Fixed'), []],
    ['"All times UTC" after the heading', doc(...summary, '## Timeline', '', 'All times UTC.', '', '- 08:10 - Proxy restarted'), []],
    ['a "## Timeline (UTC)" heading', doc(...summary, '## Timeline (UTC)', '', '- 08:10 - Proxy restarted'), []],
    ['a "Time (UTC)" table header (Google SRE)', doc(...summary, '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 08:10 | Proxy restarted |'), []],
    ['a table with no zone', doc(...summary, '## Timeline', '', '| Time | Event |', '|---|---|', '| 08:10 | Proxy restarted |', '| 08:35 | Fixed |'), ['11:08:10']],
    ['front matter timezone', doc('---', 'timezone: Europe/Berlin', '---', ...summary, '## Timeline', '', '- 08:10 - Proxy restarted'), []],
    ['GitLab ### date headings with no zone', doc(...summary, '## Timeline', '', '### 2024-02-02', '', '- 08:10 - Proxy restarted'), ['11:08:10']],
    ['only unknown times', doc(...summary, '## Timeline', '', '- ??:?? - Proxy restarted'), []],
    ['no timeline', doc(...summary), []],
    // Start and End fields that all name one zone: the timeline's bare times are read in it
    ['Start and End fields in one zone', doc('# X', '', '- **Start:** 2024-02-02 08:10 PST', '- **End:** 2024-02-02 08:35 PST', '', '## Timeline', '', '- 08:10 - Proxy restarted'), []],
    ['Start and End fields in two zones', doc('# X', '', '- **Start:** 2024-02-02 08:10 PST', '- **End:** 2024-02-02 16:35 UTC', '', '## Timeline', '', '- 08:10 - Proxy restarted'), ['8:08:10']],
    ['a Start field with no zone', doc('# X', '', '- **Start:** 2024-02-02 08:10', '', '## Timeline', '', '- 08:10 - Proxy restarted'), ['7:08:10']],
    // a day has no zone to write: only entries with a clock need one
    ['date-only entries and one clock with its zone', doc(...summary, '## Timeline', '', '- 2021-08-17: A bounty report arrives.', '- 2021-08-24: The fix ships in v1.10.8.', '- 2021-08-27 12:50 UTC: The split block is mined.'), []],
    ['date-only entries alone', doc(...summary, '## Timeline', '', '- 2021-08-17: A bounty report arrives.', '- 2021-08-24: The fix ships in v1.10.8.'), []],
    ['date-only entries and a clock with no zone', doc(...summary, '## Timeline', '', '- 2021-08-17: A bounty report arrives.', '- 2021-08-27 12:50: The split block is mined.'), ['10:2021-08-27 12:50']],
    // offsets from a zero point: no clock of their own, the zone of the zero point's
    ['offsets with no zero point', doc(...summary, '## Timeline', '', '**T+0:15** - Decided to add vmbr1', '**T+0:26** - INCIDENT START'), []],
    ['offsets anchored at a clock with its zone', doc(...summary, '## Timeline', '', '- T+0: Primary killed (14:00 UTC)', '- T+3m: Alert fired'), []],
    ['offsets anchored at a clock with no zone', doc(...summary, '## Timeline', '', '- T+0: Primary killed (14:00)', '- T+3m: Alert fired'), ['9:T+0']],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('is quiet when a default time zone is configured', () => {
    assert.deepStrictEqual(flagged(rule, doc(...summary, '## Timeline', '', '- 08:10 - Proxy restarted'), { defaultTimeZone: 'America/Chicago' }), []);
  });

  it('offers to declare UTC after the Timeline heading, not preferred, and the declaration silences it', () => {
    const text = doc(...summary, '## Timeline', '', '- 08:10 - Proxy restarted', '- 08:35 - Fixed');
    const [p] = runTimeRule(rule, text);
    assert.match(p.message, /^The timeline's times have no zone and the document declares none, so "08:10" is read as UTC/);
    const fix = p.fixes![0];
    assert.strictEqual(fix.preferred, false);
    assert.strictEqual(obviousFix({ ruleId: rule.id, ruleName: rule.name, severity: 'warning', ...p }), undefined, '"fix all" must not declare UTC');
    const fixed = applyEdits(text, fix.edits);
    assert.strictEqual(fixed, doc(...summary, '## Timeline', '', 'All times UTC.', '', '- 08:10 - Proxy restarted', '- 08:35 - Fixed'));
    assert.deepStrictEqual(runTimeRule(rule, fixed), []);
    const tight = doc(...summary, '## Timeline', '- 08:10 - Proxy restarted');
    assert.strictEqual(applyEdits(tight, runTimeRule(rule, tight)[0].fixes![0].edits), doc(...summary, '## Timeline', '', 'All times UTC.', '', '- 08:10 - Proxy restarted'));
  });
});
