/**
 * Labelled facts written anywhere in the document: `• Outage **start** time: ...`, `* Start: ...`,
 * `**Duration:** 4h`, `Start time: ...` on a line of its own, and `| Start | ... |` key/value table rows. A label may
 * name the zone of its value in parentheses (`- Start (UTC): ...`).
 */
import { lineSlot, perLineSpan, type LineRecord } from '../cache';
import type { Field, StandardFieldId } from './types';
import { matchFieldLabel, sectionOfLabel, zonedLabel } from './field-labels';
import { cellLine, type Cell } from './cells';
import type { ScannedLine } from './scan';
import { HTML_BOLD, lineRange, skipSpaces, stripMarkup, trimEnd, unwrap } from './text';
import { isDigit } from '../time/chars';

/** Fields whose trailing period is dropped from the value range, so the time or duration parser sees clean text. */
const TRIM_PERIOD: ReadonlySet<StandardFieldId> = new Set(['start', 'end', 'detected', 'mitigated', 'resolved', 'duration', 'severity', 'status', 'timezone', 'owner']);
const ABBREVIATION_END = /(?:^|[\s.])[a-z]\.$/i;
const BAD_LABEL = /https?|\]\(|[|.,!?;]|^[^\p{L}*_`(]/u;
const MAX_LABEL = 80;
const FINAL_COLON = /:$/;
const MAX_LABEL_WORDS = 10;
/** `TODO: describe the impact` is a placeholder, not a fact. */
const NOT_A_LABEL = /^(?:todo|tbd|fixme|xxx)$/i;

/** Words in a label whose spaces are already collapsed. */
function wordCount(label: string): number {
  let n = 1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) n++;
  return n;
}

/** Finds the label/value split of `line[from, to)`: [labelStart, labelEnd, valueStart], or undefined. */
function splitLabel(line: string, from: number, to: number): [number, number, number] | undefined {
  const bold = boldAt(line, from);
  if (bold) {
    const [open, shut] = bold;
    const close = line.indexOf(shut, from + open.length);
    if (close > from && close < to && close - from <= MAX_LABEL) {
      const innerEnd = trimEnd(line, from + open.length, close);
      if (line[innerEnd - 1] === ':') return [from + open.length, trimEnd(line, from + open.length, innerEnd - 1), close + shut.length];
      const after = skipSpaces(line, close + shut.length, to);
      if (line[after] === ':') return [from + open.length, innerEnd, after + 1];
    }
  }
  const colon = line.indexOf(':', from);
  if (colon <= from || colon >= to || colon - from > MAX_LABEL) return undefined;
  if (line.startsWith('//', colon + 1)) return undefined;
  if (isDigit(line.charCodeAt(colon - 1)) && isDigit(line.charCodeAt(colon + 1))) return undefined;
  return [from, trimEnd(line, from, colon), colon + 1];
}

/**
 * Markers that may wrap a label, opener and closer, longest first: Markdown's (`**Start:**`) and HTML's
 * (`<strong>Start:</strong>`, `<b>Start:</b>`, as HTML reports and exported pages write them).
 */
const BOLD: readonly [string, string][] = [['**', '**'], ['__', '__'], ['*', '*'], ['_', '_'], ...HTML_BOLD];

/** The markers of `BOLD` that `line` has at `from`, if any. A loop, not `find`: it runs for every line with a colon. */
function boldAt(line: string, from: number): readonly [string, string] | undefined {
  // every opener starts with `*`, `_` or `<`: a label that starts otherwise, as most do, tries none
  const c = line.charCodeAt(from);
  if (c !== 0x2a && c !== 0x5f && c !== 0x3c) return undefined;
  for (const w of BOLD) if (line.startsWith(w[0], from)) return w;
  return undefined;
}

/** Reads a `label: value` field from `line[from, to)`, or undefined when the text is not one. */
export function readLabelledField(line: string, lineIndex: number, from: number, to: number, record?: LineRecord): Field | undefined {
  const shape = labelOf(record, line, from, to);
  return shape && makeField(line, lineIndex, shape.label, shape.labelStart, shape.labelEnd, shape.valueFrom, to);
}

/** The label of a `label: value` text, where it is and where its value starts (0-based). */
interface LabelShape { label: string; labelStart: number; labelEnd: number; valueFrom: number }

/** The label of `line[from, to)`, or undefined when the text is not a labelled field. */
function readLabel(line: string, from: number, to: number): LabelShape | undefined {
  const split = splitLabel(line, from, to);
  if (!split) return undefined;
  let [labelStart, labelEnd] = split;
  [labelStart, labelEnd] = unwrap(line, labelStart, labelEnd);
  const rawLabel = line.slice(labelStart, labelEnd);
  // the parenthesis first: prose with a colon inside a parenthetical (`(pool_size: 20)`) is told without the pattern
  if (opensParenthetical(rawLabel) || BAD_LABEL.test(rawLabel)) return undefined;
  const label = stripMarkup(rawLabel);
  if (label === '' || wordCount(label) > MAX_LABEL_WORDS || NOT_A_LABEL.test(label)) return undefined;
  return { label, labelStart, labelEnd, valueFrom: split[2] };
}

/**
 * True when `text` opens a parenthesis it does not close: the colon after it is inside a sentence's parenthetical
 * (`A template used a per-pod value (pool_size: 20) ...`), not after a label (`Start (UTC):`).
 */
function opensParenthetical(text: string): boolean {
  const open = text.lastIndexOf('(');
  return open >= 0 && text.indexOf(')', open) < 0;
}

/** `readLabel` kept per line (reads only its line). */
const labelOf = perLineSpan(readLabel);

/** A field from its label span and the raw value span, cleaned of wrapping markup and, for times, a final period. */
function makeField(line: string, lineIndex: number, label: string, labelStart: number, labelEnd: number, from: number, to: number): Field | undefined {
  const key = matchFieldLabel(label);
  let vs = skipSpaces(line, from, to);
  let ve = trimEnd(line, vs, to);
  [vs, ve] = unwrap(line, vs, ve);
  if (key && TRIM_PERIOD.has(key) && line[ve - 1] === '.' && !ABBREVIATION_END.test(line.slice(vs, ve))) ve = trimEnd(line, vs, ve - 1);
  // An empty label is kept when it has a standard meaning, or names a section: its content may be under it.
  if (vs === ve && !key && !sectionOfLabel(label)) return undefined;
  const field: Field = { label, labelRange: lineRange(lineIndex, labelStart, labelEnd), value: line.slice(vs, ve), valueRange: lineRange(lineIndex, vs, ve) };
  if (key) {
    field.key = key;
    const zoned = zonedLabel(label);
    if (zoned) field.labelZone = zoned.zone;
  }
  return field;
}

/** A line's field as read in the last check, at the same place. */
const keptFields = lineSlot<{ i: number; from: number; to: number; field: Field | undefined }>();

/**
 * The field of a list item or line, taken from the last check when the line is unchanged and at the same place. A
 * line that is no field keeps nothing here: its label, kept per line, says so again without a record of its own (most
 * lines with a colon, a clock's, are none).
 */
function fieldAt(line: string, i: number, s: ScannedLine): Field | undefined {
  const kept = keptFields.get(s.record);
  if (kept && kept.i === i && kept.from === s.contentStart && kept.to === s.contentEnd) return kept.field;
  const field = readLabelledField(line, i, s.contentStart, s.contentEnd, s.record);
  if (field !== undefined) keptFields.set(s.record, { i, from: s.contentStart, to: s.contentEnd, field });
  return field;
}

/** A key/value table row's field as read in the last check, at the same place with the same cells. */
const keptRowFields = lineSlot<{ i: number; cells: readonly Cell[]; field: Field | undefined }>();

/** The field of a `| Start | 2024-03-12 14:02 UTC |` row, taken from the last check when the row is unchanged. */
function rowFieldAt(lines: readonly string[], i: number, s: ScannedLine): Field | undefined {
  const cells = s.cells!;
  const kept = keptRowFields.get(s.record);
  if (kept && kept.i === i && kept.cells === cells) return kept.field;
  const field = readRowField(lines, i, cells);
  keptRowFields.set(s.record, { i, cells, field });
  return field;
}

/**
 * Reads the field of a table row whose first cell is a field's label, the incident's day or a section's name; each
 * cell is read on its line (an HTML row may put each on a line of its own).
 */
function readRowField(lines: readonly string[], i: number, cells: readonly Cell[]): Field | undefined {
  const [first, second] = cells;
  if (first.end - first.start > MAX_LABEL || first.end === first.start) return undefined;
  const labelLine = cellLine(i, first);
  const line = lines[labelLine];
  const [ls, le] = unwrap(line, first.start, first.end);
  const label = stripMarkup(line.slice(ls, le).replace(FINAL_COLON, ''));
  // A known label; in a two-column table also the incident's day (`| Incident date | 2024-05-14 |`) or a section's name
  // (`| Recovery | ... |`, as in Atlassian's incident summary table); a wider table's first column names steps or
  // phases (`| Mitigation | SRE | rollback | 14:45 |`). Other first cells (`| Region | us-east-1 |`) name no fact we read.
  if (!matchFieldLabel(label) && (cells.length !== 2 || (!isDateLabel(label) && !sectionOfLabel(label)))) return undefined;
  const labelEnd = line[le - 1] === ':' ? le - 1 : le;
  const valueLine = cellLine(i, second);
  const field = makeField(lines[valueLine], valueLine, label, ls, labelEnd, second.start, second.end);
  if (field && labelLine !== valueLine) field.labelRange = lineRange(labelLine, ls, labelEnd);
  return field;
}

const HAS_DIGIT = /\d/;

/** Lines that end what a label has under it. */
const ENDS_CONTENT: ReadonlySet<ScannedLine['kind']> = new Set(['heading', 'underline', 'rule', 'frontmatter']);
/** Lines skipped while looking for a label's content (a blank line inside a fence is a `code` line with no text). */
function isGap(s: ScannedLine): boolean {
  return s.kind === 'blank' || s.kind === 'comment' || s.contentStart >= s.contentEnd;
}

/**
 * The line (0-based) where the content of the empty label on line `i` starts, or -1. Under a list item it is the next
 * line with text, when that line is indented deeper than the item's marker (blank lines may come between: a loose
 * list). Under a label on a line of its own it is also a list, a table or text at the same indent, unless that text
 * is a label itself (`**Impact:**` followed by `**Resolution:** ...` leaves Impact empty). Headings and rules end it.
 * It reads the lines below the label's own: the caller reads it in every check, not from the line's memory.
 */
export function contentLineOf(lines: readonly string[], scanned: readonly ScannedLine[], i: number): number {
  const s = scanned[i];
  const indent = (t: ScannedLine) => (t.kind === 'list' ? t.markerStart ?? t.contentStart : t.contentStart);
  let j = i + 1;
  while (j < scanned.length && isGap(scanned[j])) j++;
  if (j >= scanned.length) return -1;
  const t = scanned[j];
  if (ENDS_CONTENT.has(t.kind)) return -1;
  if (indent(t) > indent(s)) return j;
  if (s.kind === 'list') return -1;
  if (t.kind === 'text' && lines[j].indexOf(':', t.contentStart) >= 0 && labelOf(t.record, lines[j], t.contentStart, t.contentEnd)) return -1;
  return j;
}

/** Keys a heading may stand for, its value on the one line under it: the times and the duration. */
const HEADING_KEYS: ReadonlySet<StandardFieldId> = new Set(['start', 'end', 'duration', 'detected', 'mitigated', 'resolved']);
const DATE_LABEL = /^(?:(?:incident[\s_-]+)?date|datum|fecha|date\s+de\s+l['’]\s*incident|fecha\s+del\s+incidente|datum\s+(?:des\s+vorfalls|der\s+st(?:ö|oe|o)rung))(?:\s*\([^()]*\))?$/i;

/**
 * A label that names the incident's day: "Date", "Incident date", "Date (UTC)", also "Datum", "Fecha", "Date de
 * l'incident" (a field or a heading over its value).
 */
export function isDateLabel(label: string): boolean {
  return DATE_LABEL.test(label.trim());
}

/**
 * The field of a heading that names a time, the duration or the date, with one line of text under it and nothing
 * else before the next heading (`### Start Date/Time` over `2024-03-12 14:02 UTC`, as templates lay them out).
 * Read in every check: it depends on the lines under the heading (headings are few).
 */
function headingField(lines: string[], scanned: ScannedLine[], i: number): Field | undefined {
  const line = lines[i];
  const s = scanned[i];
  const [hs, he] = unwrap(line, s.contentStart, s.contentEnd);
  const labelEnd = line[he - 1] === ':' ? he - 1 : he;
  const label = stripMarkup(line.slice(hs, labelEnd));
  const key = matchFieldLabel(label);
  if (key ? !HEADING_KEYS.has(key) : !isDateLabel(label)) return undefined;
  let j = i + 1;
  while (j < scanned.length && isGap(scanned[j])) j++;
  if (scanned[j]?.kind !== 'text') return undefined;
  let k = j + 1;
  while (k < scanned.length && isGap(scanned[k])) k++;
  if (k < scanned.length && scanned[k].kind !== 'heading') return undefined;
  const t = scanned[j];
  const f = makeField(lines[j], j, label, t.contentStart, t.contentStart, t.contentStart, t.contentEnd);
  return f && f.value !== '' ? { ...f, labelRange: lineRange(i, hs, labelEnd) } : undefined;
}

/**
 * Reads every field of the document from list items, plain lines and key/value table rows. Lines inside the
 * `skip` spans (0-based, inclusive: the action items) are left out: `Owner: Carol` there belongs to one action item.
 */
export function readFields(lines: string[], scanned: ScannedLine[], skip: [number, number][] = []): Field[] {
  const fields: Field[] = [];
  let k = 0;
  for (let i = 0; i < scanned.length; i++) {
    while (k < skip.length && skip[k][1] < i) k++;
    if (k < skip.length && skip[k][0] <= i) { i = skip[k][1]; continue; }
    const s = scanned[i];
    if (s.kind === 'list' || s.kind === 'text') {
      if (s.contentStart >= s.contentEnd) continue;
      if (lines[i].indexOf(':', s.contentStart) < 0) continue;
      const f = fieldAt(lines[i], i, s);
      if (!f) continue;
      if (f.value !== '') { fields.push(f); continue; }
      // The kept field depends on its line only: what is under it is read again, into a field of this check.
      const content = contentLineOf(lines, scanned, i);
      if (content >= 0) fields.push({ ...f, contentLine: content + 1 });
      else if (f.key) fields.push(f);
    } else if (s.kind === 'heading' && s.contentEnd - s.contentStart <= MAX_LABEL) {
      const f = headingField(lines, scanned, i);
      if (f) fields.push(f);
    } else if (s.kind === 'table' && s.cells && s.cells.length >= 2) {
      const f = rowFieldAt(lines, i, s);
      // A header row names columns (`| Date-Time | Description |`): a field only when its value holds a digit. Read
      // here, not kept with the row: whether the row is a header depends on the line below it.
      if (f && !((scanned[i + 1]?.kind === 'delimiter' || s.header) && !HAS_DIGIT.test(f.value))) fields.push(f);
    }
  }
  return fields;
}
