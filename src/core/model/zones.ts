/**
 * Statements of the zone the document's times are in: "All times UTC", "All times are in PST/PDT", "All time in CET",
 * "Times in America/New_York", "(times in UTC)", "Time zone: CET", and the same in French, German and Spanish
 * ("Toutes les heures sont en UTC", "Les heures sont en heure de Paris", "Alle Zeiten in MEZ", "Todas las horas en hora
 * peninsular"), a city's clock ("All times are Paris time", "Alle Zeiten in deutscher Zeit"); a zone in parentheses after a Timeline heading
 * (`## Timeline (UTC)`, also with its other name: `## Timeline (AEST - UTC+10)`); and the zone a time column header names (`| Time (UTC) |`, `| Time [UTC] |`,
 * `| Time, UTC |`, `| Date and time in CET |`, `| UTC time |`), where the statement is the zone itself.
 */
import { perLine } from '../cache';
import { cellLine, cellText } from './cells';
import type { ZoneDeclaration } from './types';
import type { ScannedLine } from './scan';
import { IANA_ZONE, LONG_ZONE, zoneAbbreviations } from './timeprefix-zone';
import { lineRange, spanRange } from './text';
import { matchStandardSection } from './section-titles';
import { lookupZone } from '../time/zones';
import { CITY_NAMES } from '../time/zone-table';

/**
 * A city's or country's clock as the zone table names it (see `CITY_NAMES`: `Paris time`, `heure de Paris`, `deutscher
 * Zeit`, `hora peninsular`, `hora de Ciudad de México`), each word's first letter in either case and any blanks
 * between words.
 */
