import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import { at, textAt } from './helpers';

/** The document around a block: the block starts on line 5, under `## Timeline`. */
const HEAD = ['# API errors on 2024-03-12', '', '## Timeline', ''];

/** The text of an update's entry: its status word first. */
const UPDATE_TEXT = /^(?:investigating|identified|monitoring|resolved|update|postmortem|verifying|completed|fixed|watching)\b/i;

/**
 * Each update's entry as `[line, timeText, timeRange, text, textRange]`, its time range holding its time and its text
 * range running from its status word to the end of its message (a line of its own that starts with a time is an entry
 * of its own, as in any timeline).
 */
function updates(m: ReturnType<typeof parsePostmortem>): [number, string, string, string, string][] {
  return m.timeline.filter((e) => UPDATE_TEXT.test(e.text)).map((e) => {
    assert.strictEqual(textAt(m.lines, e.timeRange), e.timeText);
    const word = e.text.split(':')[0];
    assert.match(textAt(m.lines, e.textRange), new RegExp(`^(?:\\*\\*|__)?${word}(?![a-z])`, 'i'), 'the text range starts at the word');
    assert.ok(e.range.end.line === e.timeRange.end.line, 'the range runs to the time');
    return [e.line, e.timeText, at(e.timeRange), e.text, at(e.textRange)];
  });
}

