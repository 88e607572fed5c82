// Shared helpers of the model tests: compact range notation and reading fixtures.
import * as fs from 'fs';
import * as path from 'path';
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

const root = path.resolve(__dirname, '../../../..');

/** A document from `test/fixtures/model/`. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(root, 'test/fixtures/model', name), 'utf8');
}
