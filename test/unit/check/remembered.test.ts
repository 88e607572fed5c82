// The core keeps what it read of each line between checks (see src/core/cache.ts). A check made from memory must
// equal a check made from scratch, whatever the edits in between: typed text, lines added, removed or moved.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis/analyze';
import { forgetRemembered } from '../../../src/core/cache';
import { runRules } from '../../../src/core/check/run-rules';
import { generatePostmortem } from '../../../bench/generate';
import { markdownFiles } from './markdown-files';

const now = Date.UTC(2026, 0, 1);

/** Everything a check says about a text, as JSON. */
function result(text: string, fileName?: string): string {
  const analysis = analyze(text, { now, fileName });
  return JSON.stringify({ analysis, findings: runRules(analysis, {}) });
}

/** Versions of a document as someone edits it: typing in a line, a new line, a deleted line, a moved line. */
function editsOf(text: string): string[] {
  const lines = text.split('\n');
  const at = (k: number) => Math.min(lines.length - 1, Math.max(0, k));
  const middle = at(Math.floor(lines.length / 2));
  const typed = lines.map((l, k) => (k === middle ? `${l} 14:05 UTC` : l));
  const typedMore = lines.map((l, k) => (k === middle ? `${l} 14:05 UTC - Outage ends` : l));
  const inserted = [...lines.slice(0, middle), '- 09:00 PST - Alert fired', ...lines.slice(middle)];
  const deleted = lines.filter((_, k) => k !== at(middle - 1));
  const moved = [...lines.slice(1, middle), lines[0], ...lines.slice(middle)];
  return [typed, typedMore, inserted, deleted, moved, lines].map((l) => l.join('\n'));
}

/** Asserts that checking `versions` in order, from memory, gives what each gives from scratch. */
function assertSameFromMemory(versions: readonly string[], fileName?: string): void {
  const fromScratch = versions.map((v) => {
    forgetRemembered();
    return result(v, fileName);
  });
  forgetRemembered();
  versions.forEach((v, k) => {
    const got = result(v, fileName);
    const want = fromScratch[k];
    let at = 0;
    while (at < want.length && got[at] === want[at]) at++;
    assert.ok(got === want, `version ${k} checked from memory differs at character ${at}: ${got.slice(at - 80, at + 80)}\nfrom scratch: ${want.slice(at - 80, at + 80)}`);
  });
}