describe('model: status page updates in the timeline', () => {
  // [name, lines of the block (from line 5), expected entries]
  const shapes: [string, string[], [number, string, string, string, string][]][] = [
    ['history page: bold word and a dash, the time on the line below, newest first', [
      '**Resolved** - This incident has been resolved.', 'Mar 12, 14:58 UTC', '',
      '**Investigating** - We are currently investigating elevated error rates on the API.', 'Mar 12, 14:05 UTC',
    ], [
      [5, 'Mar 12, 14:58 UTC', '6:1-6:18', 'Resolved: This incident has been resolved.', '5:1-5:48'],
      [8, 'Mar 12, 14:05 UTC', '9:1-9:18', 'Investigating: We are currently investigating elevated error rates on the API.', '8:1-8:84'],
    ]],
    ['history page: an update of several paragraphs', [
      '**Resolved** - Between 14:10 and 14:58 UTC the API returned errors.', '', 'We scaled up the service.', ' Mar 12, 14:58 UTC',
    ], [[5, 'Mar 12, 14:58 UTC', '8:2-8:19', 'Resolved: Between 14:10 and 14:58 UTC the API returned errors. We scaled up the service.', '5:1-7:26']]],
    ['incident page: the word alone, the message, "Posted 3 days ago." and the date and time', [
      'Resolved', 'This incident has been resolved.', 'Posted 3 days ago. Mar 12, 2024 - 14:58 UTC', '',
      'Update', 'We are continuing to monitor for any further issues.', 'Posted 3 days ago. Mar 12, 2024 - 14:40 UTC',
    ], [
      [5, 'Mar 12, 2024 - 14:58 UTC', '7:20-7:44', 'Resolved: This incident has been resolved.', '5:1-6:33'],
      [9, 'Mar 12, 2024 - 14:40 UTC', '11:20-11:44', 'Update: We are continuing to monitor for any further issues.', '9:1-10:53'],
    ]],
    ['incident page: "Posted" and the date and time, no "ago"', [
      'Monitoring', 'A fix has been implemented.', 'Posted Mar 12, 2024 - 14:31 UTC',
    ], [[5, 'Mar 12, 2024 - 14:31 UTC', '7:8-7:32', 'Monitoring: A fix has been implemented.', '5:1-6:28']]],
    ['incident page: "Posted about 1 hour ago."', [
      'Identified', 'The issue has been identified.', 'Posted about 1 hour ago. Mar 12, 2024 - 14:20 UTC',
    ], [[5, 'Mar 12, 2024 - 14:20 UTC', '7:26-7:50', 'Identified: The issue has been identified.', '5:1-6:31']]],
    ['the date and time alone under the message', [
      'Investigating', 'We are looking into errors on the API.', 'Mar 12, 2024 - 14:05 UTC',
    ], [[5, 'Mar 12, 2024 - 14:05 UTC', '7:1-7:25', 'Investigating: We are looking into errors on the API.', '5:1-6:39']]],
    ['a clock and its zone alone under the message', [
      'Resolved', 'Error rates are back to normal.', '14:58 UTC',
    ], [[5, '14:58 UTC', '7:1-7:10', 'Resolved: Error rates are back to normal.', '5:1-6:32']]],
    ['Pacific time: PST', ['Resolved', 'This incident has been resolved.', 'Posted Mar 12, 2024 - 07:58 PST'],
      [[5, 'Mar 12, 2024 - 07:58 PST', '7:8-7:32', 'Resolved: This incident has been resolved.', '5:1-6:33']]],
    ['Pacific time: PDT, years ago', ['Monitoring', 'We rolled back the release.', 'Posted 8 months ago. Jul 19, 2023 - 08:55 PDT'],
      [[5, 'Jul 19, 2023 - 08:55 PDT', '7:22-7:46', 'Monitoring: We rolled back the release.', '5:1-6:28']]],
    ['the word as a heading', ['### Resolved', '', 'This incident has been resolved.', 'Posted Mar 12, 2024 - 14:58 UTC', '', '### Investigating', 'We are investigating.', 'Mar 12, 2024 - 14:05 UTC'], [
      [5, 'Mar 12, 2024 - 14:58 UTC', '8:8-8:32', 'Resolved: This incident has been resolved.', '5:5-7:33'],
      [10, 'Mar 12, 2024 - 14:05 UTC', '12:1-12:25', 'Investigating: We are investigating.', '10:5-11:22'],
    ]],
    ['the word in bold alone on its line', ['**Monitoring**', 'A fix has been implemented and we are monitoring the results.', 'Mar 12, 2024 - 14:31 UTC'],
      [[5, 'Mar 12, 2024 - 14:31 UTC', '7:1-7:25', 'Monitoring: A fix has been implemented and we are monitoring the results.', '5:1-6:62']]],
    ['the word in underscores alone on its line', ['__Update__', 'Still monitoring.', '14:40 UTC'],
      [[5, '14:40 UTC', '7:1-7:10', 'Update: Still monitoring.', '5:1-6:18']]],
    ['a message of several lines', ['Resolved', 'The database failover completed at 14:50 UTC', 'and error rates are back to normal.', 'Posted Mar 12, 2024 - 14:58 UTC'],
      [[5, 'Mar 12, 2024 - 14:58 UTC', '8:8-8:32', 'Resolved: The database failover completed at 14:50 UTC and error rates are back to normal.', '5:1-7:36']]],
    ['a message of several paragraphs', ['Postmortem', 'A bad config reached every region.', '', 'We are adding a canary stage.', 'Posted Mar 14, 2024 - 09:00 UTC'],
      [[5, 'Mar 14, 2024 - 09:00 UTC', '9:8-9:32', 'Postmortem: A bad config reached every region. We are adding a canary stage.', '5:1-8:30']]],
    ['a maintenance: Verifying and Completed', ['Completed', 'The scheduled maintenance has been completed.', 'Posted Mar 12, 2024 - 16:00 UTC', '',
      'Verifying', 'Verification is currently underway.', 'Posted Mar 12, 2024 - 15:30 UTC'], [
      [5, 'Mar 12, 2024 - 16:00 UTC', '7:8-7:32', 'Completed: The scheduled maintenance has been completed.', '5:1-6:46'],
      [9, 'Mar 12, 2024 - 15:30 UTC', '11:8-11:32', 'Verifying: Verification is currently underway.', '9:1-10:36'],
    ]],
    ['Cachet: Fixed and Watching, as headings', ['### Fixed', 'The queue has drained.', 'Mar 12, 2024 - 14:58 UTC', '', '### Watching', 'A fix is deployed.', 'Mar 12, 2024 - 14:31 UTC'], [
      [5, 'Mar 12, 2024 - 14:58 UTC', '7:1-7:25', 'Fixed: The queue has drained.', '5:5-6:23'],
      [9, 'Mar 12, 2024 - 14:31 UTC', '11:1-11:25', 'Watching: A fix is deployed.', '9:5-10:19'],
    ]],
    ['a block whose time line is missing is no entry; the next one still is', [
      'Resolved', 'This incident has been resolved.', '', 'Update', 'We are continuing to monitor.', 'Posted Mar 12, 2024 - 14:40 UTC',
    ], [[8, 'Mar 12, 2024 - 14:40 UTC', '10:8-10:32', 'Update: We are continuing to monitor.', '8:1-9:30']]],
    ['a block cut by a list before its time is no entry', ['Resolved', 'This incident has been resolved.', '- a note', 'Mar 12, 2024 - 14:58 UTC'], []],
    ['prose that mentions "Resolved" is no entry', [
      'Resolved the issue by restarting the pods.', 'Mar 12, 2024 - 14:58 UTC', '', 'The incident was Resolved at 14:58 UTC.', '',
      'We marked it Resolved', '14:58 UTC',
    ], []],
  ];
  for (const [name, block, expected] of shapes) {
    it(name, () => assert.deepStrictEqual(updates(parsePostmortem([...HEAD, ...block].join('\n'))), expected));
  }

  it('reads the updates of a section titled as a status page\'s beside the Timeline section, in document order', () => {
    const m = parsePostmortem([
      '# API errors', '', '## Timeline', '', '- 2024-03-12 14:02 UTC - Deploy of v2.3 started', '', '## Status page updates', '',
      'Resolved', 'This incident has been resolved.', 'Posted Mar 12, 2024 - 14:58 UTC', '', '- 2024-03-12 15:00 UTC - a list item here is no entry', '',
      '## Impact', '', '**Update** - Text outside the timeline and the updates.', 'Mar 12, 2024 - 14:40 UTC',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.text]), [
      [5, '2024-03-12 14:02 UTC', 'Deploy of v2.3 started'], [9, 'Mar 12, 2024 - 14:58 UTC', 'Resolved: This incident has been resolved.'],
    ]);
    // above the Timeline section, and under the other titles a status page's updates are pasted under
    for (const title of ['Incident updates', 'Updates', 'Public updates', 'Status updates', 'Statuspage updates']) {
      const n = parsePostmortem([`## ${title}`, '', '**Investigating** - Errors on the API.', 'Mar 12, 2024 - 14:05 UTC', '', '## Timeline', '', '- 2024-03-12 14:10 UTC - Rolled back'].join('\n'));
      assert.deepStrictEqual(n.timeline.map((e) => e.line), [3, 8], title);
    }
    // a section of notes, or the document's own edits, is not one of updates
    for (const title of ['Release notes', 'Update log', 'Update history']) {
      const notes = parsePostmortem([`## ${title}`, '', '**Update** - Text.', 'Mar 12, 2024 - 14:05 UTC', '', '## Timeline', '', '- 14:10 UTC - x'].join('\n'));
      assert.deepStrictEqual(notes.timeline.map((e) => e.line), [8], title);
    }
  });
});
