/**
 * Delays after the entry before, as narrative timelines write them in place of a clock: "Five minutes later", "5 min
 * later", "An hour later", "Half an hour later", "90 seconds later", "After 10 minutes,", "10 minutes after that",
 * "Ten minutes on,"; hedged ("About an hour later", "~5 minutes later"); and vague ones that give no amount ("A few
 * minutes later", "Shortly after", "Moments later", "Later that day"). Only at the start of an entry: the reader gives
 * the position.
 */
import { HEDGE_SRC } from './duration';

/** A delay found at a position: its span (0-based, end exclusive) and its value. */
export interface DelayMatch {
  start: number;
  end: number;
  /** Minutes after the entry before, maybe fractional (`90 seconds later` is 1.5); undefined for a vague delay. */
  minutes?: number;
  /** A word before the amount makes it approximate (`About an hour later`, `~5 minutes later`). */
  hedged: boolean;
}

const UNITS = '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|s|m|h|d)';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** An amount: digits, a number word up to sixty (`twenty-five` too), `a`/`an`, or `half an`. */
const AMOUNT = `(\\d{1,4}(?:\\.\\d{1,2})?|(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|sixty|${SMALL}|half an?|an?)`;
/** Words that make the amount after them approximate, as they make a duration (`HEDGE_SRC`). */
const HEDGE = `(?:(${HEDGE_SRC})[ \\t]*)?`;
/** The end of the delay: the end of the text, a comma, an entry's separator, or the close of emphasis or brackets. */
const END = '(?=[ \\t]*(?:[,:;.|–—*_)\\]]|-[ \\t]|$))';
/** After `later`: the end, or the sentence going on (`5 minutes later the alert fires`; not `later than planned`). */
const GOES_ON = `(?:${END}|(?=[ \\t]+(?!than\\b)[\\p{L}\\d(]))`;
/** Between an amount and its unit: blanks, or none after digits (`5min`). */
const GAP = '(?:(?<=\\d)[ \\t]*|[ \\t]+)';

/**
 * `5 minutes later`, `an hour and a half later`, `10 minutes after that`, `10 minutes afterwards`, `ten minutes on,`:
 * group 1 the hedge, 2 the amount, 3 the unit, 4 `and a half`. A bare `after` or `on` needs the end after it: `10
 * minutes after the deploy` counts from something else.
 */
const AMOUNT_FIRST = new RegExp(`${HEDGE}${AMOUNT}${GAP}(${UNITS})(?![a-z])([ \\t]+and a half)?[ \\t]+(?:later${GOES_ON}|after(?:wards?|[ \\t]+(?:that|this))${GOES_ON}|(?:after|on)${END})`, 'iyu');
/** `After 10 minutes,`, `After about an hour,`: the same groups. */
const AFTER_FIRST = new RegExp(`after[ \\t]+${HEDGE}${AMOUNT}${GAP}(${UNITS})(?![a-z])([ \\t]+and a half)?${END}`, 'iyu');
/** The patterns of a delay with an amount, tried in turn. */
const AMOUNT_PATTERNS = [AMOUNT_FIRST, AFTER_FIRST];
/** A delay with no amount: nothing to compute a time from. */
const VAGUE = new RegExp(`(?:(?:(?:a few|a couple(?: of)?|several)[ \\t]+(?:seconds|minutes|hours|mins)[ \\t]+|moments?[ \\t]+)later|(?:shortly|soon)[ \\t]+(?:afterwards?|thereafter)|later[ \\t]+(?:that|in the)[ \\t]+(?:day|morning|afternoon|evening|night))${GOES_ON}|(?:shortly|soon)[ \\t]+after${END}`, 'iyu');

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60,
};

/** The value of an amount as `AMOUNT` reads it (`twenty-five` is 25, `half an` 0.5). */
function amountOf(text: string): number {
  const t = text.toLowerCase();
  if (t.startsWith('half')) return 0.5;
  if (t.charCodeAt(0) <= 57) return Number(t);
  const [tens, ones] = t.split(/[- ]/);
  return WORDS[tens] + (ones ? WORDS[ones] : 0);
}

/** Minutes in one of the unit as `UNITS` reads it. */
function unitMinutes(unit: string): number {
  const c = unit.charCodeAt(0) | 0x20;
  if (c === 0x73) return 1 / 60;
  if (c === 0x68) return 60;
  if (c === 0x64) return 1440;
  return 1;
}

/** How far after the delay's start its `later`, `after` or `on` may be: "About an hour and a half later" and more. */
const NEAR = 40;

/** True when `word` is written within `NEAR` characters after `from`. */
function near(s: string, word: string, from: number): boolean {
  const at = s.indexOf(word, from);
  return at >= 0 && at - from <= NEAR;
}

/**
 * True when a delay may start at `from`: a cheap test before the patterns run (most lines of a timeline start with a
 * clock, and are never asked). A digit, a letter, `~` or `≈` first, and the words `later`, `after` or `on` near.
 */
function mayStartDelay(s: string, from: number): boolean {
  const c = s.charCodeAt(from);
  const lower = c | 0x20;
  if (!((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 0x7e || c === 0x2248)) return false;
  return near(s, 'later', from) || near(s, 'fter', from) || near(s, ' on', from) || near(s, 'Later', from);
}

/**
 * The delay written exactly at `from` (before `to`), or undefined. Not delays: `5 minutes later than planned`,
 * `later that week`, `10 minutes after the deploy` (after something else than the entry before).
 */
export function readDelay(s: string, from: number, to: number = s.length): DelayMatch | undefined {
  if (!mayStartDelay(s, from)) return undefined;
  const text = to < s.length ? s.slice(0, to) : s;
  for (const re of AMOUNT_PATTERNS) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    const amount = (amountOf(m[2]) + (m[4] ? 0.5 : 0)) * unitMinutes(m[3]);
    return { start: from, end: re.lastIndex, minutes: amount, hedged: m[1] !== undefined };
  }
  VAGUE.lastIndex = from;
  return VAGUE.test(text) ? { start: from, end: VAGUE.lastIndex, hedged: false } : undefined;
}
