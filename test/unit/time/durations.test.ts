// Durations as written in postmortems, and how we print them.
import * as assert from 'assert';
import { findDuration, formatDuration, parseDuration } from '../../../src/core/time';

describe('durations', () => {
  const rows: [string, number | undefined][] = [
    ['4 hours 21 minutes', 261], ['4h 21m', 261], ['4h21m', 261], ['261 minutes', 261], ['about 4.5 hours', 270],
    ['1 hr 5 min', 65], ['4:21', 261], ['2 days', 2880], ['4 hours and 21 minutes.', 261], ['4 hours, 21 minutes', 261],
    ['~2h', 120], ['approx. 45 mins', 45], ['half an hour', 30], ['an hour', 60], ['1 day 3 hours', 1620],
    ['90 sec', 1.5], ['PT4H21M', 261], ['P1DT2H', 1560], ['4 h 21 min', 261], ['2 d 3 h', 3060], ['1,5 hours', 90],
    ['1 week', 10080], ['0 min', 0], ['4:21:30', 261.5],
    // the French and German way: minutes right after the `h` (`2h30`, `1h05`); not after a blank (`2h 30 servers`)
    ['2h30', 150], ['1h05', 65], ['2H30', 150], ['~1h30', 90], ['2h30m', 150], ['1 h 30', undefined], ['1 day 2h30', 1590], ['2h3', undefined], ['2h300', undefined], ['2h60', undefined],
    ['', undefined], ['TBD', undefined], ['4', undefined], ['as', undefined], ['15:06 to 19:27', undefined], ['4 hours ago-ish', undefined],
  ];
  for (const [text, minutes] of rows) it(`parseDuration(${JSON.stringify(text)}) = ${minutes}`, () => assert.strictEqual(parseDuration(text), minutes));

  it('finds a duration inside a field value, with its span', () => {
    const text = '**Duration:** ~4 hours 21 minutes (3:06 PM to 7:27 PM)';
    const d = findDuration(text);
    assert.ok(d);
    assert.strictEqual(d.minutes, 261);
    assert.strictEqual(text.slice(d.start, d.end), '4 hours 21 minutes');
    assert.strictEqual(findDuration('from 3:06 PM to 7:27 PM'), undefined);
    assert.strictEqual(findDuration('a small number of servers'), undefined);
    assert.strictEqual(findDuration('The outage lasted 50 min in total')?.minutes, 50);
    assert.deepStrictEqual([findDuration('Durée : 2h30 de coupure')?.minutes, findDuration('Durée : 2h30 de coupure')?.text], [150, '2h30']);
    assert.strictEqual(findDuration('took 2h 30 servers')?.minutes, 120);
  });

  const formats: [number, string][] = [[261, '4 h 21 min'], [50, '50 min'], [3060, '2 d 3 h'], [0, '0 min'], [60, '1 h'],
    [1441, '1 d 1 min'], [29.6, '30 min'], [-10, '-10 min'], [0.2, '0 min']];
  for (const [minutes, label] of formats) it(`formatDuration(${minutes}) = ${label}`, () => assert.strictEqual(formatDuration(minutes), label));
  it('round-trips its own format', () => {
    for (const m of [0, 1, 59, 60, 61, 261, 1439, 1440, 3060, 10000]) assert.strictEqual(parseDuration(formatDuration(m)), m);
  });
});
