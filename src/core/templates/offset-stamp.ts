/**
 * "Now" in a timeline of offsets (`T+0:15`, `T+3m`, `T+1h20m`, `T+5`): the minutes since its zero point, written
 * the way a nearby offset is. The offset is read by the time reader (`readOffset`); only how it is written is taken
 * here.
 */
import { pad2 } from '../time/civil';
import { readOffset } from '../time/offset';

/** How an offset is written. */
export interface OffsetStyle {
  /** What comes before the sign: `T`, `T ` (`T + 5m`), or nothing (`+00:25`). */
  head: string;
  /** What comes between the sign and the amount: nothing or a space. */
  signGap: string;
  /** `h:mm` (`T+0:15`), a number with units (`T+3m`, `T+1h20m`, `T+3 min`), or minutes alone (`T+5`). */
  amount: 'h:mm' | 'units' | 'minutes';
  /** `h:mm`: the digits of the hours (`T+00:15` has 2). */
  hourDigits: number;
  /** `h:mm:ss`: seconds are written (`T+0:15:30`). */
  seconds: boolean;
  /** Units: the hours' and the minutes' unit with the space before it (`h`, ` min`), and the gap between parts. */
  hourUnit: string;
  minuteUnit: string;
  partGap: string;
}

const HEAD = /^(T?[ \t]?)[+\-−]([ \t]?)/;
const HOUR_UNIT = /^\d+([ \t]?(?:hours?|hrs?|h))([ \t]?)\d/i;
const MINUTE_UNIT = /\d([ \t]?(?:minutes?|mins?|m))$/i;

/** The style of a written offset (`T+0:15`, `T+3 min`, `+00:25`); undefined when the text is not one offset. */
export function offsetStyleOf(text: string): OffsetStyle | undefined {
  const read = readOffset(text, 0, text.length, true);
  const head = HEAD.exec(text);
  if (!read || read.end !== text.length || !head) return undefined;
  const amountText = text.slice(head[0].length);
  const style: OffsetStyle = { head: head[1], signGap: head[2], amount: 'units', hourDigits: 1, seconds: false, hourUnit: 'h', minuteUnit: 'm', partGap: '' };
  const hm = /^(\d+):\d\d(:\d\d)?$/.exec(amountText);
  if (hm) return { ...style, amount: 'h:mm', hourDigits: hm[1].length, seconds: hm[2] !== undefined };
  if (/^\d+$/.test(amountText)) return { ...style, amount: 'minutes' };
  const minuteUnit = MINUTE_UNIT.exec(amountText)?.[1];
  const hours = HOUR_UNIT.exec(amountText);
  // a unit written spaced (`3 min`) spaces the hours too (`1 h 20 min`)
  const spaced = minuteUnit !== undefined && /^[ \t]/.test(minuteUnit);
  if (minuteUnit) style.minuteUnit = minuteUnit;
  style.hourUnit = hours?.[1] ?? (spaced ? ' h' : 'h');
  style.partGap = hours?.[2] ?? (spaced ? ' ' : '');
  return style;
}

/**
 * `minutes` from zero written in `style`: `T+0:37`, `T+0:37:40`, `T+1h20m`, `T-23 min`, `T+37`. Past what the style's
 * digits hold (`T+5` style past 9999 minutes, `h:mm` past 999 hours) it is days, hours and minutes (`T+7d 1h 5m`), so
 * that the reader reads back the same minutes.
 */
export function formatOffsetStamp(minutes: number, style: OffsetStyle): string {
  const sign = minutes < 0 ? '-' : '+';
  const secs = Math.round(Math.abs(minutes) * 60);
  const abs = Math.floor(secs / 60);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  let amount: string;
  if (style.amount === 'minutes') amount = String(abs);
  else if (style.amount === 'h:mm') amount = `${String(h).padStart(style.hourDigits, '0')}:${pad2(m)}${style.seconds ? `:${pad2(secs % 60)}` : ''}`;
  else if (h === 0) amount = `${m}${style.minuteUnit}`;
  else amount = `${h}${style.hourUnit}${m ? `${style.partGap}${m}${style.minuteUnit}` : ''}`;
  // a bare offset is read after a plus only (`+00:25`): before zero it takes a `T` (`T-00:10`)
  for (const head of style.head ? [style.head] : ['', 'T']) {
    const text = `${head}${sign}${style.signGap}${amount}`;
    if (readOffset(text, 0, text.length, true)?.end === text.length) return text;
  }
  // too many digits for the style: days, hours and minutes
  const dayUnit = style.hourUnit.startsWith(' ') ? ' d' : 'd';
  const parts = [`${Math.floor(h / 24)}${dayUnit}`, h % 24 ? `${h % 24}${style.hourUnit}` : '', m ? `${m}${style.minuteUnit}` : ''];
  return `${style.head || 'T'}${sign}${style.signGap}${parts.filter(Boolean).join(style.partGap || ' ')}`;
}

/** The offset with its amount left to type (`T+`, `T + `): what is written when no clock time gives zero. */
export function blankOffsetStamp(style: OffsetStyle): string {
  return `${style.head}+${style.signGap}`;
}

/** An offset entry's time: its offset from zero, and its instant when a clock time anchors zero. */
export interface OffsetSample {
  text: string;
  instant?: number;
  zeroOffsetMinutes?: number;
}

/** What is written for now next to `sample`: its offset from zero, or a blank one when zero has no clock time. */
export function offsetStampNear(sample: OffsetSample, now: number): { text: string; style: OffsetStyle; blank: boolean } | undefined {
  const style = sample.zeroOffsetMinutes === undefined ? undefined : offsetStyleOf(sample.text);
  if (!style) return undefined;
  if (sample.instant === undefined) return { text: blankOffsetStamp(style), style, blank: true };
  const zero = sample.instant - sample.zeroOffsetMinutes! * 60_000;
  // whole minutes or seconds of the clock, as a clock time is printed: 14:37:40 is 37 minutes after 14:00
  const unit = style.seconds ? 1000 : 60_000;
  const minutes = ((Math.floor(now / unit) - Math.floor(zero / unit)) * unit) / 60_000;
  return { text: formatOffsetStamp(minutes, style), style, blank: false };
}
