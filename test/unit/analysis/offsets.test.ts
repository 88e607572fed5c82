// Timelines written as offsets from a zero point (game days, home-lab incidents): the entries the model reads, the
// zero point that anchors them, and the metrics, anchored (zero + offset) or not (between offsets).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis';
import { parsePostmortem } from '../../../src/core/model';

const now = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));
const doc = (...lines: string[]) => lines.join('\n') + '\n';
// built to out/test/unit/analysis/
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/documents/times', name), 'utf8');

describe('model: timeline entries written as offsets', () => {
  // [line under `## Timeline`, timeText, minutes from zero, text]
  const rows: [string, string, number, string][] = [
    ['- T-10 min: Pre-checks done', 'T-10 min', -10, 'Pre-checks done'],
    ['- T+0: Primary killed (14:00 UTC)', 'T+0', 0, 'Primary killed (14:00 UTC)'],
    ['- T+3m: Alert fired', 'T+3m', 3, 'Alert fired'],
    ['- T+3 min - Alert fired', 'T+3 min', 3, 'Alert fired'],
    ['- T+1h20m: Recovered', 'T+1h20m', 80, 'Recovered'],
    ['- T+1h: Recovered', 'T+1h', 60, 'Recovered'],
    ['- T+1d: Review', 'T+1d', 1440, 'Review'],
    ['- T + 5m: Paged', 'T + 5m', 5, 'Paged'],
    ['**T+0:15** - Decided to add vmbr1', 'T+0:15', 15, 'Decided to add vmbr1'],
    ['**T-0:00** - Installation complete', 'T-0:00', 0, 'Installation complete'],
    ['**T+00:25** - Failover complete', 'T+00:25', 25, 'Failover complete'],
    ['| T+5 | First detection |', 'T+5', 5, 'First detection'],
    ['### T+2h - Rollback', 'T+2h', 120, 'Rollback'],
    ['- T+1.5h: Failback', 'T+1.5h', 90, 'Failback'],
    ['**T+0:15:30** - Alert fired', 'T+0:15:30', 15.5, 'Alert fired'],
    ['| T+00:15:30 | Alert fired |', 'T+00:15:30', 15.5, 'Alert fired'],
  ];
  for (const [line, timeText, minutes, text] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const table = line.startsWith('|');
      const m = parsePostmortem(doc('## Timeline', ...(table ? ['| Time | Event |', '|---|---|'] : []), line));
      assert.strictEqual(m.timeline.length, 1);
      const e = m.timeline[0];
      assert.deepStrictEqual([e.timeText, e.zeroOffsetMinutes, e.text], [timeText, minutes, text]);
    });
  }

  it('reads `+00:25` as an offset only among entries written with a `T`', () => {
    const among = parsePostmortem(doc('## Timeline', '- T+0: Primary killed', '- +00:25 Failover complete'));
    assert.deepStrictEqual(among.timeline.map((e) => [e.timeText, e.zeroOffsetMinutes]), [['T+0', 0], ['+00:25', 25]]);
    const alone = parsePostmortem(doc('## Timeline', '- 14:00 Primary killed', '- +00:25 Failover complete'));
    assert.deepStrictEqual(alone.timeline.map((e) => e.timeText), ['14:00']);
  });

  it('reads no entry from text that only looks like an offset', () => {
    const m = parsePostmortem(doc('## Timeline', '- T+ notation is what game days use', '- ASCII T+ art', '- C++ build broke', '- +1 for this idea', '- v2+3 shipped', '- +15 more alerts'));
    assert.deepStrictEqual(m.timeline, []);
  });
});