const CITY_CLOCK = Object.values(CITY_NAMES).flat()
  .sort((a, b) => b.length - a.length)
  .map((n) => n.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}`).join('\\s+'))
  .join('|');
/**
 * Long zone names as declarations write them: "Pacific Time" or "Pacific time", a city's or country's clock ("Paris
 * time", "heure de Paris"), and the names of the UK's and Sydney's clocks ("UK time", "London time", "Sydney time").
 */
const LONG_NAME = `${LONG_ZONE.replace(/Time\)$/, '[Tt]ime)')}|(?:UK|British|London|Sydney)\\s+[Tt]ime|${CITY_CLOCK}`;
/** A US region's clock named by the region alone (`All times Pacific`), only where the statement ends with it. */
const REGION_ALONE = '(?:Pacific|Eastern|Central|Mountain)(?=\\s*(?:$|[.,;:)*_]))';
const ZONE = `(${IANA_ZONE}|${LONG_NAME}|${REGION_ALONE}|(?:UTC|GMT)(?:\\s?[+\\-−]\\d{1,2}(?::?\\d{2})?)?|[+\\-−]\\d{2}:?\\d{2}|[A-Z]{1,5}(?:\\s?\\/\\s?[A-Z]{1,5})?)(?![A-Za-z])`;
const VERB = '(?:(?:shown|listed|given|displayed|expressed|reported|written|recorded|noted|documented)\\s+)?';
/** A zone as a declaration writes it, also as a link to its article: `[UTC](https://en.wikipedia.org/wiki/...)`. */
const LINKED_ZONE = `\\[?${ZONE}(?:\\]\\([^)\\s]*\\))?`;
const DECLARATIONS = [
  // "All times UTC", "All events are documented in [UTC](https://...) time" (a timeline's events and entries too)
  new RegExp(`(?<![A-Za-z])[Aa]ll\\s+(?:the\\s+)?(?:[Tt]ime(?:s|stamps)?|events|entries)\\s+(?:are\\s+|below\\s+(?:are\\s+)?)?${VERB}(?:(?:in|as)\\s+)?(?:the\\s+)?${LINKED_ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])[Tt]imes(?:tamps)?\\s+(?:are\\s+)?${VERB}in\\s+(?:the\\s+)?${LINKED_ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])[Tt]ime\\s?[Zz]one\\s*(?:is\\s+|[:=]\\s*)${ZONE}`, 'dg'),
  // French, German and Spanish: "Toutes les heures sont en UTC", "Alle Zeiten in UTC", "Todas las horas en UTC",
  // "Fuseau horaire : CET", "Zeitzone: UTC", "Zona horaria: UTC"
  new RegExp(`(?<![A-Za-z])(?:[Tt]outes\\s+les|[Ll]es)\\s+heures\\s+(?:sont\\s+)?(?:(?:indiquées|données|exprimées)\\s+)?en\\s+${ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])[Aa]lle\\s+(?:Zeiten|Zeitangaben|Uhrzeiten)\\s+(?:sind\\s+)?(?:(?:angegeben|in)\\s+)?(?:in\\s+)?${ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])[Tt]odas\\s+las\\s+horas\\s+(?:están\\s+)?(?:(?:indicadas|expresadas)\\s+)?en\\s+${ZONE}`, 'dg'),
  new RegExp(`(?<![A-Za-z])(?:[Ff]useau\\s+horaire|[Zz]eitzone|[Zz]ona\\s+horaria)\\s*[:=]\\s*${ZONE}`, 'dg'),
];
const PARENTHESIZED = new RegExp(`\\(\\s*${ZONE}\\s*\\)`, 'd');
/** Between a zone and the same zone's other name in parentheses: `(AEST - UTC+10)`, `(PDT, UTC-7)`, `(CET / UTC+1)`. */
const PAIR_SEP = '\\s*[-\u2013\u2014,/;=]\\s*';
/** A zone and its other name in parentheses: `## Timeline (AEST — UTC+10)`, `| Time (PDT, UTC-7) |`. */
const PARENTHESIZED_PAIR = new RegExp(`\\(\\s*${ZONE}${PAIR_SEP}${ZONE}\\s*\\)`, 'd');

/**
 * The zone a pair names: the first, or the second when the first is ambiguous and the second is not
 * (`(IST - UTC+5:30)` names UTC+5:30).
 */
function pairZone(first: string, second: string): string {
  if (!lookupZone(first)?.ambiguous) return first;
  const other = lookupZone(second);
  return other?.zone && !other.ambiguous ? second : first;
}

/**
 * A zone in parentheses, alone or with its other name (`(UTC)`, `(AEST - UTC+10)`): the match, whose first group is
 * the (first) zone, and the zone it names; undefined when none or not believable.
 */
function parenthesizedZone(text: string, single: RegExp, pair: RegExp): { m: RegExpExecArray; zone: string } | undefined {
  const m = single.exec(text);
  if (m?.indices?.[1] && plausible(m[1])) return { m, zone: m[1] };
  return pairIn(text, pair);
}

/** A zone and its other name that `pair` finds in `text`, both believable: the match and the zone it names. */
function pairIn(text: string, pair: RegExp): { m: RegExpExecArray; zone: string } | undefined {
  const p = pair.exec(text);
  return p?.indices?.[1] && plausible(p[1]) && plausible(p[2]) ? { m: p, zone: pairZone(p[1], p[2]) } : undefined;
}
/** The name of a time column: `Time`, `Timestamp`, `When`, `Date`, `Date and time`, `Date/Time`. */
const TIME_WORD = '(?:[Tt]ime(?:stamp)?s?|TIME(?:STAMP)?S?|[Ww]hen|WHEN|[Dd]ate(?:\\s*(?:/|and|&)\\s*[Tt]ime)?|DATE(?:\\s*(?:/|AND|&)\\s*TIME)?' +
  // French, German and Spanish: `Heure (CET)`, `Uhrzeit (MEZ)`, `Hora (UTC)`, `Fecha y hora (UTC)`
  '|[Hh]eures?|HEURES?|[Hh]orodatage|[Dd]ate\\s+et\\s+heure|[Uu]hrzeit|UHRZEIT|[Zz]eit(?:punkt)?|ZEIT|[Hh]oras?|HORAS?|[Ff]echa\\s+y\\s+hora)';
/** Emphasis around a header cell's text (`**Time (UTC)**`). */
const EMPHASIS = '[*_]*';
/** A header cell's time word with a zone pair in parentheses: `Time (AEST - UTC+10)`. */
const TIME_HEADER_PAIR = new RegExp(`^${EMPHASIS}${TIME_WORD}\\s*\\(\\s*${ZONE}${PAIR_SEP}${ZONE}\\s*\\)`, 'd');
/**
 * A time column header naming its zone: in parentheses or brackets after the name (`Time (UTC)`, `Time [UTC]`), or
 * after it with a comma, `in` or a blank (`Time, UTC`, `Date and time in CET`, `Time UTC`), or before it (`UTC time`).
 * The forms without brackets are the whole cell, and their zone must be one this tool knows (see `knownZone`).
 */
const TIME_HEADER_ZONES: { re: RegExp; bracketed: boolean }[] = [
  { re: new RegExp(`^${EMPHASIS}${TIME_WORD}\\s*\\(\\s*${ZONE}\\s*\\)`, 'd'), bracketed: true },
  { re: new RegExp(`^${EMPHASIS}${TIME_WORD}\\s*\\[\\s*${ZONE}\\s*\\]`, 'd'), bracketed: true },
  { re: new RegExp(`^${EMPHASIS}${TIME_WORD}(?:\\s*[,:]\\s*|\\s+in\\s+(?:the\\s+)?|\\s+)${ZONE}${EMPHASIS}$`, 'd'), bracketed: false },
  { re: new RegExp(`^${EMPHASIS}${ZONE}\\s+(?:[Tt]ime(?:stamp)?s?|TIME(?:STAMP)?S?)${EMPHASIS}$`, 'd'), bracketed: false },
];
/**
 * What every declaration holds: "times" (also "timestamps"), "time zone", "all time", "all events", "all entries", or
 * in other languages "heures", "horaire", "Zeit" ("Uhrzeiten"), "horas", "horaria". One pattern scans a line once,
 * where a search for each word would scan it once per word; prose about a "wait time" or "response time" then runs
 * none of the declarations. It runs on every line of text alone: a looser pattern before it costs more than it saves.
 */
const DECLARING_WORD = /imes|ime\s?[Zz]|ll\s+(?:the\s+)?[Tt]ime|ll\s+(?:the\s+)?(?:events|entries)\s|[Zz]eit|heure|hora/;
const ABBREVIATIONS = /^[A-Z]{1,5}(?:\s?\/\s?[A-Z]{1,5})?$/;
const ENDS_IN_T = /^[A-Z]{1,4}T$/;

/** A zone as written is believable: a long or IANA name, UTC/GMT or an offset, or known abbreviations (`PST/PDT`). */
function plausible(zone: string): boolean {
  if (!ABBREVIATIONS.test(zone)) return true;
  return zone.split('/').every((z) => zoneAbbreviations.has(z.trim()) || ENDS_IN_T.test(z.trim()));
}

/** A zone written without brackets in a header is taken only when known: a long or IANA name, UTC, or known abbreviations. */
function knownZone(zone: string): boolean {
  if (!ABBREVIATIONS.test(zone)) return true;
  return zone.split('/').every((z) => zoneAbbreviations.has(z.trim()));
}

/** The zone a time column header names, as a match with the zone's indices, or undefined. */
function headerZone(cell: string): { m: RegExpExecArray; zone: string } | undefined {
  for (const { re, bracketed } of TIME_HEADER_ZONES) {
    const m = re.exec(cell);
    if (m?.indices?.[1] && plausible(m[1]) && (bracketed || knownZone(m[1]))) return { m, zone: m[1] };
  }
  return cell.includes('(') ? pairIn(cell, TIME_HEADER_PAIR) : undefined;
}

/** A zone in parentheses right after a declared zone: `IST (UTC+5:30)`, `IST (GMT +5:30)`, `BST (Europe/London)`. */
const PAREN_ZONE = new RegExp(`^[ \\t]*\\(\\s*${ZONE}\\s*[),;]`);

/**
 * The zone a declaration names: an ambiguous abbreviation followed by a zone in parentheses that has one reading
 * ("All times are in IST (UTC+5:30)", "IST (Asia/Kolkata)") names that zone; any other names itself.
 */
function settledZone(zone: string, after: string): string {
  if (!after.includes('(') || !lookupZone(zone)?.ambiguous) return zone;
  const m = PAREN_ZONE.exec(after);
  const other = m ? lookupZone(m[1]) : undefined;
  return m && other?.zone && !other.ambiguous ? m[1] : zone;
}

/** A declaration in a line: its text, 0-based span and the zone it names. */
interface LineDeclaration { text: string; start: number; end: number; zone: string }

const NONE: readonly LineDeclaration[] = [];

/** The "All times ..." declarations of a line, kept in the line's record (reads only its line: see `wrappedDeclaration`). */
const declarationsIn = perLine((line: string): readonly LineDeclaration[] => {
  if (!DECLARING_WORD.test(line)) return NONE;
  const out: LineDeclaration[] = [];
  for (const re of DECLARATIONS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const [a, b] = [m.index, m.index + m[0].length];
      // "All times are in UTC" also holds "times are in UTC": keep the first, longer reading.
      if (!m.indices?.[1] || !plausible(m[1]) || out.some((x) => a < x.end && x.start < b)) continue;
      out.push({ text: m[0], start: a, end: b, zone: settledZone(m[1], line.slice(b, b + 40)) });
    }
  }
  return out;
});

