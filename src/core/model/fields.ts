/**
 * Labelled facts written anywhere in the document: `• Outage **start** time: ...`, `* Start: ...`,
 * `**Duration:** 4h`, `Start time: ...` on a line of its own, and `| Start | ... |` key/value table rows. A label may
 * name the zone of its value in parentheses (`- Start (UTC): ...`).
 */
import { lineSlot, memoized, perLineSpan, type LineRecord } from '../cache';
import type { Field, StandardFieldId, StandardSectionId } from './types';
import { cellLine } from './cells';
import type { Cell, ScannedLine } from './scan';
import { matchStandardSection, MAX_CACHED } from './sections';
import { HTML_BOLD, labelKeys, lineRange, normalizeLabel, skipSpaces, stripMarkup, trimEnd, unwrap } from './text';
import { isDigit } from '../time/chars';
import { lookupZone } from '../time/zones';

/** Labels (normalised: lower case, no punctuation) that name each standard field. */
export const fieldLabelSynonyms: Record<StandardFieldId, readonly string[]> = {
  start: ['start', 'start time', 'outage start', 'outage start time', 'incident start', 'incident start time', 'impact start', 'impact start time', 'began', 'began at', 'started', 'started at', 'start of outage', 'start of impact', 'outage began', 'date and time', 'date time', 'when did it start', 'start date time', 'start date and time', 'impact started', 'impact started at'],
  end: ['end', 'end time', 'outage end', 'outage end time', 'incident end', 'incident end time', 'impact end', 'impact end time', 'ended', 'ended at', 'end of outage', 'end of impact', 'outage ended', 'recovered at', 'end date time', 'end date and time', 'impact ended', 'impact ended at'],
  detected: ['detected', 'detected at', 'detection time', 'time detected', 'time of detection', 'when was issue detected', 'when was the issue detected', 'when was the incident detected', 'first detected', 'alerted at', 'reported at', 'first reported', 'first reported at', 'time reported', 'incident reported at', 'declared at', 'incident declared', 'incident declared at'],
  mitigated: ['mitigated', 'mitigated at', 'mitigation time', 'time mitigated', 'time of mitigation'],
  resolved: ['resolved', 'resolved at', 'resolution time', 'time resolved', 'time of resolution', 'fixed at', 'closed at'],
  duration: ['duration', 'outage duration', 'total duration', 'length', 'incident duration', 'impact duration', 'outage length', 'total outage time', 'downtime', 'total downtime', 'outage window', 'impact window', 'incident window', 'downtime window', 'outage period', 'impact period', 'period', 'incident period', 'time period', 'affected period', 'start end', 'start and end', 'start end time', 'start and end time', 'start and end times'],
  severity: ['severity', 'sev', 'severity level', 'incident severity', 'impact level'],
  status: ['status', 'incident status', 'document status', 'postmortem status', 'report status'],
  whatOccurred: ['what occurred', 'what happened', 'summary', 'incident summary', 'overview', 'description', 'issue summary'],
  impact: ['impact', 'what clients and users experienced', 'what users experienced', 'what customers experienced', 'customer impact', 'user impact', 'business impact', 'impact on users', 'impact on customers'],
  usersAffected: ['percentage of users affected', 'users affected', 'affected users', 'customers affected', 'affected customers', 'percentage of customers affected', 'number of users affected', 'number of customers affected'],
  rootCause: ['root cause', 'root causes', 'root cause of the problem', 'cause', 'underlying cause', 'detailed explanation of what caused the problem', 'detailed explination of what caused the problem'],
  detection: ['how was issue detected', 'how was the issue detected', 'how was the incident detected', 'how was it detected', 'detection', 'detection method', 'detected by'],
  resolution: ['how was the incident resolved', 'how was the issue resolved', 'how was it resolved', 'resolution', 'fix', 'how it was fixed', 'detailed explanation of how the problem was fixed', 'detailed explination of how the problem was fixed'],
  owner: ['owner', 'incident owner', 'postmortem owner', 'incident commander', 'ic', 'incident lead', 'dri'],
  timezone: ['time zone', 'timezone', 'all times', 'times in', 'zone'],
};

