import * as assert from 'assert';
import { durationMismatch as rule, inStyleOf, tolerance } from '../../../src/core/rules/pm012-duration-mismatch';
import { applyEdits } from './run-rule';
import { doc, flagged, runTimeRule } from './run-time-rule';

const span = (start: string, end: string, duration: string) => doc('# X', `- **Start:** ${start}`, `- **End:** ${end}`, `- **Duration:** ${duration}`);

describe('rules: PM012 duration-mismatch', () => {
  const cases: [string, string, string[]][] = [
    ['45 minutes for 75', span('2024-04-18 16:00 UTC', '2024-04-18 17:15 UTC', '45 minutes'), ['4:45 minutes']],
    ['3 hours for 4 h 10 min', span('2024-09-03 08:00 UTC', '2024-09-03 12:10 UTC', '3 hours'), ['4:3 hours']],
    ['4 hours for 4 h 10 min (rounded to the hour)', span('2024-09-03 08:00 UTC', '2024-09-03 12:10 UTC', '4 hours'), []],
    ['3 h 35 min (CI example)', span('2024-11-04 22:40 UTC', '2024-11-05 02:15 UTC', '3 h 35 min'), []],
    ['4.5 hours for 4 h 21 min', span('2021-09-27 15:06 EDT', '2021-09-27 19:27 EDT', '4.5 hours'), ['4:4.5 hours']],
    ['about 4.5 hours for 4 h 27 min', span('2021-09-27 15:06 EDT', '2021-09-27 19:33 EDT', 'about 4.5 hours'), []],
    ['across spring forward: 45 minutes', span('March 9, 2025 1:40 AM PST', 'March 9, 2025 3:25 AM PDT', '45 minutes'), []],
    ['across spring forward: 1 h 45 min read off the wall clock', span('March 9, 2025 1:40 AM PST', 'March 9, 2025 3:25 AM PDT', '1 hour 45 minutes'), ['4:1 hour 45 minutes']],
    ['across fall back: 50 minutes', span('November 7, 2021 1:20 AM EDT', 'November 7, 2021 1:10 AM EST', '50 minutes'), []],
    ['4h21m for 261 minutes', span('2021-09-27 15:06 EDT', '2021-09-27 19:27 EDT', '4h21m'), []],
    ['1 day for 26 hours', span('2024-01-01 10:00 UTC', '2024-01-02 12:00 UTC', '1 day'), []],
    ['2 days for 26 hours', span('2024-01-01 10:00 UTC', '2024-01-02 12:00 UTC', '2 days'), ['4:2 days']],
    ['a duration that is not a number', span('2024-01-01 10:00 UTC', '2024-01-01 12:00 UTC', 'ongoing'), []],
    ['no end: nothing to compare', doc('# X', '- **Start:** 2024-01-01 10:00 UTC', '- **Duration:** 5 minutes'), []],
    // a field stating several durations: one that agrees is the outage's; none that agrees reports the first
    ['7 days degraded + ~1h 12m outage for 72 minutes', span('2026-04-12 09:27 UTC', '2026-04-12 10:39 UTC', '7 days degraded (2/3 nodes) + ~1h 12m complete outage'), []],
    ['45 minutes of errors, 3 hours degraded for 3 h 5 min', span('2024-04-18 16:00 UTC', '2024-04-18 19:05 UTC', '45 minutes of errors, 3 hours degraded'), []],
    ['7 days degraded + 2h outage for 72 minutes', span('2026-04-12 09:27 UTC', '2026-04-12 10:39 UTC', '7 days degraded + 2h outage'), ['4:7 days']],
    // an end timed by a delay after the entry before: exact when the delay is, not held to the minute when it is hedged
    ['45 minutes for an end an hour after the start', doc('# X', '**Date:** 2024-04-18', '- **Duration:** 45 minutes', '## Timeline', '- 16:00 UTC - Outage begins', '- An hour later, service restored'), ['3:45 minutes']],
    ['45 minutes for an end about an hour after the start', doc('# X', '**Date:** 2024-04-18', '- **Duration:** 45 minutes', '## Timeline', '- 16:00 UTC - Outage begins', '- About an hour later, service restored'), []],
    // a hedged clock may be off by 5 minutes (a bare hour by 15): the duration by both ends' hedges together, added to
    // the stated duration's own precision (doubled when it is hedged too)
    ['~45 minutes for ~14:05 to ~14:55: within 2 + 10 min', span('2024-04-18 ~14:05 UTC', '2024-04-18 ~14:55 UTC', '~45 minutes'), []],
    ['45 minutes for ~14:05 to 14:55: within 1 + 5 min', span('2024-04-18 ~14:05 UTC', '2024-04-18 14:55 UTC', '45 minutes'), []],
    ['about 1 hour for about 14:05 to 15:10-ish', span('2024-04-18 about 14:05 UTC', '2024-04-18 15:10-ish UTC', 'about 1 hour'), []],
    // a hedged duration in minutes is off by up to 5 minutes: "about 45 minutes" is rounded to the nearest five
    ['about 45 minutes for 50', span('2024-04-18 16:00 UTC', '2024-04-18 16:50 UTC', 'about 45 minutes'), []],
    ['~45 minutes for 40', span('2024-04-18 16:00 UTC', '2024-04-18 16:40 UTC', '~45 minutes'), []],
    ['~45 minutes for 51', span('2024-04-18 16:00 UTC', '2024-04-18 16:51 UTC', '~45 minutes'), ['4:45 minutes']],
    ['45 minutes for 50', span('2024-04-18 16:00 UTC', '2024-04-18 16:50 UTC', '45 minutes'), ['4:45 minutes']],
    ['~45 minutes for ~14:05 to ~15:10: past 2 + 10 min', span('2024-04-18 ~14:05 UTC', '2024-04-18 ~15:10 UTC', '~45 minutes'), ['4:45 minutes']],
    ['45 minutes for 14:05 to 14:55, exact: held to its minute', span('2024-04-18 14:05 UTC', '2024-04-18 14:55 UTC', '45 minutes'), ['4:45 minutes']],
    ['45 minutes for around 2 PM to 2:55 PM: a bare hour, within 1 + 15 min', span('2024-04-18 around 2 PM UTC', '2024-04-18 2:55 PM UTC', '45 minutes'), []],
    ['a timeline start on a hedged clock', doc('# X', '**Date:** 2024-04-18', '- **Duration:** 45 minutes', '## Timeline', '- ~16:10 UTC - Outage begins', '- 17:00 UTC - service restored'), []],
    ['a later hedged duration keeps its hedge', span('2024-04-18 16:00 UTC', '2024-04-18 17:34 UTC', '5 days of noise, about 1.5 hours down'), []],
    ['a later duration without its hedge is held to its precision', span('2024-04-18 16:00 UTC', '2024-04-18 17:34 UTC', '5 days of noise, 1.5 hours down'), ['4:5 days']],
    // a duration that says it counts from the detection measures another span than start to end
    ['~15 minutes (discovery to resolution) for 11', span('2025-01-24 19:17 UTC', '2025-01-24 19:28 UTC', '~15 minutes (discovery to resolution)'), []],
    ['~2 hours (discovery to permanent fix) for 45', span('2025-01-21 21:15 UTC', '2025-01-21 22:00 UTC', '~2 hours (discovery to permanent fix)'), []],
    ['30 minutes from detection to recovery for 50', span('2026-01-05 02:10 UTC', '2026-01-05 03:00 UTC', '30 minutes from detection to recovery'), []],
    ['~30 minutes (time from first alert until mitigation) for 50', span('2026-01-05 02:10 UTC', '2026-01-05 03:00 UTC', '~30 minutes (time from first alert until mitigation)'), []],
    ['a parenthetical naming the outage still compares', span('2025-01-19 08:00 UTC', '2025-01-19 16:34 UTC', '~3 hours (incident + recovery attempts)'), ['4:3 hours']],
    ['a window from start to resolution still compares', span('2025-01-21 21:15 UTC', '2025-01-21 22:00 UTC', '2 hours (start to resolution)'), ['4:2 hours']],
    ['detection named after the duration, not as its span, still compares', span('2025-01-21 21:15 UTC', '2025-01-21 22:00 UTC', '2 hours, detection took 5 minutes'), ['4:2 hours']],
    // a report of two incidents states each one's duration under its heading: one agrees, the other is the other incident's
    ['two incidents, the first agrees', doc('# X', '## Incident 2', '- **Start:** 2025-08-18 23:15 UTC', '- **End:** 2025-08-19 02:43 UTC', '- **Duration:** 3 hours 28 minutes',
      '## Incident 1', '### Overview', '- **Duration:** 2 hours 30 minutes'), []],
    ['two durations under one heading: the wrong one is still reported', doc('# X', '## Overview', '- **Start:** 2025-08-18 23:15 UTC', '- **End:** 2025-08-19 02:43 UTC',
      '- **Duration:** 3 hours 28 minutes', '- **Duration:** 2 hours 30 minutes'), ['6:2 hours 30 minutes']],
    ['two incidents, neither agrees: both reported', doc('# X', '## Incident 2', '- **Start:** 2025-08-18 23:15 UTC', '- **End:** 2025-08-19 02:43 UTC', '- **Duration:** 5 hours',
      '## Incident 1', '- **Duration:** 2 hours 30 minutes'), ['5:5 hours', '7:2 hours 30 minutes']],
    // incident tools count their Duration from the start to the resolution: one that agrees with it is that span
    ['incident.io export: 1h 49m from impact start to resolution, end earlier', doc('# X', '| | |', '|---|---|', '| **Impact started at** | 12 March 2024 13:58 GMT |',
      '| **Resolved at** | 12 March 2024 15:47 GMT |', '| **Duration** | 1h 49m |', '## Timeline', '- 15:20 GMT - error rate back to baseline'), []],
    ['start to resolution as fields: 2 hours for 14:00 to 16:00, end 15:10', doc('# X', '- **Start:** 2024-04-18 14:00 UTC', '- **End:** 2024-04-18 15:10 UTC',
      '- **Resolved:** 2024-04-18 16:00 UTC', '- **Duration:** 2 hours'), []],
    ['neither start to end nor start to resolution: reported against the end', doc('# X', '- **Start:** 2024-04-18 14:00 UTC', '- **End:** 2024-04-18 15:10 UTC',
      '- **Resolved:** 2024-04-18 16:00 UTC', '- **Duration:** 3 hours'), ['5:3 hours']],
    ['start to mitigation is not the outage: still reported', doc('# X', '- **Start:** 2024-04-18 14:00 UTC', '- **Mitigated:** 2024-04-18 14:30 UTC',
      '- **End:** 2024-04-18 15:10 UTC', '- **Duration:** 30 minutes'), ['5:30 minutes']],
    // the window in parentheses after the duration is the start and end when nothing else states them
    ...(([
      ['Durée : 3h (14h-16h)', ['4:3h']],
      ['Durée : 2h (14h-16h)', []],
      ['Durée : 3 heures (14h à 16h)', ['4:3 heures']],
      ['Duration: 3 hours (14:00-16:00 UTC)', ['4:3 hours']],
      ['Duration: 2 hours (14:00-16:00 UTC)', []],
      ['Dauer: 3 Std. (14:00–16:00)', ['4:3 Std.']],
      ['Dauer: 2 Std. (14:00–16:00)', []],
      ['Dauer: 2,5 Stunden (14:00–16:00)', ['4:2,5 Stunden']],
      ['Duración: 3 horas (14:00-16:00)', ['4:3 horas']],
      ['Duración: 2 horas (14:00-16:00)', []],
      ['Duration: 3 hours (2-4 PM)', ['4:3 hours']],
      ['Duration: 2 hours (2–4 pm)', []],
      ['Dauer: 3 Stunden (14–16 Uhr)', ['4:3 Stunden']],
      ['Dauer: 2 Stunden (14–16 Uhr)', []],
    ] as [string, string[]][]).map(([value, expected]): [string, string, string[]] =>
      [`window in parentheses: ${value}`, doc('# X', '**Date:** 2024-03-12', 'All times UTC.', `- ${value}`), expected])),
    // durations the summary's sentences state for the outage are held to the start and end too (75 minutes here)
    ...(([
      ['the outage lasted 45 minutes', ['## Summary', 'The outage lasted 45 minutes.'], ['5:45 minutes']],
      ['the outage lasted 1 hour and 15 minutes', ['## Summary', 'The outage lasted 1 hour and 15 minutes.'], []],
      ['the incident, which lasted about 70 minutes (hedged: within 5)', ['## Summary', 'The incident, which lasted about 70 minutes, hit checkout.'], []],
      ['a total downtime of 2 hours', ['## Impact', 'Customers saw a total downtime of 2 hours.'], ['5:2 hours']],
      ['complete outage of 8 hours, in a list', ['## Impact', '- Complete outage of 8 hours until read-only mode'], ['5:8 hours']],
      ['total downtime was 90 minutes, second sentence', ['## Summary', 'Checkout failed. Total downtime was 90 minutes.'], ['5:90 minutes']],
      ['in the lead paragraph', ['The outage lasted 45 minutes.', '## Timeline'], ['4:45 minutes']],
      ['the rollback took 5 minutes: not the outage', ['## Summary', 'The rollback took 5 minutes.'], []],
      ['a deploy lasting 20 minutes: not the outage', ['## Summary', 'A deploy lasting 20 minutes changed the pool size.'], []],
      ['a previous incident lasted 24 hours', ['## Summary', 'A previous incident lasted 24 hours.'], []],
      ['would have lasted: a hypothetical', ['## Summary', 'Without the failover the outage would have lasted 6 hours.'], []],
      ['usually, then the outage: each sentence alone', ['## Summary', 'Deploys usually take 45 minutes; the outage lasted 1 hour 15 minutes.'], []],
      ['outside the summary: not read', ['## Root cause', 'The outage lasted 45 minutes.'], []],
      ['a Duration field in the summary is checked once, as the field', ['## Summary', '- **Duration:** the outage lasted 45 minutes'], ['5:45 minutes']],
      ['a heading that states it', ['## 2024-04-18 16:00 UTC (lasting 45 minutes)', 'Checkout failed.'], ['4:45 minutes']],
      ['two headings that state one each: two incidents', ['## 2024-04-18 16:00 UTC (lasting 45 minutes)', 'Checkout failed.', '## 2024-04-20 09:00 UTC (lasting 2 hours)', 'Search failed.'], []],
    ] as [string, string[], string[]][]).map(([title, lines, expected]): [string, string, string[]] =>
      [`prose: ${title}`, doc('# X', '- **Start:** 2024-04-18 16:00 UTC', '- **End:** 2024-04-18 17:15 UTC', ...lines), expected])),
    // a template's headings with their values on the line under them
    ['headings over their values', doc('# X', '### Start Date/Time', '', '2024-03-12 14:02 UTC', '', '### End Date/Time', '', '2024-03-12 15:10 UTC', '', '### Duration', '', '45 minutes'), ['12:45 minutes']],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('says how far hedged clocks may put the start and end off', () => {
    const [p] = runTimeRule(rule, span('2024-04-18 ~14:05 UTC', '2024-04-18 ~15:10 UTC', '~45 minutes'));
    assert.strictEqual(p.message, 'The stated duration "~45 minutes" contradicts the start and end, which are about 1 h 5 min apart (65 minutes; the hedged times may be off by 10 min): write "1 hour 5 minutes", or correct the start or end.');
  });

  it('replaces exactly the duration with the computed one, in the author\'s style (preferred)', () => {
    const text = span('2024-04-18 16:00 UTC', '2024-04-18 17:15 UTC', 'about 45 minutes of errors');
    const [p] = runTimeRule(rule, text);
    assert.strictEqual(p.message, 'The stated duration "about 45 minutes" contradicts the start and end, which are 1 h 15 min apart (75 minutes): write "1 hour 15 minutes", or correct the start or end.');
    assert.strictEqual(p.fixes![0].preferred, true);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), span('2024-04-18 16:00 UTC', '2024-04-18 17:15 UTC', 'about 1 hour 15 minutes of errors'));
  });

  it('replaces a duration a sentence states in the author\'s style', () => {
    const text = doc('# X', '- **Start:** 2024-04-18 16:00 UTC', '- **End:** 2024-04-18 17:15 UTC', '## Summary', 'The outage lasted about 45 minutes.');
    const [p, ...more] = runTimeRule(rule, text);
    assert.strictEqual(more.length, 0);
    assert.strictEqual(p.message, 'The stated duration "about 45 minutes" contradicts the start and end, which are 1 h 15 min apart (75 minutes): write "1 hour 15 minutes", or correct the start or end.');
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', '- **Start:** 2024-04-18 16:00 UTC', '- **End:** 2024-04-18 17:15 UTC', '## Summary', 'The outage lasted about 1 hour 15 minutes.'));
  });

  // the message quotes the duration as written, hedge and all; the fix replaces the amount alone, as before
  const hedges: [string, string, string, string][] = [
    ['~45 minutes', '~45 minutes', '45 minutes', '~1 hour 15 minutes'],
    ['≈ 45 minutes', '≈ 45 minutes', '45 minutes', '≈ 1 hour 15 minutes'],
    ['about 45 minutes', 'about 45 minutes', '45 minutes', 'about 1 hour 15 minutes'],
    ['Approximately 45 min', 'Approximately 45 min', '45 min', 'Approximately 1 h 15 min'],
    ['roughly 45m of errors', 'roughly 45m', '45m', 'roughly 1h 15m of errors'],
    ['just over 45 minutes', 'just over 45 minutes', '45 minutes', 'just over 1 hour 15 minutes'],
    ['45 minutes', '45 minutes', '45 minutes', '1 hour 15 minutes'],
    // a hedge word after the duration hedges nothing
    ['45 minutes, about', '45 minutes', '45 minutes', '1 hour 15 minutes, about'],
  ];
  for (const [written, quoted, replaced, fixed] of hedges) {
    it(`quotes "${written}" as "${quoted}" and replaces "${replaced}"`, () => {
      const text = span('2024-04-18 16:00 UTC', '2024-04-18 17:15 UTC', written);
      const [p, ...more] = runTimeRule(rule, text);
      assert.strictEqual(more.length, 0);
      assert.strictEqual(p.message.split(': write')[0], `The stated duration "${quoted}" contradicts the start and end, which are 1 h 15 min apart (75 minutes)`);
      assert.strictEqual(p.fixes![0].title.split(' with ')[0], `Replace "${replaced}"`);
      assert.strictEqual(applyEdits(text, p.fixes![0].edits), span('2024-04-18 16:00 UTC', '2024-04-18 17:15 UTC', fixed));
    });
  }

  it('reads the precision a duration is written in', () => {
    assert.deepStrictEqual(['3 hours', '4.5 hours', '47 minutes', '2 days', '4h 21m', '90 sec'].map(tolerance), [30, 3, 1, 720, 1, 1]);
  });

  it('writes durations like the author', () => {
    assert.deepStrictEqual([inStyleOf('45 minutes', 75), inStyleOf('3h', 250), inStyleOf('3 h 35 min', 261), inStyleOf('2 days', 1500), inStyleOf('1 hour', 60)],
      ['1 hour 15 minutes', '4h 10m', '4 h 21 min', '1 day 1 hour', '1 hour']);
  });
});
