/**
 * Durations as people write them ("4 hours 21 minutes", "4h 21m", "about 4.5 hours", "1 hr 5 min", "2 days",
 * "PT4H21M", and "4:21" when the text is known to be a duration), and one way to print them ("4 h 21 min").
 */

/** A duration found inside longer text. */
export interface DurationMatch {
  /** Minutes, possibly fractional (`90 sec` is 1.5). */
  minutes: number;
  /** 0-based offsets in the scanned string, `end` exclusive. */
  start: number;
  end: number;
  text: string;
}

/** Each unit's minutes; German, French and Spanish words too (`3 Std.`, `2 Stunden`, `2 heures`, `3 horas`, `2 jours`). */
const UNIT_MINUTES: [RegExp, number][] = [
  [/^(?:w|wks?|weeks?)$/i, 10080],
  [/^(?:d|days?|tage?|jours?|d[ií]as?)$/i, 1440],
  [/^(?:h|hrs?|hours?|std\.?|stunden?|heures?|horas?)$/i, 60],
  [/^(?:m|mins?|minutes?|minuten|minutos?)$/i, 1],
  [/^(?:s|secs?|seconds?|sekunden|secondes?|segundos?)$/i, 1 / 60],
];
/** A duration's unit written as a word (`hours`, `mins`, `Std.`, `heures`), as a pattern's source. */
export const LONG_UNIT = 'weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|Tage?|jours?|d[ií]as?|Std\\.?|Stunden?|heures?|horas?|Minuten|minutos?|Sekunden|secondes?|segundos?';
const PART_SRC = `(?:(\\d+(?:[.,]\\d+)?)[ \\t]*(${LONG_UNIT}|wks?|w|d|h|m|s)|(an?|one|half an?|half a)[ \\t]+(${LONG_UNIT}))(?![A-Za-z])`;
const PART = new RegExp(PART_SRC, 'iy');
const FIRST = new RegExp(`(?<![A-Za-z0-9.:])${PART_SRC}`, 'gi');
const JOIN = /(?:[ \t]*,?[ \t]*(?:and[ \t]+)?)/y;
/** Minutes right after an `h` (`2h30`): two digits up to 59, then no digit nor unit of their own (`2h30m` is two parts). */
const GLUED_MINUTES = /([0-5]\d)(?![\dA-Za-z])/y;
/** The words that make a duration after them approximate ("about 4.5 hours", "~45 minutes"), as a pattern's source. */
export const HEDGE_SRC = '(?:about|approximately|approx\\.?|around|roughly|nearly|almost|just over|just under|over|under|~|≈|ca\\.?)';
const HEDGE = new RegExp(`^${HEDGE_SRC}\\s*`, 'i');
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

function amount(n: string): number {
  const lower = n.toLowerCase();
  if (lower === 'a' || lower === 'an' || lower === 'one') return 1;
  if (lower.startsWith('half')) return 0.5;
  return Number(n.replace(',', '.'));
}

/** The minutes of a duration's unit as written (`h`, `hours`, `Std`, `min`), or 0 for a word that is none. */
export function unitMinutes(u: string): number {
  for (const [re, m] of UNIT_MINUTES) if (re.test(u)) return m;
  return 0;
}

/** Reads number-unit parts joined by spaces, commas or "and", from `start`; returns minutes and end. */
function readParts(text: string, start: number): { minutes: number; end: number } | undefined {
  let pos = start;
  let minutes = 0;
  let parts = 0;
  for (;;) {
    PART.lastIndex = pos;
    const m = PART.exec(text);
    if (!m) break;
    minutes += m[1] !== undefined ? amount(m[1]) * unitMinutes(m[2]) : amount(m[3]) * unitMinutes(m[4]);
    pos = PART.lastIndex;
    parts++;
    // minutes glued to an `h` as French and German write them: `2h30`, `1h05`
    if (m[2] !== undefined && (m[2] === 'h' || m[2] === 'H')) {
      GLUED_MINUTES.lastIndex = pos;
      const g = GLUED_MINUTES.exec(text);
      if (g) {
        minutes += Number(g[1]);
        pos = GLUED_MINUTES.lastIndex;
      }
    }
    JOIN.lastIndex = pos;
    JOIN.exec(text);
    const next = JOIN.lastIndex;
    PART.lastIndex = next;
    if (!PART.test(text)) break;
    pos = next;
  }
  return parts ? { minutes, end: pos } : undefined;
}

/**
 * The first duration written inside `text` ("took 4 hours and 21 minutes to fix" -> 261), if any, outside `skip` (a span
 * of clocks: `14h-16h`). Never `h:mm`.
 */
export function findDuration(text: string, skip?: { start: number; end: number }): DurationMatch | undefined {
  FIRST.lastIndex = 0;
  for (let m = FIRST.exec(text); m; m = FIRST.exec(text)) {
    if (skip && m.index < skip.end && m.index >= skip.start) continue;
    const r = readParts(text, m.index);
    if (r) return { minutes: r.minutes, start: m.index, end: r.end, text: text.slice(m.index, r.end) };
  }
  return undefined;
}

/**
 * Minutes of a text that is one duration: "4 hours 21 minutes", "4h21m", "261 minutes", "about 4.5 hours",
 * "1 hr 5 min", "2 days", "half an hour", "PT4H21M", or "4:21" / "4:21:30" (hours:minutes[:seconds]).
 * Undefined when the text is anything else.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().replace(HEDGE, '').replace(/[.\s]+$/, '');
  if (!t) return undefined;
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + (clock[3] ? Number(clock[3]) / 60 : 0);
  const iso = ISO.exec(t);
  if (iso && t.length > 1 && !/T$/i.test(t)) {
    const [, w, d, h, mi, s] = iso.map((x) => (x === undefined ? 0 : Number(x)));
    return w * 10080 + d * 1440 + h * 60 + mi + s / 60;
  }
  const r = readParts(t, 0);
  return r && r.end === t.length ? r.minutes : undefined;
}

/** "4 h 21 min", "50 min", "2 d 3 h", "0 min": whole minutes, largest units first, zero parts left out. */
export function formatDuration(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean);
  if (!parts.length) return '0 min';
  return (minutes < 0 && total > 0 ? '-' : '') + parts.join(' ');
}
