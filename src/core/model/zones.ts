/**
 * Statements of the zone the document's times are in: "All times UTC", "All times are in PST/PDT",
 * "Times in America/New_York", "(times in UTC)", "Time zone: CET"; and a zone in parentheses after a Timeline
 * heading or a time column header (`## Timeline (UTC)`, `| Time (UTC) |`), where the statement is the zone itself.
 */
import { perLine } from '../cache';
import type { ZoneDeclaration } from './types';
import type { ScannedLine } from './scan';
import { IANA_ZONE, LONG_ZONE, zoneAbbreviations } from './timeprefix';
import { lineRange } from './text';
import { matchStandardSection } from './sections';

const ZONE = `(${IANA_ZONE}|${LONG_ZONE}|(?:UTC|GMT)(?:\\s?[+\\-−]\\d{1,2}(?::?\\d{2})?)?|[+\\-−]\\d{2}:?\\d{2}|[A-Z]{1,5}(?:\\s?\\/\\s?[A-Z]{1,5})?)(?![A-Za-z])`;
const VERB = '(?:(?:shown|listed|given|displayed|expressed|reported|written|recorded|noted)\\s+)?';
const DECLARATIONS = [
  new RegExp(`(?<![A-Za-z])[Aa]ll\\s+(?:the\\s+)?times(?:tamps)?\\s+(?:are\\s+|below\\s+(?:are\\s+)?)?${VERB}(?:(?:in|as)\\s+)?(?:the\\s+)?${ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])[Tt]imes(?:tamps)?\\s+(?:are\\s+)?${VERB}in\\s+(?:the\\s+)?${ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])[Tt]ime\\s?[Zz]one\\s*(?:is\\s+|[:=]\\s*)${ZONE}`, 'dg'),
];
const PARENTHESIZED = new RegExp(`\\(\\s*${ZONE}\\s*\\)`, 'd');
const TIME_HEADER_ZONE = new RegExp(`^(?:[Tt]ime(?:stamp)?|TIME|[Ww]hen|[Dd]ate(?:\\s*(?:/|and)\\s*[Tt]ime)?)\\s*\\(\\s*${ZONE}\\s*\\)`, 'd');
/** What the "Time zone: CET" declaration holds; the other two hold "times". */
const TIME_ZONE = /[Tt]ime\s?[Zz]one/;
const ABBREVIATIONS = /^[A-Z]{1,5}(?:\s?\/\s?[A-Z]{1,5})?$/;
const ENDS_IN_T = /^[A-Z]{1,4}T$/;

/** A zone as written is believable: a long or IANA name, UTC/GMT or an offset, or known abbreviations (`PST/PDT`). */
function plausible(zone: string): boolean {
  if (!ABBREVIATIONS.test(zone)) return true;
  return zone.split('/').every((z) => zoneAbbreviations.has(z.trim()) || ENDS_IN_T.test(z.trim()));
}

/** A declaration in a line: its text, 0-based span and the zone it names. */
interface LineDeclaration { text: string; start: number; end: number; zone: string }

const NONE: readonly LineDeclaration[] = [];

/** The "All times ..." declarations of a line, kept in the line's record. */
const declarationsIn = perLine((line: string): readonly LineDeclaration[] => {
  // Every declaration says "times" or "time zone": substring searches cost less than the patterns on every line.
  if (!line.includes('imes') && !TIME_ZONE.test(line)) return NONE;
  const out: LineDeclaration[] = [];
  for (const re of DECLARATIONS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const [a, b] = [m.index, m.index + m[0].length];
      // "All times are in UTC" also holds "times are in UTC": keep the first, longer reading.
      if (!m.indices?.[1] || !plausible(m[1]) || out.some((x) => a < x.end && x.start < b)) continue;
      out.push({ text: m[0], start: a, end: b, zone: m[1] });
    }
  }
  return out;
});

/** Reads the zone declarations of the document, outside code, comments and front matter. */
export function readZoneDeclarations(lines: string[], scanned: ScannedLine[]): ZoneDeclaration[] {
  const out: ZoneDeclaration[] = [];
  for (let i = 0; i < scanned.length; i++) {
    const kind = scanned[i].kind;
    if (kind !== 'text' && kind !== 'list' && kind !== 'heading' && kind !== 'table') continue;
    const line = lines[i];
    if (kind === 'heading' && line.includes('(')) {
      const m = PARENTHESIZED.exec(line);
      if (m?.indices?.[1] && plausible(m[1]) && matchStandardSection(line.slice(scanned[i].contentStart, scanned[i].contentEnd)) === 'timeline') {
        const [a, b] = m.indices[1];
        out.push({ text: m[1], range: lineRange(i, a, b), zone: m[1] });
        continue;
      }
    }
    if (kind === 'table' && scanned[i].tableStart === i && line.includes('(')) {
      // A time column header names the zone of its column: `| Time (UTC) | Event |`.
      for (const cell of scanned[i].cells ?? []) {
        const m = TIME_HEADER_ZONE.exec(line.slice(cell.start, cell.end));
        if (m?.indices?.[1] && plausible(m[1])) {
          const [a, b] = m.indices[1];
          out.push({ text: m[1], range: lineRange(i, cell.start + a, cell.start + b), zone: m[1] });
        }
      }
      continue;
    }
    for (const d of declarationsIn(scanned[i].record, line)) out.push({ text: d.text, range: lineRange(i, d.start, d.end), zone: d.zone });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return out;
}
