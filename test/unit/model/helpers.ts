// Shared helpers of the model tests: compact range notation, reading fixtures, and tables of timeline lines.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePostmortem } from '../../../src/core/model';
import type { Range } from '../../../src/core/types';

/** `line:col-line:col`, 1-based, end exclusive. */
export function at(range: Range | undefined): string {
  return range ? `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}` : 'none';
}

/** The text a single-line range covers in `lines`. */
export function textAt(lines: string[], range: Range): string {
  if (range.start.line !== range.end.line) {
    const out = [lines[range.start.line - 1].slice(range.start.column - 1)];
    for (let l = range.start.line + 1; l < range.end.line; l++) out.push(lines[l - 1]);
    out.push(lines[range.end.line - 1].slice(0, range.end.column - 1));
    return out.join('\n');
  }
  return lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
}

/** The header rows a timeline table needs before `line` when it is a table's row (`| 14:00 | x |`); none for a list item. */
export function tableHeaderFor(line: string): string[] {
  return line.startsWith('|') ? ['| Time | Event |', '|---|---|'] : [];
}

/**
 * One test per row `[line, timeText, text]`: the line alone under `## Timeline` (after a table's header when it is a
 * row) is the document's one timeline entry, with that time as written and that text.
 */
export function itReadsEntries(rows: readonly (readonly [string, string, string])[]): void {
  for (const [line, timeText, text] of rows) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const m = parsePostmortem(['## Timeline', '', ...tableHeaderFor(line), line].join('\n') + '\n');
      assert.strictEqual(m.timeline.length, 1);
      assert.deepStrictEqual([m.timeline[0].timeText, m.timeline[0].text], [timeText, text]);
    });
  }
}

const root = path.resolve(__dirname, '../../../..');

/** A document from `test/fixtures/model/`. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(root, 'test/fixtures/model', name), 'utf8');
}
