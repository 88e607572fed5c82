/**
 * Abbreviations a document uses as a team's name ("the IST team", "IST engineers"): there, `08:30 IST began the
 * failover` names who acted, not a zone. A document-level signal: the same letters after a clock and before the rest
 * of a sentence are then the team, and no ambiguous zone (PM007) is reported for them.
 */
import { lineSlot, type LineRecord } from '../cache';
import { zoneAbbreviations } from '../model/timeprefix-zone';
import { lookupZone, type TimeMatch } from '../time';
import { namesTeam } from '../time/parse-zone';

/** The ambiguous abbreviations (IST, CST, BST, AST, GST...): only these can be a team's name rather than a zone. */
const AMBIGUOUS = [...zoneAbbreviations].filter((a) => lookupZone(a)?.ambiguous === true);

/** An ASCII letter or digit: a word goes on (`GIST team` holds no `IST`). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The ambiguous abbreviations `text` writes before a team's noun ("IST team", "CST Service Desk"), as a key: the
 * abbreviations joined by commas, empty when none. Searched with `indexOf`, which costs little on long documents.
 */
export function teamNamesOf(text: string): string {
  const found: string[] = [];
  for (const abbr of AMBIGUOUS) {
    const needle = `${abbr} `;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && namesTeam(text, i, i + abbr.length)) { found.push(abbr); break; }
    }
  }
  return found.join(',');
}

/**
 * After the abbreviation: a blank and a word in lower case that goes on the sentence (`IST began the failover`), not a
 * preposition, a conjunction or a pronoun that a zone is often followed by (`08:30 IST on Monday`, `IST and`, `IST we`).
 */
const SENTENCE_GOES_ON = /[ \t]+(?!(?:on|in|at|and|or|to|until|till|from|by|we|with|for|after|before|when|while|the|a|an)\b)[a-z]/y;

/** `m` without its zone, ending at its clock (copies: matches are shared between checks). */
function withoutZone(m: TimeMatch, scanned: string): TimeMatch {
  let end = m.zone!.start;
  while (end > m.start && (scanned.charCodeAt(end - 1) === 0x20 || scanned.charCodeAt(end - 1) === 0x09)) end--;
  const copy: TimeMatch = Object.assign({}, m, { end, text: scanned.slice(m.start, end) });
  delete copy.zone;
  return copy;
}

/**
 * `times` (scanned in `line` from `offset` to `to`; the words after it are read too) with the zone left out of each time whose zone is one of `teams` followed by
 * the rest of a sentence; the same array when none is.
 */
function withoutTeamZones(times: readonly TimeMatch[], line: string, offset: number, to: number, teams: string): readonly TimeMatch[] {
  let out: TimeMatch[] | undefined;
  times.forEach((m, k) => {
    const zone = m.zone;
    if (!zone?.ambiguous || !teams.split(',').includes(zone.text)) return;
    SENTENCE_GOES_ON.lastIndex = offset + zone.end;
    if (!SENTENCE_GOES_ON.test(line)) return;
    out ??= [...times];
    out[k] = withoutZone(m, line.slice(offset, to));
  });
  return out ?? times;
}

type Kept = { teams: string; from: number; to: number; times: readonly TimeMatch[]; out: readonly TimeMatch[] };
/** Kept for a whole line's times, and for a span's (a timeline entry's time, a field's value). */
const keptOfLine = lineSlot<Kept>();
const keptOfSpan = lineSlot<Kept>();

/**
 * `withoutTeamZones` of a line's times (or a span's, from `from` to `to`), kept in the line's record for as long as
 * the times and the document's team names are the same: the copies are then the same objects in the next check.
 */
export function teamZonesLeftOut(record: LineRecord | undefined, line: string, times: readonly TimeMatch[], teams: string, from = 0, to = line.length): readonly TimeMatch[] {
  if (teams === '' || times.length === 0) return times;
  const kept = from === 0 && to === line.length ? keptOfLine : keptOfSpan;
  const k = record && kept.get(record);
  if (k && k.teams === teams && k.times === times && k.from === from && k.to === to) return k.out;
  const out = withoutTeamZones(times, line, from, to, teams);
  if (record) kept.set(record, { teams, from, to, times, out });
  return out;
}
