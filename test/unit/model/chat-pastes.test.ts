import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';

// A pasted channel: a sender whose surname is a system's noun after a given name nobody listed (`Xiomara Jobs`) is a
// person when the paste's other senders are people, and a line of a message that is a sentence (`Thanks Alice`) is no
// Teams name over Slack's bare clock of the next message.
describe('timeline: senders of a pasted chat', () => {
  /** The entries read from `lines` under `## Timeline`: [timeText, author, text] each. */
  const read = (...lines: string[]) => parsePostmortem(['## Timeline', '', ...lines].join('\n')).timeline.map((e) => [e.timeText, e.author?.text, e.text]);

  // [what, the paste, its entries]
  const pastes: [string, string[], (string | undefined)[][]][] = [
    ['a surname that is a system\'s noun after an unlisted given name, among people',
      ['Alice Chen  2:03 PM', 'Seeing 500s', '', 'Xiomara Jobs  2:04 PM', 'Rolling back cfg-12'],
      [['2:03 PM', 'Alice Chen', 'Seeing 500s'], ['2:04 PM', 'Xiomara Jobs', 'Rolling back cfg-12']]],
    ['the same after the person\'s message',
      ['Xiomara Jobs  2:04 PM', 'Rolling back cfg-12', '', 'Alice Chen  2:05 PM', 'Errors gone'],
      [['2:04 PM', 'Xiomara Jobs', 'Rolling back cfg-12'], ['2:05 PM', 'Alice Chen', 'Errors gone']]],
    ['Teams\' bracketed time before the name',
      ['[9:14 AM] Alice Chen', 'Seeing 500s', '[9:15 AM] Xiomara Hub', 'Rolling back'],
      [['9:14 AM', 'Alice Chen', 'Seeing 500s'], ['9:15 AM', 'Xiomara Hub', 'Rolling back']]],
    ['Teams\' new client, the time under the name',
      ['Alice Chen', '3/12/2024 2:03 PM', 'Seeing 500s', '', 'Oluwaseun Bridge', '3/12/2024 2:04 PM', 'Rolling back'],
      [['3/12/2024 2:03 PM', 'Alice Chen', 'Seeing 500s'], ['3/12/2024 2:04 PM', 'Oluwaseun Bridge', 'Rolling back']]],
    // a system among people stays a system: a word of a system before the noun, an acronym, Teams' automation
    ['Deploy Jobs among people',
      ['Alice Chen  2:03 PM', 'Seeing 500s', '', 'Deploy Jobs  2:04 PM', 'Deploy finished'],
      [['2:03 PM', 'Alice Chen', 'Seeing 500s'], ['2:04 PM', undefined, 'Deploy finished']]],
    ['CI Jobs among people (an acronym is no name: no header)',
      ['Alice Chen  2:03 PM', 'Seeing 500s', '', 'CI Jobs  2:04 PM', 'Pipeline green'],
      [['2:03 PM', 'Alice Chen', 'Seeing 500s']]],
    ['Nightly Jobs among people',
      ['Alice Chen  2:03 PM', 'Seeing 500s', '', 'Nightly Jobs  2:04 PM', 'Export failed'],
      [['2:03 PM', 'Alice Chen', 'Seeing 500s'], ['2:04 PM', undefined, 'Export failed']]],
    ['Data Hub among people',
      ['Alice Chen  2:03 PM', 'Seeing 500s', '', 'Data Hub  2:04 PM', 'Sync lagging'],
      [['2:03 PM', 'Alice Chen', 'Seeing 500s'], ['2:04 PM', undefined, 'Sync lagging']]],
    ['Flow bot among people',
      ['Alice Chen', '2:03 PM', 'Seeing 500s', '', 'Flow bot', '2:04 PM', 'Approval requested'],
      [['2:03 PM', 'Alice Chen', 'Seeing 500s'], ['2:04 PM', 'Flow bot', 'Approval requested']]],
    // alone, a name shaped so proves nothing: the noun may name a system (`Max Jobs`)
    ['an unlisted given name with no other sender', ['Xiomara Jobs  2:04 PM', 'Rolling back cfg-12'], [['2:04 PM', undefined, 'Rolling back cfg-12']]],
    ['a bot is no person who vouches for it',
      ['PagerDuty  APP  2:03 PM', 'Triggered: checkout 5xx', '', 'Xiomara Jobs  2:04 PM', 'Rolling back cfg-12'],
      [['2:03 PM', 'PagerDuty', 'Triggered: checkout 5xx'], ['2:04 PM', undefined, 'Rolling back cfg-12']]],
    // a sentence over Slack's bare clock is the message before it, the clock's message the same sender's
    ['thanks over a bare clock',
      ['Bob Li  2:05 PM', 'Rolled back cfg-12', 'Thanks Alice', '2:06', 'Errors gone'],
      [['2:05 PM', 'Bob Li', 'Rolled back cfg-12 Thanks Alice'], ['2:06', 'Bob Li', 'Errors gone']]],
    ['a greeting over a bare clock',
      ['Bob Li  2:05 PM', 'Paging the DBA', 'Hi Priya', '2:06', 'Can you look at replica lag'],
      [['2:05 PM', 'Bob Li', 'Paging the DBA Hi Priya'], ['2:06', 'Bob Li', 'Can you look at replica lag']]],
    ['a verb over a bare clock',
      ['Bob Li  2:05 PM', 'Deploying the fix', 'Looks Good', '2:06', 'Errors gone'],
      [['2:05 PM', 'Bob Li', 'Deploying the fix Looks Good'], ['2:06', 'Bob Li', 'Errors gone']]],
    // a name over a time is still Teams' header
    ['a name over a time', ['Alice Chen', '2:06 PM', 'Errors gone'], [['2:06 PM', 'Alice Chen', 'Errors gone']]],
  ];
  for (const [what, lines, expected] of pastes) it(what, () => assert.deepStrictEqual(read(...lines), expected));
});
