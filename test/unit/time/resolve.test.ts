// Placing written times on the timeline: year and zone precedence, the user's example, DST, rollover.
import * as assert from 'assert';
import {
  correctAbbreviation, findTimes, formatInstant, parseTime, resolveSequence, resolveTime, rollback, rollover, type TimeContext,
} from '../../../src/core/time';

const now = Date.UTC(2026, 10, 25);
const one = (text: string) => {
  const m = parseTime(text);
  assert.ok(m, `not one time: ${text}`);
  return m;
};
const minutesBetween = (a: number | undefined, b: number | undefined): number => ((b as number) - (a as number)) / 60000;

describe('resolving times', () => {
  describe('key facts', () => {
    it('the seed outage (3:06 PM to 7:27 PM EST on Monday, September 27) lasts 261 minutes, and EST should be EDT', () => {
      const start = resolveTime(one('Monday, September 27 at 3:06 PM Eastern Standard Time'), { now });
      const end = resolveTime(one('Monday, September 27 at 7:27 PM Eastern Standard Time'), { now });
      assert.strictEqual(minutesBetween(start.instant, end.instant), 261);
      assert.strictEqual(start.offsetMinutes, -300);
      assert.strictEqual(formatInstant(start.instant as number, start.zone as string, 'iso-offset'), '2021-09-27T15:06:00-05:00');
      assert.deepStrictEqual(start.assumptions, ['year 2021: September 27 is a Monday in 2021']);
      assert.strictEqual(correctAbbreviation('EST', start.instant as number), 'EDT');
    });
    it('01:20 EDT to 01:10 EST on 2021-11-07 is 50 minutes, not minus 10', () => {
      const [a, b] = resolveSequence([one('2021-11-07 01:20 EDT'), one('01:10 EST')], {});
      assert.strictEqual(minutesBetween(a.instant, b.instant), 50);
      const c = resolveTime(one('2021-11-07 01:10 EST'));
      assert.strictEqual(minutesBetween(a.instant, c.instant), 50);
    });
  });

  describe('year precedence', () => {
    const rows: [string, TimeContext, number | undefined, RegExp][] = [
      ['September 27, 2021 15:06', { yearHint: 2030, now }, 2021, /^no zone written/],
      ['Monday, September 27 15:06', { yearHint: 2022, now }, 2022, /year 2022 from the document's date/],
      ['Monday, September 27 15:06', { now }, 2021, /September 27 is a Monday in 2021/],
      ['Monday, September 27 15:06', { now: Date.UTC(2021, 8, 26) }, 2010, /Monday in 2010/],
      ['Sunday, February 29 10:00', { now }, 2004, /February 29 is a Sunday in 2004/],
      ['September 27 15:06', { now, fileNameDate: { year: 2019, month: 9, day: 27 } }, 2019, /from the file name/],
      ['September 27 15:06', { now, referenceDate: { year: 2018, month: 9, day: 26 } }, 2018, /from the surrounding date/],
      ['September 27 15:06', { now }, undefined, /September 27 has no year/],
      // a day without a year is the one nearest the document's date: the background of a March incident is last December
      ['December 5 16:21', { now, yearHint: 2019, referenceDate: { year: 2019, month: 3, day: 26 } }, 2018, /year 2018 from the document's date \(December 5 nearest 2019-03-26\)/],
      ['January 2 10:00', { now, fileNameDate: { year: 2023, month: 12, day: 30 } }, 2024, /year 2024 from the file name \(January 2 nearest 2023-12-30\)/],
      ['December 31 23:50', { now, referenceDate: { year: 2024, month: 1, day: 1 } }, 2023, /year 2023 from the surrounding date/],
      ['June 30 10:00', { now, referenceDate: { year: 2019, month: 1, day: 1 } }, 2019, /year 2019 from the surrounding date\|/],
    ];
    for (const [text, ctx, year, says] of rows) {
      it(`${text} with ${JSON.stringify(Object.keys(ctx))} -> ${year ?? 'unresolved'}`, () => {
        const r = resolveTime(one(text), ctx);
        assert.strictEqual(r.date?.year, year);
        assert.match([...r.assumptions, r.unresolved?.message ?? ''].join('|'), says);
        if (year === undefined) assert.strictEqual(r.unresolved?.reason, 'no-year');
      });
    }
  });

  describe('zones', () => {
    it('reads a written zone over the document zone', () => {
      const r = resolveTime(one('2021-09-27 15:06 UTC'), { zone: 'America/New_York' });
      assert.strictEqual(formatInstant(r.instant as number, 'UTC', 'iso-utc'), '2021-09-27T15:06Z');
    });
    it('uses the document zone with real rules and says so', () => {
      const r = resolveTime(one('2021-09-27 15:06'), { zone: 'America/New_York', zoneSource: "the document's declaration" });
      assert.strictEqual(r.offsetMinutes, -240);
      assert.deepStrictEqual(r.assumptions, ["zone America/New_York from the document's declaration"]);
    });
    it('accepts a declaration such as PST/PDT as the document zone', () => {
      const r = resolveTime(one('2021-01-05 09:00'), { zone: 'PST/PDT' });
      assert.strictEqual(formatInstant(r.instant as number, 'UTC', 'iso-utc'), '2021-01-05T17:00Z');
    });
    it('falls back to UTC and flags it when no zone is known', () => {
      const r = resolveTime(one('2021-09-27 15:06'));
      assert.strictEqual(r.zoneAssumed, true);
      assert.match(r.assumptions.join(), /read as UTC/);
    });
    it('settles an ambiguous abbreviation through the document zone', () => {
      const china = resolveTime(one('2021-07-01 14:00 CST'), { zone: 'Asia/Shanghai' });
      assert.strictEqual(china.offsetMinutes, 480);
      const india = resolveTime(one('2021-07-01 14:00 IST'), { zone: 'Asia/Kolkata' });
      assert.strictEqual(india.offsetMinutes, 330);
      const dublin = resolveTime(one('2021-07-01 14:00 IST'), { zone: 'Europe/Dublin' });
      assert.strictEqual(dublin.offsetMinutes, 60);
      const london = resolveTime(one('2021-07-01 14:00 BST'), { zone: 'Europe/London' });
      assert.strictEqual(london.offsetMinutes, 60);
    });
    it('leaves an ambiguous abbreviation unresolved without a document zone, listing the readings', () => {
      const r = resolveTime(one('2021-07-01 14:00 CST'));
      assert.strictEqual(r.instant, undefined);
      assert.strictEqual(r.unresolved?.reason, 'ambiguous-zone');
      assert.match(r.unresolved?.message ?? '', /Central Standard Time.*China Standard Time/);
      assert.strictEqual(r.zoneCandidates?.length, 3);
    });
    it('reports an unknown document zone', () => {
      assert.strictEqual(resolveTime(one('2021-07-01 14:00'), { zone: 'Mars/Base' }).unresolved?.reason, 'bad-zone');
    });
    it('says when a time falls in a DST gap or overlap', () => {
      const gap = resolveTime(one('2021-03-14 02:30'), { zone: 'America/New_York' });
      assert.match(gap.assumptions.join(), /02:30 did not exist .* read as 03:30/);
      const overlap = resolveTime(one('2021-11-07 01:30'), { zone: 'America/New_York' });
      assert.match(overlap.assumptions.join(), /happened twice .* UTC-04:00/);
    });
  });

  describe('what cannot be resolved', () => {
    const rows: [string, TimeContext, string][] = [
      ['??:??', { referenceDate: { year: 2021, month: 9, day: 27 } }, 'unknown'],
      ['25:10', { referenceDate: { year: 2021, month: 9, day: 27 } }, 'invalid'],
      ['2024-02-30', {}, 'invalid'],
      ['15:06', {}, 'no-date'],
      ['Sep 27 15:06', { now }, 'no-year'],
    ];
    for (const [text, ctx, reason] of rows) {
      it(`${text} -> ${reason}`, () => assert.strictEqual(resolveTime(one(text), ctx).unresolved?.reason, reason));
    }
    it('gives a date-only expression the start of its day', () => {
      const r = resolveTime(one('2021-09-27'), { zone: 'Europe/Paris' });
      assert.strictEqual(r.dateOnly, true);
      assert.strictEqual(formatInstant(r.instant as number, 'Europe/Paris', 'iso-offset'), '2021-09-27T00:00:00+02:00');
    });
  });

  describe('sequences and rollover', () => {
    const day = { year: 2021, month: 9, day: 27 };
    const rows: [string, TimeContext, string[]][] = [
      ['23:50, 00:10, 01:00', { referenceDate: day }, ['2021-09-27T23:50Z', '2021-09-28T00:10Z', '2021-09-28T01:00Z']],
      ['22:00, 21:30', { referenceDate: day }, ['2021-09-27T22:00Z', '2021-09-27T21:30Z']],
      ['10:00, 09:00 PM, 02:00 AM', { referenceDate: day }, ['2021-09-27T10:00Z', '2021-09-27T21:00Z', '2021-09-28T02:00Z']],
      ['2021-09-27 23:00, 2021-09-29 08:00, 09:00', {}, ['2021-09-27T23:00Z', '2021-09-29T08:00Z', '2021-09-29T09:00Z']],
      ['23:30, 00:30', { referenceDate: { year: 2021, month: 11, day: 6 }, zone: 'America/New_York' }, ['2021-11-07T03:30Z', '2021-11-07T04:30Z']],
      ['01:50, 01:10', { referenceDate: { year: 2021, month: 11, day: 7 }, zone: 'America/New_York' }, ['2021-11-07T05:50Z', '2021-11-07T06:10Z']],
      ['23:00, 03:30', { referenceDate: { year: 2021, month: 3, day: 13 }, zone: 'America/New_York' }, ['2021-03-14T04:00Z', '2021-03-14T07:30Z']],
    ];
    for (const [text, ctx, expected] of rows) {
      it(`${text} in ${ctx.zone ?? 'UTC'}`, () => {
        const got = resolveSequence(findTimes(text), ctx).map((r) => formatInstant(r.instant as number, 'UTC', 'iso-utc'));
        assert.deepStrictEqual(got, expected);
      });
    }
    // newest first: an HH:MM going forward by more than 12 hours is on the day before; a step back stays on its day
    const newestFirstRows: [string, TimeContext, string[]][] = [
      ['01:00, 00:10, 23:50', { referenceDate: day }, ['2021-09-27T01:00Z', '2021-09-27T00:10Z', '2021-09-26T23:50Z']],
      ['23:10, 22:30, 10:20, 09:50', { referenceDate: day }, ['2021-09-27T23:10Z', '2021-09-27T22:30Z', '2021-09-27T10:20Z', '2021-09-27T09:50Z']],
      ['21:30, 22:00', { referenceDate: day }, ['2021-09-27T21:30Z', '2021-09-27T22:00Z']],
      ['2021-09-29 08:00, 2021-09-27 23:00, 22:00', {}, ['2021-09-29T08:00Z', '2021-09-27T23:00Z', '2021-09-27T22:00Z']],
      ['00:30, 23:30', { referenceDate: { year: 2021, month: 11, day: 7 }, zone: 'America/New_York' }, ['2021-11-07T04:30Z', '2021-11-07T03:30Z']],
    ];
    for (const [text, ctx, expected] of newestFirstRows) {
      it(`newest first: ${text} in ${ctx.zone ?? 'UTC'}`, () => {
        const got = resolveSequence(findTimes(text), ctx, true).map((r) => formatInstant(r.instant as number, 'UTC', 'iso-utc'));
        assert.deepStrictEqual(got, expected);
      });
    }
    it('says why a time moved to the day before in a timeline written newest first', () => {
      const [, b] = resolveSequence(findTimes('00:10 then 23:50'), { referenceDate: day }, true);
      assert.match(b.assumptions.join(), /day before: 23:50 is more than 12 hours after the entry above it .* so it is on September 26, 2021/);
    });
    it('rollback takes calendar days in the zone, not 24-hour blocks', () => {
      const prev = Date.parse('2021-11-07T01:00:00-05:00');
      const next = Date.parse('2021-11-07T23:00:00-05:00');
      assert.strictEqual(rollback(prev, next, 'America/New_York'), Date.parse('2021-11-06T23:00:00-04:00'));
      assert.strictEqual(rollback(prev, prev + 3600000), prev + 3600000);
    });
    it('says why a time moved to the next day', () => {
      const [, b] = resolveSequence(findTimes('23:50 then 00:10'), { referenceDate: day });
      assert.match(b.assumptions.join(), /next day: 00:10 is more than 12 hours before the previous time, so it is on September 28, 2021/);
    });
    it('rollover adds calendar days in the zone, not 24-hour blocks', () => {
      const prev = Date.parse('2021-11-06T23:00:00-04:00');
      const next = Date.parse('2021-11-06T01:00:00-04:00');
      assert.strictEqual(rollover(prev, next, 'America/New_York'), Date.parse('2021-11-07T01:00:00-04:00'));
      assert.strictEqual(rollover(prev, prev - 3600000), prev - 3600000);
    });
  });
});