/** The opening of a declaration at the end of a line whose zone is on the next (`... and all times are in` / `UTC.`). */
const OPEN_AT_END = /(?<![A-Za-z])(?:[Aa]ll\s+(?:the\s+)?times(?:tamps)?|[Tt]imes(?:tamps)?)\s+(?:are\s+)?(?:(?:shown|listed|given|written|recorded)\s+)?in(?:\s+the)?\s*$/;

/**
 * A declaration hard-wrapped after its opening: line `i` ends with "all times are in" and the next line of the same
 * paragraph starts with the zone. Read afresh on every check (it depends on two lines).
 */
function wrappedDeclaration(lines: readonly string[], scanned: readonly ScannedLine[], i: number): ZoneDeclaration | undefined {
  const line = lines[i];
  if (!line.includes('imes')) return undefined;
  const open = OPEN_AT_END.exec(line.slice(0, scanned[i].contentEnd));
  const next = scanned[i + 1];
  if (!open || next?.kind !== 'text') return undefined;
  const nextText = lines[i + 1].slice(next.contentStart, next.contentEnd);
  const joined = `${open[0].trimEnd()} ${nextText}`;
  // The declaration read from the joined text must reach into the next line and start where the opening does.
  const d = declarationsIn(undefined, joined).find((x) => x.start === 0 && x.end > open[0].trimEnd().length + 1);
  if (!d) return undefined;
  const endInNext = next.contentStart + d.end - open[0].trimEnd().length - 1;
  return { text: d.text, range: spanRange(i, open.index, i + 1, endInNext), zone: d.zone };
}

