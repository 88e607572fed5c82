import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis/analyze';
import { documentTimestamp, timelineInsertion } from '../../../src/core/templates';
import { apply } from './apply';

// 2026-03-12 18:02 UTC (14:02 EDT in New York)
const now = Date.UTC(2026, 2, 12, 18, 2);
const seed = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/workspace/postmortems/2021-09-27-us-east-1-servers.md'), 'utf8');

describe('templates: Add Timeline Entry', () => {
  const cases: { name: string; text: string; expected: string; cursorLine: string }[] = [
    {
      name: 'bullets under "All times UTC": between the entries before and after now',
      text: '# X\n\nAll times UTC.\n\n## Timeline\n\n- 14:02 Alerts fire\n- 19:30 Rollback\n',
      expected: '# X\n\nAll times UTC.\n\n## Timeline\n\n- 14:02 Alerts fire\n- 18:02 \n- 19:30 Rollback\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'before every entry when now is earlier',
      text: '## Timeline\n\nAll times UTC.\n\n- 19:02 Alerts fire\n- 19:30 Rollback\n',
      expected: '## Timeline\n\nAll times UTC.\n\n- 18:02 \n- 19:02 Alerts fire\n- 19:30 Rollback\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'a table row with the same columns, dated times',
      text: '## Timeline (UTC)\n\n| Time | Event | Who |\n| --- | --- | --- |\n| 2026-03-12 14:02 | Alerts fire | bot |\n\n## Root cause\n',
      expected: '## Timeline (UTC)\n\n| Time | Event | Who |\n| --- | --- | --- |\n| 2026-03-12 14:02 | Alerts fire | bot |\n| 2026-03-12 18:02 |  | |\n\n## Root cause\n',
      cursorLine: '| 2026-03-12 18:02 | | | |',
    },
    {
      name: 'the same decoration and zone style as the entry before',
      text: '## Timeline\n\n- **14:02 UTC** — Alerts fire\n',
      expected: '## Timeline\n\n- **14:02 UTC** — Alerts fire\n- **18:02 UTC** — \n',
      cursorLine: '- **18:02 UTC** — |',
    },
    {
      name: 'after the lines under an entry that hold its text',
      text: '## Timeline\n\n- 2026-03-12 14:02 UTC\n    Alerts fire\n    on the checkout API\n\n## Root cause\n',
      expected: '## Timeline\n\n- 2026-03-12 14:02 UTC\n    Alerts fire\n    on the checkout API\n- 2026-03-12 18:02 UTC \n\n## Root cause\n',
      cursorLine: '- 2026-03-12 18:02 UTC |',
    },
    {
      name: 'a heading per event: a new heading at the same level, the cursor on the line for its text',
      text: '## Timeline (UTC)\n\n### 14:02\n\nAlerts fire on the checkout API.\n\n### 16:40\n\nRollback done.\n\n## Root cause\n',
      expected: '## Timeline (UTC)\n\n### 14:02\n\nAlerts fire on the checkout API.\n\n### 16:40\n\nRollback done.\n\n### 18:02\n\n\n\n## Root cause\n',
      cursorLine: '|',
    },
    {
      name: 'an empty Timeline section',
      text: '# X\n\n## Timeline\n\n## Root cause\n',
      expected: '# X\n\n## Timeline\n\n- 2026-03-12 18:02 UTC \n\n## Root cause\n',
      cursorLine: '- 2026-03-12 18:02 UTC |',
    },
    {
      name: 'no Timeline section: one is added at the end',
      text: '# X\n\nSome text\n',
      expected: '# X\n\nSome text\n\n## Timeline\n\n- 2026-03-12 18:02 UTC ',
      cursorLine: '- 2026-03-12 18:02 UTC |',
    },
    {
      name: 'date headings: a new day gets its own heading, written like the one before',
      text: '## Timeline (UTC)\n\n### 2026-03-11\n\n- 22:40 Deploy starts\n- 23:55 Errors rise\n\n## Root cause\n',
      expected: '## Timeline (UTC)\n\n### 2026-03-11\n\n- 22:40 Deploy starts\n- 23:55 Errors rise\n\n### 2026-03-12\n\n- 18:02 \n\n## Root cause\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'date headings in words: the new heading in words too',
      text: '## Timeline\n\nAll times UTC.\n\n#### March 11, 2026\n\n- 23:55 Errors rise\n',
      expected: '## Timeline\n\nAll times UTC.\n\n#### March 11, 2026\n\n- 23:55 Errors rise\n\n#### March 12, 2026\n\n- 18:02 \n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'date headings: today already has one, the entry goes under it in order',
      text: '## Timeline (UTC)\n\n### 2026-03-11\n\n- 23:55 Errors rise\n\n### 2026-03-12\n\n- 00:10 Rollback\n- 19:00 All clear\n',
      expected: '## Timeline (UTC)\n\n### 2026-03-11\n\n- 23:55 Errors rise\n\n### 2026-03-12\n\n- 00:10 Rollback\n- 18:02 \n- 19:00 All clear\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'a timeline that runs newest first: at the top, above the latest entry',
      text: '**Date:** 2026-03-12\n\n## Timeline\n\nAll times UTC.\n\n- 17:30 Rollback done\n- 16:40 Rollback starts\n- 14:02 Alerts fire\n\n## Root cause\n',
      expected: '**Date:** 2026-03-12\n\n## Timeline\n\nAll times UTC.\n\n- 18:02 \n- 17:30 Rollback done\n- 16:40 Rollback starts\n- 14:02 Alerts fire\n\n## Root cause\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'newest first: below the entries later than now',
      text: '**Date:** 2026-03-12\n\n## Timeline\n\nAll times UTC.\n\n- 19:30 All clear\n- 17:30 Rollback done\n- 14:02 Alerts fire\n',
      expected: '**Date:** 2026-03-12\n\n## Timeline\n\nAll times UTC.\n\n- 19:30 All clear\n- 18:02 \n- 17:30 Rollback done\n- 14:02 Alerts fire\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'a timeline that says it runs newest first, two entries: at the top',
      text: '## Timeline (newest first)\n\n- 2026-03-12 16:40 UTC - Rollback\n- 2026-03-12 14:02 UTC - Alerts fire\n',
      expected: '## Timeline (newest first)\n\n- 2026-03-12 18:02 UTC - \n- 2026-03-12 16:40 UTC - Rollback\n- 2026-03-12 14:02 UTC - Alerts fire\n',
      cursorLine: '- 2026-03-12 18:02 UTC - |',
    },
    {
      name: 'a timeline that says it runs newest first, no time known yet: at the top',
      text: '## Timeline (newest first, UTC)\n\n- ??:?? Rollback\n- ??:?? Alerts fire\n',
      expected: '## Timeline (newest first, UTC)\n\n- 2026-03-12 18:02 UTC \n- ??:?? Rollback\n- ??:?? Alerts fire\n',
      cursorLine: '- 2026-03-12 18:02 UTC |',
    },
    {
      name: 'newest first under date headings: a new day gets its heading at the top',
      text: '## Timeline (newest first, UTC)\n\n### 2026-03-11\n\n- 23:55 Errors rise\n- 22:40 Deploy starts\n',
      expected: '## Timeline (newest first, UTC)\n\n### 2026-03-12\n\n- 18:02 \n\n### 2026-03-11\n\n- 23:55 Errors rise\n- 22:40 Deploy starts\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'two entries, the later first, nothing said: read oldest first, at the end (as before)',
      text: '## Timeline\n\nAll times UTC.\n\n- 16:40 Rollback\n- 14:02 Alerts fire\n',
      expected: '## Timeline\n\nAll times UTC.\n\n- 16:40 Rollback\n- 14:02 Alerts fire\n- 18:02 \n',
      cursorLine: '- 18:02 |',
    },
    // a delay entry counts from the entry above it: the new entry never goes right above one, but after the chain
    {
      name: 'not between an entry and the delay under it: after the delay, even when its time is later than now',
      text: '## Timeline\n\nAll times UTC.\n\n- 2026-03-12 18:00 Deploy\n- Five minutes later, the alert fires\n- 2026-03-12 19:30 Rollback\n',
      expected: '## Timeline\n\nAll times UTC.\n\n- 2026-03-12 18:00 Deploy\n- Five minutes later, the alert fires\n- 2026-03-12 18:02 \n- 2026-03-12 19:30 Rollback\n',
      cursorLine: '- 2026-03-12 18:02 |',
    },
    {
      name: 'after a chain of delays, shaped like the entry they count from',
      text: '## Timeline\n\n- **2026-03-12 17:58 UTC** - Deploy\n- Five minutes later, the alert fires\n- **10 minutes later** - rollback starts\n- **2026-03-12 19:30 UTC** - All clear\n',
      expected: '## Timeline\n\n- **2026-03-12 17:58 UTC** - Deploy\n- Five minutes later, the alert fires\n- **10 minutes later** - rollback starts\n- **2026-03-12 18:02 UTC** - \n- **2026-03-12 19:30 UTC** - All clear\n',
      cursorLine: '- **2026-03-12 18:02 UTC** - |',
    },
    {
      name: 'times of day only: after the delay under the entry before now',
      text: '## Timeline\n\nAll times UTC.\n\n- 18:00 Deploy\n- Five minutes later, the alert fires\n- 19:30 Rollback\n',
      expected: '## Timeline\n\nAll times UTC.\n\n- 18:00 Deploy\n- Five minutes later, the alert fires\n- 18:02 \n- 19:30 Rollback\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'a delay whose time is before now: after it, as any entry',
      text: '## Timeline\n\nAll times UTC.\n\n- 2026-03-12 17:00 Deploy\n- An hour later, the alert fires\n- 2026-03-12 19:30 Rollback\n',
      expected: '## Timeline\n\nAll times UTC.\n\n- 2026-03-12 17:00 Deploy\n- An hour later, the alert fires\n- 2026-03-12 18:02 \n- 2026-03-12 19:30 Rollback\n',
      cursorLine: '- 2026-03-12 18:02 |',
    },
    {
      name: 'newest first: not right above a delay, after it',
      text: '## Timeline (newest first)\n\n- 2026-03-12 19:30 UTC - All clear\n- 2026-03-12 18:30 UTC - Rollback\n- Ten minutes later, errors drop\n- 2026-03-12 17:00 UTC - Deploy\n',
      expected: '## Timeline (newest first)\n\n- 2026-03-12 19:30 UTC - All clear\n- 2026-03-12 18:30 UTC - Rollback\n- Ten minutes later, errors drop\n- 2026-03-12 18:02 UTC - \n- 2026-03-12 17:00 UTC - Deploy\n',
      cursorLine: '- 2026-03-12 18:02 UTC - |',
    },
    {
      // the first entry has no date, so entries compare by time of day: the delay is 18:40 (18:30 and ten minutes), not 00:00
      name: 'newest first, times of day: a delay counts as the time of the entry it follows plus its delay',
      text: '## Timeline (newest first)\n\nAll times UTC.\n\n- 19:30 All clear\n- 2026-03-12 18:30 Rollback\n- Ten minutes later, errors drop\n- 18:10 Alert\n- 17:00 Deploy\n',
      expected: '## Timeline (newest first)\n\nAll times UTC.\n\n- 19:30 All clear\n- 2026-03-12 18:30 Rollback\n- Ten minutes later, errors drop\n- 18:10 Alert\n- 18:02 \n- 17:00 Deploy\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'times of day, one entry undated: after the delays that count from the entry before now',
      text: '## Timeline\n\nAll times UTC.\n\n- 16:00 Deploy starts\n- 2026-03-12 17:50 Alert\n- Five minutes later, paging\n- Ten minutes later, rollback\n- 19:30 All clear\n',
      expected: '## Timeline\n\nAll times UTC.\n\n- 16:00 Deploy starts\n- 2026-03-12 17:50 Alert\n- Five minutes later, paging\n- Ten minutes later, rollback\n- 18:02 \n- 19:30 All clear\n',
      cursorLine: '- 18:02 |',
    },
    {
      name: 'the hand-written postmortem: its 12-hour style with a zone, at the end of its Timeline',
      text: seed,
      expected: seed.replace('Servers were restarted.    \n', 'Servers were restarted.    \n- 2:02 PM EDT \n'),
      cursorLine: '- 2:02 PM EDT |',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { edit, cursor } = timelineInsertion(analyze(c.text, { now }), now, 'UTC');
      const result = apply(c.text, edit, cursor);
      assert.strictEqual(result.text, c.expected);
      assert.strictEqual(result.cursorLine, c.cursorLine);
    });
  }
});

