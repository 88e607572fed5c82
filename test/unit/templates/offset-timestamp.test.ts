import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis/analyze';
import { boldLikeItsEntry, documentTimestamp, formatOffsetStamp, offsetStyleOf, timelineInsertion, timestampAt } from '../../../src/core/templates';
import { readOffset } from '../../../src/core/time';
import { apply } from './apply';

// 2026-03-12 14:37:40 UTC: 37 minutes and 40 seconds after a 14:00 UTC zero point
const now = Date.UTC(2026, 2, 12, 14, 37, 40);
const dated = '---\ndate: 2026-03-12\n---\n# Game day\n\n';

describe('templates: offsets written like an offset of the document', () => {
  const cases: { written: string; minutes: number; expected: string }[] = [
    { written: 'T+0:15', minutes: 37, expected: 'T+0:37' },
    { written: 'T+0:15', minutes: 80, expected: 'T+1:20' },
    { written: 'T+00:15', minutes: 37, expected: 'T+00:37' },
    { written: 'T+3m', minutes: 37, expected: 'T+37m' },
    { written: 'T+3m', minutes: 80, expected: 'T+1h20m' },
    { written: 'T+3m', minutes: 120, expected: 'T+2h' },
    { written: 'T+1h20m', minutes: 37, expected: 'T+37m' },
    { written: 'T+1h20m', minutes: 95, expected: 'T+1h35m' },
    { written: 'T+3 min', minutes: 37, expected: 'T+37 min' },
    { written: 'T + 5m', minutes: 37, expected: 'T + 37m' },
    { written: 'T+5', minutes: 37, expected: 'T+37' },
    { written: 'T+5', minutes: 80, expected: 'T+80' },
    { written: 'T-10 min', minutes: -23, expected: 'T-23 min' },
    { written: 'T+5', minutes: -3, expected: 'T-3' },
    { written: 'T+0', minutes: 37, expected: 'T+37' },
    { written: '+00:25', minutes: 37, expected: '+00:37' },
    { written: '+00:25:10', minutes: 37 + 40 / 60, expected: '+00:37:40' },
    // seconds next to an offset that writes them, as a clock with seconds gets them
    { written: 'T+0:15:30', minutes: 37 + 40 / 60, expected: 'T+0:37:40' },
    { written: 'T+00:15:30', minutes: 80, expected: 'T+01:20:00' },
    // a decimal amount is followed in units: what it means, not its decimals
    { written: 'T+1.5h', minutes: 37, expected: 'T+37m' },
    { written: 'T+1.5h', minutes: 80, expected: 'T+1h20m' },
    { written: 'T+2.5m', minutes: 80, expected: 'T+1h20m' },
    // far past the game day: 26 hours after zero, a week after
    { written: 'T+0:15', minutes: 26 * 60, expected: 'T+26:00' },
    { written: 'T+3m', minutes: 26 * 60 + 5, expected: 'T+26h5m' },
    { written: 'T+5', minutes: 26 * 60, expected: 'T+1560' },
    // past what a style's digits hold (minutes alone: 4 digits; h:mm: 999 hours), days, hours and minutes
    { written: 'T+5', minutes: 7 * 1440 + 65, expected: 'T+7d 1h 5m' },
    { written: 'T+5', minutes: -10080, expected: 'T-7d' },
    { written: 'T+0:15', minutes: 1000 * 60 + 5, expected: 'T+41d 16h 5m' },
    { written: '+00:25', minutes: 1000 * 60, expected: 'T+41d 16h' },
    // a bare offset is read after a plus only: before zero it takes a T
    { written: '+00:25', minutes: -10, expected: 'T-00:10' },
    { written: 'T+3 min', minutes: 10000 * 60, expected: 'T+416 d 16 h' },
  ];
  for (const c of cases) {
    it(`${c.minutes} min next to ${c.written} -> ${c.expected}`, () => {
      const style = offsetStyleOf(c.written);
      assert.ok(style, 'no style');
      assert.strictEqual(formatOffsetStamp(c.minutes, style), c.expected);
    });
  }

  it('has no offset style for text that is not one offset', () => {
    for (const text of ['14:02', 'T+ notation', 'GMT+1', 'T+5 and more', '']) assert.strictEqual(offsetStyleOf(text), undefined, text);
  });
});