describe('check from memory', function () {
  this.timeout(120_000);

  const files = [...markdownFiles(path.resolve('test/fixtures/documents')), ...markdownFiles(path.resolve('test/fixtures/workspace'))];

  it('finds the documents', () => assert.ok(files.length >= 30, `${files.length} documents`));

  for (const file of files) {
    it(`equals a check from scratch while ${path.relative(path.resolve('test/fixtures'), file)} is edited`, () => {
      assertSameFromMemory(editsOf(readFileSync(file, 'utf8')), path.basename(file));
    });
  }

  it('equals a check from scratch when documents are checked in turn', () => {
    const texts = files.slice(0, 8).map((f) => readFileSync(f, 'utf8'));
    assertSameFromMemory([...texts, ...texts.reverse(), ...texts.map((t) => t.replace(/\d/, '7'))]);
  });

  it('equals a check from scratch when a line is read in another context (a list item that becomes a table row)', () => {
    const item = '- Name the unit @alice due 2024-04-01 | P1 owner: Bob | JIRA-12 | 14:02 UTC';
    const base = ['## Timeline', '', item, '', '## Action items', '', item];
    const table = ['## Timeline', '', item, '|---|---|---|---|', '', '## Action items', '', item, '|---|---|---|---|', item];
    const fenced = ['## Timeline', '', '```', item, '```', '', '## Action items', '', '```', item, '```'];
    assertSameFromMemory([base, table, base, fenced, table, base].map((l) => l.join('\n')));
  });

  it('equals a check from scratch when the entry a delay counts from changes and the delay and the entries after it do not', () => {
    const doc = (first: string) => ['Date: 2024-03-12', '', '## Timeline', '', first, '- 40 minutes later, the alert fires', '- 00:15 UTC - rolled back', '- 5 minutes later: resolved'].join('\n');
    assertSameFromMemory([doc('- 23:50 UTC - Outage begins'), doc('- 23:20 UTC - Outage begins'), doc('- ??:?? - Outage begins'), doc('- 23:50 UTC - Outage begins'), doc('- Shortly after, outage begins')]);
  });

  it('equals a check from scratch when the chat header over a grouped message changes and the message does not', () => {
    const doc = (header: string) => ['Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', header, 'Rolling back', '2:12', 'Rolled back'].join('\n');
    assertSameFromMemory([doc('Bob Li  2:10 PM'), doc('Bob Li  14:10'), doc('Bob Li  2:10 AM'), doc('Bob Li  2:10 PM')]);
  });

  it('equals a check from scratch when a table header changes and its rows do not', () => {
    const rows = ['|---|---|---|', '| Fix the pool size | @bob | 2024-04-01 |', '| @carol | Add an alert | P1 |'];
    const doc = (header: string) => ['## Action items', '', header, ...rows, '', '## Timeline', '', header.replace('Action', 'Time'), ...rows].join('\n');
    assertSameFromMemory([doc('| Action | Owner | Due |'), doc('| Owner | Action | Priority |'), doc('| Action | Owner | Due |')]);
  });

  it('equals a check from scratch when the date a table row takes from the rows or heading above it changes', () => {
    const doc = (day: string, heading: string) => ['## Timeline', '', `### ${heading}`, '', '| Date | Time | Event |', '|---|---|---|',
      `| ${day} | 14:02 | Outage begins |`, '|  | 14:30 | Alert fired |', '| | 23:50 | Rollback |', '', '| Time | Event |', '|---|---|', '| 00:10 | Resolved |'].join('\n');
    assertSameFromMemory([doc('2024-03-12', '2024-03-11'), doc('2024-03-13', '2024-03-11'), doc('2024-03-13', '2024-03-14'), doc('', '2024-03-14')]);
  });

  it('equals a check from scratch when the entries that share a heading\'s date come and go', () => {
    const doc = (...entries: string[]) => ['## Timeline', '', 'All times UTC.', '', '### 2024-05-12', '', ...entries, '', '### 2024-05-13', '', '- 00:40 Review'].join('\n');
    assertSameFromMemory([doc('- 23:00 Outage begins', '- 00:40 Resolved'), doc('- 00:40 Resolved'), doc('- 23:00 Outage begins', '- 00:40 Resolved'),
      doc('- 2024-05-12 23:00 Outage begins', '- 00:40 Resolved'), doc('- 23:00 Outage begins', '', '**2024-05-12**', '- 00:40 Resolved'), doc('- 23:00 Outage begins', '- 00:40 Resolved')]);
  });

  it('equals a check from scratch when a line that proves the order of day and month comes and goes', () => {
    const doc = (proof: string) => ['# Gateway outage', '', proof, '', '## Timeline', '', 'All times UTC.', '', '### 05/03/2024', '- 23:10 Outage begins', '- 01:20 Resolved',
      '', '| Date | Time | Event |', '|---|---|---|', '| 06/03/2024 | 09:00 | Review |', '', 'Closed on 07/03/2024 at 10:00 UTC.'].join('\n');
    assertSameFromMemory([doc('Written on 13/03/2024.'), doc('Written on 03/13/2024.'), doc('Written on 13/03/2024.'), doc('Written on 13/03/2024 and 03/14/2024.'),
      doc('Written on 13/03/2024.'), doc(''), doc('Written on 13/03/2024.')]);
  });

  it('equals a check from scratch when lines above a key/value table come and go', () => {
    const table = ['| Field | Value |', '|---|---|', '| Start | 2024-03-12 14:02 UTC |', '| End | 2024-03-12 16:10 UTC |', '| Duration | 2 h 8 min |'];
    const doc = (above: string[]) => ['# Checkout outage', ...above, '', ...table, '', '## Timeline', '', '- 14:02 UTC - Outage begins'].join('\n');
    assertSameFromMemory([doc([]), doc(['', 'Intro line.']), doc(['Intro line.']), doc([])]);
  });

  it('equals a check from scratch when the lines under an empty label come and go', () => {
    const doc = (...under: string[]) => ['# Ingress certificate incident', '', '- **Summary**: wrong certificate', '- **Impact**:', ...under,
      '- **Resolution**:', '  - Re-attached the secret', '', '**Root cause:**', ...under.map((l) => l.trimStart()), '', '- Timeline: see the doc'].join('\n');
    assertSameFromMemory([doc('  - Sites affected: all tenants'), doc(), doc('', '  - Sites affected: all tenants'), doc('- Sites affected: all tenants'),
      doc('  <!-- fill in -->'), doc('  - Sites affected: all tenants'), doc()]);
  });

  it('equals a check from scratch when the lines under an entry that holds only its time change', () => {
    const doc = (under: string[], after: string[] = ['- 2025-04-14 18:39 UTC Fix deployed. Resolved.']) => ['# Uploads failing', '', '## Timeline', '',
      '- 2025-04-14 16:37 UTC', ...under, ...after, '', '## Root cause', '', 'A bad config.'].join('\n');
    assertSameFromMemory([
      doc(['    Uploads fail. Outage begins.']),
      doc(['    Uploads fail.']),
      doc(['    Uploads fail.', '    Outage begins.']),
      doc(['    Uploads fail.', '', '    Outage begins.']),
      doc(['Uploads fail. Outage begins.']),
      doc(['    Uploads fail. Outage begins.']),
      doc(['    Uploads fail.', '    16:50 UTC Outage begins.']),
      doc(['    Uploads fail.', '  - Outage begins.']),
      doc(['    Uploads fail.', '    Outage begins.'], []),
      doc([], ['    Outage begins.']),
      doc(['    Uploads fail. Outage begins.']),
    ]);
    const atEnd = (tail: string[]) => ['## Timeline', '', 'All times UTC.', '', '- 2025-04-14 16:37', ...tail].join('\n');
    assertSameFromMemory([atEnd(['    Outage begins.']), atEnd(['    Outage begins.', '    Resolved.']), atEnd(['    Outage begins.']), atEnd([]), atEnd(['    Outage begins.'])]);
  });

  it('equals a check from scratch when the line between a chat message and a bare clock under it changes', () => {
    const doc = (between: string) => ['Date: 2024-03-12', '', '## Timeline', '', 'Bob Li  11:58 AM', 'Rolling back', between, '12:05', 'Rolled back', '', 'Bob Li  12:30 PM', 'Resolved'].join('\n');
    assertSameFromMemory([doc(''), doc('- note'), doc(''), doc('Back to the graphs'), doc('<!-- x -->'), doc(''), doc('### Later'), doc('')]);
  });

  it('equals a check from scratch when the paragraph under a time heading changes', () => {
    const doc = (under: string[], next = '### 1:38 PM') => ['# Hub health check failing', '', '## Timeline (times in UTC)', '', '## July 11', '',
      '### 12:42 PM', ...under, '', next, 'Hub pods restarted. Resolved.', '', '## Action items', '', '- [ ] Add an alert (owner: @sam)'].join('\n');
    assertSameFromMemory([
      doc(['Health check alert fires. Outage begins.']),
      doc(['Health check alert fires.']),
      doc(['Health check alert fires.', 'Outage begins.']),
      doc(['Health check alert fires.', '- Outage begins.']),
      doc(['Health check alert fires.', '', 'Outage begins.']),
      doc(['Health check alert fires.', '12:50 PM Outage begins.']),
      doc([]),
      doc(['Health check alert fires. Outage begins.'], '### Notes'),
      doc(['Health check alert fires. Outage begins.'], '## July 12'),
      doc(['Health check alert fires. Outage begins.']),
    ]);
  });

  it('equals a check from scratch when the line a wrapped zone declaration continues on changes', () => {
    const doc = (next: string) => ['# Docs site down', '', 'Unless noted, everything happened on 2019-10-21, and all times are in', next, '',
      '## Timeline', '', '- 01:38: alerts fired for the site. Outage begins.', '- 02:06: CDN changes propagated. Outage ends.'].join('\n');
    assertSameFromMemory([doc('UTC.'), doc('PST.'), doc('the logs.'), doc(''), doc('IST.'), doc('UTC.')]);
  });

  it('equals a check from scratch when a paragraph of entries split by <br> is edited', () => {
    const doc = (para: string[]) => ['# Docs site outage', '', '## Timeline (all times in UTC)', '', '### 2023-04-02', '', ...para, '', '## Action items', '',
      '- [ ] Test CDN rules on staging (owner: @lee)'].join('\n');
    assertSameFromMemory([
      doc(['09:10 - A CDN rule change is merged for the', 'docs site.<br> 09:32 - The change reaches the edge. **\\<START OF', 'OUTAGE>**<br> 10:05 - Reverted. **\\<END OF OUTAGE>**']),
      doc(['09:10 - A CDN rule change is merged for the', 'docs site.<br> 09:32 - The change reaches the edge. **\\<START OF', 'OUTAGE>**<br> 10:05 - Reverted.']),
      doc(['09:10 - A CDN rule change is merged for the', 'docs site. 09:32 - The change reaches the edge. **\\<START OF', 'OUTAGE>**<br> 10:05 - Reverted.']),
      doc(['09:10 - A CDN rule change is merged for the', 'docs site.', '09:32 - The change reaches the edge. Outage begins.', '10:05 - Reverted. Resolved.']),
      doc(['09:10 - A CDN rule change is merged for the', '', 'docs site.<br> 09:32 - The change reaches the edge. **\\<START OF', 'OUTAGE>**<br> 10:05 - Reverted.']),
      doc(['09:10 - A CDN rule change is merged for the', 'docs site.<br> 09:32 - The change reaches the edge. **\\<START OF', 'OUTAGE>**<br> 10:05 - Reverted. **\\<END OF OUTAGE>**']),
    ]);
  });

  it('equals a check from scratch while a long postmortem is edited', () => {
    assertSameFromMemory(editsOf(generatePostmortem(600)));
  });

  it('equals a check from scratch after any sequence of line edits', () => {
    const fragments = ['## Timeline', '### 2024-03-12', 'All times UTC', '- 14:02 UTC - Outage begins', '- 14:10 - detected', '| Time | Event |',
      '|---|---|', '| 14:53 | OUTAGE BEGINS |', '- [ ] Fix it (owner: @a, due 2024-04-01)', '## Action items', '```', '<!--', '-->',
      '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.', '- **Duration:** 4 h 21 min', 'It was human error.',
      'About 55% - 45% of users', '---', 'timezone: America/New_York', '', '- 09:00 PST - paged', '2021-11-07 01:20 EDT',
      '### 2024-03-13', '- 23:50 - late', '- 00:10 - the next day', '- 09:10 - zone carried', '| Action item | Owner | Due | Status |',
      '|---|---|---|---|', '| Fix it | @bob | 2024-04-01 | done |', '| Time (UTC) | Date | Event |', '| 14:02 | 2024-03-12 | Outage begins |',
      '* [x] Done (owner: Carol)', 'title: Outage', 'Start: 2024-03-12 14:02 UTC', 'End: 16:00', 'Date: June 4, 2024', 'Summary',
      '=======', 'Time zone: CET', '- Monday, September 27 at 3:06 PM Eastern Standard Time - Outage begins'];
    const edit = fc.record({ at: fc.nat(60), kind: fc.constantFrom('set', 'insert', 'delete'), text: fc.constantFrom(...fragments) });
    fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const versions: string[] = [];
      let lines = [...start];
      for (const e of edits) {
        const k = lines.length === 0 ? 0 : e.at % (lines.length + (e.kind === 'insert' ? 1 : 0));
        if (e.kind === 'set' && lines.length > 0) lines = lines.map((l, j) => (j === k ? e.text : l));
        else if (e.kind === 'delete') lines = lines.filter((_, j) => j !== k);
        else lines = [...lines.slice(0, k), e.text, ...lines.slice(k)];
        versions.push(lines.join('\n'));
      }
      assertSameFromMemory(versions);
    }), { numRuns: 150 });
  });
});
