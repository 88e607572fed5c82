/**
 * The incident start as typed in New Postmortem or `new --start`: the same free text the core reads in documents
 * (`14:02`, `3:06 PM EST`, `2026-03-12 14:02 UTC`, `Sep 27 15:06`), or `now`. Missing parts come from "now".
 */
import { inferYear } from '../time/calendar';
import { parseTime } from '../time/parse';
import { instantToZoned, zonedToInstant } from '../time/zones';

/** A start read: the instant and the zone to write the document's times in; or why the text is not a start. */
export type IncidentStart = { ok: true; instant: number; zone: string } | { ok: false; message: string };

const examples = 'e.g. 14:02, 3:06 PM EST, 2026-03-12 14:02 UTC or now';

/** Reads `text` as the incident start; `zone` is the zone of a time written without one (the setting, else UTC). */
export function parseIncidentStart(text: string, now: number, zone: string): IncidentStart {
  const trimmed = text.trim();
  if (trimmed === '' || /^now$/i.test(trimmed)) return { ok: true, instant: now, zone };
  const m = parseTime(trimmed);
  if (!m) return { ok: false, message: `"${trimmed}" is not one time (${examples})` };
  if (m.invalid) return { ok: false, message: m.invalid };
  if (m.unknown) return { ok: false, message: 'the start must be a known time' };
  if (m.kind === 'date' || m.hour === undefined) return { ok: false, message: `add the time of day (${examples})` };
  const written = m.zone;
  if (written?.ambiguous) {
    const readings = written.candidates.map((c) => c.region ?? c.zone).join(', ');
    return { ok: false, message: `${written.text} has several meanings (${readings}): write the zone name or an offset` };
  }
  // the instant uses the zone as written (EST is -05:00); the document uses its region so later times follow DST
  const computeIn = written?.zone?.zone ?? zone;
  const writeIn = written?.zone ? written.zone.region ?? written.zone.zone : zone;
  const today = instantToZoned(now, computeIn);
  let year = m.year ?? today.year;
  if (m.year === undefined && m.month !== undefined && m.day !== undefined && m.weekday !== undefined) {
    year = inferYear(m.month, m.day, m.weekday, now) ?? year;
  }
  const fields = {
    year,
    month: m.month ?? today.month,
    day: m.day ?? today.day,
    hour: m.hour === 24 ? 0 : m.hour,
    minute: m.minute ?? 0,
    second: m.second ?? 0,
  };
  return { ok: true, instant: zonedToInstant(fields, computeIn), zone: writeIn };
}
