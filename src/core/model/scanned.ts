/**
 * Building scanned lines, shared by the Markdown line scanner (scan.ts) and the wiki markup reader (wiki.ts): scan.ts
 * imports wiki.ts, so a helper kept in scan.ts would make an import cycle.
 */
import type { LineRecord } from '../cache';
import type { LineKind, ScannedLine } from './scan';

/** A line of `kind` whose content is [start, end). */
export function plain(kind: LineKind, start: number, end: number, record: LineRecord): ScannedLine {
  return { kind, contentStart: start, contentEnd: end, record };
}
