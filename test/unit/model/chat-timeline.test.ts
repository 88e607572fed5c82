import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import { at, textAt } from './helpers';

// A chat channel pasted into the Timeline: each header (sender and time) and the message under it is one entry.
describe('timeline: a chat channel pasted', () => {
  const timeline = (...lines: string[]) => parsePostmortem(['## Timeline', '', ...lines].join('\n'));

  /** Asserts the first entry read is `expected` ([timeText, author, text], or none) and its ranges hold those texts. */
  function assertFirstEntry(m: ReturnType<typeof parsePostmortem>, expected: [string, string | undefined, string] | undefined) {
    const e = m.timeline[0];
    assert.deepStrictEqual(e && [e.timeText, e.author?.text, e.text], expected);
    if (!e) return undefined;
    assert.strictEqual(textAt(m.lines, e.timeRange), e.timeText);
    assert.strictEqual(textAt(m.lines, e.textRange), e.text);
    if (e.author) assert.strictEqual(textAt(m.lines, e.author.range), e.author.text);
    return e;
  }

  /**
   * Asserts the entry read from `header` (document line 3) over `Seeing 500s` is `expected` ([timeText, author, text]),
   * its text's range `textRange` and its range the two lines.
   */
  function assertHeaderEntry(header: string, expected: [string, string | undefined, string], textRange: string) {
    const e = timeline(header, 'Seeing 500s').timeline[0];
    assert.deepStrictEqual([e.timeText, e.author?.text, e.text, at(e.textRange), at(e.range)], [...expected, textRange, '3:1-4:12']);
  }

  describe('header lines', () => {
    // [header line (document line 3), the entry read with `Seeing 500s` under it: [timeText, author, text] or none]
    const cases: [string, [string, string | undefined, string] | undefined][] = [
      ['Alice Chen  2:04 PM', ['2:04 PM', 'Alice Chen', 'Seeing 500s']],
      ['Alice Chen 9:14 AM', ['9:14 AM', 'Alice Chen', 'Seeing 500s']],
      ['Alice Chen  14:04', ['14:04', 'Alice Chen', 'Seeing 500s']],
      ['Alice Chen [2:04 PM]', ['2:04 PM', 'Alice Chen', 'Seeing 500s']],
      ['[9:14 AM] Alice Chen', ['9:14 AM', 'Alice Chen', 'Seeing 500s']],
      ['[2:04 PM] Alice Chen: Rolling back', ['2:04 PM', 'Alice Chen', 'Rolling back']],
      ['Alice Chen — Today at 2:04 PM', ['2:04 PM', 'Alice Chen', 'Seeing 500s']],
      ['Alice Chen — Yesterday at 11:58 PM', ['11:58 PM', 'Alice Chen', 'Seeing 500s']],
      ['Alice Chen — 03/12/2024 2:04 PM', ['03/12/2024 2:04 PM', 'Alice Chen', 'Seeing 500s']],
      ['Alice Chen – Today at 2:04 PM', ['2:04 PM', 'Alice Chen', 'Seeing 500s']],
      ['[3/12/2024 9:14 AM] Alice Chen', ['3/12/2024 9:14 AM', 'Alice Chen', 'Seeing 500s']],
      // a lower-case particle between the name's capitalised words (`de`, `van der`, `d'`)
      ['Mary Ann de Souza  2:04 PM', ['2:04 PM', 'Mary Ann de Souza', 'Seeing 500s']],
      ['Ludwig van Beethoven  2:04 PM', ['2:04 PM', 'Ludwig van Beethoven', 'Seeing 500s']],
      ['Juan de la Cruz  14:04', ['14:04', 'Juan de la Cruz', 'Seeing 500s']],
      ['Anne-Marie d\'Arcy  2:04 PM', ['2:04 PM', 'Anne-Marie d\'Arcy', 'Seeing 500s']],
      ['Pieter van der Berg [2:04 PM]', ['2:04 PM', 'Pieter van der Berg', 'Seeing 500s']],
      ['Ana dos Santos — Today at 2:04 PM', ['2:04 PM', 'Ana dos Santos', 'Seeing 500s']],
      ['[9:14 AM] Juan de la Cruz', ['9:14 AM', 'Juan de la Cruz', 'Seeing 500s']],
      ['[2:04 PM] Ana dos Santos: Rolling back', ['2:04 PM', 'Ana dos Santos', 'Rolling back']],
      // ... but not first or last, not three in a row, and no other lower-case word
      ['Deploy of the API 2:04 PM', undefined],
      ['Rollback of Checkout 2:04 PM', undefined],
      ['de Souza 2:04 PM', undefined],
      ['Mary de 2:04 PM', undefined],
      ['Juan de la los Cruz 2:04 PM', undefined],
      ['Deploy de la config 2:04 PM', undefined],
      ['Mary Ann Van Souza 2:04 PM', ['2:04 PM', 'Mary Ann Van Souza', 'Seeing 500s']],
      ['J. O\'Brien  2:04 PM', ['2:04 PM', 'J. O\'Brien', 'Seeing 500s']],
      ['@alice  2:04 PM', ['2:04 PM', '@alice', 'Seeing 500s']],
      ['alice.chen  2:04 PM', ['2:04 PM', 'alice.chen', 'Seeing 500s']],
      ['[2:04 PM] alice.chen', ['2:04 PM', 'alice.chen', 'Seeing 500s']],
      // look-alikes: prose, five words, lower-case words, a particle, text after the time are no header; a day or a
      // zone before a time is that time's (as before), no sender
      ['Alice Chen joined at 2:04 PM', undefined],
      ['Alice Bob Carol Dave Eve 2:04 PM', undefined],
      ['alice 2:04 PM', undefined],
      ['Monday 2:04 PM', ['Monday 2:04 PM', undefined, 'Seeing 500s']],
      ['Since 2:04 PM', undefined],
      ['Alice Chen 2:04 PM UTC', undefined],
      ['Alice Chen 2:04 PM was the first page', undefined],
      ['UTC 14:02', ['UTC 14:02', undefined, 'Seeing 500s']],
      ['Alice Chen - Today at 2:04 PM', undefined],
      // a time first reads as it did: its text is what follows it
      ['[9:14 AM] Alert fired for checkout', ['9:14 AM', undefined, 'Alert fired for checkout']],
      ['[2:04 PM] The deploy: rolled back', ['2:04 PM', undefined, 'The deploy: rolled back']],
      ['14:04 Alice Chen', ['14:04', undefined, 'Alice Chen']],
    ];
    for (const [header, expected] of cases) {
      it(header, () => {
        assertFirstEntry(timeline(header, 'Seeing 500s'), expected);
      });
    }
  });

  describe('bots\' and apps\' headers', () => {
    // [header line (document line 3), the entry read with `Seeing 500s` under it: [timeText, author, text] or none]
    const cases: [string, [string, string | undefined, string] | undefined][] = [
      // Slack's `APP` badge: after blanks, glued to the name on copy, after a name of words; the badge is no part of it
      ['PagerDuty  APP  2:04 PM', ['2:04 PM', 'PagerDuty', 'Seeing 500s']],
      ['PagerDutyAPP  2:04 PM', ['2:04 PM', 'PagerDuty', 'Seeing 500s']],
      ['Grafana Alerting APP 2:07 PM', ['2:07 PM', 'Grafana Alerting', 'Seeing 500s']],
      ['Grafana AlertingAPP  2:07 PM', ['2:07 PM', 'Grafana Alerting', 'Seeing 500s']],
      ['Deploy Bot  APP  2:15 PM', ['2:15 PM', 'Deploy Bot', 'Seeing 500s']],
      ['Datadog  APP  14:04', ['14:04', 'Datadog', 'Seeing 500s']],
      ['AWS Chatbot  APP  2:04 PM', ['2:04 PM', 'AWS Chatbot', 'Seeing 500s']],
      ['Argo CD  APP  2:04 PM', ['2:04 PM', 'Argo CD', 'Seeing 500s']],
      ['incident.io  APP  2:04 PM', ['2:04 PM', 'incident.io', 'Seeing 500s']],
      ['Opsgenie APP [2:04 PM]', ['2:04 PM', 'Opsgenie', 'Seeing 500s']],
      // Slack's compact form, the time first: the message on the line, or under it
      ['[2:04 PM] PagerDuty APP: Triggered: checkout 5xx > 2%', ['2:04 PM', 'PagerDuty', 'Triggered: checkout 5xx > 2%']],
      ['[2:04 PM] PagerDutyAPP: Triggered', ['2:04 PM', 'PagerDuty', 'Triggered']],
      ['[2:04 PM] Grafana Alerting APP', ['2:04 PM', 'Grafana Alerting', 'Seeing 500s']],
      // Discord's tag, `BOT` (or `APP`, as newer versions print it)
      ['GitHub BOT — Today at 2:04 PM', ['2:04 PM', 'GitHub', 'Seeing 500s']],
      ['Statuspage BOT — 03/12/2024 2:04 PM', ['03/12/2024 2:04 PM', 'Statuspage', 'Seeing 500s']],
      ['GitHub APP — Yesterday at 11:58 PM', ['11:58 PM', 'GitHub', 'Seeing 500s']],
      // look-alikes: `APP` alone or as a word of a message, a person's name or a determiner before it, `Bot` in a
      // person's name (no badge: read as a person's, as before), a name that puts a time in prose
      ['APP', undefined],
      ['APP  2:04 PM', undefined],
      ['Restarted the checkout APP 2:04 PM', undefined],
      ['The APP 2:04 PM', undefined],
      ['Mobile APP  2:04 PM', undefined],
      ['Alice Chen  APP  2:04 PM', undefined],
      ['PagerDuty APP 2:04 PM fired', undefined],
      ['Since APP 2:04 PM', undefined],
      ['Abbot Kinney  2:04 PM', ['2:04 PM', 'Abbot Kinney', 'Seeing 500s']],
      ['Jane Abbott — Today at 2:04 PM', ['2:04 PM', 'Jane Abbott', 'Seeing 500s']],
      ['[2:04 PM] The APP: crashed', ['2:04 PM', undefined, 'The APP: crashed']],
      ['[2:04 PM] Alice Chen APP: Rolling back', ['2:04 PM', undefined, 'Alice Chen APP: Rolling back']],
      ['- PagerDuty APP 2:04 PM Triggered', undefined],
    ];
    for (const [header, expected] of cases) {
      it(header, () => {
        assertFirstEntry(timeline(header, 'Seeing 500s'), expected);
      });
    }

    it('reads a channel of bots and people: each message by its sender, bare clocks under a bot\'s message its own', () => {
      const m = timeline('PagerDuty  APP  2:04 PM', 'Triggered: checkout 5xx > 2%', '2:05', 'Escalated to Alice Chen', '', 'Alice Chen  2:06 PM', 'ack, looking',
        '', 'Grafana Alerting  APP  2:07 PM', '[FIRING:1] HighErrorRate', '', 'Deploy BotAPP  2:15 PM', 'Rollback of cfg-12 finished');
      assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.author?.text, at(e.author!.range), e.text]), [
        [3, '2:04 PM', 'PagerDuty', '3:1-3:10', 'Triggered: checkout 5xx > 2%'], [5, '2:05', 'PagerDuty', '3:1-3:10', 'Escalated to Alice Chen'],
        [8, '2:06 PM', 'Alice Chen', '8:1-8:11', 'ack, looking'], [11, '2:07 PM', 'Grafana Alerting', '11:1-11:17', '[FIRING:1] HighErrorRate'],
        [14, '2:15 PM', 'Deploy Bot', '14:1-14:11', 'Rollback of cfg-12 finished'],
      ]);
    });
  });

  describe('Microsoft Teams\' apps and bots', () => {
    // [header line (document line 3), the entry read with `Seeing 500s` under it: [timeText, author, text] or none]
    const cases: [string, [string, string | undefined, string] | undefined][] = [
      // Teams' `(Bot)` after an app's or a bot's name: the sender is the name, the label no part of it
      ['[9:14 AM] PagerDuty (Bot)', ['9:14 AM', 'PagerDuty', 'Seeing 500s']],
      ['[9:14 AM] Grafana Alerting (bot)', ['9:14 AM', 'Grafana Alerting', 'Seeing 500s']],
      ['[9:14 AM] Checkout Frontend (Bot)', ['9:14 AM', 'Checkout Frontend', 'Seeing 500s']],
      ['[3/12/2024 9:14 AM] Deploy Bot (Bot)', ['3/12/2024 9:14 AM', 'Deploy Bot', 'Seeing 500s']],
      ['[9:14 AM] PagerDuty (Bot): Triggered #4512', ['9:14 AM', 'PagerDuty', 'Triggered #4512']],
      ['PagerDuty (Bot)  9:14 AM', ['9:14 AM', 'PagerDuty', 'Seeing 500s']],
      ['Opsgenie (Bot) [9:14 AM]', ['9:14 AM', 'Opsgenie', 'Seeing 500s']],
      // a workflow posting as a person (`via Workflows`, `via Power Automate`): the message is the app's
      ['[9:14 AM] Alice Chen via Workflows', ['9:14 AM', 'Workflows', 'Seeing 500s']],
      ['[9:14 AM] Alice Chen via Power Automate: Deploy 4512 failed', ['9:14 AM', 'Power Automate', 'Deploy 4512 failed']],
      ['Alice Chen via Workflows  9:14 AM', ['9:14 AM', 'Workflows', 'Seeing 500s']],
      // Teams' own apps by their names: senders, as with the name first
      ['[9:14 AM] Workflows', ['9:14 AM', 'Workflows', 'Seeing 500s']],
      ['[9:14 AM] Power Automate', ['9:14 AM', 'Power Automate', 'Seeing 500s']],
      ['Workflows  9:14 AM', ['9:14 AM', 'Workflows', 'Seeing 500s']],
      ['Power Automate  9:14 AM', ['9:14 AM', 'Power Automate', 'Seeing 500s']],
      // people stay as they were; `via` another word, or after words of prose, is text
      ['[9:14 AM] Alice Chen', ['9:14 AM', 'Alice Chen', 'Seeing 500s']],
      ['[9:14 AM] Alice Chen via Slack', ['9:14 AM', undefined, 'Alice Chen via Slack']],
      ['[9:14 AM] the deploy via Workflows', ['9:14 AM', undefined, 'the deploy via Workflows']],
      ['[9:14 AM] Rolled back via Workflows: done', ['9:14 AM', undefined, 'Rolled back via Workflows: done']],
      ['Since (Bot)  9:14 AM', undefined],
      ['PagerDuty (Bot)  9:14 AM paged Alice', undefined],
    ];
    for (const [header, expected] of cases) {
      it(`${header} (${expected ? expected[1] ?? 'no sender' : 'no entry'})`, () => {
        assertFirstEntry(timeline(header, 'Seeing 500s'), expected);
      });
    }

    it('reads a Teams copy of people and bots: each message by its sender, the labels no part of it', () => {
      const m = timeline('[9:14 AM] PagerDuty (Bot)', 'Triggered #4512: checkout 5xx', '[9:16 AM] Alice Chen', 'Ack, looking', '',
        '[9:30 AM] Alice Chen via Workflows', 'Rollback of cfg-12 finished');
      assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.author?.text, at(e.author!.range), e.text]), [
        [3, '9:14 AM', 'PagerDuty', '3:11-3:20', 'Triggered #4512: checkout 5xx'], [5, '9:16 AM', 'Alice Chen', '5:11-5:21', 'Ack, looking'],
        [8, '9:30 AM', 'Workflows', '8:26-8:35', 'Rollback of cfg-12 finished'],
      ]);
    });
  });

  describe('a system\'s name over a message', () => {
    // [header line (document line 3), the entry read with `Seeing 500s` under it: [timeText, author, text], its textRange]
    const cases: [string, [string, string | undefined, string], string][] = [
      // a system's, a product's or an event's name without a badge is no sender (as in a list item): the entry keeps
      // the time and the message
      ['Checkout Frontend  2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Payments Database  14:02', ['14:02', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Checkout Service [2:04 PM]', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Kafka Connect — Today at 2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Edge Gateway — 03/12/2024 2:04 PM', ['03/12/2024 2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Grafana Alerting  2:07 PM', ['2:07 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Fix Deployed  2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Deploy Bot  2:15 PM', ['2:15 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['PagerDuty  2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Datadog  2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Checkout  2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      // people's names stay senders, one word too (`Alice`, `Khaled`), and so do bots' names before their badge
      ['Alice Chen  2:04 PM', ['2:04 PM', 'Alice Chen', 'Seeing 500s'], '4:1-4:12'],
      ['Jimmy Page  2:04 PM', ['2:04 PM', 'Jimmy Page', 'Seeing 500s'], '4:1-4:12'],
      ['Ali Ahmed  2:04 PM', ['2:04 PM', 'Ali Ahmed', 'Seeing 500s'], '4:1-4:12'],
      ['Ronald McDonald  2:04 PM', ['2:04 PM', 'Ronald McDonald', 'Seeing 500s'], '4:1-4:12'],
      ['DeShawn Williams — Today at 2:04 PM', ['2:04 PM', 'DeShawn Williams', 'Seeing 500s'], '4:1-4:12'],
      ['Alice  2:04 PM', ['2:04 PM', 'Alice', 'Seeing 500s'], '4:1-4:12'],
      ['Khaled  2:04 PM', ['2:04 PM', 'Khaled', 'Seeing 500s'], '4:1-4:12'],
      ['Alfred  2:04 PM', ['2:04 PM', 'Alfred', 'Seeing 500s'], '4:1-4:12'],
      ['Siegfried — Today at 2:04 PM', ['2:04 PM', 'Siegfried', 'Seeing 500s'], '4:1-4:12'],
      ['@alice  2:04 PM', ['2:04 PM', '@alice', 'Seeing 500s'], '4:1-4:12'],
      ['Abbot Kinney  2:04 PM', ['2:04 PM', 'Abbot Kinney', 'Seeing 500s'], '4:1-4:12'],
      ['PagerDuty  APP  2:04 PM', ['2:04 PM', 'PagerDuty', 'Seeing 500s'], '4:1-4:12'],
      ['Grafana Alerting APP 2:07 PM', ['2:07 PM', 'Grafana Alerting', 'Seeing 500s'], '4:1-4:12'],
      ['Deploy Bot  APP  2:15 PM', ['2:15 PM', 'Deploy Bot', 'Seeing 500s'], '4:1-4:12'],
    ];
    for (const [header, expected, textRange] of cases) {
      it(`${header} (${expected[1] ?? 'no sender'})`, () => {
        assertHeaderEntry(header, expected, textRange);
      });
    }

    // `APP` after one space and a name that names no product nor bot is a word of a system's name, no Slack badge
    const app: [string, [string, string | undefined, string], string][] = [
      ['Checkout APP 2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Payments APP 14:02', ['14:02', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Checkout APP [2:04 PM]', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      ['Alice APP 2:04 PM', ['2:04 PM', undefined, 'Seeing 500s'], '4:1-4:12'],
      // Slack's badge: a tab or two blanks on a side of it, glued to the name, or after a product's or a bot's name
      ['Checkout  APP  2:04 PM', ['2:04 PM', 'Checkout', 'Seeing 500s'], '4:1-4:12'],
      ['Checkout\tAPP\t2:04 PM', ['2:04 PM', 'Checkout', 'Seeing 500s'], '4:1-4:12'],
      ['Checkout APP  2:04 PM', ['2:04 PM', 'Checkout', 'Seeing 500s'], '4:1-4:12'],
      ['CheckoutAPP  2:04 PM', ['2:04 PM', 'Checkout', 'Seeing 500s'], '4:1-4:12'],
      ['PagerDuty APP 2:04 PM', ['2:04 PM', 'PagerDuty', 'Seeing 500s'], '4:1-4:12'],
      ['Opsgenie APP 2:04 PM', ['2:04 PM', 'Opsgenie', 'Seeing 500s'], '4:1-4:12'],
      ['Datadog APP 2:04 PM', ['2:04 PM', 'Datadog', 'Seeing 500s'], '4:1-4:12'],
      ['Sentry APP 2:04 PM', ['2:04 PM', 'Sentry', 'Seeing 500s'], '4:1-4:12'],
      ['Argo CD APP 2:04 PM', ['2:04 PM', 'Argo CD', 'Seeing 500s'], '4:1-4:12'],
      ['Deploy Bot APP 2:15 PM', ['2:15 PM', 'Deploy Bot', 'Seeing 500s'], '4:1-4:12'],
      ['AWS Chatbot APP 2:04 PM', ['2:04 PM', 'AWS Chatbot', 'Seeing 500s'], '4:1-4:12'],
      ['incident.io APP 2:04 PM', ['2:04 PM', 'incident.io', 'Seeing 500s'], '4:1-4:12'],
      // Discord's `BOT` tag is a badge after any bot's name
      ['Checkout BOT — Today at 2:04 PM', ['2:04 PM', 'Checkout', 'Seeing 500s'], '4:1-4:12'],
    ];
    for (const [header, expected, textRange] of app) {
      it(`${header.replace(/\t/g, '<tab>')} (${expected[1] ?? 'no sender'})`, () => {
        assertHeaderEntry(header, expected, textRange);
      });
    }

    // the time first (Teams' `[9:14 AM] Name`, Slack's compact form): a system's, a product's or an event's name is no
    // sender either, as with the name first; the entry's text is the message (under the line, or after the colon)
    const timeFirst: [string, [string, string | undefined, string] | undefined][] = [
      ['[9:14 AM] Checkout Frontend', ['9:14 AM', undefined, 'Seeing 500s']],
      ['[9:14 AM] Grafana Alerting', ['9:14 AM', undefined, 'Seeing 500s']],
      ['[9:14 AM] PagerDuty', ['9:14 AM', undefined, 'Seeing 500s']],
      ['[9:14 AM] Datadog', ['9:14 AM', undefined, 'Seeing 500s']],
      ['[3/12/2024 9:14 AM] Payments Database', ['3/12/2024 9:14 AM', undefined, 'Seeing 500s']],
      ['[9:14 AM] Fix Deployed', ['9:14 AM', undefined, 'Seeing 500s']],
      ['[2:04 PM] Checkout Frontend: error rate climbing', ['2:04 PM', undefined, 'error rate climbing']],
      ['[2:04 PM] PagerDuty: Triggered #4512', ['2:04 PM', undefined, 'Triggered #4512']],
      // one word that labels the update before a colon is no sender: the label stays in the text
      ['[2:04 PM] Update: rolled back', ['2:04 PM', undefined, 'Update: rolled back']],
      ['[2:04 PM] Note: paged the DBA', ['2:04 PM', undefined, 'Note: paged the DBA']],
      ['[2:05 PM] Status: resolved', ['2:05 PM', undefined, 'Status: resolved']],
      ['[2:05 PM] Mitigation: traffic drained', ['2:05 PM', undefined, 'Mitigation: traffic drained']],
      // people, handles, Teams' own apps and names with a label or a badge stay senders
      ['[9:14 AM] Jimmy Page', ['9:14 AM', 'Jimmy Page', 'Seeing 500s']],
      ['[9:14 AM] Ronald McDonald', ['9:14 AM', 'Ronald McDonald', 'Seeing 500s']],
      ['[9:14 AM] Alice', ['9:14 AM', 'Alice', 'Seeing 500s']],
      ['[2:04 PM] Alice: rolling back', ['2:04 PM', 'Alice', 'rolling back']],
      ['[9:14 AM] alice.chen', ['9:14 AM', 'alice.chen', 'Seeing 500s']],
      ['[9:14 AM] Workflows', ['9:14 AM', 'Workflows', 'Seeing 500s']],
      ['[9:14 AM] Checkout Frontend (Bot)', ['9:14 AM', 'Checkout Frontend', 'Seeing 500s']],
      ['[2:04 PM] PagerDuty APP: Triggered #4512', ['2:04 PM', 'PagerDuty', 'Triggered #4512']],
    ];
    for (const [header, expected] of timeFirst) {
      it(`${header} (${expected ? expected[1] ?? 'no sender' : 'no entry'})`, () => {
        const e = assertFirstEntry(timeline(header, 'Seeing 500s'), expected);
        // the entry covers the header and the message under it, as with the name first
        if (e && e.text === 'Seeing 500s') assert.strictEqual(at(e.range), `3:1-4:12`);
      });
    }

    it('reads a system\'s name with the time first and no message under it as before: the name is the text', () => {
      assert.deepStrictEqual(timeline('[9:14 AM] Checkout Frontend', '', '- 14:30 Resolved').timeline.map((e) => [e.timeText, e.author?.text, e.text]), [
        ['9:14 AM', undefined, 'Checkout Frontend'], ['14:30', undefined, 'Resolved'],
      ]);
    });

    it('reads Slack\'s compact form the same way: a system\'s name and `APP` is the text, a product\'s is the sender', () => {
      const read = (...lines: string[]) => timeline(...lines).timeline.map((e) => [e.timeText, e.author?.text, e.text]);
      assert.deepStrictEqual(read('[2:04 PM] Checkout APP: crashed on launch'), [['2:04 PM', undefined, 'Checkout APP: crashed on launch']]);
      assert.deepStrictEqual(read('[2:04 PM] Checkout APP', 'crashed on launch'), [['2:04 PM', undefined, 'Checkout APP']]);
      assert.deepStrictEqual(read('[2:04 PM] Opsgenie APP: Alert created'), [['2:04 PM', 'Opsgenie', 'Alert created']]);
      assert.deepStrictEqual(read('[2:04 PM] Checkout  APP: crashed on launch'), [['2:04 PM', 'Checkout', 'crashed on launch']]);
    });

    it('reads no entry without a message under it, groups no bare clock under it, and ends the message over it', () => {
      assert.deepStrictEqual(timeline('Checkout Frontend  2:04 PM', '', '- 14:30 Resolved').timeline.map((e) => e.text), ['Resolved']);
      assert.deepStrictEqual(timeline('Checkout Frontend  2:04 PM', 'Error rate climbing', '2:06', 'Still climbing').timeline.map((e) => [e.timeText, e.author?.text, e.text]), [
        ['2:04 PM', undefined, 'Error rate climbing'], ['2:06', undefined, 'Still climbing'],
      ]);
      assert.deepStrictEqual(timeline('Alice Chen  2:04 PM', 'Seeing 500s', 'Checkout Frontend  2:05 PM', 'Error rate climbing').timeline.map((e) => [e.author?.text, e.text]), [
        ['Alice Chen', 'Seeing 500s'], [undefined, 'Error rate climbing'],
      ]);
    });
  });

  it('reads a Slack copy: one entry per message, grouped messages and a bare time in the group', () => {
    const m = timeline('Alice Chen  2:04 PM', 'Seeing 500s on checkout,', 'error rate climbing', 'Bob Li  2:05 PM', 'Rolling back cfg-12', '2:06', 'Rollback started', '', 'Alice Chen  2:30 PM', 'Errors stopped');
    assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.author?.text, e.text, at(e.textRange), at(e.range)]), [
      [3, '2:04 PM', 'Alice Chen', 'Seeing 500s on checkout, error rate climbing', '4:1-5:20', '3:1-5:20'],
      [6, '2:05 PM', 'Bob Li', 'Rolling back cfg-12', '7:1-7:20', '6:1-7:20'],
      [8, '2:06', 'Bob Li', 'Rollback started', '9:1-9:17', '8:1-9:17'],
      [11, '2:30 PM', 'Alice Chen', 'Errors stopped', '12:1-12:15', '11:1-12:15'],
    ]);
  });

  describe('a bare clock after a blank line under a chat message', () => {
    // [the lines after `Bob Li  2:05 PM` / `Rolling back` (document lines 3-4), the entries read: [line, timeText, author, text]]
    const cases: [string[], [number, string, string | undefined, string][]][] = [
      [['', '2:06', 'Rollback started'], [[6, '2:06', 'Bob Li', 'Rollback started']]],
      [['', '', '2:06', 'Rollback started'], [[7, '2:06', 'Bob Li', 'Rollback started']]],
      [['', '2:06', 'Rollback started', '', '2:07', 'Rollback complete'], [[6, '2:06', 'Bob Li', 'Rollback started'], [9, '2:07', 'Bob Li', 'Rollback complete']]],
      [['', '2:06', 'Rollback started', '', 'Carol Diaz  2:08 PM', 'Errors stopped', '', '2:09', 'Resolved'],
        [[6, '2:06', 'Bob Li', 'Rollback started'], [9, '2:08 PM', 'Carol Diaz', 'Errors stopped'], [12, '2:09', 'Carol Diaz', 'Resolved']]],
      // something else between is no group: prose, a list item, a heading, a comment; a clock with AM/PM or with
      // nothing under it is read as before
      [['', 'Back to the graphs.', '', '2:06', 'Rollback started'], [[8, '2:06', undefined, 'Rollback started']]],
      [['- note', '', '2:06', 'Rollback started'], [[7, '2:06', undefined, 'Rollback started']]],
      [['', '### Later', '', '2:06', 'Rollback started'], [[8, '2:06', undefined, 'Rollback started']]],
      [['', '<!-- cut -->', '', '2:06', 'Rollback started'], [[8, '2:06', undefined, 'Rollback started']]],
      [['', '2:06 PM', 'Rollback started'], [[6, '2:06 PM', undefined, 'Rollback started']]],
      [['', '2:06', '', 'Rollback started'], [[6, '2:06', undefined, '']]],
    ];
    for (const [after, expected] of cases) {
      it(after.join(' / '), () => {
        const m = timeline('Bob Li  2:05 PM', 'Rolling back', ...after);
        assert.deepStrictEqual(m.timeline.slice(1).map((e) => [e.line, e.timeText, e.author?.text, e.text]), expected);
        assert.deepStrictEqual([m.timeline[0].author?.text, m.timeline[0].text], ['Bob Li', 'Rolling back']);
      });
    }

    it('leaves a bare clock after a blank line under no chat header as it was read', () => {
      assert.deepStrictEqual(timeline('- 2:04 PM Deploy', '', '2:12', 'Rolled back').timeline.map((e) => [e.timeText, e.author?.text, e.text]), [
        ['2:04 PM', undefined, 'Deploy'], ['2:12', undefined, 'Rolled back'],
      ]);
      assert.deepStrictEqual(timeline('Checked the graphs.', '', '2:12', 'Rolled back').timeline.map((e) => [e.timeText, e.author?.text, e.text]), [['2:12', undefined, 'Rolled back']]);
      // a chat line copied into a list item is no header: a bare clock under it, or after a blank line, is not grouped
      for (const gap of [[], ['']]) {
        assert.deepStrictEqual(timeline('- Alice Chen 2:04 PM deploys the fix', ...gap, '2:12', 'Rolled back').timeline.map((e) => [e.timeText, e.author?.text, e.text]), [
          ['2:04 PM', 'Alice Chen', 'deploys the fix'], ['2:12', undefined, 'Rolled back'],
        ]);
      }
    });

    it('reads the same clock line again when the lines around it change (from the check before)', () => {
      const read = (between: string) => timeline('Bob Li  2:05 PM', 'Rolling back', between, '2:06', 'Rollback started').timeline.map((e) => e.author?.text);
      assert.deepStrictEqual([read(''), read('- note'), read(''), read('Back to the graphs'), read('<!-- x -->'), read('')], [
        ['Bob Li', 'Bob Li'], ['Bob Li', undefined], ['Bob Li', 'Bob Li'], ['Bob Li', 'Bob Li'], ['Bob Li', undefined], ['Bob Li', 'Bob Li'],
      ]);
    });
  });

  it('reads no header without a message under it: a sender first is no entry, a time first keeps the name as its text', () => {
    assert.deepStrictEqual(timeline('Alice Chen  2:04 PM', '', '[9:14 AM] Bob Li', '', '- 14:30 Resolved').timeline.map((e) => [e.timeText, e.author?.text, e.text]), [
      ['9:14 AM', undefined, 'Bob Li'], ['14:30', undefined, 'Resolved'],
    ]);
  });

  it('reads a header again when its message is typed under it (the reading kept from the check before depends on it)', () => {
    const read = (...under: string[]) => timeline('Dana Roy  3:10 PM', ...under).timeline.map((e) => [e.author?.text, e.text]);
    assert.deepStrictEqual(read('', 'x'), []);
    assert.deepStrictEqual(read('Paged the on-call', ''), [['Dana Roy', 'Paged the on-call']]);
    assert.deepStrictEqual(read(''), []);
  });

  it('reads a Teams copy, the time first in brackets', () => {
    const m = timeline('[9:14 AM] Alice Chen', 'Alert fired for checkout', '[9:20 AM] Bob Li', 'Rolled back', '', '[9:40 AM] Alice Chen: All clear');
    assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.author?.text, e.text]), [
      [3, '9:14 AM', 'Alice Chen', 'Alert fired for checkout'], [5, '9:20 AM', 'Bob Li', 'Rolled back'], [8, '9:40 AM', 'Alice Chen', 'All clear'],
    ]);
  });

  describe('a chat line copied into a list item', () => {
    // [list item (document line 3), the entry read: [timeText, author, text] or none]
    const cases: [string, [string, string | undefined, string] | undefined][] = [
      ['- Alice Chen 2:04 PM deploys the fix', ['2:04 PM', 'Alice Chen', 'deploys the fix']],
      ['- Alice Chen  2:04 PM Seeing 500s on checkout', ['2:04 PM', 'Alice Chen', 'Seeing 500s on checkout']],
      ['* Juan de la Cruz 14:04 rolled back cfg-12', ['14:04', 'Juan de la Cruz', 'rolled back cfg-12']],
      ['1. Mary Ann de Souza 9:14 AM paged the on-call', ['9:14 AM', 'Mary Ann de Souza', 'paged the on-call']],
      ['- Alice Chen 2:04 PM: deploys the fix', ['2:04 PM', 'Alice Chen', 'deploys the fix']],
      ['- Alice Chen [2:04 PM] deploys the fix', ['2:04 PM', 'Alice Chen', 'deploys the fix']],
      ['- Alice Chen 2:04 PM UTC deploys the fix', ['2:04 PM UTC', 'Alice Chen', 'deploys the fix']],
      ['- @alice 2:04 PM deploys the fix', ['2:04 PM', '@alice', 'deploys the fix']],
      ['- bob_li 2:05 PM rolled back', ['2:05 PM', 'bob_li', 'rolled back']],
      // look-alikes: a name that is not a person's or a handle's shape, one word, a word that puts a time in prose, an
      // event's label (its last word in -ed) is an entry whose text is all of the item, with no sender; no text after a
      // person's name, a date or a delay after it, a word of prose that puts the time elsewhere make no entry
      ['- Checkout API 2:04 PM errors rise', undefined],
      ['- Deploy 2:04 PM done', ['2:04 PM', undefined, 'Deploy 2:04 PM done']],
      ['- Roughly 2:04 PM errors rise', ['2:04 PM', undefined, 'Roughly 2:04 PM errors rise']],
      ['- Since Monday 2:04 PM errors rise', undefined],
      ['- Incident Declared 2:04 PM by Alice', ['2:04 PM', undefined, 'Incident Declared 2:04 PM by Alice']],
      ['- Fix Deployed 2:04 PM to all regions', ['2:04 PM', undefined, 'Fix Deployed 2:04 PM to all regions']],
      // a system's name in title case (its last word a system's noun) is no sender: the entry's text names it
      ['- Checkout Service 2:04 PM errors rise', ['2:04 PM', undefined, 'Checkout Service 2:04 PM errors rise']],
      ['- Payments Database 2:04 PM failover starts', ['2:04 PM', undefined, 'Payments Database 2:04 PM failover starts']],
      ['- Edge Gateway 14:04 returns 502s', ['14:04', undefined, 'Edge Gateway 14:04 returns 502s']],
      ['- Billing Workers 2:04 PM stop consuming', ['2:04 PM', undefined, 'Billing Workers 2:04 PM stop consuming']],
      ['- Jimmy Page 2:04 PM rolled back', ['2:04 PM', 'Jimmy Page', 'rolled back']],
      // a surname in -ed is a person's
      ['- Ali Ahmed 2:04 PM rolled back', ['2:04 PM', 'Ali Ahmed', 'rolled back']],
      ['- Sara Syed 2:04 PM paged the on-call', ['2:04 PM', 'Sara Syed', 'paged the on-call']],
      ['- Alice Chen 2:04 PM', undefined],
      ['- Outage Start 2:04 PM UTC', ['2:04 PM UTC', undefined, 'Outage Start 2:04 PM UTC']],
      ['- Alice Chen joined at 2:04 PM', undefined],
      ['- Alice Chen 3/12 2:04 PM deploys the fix', undefined],
      ['- Alice Chen 5 minutes later, deploys the fix', undefined],
      ['- Alice Chen T+5 deploys the fix', undefined],
      // a time first reads as it did
      ['- [2:05 PM] Bob Li: rolled back', ['2:05 PM', undefined, 'Bob Li: rolled back']],
      ['- 2:06 PM Alice Chen', ['2:06 PM', undefined, 'Alice Chen']],
    ];
    for (const [item, expected] of cases) {
      it(item, () => {
        const e = assertFirstEntry(timeline(item), expected);
        if (e) assert.strictEqual(at(e.range), `3:1-3:${item.length + 1}`);
      });
    }

    // a person's name or a system's: a product's or a part's word, a capital inside a word or a system's noun at the
    // end make a system's (no sender: the item is the entry's text, as an event named before its time); a doubtful
    // name is refused
    const systems: [string, [string, string | undefined, string] | undefined][] = [
      ['- Checkout Frontend 2:04 PM error rate climbing', ['2:04 PM', undefined, 'Checkout Frontend 2:04 PM error rate climbing']],
      ['- Payments Gateway 14:02 timeouts on card auth', ['14:02', undefined, 'Payments Gateway 14:02 timeouts on card auth']],
      ['- Kafka Connect 2:04 PM sink tasks failing', ['2:04 PM', undefined, 'Kafka Connect 2:04 PM sink tasks failing']],
      ['- Grafana Alerting 2:04 PM [FIRING:1] HighErrorRate', ['2:04 PM', undefined, 'Grafana Alerting 2:04 PM [FIRING:1] HighErrorRate']],
      ['- PagerDuty Incident 2:04 PM triggered #4512', ['2:04 PM', undefined, 'PagerDuty Incident 2:04 PM triggered #4512']],
      ['- GitHub Actions 2:04 PM deploy workflow failed', ['2:04 PM', undefined, 'GitHub Actions 2:04 PM deploy workflow failed']],
      ['- CloudWatch Alarm 14:02 went into ALARM', ['14:02', undefined, 'CloudWatch Alarm 14:02 went into ALARM']],
      ['- Datadog Monitor 2:04 PM triggered on p99 latency', ['2:04 PM', undefined, 'Datadog Monitor 2:04 PM triggered on p99 latency']],
      ['- Search Indexer 2:04 PM lagging by 40k documents', ['2:04 PM', undefined, 'Search Indexer 2:04 PM lagging by 40k documents']],
      ['- Status Page 2:04 PM updated to degraded', ['2:04 PM', undefined, 'Status Page 2:04 PM updated to degraded']],
      ['- First Customer Report 2:04 PM via support', ['2:04 PM', undefined, 'First Customer Report 2:04 PM via support']],
      ['- Platform Team 14:02 starts the failover', ['14:02', undefined, 'Platform Team 14:02 starts the failover']],
      ['- Alice Chen 2:04 PM the deploy is failing', ['2:04 PM', 'Alice Chen', 'the deploy is failing']],
      ['- Priya Natarajan 9:14 AM acked the page', ['9:14 AM', 'Priya Natarajan', 'acked the page']],
      ['- Ronald McDonald 2:04 PM paged the DB on-call', ['2:04 PM', 'Ronald McDonald', 'paged the DB on-call']],
      ['- DeShawn Williams 14:02 rolling back', ['14:02', 'DeShawn Williams', 'rolling back']],
      ['- JoAnn MacKenzie 2:04 PM failing over the primary', ['2:04 PM', 'JoAnn MacKenzie', 'failing over the primary']],
      ['- Mary-Kate O\'Neill 2:04 PM checking the queue', ['2:04 PM', 'Mary-Kate O\'Neill', 'checking the queue']],
      ['- Tom Becker 9:44 AM Alert fired for payment errors', ['9:44 AM', 'Tom Becker', 'Alert fired for payment errors']],
    ];
    // one word: a handle (`@alice`, a lower-case word that is no word of prose, of an event or of a system) is a
    // sender; a capitalised word, or a name glued to a colon, is not
    const oneWord: [string, [string, string | undefined, string] | undefined][] = [
      ['- alice 2:04 PM deploy failing', ['2:04 PM', 'alice', 'deploy failing']],
      ['- @alice 2:04 PM deploy failing', ['2:04 PM', '@alice', 'deploy failing']],
      ['- achen 14:02 rolled back cfg-12', ['14:02', 'achen', 'rolled back cfg-12']],
      ['- priya [9:14 AM] acked the page', ['9:14 AM', 'priya', 'acked the page']],
      ['- ted 2:04 PM restarting the pods', ['2:04 PM', 'ted', 'restarting the pods']],
      ['- alice 2:04 PM', undefined],
      ['- Alice 2:04 PM deploy failing', ['2:04 PM', undefined, 'Alice 2:04 PM deploy failing']],
      ['- Alice: 2:04 PM deploy failing', undefined],
      ['- Deploy 14:02 started', ['14:02', undefined, 'Deploy 14:02 started']],
      ['- Rollback 2:04 PM', ['2:04 PM', undefined, 'Rollback 2:04 PM']],
      ['- deploy 14:02 started', ['14:02', undefined, 'deploy 14:02 started']],
      ['- at 2:04 PM the deploy failed', undefined],
      ['- until 14:30 errors stayed high', undefined],
      // a status word without its separator, a French or German weekday alone: a word that names the event
      ['- Resolved 14:02 by the rollback', ['14:02', undefined, 'Resolved 14:02 by the rollback']],
      ['- So 14:05 we rolled back', ['14:05', undefined, 'So 14:05 we rolled back']],
      ['- started 2:04 PM on node-3', ['2:04 PM', undefined, 'started 2:04 PM on node-3']],
      ['- investigating 2:04 PM elevated errors', ['2:04 PM', undefined, 'investigating 2:04 PM elevated errors']],
      ['- migration 14:02 began', ['14:02', undefined, 'migration 14:02 began']],
      ['- kafka 2:04 PM consumer lag', ['2:04 PM', undefined, 'kafka 2:04 PM consumer lag']],
      // a weekday or a hedge word before the time is no sender: the time starts the entry
      ['- monday 2:04 PM errors rise', ['monday 2:04 PM', undefined, 'errors rise']],
      ['- around 2:04 PM errors rose', ['2:04 PM', undefined, 'errors rose']],
    ];
    for (const [item, expected] of [...systems, ...oneWord]) {
      it(`${item} (${expected?.[1] ?? 'no sender'})`, () => {
        const e = assertFirstEntry(timeline(item), expected);
        if (e) assert.strictEqual(at(e.range), `3:1-3:${item.length + 1}`);
      });
    }

    // Discord's line copied into a list item: the sender, its dash, `Today at`, `Yesterday at` or a date with its year,
    // then the clock and the message, read as its header is (`Today at` and `Yesterday at` no part of the time)
    const discord: [string, [string, string | undefined, string] | undefined][] = [
      ['- Alice Chen — Today at 2:04 PM the deploy is failing', ['2:04 PM', 'Alice Chen', 'the deploy is failing']],
      ['- Alice Chen — Yesterday at 14:02 rolled back cfg-12', ['14:02', 'Alice Chen', 'rolled back cfg-12']],
      ['- Alice Chen — 03/12/2024 2:04 PM the deploy is failing', ['03/12/2024 2:04 PM', 'Alice Chen', 'the deploy is failing']],
      ['* Juan de la Cruz – Today at 9:14 AM paged the on-call', ['9:14 AM', 'Juan de la Cruz', 'paged the on-call']],
      ['- Alice Chen — 3/12/24, 2:04 PM rolled back', ['3/12/24, 2:04 PM', 'Alice Chen', 'rolled back']],
      ['- alice — Today at 2:04 PM rolled back', ['2:04 PM', 'alice', 'rolled back']],
      ['- @alice — Today at 2:04 PM: rolled back', ['2:04 PM', '@alice', 'rolled back']],
      // a system's name is no sender, as before a clock: the item is the entry's text
      ['- Checkout Frontend — Today at 2:04 PM errors rise', ['2:04 PM', undefined, 'Checkout Frontend — Today at 2:04 PM errors rise']],
      // no message, a dash that is not Discord's, a clock without `Today at` or a date, a word of prose: no entry
      ['- Alice Chen — Today at 2:04 PM', undefined],
      ['- Alice Chen - Today at 2:04 PM rolled back', undefined],
      ['- Alice Chen — 2:04 PM rolled back', undefined],
      ['- Alice Chen — today at 2:04 PM rolled back', undefined],
      ['- Since — Today at 2:04 PM errors rose', undefined],
      // a time first reads as it did
      ['- 2:04 PM Alice Chen — Today at lunch', ['2:04 PM', undefined, 'Alice Chen — Today at lunch']],
    ];
    for (const [item, expected] of discord) {
      it(`${item} (${expected ? expected[1] ?? 'no sender' : 'no entry'})`, () => {
        const e = assertFirstEntry(timeline(item), expected);
        if (e) assert.strictEqual(at(e.range), `3:1-3:${item.length + 1}`);
      });
    }

    it('reads a plain line of the same shape as before: a sentence, no entry', () => {
      assert.deepStrictEqual(timeline('Alice Chen 2:04 PM deploys the fix').timeline, []);
    });
  });

  it('reads no field from a chat message: its labels are the sender\'s words, not the document\'s facts', () => {
    const m = timeline('PagerDuty  APP  2:04 PM', 'Triggered: checkout 5xx > 2%', '', 'Alice Chen  2:40 PM', 'Resolution: rolled back the deploy', '',
      '## Resolution', '', '- Root cause: a bad config push');
    assert.deepStrictEqual(m.timeline.map((e) => [e.author?.text, e.text]), [['PagerDuty', 'Triggered: checkout 5xx > 2%'], ['Alice Chen', 'Resolution: rolled back the deploy']]);
    assert.deepStrictEqual(m.fields.map((f) => [f.label, f.value]), [['Root cause', 'a bad config push']]);
    // nor is a message under a system's name (no sender), while a time's text under a list item still holds fields
    const system = timeline('Checkout Frontend  2:04 PM', 'Resolution: rolled back', '', '- 14:30', 'Impact: none');
    assert.deepStrictEqual(system.timeline.map((e) => [e.author?.text, e.text]), [[undefined, 'Resolution: rolled back'], [undefined, 'Impact: none']]);
    assert.deepStrictEqual(system.fields.map((f) => [f.label, f.value]), [['Impact', 'none']]);
    const teams = timeline('[9:14 AM] Checkout Frontend', 'Resolution: rolled back', '', '- 14:30', 'Impact: none');
    assert.deepStrictEqual(teams.timeline.map((e) => [e.author?.text, e.text]), [[undefined, 'Resolution: rolled back'], [undefined, 'Impact: none']]);
    assert.deepStrictEqual(teams.fields.map((f) => [f.label, f.value]), [['Impact', 'none']]);
    // a message on the header's line (Slack's compact form) is no field either; a field outside the messages still is
    const compact = timeline('Status: resolved', '', '[2:04 PM] Alice Chen: Impact: none', 'Detected: 14:02');
    assert.deepStrictEqual(compact.fields.map((f) => [f.label, f.value]), [['Status', 'resolved'], ['Detected', '14:02']]);
  });

  it('leaves prose outside a timeline as it reads', () => {
    const prose = parsePostmortem(['## Summary', '', 'Alice Chen  2:04 PM', 'Seeing 500s', '', '## Timeline', '', '- 14:02 Alert fired'].join('\n'));
    assert.deepStrictEqual(prose.timeline.map((e) => [e.timeText, e.author]), [['14:02', undefined]]);
  });
});