/**
 * The same labels in French, German and Spanish, as people write them: matching drops accents and apostrophes
 * (`Debut`, `Duree` and `Duracion` match too). French puts a space before the colon (`- **Début :** 14h05`): the
 * label is read without it.
 */
export const foreignFieldLabelSynonyms: Partial<Record<StandardFieldId, readonly string[]>> = {
  start: [
    'début', 'début de l’incident', 'début de la panne', 'début de l’impact', 'début de l’interruption', 'heure de début', 'date de début', 'date et heure de début',
    'beginn', 'beginn der störung', 'beginn des ausfalls', 'beginn des vorfalls', 'störungsbeginn', 'ausfallbeginn', 'startzeit', 'startzeitpunkt', 'beginnzeit',
    'inicio', 'inicio del incidente', 'inicio de la caída', 'inicio del impacto', 'inicio de la interrupción', 'hora de inicio', 'fecha de inicio', 'fecha y hora de inicio', 'comienzo',
  ],
  end: [
    'fin', 'fin de l’incident', 'fin de la panne', 'fin de l’impact', 'fin de l’interruption', 'heure de fin', 'date de fin', 'date et heure de fin',
    'ende', 'ende der störung', 'ende des ausfalls', 'ende des vorfalls', 'störungsende', 'ausfallende', 'endzeit', 'endzeitpunkt',
    'fin del incidente', 'fin de la caída', 'fin del impacto', 'fin de la interrupción', 'hora de fin', 'hora de finalización', 'fecha de fin', 'fecha y hora de fin',
  ],
  detected: [
    'détecté', 'détecté à', 'détecté le', 'heure de détection', 'date de détection',
    'erkannt', 'erkannt um', 'entdeckt', 'zeitpunkt der erkennung', 'erkennungszeit',
    'detectado', 'detectado a las', 'hora de detección', 'fecha de detección',
  ],
  mitigated: [
    'atténué', 'atténué à', 'mitigé', 'heure d’atténuation', 'heure de mitigation',
    'eingedämmt', 'eingedämmt um', 'mitigiert', 'zeitpunkt der eindämmung',
    'mitigado', 'mitigado a las', 'hora de mitigación',
  ],
  resolved: [
    'résolu', 'résolu à', 'résolu le', 'heure de résolution', 'date de résolution', 'rétabli', 'rétabli à', 'clos le', 'clôturé le',
    'behoben', 'behoben um', 'gelöst', 'gelöst um', 'zeitpunkt der behebung', 'behebungszeit',
    'resuelto', 'resuelto a las', 'hora de resolución', 'fecha de resolución', 'restablecido', 'cerrado',
  ],
  duration: [
    'durée', 'durée de l’incident', 'durée de la panne', 'durée de l’impact', 'durée totale', 'durée d’indisponibilité', 'durée de l’interruption',
    'dauer', 'gesamtdauer', 'ausfalldauer', 'störungsdauer', 'dauer der störung', 'dauer des ausfalls',
    'duración', 'duración total', 'duración del incidente', 'duración de la caída', 'duración del impacto', 'tiempo de inactividad',
  ],
  severity: ['sévérité', 'gravité', 'niveau de sévérité', 'niveau de gravité', 'criticité', 'schweregrad', 'schwere', 'severidad', 'nivel de severidad', 'gravedad'],
  status: ['statut', 'état', 'état de l’incident', 'statut de l’incident', 'estado', 'estado del incidente'],
  whatOccurred: ['résumé', 'zusammenfassung', 'resumen', 'que s’est-il passé', 'was ist passiert', 'qué pasó', 'qué ocurrió'],
  impact: ['impacts', 'incidence', 'auswirkung', 'auswirkungen', 'impacto', 'impacto en usuarios', 'impacto en los usuarios'],
  usersAffected: ['utilisateurs affectés', 'utilisateurs impactés', 'betroffene nutzer', 'betroffene kunden', 'usuarios afectados', 'clientes afectados'],
  rootCause: ['cause racine', 'causes racines', 'cause profonde', 'causes profondes', 'ursache', 'grundursache', 'causa raíz', 'causa'],
  detection: ['détection', 'erkennung', 'detección'],
  resolution: ['résolution', 'behebung', 'lösung', 'resolución', 'solución'],
  owner: ['responsable de l’incident', 'responsable', 'verantwortlich', 'verantwortliche', 'verantwortlicher', 'incident manager'],
  timezone: ['fuseau horaire', 'zeitzone', 'zona horaria'],
};