describe('templates: Insert Timestamp', () => {
  const cases: { text: string; line: number; setting?: string; expected: string }[] = [
    { text: '---\ntimezone: America/New_York\n---\n## Timeline\n\n- 09:15 Deploy\n', line: 7, expected: '14:02' },
    { text: '## Timeline\n\n- 2024-03-12T09:15Z Deploy\n', line: 4, expected: '2026-03-12T18:02Z' },
    { text: seed, line: 3, expected: 'March 12 2:02 PM EDT' },
    { text: seed, line: 12, expected: '2:02 PM EDT' },
    { text: '---\ntimezone: Europe/Paris\n---\n# Panne\n\n## Timeline\n\n- 14h05 Début de la panne\n', line: 9, expected: '19h02' },
    { text: '# Nothing dated yet\n', line: 1, expected: '2026-03-12 18:02 UTC' },
    { text: '# Nothing dated yet\n', line: 1, setting: 'Europe/Paris', expected: '2026-03-12 19:02 +01:00' },
  ];
  for (const c of cases) {
    it(`${c.expected} ${c.setting ? `with the setting ${c.setting}` : ''}`, () => {
      assert.strictEqual(documentTimestamp(analyze(c.text, { now }), now, c.line, c.setting).text, c.expected);
    });
  }
});
