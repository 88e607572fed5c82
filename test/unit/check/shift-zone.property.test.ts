// Properties: rewriting every timestamp of a postmortem into another zone (with that zone written next to it) leaves
// every duration metric and ordering finding unchanged and writes no wrong abbreviation; no time rule ever crashes.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { check } from '../../../src/core/check/check';
import { formatDuration, formatInstant, type InstantStyle } from '../../../src/core/time';

/** Zones whose abbreviations have one reading, so a rewritten time is never ambiguous. */
const ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'America/Denver', 'America/Anchorage', 'Europe/Paris', 'Europe/Athens',
  'Australia/Sydney', 'Pacific/Auckland', 'Asia/Tokyo', 'Africa/Johannesburg'];
const STYLES: InstantStyle[] = ['iso-offset', 'iso-utc', 'human'];
const MINUTE = 60_000;
/** 1990-01-01 to 2037-12-31, in minutes since the epoch. */
const FROM = Date.UTC(1990, 0, 1) / MINUTE;
const TO = Date.UTC(2037, 11, 31) / MINUTE;

interface Incident {
  start: number;
  detected: number;
  mitigated: number;
  end: number;
  /** Other timeline entries, in the order written (not necessarily chronological). */
  notes: number[];
}

const incident: fc.Arbitrary<Incident> = fc
  .record({
    start: fc.integer({ min: FROM, max: TO }),
    toDetect: fc.integer({ min: 0, max: 600 }),
    toMitigate: fc.integer({ min: 0, max: 3000 }),
    toEnd: fc.integer({ min: 0, max: 3000 }),
    notes: fc.array(fc.integer({ min: -120, max: 7000 }), { maxLength: 4 }),
  })
  .map(({ start, toDetect, toMitigate, toEnd, notes }) => ({
    start: start * MINUTE,
    detected: (start + toDetect) * MINUTE,
    mitigated: (start + toDetect + toMitigate) * MINUTE,
    end: (start + toDetect + toMitigate + toEnd) * MINUTE,
    notes: notes.map((n) => (start + n) * MINUTE),
  }));

/** The incident written as a postmortem, every timestamp in `zone` in one style, with the zone written. */
function write(i: Incident, zone: string, style: InstantStyle): string {
  const ts = (instant: number) => formatInstant(instant, zone, style);
  return [
    '# Postmortem: generated incident',
    '',
    '## Summary',
    '',
    'A generated incident.',
    '',
    `- **Start:** ${ts(i.start)}`,
    `- **Detected:** ${ts(i.detected)}`,
    `- **End:** ${ts(i.end)}`,
    `- **Duration:** ${formatDuration((i.end - i.start) / MINUTE)}`,
    '',
    '## Timeline',
    '',
    `- ${ts(i.start)} - Outage begins.`,
    ...i.notes.map((n, k) => `- ${ts(n)} - Note ${k + 1}.`),
    `- ${ts(i.mitigated)} - Mitigated.`,
    `- ${ts(i.end)} - Resolved.`,
    '',
  ].join('\n');
}

/** What must not change: the metrics and the findings that compare times. */
function invariants(text: string) {
  const { analysis, findings } = check(text, { markdownlint: false, now: Date.UTC(2040, 0, 1) });
  const m = analysis.metrics;
  return {
    metrics: [m.durationMinutes, m.durationLabel, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes],
    ordering: findings.filter((f) => /^PM0(?:04|05|12|13)$/.test(f.ruleId)).map((f) => `${f.range.start.line} ${f.ruleId}`),
    zoneProblems: findings.filter((f) => /^PM0(?:03|06|07|08|09|10|11|14)$/.test(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`),
  };
}

describe('check: shifting a document into another zone', function () {
  this.timeout(120_000);

  it('leaves every duration metric and every ordering finding unchanged', () => {
    fc.assert(
      fc.property(incident, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), fc.constantFrom(...STYLES), fc.constantFrom(...STYLES), (i, from, to, styleA, styleB) => {
        const a = invariants(write(i, from, styleA));
        const b = invariants(write(i, to, styleB));
        const minutes = (x: number, y: number) => Math.round((y - x) / MINUTE);
        assert.deepStrictEqual(a.metrics, [minutes(i.start, i.end), formatDuration(minutes(i.start, i.end)), minutes(i.start, i.detected), minutes(i.start, i.mitigated), minutes(i.start, i.end)]);
        assert.deepStrictEqual(b.metrics, a.metrics);
        assert.deepStrictEqual(b.ordering, a.ordering);
        assert.deepStrictEqual([a.zoneProblems, b.zoneProblems], [[], []]);
      }),
      { numRuns: 150 },
    );
  });

  it('never crashes a time rule on time-ish documents', () => {
    const pieces = ['2021-09-27', 'T', '15:06', ' ', 'PM', 'EST', 'CST', 'Monday, ', 'September 27', '??:??', '25:10', '2024-02-30', '20240-4-11',
      ' - ', '3:06 - 7:27 PM', ' BST', '+01:00', 'Z', ' UTC', 'Outage begins', 'Resolved', 'detected', '**Start:** ', '**End:** ',
      '**Duration:** ', '45 minutes', '3 hours', '| ', ' |', '### 2024-11-05', '00:20', 'All times UTC.', 'Pacific Time', 'Tue, '];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(''));
    const body = fc.array(fc.oneof(line, fc.constant('## Timeline'), fc.constant('|---|---|'), fc.constant('- ').chain((b) => line.map((l) => b + l))), { maxLength: 20 });
    fc.assert(fc.property(body, (lines) => {
      const { findings } = check(['# X', ...lines].join('\n'), { markdownlint: false, now: Date.UTC(2026, 0, 1) });
      const crashes = findings.filter((f) => f.message.startsWith('Internal error'));
      assert.deepStrictEqual(crashes, []);
      for (const f of findings) assert.ok(f.range.start.line >= 1 && f.range.start.column >= 1, JSON.stringify(f));
    }), { numRuns: 300 });
  });

  it('holds across the fall-back hour in New York (01:20 EDT to 01:10 EST is 50 minutes)', () => {
    const i: Incident = { start: Date.UTC(2021, 10, 7, 5, 20), detected: Date.UTC(2021, 10, 7, 5, 30), mitigated: Date.UTC(2021, 10, 7, 6, 0), end: Date.UTC(2021, 10, 7, 6, 10), notes: [] };
    const ny = write(i, 'America/New_York', 'human');
    assert.ok(ny.includes('1:20 AM EDT') && ny.includes('1:10 AM EST'), ny);
    assert.deepStrictEqual(invariants(ny).metrics, [50, '50 min', 10, 40, 50]);
    for (const zone of ZONES) assert.deepStrictEqual(invariants(write(i, zone, 'iso-offset')).metrics, [50, '50 min', 10, 40, 50], zone);
  });
});
