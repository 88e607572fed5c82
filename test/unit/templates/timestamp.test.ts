import * as assert from 'assert';
import { formatStart, formatTimestamp, templateVariables, timestampStyleOf, zoneForTimestamps } from '../../../src/core/templates';
import { parseTime, resolveTime } from '../../../src/core/time';

// 2026-03-12 18:02:09 UTC: New York is on EDT (-04:00) since March 8
const instant = Date.UTC(2026, 2, 12, 18, 2, 9);

describe('templates: timestamps in the document\'s style', () => {
  const cases: { written: string; zone: string; expected: string }[] = [
    { written: '15:06', zone: 'UTC', expected: '18:02' },
    { written: '15:06', zone: 'America/New_York', expected: '14:02' },
    { written: '3:06 PM EST', zone: 'America/New_York', expected: '2:02 PM EDT' },
    { written: '3:06 pm', zone: 'UTC', expected: '6:02 pm' },
    { written: '2024-03-12T14:02Z', zone: 'UTC', expected: '2026-03-12T18:02Z' },
    { written: '2024-03-12T14:02:00+01:00', zone: 'Europe/Paris', expected: '2026-03-12T19:02:09+01:00' },
    { written: '2024-03-12 14:02 UTC', zone: 'UTC', expected: '2026-03-12 18:02 UTC' },
    { written: 'Sep 27 15:06', zone: 'UTC', expected: 'Mar 12 18:02' },
    { written: 'Monday, September 27 at 3:06 PM Eastern Standard Time', zone: 'America/New_York', expected: 'March 12 2:02 PM EDT' },
    { written: '14:02 Europe/Berlin', zone: 'Europe/Berlin', expected: '19:02 Europe/Berlin' },
    // French and Quebec clocks keep their h
    { written: '14h05', zone: 'Europe/Paris', expected: '19h02' },
    { written: '9h30 CET', zone: 'Europe/Paris', expected: '19h02 CET' },
    { written: '18H00', zone: 'UTC', expected: '18H02' },
    { written: '14 h 05', zone: 'America/Toronto', expected: '14h02' },
    // a zone with no abbreviation, next to times that write one: its offset after UTC, read back on either side of UTC
    { written: '2024-03-12 14:02 EST', zone: '-03:00', expected: '2026-03-12 15:02 UTC-03:00' },
    { written: '2024-03-12 14:02 EST', zone: '+05:30', expected: '2026-03-12 23:32 UTC+05:30' },
    // next to UTC, Z or an offset after a blank, an offset west of UTC after UTC too (` -05:00` alone reads as a range's end)
    { written: '2024-03-12 14:02 UTC', zone: '-03:00', expected: '2026-03-12 15:02 UTC-03:00' },
    { written: '2024-03-12 14:02 +01:00', zone: '-05:00', expected: '2026-03-12 13:02 UTC-05:00' },
    { written: '2024-03-12 14:02 +01:00', zone: '+05:30', expected: '2026-03-12 23:32 +05:30' },
    { written: '2024-03-12 14:02Z', zone: '-05:00', expected: '2026-03-12 13:02 UTC-05:00' },
    { written: '2024-03-12T14:02Z', zone: '-05:00', expected: '2026-03-12T13:02-05:00' },
  ];
  for (const c of cases) {
    it(`${c.written} in ${c.zone} -> ${c.expected}`, () => {
      const style = timestampStyleOf(c.written);
      assert.ok(style, 'no style');
      const text = formatTimestamp(instant, c.zone, style);
      assert.strictEqual(text, c.expected);
      // written with its date and zone, it reads back as the same instant (to the minute unless seconds are written)
      if (style.date === 'iso' && style.zone !== 'none') assert.strictEqual(resolveTime(parseTime(text)!).instant, style.seconds ? instant : instant - 9000, text);
    });
  }

  it('has no style for text that is not one time', () => {
    for (const text of ['soon', '??:??', 'from 3:06 to 7:27 PM', '2024-03-12']) assert.strictEqual(timestampStyleOf(text), undefined, text);
  });

  it('reads an abbreviation as its region, so the label follows daylight saving', () => {
    assert.strictEqual(zoneForTimestamps('EST'), 'America/New_York');
    assert.strictEqual(zoneForTimestamps('UTC'), 'UTC');
    assert.strictEqual(zoneForTimestamps('+05:30'), '+05:30');
    assert.strictEqual(zoneForTimestamps('Nowhere/Else'), undefined);
  });
});

describe('templates: variables for an incident', () => {
  const starts: [string, string][] = [
    ['UTC', '2026-03-12 18:02 UTC'],
    ['America/New_York', '2026-03-12 14:02 EDT'],
    ['Asia/Kolkata', '2026-03-12 23:32 UTC+05:30'],
    ['+01:00', '2026-03-12 19:02 UTC+01:00'],
    ['-05:00', '2026-03-12 13:02 UTC-05:00'],
  ];
  for (const [zone, expected] of starts) {
    it(`prints the start in ${zone} as ${expected}, which reads back`, () => {
      assert.strictEqual(formatStart(instant, zone), expected);
      assert.strictEqual(resolveTime(parseTime(expected)!).instant, instant - 9000);
    });
  }

  it('takes the date from the zone of the incident', () => {
    const late = Date.UTC(2026, 2, 13, 2, 30);
    assert.deepStrictEqual(templateVariables({ title: 'T', severity: 'SEV1', author: 'A', start: late, zone: 'America/Los_Angeles' }), {
      title: 'T', date: '2026-03-12', start: '2026-03-12 19:30 PDT', timezone: 'America/Los_Angeles', severity: 'SEV1', author: 'A',
    });
  });
});