const labelIndex = new Map<string, StandardFieldId>();
for (const table of [fieldLabelSynonyms, foreignFieldLabelSynonyms]) {
  for (const [id, names] of Object.entries(table) as [StandardFieldId, readonly string[]][]) {
    for (const name of names) for (const key of labelKeys(name)) labelIndex.set(key, id);
  }
}

/** The standard field a label names (`Outage **start** time` -> `start`), if any. */
export function matchFieldLabel(label: string): StandardFieldId | undefined {
  return labelMatches(label);
}

// Documents repeat labels: each distinct one is normalised once. Normalising turns markup characters into spaces, so
// `**start**` needs no separate stripping.
const labelMatches = memoized((label: string) => labelIndex.get(normalizeLabel(label)) ?? zonedLabel(label)?.key, MAX_CACHED);

/** A label ending in a parenthetical: `Start (UTC)`, `End (America/New_York)`. */
const PARENTHESIZED_END = /^(.+?)\s*\(\s*([^()]{1,40}?)\s*\)$/;

/**
 * A field label followed by the zone its value is in (`Start (UTC)`, `End (PST)`): the field's key and the zone as
 * written. Only a parenthetical that names a zone is left out (`Start (approx)` stays unknown).
 */
const zonedLabel = memoized((label: string): { key: StandardFieldId; zone: string } | undefined => {
  if (!label.endsWith(')')) return undefined;
  const m = PARENTHESIZED_END.exec(label);
  const key = m ? labelIndex.get(normalizeLabel(m[1])) : undefined;
  return m && key && lookupZone(m[2]) ? { key, zone: m[2] } : undefined;
}, MAX_CACHED);

/**
 * Fields whose value covers a standard section: a document that states `What clients and users experienced: ...`
 * has said what the Impact section would say. Rules that require a section accept such a field instead.
 */
export const fieldSectionEquivalents: Partial<Record<StandardFieldId, StandardSectionId>> = {
  whatOccurred: 'summary',
  impact: 'impact',
  usersAffected: 'impact',
  rootCause: 'rootCause',
  detection: 'detection',
  resolution: 'resolution',
};

/**
 * Section names that, as a label, usually name something else: `- Response: 503 Service Unavailable` is a reply in a
 * request log, not how the incident was resolved. As headings they still name their section.
 */
const NOT_SECTION_LABELS: ReadonlySet<string> = new Set(['response']);

/**
 * The standard section a label names as a field (`**Trigger:**`, `Timeline:`), if any; kept per label (a document
 * repeats a few labels, and every check asks for each field's).
 */
export const sectionOfLabel = memoized((label: string): StandardSectionId | undefined => (NOT_SECTION_LABELS.has(normalizeLabel(label)) ? undefined : matchStandardSection(label)), MAX_CACHED);

/**
 * The standard section a field stands for: through `fieldSectionEquivalents` for its key, else when its label
 * names a section (`**Trigger:** ...`, `**Lessons learned:** ...`, `Timeline: [doc](...)`). A field covers its
 * section when it has a value, or content under it (`contentLine`: a list nested under `- **Impact**:`); a label with
 * nothing after it or under it covers nothing.
 */
export function fieldCoversSection(field: Field): StandardSectionId | undefined {
  if (field.value.trim() === '' && field.contentLine === undefined) return undefined;
  return (field.key && fieldSectionEquivalents[field.key]) || sectionOfLabel(field.label);
}

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
  if (BAD_LABEL.test(rawLabel) || opensParenthetical(rawLabel)) return undefined;
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
