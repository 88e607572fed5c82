/**
 * Timestamps written the way a document already writes its times: `14:02`, `2:02 PM EST`, `2026-03-12 14:02 UTC`,
 * `2026-03-12T14:02Z`, `14h02`. The style is read from a time the document contains; the instant is printed in a zone.
 */
import { MONTH_NAMES, pad2 } from '../time/civil';
import { parseTime, type TimeMatch } from '../time/parse';
import { abbreviationAt, formatOffset, instantToZoned, lookupZone } from '../time/zones';

/** How a timestamp is written. */
export interface TimestampStyle {
  /** `2026-03-12`, `March 12` / `Mar 12`, or no date. */
  date: 'iso' | 'month-day' | 'month-day-short' | 'none';
  /** ISO with `T` between date and time (`2026-03-12T14:02Z`). */
  isoT: boolean;
  clock: '24h' | '12h';
  /** `PM` or `pm`. */
  meridiem: 'upper' | 'lower';
  seconds: boolean;
  /** A 24-hour clock written with an h between hours and minutes (`14h05`, `9h30`, `18H00`): the letter. */
  hMark?: 'h' | 'H';
  /**
   * What follows the time: nothing, `UTC`, `Z`, an abbreviation (`EDT`, or `UTC+01:00` for a zone without one), an
   * abbreviation no reader can take for another zone's (`unambiguous`: `EDT`, but `UTC+05:30` where India's `IST` could
   * be Ireland's or Israel's), an offset (`+01:00`), or the IANA name.
   */
  zone: 'none' | 'utc' | 'z' | 'abbreviation' | 'unambiguous' | 'offset' | 'iana';
}

/** The style when the document has no time yet: `14:02` under a zone declaration, else `2026-03-12 14:02 UTC`. */
export function defaultTimestampStyle(documentDeclaresZone: boolean): TimestampStyle {
  return documentDeclaresZone
    ? { date: 'none', isoT: false, clock: '24h', meridiem: 'upper', seconds: false, zone: 'none' }
    : { date: 'iso', isoT: false, clock: '24h', meridiem: 'upper', seconds: false, zone: 'utc' };
}

/** A clock written with an h (`14h05`, `14 h 05`): the letter. */
const H_CLOCK = /^\d{1,2}[ \t]?([hH])[ \t]?\d{2}$/;

/** The zone kind a written zone mention stands for. */
function zoneStyle(match: TimeMatch): TimestampStyle['zone'] {
  const z = match.zone;
  if (!z) return 'none';
  if (z.text === 'Z') return 'z';
  const kind = z.zone?.kind ?? z.candidates[0]?.kind;
  if (kind === 'utc') return 'utc';
  if (kind === 'offset') return 'offset';
  if (kind === 'iana') return 'iana';
  return 'abbreviation';
}

/** The style of a written time (`3:06 PM EST`, `2024-03-12T14:02Z`); undefined when the text is not one time. */
export function timestampStyleOf(text: string): TimestampStyle | undefined {
  const m = parseTime(text);
  if (!m || m.kind === 'date' || m.unknown) return undefined;
  const dateText = m.dateSpan ? m.text.slice(m.dateSpan.start - m.start, m.dateSpan.end - m.start) : '';
  let date: TimestampStyle['date'] = 'none';
  if (/^\d{4}-\d{2}-\d{2}/.test(dateText)) date = 'iso';
  else if (dateText && MONTH_NAMES.some((n) => dateText.includes(n))) date = 'month-day';
  else if (dateText) date = 'month-day-short';
  const style: TimestampStyle = {
    date,
    isoT: /^\d{4}-\d{2}-\d{2}T/.test(m.text),
    clock: m.meridiem ? '12h' : '24h',
    meridiem: /[ap]\.?m/.test(m.text) ? 'lower' : 'upper',
    seconds: m.second !== undefined,
    zone: zoneStyle(m),
  };
  const clockText = m.timeSpan ? m.text.slice(m.timeSpan.start - m.start, m.timeSpan.end - m.start) : '';
  const mark = H_CLOCK.exec(clockText);
  if (mark && !m.meridiem) style.hMark = mark[1] as 'h' | 'H';
  return style;
}

/** The zone to compute with for a zone as written: `EST` counts as New York's clock, so the label follows DST. */
export function zoneForTimestamps(zoneText: string | undefined): string | undefined {
  if (!zoneText) return undefined;
  const info = lookupZone(zoneText)?.zone;
  return info ? info.region ?? info.zone : undefined;
}

/** Prints `instant` in `zone` (`UTC`, IANA name, offset) in `style`. */
export function formatTimestamp(instant: number, zone: string, style: TimestampStyle): string {
  const z = instantToZoned(instant, zone);
  const secs = style.seconds ? `:${pad2(z.second)}` : '';
  let clock: string;
  if (style.clock === '12h') {
    const ampm = z.hour < 12 ? 'AM' : 'PM';
    clock = `${z.hour % 12 === 0 ? 12 : z.hour % 12}:${pad2(z.minute)}${secs} ${style.meridiem === 'lower' ? ampm.toLowerCase() : ampm}`;
  } else if (style.hMark) {
    clock = `${z.hour}${style.hMark}${pad2(z.minute)}`;
  } else {
    clock = `${pad2(z.hour)}:${pad2(z.minute)}${secs}`;
  }
  const isoDate = `${z.year}-${pad2(z.month)}-${pad2(z.day)}`;
  let label = '';
  // an offset west of UTC after a blank is written after UTC: ` -05:00` alone reads as a range's end
  const offset = z.offsetMinutes < 0 && !(style.isoT && style.clock === '24h' && !style.hMark) ? `UTC${formatOffset(z.offsetMinutes)}` : formatOffset(z.offsetMinutes);
  if (style.zone === 'z') label = z.offsetMinutes === 0 ? 'Z' : offset;
  else if (style.zone === 'utc') label = z.offsetMinutes === 0 ? 'UTC' : offset;
  else if (style.zone === 'offset') label = offset;
  // a zone with no abbreviation: its offset after UTC, which reads back west of UTC too (` -05:00` alone is a range's end)
  else if (style.zone === 'abbreviation' || style.zone === 'unambiguous') {
    const abbreviation = abbreviationAt(zone, instant);
    const readable = abbreviation && (style.zone === 'abbreviation' || lookupZone(abbreviation)?.ambiguous === false) ? abbreviation : undefined;
    label = readable ?? (z.offsetMinutes === 0 ? 'UTC' : `UTC${formatOffset(z.offsetMinutes)}`);
  }
  else if (style.zone === 'iana') label = zone;
  if (style.isoT && style.clock === '24h' && !style.hMark) {
    return `${isoDate}T${clock}${label === 'Z' || /^[+-]/.test(label) ? label : label ? ` ${label}` : ''}`;
  }
  let date = '';
  if (style.date === 'iso') date = `${isoDate} `;
  else if (style.date === 'month-day') date = `${MONTH_NAMES[z.month - 1]} ${z.day} `;
  else if (style.date === 'month-day-short') date = `${MONTH_NAMES[z.month - 1].slice(0, 3)} ${z.day} `;
  const sep = label === 'Z' ? '' : ' ';
  return `${date}${clock}${label ? sep + label : ''}`;
}
