// Calendar answers: weekdays, valid dates, which year a weekday date is, printing instants, dates in file names.
import * as assert from 'assert';
import { dateFromFileName, formatInstant, inferYear, isValidDate, weekdayOf } from '../../../src/core/time';

const now = Date.UTC(2026, 10, 25);

describe('calendar', () => {
  it('knows weekdays', () => {
    assert.strictEqual(weekdayOf(2021, 9, 27), 1);
    assert.strictEqual(weekdayOf(2000, 1, 1), 6);
    assert.strictEqual(weekdayOf(2024, 2, 29), 4);
  });
  const valid: [number, number, number, boolean][] = [
    [2024, 2, 29, true], [2023, 2, 29, false], [2024, 2, 30, false], [2000, 2, 29, true], [1900, 2, 29, false],
    [2021, 4, 31, false], [2021, 12, 31, true], [2021, 13, 1, false], [2021, 0, 1, false], [2021, 1, 0, false],
  ];
  for (const [y, m, d, ok] of valid) it(`${y}-${m}-${d} is ${ok ? 'valid' : 'invalid'}`, () => assert.strictEqual(isValidDate(y, m, d), ok));

  describe('inferYear: the most recent year, not in the future, where the date has that weekday', () => {
    const rows: [string, number, number, number, number, number | undefined][] = [
      ['Monday, September 27 (the seed)', 9, 27, 1, now, 2021],
      ['Tuesday, September 27', 9, 27, 2, now, 2022],
      ['Wednesday, November 25 (today counts)', 11, 25, 3, now, 2026],
      ['Thursday, November 26 (tomorrow does not)', 11, 26, 4, now, 2020],
      ['Saturday, February 29', 2, 29, 6, now, 2020],
      ['Thursday, February 29', 2, 29, 4, now, 2024],
      ['Friday, March 12 (2021 is still ahead)', 3, 12, 5, Date.UTC(2021, 2, 11), 2010],
      ['Monday, February 30', 2, 30, 1, now, undefined],
    ];
    for (const [label, m, d, wd, at, year] of rows) it(label, () => assert.strictEqual(inferYear(m, d, wd, at), year));
  });

  describe('formatInstant', () => {
    const t = Date.UTC(2021, 8, 27, 19, 6);
    const rows: [string, number, string, 'iso-offset' | 'iso-utc' | 'human', string][] = [
      ['ISO with offset', t, 'America/New_York', 'iso-offset', '2021-09-27T15:06:00-04:00'],
      ['ISO UTC', t, 'America/New_York', 'iso-utc', '2021-09-27T19:06Z'],
      ['human, New York', t, 'America/New_York', 'human', 'Mon, Sep 27 2021 3:06 PM EDT'],
      ['human, abbreviation as written', t, 'EST', 'human', 'Mon, Sep 27 2021 2:06 PM EST'],
      ['human, UTC', t, 'UTC', 'human', 'Mon, Sep 27 2021 7:06 PM UTC'],
      ['human, fixed offset', t, '+05:30', 'human', 'Tue, Sep 28 2021 12:36 AM UTC+05:30'],
      ['ISO offset in UTC', t, 'UTC', 'iso-offset', '2021-09-27T19:06:00+00:00'],
      ['ISO UTC with seconds', t + 7000, 'UTC', 'iso-utc', '2021-09-27T19:06:07Z'],
      ['ISO with offset, India', t, 'Asia/Kolkata', 'iso-offset', '2021-09-28T00:36:00+05:30'],
      ['human, winter London', Date.UTC(2021, 0, 5, 0, 0), 'Europe/London', 'human', 'Tue, Jan 5 2021 12:00 AM GMT'],
    ];
    for (const [label, instant, zone, style, expected] of rows) it(label, () => assert.strictEqual(formatInstant(instant, zone, style), expected));
  });

  describe('dateFromFileName', () => {
    const rows: [string, string | undefined][] = [
      ['2021-09-27-foo.md', '2021-09-27'],
      ['postmortems/2021-09-27-us-east-1-servers.md', '2021-09-27'],
      ['C:\\notes\\2021_09_27_db.md', '2021-09-27'],
      ['incident-20210927.md', '2021-09-27'],
      ['outage-2021-02-30.md', undefined],
      ['notes.md', undefined],
      ['v12345678.md', undefined],
      ['2021/09/27.md', undefined],
    ];
    for (const [name, iso] of rows) {
      it(`${name} -> ${iso ?? 'none'}`, () => {
        const d = dateFromFileName(name);
        assert.strictEqual(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, iso);
      });
    }
  });
});
