// Relative times as game days and offset timelines write them (`T+0:15`, `T+3m`, `T-10 min`), what `readOffset`
// reads at the start of an entry's time, and what the time scanner no longer reads as a clock.
import * as assert from 'assert';
import { readOffset, scanTimes } from '../../../src/core/time';

describe('offsets from a zero point', () => {
  // [text, minutes from zero (undefined: no offset), the offset's text when it is not the whole text, bare `+hh:mm` read]
  const rows: [string, number | undefined, string?, boolean?][] = [
    ['T+0', 0],
    ['T+0: Primary killed (14:00 UTC)', 0, 'T+0'],
    ['T+5', 5],
    ['T+5 | First detection', 5, 'T+5'],
    ['T+3m', 3],
    ['T+3m: Alert fired', 3, 'T+3m'],
    ['T+3 min', 3],
    ['T+10 minutes', 10],
    ['T+1h20m', 80],
    ['T+1h20m: Recovered', 80, 'T+1h20m'],
    ['T+1h', 60],
    ['T+2 hours', 120],
    ['T+0:15', 15],
    ['T+0:15** - Decided to add vmbr1', 15, 'T+0:15'],
    ['T+1:30', 90],
    ['T+00:25', 25],
    ['T+9:00 - INCIDENT END', 540, 'T+9:00'],
    ['T-10 min: Pre-checks done', -10, 'T-10 min'],
    ['T−5m', -5],
    ['T-0:00', 0],
    ['T+1d', 1440],
    ['T+1d 2h', 1560],
    // decimal amounts of a unit: a game day's `T+1.5h`; seconds are kept as a clock's are (`T+2.5m` is 2 min 30 s)
    ['T+1.5h', 90],
    ['T+1.5h: Failback', 90, 'T+1.5h'],
    ['T+0.25 hours', 15],
    ['T+2.5m', 2.5],
    ['T+1.5d', 2160],
    ['T-0.5h', -30],
    // h:mm:ss: the seconds kept, as a clock's (`14:17:49`) are
    ['T+0:15:30', 15.5],
    ['T+00:15:30', 15.5],
    ['T+1:00:00 - Failback', 60, 'T+1:00:00'],
    ['T + 5m', 5],
    ['T +5', 5],
    ['+00:25 Failover complete', 25, '+00:25', true],
    ['+1:05', 65, '+1:05', true],
    ['+00:25:10 Failover complete', 25 + 10 / 60, '+00:25:10', true],
    // not offsets
    ['+00:25 Failover complete', undefined, undefined, false],
    ['T+ notation', undefined],
    ['T+notation', undefined],
    ['T+5x', undefined],
    ['T+5.5', undefined],
    ['T+1.5.3h', undefined],
    ['T+1.555h', undefined],
    ['T+1,5h', undefined],
    ['T+1.h', undefined],
    // a decimal amount is one unit alone: after `1h` the offset ends
    ['T+1h 2.5m', 60, 'T+1h'],
    ['T+0:15:30:10', undefined],
    ['T+0:15:3', undefined],
    ['T+0:15:60', undefined],
    ['T+0:60', undefined],
    ['ASCII T+', undefined],
    ['C++', undefined],
    ['+1 for this idea', undefined, undefined, true],
    ['+15 more', undefined, undefined, true],
    ['v2+3', undefined],
    ['Tuesday', undefined],
    ['T2+3', undefined],
    ['TLS+5', undefined],
  ];
  for (const [text, minutes, written, bare] of rows) {
    it(`${JSON.stringify(text)}${bare ? ' (bare allowed)' : ''} -> ${minutes}`, () => {
      const m = readOffset(text, 0, text.length, bare ?? false);
      assert.strictEqual(m?.minutes, minutes);
      if (m) assert.strictEqual(text.slice(m.start, m.end), written ?? text);
    });
  }

  it('reads no offset that continues a word (`GMT+1`, `ASCII T+5` read at the T of a word)', () => {
    assert.strictEqual(readOffset('GMT+1', 2), undefined);
    assert.strictEqual(readOffset('AT+5', 1), undefined);
    assert.strictEqual(readOffset('at T+5', 3)?.minutes, 5);
  });

  it('reads only before `to`', () => assert.strictEqual(readOffset('T+1h20m', 0, 4)?.minutes, 60));

  // The time scanner reads no clock in an offset's amount, and still reads clocks next to one.
  const scans: [string, string[]][] = [
    ['**T+0:15** - Decided to add vmbr1', []],
    ['T - 0:30 rollback', []],
    ['T+0:15:30 alert', []],
    ['T+1.5h failback', []],
    ['T+00:15:30 alert (14:15:30 UTC)', ['14:15:30 UTC']],
    ['T−0:30 rollback', []],
    ['T+0: Primary killed (14:00 UTC)', ['14:00 UTC']],
    ['T+0 = 14:00 UTC', ['14:00 UTC']],
    ['14:02 - 14:30 degraded', ['14:02', '14:30']],
    ['2024-03-12T10:00-05:00', ['2024-03-12T10:00-05:00']],
  ];
  for (const [text, times] of scans) {
    it(`scanTimes(${JSON.stringify(text)}) reads ${JSON.stringify(times)}`, () => assert.deepStrictEqual(scanTimes(text).map((m) => m.text), times));
  }
});
