import * as assert from 'assert';
import { timelineOrder as rule } from '../../../src/core/rules/pm005-timeline-order';
import { applyEdits } from './run-rule';
import { doc, flagged, runTimeRule } from './run-time-rule';

const timeline = (...entries: string[]) => doc('# X', '', '## Timeline', '', 'All times UTC.', '', ...entries);
const dated = (...entries: string[]) => doc('# X', '', '**Date:** 2024-05-14', '', '## Timeline', '', 'All times UTC.', '', ...entries);

describe('rules: PM005 timeline-order', () => {
  const cases: [string, string, string[]][] = [
    ['in order', timeline('- 2024-05-14 09:00 - Queue grows', '- 2024-05-14 09:25 - Alert fires', '- 2024-05-14 09:50 - Resolved'), []],
    ['one entry out of order', timeline('- 2024-05-14 09:00 - Queue grows', '- 2024-05-14 09:25 - Alert fires', '- 2024-05-14 09:12 - Disk full', '- 2024-05-14 09:50 - Resolved'), ['9:2024-05-14 09:12']],
    ['HH:MM across midnight is in order (rollover)', timeline('- **Start:** 2024-06-01 23:30 UTC', '- 23:30 - Outage begins', '- 23:55 - Alert fired', '- 00:20 - Mitigated', '- 01:05 - Resolved'), []],
    ['HH:MM going back a few minutes after midnight', timeline('- 2024-12-31 23:40 - Renewal fails', '- 00:10 - Outage begins', '- 00:05 - Acknowledged', '- 00:50 - Resolved'), ['9:00:05']],
    ['zone conversion: 11:10 CEST is 09:10 UTC, after 09:00 UTC', doc('# X', '## Timeline', '- 2024-10-03 09:00 UTC - lag grows', '- 2024-10-03 11:10 CEST - alert', '- 2024-10-03 09:40 UTC - resolved'), []],
    ['zone conversion: 11:50 CEST is 09:50 UTC, after 09:40 UTC', doc('# X', '## Timeline', '- 2024-10-03 09:00 UTC - lag grows', '- 2024-10-03 09:40 UTC - link reset', '- 2024-10-03 11:30 CEST - alert'), ['5:2024-10-03 11:30 CEST']],
    ['the fall-back hour: 1:10 AM EST after 1:20 AM EDT', doc('# X', '## Timeline', '- November 7, 2021 1:20 AM EDT - first run', '- November 7, 2021 1:10 AM EST - second run'), []],
    ['the repeated hour with no zone: the second 1:10 AM is after 1:50 AM', doc('# X', 'All times in America/New_York.', '## Timeline', '- 2021-11-07 01:50 - first run', '- 01:10 - second run'), []],
    // a time written to the minute covers its minute: after 17:55:08, "17:55" is no step back
    ['17:55 after 17:55:08', timeline('- 2025-08-19 17:54 - Upgrade initiated', '- 2025-08-19 17:55:08 - Service terminated', '- 2025-08-19 17:55 - New process started', '- 2025-08-19 18:00 - Stable'), []],
    ['17:54 after 17:55:08', timeline('- 2025-08-19 17:54:30 - Upgrade initiated', '- 2025-08-19 17:55:08 - Service terminated', '- 2025-08-19 17:54 - New process started', '- 2025-08-19 18:00 - Stable'), ['9:2025-08-19 17:54']],
    ['17:55:02 after 17:55:08, both to the second', timeline('- 2025-08-19 17:54 - Upgrade initiated', '- 2025-08-19 17:55:08 - Service terminated', '- 2025-08-19 17:55:02 - New process started', '- 2025-08-19 18:00 - Stable'), ['9:2025-08-19 17:55:02']],
    ['unknown times are left out', timeline('- 2024-05-14 09:00 - a', '- ??:?? - b', '- 2024-05-14 09:10 - c'), []],
    ['a table row out of order', doc('# X', '## Timeline', '| Time (UTC) | Event |', '|---|---|', '| 2024-03-12 14:02 | push |', '| 2024-03-12 14:15 | declared |', '| 2024-03-12 14:09 | alert |'), ['7:2024-03-12 14:09']],
    ['GitLab: ### date headings then HH:MM', doc('# X', '## Timeline', 'All times UTC.', '### 2024-11-04', '- 22:40 - a', '- 23:05 - b', '### 2024-11-05', '- 00:35 - c', '- 00:20 - d', '- 01:30 - e'), ['9:00:20']],
    ['GitLab: a date heading going back a day', doc('# X', '## Timeline', 'All times UTC.', '### 2024-11-05', '- 00:35 - a', '### 2024-11-04', '- 23:05 - b'), ['7:23:05']],
    // timelines that say they run newest first are checked newest first
    ['newest first, said in the heading', doc('# X', '## Incident timeline (most recent first: times are in UTC)', '- 2015-10-21 15:28 UTC - c', '- 2015-10-21 15:21 UTC - b', '- 2015-10-21 15:01 UTC - a'), []],
    ['newest first, said on a line before the entries', doc('# X', '## Timeline', 'Newest entries first. All times UTC.', '', '- 2024-05-14 09:50 - c', '- 2024-05-14 09:25 - b', '- 2024-05-14 09:00 - a'), []],
    ['reverse chronological, a table', doc('# X', '## Status updates', '', '## Timeline', 'In reverse chronological order:', '| Time (UTC) | Event |', '|---|---|', '| 2024-03-12 14:15 | declared |', '| 2024-03-12 14:09 | alert |', '| 2024-03-12 14:02 | push |'), []],
    ['newest first: an entry later than the one before it', doc('# X', '## Timeline (latest first)', 'All times UTC.', '- 2024-05-14 09:50 - c', '- 2024-05-14 09:55 - b', '- 2024-05-14 09:00 - a'), ['5:2024-05-14 09:55']],
    ['newest first with ### date headings going back', doc('# X', '## Timeline (newest first)', 'All times UTC.', '### 2024-11-05', '- 00:35 - c', '- 00:20 - b', '### 2024-11-04', '- 23:05 - a'), []],
    ['newest first: a date heading going forward', doc('# X', '## Timeline (newest first)', 'All times UTC.', '### 2024-11-04', '- 23:05 - a', '### 2024-11-05', '- 00:35 - c'), ['7:00:35']],
    ['"first" elsewhere in the timeline is no declaration', doc('# X', '## Timeline', 'All times UTC. The first alert came late.', '- 2024-05-14 09:00 - a', '- 2024-05-14 08:50 - b'), ['5:2024-05-14 08:50']],
    // a timeline whose entries run consistently back in time is read newest first without saying so: no finding
    ['an undeclared list wholly newest first', timeline('- 2024-05-14 09:50 - c', '- 2024-05-14 09:25 - b', '- 2024-05-14 09:00 - a'), []],
    // a status page's two updates pasted as its pages print them, newest first; two bullets going back are still out of order
    ['two status updates, newest first', doc('# X', '', '**Resolved** - This incident has been resolved.', 'Posted Nov 03, 2024 - 19:20 UTC', '', '**Investigating** - We are looking into errors.', 'Posted Nov 03, 2024 - 18:12 UTC'), []],
    ['two bullets going back', timeline('- 2024-05-14 09:50 - Resolved: errors stopped', '- 2024-05-14 09:00 - Alert fired'), ['8:2024-05-14 09:00']],
    ['newest first, HH:MM', dated('- 16:40 - Resolved', '- 16:05 - Monitoring', '- 15:20 - Identified', '- 14:58 - Investigating'), []],
    ['newest first, HH:MM across midnight', dated('- 01:10 - Resolved', '- 00:20 - Monitoring', '- 23:40 - Identified', '- 23:05 - Investigating'), []],
    ['newest first, HH:MM going back more than 12 hours', dated('- 23:10 - d', '- 22:30 - c', '- 10:20 - b', '- 09:50 - a'), []],
    ['newest first, full ISO dates over two days', timeline('- 2024-05-15 01:10 UTC - d', '- 2024-05-15 00:20 UTC - c', '- 2024-05-14 23:40 UTC - b', '- 2024-05-14 23:05 UTC - a'), []],
    ['newest first, status-page updates', doc('# X', '### Resolved - 2024-05-14 16:40 UTC', 'Fixed.', '### Monitoring - 2024-05-14 16:05 UTC', 'Watching.', '### Identified - 2024-05-14 15:20 UTC', 'Found.', '### Investigating - 2024-05-14 14:58 UTC', 'Looking.'), []],
    ['newest first, status-page labels before the time', dated('- **Resolved** - 16:40 UTC - Fixed.', '- **Monitoring** - 16:05 UTC - Watching.', '- **Identified** - 15:20 UTC - Found.', '- **Investigating** - 14:58 UTC - Looking.'), []],
    ['newest first, a table', doc('# X', '## Timeline', '| Time (UTC) | Event |', '|---|---|', '| 2024-03-12 14:15 | declared |', '| 2024-03-12 14:09 | alert |', '| 2024-03-12 14:02 | push |'), []],
    // an HTML table whose cells are on lines of their own: its rows are one table, newest first or out of order
    ['newest first, an HTML table with a cell to a line', doc('# X', '## Timeline', '<table>', '<tr><th>Time (UTC)</th><th>Event</th></tr>',
      '<tr>', '  <td>2024-03-12 14:15</td>', '  <td>declared</td>', '</tr>', '<tr>', '  <td>2024-03-12 14:09</td>', '  <td>alert</td>', '</tr>',
      '<tr>', '  <td>2024-03-12 14:02</td>', '  <td>push</td>', '</tr>', '</table>'), []],
    ['a row out of order in an HTML table with a cell to a line', doc('# X', '## Timeline', '<table>', '<tr><th>Time (UTC)</th><th>Event</th></tr>',
      '<tr>', '  <td>2024-03-12 14:02</td>', '  <td>push</td>', '</tr>', '<tr>', '  <td>2024-03-12 14:15</td>', '  <td>declared</td>', '</tr>',
      '<tr>', '  <td>2024-03-12 14:09</td>', '  <td>alert</td>', '</tr>', '</table>'), ['14:2024-03-12 14:09']],
    // a log table oldest first under status updates newest first: each list in its own order
    ['a list oldest first in a timeline that runs newest first', dated('- 16:40 - h', '- 16:30 - g', '- 16:20 - f', '- 16:05 - e', '- 15:50 - d', '- 15:40 - c', '- 15:20 - b', '- 15:00 - a', '',
      'Engineering log:', '', '| Time | Event |', '|---|---|', '| 14:58 | deploy |', '| 15:10 | alert |', '| 16:38 | back to normal |'), []],
    ['two entries oldest first in a timeline that runs newest first', dated('- 16:40 - e', '- 16:30 - d', '- 16:20 - c', '- 16:05 - b', '- 15:50 - a', '', 'Log:', '', '| Time | Event |', '|---|---|', '| 14:58 | deploy |', '| 15:10 | alert |'),
      ['20:15:10']],
    // one entry out of place in a timeline that runs newest first: that entry only, as later than the one above it
    ['newest first with one entry out of place', timeline('- 2024-05-14 16:40 - e', '- 2024-05-14 15:10 - x', '- 2024-05-14 16:05 - d', '- 2024-05-14 15:20 - c', '- 2024-05-14 14:58 - a'), ['9:2024-05-14 16:05']],
    // a list newest first after one oldest first: an entry with no time inside it is passed over, and two known are no list
    ['a list newest first with an unknown time inside it', timeline('- 2024-05-14 08:00 - a', '- 2024-05-14 08:10 - b', '- 2024-05-14 08:20 - c', '', 'Engineering:', '', '- 2024-05-14 09:50 - Resolved', '- ??:?? - paged', '- 2024-05-14 09:25 - Alert fires', '- 2024-05-14 09:00 - Queue grows'), ['13:2024-05-14 09:50']],
    ['two known entries newest first with an unknown time between', timeline('- 2024-05-14 08:00 - a', '- 2024-05-14 08:10 - b', '- 2024-05-14 08:20 - c', '', 'Engineering:', '', '- 2024-05-14 09:50 - Resolved', '- ??:?? - paged', '- 2024-05-14 09:25 - Alert fires'), ['15:2024-05-14 09:25']],
    // must not change: oldest first with one entry out of place (also as the first or last entry), two entries
    ['oldest first, one entry out of place at the end', timeline('- 2024-05-14 09:00 - a', '- 2024-05-14 09:10 - b', '- 2024-05-14 09:20 - c', '- 2024-05-14 08:50 - d'), ['10:2024-05-14 08:50']],
    ['oldest first, one entry out of place at the top', timeline('- 2024-05-14 09:40 - x', '- 2024-05-14 09:00 - a', '- 2024-05-14 09:10 - b', '- 2024-05-14 09:20 - c'), ['8:2024-05-14 09:00']],
    ['two entries, the later first', timeline('- 2024-05-14 09:50 - b', '- 2024-05-14 09:00 - a'), ['8:2024-05-14 09:00']],
    ['newest first with one entry out of place among four: too few to tell', timeline('- 2024-05-14 09:30 - a', '- 2024-05-14 09:20 - b', '- 2024-05-14 09:25 - c', '- 2024-05-14 09:10 - d'), ['8:2024-05-14 09:20', '10:2024-05-14 09:10']],
    // a list wholly newest first (status-page history) above an engineering log oldest first: the one finding on the
    // list, and the log is compared with nothing in it
    ['an engineering log after a status-page history newest first', dated('Status page history:', '', '- 16:40 - Resolved', '- 16:20 - Update', '- 16:05 - Monitoring', '- 15:20 - Identified', '', 'Engineering log:', '',
      '- 14:50 - Outage begins', '- 15:30 - Failed over', '- 16:40 - Errors stopped'), ['11:16:40']],
    // must not change: the log's own order still counts
    ['an entry out of order in the log after it', dated('- 16:40 - Resolved', '- 16:20 - Update', '- 16:05 - Monitoring', '', 'Engineering log:', '', '- 14:50 - Outage begins', '- 14:40 - Deploy', '- 16:40 - Errors stopped'),
      ['9:16:40', '16:14:40']],
    // a second table or list under its own heading restarts earlier for a parallel phase: compared with nothing before it
    ['a phase under its own heading restarts earlier', timeline('### Phase 1: card payments', '', '| Time | Event |', '|---|---|', '| 14:00 | Outage begins |', '| 15:00 | Cards restored |', '',
      '### Phase 2: refunds', '', '| Time | Event |', '|---|---|', '| 14:20 | Refund worker stalls |', '| 15:30 | Resolved |'), []],
    ['a list phase under its own heading', timeline('#### Database', '- 2024-05-14 09:00 - Replica lag', '- 2024-05-14 09:40 - Failover done', '#### Cache', '- 2024-05-14 09:10 - Evictions spike', '- 2024-05-14 09:30 - Cache warmed'), []],
    // must not change: inside a phase the order still counts; two lists with no heading between them are one timeline
    ['an entry out of order inside a phase', timeline('### Phase 1', '- 2024-05-14 09:00 - a', '- 2024-05-14 09:40 - b', '### Phase 2', '- 2024-05-14 09:10 - c', '- 2024-05-14 09:05 - d'), ['12:2024-05-14 09:05']],
    ['two lists split by a paragraph, no heading', timeline('- 2024-05-14 09:00 - a', '- 2024-05-14 09:40 - b', '', 'Then:', '', '- 2024-05-14 09:10 - c'), ['12:2024-05-14 09:10']],
    // a table right after a list, no heading between: a separate run when its first time is earlier than the list's
    // last (a game day's table repeating the experiment), else the list goes on in it
    ['a game day\'s table repeating the experiment after its list', doc('# X', '## Timeline', '- T-10 min: Pre-checks done', '- T+0: Primary killed', '- T+3m: Alert fired', '- T+1h20m: Recovered', '',
      '| Time | Event |', '|---|---|', '| T+0 | Experiment initiated |', '| T+5 | First detection |'), []],
    ['a table of clock times restarting earlier than the list above it', timeline('- 2024-05-14 14:00 - Chaos run starts', '- 2024-05-14 14:05 - Alert fired', '- 2024-05-14 14:50 - Recovered', '',
      'Second run:', '', '| Time | Event |', '|---|---|', '| 2024-05-14 14:02 | Node drained |', '| 2024-05-14 14:09 | Alert fired |'), []],
    ['a separate table is still checked in its own order', timeline('- 2024-05-14 14:00 - a', '- 2024-05-14 14:50 - b', '', '| Time | Event |', '|---|---|', '| 2024-05-14 14:02 | c |', '| 2024-05-14 14:30 | d |', '| 2024-05-14 14:09 | e |'),
      ['14:2024-05-14 14:09']],
    ['a table going on where the list stops is compared with it', timeline('- 2024-05-14 14:00 - a', '- 2024-05-14 14:20 - b', '', '| Time | Event |', '|---|---|', '| 2024-05-14 14:30 | c |', '| 2024-05-14 14:10 | d |'),
      ['13:2024-05-14 14:10']],
    // must not change: a list right after a table is compared with it
    ['a list earlier than the table above it', timeline('| Time | Event |', '|---|---|', '| 2024-05-14 14:00 | a |', '| 2024-05-14 14:50 | b |', '', '- 2024-05-14 14:02 - c'), ['12:2024-05-14 14:02']],
    // a stray time (alone on its line, nothing under it) says nothing happened then: it is compared with nothing
    ['a stray time quoted at the end of a sentence', timeline('- 2024-05-14 14:00 - Deploy', '- 2024-05-14 14:30 - Resolved', '', 'The graphs looked as they had at', '09:15', '', '- 2024-05-14 14:40 - Status page updated'), []],
    ['an entry after a stray time is compared with the entry before it', timeline('- 2024-05-14 14:00 - a', '- 2024-05-14 14:30 - b', '', 'We looked again at', '14:45', '', '- 2024-05-14 14:35 - c', '- 2024-05-14 14:20 - d'),
      ['14:2024-05-14 14:20']],
    // must not change: a time whose text is on the next line is an entry like any other
    ['a time with its text under it, out of order', timeline('- 2024-05-14 14:00 - a', '- 2024-05-14 14:30 - b', '', '09:15', 'Cache warmed.'), ['10:09:15']],
    // offsets from a zero point with no clock for it: ordered by their offsets
    ['offsets in order, no zero point', doc('# X', '## Timeline', '**T-0:00** - installed', '**T+0:26** - INCIDENT START', '**T+1:00** - config examined', '**T+9:00** - INCIDENT END'), []],
    ['T+0:30 after T+1:00, no zero point', doc('# X', '## Timeline', '**T+0:15** - a', '**T+1:00** - b', '**T+0:30** - c', '**T+2:00** - d'), ['5:T+0:30']],
    ['offsets in minutes and units, out of order', doc('# X', '## Timeline', '- T-10 min: pre-checks', '- T+0: killed', '- T+1h20m: recovered', '- +00:25 failover complete'), ['6:+00:25']],
    // anchored offsets are instants like any other: compared across the zero point's clock
    ['anchored offsets out of order', doc('# X', '**Date:** 2024-05-14', '## Timeline', '- T+0: killed (14:00 UTC)', '- T+20m: failover', '- T+10m: alert fired'), ['6:T+10m']],
    // an entry timed by a delay after the entry before is in order by construction; the clock entry after it may not be
    ['delays after the entry before, in order', dated('- 14:02 - deploy', '- 5 minutes later, the alert fires', '- 10 minutes later, paged', '- 14:30 - rollback'), []],
    ['a clock entry earlier than the delay before it', dated('- 14:02 - deploy', '- 40 minutes later, the alert fires', '- 14:30 - rollback'), ['11:14:30']],
    // a hedged clock may be off by 5 minutes (a bare hour by 15): out of place by no more than that is in order
    ['~14:05 after 14:08: within 5 min', dated('- 14:02 - deploy', '- 14:08 - paged', '- ~14:05 - errors start', '- 14:30 - rollback'), []],
    ['about 14:05 after 14:08: within 5 min', dated('- 14:02 - deploy', '- 14:08 - paged', '- about 14:05 - errors start', '- 14:30 - rollback'), []],
    ['14:05 after ~14:08: within 5 min', dated('- 14:02 - deploy', '- ~14:08 - paged', '- 14:05 - errors start', '- 14:30 - rollback'), []],
    ['14:05-ish after 14:08: within 5 min', dated('- 14:02 - deploy', '- 14:08 - paged', '- 14:05-ish - errors start', '- 14:30 - rollback'), []],
    ['~14:00 after 14:08: past 5 min', dated('- 13:50 - deploy', '- 14:08 - paged', '- ~14:00 - errors start', '- 14:30 - rollback'), ['11:14:00']],
    ['the same out of place exactly: a finding', dated('- 14:02 - deploy', '- 14:08 - paged', '- 14:05 - errors start', '- 14:30 - rollback'), ['11:14:05']],
    // within its hedge, a hedged clock does not become the entry the next is compared with: 14:06 is still after 14:08
    ['an exact entry after a hedged one within its hedge is compared with the exact one before', dated('- 14:02 - deploy', '- 14:08 - paged', '- ~14:05 - errors start', '- 14:06 - rollback'), ['12:14:06']],
    ['newest first, a hedged clock out of place within its hedge', doc('# X', '**Date:** 2024-05-14', '## Timeline (newest first)', 'All times UTC.', '- 14:30 - rollback', '- 14:05 - errors start', '- ~14:08 - paged', '- 14:02 - deploy'), []],
    ['a hedged delay is not compared', dated('- 14:02 - deploy', '- About 40 minutes later, the alert fires', '- 14:30 - rollback', '- 14:20 - paged'), ['12:14:20']],
    ['a vague delay is left out', dated('- 14:02 - deploy', '- A few minutes later, the alert fires', '- 14:01 - paged'), ['11:14:01']],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('says which delay placed the entry before, and offers no sort that would detach a delay from its entry', () => {
    const [p, ...more] = runTimeRule(rule, dated('- 14:02 - deploy', '- 40 minutes later, the alert fires', '- 14:30 - rollback'));
    assert.strictEqual(more.length, 0);
    assert.strictEqual(p.message, 'This entry "14:30" (2024-05-14T14:30Z) is 12 min earlier than the entry before it "40 minutes later" (40 min after line 9: 2024-05-14T14:42Z) (line 10): '
      + 'keep the timeline in chronological order, or check the time, date and zone and the delay written on line 10.');
    assert.strictEqual(p.fixes, undefined);
  });

  it('says how far a hedged time can be off when the entry is out of place by more', () => {
    const [p, ...more] = runTimeRule(rule, dated('- 14:02 - deploy', '- 14:20 - paged', '- ~14:05 - errors start'));
    assert.strictEqual(more.length, 0);
    assert.strictEqual(p.message, 'This entry "~14:05" (2024-05-14T14:05Z) is about 15 min earlier than the entry before it "14:20" (2024-05-14T14:20Z) (line 10), '
      + 'more than the hedged time can be off (5 min): keep the timeline in chronological order, or check the time, date and zone.');
  });

  it('says a delay in a timeline written newest first counts from the entry above it, and asks for a clock time', () => {
    const [p, ...more] = runTimeRule(rule, doc('# X', '', '**Date:** 2024-05-14', '', '## Timeline (newest first)', '', '- 15:00 UTC - resolved', '- 14:30 UTC - rollback', '- 5 minutes later, paged', '- 14:02 UTC - outage begins'));
    assert.strictEqual(more.length, 0);
    assert.strictEqual(p.message, 'This entry "5 minutes later" (5 min after line 8: 2024-05-14T14:35Z) comes after the entry above it "14:30 UTC" (2024-05-14T14:30Z) (line 8), '
      + 'but this timeline runs newest first: a delay counts from the entry written above it, so write this entry\'s time as a clock time.');
  });

  it('sorts the entry lines of the list, leaving unknown times and other lines in place', () => {
    const text = timeline('- 2024-05-14 09:25 - Alert fires', '- ??:?? - Customer success told', '- 2024-05-14 09:00 - Queue grows', '  (from the relay graphs)', '- 2024-05-14 09:50 - Resolved');
    const [p] = runTimeRule(rule, text);
    assert.strictEqual(p.fixes![0].title, 'Sort the timeline');
    assert.strictEqual(p.fixes![0].preferred, false);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), timeline('- 2024-05-14 09:00 - Queue grows', '- ??:?? - Customer success told', '- 2024-05-14 09:25 - Alert fires', '  (from the relay graphs)', '- 2024-05-14 09:50 - Resolved'));
    assert.match(p.message, /^This entry "2024-05-14 09:00" \(2024-05-14T09:00Z\) is 25 min earlier than the entry before it "2024-05-14 09:25" \(2024-05-14T09:25Z\) \(line 7\)/);
  });

  it('moves an entry with the lines under it that hold its text', () => {
    const text = timeline('- 2024-05-14 09:25', '    Alert fires', '- 2024-05-14 09:00', '    Queue grows', '    on the relay', '- 2024-05-14 09:50', '    Resolved');
    const [p] = runTimeRule(rule, text);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits),
      timeline('- 2024-05-14 09:00', '    Queue grows', '    on the relay', '- 2024-05-14 09:25', '    Alert fires', '- 2024-05-14 09:50', '    Resolved'));
  });

  it('compares time headings under one date, and the entries of a paragraph split by <br>, offering no sort when entries share a line', () => {
    const headings = doc('# X', '## Timeline', 'All times UTC.', '### 2024-05-14', '### 09:00 AM', 'Queue grows.', '', '### 09:25 AM', 'Alert fires.', '### 09:12 AM', 'Disk full.');
    assert.deepStrictEqual(flagged(rule, headings), ['10:09:12 AM']);
    const [h] = runTimeRule(rule, headings);
    assert.strictEqual(applyEdits(headings, h.fixes![0].edits), doc('# X', '## Timeline', 'All times UTC.', '### 2024-05-14', '### 09:00 AM', 'Queue grows.', '', '### 09:12 AM', 'Disk full.', '### 09:25 AM', 'Alert fires.'));
    const broken = doc('# X', '## Timeline', 'All times UTC.', '### 2024-05-14', '09:00 - Queue grows on the', 'relay.<br> 09:25 - Alert fires.<br> 09:12 - Disk', 'full.');
    const [p] = runTimeRule(rule, broken);
    assert.deepStrictEqual(flagged(rule, broken), ['6:09:12']);
    assert.strictEqual(p.fixes, undefined);
  });

  it('sorts the rows of a table', () => {
    const rows = ['| Time (UTC) | Event |', '|---|---|', '| 2024-03-12 14:02 | push |', '| 2024-03-12 14:15 | declared |', '| 2024-03-12 14:09 | alert |'];
    const text = doc('# X', '## Timeline', ...rows);
    const [p] = runTimeRule(rule, text);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', '## Timeline', rows[0], rows[1], rows[2], rows[4], rows[3]));
  });

  it('says once that one list of several runs newest first, with fixes to sort it or to say so', () => {
    const entries = ['- 2024-05-14 09:50 - Resolved', '- 2024-05-14 09:25 - Alert fires', '- 2024-05-14 09:00 - Queue grows'];
    // the list of customer updates before it runs oldest first, so the timeline as a whole does not run newest first
    const text = timeline('- 2024-05-14 08:00 - Customers told', '- 2024-05-14 08:10 - Customers told again', '- 2024-05-14 08:20 - Status page', '- 2024-05-14 08:30 - Status page again', '', 'Engineering:', '', ...entries);
    const problems = runTimeRule(rule, text);
    assert.strictEqual(problems.length, 1);
    const [p] = problems;
    assert.match(p.message, /^These 3 entries run newest first \(from "2024-05-14 09:50" .* down to "2024-05-14 09:00" .*\): sort them oldest first, or say the timeline runs newest first/);
    assert.deepStrictEqual(p.fixes!.map((f) => f.title), ['Sort the timeline', 'Say the timeline runs newest first']);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), text.replace(entries.join('\n'), [...entries].reverse().join('\n')));
    const said = applyEdits(text, p.fixes![1].edits);
    assert.strictEqual(said, text.replace('## Timeline\n', '## Timeline (newest first)\n'));
  });

  it('sorts a newest-first timeline newest first', () => {
    const text = doc('# X', '## Timeline (newest first)', 'All times UTC.', '- 2024-05-14 09:50 - c', '- 2024-05-14 09:00 - a', '- 2024-05-14 09:25 - b');
    const [p] = runTimeRule(rule, text);
    assert.match(p.message, /is 25 min later than the entry before it .*: this timeline runs newest first/);
    assert.strictEqual(p.fixes![0].title, 'Sort the timeline, newest first');
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', '## Timeline (newest first)', 'All times UTC.', '- 2024-05-14 09:50 - c', '- 2024-05-14 09:25 - b', '- 2024-05-14 09:00 - a'));
  });

  it('offers the same fix on every finding of one list', () => {
    const problems = runTimeRule(rule, timeline('- 2024-05-14 09:30 - a', '- 2024-05-14 09:20 - b', '- 2024-05-14 09:40 - c', '- 2024-05-14 09:10 - d'));
    assert.strictEqual(problems.length, 2);
    assert.deepStrictEqual(problems[0].fixes, problems[1].fixes);
  });

  describe('a status page\'s updates: each run in its own order, newest or oldest first', () => {
    /** An update as an incident page prints it: the word, the message, then when it was posted. */
    const update = (word: string, time: string) => [word, `The ${word.toLowerCase()} update.`, `Posted Mar 12, 2024 - ${time} UTC`, ''];
    const run = (...updates: [string, string][]) => updates.flatMap(([word, time]) => update(word, time));
    const log = ['- 2024-03-12 13:58 UTC - Deploy 812 goes out. Outage begins.', '- 2024-03-12 14:02 UTC - Alert fired.', '- 2024-03-12 14:30 UTC - Rolled back.', '- 2024-03-12 14:50 UTC - Errors stopped.', ''];
    const newest = run(['Resolved', '14:58'], ['Monitoring', '14:31'], ['Identified', '14:20'], ['Investigating', '14:05']);
    const cases: [string, string, string[]][] = [
      ['newest first, as the pages print them', doc('# X', '', '## Timeline', '', ...newest), []],
      ['oldest first', doc('# X', '', '## Timeline', '', ...run(['Investigating', '14:05'], ['Identified', '14:20'], ['Monitoring', '14:31'], ['Resolved', '14:58'])), []],
      ['newest first under "Status page updates", after a log oldest first', doc('# X', '', '## Timeline', '', ...log, '## Status page updates', '', ...newest), []],
      ['newest first right under a log oldest first, in one section', doc('# X', '', '## Timeline', '', ...log, ...newest), []],
      ['two updates newest first after a log', doc('# X', '', '## Timeline', '', ...log, ...run(['Resolved', '14:58'], ['Investigating', '14:05'])), []],
      ['the history page\'s shape, newest first, after a log', doc('# X', '', '## Timeline', '', ...log, '**Resolved** - Fixed.', 'Mar 12, 14:58 UTC', '', '**Investigating** - Errors.', 'Mar 12, 14:05 UTC'), []],
      // an update out of place in its run's order is the finding
      ['newest first, one update later than the one before it', doc('# X', '', '## Timeline', '', ...run(['Resolved', '14:58'], ['Monitoring', '14:31'], ['Identified', '14:40'], ['Investigating', '14:05'])), ['15:Mar 12, 2024 - 14:40 UTC']],
      ['oldest first, one update earlier than the one before it', doc('# X', '', '## Timeline', '', ...run(['Investigating', '14:05'], ['Identified', '14:40'], ['Monitoring', '14:31'], ['Resolved', '14:58'])), ['15:Mar 12, 2024 - 14:31 UTC']],
      // updates with a clock only, newest first across midnight, beside a log oldest first: in order, and out of it
      ['clock only, newest first across midnight, under a log oldest first', doc('# X', '', '**Date:** 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', '- 23:30 Deploy starts.', '- 00:35 Errors stopped.', '',
        '**Resolved** - Fixed.', '00:40 UTC', '', '**Monitoring** - Watching.', '00:10 UTC', '', '**Identified** - Found.', '23:50 UTC', '', '**Investigating** - Errors.', '23:35 UTC'), []],
      ['clock only, newest first, one update later than the one before it', doc('# X', '', '**Date:** 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', '- 23:30 Deploy starts.', '- 00:35 Errors stopped.', '',
        '**Resolved** - Fixed.', '00:40 UTC', '', '**Monitoring** - Watching.', '00:10 UTC', '', '**Identified** - Found.', '00:20 UTC', '', '**Investigating** - Errors.', '23:35 UTC'), ['19:00:20 UTC']],
      // the log is still checked on its own
      ['a log entry out of order beside updates newest first', doc('# X', '', '## Timeline', '', '- 2024-03-12 13:58 UTC - a', '- 2024-03-12 13:50 UTC - b', '', ...newest), ['6:2024-03-12 13:50 UTC']],
    ];
    for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

    it('sorts a run of updates in its own order, each update with its message and time', () => {
      const text = doc('# X', '', '## Timeline', '', ...run(['Resolved', '14:58'], ['Monitoring', '14:31'], ['Identified', '14:40'], ['Investigating', '14:05']));
      const [p] = runTimeRule(rule, text);
      assert.match(p.message, /is 9 min later than the update before it .*: these status page updates run newest first/);
      assert.strictEqual(p.fixes![0].title, 'Sort the timeline, newest first');
      assert.strictEqual(applyEdits(text, p.fixes![0].edits), doc('# X', '', '## Timeline', '', ...run(['Resolved', '14:58'], ['Identified', '14:40'], ['Monitoring', '14:31'], ['Investigating', '14:05'])));
    });
  });
});
