import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis';

// built to out/test/unit/analysis/
const styles = path.resolve(__dirname, '../../../../test/fixtures/documents/styles');

const now = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

/** The milestones and metrics of a document: `[start, detected, mitigated, resolved, end, TTD, TTM, TTR, duration]`. */
function milestones(text: string): (string | number | null | undefined)[] {
  const m = analyze(text, { now }).metrics;
  return [iso(m.start?.time.instant), iso(m.detected?.time.instant), iso(m.mitigated?.time.instant), iso(m.resolved?.time.instant), iso(m.end?.time.instant),
    m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes, m.durationMinutes];
}

/** A status page's history as its page prints it, newest first: each update, then its date and time on the line below. */
const HISTORY = [
  '**Resolved** - This incident has been resolved.', 'Mar 12, 14:58 UTC', '',
  '**Monitoring** - A fix has been implemented and we are monitoring the results.', 'Mar 12, 14:31 UTC', '',
  '**Identified** - The issue has been identified and a fix is being implemented.', 'Mar 12, 14:20 UTC', '',
  '**Investigating** - We are currently investigating elevated error rates on the API.', 'Mar 12, 14:05 UTC',
];

/** The same updates as an incident's page prints them: the word alone, the message, then "Posted ...". */
const INCIDENT_PAGE = [
  'Resolved', 'This incident has been resolved.', 'Posted 3 days ago. Mar 12, 2024 - 14:58 UTC', '',
  'Monitoring', 'A fix has been implemented and we are monitoring the results.', 'Posted 3 days ago. Mar 12, 2024 - 14:31 UTC', '',
  'Update', 'We are continuing to work on a fix.', 'Posted 3 days ago. Mar 12, 2024 - 14:25 UTC', '',
  'Identified', 'The issue has been identified and a fix is being implemented.', 'Posted 3 days ago. Mar 12, 2024 - 14:20 UTC', '',
  'Investigating', 'We are currently investigating elevated error rates on the API.', 'Posted 3 days ago. Mar 12, 2024 - 14:05 UTC',
];