describe('templates: offsets written read back to the same minutes', () => {
  const styles = ['T+0:15', 'T+00:15', 'T+0:15:30', 'T+3m', 'T+1h20m', 'T+3 min', 'T + 5m', 'T+2 hours', 'T+1.5h', 'T+5', 'T-10 min', '+00:25', '+00:25:10'];
  // from zero to several days and past every style's digits: a minute, an hour, a day and 26 hours, a week, 1000 hours
  const minutes = [0, 1, 59, 60, 61, 599, 1439, 1440, 1565, 4321, 9999, 10000, 10080, 59999, 60000, 60001, 600000];
  for (const written of styles) {
    it(`next to ${written}`, () => {
      const style = offsetStyleOf(written)!;
      // seconds where the style writes them
      for (const m of style.seconds ? [...minutes, 0.5, 15.5, 1439 + 59 / 60] : minutes) {
        for (const signed of m === 0 ? [0] : [m, -m]) {
          const text = formatOffsetStamp(signed, style);
          const read = readOffset(text, 0, text.length, true);
          assert.deepStrictEqual([read?.minutes, read?.end], [signed, text.length], `${signed} min written ${text}`);
        }
      }
    });
  }
});

describe('templates: Insert Timestamp in a timeline of offsets', () => {
  const cases: { name: string; text: string; line: number; column?: number; expected: string }[] = [
    {
      name: 'anchored by its first entry, minutes with a unit',
      text: `${dated}## Timeline\n\n- T+0: Primary killed (14:00 UTC)\n- T+3m: Alert fired\n`,
      line: 10, expected: 'T+37m',
    },
    {
      name: 'on the line of the entry that gives zero its clock: the offset, not the clock',
      text: `${dated}## Timeline\n\n- T+0: Primary killed (14:00 UTC)\n`,
      line: 8, expected: 'T+37',
    },
    {
      name: 'anchored by a stated zero, h:mm in bold',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n`,
      line: 13, expected: '**T+0:37**',
    },
    {
      name: 'bold, asked inside bold the writer opened: not bold twice',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n\n**`,
      line: 14, column: 3, expected: 'T+0:37',
    },
    {
      name: 'bold, after a bold word closed on the line: bold',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n\n**Note:** `,
      line: 14, column: 11, expected: '**T+0:37**',
    },
    {
      name: 'h:mm:ss: the seconds too',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n- T+0:15:30 - Failover\n`,
      line: 11, expected: 'T+0:37:40',
    },
    {
      name: '26 hours after zero, minutes alone',
      text: '---\ndate: 2026-03-11\n---\n# Game day\n\n## Timeline\n\nT0 = 12:37 UTC\n\n- T+5 - Failover\n',
      line: 11, expected: 'T+1560',
    },
    {
      name: 'a week after zero, minutes alone: days, which read back',
      text: '---\ndate: 2026-03-05\n---\n# Game day\n\n## Timeline\n\nT0 = 14:00 UTC\n\n- T+5 - Failover\n',
      line: 11, expected: 'T+7d 37m',
    },
    {
      name: 'between the stated zero and the entries: the entries, not the zero point\'s clock',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n- T+3m: Alert fired\n`,
      line: 9, expected: 'T+37m',
    },
    {
      name: 'an entry that states its clock puts zero before it',
      text: `${dated}## Timeline\n\n- T+5: Alert fired (14:05 UTC)\n`,
      line: 8, expected: 'T+37',
    },
    {
      name: 'hours and minutes',
      text: `${dated}## Timeline\n\nT0: 2026-03-12 13:17 UTC\n\n- T+45m: Replica lag\n- T+1h05m: Failover\n`,
      line: 11, expected: 'T+1h20m',
    },
    {
      name: 'a table of offsets',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n| Offset | Event |\n| --- | --- |\n| T+5 | Alert |\n`,
      line: 12, expected: 'T+37',
    },
    {
      name: 'before zero',
      text: `${dated}## Timeline\n\nT0 = 15:00 UTC\n\n- T-10 min: Go/no-go\n- T+0 min: Primary killed\n`,
      line: 10, expected: 'T-23 min',
    },
    {
      name: 'outside the Timeline: a clock, as written there',
      text: `${dated}## Summary\n\nThe drill began at 14:00 UTC.\n\n## Timeline\n\n- T+0: Primary killed (14:00 UTC)\n- T+3m: Alert fired\n`,
      line: 8, expected: '14:37 UTC',
    },
    {
      name: 'unanchored: the offset left to type (not bold: the cursor stays where it is typed)',
      text: '# Lockout\n\n## Timeline\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n',
      line: 8, expected: 'T+',
    },
    {
      name: 'unanchored, spaced: the offset left to type, spaced the same',
      text: '# Lockout\n\n## Timeline\n\n- T + 5m: Failover\n',
      line: 6, expected: 'T + ',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.expected}`, () => {
      assert.strictEqual(timestampAt(analyze(c.text, { now }), now, c.line, undefined, c.column).text, c.expected);
    });
  }
});

describe('templates: the now completion in a timeline of offsets', () => {
  // as the completion asks: the Timeline's times from the last check, the lines from the editor, the word's column
  const text = `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n\nnow\n**now`;
  const lines = text.split('\n');
  const a = analyze(text, { now });
  const stamp = (line: number, column: number) =>
    boldLikeItsEntry(documentTimestamp(a, now, line, undefined, a.times.filter((t) => t.source === 'timeline')), (l) => lines[l - 1] ?? '', line, column).text;
  it('is bold next to bold entries', () => assert.strictEqual(stamp(14, 1), '**T+0:37**'));
  it('is not bold twice inside bold the writer opened', () => assert.strictEqual(stamp(15, 3), 'T+0:37'));
});

describe('templates: Add Timeline Entry in a timeline of offsets', () => {
  const cases: { name: string; text: string; expected: string; cursorLine: string }[] = [
    {
      name: 'anchored: placed by its offset, written like the entry before',
      text: `${dated}## Timeline\n\n- T+0: Primary killed (14:00 UTC)\n- T+3m: Alert fired\n- T+50m: Failback\n`,
      expected: `${dated}## Timeline\n\n- T+0: Primary killed (14:00 UTC)\n- T+3m: Alert fired\n- T+37m: \n- T+50m: Failback\n`,
      cursorLine: '- T+37m: |',
    },
    {
      name: 'anchored: bold h:mm at the end',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n`,
      expected: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n**T+0:37** - \n`,
      cursorLine: '**T+0:37** - |',
    },
    {
      name: 'anchored: a table row',
      text: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n| Offset | Event |\n| --- | --- |\n| T+5 | Alert |\n| T+90 | Failback |\n`,
      expected: `${dated}## Timeline\n\nT0 = 14:00 UTC\n\n| Offset | Event |\n| --- | --- |\n| T+5 | Alert |\n| T+37 |  |\n| T+90 | Failback |\n`,
      cursorLine: '| T+37 | | |',
    },
    {
      name: 'anchored: before zero, above every entry',
      text: `${dated}## Timeline\n\nT0 = 15:00 UTC\n\n- T+0 min: Primary killed\n- T+5 min: Alert\n`,
      expected: `${dated}## Timeline\n\nT0 = 15:00 UTC\n\n- T-23 min: \n- T+0 min: Primary killed\n- T+5 min: Alert\n`,
      cursorLine: '- T-23 min: |',
    },
    {
      name: 'anchored, newest first: above the first entry that is not later',
      text: `${dated}## Timeline (most recent first)\n\nT0 = 14:00 UTC\n\n- T+50m: Failback\n- T+3m: Alert fired\n- T+0: Primary killed\n`,
      expected: `${dated}## Timeline (most recent first)\n\nT0 = 14:00 UTC\n\n- T+50m: Failback\n- T+37m: \n- T+3m: Alert fired\n- T+0: Primary killed\n`,
      cursorLine: '- T+37m: |',
    },
    {
      name: 'unanchored, newest first: at the top',
      text: '# Lockout\n\n## Timeline (most recent first)\n\n- T+0:26 Alert\n- T+0:15 Failover\n',
      expected: '# Lockout\n\n## Timeline (most recent first)\n\n- T+ \n- T+0:26 Alert\n- T+0:15 Failover\n',
      cursorLine: '- T+| ',
    },
    {
      name: 'unanchored: after the last entry, the cursor where the offset goes',
      text: '# Lockout\n\n## Timeline\n\n- T+0:15 Failover\n- T+0:26 Alert\n',
      expected: '# Lockout\n\n## Timeline\n\n- T+0:15 Failover\n- T+0:26 Alert\n- T+ \n',
      cursorLine: '- T+| ',
    },
    {
      name: 'unanchored: a table row, the cursor where the offset goes',
      text: '# Lockout\n\n## Timeline\n\n| Offset | Event |\n| --- | --- |\n| T+5 | Alert |\n',
      expected: '# Lockout\n\n## Timeline\n\n| Offset | Event |\n| --- | --- |\n| T+5 | Alert |\n| T+ |  |\n',
      cursorLine: '| T+| |  |',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { edit, cursor } = timelineInsertion(analyze(c.text, { now }), now);
      const result = apply(c.text, edit, cursor);
      assert.strictEqual(result.text, c.expected);
      assert.strictEqual(result.cursorLine, c.cursorLine);
    });
  }
});
