import * as assert from 'assert';
import { formatOffsetFromStart, formatUtc, formatWallClock, timeHoverLines, zoneOffsetMinutes } from '../../../src/extension/hover/format';
import type { ResolvedTime } from '../../../src/core/analysis/types';

/** A resolved time with the scanner details hovers do not read. */
const rt = (t: Omit<ResolvedTime, 'source' | 'match'>): ResolvedTime => ({ source: 'text', match: {} as ResolvedTime['match'], ...t });
const range = { start: { line: 3, column: 42 }, end: { line: 3, column: 71 } };
/** 3:06 PM on Monday 27 September 2021 in New York (EDT, UTC-4) = 19:06 UTC. */
const start: ResolvedTime = rt({
  text: 'Monday, September 27 at 3:06 PM Eastern Standard Time', range, instant: Date.UTC(2021, 8, 27, 19, 6), zone: 'America/New_York',
  offsetMinutes: -240, assumptions: ['year 2021 from the weekday (Monday)'], written: { month: 9, day: 27, weekday: 1, hour: 15, minute: 6 },
});
const end: ResolvedTime = { ...start, text: 'Monday, September 27 at 7:27 PM Eastern Standard Time', range: { start: { line: 4, column: 40 }, end: { line: 4, column: 93 } }, instant: Date.UTC(2021, 8, 27, 23, 27) };

describe('editor: timestamp hover', () => {
  const offsets: [number, string, number | undefined][] = [
    [Date.UTC(2021, 8, 27, 19, 6), 'America/New_York', -240],
    [Date.UTC(2021, 0, 15, 12, 0), 'America/New_York', -300],
    [Date.UTC(2024, 2, 12, 14, 2), 'Asia/Kolkata', 330],
    [Date.UTC(2024, 2, 12, 14, 2), 'UTC', 0],
    [Date.UTC(2024, 2, 12, 14, 2), '+01:00', 60],
    [Date.UTC(2024, 2, 12, 14, 2), 'Mars/Olympus', undefined],
  ];
  for (const [instant, zone, expected] of offsets) {
    it(`offset of ${zone} at ${new Date(instant).toISOString()} is ${expected}`, () => assert.strictEqual(zoneOffsetMinutes(instant, zone), expected));
  }

  it('formats wall clock, UTC and T+ offsets', () => {
    assert.strictEqual(formatWallClock(Date.UTC(2021, 8, 27, 19, 6), -240), 'Mon 27 Sep 2021 15:06');
    assert.strictEqual(formatWallClock(Date.UTC(2021, 8, 27, 19, 6, 30), 0), 'Mon 27 Sep 2021 19:06:30');
    assert.strictEqual(formatUtc(Date.UTC(2021, 8, 27, 19, 6)), '2021-09-27T19:06:00Z');
    assert.strictEqual(formatOffsetFromStart(Date.UTC(2021, 8, 27, 23, 27), Date.UTC(2021, 8, 27, 19, 6)), 'T+04:21');
    assert.strictEqual(formatOffsetFromStart(Date.UTC(2021, 8, 27, 19, 1), Date.UTC(2021, 8, 27, 19, 6)), 'T-00:05');
    assert.strictEqual(formatOffsetFromStart(Date.UTC(2021, 8, 29, 0, 6), Date.UTC(2021, 8, 27, 19, 6)), 'T+29:00');
  });

  it('shows the seed example\'s end time in the document zone, in UTC, from the start, with the assumption', () => {
    const lines = timeHoverLines(end, { start, documentZone: { zone: 'America/New_York', text: 'Eastern Standard Time', source: 'declaration' } });
    assert.deepStrictEqual(lines, [
      '`Monday, September 27 at 7:27 PM Eastern Standard Time` is read as:',
      '',
      '- Mon 27 Sep 2021 19:27 America/New_York (UTC-04:00) (the document\'s zone)',
      '- 2021-09-27T23:27:00Z (UTC)',
      '- T+04:21 from the outage start (`Monday, September 27 at 3:06 PM Eastern Standard Time`)',
      '',
      'Assumed: year 2021 from the weekday (Monday).',
    ]);
  });

  it('adds the document zone when the time has its own', () => {
    const utcTime: ResolvedTime = rt({ text: '2021-09-27T19:27Z', range: { start: { line: 12, column: 3 }, end: { line: 12, column: 20 } }, instant: Date.UTC(2021, 8, 27, 19, 27), zone: 'UTC', offsetMinutes: 0, assumptions: [], written: {} });
    const lines = timeHoverLines(utcTime, { start, documentZone: { zone: 'Europe/Berlin', text: 'CEST', source: 'setting' } });
    assert.deepStrictEqual(lines, [
      '`2021-09-27T19:27Z` is read as:', '',
      '- Mon 27 Sep 2021 21:27 Europe/Berlin (UTC+02:00) (the document\'s zone)',
      '- 2021-09-27T19:27:00Z (UTC)',
      '- T+00:21 from the outage start (`Monday, September 27 at 3:06 PM Eastern Standard Time`)',
    ]);
  });

  it('says the start is T+00:00 and explains unknown and unplaced times', () => {
    assert.ok(timeHoverLines(structuredClone(start), { start }).includes('- T+00:00: the outage start'));
    assert.deepStrictEqual(timeHoverLines(rt({ text: '??:??', range, unknown: true, assumptions: [], written: {} }), {}),
      ['`??:??`: an unknown time, left out of the ordering and the metrics.']);
    assert.deepStrictEqual(timeHoverLines(rt({ text: 'Early afternoon', range, assumptions: ['no date in the document'], written: {} }), {}),
      ['`Early afternoon` could not be placed in time.', '- no date in the document']);
    const noDate = rt({ text: '3:06 PM EST', range, assumptions: [], written: { hour: 15, minute: 6 } });
    noDate.problem = { reason: 'no-date' as NonNullable<ResolvedTime['problem']>['reason'], message: 'No date: add one to the entry or a "### 2021-09-27" heading above it.' };
    assert.deepStrictEqual(timeHoverLines(noDate, {}),
      ['`3:06 PM EST` could not be placed in time: No date: add one to the entry or a "### 2021-09-27" heading above it.']);
  });
});
