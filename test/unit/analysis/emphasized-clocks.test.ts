// A clock in emphasis or code with its zone or hedge after the close (`- **14:13** UTC - Alert fired`, `| **14:13**
// (est.) |`), and a table's time cell with a line break (`| 14:10 <br> 14:12 |`): the zone and the hedge are the
// clock's, the entry's text starts after them, and a `<br>` parts the entry's time from a second time, its note.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';
import { check } from '../../../src/core/check';
import { findTimes } from '../../../src/core/time';
import { tableHeaderFor } from '../model/helpers';

const now = Date.parse('2026-11-25T12:00:00Z');

/** The document dated 2024-03-12 with `line` as its one timeline entry (after a table's header when it is a row). */
function doc(line: string): string {
  return ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', ...tableHeaderFor(line), line, ''].join('\n');
}

/** The one entry of `line`: [timeText, text, the zone read, the instant, timeNote, the time as messages quote it]. */
function entryOf(line: string): [string, string, string | undefined, string | undefined, string | undefined, string] {
  const a = analyze(doc(line), { now, fileName: 'x.md' });
  assert.strictEqual(a.timeline.length, 1, line);
  const e = a.timeline[0];
  const instant = e.time.instant === undefined ? undefined : new Date(e.time.instant).toISOString().slice(0, 16);
  return [e.timeText, e.text, e.time.match.zone?.text, instant, e.timeNote?.text, e.time.hedgedText ?? e.time.text];
}

describe('analysis: a clock in emphasis with its zone or hedge after the close', () => {
  // [line, timeText, text, zone, instant (UTC), timeNote, quoted]
  const rows: [string, string, string, string | undefined, string, string | undefined, string][] = [
    ['- **14:13** UTC - Alert fired', '14:13** UTC', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['- **14:13** PDT: Alert fired', '14:13** PDT', 'Alert fired', 'PDT', '2024-03-12T21:13', undefined, '14:13 PDT'],
    ['- *14:13* UTC - Alert fired', '14:13* UTC', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['- `14:13` UTC - Alert fired', '14:13` UTC', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['- __14:13__ (UTC) - Alert fired', '14:13__ (UTC)', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 (UTC)'],
    // the close after the zone or the text wraps nothing more of the line
    ['- **14:13** UTC - Alert **fired**', '14:13** UTC', 'Alert **fired**', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['- **14:06** (approx.) - Alert fired', '14:06', 'Alert fired', undefined, '2024-03-12T14:06', undefined, '14:06 (approx.)'],
    // unchanged: the zone inside the emphasis, none after it, a word that is no zone
    ['- **14:13 UTC** - Alert fired', '14:13 UTC', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['- 14:13 UTC - Alert fired', '14:13 UTC', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['- **14:13** - Alert fired', '14:13', 'Alert fired', undefined, '2024-03-12T14:13', undefined, '14:13'],
    ['- **14:13** Alert fired', '14:13', 'Alert fired', undefined, '2024-03-12T14:13', undefined, '14:13'],
    // a table's cell: the opener is no part of the time, the zone and hedge after the close are the clock's
    ['| **14:13** UTC | Alert fired |', '14:13** UTC', 'Alert fired', 'UTC', '2024-03-12T14:13', undefined, '14:13 UTC'],
    ['| **14:13** (est.) | Alert fired |', '14:13', 'Alert fired', undefined, '2024-03-12T14:13', undefined, '14:13 (est.)'],
    ['| **14:13** first page | Alert fired |', '14:13', 'Alert fired', undefined, '2024-03-12T14:13', 'first page', '14:13'],
    ['| **14:13** | Alert fired |', '14:13', 'Alert fired', undefined, '2024-03-12T14:13', undefined, '14:13'],
    // a line break in the time cell: the first time is the entry's, what follows the break its note
    ['| 14:10 <br> 14:12 | Alert fired |', '14:10', 'Alert fired', undefined, '2024-03-12T14:10', '14:12', '14:10'],
    ['| 14:10 UTC<br/>15:10 CET | Alert fired |', '14:10 UTC', 'Alert fired', 'UTC', '2024-03-12T14:10', '15:10 CET', '14:10 UTC'],
    ['| 14:10<br>(est.) | Alert fired |', '14:10', 'Alert fired', undefined, '2024-03-12T14:10', undefined, '14:10 (est.)'],
    // a date, then its clock after the break: one time
    ['| 2024-03-14<br>14:10 | Alert fired |', '2024-03-14<br>14:10', 'Alert fired', undefined, '2024-03-14T14:10', undefined, '2024-03-14<br>14:10'],
    ['| 2024-03-14 <br /> 14:10 UTC | Alert fired |', '2024-03-14 <br /> 14:10 UTC', 'Alert fired', 'UTC', '2024-03-14T14:10', undefined, '2024-03-14 <br /> 14:10 UTC'],
  ];
  for (const [line, ...expected] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => assert.deepStrictEqual(entryOf(line), expected));
  }

  // what the time scanner reads: the zone after the close, the time quoted without the close
  const scans: [string, string, string | undefined][] = [
    ['Paged at **14:13** UTC by the alert', '14:13 UTC', 'UTC'],
    ['`14:13` PDT', '14:13 PDT', 'PDT'],
    ['**14:13**UTC', '14:13', undefined],
    ['**14:13** Alert', '14:13', undefined],
  ];
  for (const [text, quoted, zone] of scans) {
    it(`scans ${JSON.stringify(text)}`, () => {
      const m = findTimes(text)[0];
      assert.deepStrictEqual([m.text, m.zone?.text], [quoted, zone]);
    });
  }

  it('rewrites a clock with its zone after the close as ISO and keeps the close', () => {
    const text = ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', '- 14:00 UTC - Deploy', '- **14:13** PDT - Alert fired', ''].join('\n');
    const f = check(text, { now, fileName: 'x.md', markdownlint: false }).findings.find((x) => x.ruleId === 'PM009');
    const fix = f?.fixes?.find((x) => x.title.startsWith('Rewrite as'));
    assert.ok(fix, 'PM009 offers the ISO rewrite');
    const lines = text.split('\n');
    // apply the edits from the last: all are on line 8
    let line = lines[7];
    for (const e of [...fix.edits].sort((a, b) => b.range.start.column - a.range.start.column)) {
      line = line.slice(0, e.range.start.column - 1) + e.replacement + line.slice(e.range.end.column - 1);
    }
    assert.strictEqual(line, '- **2024-03-12T21:13Z** - Alert fired');
    assert.strictEqual(fix.title, 'Rewrite as 2024-03-12T21:13Z');
  });
});