describe('analyze: a status page\'s updates as milestones', () => {
  const cases: [string, string[], (string | number | null | undefined)[]][] = [
    // Investigating is the detection, Monitoring the mitigation, Resolved the resolution and so the end
    ['history page, the start from a field', ['# API errors', '', '- **Start:** 2024-03-12 13:58 UTC', '', '## Timeline', '', ...HISTORY],
      ['2024-03-12T13:58Z', '2024-03-12T14:05Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 7, 33, 60, 60]],
    ['incident page, the start from the summary\'s window', ['# API errors', '', '## Summary', '', 'Between 13:58 and 14:58 UTC on March 12, 2024 the API returned errors.', '', '## Timeline', '', ...INCIDENT_PAGE],
      ['2024-03-12T13:58Z', '2024-03-12T14:05Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 7, 33, 60, 60]],
    // a status page rarely says when the outage began: without a start, the milestones are known and the times to them are not
    ['history page, no start anywhere (the year from the title)', ['# API errors, March 2024', '', '## Timeline', '', ...HISTORY],
      [undefined, '2024-03-12T14:05Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', null, null, null, null]],
    ['incident page under "Status page updates" beside an engineering log', ['# API errors', '', '## Timeline', '', '- 2024-03-12 13:58 UTC - Deploy 812 goes out. Outage begins.', '',
      '## Status page updates', '', ...INCIDENT_PAGE],
    ['2024-03-12T13:58Z', '2024-03-12T14:05Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 7, 33, 60, 60]],
    // Identified says the team knew: the detection when nothing earlier marks one
    ['Identified without Investigating', ['# API errors', '', '- **Start:** 2024-03-12 13:58 UTC', '', '## Timeline', '', ...HISTORY.slice(0, 8)],
      ['2024-03-12T13:58Z', '2024-03-12T14:20Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 22, 33, 60, 60]],
    ['an alert before Identified is the detection', ['# API errors', '', '- **Start:** 2024-03-12 13:58 UTC', '', '## Timeline', '', '- 2024-03-12 14:02 UTC - Alert fired.', '',
      '## Incident updates', '', ...HISTORY.slice(0, 8)],
    ['2024-03-12T13:58Z', '2024-03-12T14:02Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 4, 33, 60, 60]],
    // a maintenance: Completed ends it as Resolved ends an incident; Verifying, Update and Postmortem mark nothing
    ['a maintenance: Completed is the resolution, Verifying nothing', ['# Database maintenance', '', '- **Start:** 2024-03-12 15:00 UTC', '', '## Updates', '',
      'Completed', 'The scheduled maintenance has been completed.', 'Posted Mar 12, 2024 - 16:00 UTC', '',
      'Verifying', 'Verification is currently underway for the maintenance items.', 'Posted Mar 12, 2024 - 15:40 UTC', '',
      'Postmortem', 'We will publish a report.', 'Posted Mar 12, 2024 - 15:45 UTC'],
    ['2024-03-12T15:00Z', undefined, undefined, '2024-03-12T16:00Z', '2024-03-12T16:00Z', null, null, 60, 60]],
    // Cachet's words: Watching is the mitigation, Fixed the resolution
    ['Cachet: Investigating, Watching, Fixed', ['# API errors', '', '- **Start:** 2024-03-12 13:58 UTC', '', '## Timeline', '',
      '**Fixed** - The queue has drained.', 'Mar 12, 14:58 UTC', '', '**Watching** - A fix is deployed.', 'Mar 12, 14:31 UTC', '', '**Investigating** - Jobs are delayed.', 'Mar 12, 14:05 UTC'],
    ['2024-03-12T13:58Z', '2024-03-12T14:05Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 7, 33, 60, 60]],
    ['Update alone marks nothing', ['# API errors', '', '- **Start:** 2024-03-12 13:58 UTC', '', '## Timeline', '', 'Update', 'We are continuing to monitor for any further issues.', 'Posted Mar 12, 2024 - 14:40 UTC'],
      ['2024-03-12T13:58Z', undefined, undefined, undefined, undefined, null, null, null, null]],
  ];
  for (const [name, lines, expected] of cases) {
    it(name, () => assert.deepStrictEqual(milestones(lines.join('\n')), expected));
  }

  it('takes the year of "Mar 12, 14:58 UTC" from the front matter, the file name or its weekday', () => {
    const history = ['## Timeline', '', ...HISTORY].join('\n');
    const cases: [string, string | undefined][] = [[`---\ndate: 2024-03-12\n---\n\n# API errors\n\n${history}`, undefined], [`# API errors\n\n${history}`, '2024-03-12-api-errors.md']];
    for (const [text, fileName] of cases) {
      const m = analyze(text, { now, fileName }).metrics;
      assert.deepStrictEqual([iso(m.detected?.time.instant), iso(m.end?.time.instant)], ['2024-03-12T14:05Z', '2024-03-12T14:58Z'], fileName ?? 'front matter');
    }
    // March 12 was a Tuesday in 2024 (the most recent such year before "now")
    const weekday = analyze(['# API errors', '', '## Timeline', '', '**Resolved** - Fixed.', 'Tue, Mar 12, 14:58 UTC', '', '**Investigating** - Errors.', 'Tue, Mar 12, 14:05 UTC'].join('\n'), { now }).metrics;
    assert.deepStrictEqual([iso(weekday.detected?.time.instant), iso(weekday.end?.time.instant)], ['2024-03-12T14:05Z', '2024-03-12T14:58Z']);
  });

  // the fixture documents of both pages' shapes (their findings are checked with the other fixtures)
  const documents: [string, (string | number | null | undefined)[]][] = [
    ['statuspage-incident-page.md', ['2024-03-12T13:58Z', '2024-03-12T14:05Z', '2024-03-12T14:31Z', '2024-03-12T14:58Z', '2024-03-12T14:58Z', 7, 33, 60, 60]],
    // the resolution written in PST in July is read as written: 11:40 PDT; the log's "back to normal" is the end
    ['2023-07-19-statuspage-history-page.md', ['2023-07-19T16:45Z', '2023-07-19T16:52Z', '2023-07-19T17:22Z', '2023-07-19T18:40Z', '2023-07-19T17:35Z', 7, 37, 115, 50]],
  ];
  for (const [file, expected] of documents) {
    it(`fixture ${file}`, () => {
      const m = analyze(fs.readFileSync(path.join(styles, file), 'utf8'), { now, fileName: file }).metrics;
      assert.deepStrictEqual([iso(m.start?.time.instant), iso(m.detected?.time.instant), iso(m.mitigated?.time.instant), iso(m.resolved?.time.instant), iso(m.end?.time.instant),
        m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes, m.durationMinutes], expected);
    });
  }
});

describe('analyze: an entry that opens with "investigating" is the detection', () => {
  const doc = (...entries: string[]) => ['# API errors', '', '**Date:** 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', '- 14:00 - Deploy 812 goes out. Outage begins.', ...entries].join('\n');
  // [entries after the start at 14:00, time to detect]
  const cases: [string[], number | null][] = [
    [['- 14:05 UTC: investigating elevated error rates', '- 14:40 - Rolled back.'], 5],
    [['- 14:05 - investigating elevated error rates'], 5],
    [['- 14:05 - **investigating** elevated error rates'], 5],
    [['- 14:05 - Investigating elevated error rates'], 5],
    // the earliest wins: a later "still investigating" or "investigating" again is not the detection
    [['- 14:05 - investigating elevated error rates', '- 14:30 - still investigating', '- 14:45 - investigating the database'], 5],
    [['- 14:03 - Alert fired.', '- 14:05 - investigating elevated error rates'], 3],
    [['- 14:05 - investigating elevated error rates', '- 14:10 - Alert fired.'], 5],
    // not opening the entry: work going on, no detection
    [['- 14:30 - still investigating', '- 14:45 - continued investigating the database'], null],
    [['- 14:30 - we are investigating'], null],
    [['- 14:30 - investigation of the logs'], null],
  ];
  for (const [entries, ttd] of cases) {
    it(entries.join(' / '), () => assert.strictEqual(analyze(doc(...entries), { now }).metrics.timeToDetectMinutes, ttd));
  }
});

describe('analyze: a run of status updates written with a clock only reads in its own order', () => {
  /** An engineering log oldest first, across midnight. */
  const LOG = ['- 23:30 Deploy of checkout v42 starts. Outage begins.', '- 23:38 Alert fired for checkout errors.', '- 23:55 Deploy paused.', '- 00:35 Errors stopped.', ''];
  /** A status page's history, newest first as the page prints it, its times a clock only, across midnight. */
  const NEWEST = ['**Resolved** - Checkout is working again.', '00:40 UTC', '', '**Monitoring** - A fix has been rolled out; we are watching.', '00:10 UTC', '',
    '**Identified** - We found the cause and are rolling back.', '23:50 UTC', '', '**Investigating** - We are looking into failed checkouts.', '23:35 UTC', ''];
  /** The same updates oldest first. */
  const OLDEST = ['**Investigating** - We are looking into failed checkouts.', '23:35 UTC', '', '**Identified** - We found the cause and are rolling back.', '23:50 UTC', '',
    '**Monitoring** - A fix has been rolled out; we are watching.', '00:10 UTC', '', '**Resolved** - Checkout is working again.', '00:40 UTC', ''];
  /** The newest-first updates with their dates, as a history page prints them in another year. */
  const DATED = ['**Resolved** - Checkout is working again.', 'Mar 13, 2024 - 00:40 UTC', '', '**Monitoring** - A fix has been rolled out; we are watching.', 'Mar 13, 2024 - 00:10 UTC', '',
    '**Identified** - We found the cause and are rolling back.', 'Mar 12, 2024 - 23:50 UTC', '', '**Investigating** - We are looking into failed checkouts.', 'Mar 12, 2024 - 23:35 UTC', ''];
  const doc = (...body: string[]) => ['# Checkout outage', '', '**Date:** 2024-03-12', '', 'All times UTC.', '', ...body].join('\n');
  const log = ['2024-03-12T23:30Z', '2024-03-12T23:38Z', '2024-03-12T23:55Z', '2024-03-13T00:35Z'];
  const newest = ['2024-03-13T00:40Z', '2024-03-13T00:10Z', '2024-03-12T23:50Z', '2024-03-12T23:35Z'];
  const oldest = [...newest].reverse();
  // Investigating (23:35) is the first sign after the start, before the alert: TTD 5; Monitoring the mitigation (TTM 40);
  // Resolved the resolution (TTR 70); the log's "Errors stopped" the end (65)
  const metrics = ['2024-03-12T23:30Z', '2024-03-12T23:35Z', '2024-03-13T00:10Z', '2024-03-13T00:40Z', '2024-03-13T00:35Z', 5, 40, 70, 65];
  // [name, document, the entries' instants in document order, the milestones and metrics]
  const cases: [string, string, (string | undefined)[], (string | number | null | undefined)[]][] = [
    ['newest first under "Status page updates", after a log oldest first', doc('## Timeline', '', ...LOG, '## Status page updates', '', ...NEWEST), [...log, ...newest], metrics],
    ['newest first in the Timeline section, under the log', doc('## Timeline', '', ...LOG, ...NEWEST), [...log, ...newest], metrics],
    // the updates open the timeline: the document's date is the day the bottom update (the oldest) was posted
    ['newest first under "Status page updates", before the log', doc('## Status page updates', '', ...NEWEST, '## Timeline', '', ...LOG), [...newest, ...log], metrics],
    ['newest first in the Timeline section, above the log', doc('## Timeline', '', ...NEWEST, ...LOG), [...newest, ...log], metrics],
    // as they were already read: oldest first, dated, or a timeline of updates alone
    ['oldest first after a log oldest first', doc('## Timeline', '', ...LOG, '## Status page updates', '', ...OLDEST), [...log, ...oldest], metrics],
    ['oldest first before the log', doc('## Status page updates', '', ...OLDEST, '## Timeline', '', ...LOG), [...oldest, ...log], metrics],
    ['newest first with their dates', doc('## Timeline', '', ...LOG, '## Status page updates', '', ...DATED), [...log, ...newest], metrics],
    // a timeline that says it runs newest first, its log too: the updates under it are read from its latest time
    ['newest first under a log newest first, the timeline said to run so', doc('## Timeline (newest first)', '', ...[...LOG.slice(0, 4)].reverse(), '', ...NEWEST),
      [...[...log].reverse(), ...newest], metrics],
    ['newest first, the updates alone', doc('## Timeline', '', ...NEWEST), newest, [undefined, '2024-03-12T23:35Z', '2024-03-13T00:10Z', '2024-03-13T00:40Z', '2024-03-13T00:40Z', null, null, null, null]],
  ];
  for (const [name, text, instants, expected] of cases) {
    it(name, () => {
      assert.deepStrictEqual(analyze(text, { now }).timeline.map((e) => iso(e.time.instant)), instants, 'entries');
      assert.deepStrictEqual(milestones(text), expected, 'milestones');
    });
  }
});
