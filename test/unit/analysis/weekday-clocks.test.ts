// A weekday written with a clock but no date (`- 14:06 Tue - rollback`, `Monday 23:50 UTC`) names the day: the date
// with that weekday nearest the day the entries before it are on (or the document's date), not that day itself.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { runRules } from '../../../src/core/check/run-rules';

const now = Date.parse('2026-11-25T12:00:00Z');
/** A timeline in UTC in a document dated Monday 2024-03-11. */
const doc = (...entries: string[]) => ['# Storage outage', '', '**Date:** 2024-03-11', '', '## Timeline', '', 'All times UTC.', '', ...entries, ''].join('\n');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

describe('analysis: a weekday with a clock and no date', () => {
  // [entries, the instants they read as]
  const cases: [string, string[], (string | undefined)[]][] = [
    ['the next day by its weekday', ['- 22:10 Mon - errors start', '- 01:20 Tue - rolled back'], ['2024-03-11T22:10Z', '2024-03-12T01:20Z']],
    ['a weekday later in the week', ['- 22:10 - errors start', '- Wed 09:00 - postmortem review'], ['2024-03-11T22:10Z', '2024-03-13T09:00Z']],
    ['the weekday of the day itself', ['- 14:06 Mon - errors start', '- 15:00 - resolved'], ['2024-03-11T14:06Z', '2024-03-11T15:00Z']],
    ['a weekday before the day (the evening before)', ['- Sunday 22:00 - deploy', '- 09:00 - errors reported'], ['2024-03-10T22:00Z', '2024-03-11T09:00Z']],
    ['the entries after it keep its day', ['- 23:50 - errors start', '- Tue 08:00 - fix deployed', '- 09:30 - resolved'], ['2024-03-11T23:50Z', '2024-03-12T08:00Z', '2024-03-12T09:30Z']],
  ];
  for (const [what, entries, expected] of cases) {
    it(what, () => {
      const a = analyze(doc(...entries), { now });
      assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)), expected);
      // the weekday is the date's, so nothing contradicts it, and the order holds
      const findings = runRules(a, {}).map((f) => f.ruleId);
      assert.ok(!findings.includes('PM010') && !findings.includes('PM005'), findings.join(' '));
    });
  }

  it('under a date heading, an entry after the first takes the day its weekday names (a night across midnight)', () => {
    const text = ['# Storage outage', '', '## Timeline', '', 'All times UTC.', '', '### 2024-03-11', '', '- 23:50 - errors start', '- 01:20 Tue - rolled back', ''].join('\n');
    assert.deepStrictEqual(analyze(text, { now }).timeline.map((e) => iso(e.time.instant)), ['2024-03-11T23:50Z', '2024-03-12T01:20Z']);
  });

  // under `### 2024-03-11` (a Monday): [entries, the instants they read as, the weekdays PM010 reports (line:word)]
  const heading = (newestFirst: boolean, ...entries: string[]) => ['# Storage outage', '', '## Timeline', '', `All times UTC${newestFirst ? ', newest first' : ''}.`, '', '### 2024-03-11', '', ...entries, ''].join('\n');
  const headed: [string, string[], (string | undefined)[], string[]][] = [
    // a weekday of another day contradicts the heading, first or not: the heading's day, and PM010 (its fix the right weekday)
    ['a weekday before the heading\'s day, after the first entry', ['- 09:00 - deploy', '- Sunday 22:00 - errors reported'], ['2024-03-11T09:00Z', '2024-03-11T22:00Z'], ['10:Sunday']],
    ['a weekday before the heading\'s day, as the first entry', ['- Sunday 22:00 - errors reported', '- 23:00 - paged'], ['2024-03-11T22:00Z', '2024-03-11T23:00Z'], ['9:Sunday']],
    ['a weekday two days after the heading\'s', ['- 09:00 - deploy', '- Wed 10:00 - review'], ['2024-03-11T09:00Z', '2024-03-11T10:00Z'], ['10:Wed']],
    // the day after the heading's: a night crossing midnight, first or not
    ['the day after the heading\'s, after the first entry', ['- 23:50 - errors start', '- Tuesday 00:10 - rolled back', '- 00:30 - resolved'], ['2024-03-11T23:50Z', '2024-03-12T00:10Z', '2024-03-12T00:30Z'], []],
    ['the day after the heading\'s, as the first entry', ['- Tuesday 00:10 - rolled back', '- 00:30 - resolved'], ['2024-03-12T00:10Z', '2024-03-12T00:30Z'], []],
    ['the day after the heading\'s, after a rollover', ['- 23:50 - errors start', '- 00:10 - paged', '- Tue 00:30 - resolved'], ['2024-03-11T23:50Z', '2024-03-12T00:10Z', '2024-03-12T00:30Z'], []],
    // the heading's own weekday
    ['the heading\'s weekday', ['- 09:00 - deploy', '- Mon 10:00 - paged'], ['2024-03-11T09:00Z', '2024-03-11T10:00Z'], []],
  ];
  for (const [what, entries, expected, weekdays] of headed) {
    it(`under a date heading: ${what}`, () => {
      const a = analyze(heading(false, ...entries), { now });
      assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)), expected);
      const lines = heading(false, ...entries).split('\n');
      const pm010 = runRules(a, {}).filter((f) => f.ruleId === 'PM010');
      assert.deepStrictEqual(pm010.map((f) => `${f.range.start.line}:${lines[f.range.start.line - 1].slice(f.range.start.column - 1, f.range.end.column - 1)}`), weekdays);
      assert.deepStrictEqual(pm010.map((f) => f.fixes?.[0]?.edits[0].replacement), weekdays.map((w) => (w.endsWith('Wed') ? 'Mon' : 'Monday')));
    });
  }

  it('under a date heading read newest first, the day before the heading\'s is a night crossing midnight too', () => {
    const a = analyze(heading(true, '- 01:00 - resolved', '- 00:10 - rolled back', '- Sunday 23:50 - errors start'), { now });
    assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)), ['2024-03-11T01:00Z', '2024-03-11T00:10Z', '2024-03-10T23:50Z']);
    assert.deepStrictEqual(runRules(a, {}).filter((f) => f.ruleId === 'PM010' || f.ruleId === 'PM005'), []);
  });

  it('says which day the weekday named', () => {
    const a = analyze(doc('- 22:10 Mon - errors start', '- 01:20 Tue - rolled back'), { now });
    assert.ok(a.timeline[1].time.assumptions.some((s) => /March 12, 2024: the Tuesday nearest March 11, 2024/.test(s)), a.timeline[1].time.assumptions.join(' | '));
  });
});