describe('analyze: timelines of offsets', () => {
  const gameDay = doc('# Game day: primary DB failover', '', 'Date: 2024-05-14', '', '## Timeline', '',
    '- T-10 min: Pre-checks done', '- T+0: Primary killed (14:00 UTC)', '- T+3m: Alert fired', '- +00:25 Failover complete', '- T+1h20m: Recovered');

  it('anchors offsets at the clock time a T+0 entry gives, on the document\'s date, and computes the metrics', () => {
    const a = analyze(gameDay, { now });
    assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)), ['2024-05-14T13:50Z', '2024-05-14T14:00Z', '2024-05-14T14:03Z', '2024-05-14T14:25Z', '2024-05-14T15:20Z']);
    assert.deepStrictEqual(a.timeline.map((e) => e.zeroOffsetMinutes), [-10, 0, 3, 25, 80]);
    const m = a.metrics;
    // T+0 is the start (nothing else marks one), "Alert fired" the detection, "Failover complete" the mitigation,
    // "Recovered" the end
    assert.deepStrictEqual([iso(m.start?.time.instant), iso(m.end?.time.instant), m.durationMinutes, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes],
      ['2024-05-14T14:00Z', '2024-05-14T15:20Z', 80, 3, 25, 80]);
    assert.strictEqual(a.timeline[1].time.zone, 'UTC');
    assert.strictEqual(a.relativeTimeline, undefined);
  });

  it('anchors at a line that states the zero point (`T0: ...`, `T+0 = ...`) and at an entry whose text gives a clock', () => {
    const stated = (line: string) => analyze(doc('# Drill', '', line, '', '## Timeline', '', '- T+5m: Alert fired', '- T+30m: Rolled back', '- T+45m: Outage end'), { now }).metrics;
    for (const line of ['T0: 2024-05-14 14:00 UTC', 'T+0 = 14:00 UTC on 2024-05-14', 'T0 = 2024-05-14T14:00Z']) {
      const m = stated(line);
      assert.deepStrictEqual([iso(m.detected?.time.instant), iso(m.mitigated?.time.instant), iso(m.end?.time.instant)], ['2024-05-14T14:05Z', '2024-05-14T14:30Z', '2024-05-14T14:45Z'], line);
    }
    // an entry at T+5 whose text says 14:05 puts zero at 14:00; the date from the front matter
    const later = analyze(doc('---', 'date: 2024-05-14', '---', '# Drill', '', '## Timeline', '', '- T+0: Outage start', '- T+5: Alert fired (14:05 UTC)', '- T+45: Resolved'), { now });
    assert.deepStrictEqual([iso(later.metrics.start?.time.instant), iso(later.metrics.end?.time.instant), later.metrics.durationMinutes], ['2024-05-14T14:00Z', '2024-05-14T14:45Z', 45]);
  });

  it('makes up no instant without a zero point, and measures between the offsets of the markers', () => {
    const a = analyze(doc('# Postmortem: Network Configuration Lockout', '', '**Date:** 2025-01-19', '', '## Timeline (All times approximate)', '',
      '**T-0:00** - Proxmox VE installation complete', '**T+0:15** - Decided to add vmbr1', '**T+0:26** - **INCIDENT START:** Immediate SSH connection timeout',
      '**T+0:35** - Alert fired on the hosting panel', '**T+1:00** - Rolled back the config', '**T+9:00** - **INCIDENT END:** System rebuilt'), { now });
    assert.strictEqual(a.relativeTimeline, true);
    assert.ok(a.timeline.every((e) => e.time.instant === undefined));
    const m = a.metrics;
    assert.deepStrictEqual([m.start?.time.zeroOffsetMinutes, m.end?.time.zeroOffsetMinutes], [26, 540]);
    assert.deepStrictEqual([m.start?.time.instant, m.end?.time.instant], [undefined, undefined]);
    assert.deepStrictEqual([m.durationMinutes, m.durationLabel, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes], [514, '8 h 34 min', 9, 34, 514]);
  });

  it('keeps an offset\'s seconds as a clock time\'s are kept: in the instant, and metrics rounded to whole minutes', () => {
    const anchored = analyze(doc('# Drill', '', 'T0 = 2024-05-14 14:00 UTC', '', '## Timeline', '', '- T+0:00:40: Outage begins', '- T+2.5m: Alert fired', '- T+0:45:10: Resolved'), { now });
    assert.deepStrictEqual(anchored.timeline.map((e) => new Date(e.time.instant!).toISOString()), ['2024-05-14T14:00:40.000Z', '2024-05-14T14:02:30.000Z', '2024-05-14T14:45:10.000Z']);
    // as from 14:00:40 to 14:45:10 (44.5 min) and to 14:02:30 (1.83 min)
    assert.deepStrictEqual([anchored.metrics.durationMinutes, anchored.metrics.timeToDetectMinutes], [45, 2]);
    const clocks = analyze(doc('# Drill', '', '## Timeline', '', '- 2024-05-14 14:00:40 UTC: Outage begins', '- 2024-05-14 14:02:30 UTC: Alert fired', '- 2024-05-14 14:45:10 UTC: Resolved'), { now });
    assert.deepStrictEqual([clocks.metrics.durationMinutes, clocks.metrics.timeToDetectMinutes], [45, 2]);
    const relative = analyze(doc('# Drill', '', '## Timeline', '', '- T+0:00:40: Outage begins', '- T+2.5m: Alert fired', '- T+0:45:10: Resolved'), { now });
    assert.deepStrictEqual([relative.metrics.durationMinutes, relative.metrics.timeToDetectMinutes], [45, 2]);
  });

  // What anchors T+0 and what does not: a Start field alone does not (a home lab's T+0 is its install, its outage
  // starts at T+0:26); wording that names the zero point does.
  const zeroRows: [string, string[], string | undefined][] = [
    // [what, lines above the Timeline, the instant of T+5 (undefined: not anchored)]
    ['a Start field alone: T+0 need not be the start', ['**Start:** 2024-05-14 14:00 UTC'], undefined],
    ['a Date field alone: a day, no clock', ['**Date:** 2024-05-14'], undefined],
    ['a Zero point field', ['**Zero point:** 2024-05-14 14:00 UTC'], '2024-05-14T14:05Z'],
    ['a Time zero field, dated by the Date field', ['- **Date:** 2024-05-14', '- Time zero: 14:00 UTC'], '2024-05-14T14:05Z'],
    ['a T-zero field', ['T-zero: 2024-05-14 14:00 UTC'], '2024-05-14T14:05Z'],
    ['a Zero point field still to fill in', ['**Date:** 2024-05-14', '**Zero point:** TBD'], undefined],
    ['T0 and its clock in parentheses, in a heading', ['**Date:** 2024-05-14', '### Drill — T0 (14:00 UTC)'], '2024-05-14T14:05Z'],
    ['T+0 and its clock in parentheses', ['T+0 (2024-05-14 14:00 UTC): primary stopped by the drill'], '2024-05-14T14:05Z'],
    ['T0 with a note in parentheses, no clock', ['**Date:** 2024-05-14', 'T0 (when the drill began) was at the team\'s standup, 14:00 UTC'], undefined],
    ['T+0 = start, with a Start field', ['**Start:** 2024-05-14 14:00 UTC', 'T+0 = start'], '2024-05-14T14:05Z'],
    ['T0 is the outage start, with a Start field', ['- Start: 2024-05-14 14:00 UTC', '- T0 is the outage start'], '2024-05-14T14:05Z'],
    ['T+0 = incident start, with front matter', ['---', 'start: 2024-05-14T14:00:00Z', '---', 'T+0 = incident start'], '2024-05-14T14:05Z'],
    ['T+0 = start with no start stated', ['**Date:** 2024-05-14', 'T+0 = start'], undefined],
    ['T+0: start of the experiment (an entry, not the outage start)', ['**Start:** 2024-05-14 14:00 UTC', '- T+0: Start of the experiment'], undefined],
    ['T+0 = start of a later phase', ['**Start:** 2024-05-14 14:00 UTC', 'T+0 = start of the failback'], undefined],
  ];
  for (const [what, head, instant] of zeroRows) {
    it(`zero point: ${what}`, () => {
      const text = head[0] === '---' ? doc(...head, '# Drill', '', '## Timeline', '', '- T+5: Alert fired', '- T+50: Resolved') : doc('# Drill', '', ...head, '', '## Timeline', '', '- T+5: Alert fired', '- T+50: Resolved');
      const a = analyze(text, { now });
      const alert = a.timeline.find((e) => e.text === 'Alert fired');
      assert.strictEqual(iso(alert?.time.instant), instant);
      assert.strictEqual(alert?.zeroOffsetMinutes, 5);
    });
  }

  it('measures from the start the zero point is said to be', () => {
    const m = analyze(doc('# Drill', '', '**Start:** 2024-05-14 14:00 UTC', 'T+0 = start', '', '## Timeline', '', '- T+5: Alert fired', '- T+50: Resolved'), { now }).metrics;
    assert.deepStrictEqual([iso(m.start?.time.instant), iso(m.end?.time.instant), m.durationMinutes, m.timeToDetectMinutes], ['2024-05-14T14:00Z', '2024-05-14T14:50Z', 50, 5]);
  });

  it('takes markers in the order of their offsets, and an alert before the start as no detection', () => {
    const m = analyze(doc('# Drill', '', '## Timeline', '', '- T+10: Alert fired (early warning)', '- T+20: Outage begins', '- T+35: Alert fired', '- T+50: Resolved'), { now }).metrics;
    assert.deepStrictEqual([m.start?.time.zeroOffsetMinutes, m.detected?.time.zeroOffsetMinutes, m.durationMinutes, m.timeToDetectMinutes], [20, 35, 30, 15]);
  });

  it('leaves the metrics unknown between an offset and a clock time with no zero point: they are on different scales', () => {
    const m = analyze(doc('# Drill', '', '**Start:** 2024-05-14 14:00 UTC', '', '## Timeline', '', '- T+5: Alert fired', '- T+50: Resolved'), { now }).metrics;
    assert.deepStrictEqual([iso(m.start?.time.instant), m.end?.time.zeroOffsetMinutes, m.durationMinutes], ['2024-05-14T14:00Z', 50, null]);
  });

  // the whole documents of test/fixtures/documents/times (their findings are in the documents)
  const documents: [string, string | undefined, string | undefined, (number | null)[]][] = [
    // a game day anchored by "T+0: Primary killed (14:00 UTC)" and "Date: 2024-05-14"
    ['offsets-game-day.md', '2024-05-14T14:00Z', '2024-05-14T15:20Z', [80, 3, 25, 80]],
    // a home-lab lockout with no clock anywhere: INCIDENT START at T+0:26, INCIDENT END at T+9:00
    ['offsets-home-lab-lockout.md', undefined, undefined, [514, null, null, 514]],
  ];
  for (const [name, start, end, minutes] of documents) {
    it(`${name}: ${minutes[0]} min`, () => {
      const { metrics: m } = analyze(fixture(name), { fileName: name, now });
      assert.deepStrictEqual([iso(m.start?.time.instant), iso(m.end?.time.instant)], [start, end]);
      assert.deepStrictEqual([m.durationMinutes, m.timeToDetectMinutes, m.timeToMitigateMinutes, m.timeToResolveMinutes], minutes);
    });
  }
});
