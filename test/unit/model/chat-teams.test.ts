import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import { at, textAt } from './helpers';

// Microsoft Teams' new client copies a message as the sender's name on a line, the date and time on the next, the
// message under them; its older client's automation posts as `Flow bot`.
describe('timeline: a Microsoft Teams channel copied from the new client', () => {
  const timeline = (...lines: string[]) => parsePostmortem(['## Timeline', '', ...lines].join('\n'));
  /** The entries read from `lines` under `## Timeline` (document line 3 on): [line, timeText, author, text]. */
  const entries = (...lines: string[]) => timeline(...lines).timeline.map((e) => [e.line, e.timeText, e.author?.text, e.text]);

  describe('the name over the time', () => {
    // [the lines pasted (document line 3 on), the entries read: [line, timeText, author, text]]
    const cases: [string[], (string | number | undefined)[][]][] = [
      [['Sam Patel', '3/12/2024 2:04 PM', 'Seeing 500s on checkout'], [[3, '3/12/2024 2:04 PM', 'Sam Patel', 'Seeing 500s on checkout']]],
      [['Sam Patel', '3/12 2:04 PM', 'Seeing 500s'], [[3, '3/12 2:04 PM', 'Sam Patel', 'Seeing 500s']]],
      [['Sam Patel', 'Tuesday 2:04 PM', 'Seeing 500s'], [[3, 'Tuesday 2:04 PM', 'Sam Patel', 'Seeing 500s']]],
      [['Sam Patel', '2:04 PM', 'Seeing 500s'], [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s']]],
      [['Sam Patel', '14:04', 'Seeing 500s'], [[3, '14:04', 'Sam Patel', 'Seeing 500s']]],
      // `Yesterday` and `Today` are when the channel was copied, which the document does not say: left out, as Discord's
      [['Sam Patel', 'Yesterday 2:04 PM', 'Seeing 500s'], [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s']]],
      [['Sam Patel', 'Today 9:14 AM', 'Seeing 500s'], [[3, '9:14 AM', 'Sam Patel', 'Seeing 500s']]],
      // particles, handles, Teams' labels and apps, as on one line
      [['Juan de la Cruz', '2:04 PM', 'Rolling back'], [[3, '2:04 PM', 'Juan de la Cruz', 'Rolling back']]],
      [['Anna Müller-José', '2:04 PM', 'Rolling back'], [[3, '2:04 PM', 'Anna Müller-José', 'Rolling back']]],
      [['alice.chen', '2:04 PM', 'Rolling back'], [[3, '2:04 PM', 'alice.chen', 'Rolling back']]],
      [['PagerDuty (Bot)', '2:04 PM', 'Triggered: checkout 5xx > 2%'], [[3, '2:04 PM', 'PagerDuty', 'Triggered: checkout 5xx > 2%']]],
      [['Sam Patel via Workflows', '2:04 PM', 'Deploy 4512 finished'], [[3, '2:04 PM', 'Workflows', 'Deploy 4512 finished']]],
      [['Workflows', '2:04 PM', 'Deploy 4512 finished'], [[3, '2:04 PM', 'Workflows', 'Deploy 4512 finished']]],
      [['Flow bot', '2:04 PM', 'Deploy 4512 finished'], [[3, '2:04 PM', 'Flow bot', 'Deploy 4512 finished']]],
      // a system's name is no sender, as on one line: the entry has the time and the message
      [['Checkout Frontend', '2:04 PM', 'Error rate climbing'], [[3, '2:04 PM', undefined, 'Error rate climbing']]],
      [['Grafana Alerting', '2:07 PM', '[FIRING:1] HighErrorRate'], [[3, '2:07 PM', undefined, '[FIRING:1] HighErrorRate']]],
      // messages one after the other, with or without a blank line between: each ends at the next sender's name
      [['Sam Patel', '2:04 PM', 'Seeing 500s', 'on checkout', 'Bob Li', '2:05 PM', 'ack, rolling back', 'Sam Patel', '2:20 PM', 'All clear'],
        [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s on checkout'], [7, '2:05 PM', 'Bob Li', 'ack, rolling back'], [10, '2:20 PM', 'Sam Patel', 'All clear']]],
      [['Sam Patel', '2:04 PM', 'Seeing 500s', '', 'Bob Li', '2:05 PM', 'ack, rolling back'], [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s'], [7, '2:05 PM', 'Bob Li', 'ack, rolling back']]],
      [['Sam Patel', '2:04 PM', 'Seeing 500s', 'Checkout Frontend', '2:05 PM', 'Error rate climbing'],
        [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s'], [6, '2:05 PM', undefined, 'Error rate climbing']]],
      // look-alikes read as before: a label and a name, a name in a list, a time with text on its line, nothing under
      // the time, one capitalised word (a message's word as often as a name), a name inside prose
      [['Owner: Sam Patel', '2:04 PM start'], [[4, '2:04 PM', undefined, 'start']]],
      [['Sam Patel', '2:04 PM start'], [[4, '2:04 PM', undefined, 'start']]],
      [['- Sam Patel', '- 2:04 PM start'], [[4, '2:04 PM', undefined, 'start']]],
      [['- Owner: Sam Patel', '- 2:04 PM start'], [[4, '2:04 PM', undefined, 'start']]],
      [['Sam Patel', '2:04 PM', '', 'Paged the on-call'], [[4, '2:04 PM', undefined, '']]],
      [['Done', '2:04 PM', 'Rolled back'], [[4, '2:04 PM', undefined, 'Rolled back']]],
      [['We paged', 'Sam Patel', '2:04 PM', 'who acked'], [[5, '2:04 PM', undefined, 'who acked']]],
      [['Sam Patel', '2:04 PM', '- Paged the on-call'], [[4, '2:04 PM', undefined, '']]],
      // Slack's bare clock over a grouped message stays the sender's
      [['Bob Li  2:05 PM', 'Rolling back', '2:06', 'Rollback started'], [[3, '2:05 PM', 'Bob Li', 'Rolling back'], [5, '2:06', 'Bob Li', 'Rollback started']]],
    ];
    for (const [lines, expected] of cases) {
      it(lines.join(' / '), () => {
        assert.deepStrictEqual(entries(...lines), expected);
      });
    }
  });

  it('reads the sender\'s, the time\'s and the message\'s ranges, and the entry\'s from the name to the message', () => {
    const m = timeline('Sam Patel', 'Yesterday 2:04 PM', 'Seeing 500s', 'on checkout');
    const e = m.timeline[0];
    assert.deepStrictEqual([at(e.range), at(e.author?.range), at(e.timeRange), at(e.textRange)], ['3:1-6:12', '3:1-3:10', '4:11-4:18', '5:1-6:12']);
    assert.deepStrictEqual([textAt(m.lines, e.author!.range), textAt(m.lines, e.timeRange), textAt(m.lines, e.textRange)], ['Sam Patel', '2:04 PM', 'Seeing 500s\non checkout']);
  });

  it('reads no field from a message, with a sender or a system\'s name over it', () => {
    const m = timeline('Sam Patel', '2:04 PM', 'Resolution: rolled back', 'Checkout Frontend', '2:05 PM', 'Impact: none', '', '- Detected: 14:02');
    assert.deepStrictEqual(m.fields.map((f) => [f.label, f.value]), [['Detected', '14:02']]);
  });

  it('reads the messages again when the line under a name changes (the reading kept from the check before depends on it)', () => {
    const read = (time: string) => entries('Sam Patel', '2:04 PM', 'Seeing 500s', 'Bob Li', time, 'ack');
    assert.deepStrictEqual(read('2:05 PM'), [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s'], [6, '2:05 PM', 'Bob Li', 'ack']]);
    assert.deepStrictEqual(read('then'), [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s Bob Li then ack']]);
    assert.deepStrictEqual(read('2:05 PM'), [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s'], [6, '2:05 PM', 'Bob Li', 'ack']]);
  });

  it('reads a name at the document\'s end again when its time and message are typed under it', () => {
    assert.deepStrictEqual(entries('Sam Patel'), []);
    assert.deepStrictEqual(entries('Sam Patel', '2:04 PM'), [[4, '2:04 PM', undefined, '']]);
    assert.deepStrictEqual(entries('Sam Patel', '2:04 PM', 'Seeing 500s'), [[3, '2:04 PM', 'Sam Patel', 'Seeing 500s']]);
    assert.deepStrictEqual(entries('Sam Patel', '2:04 PM'), [[4, '2:04 PM', undefined, '']]);
  });

  describe('Teams\' older client: `Flow bot` on the line of the time', () => {
    // [header line (document line 3), the entry read with `Deploy 4512 finished` under it: [timeText, author, text] or none]
    const cases: [string, [string, string | undefined, string] | undefined][] = [
      ['Flow bot 2:04 PM', ['2:04 PM', 'Flow bot', 'Deploy 4512 finished']],
      ['Flow bot  14:04', ['14:04', 'Flow bot', 'Deploy 4512 finished']],
      ['[2:04 PM] Flow bot', ['2:04 PM', 'Flow bot', 'Deploy 4512 finished']],
      ['[2:04 PM] Flow bot: Deploy 4512 finished', ['2:04 PM', 'Flow bot', 'Deploy 4512 finished']],
      ['Workflows 2:04 PM', ['2:04 PM', 'Workflows', 'Deploy 4512 finished']],
      // another lower-case word after a name is no sender's name
      ['Flow stopped 2:04 PM', undefined],
    ];
    for (const [header, expected] of cases) {
      it(header, () => {
        const e = timeline(header, 'Deploy 4512 finished').timeline[0];
        assert.deepStrictEqual(e && [e.timeText, e.author?.text, e.text], expected);
      });
    }

    it('reads `Flow bot` before the time in a list item as its sender', () => {
      assert.deepStrictEqual(entries('- Flow bot 2:04 PM deploy 4512 finished'), [[3, '2:04 PM', 'Flow bot', 'deploy 4512 finished']]);
    });
  });
});
