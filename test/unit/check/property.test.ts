import * as assert from 'assert';
import * as fc from 'fast-check';
import { check } from '../../../src/core/check/check';

/** Pieces of real postmortems, shuffled into documents that stress every parser path. */
const fragments = [
  '# Postmortem', '## Summary', '## Impact', '## Timeline', '### 2024-03-12', '## Root cause and resolution', '## Action items',
  'Summary', '=======', '-------', '---', 'title: "x', 'start: 2024-02-30T25:61Z', 'timezone: CST', '```', '~~~',
  '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.',
  '• Outage **end** time: Monday, September 27 at 7:27 PM Eastern Standard Time.',
  '- **Duration:** 4 h 21 min', '- 14:02 UTC - Outage begins', '- ??:?? - unknown', '01:15 Database failover completed',
  '| Time | Event |', '|---|---|', '| 14:53 | OUTAGE BEGINS |', '| 25:10 | impossible |', '|', '| | |',
  '- [ ] Fix it (owner: @a, due 2024-13-45)', '- [x]', '* [ ] ', 'About 55% - 45% of users', '120% of users', '100.%',
  'It was human error.', 'The engineer mistyped', 'TBD', '<title>', '{{summary}}', '<!--', '-->', '<!-- postmortem-disable -->',
  '<!-- postmortem-disable-next-line PM017 -->', '<!-- postmortem-enable', 'All times in PST/PDT', 'All times UTC',
  '2021-11-07 01:20 EDT', '2021-11-07 01:10 EST', 'Sunday, February 29', '20240-4-11', '[link](#nowhere)', '#Heading', '',
  '\t', '    indented code', '> quote', '1. first', '\uFEFF', '\u2028', '\uD800', 'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
];

/** Asserts what every check result must satisfy: findings sorted, inside the document, with a message. */
function assertSane(text: string) {
  const { findings, analysis } = check(text, { now: Date.UTC(2026, 0, 1) });
  const lines = Math.max(1, analysis.model.lines.length);
  let previous = { line: 0, column: 0 };
  for (const f of findings) {
    assert.ok(f.range.start.line >= 1 && f.range.start.line <= lines, `${f.ruleId} at line ${f.range.start.line} of ${lines}`);
    assert.ok(f.message.length > 0);
    assert.ok(f.range.start.line > previous.line || (f.range.start.line === previous.line && f.range.start.column >= previous.column), 'sorted');
    assert.doesNotMatch(f.message, /^Internal error/, f.message);
    previous = f.range.start;
  }
}

describe('check: property tests', function () {
  this.timeout(120_000);

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), assertSane), { numRuns: 200 });
  });

  it('never throws on arbitrary bytes read as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => assertSane(new TextDecoder().decode(bytes))), { numRuns: 200 });
  });

  it('never throws on documents shuffled from real postmortem pieces', () => {
    const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 30 }));
    const doc = fc.tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ls.join(eol));
    fc.assert(fc.property(doc, assertSane), { numRuns: 300 });
  });

  it('keeps the duration when every timestamp is rewritten in another zone', () => {
    const minute = 60_000;
    /** An instant as ISO 8601 in a fixed offset (minutes east of UTC). */
    const iso = (instant: number, offset: number) => {
      const local = new Date(instant + offset * minute).toISOString().slice(0, 16);
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    };
    const doc = (start: number, steps: number[], offset: number) => {
      const times = steps.reduce<number[]>((acc, s) => [...acc, acc[acc.length - 1] + s * minute], [start]);
      const end = times[times.length - 1];
      return [
        '# Outage', '', `- **Start:** ${iso(start, offset)}`, `- **End:** ${iso(end, offset)}`, '', '## Timeline', '',
        ...times.map((t, i) => `- ${iso(t, offset)} - step ${i}${i === 0 ? '. Outage begins' : ''}`),
      ].join('\n');
    };
    const offsets = fc.constantFrom(0, 60, -300, -240, 330, 345, 540, 600, 780, -600, -210);
    fc.assert(fc.property(
      fc.integer({ min: Date.UTC(2000, 0, 1) / minute, max: Date.UTC(2030, 0, 1) / minute }).map((m) => m * minute),
      fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 8 }),
      offsets, offsets,
      (start, steps, a, b) => {
        const expected = steps.reduce((x, y) => x + y, 0);
        const first = check(doc(start, steps, a), { markdownlint: false }).analysis.metrics.durationMinutes;
        const second = check(doc(start, steps, b), { markdownlint: false }).analysis.metrics.durationMinutes;
        assert.strictEqual(first, expected);
        assert.strictEqual(second, expected);
      },
    ), { numRuns: 150 });
  });
});
