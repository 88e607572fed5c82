// Properties: the scanner never throws and its spans are sound; resolution never throws; zone shifts keep durations.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { findTimes, formatInstant, instantToZoned, parseDuration, readAloneAlike, resolveSequence, resolveTime, scanTimes, type TimeMatch } from '../../../src/core/time';
import { markdownFiles } from '../check/markdown-files';

const pieces = ['2021-09-27', 'T', '15:06', ' ', 'PM', 'EST', 'Monday, ', 'September 27', '??:??', '25:10', ':', '-', '/', '+01:00',
  'UTC', '(', ')', '1', '12', 'a.m.', ', ', ' at ', 'CST', '2024-02-30', 'Sep', '.', '\u2212', '\u{1F600}', 'Pacific Time', ' to '];
const timeish = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((a) => a.join(''));

/** `m` with its positions counted from `by` instead of the text's start. */
function shifted(m: TimeMatch, by: number): TimeMatch {
  const span = (x: { start: number; end: number }) => ({ start: x.start - by, end: x.end - by });
  const out: TimeMatch = { ...m, ...span(m) };
  if (m.dateSpan) out.dateSpan = span(m.dateSpan);
  if (m.timeSpan) out.timeSpan = span(m.timeSpan);
  if (m.weekdaySpan) out.weekdaySpan = span(m.weekdaySpan);
  if (m.zone) out.zone = { ...m.zone, ...span(m.zone) };
  return out;
}

/** Fails when a time of `line` that `readAloneAlike` vouches for reads otherwise from its own span. */
function assertReadAloneAlike(line: string, dayFirst: boolean): void {
  for (const m of scanTimes(line, dayFirst)) {
    if (!readAloneAlike(line, m)) continue;
    const alone = scanTimes(line.slice(m.start, m.end), dayFirst);
    assert.deepStrictEqual(alone.map((a) => ({ ...a })), [shifted(m, m.start)], `${JSON.stringify(line)}: ${JSON.stringify(m.text)}`);
  }
}

const fixtureLines = markdownFiles(path.resolve(__dirname, '../../../../test/fixtures')).flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/));

describe('time engine properties', function () {
  this.timeout(60000);
  it('findTimes never throws and returns ordered spans that slice to their text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), timeish), (s) => {
      const ms = findTimes(s);
      let last = 0;
      for (const m of ms) {
        assert.ok(m.start >= last && m.end > m.start && m.end <= s.length);
        assert.strictEqual(s.slice(m.start, m.end), m.text);
        last = m.end;
      }
    }), { numRuns: 500 });
  });
  it('a time of a line that readAloneAlike vouches for is read alike from its own span (fixture lines)', () => {
    assert.ok(fixtureLines.length > 1000);
    for (const line of fixtureLines) for (const dayFirst of [false, true]) assertReadAloneAlike(line, dayFirst);
  });
  it('a time of a line that readAloneAlike vouches for is read alike from its own span (generated lines)', () => {
    const around = fc.constantFrom('', '- ', '| ', '* ', 'x', '1', 'Monday ', 'on ', 'at ', ' - ', ' | ', ' UTC', ' PM', ', 2021', ' to 7:27 PM', ' 2021', ' min', 'h', ' of downtime', ' (', ')',
      'à ', 'vers ', 'pendant ', 'a las ', 'um ', 'de ', ' de la tarde', ' horas', ' Uhr', '15h', '3', '14h05', ' à 16h', '-18h', 'lundi ', 'Mo., ');
    fc.assert(fc.property(fc.array(around, { maxLength: 3 }), timeish, fc.array(around, { maxLength: 3 }), fc.boolean(), (before, middle, after, dayFirst) => {
      assertReadAloneAlike(before.join('') + middle + after.join(''), dayFirst);
    }), { numRuns: 6000 });
  });
  it('resolveTime and resolveSequence never throw on what findTimes returns', () => {
    fc.assert(fc.property(timeish, fc.constantFrom(undefined, 'America/New_York', 'UTC', 'Asia/Kolkata', 'Mars/Base'), (s, zone) => {
      const ms = findTimes(s);
      for (const m of ms) resolveTime(m, { zone, now: 0, referenceDate: { year: 2021, month: 11, day: 7 } });
      resolveSequence(ms, { zone, referenceDate: { year: 2021, month: 3, day: 14 } });
    }), { numRuns: 1000 });
  });
  it('parseDuration never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (s) => void parseDuration(s)), { numRuns: 1000 });
  });
  it('rewriting two times into another zone leaves the duration between them unchanged', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles', 'UTC'];
    const t0 = Date.UTC(2015, 0, 1);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 * 365 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 }), fc.constantFrom(...zones),
      (startMin, lengthMin, zone) => {
        const a = t0 + startMin * 60000;
        const b = a + lengthMin * 60000;
        const [ra, rb] = [a, b].map((t) => resolveTime(findTimes(formatInstant(t, zone, 'iso-offset'))[0]));
        assert.strictEqual(((rb.instant as number) - (ra.instant as number)) / 60000, lengthMin);
        const z = instantToZoned(a, zone);
        const local = `${z.year}-${z.month}-${z.day} ${z.hour}:${String(z.minute).padStart(2, '0')}`;
        const back = resolveTime(findTimes(local)[0], { zone });
        // A wall-clock reading in an overlap is read as its first occurrence; otherwise it maps back exactly.
        assert.ok(back.instant === a || back.assumptions.some((x) => x.includes('happened twice')));
      }), { numRuns: 500 });
  });
});