/** Reads the zone declarations of the document, outside code, comments and front matter. */
export function readZoneDeclarations(lines: string[], scanned: ScannedLine[]): ZoneDeclaration[] {
  const out: ZoneDeclaration[] = [];
  for (let i = 0; i < scanned.length; i++) {
    const kind = scanned[i].kind;
    if (kind !== 'text' && kind !== 'list' && kind !== 'heading' && kind !== 'table') continue;
    const line = lines[i];
    // a Timeline heading's zone, or that of a label on a line of its own over the timeline (`Timeline (CST):`)
    if ((kind === 'heading' || (kind === 'text' && line.charCodeAt(scanned[i].contentEnd - 1) === 0x3a)) && line.includes('(')) {
      const found = parenthesizedZone(line, PARENTHESIZED, PARENTHESIZED_PAIR);
      if (found?.m.indices?.[1] && matchStandardSection(line.slice(scanned[i].contentStart, scanned[i].contentEnd)) === 'timeline') {
        const [a, b] = found.m.indices[1];
        out.push({ text: found.m[1], range: lineRange(i, a, b), zone: found.zone });
        continue;
      }
    }
    if (kind === 'table' && scanned[i].tableStart === i) {
      // A time column header names the zone of its column: `| Time (UTC) | Event |`, `| Time, UTC | Event |`.
      let named = false;
      for (const cell of scanned[i].cells ?? []) {
        const h = headerZone(cellText(lines, i, cell));
        if (h?.m.indices?.[1]) {
          const [a, b] = h.m.indices[1];
          out.push({ text: h.m[1], range: lineRange(cellLine(i, cell), cell.start + a, cell.start + b), zone: h.zone });
          named = true;
        }
      }
      if (named || line.includes('(')) continue;
    }
    const found = declarationsIn(scanned[i].record, line);
    for (const d of found) out.push({ text: d.text, range: lineRange(i, d.start, d.end), zone: d.zone });
    if (found.length === 0 && kind === 'text') {
      const wrapped = wrappedDeclaration(lines, scanned, i);
      if (wrapped) out.push(wrapped);
    }
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return out;
}
