/**
 * The header of a message in a chat channel pasted into a timeline (Slack, Microsoft Teams, Discord): the sender's
 * name and the message's time on a line of their own, the message on the lines under it.
 */
import { isBlank, isDigit, isLetter } from '../time/chars';
import { isBotName, isSenderName, namesProduct, namesSystem, surnamedPerson } from './chat-senders';
import type { ScannedLine } from './scan';
import { skipSpaces } from './text';
import type { TimelineEntry } from './types';

/**
 * Where a chat header's name and time are (0-based, end exclusive); `hasDate` when the time holds its date; `sender`
 * unless the name is a system's (`Checkout Frontend  2:04 PM`: an event named before its time, see `namesSystem`);
 * `below` when the time is on the line under the name's (Teams' new client, see `headerOverTime`).
 */
export interface ChatHeader {
  nameStart: number; nameEnd: number; timeStart: number; timeEnd: number; hasDate: boolean; sender: boolean; below?: boolean;
  /** The name is no sender's by its last word only, and shaped as a person's (see `surnamedPerson`). */
  surnamed?: boolean;
}

/** A capitalised word of a name (`Alice`, `O'Brien`, `Anne-Marie`) or an initial (`J.`). */
const WORD = String.raw`(?:\p{Lu}[\p{Ll}'’][\p{L}'’-]*|\p{Lu}\.)`;
/** A name's lower-case particle before a capitalised word (`de`, `van`, `der`, `dos`), as many surnames have. */
const PARTICLE = String.raw`(?:de|da|di|do|du|des|dos|das|del|della|la|le|van|von|der|den|ter|ten|zu)`;
/**
 * A name of 1-4 capitalised words, with up to two particles before each word but the first and `d'` glued to it
 * (`Alice Chen`, `J. O'Brien`, `Juan de la Cruz`, `Anne-Marie d'Arcy`), a handle (`@alice`, `alice.chen`, `bob_li`), or
 * `Flow bot`, the name Teams' older client gives its automations' posts.
 */
const NAME = String.raw`(?:${WORD}(?: (?:${PARTICLE} ){0,2}(?:d['’])?${WORD}){0,3}|Flow bot|@[\p{L}\d._-]+|\p{Ll}[\p{Ll}\d]*(?:[._][\p{Ll}\d]+)+)`;
/** A chat's clock (`2:04 PM`, `14:04`, `9:14:05 am`). */
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm])?`;
/** A chat's numeric date before its clock (`03/12/2024 `, `3/12/24, `). */
const DATE = String.raw`\d{1,2}/\d{1,2}/\d{2,4},? `;

/** A header's time after the sender, to the line's end (groups as `NAME_FIRST`'s, from 2). */
const HEADER_TIME = String.raw`(?:[ \t]+(${CLOCK})|[ \t]+\[((?:${DATE})?${CLOCK})\]|[ \t]+[—–][ \t]+(?:(?:Today|Yesterday) at (${CLOCK})|(${DATE}${CLOCK})))$`;
/**
 * Name first: Slack's and Teams' `Alice Chen  2:04 PM`, Slack's `Alice Chen [2:04 PM]`, Discord's `Alice Chen — Today
 * at 2:04 PM` and `Alice Chen — 03/12/2024 2:04 PM`. Groups: 1 the name, 2 the dated clock (`Today at` or a date is
 * no part of it).
 */
const NAME_FIRST = new RegExp(String.raw`^(${NAME})${HEADER_TIME}`, 'u');

/** The text after a bracketed time, Teams' `[9:14 AM] Alice Chen` or Slack's compact `[2:04 PM] Alice Chen: message`. */
const NAME_AFTER = new RegExp(String.raw`^(${NAME})(?:$|: )`, 'u');

/**
 * One word that labels an update before its colon (`[2:04 PM] Update: rolled back`, `Note:`, `Status:`): no sender,
 * and part of the entry's text. A one-word name before a colon is a sender (`[2:04 PM] Alice: rolling back`).
 */
const UPDATE_LABEL = /^(?:Updates?|Notes?|Status|Resolved|Resolution|Investigating|Identified|Monitoring|Mitigated|Mitigation|Detected|Detection|Actions?|Fix(?:ed)?|Cause|Impact|Summary|Alert|Incident|Outage|Comment|Decision|Question|Info|FYI|Warning|Error|Result|Outcome|Escalat(?:ion|ed)|Rollback|Deploy(?:ment)?|Recover(?:y|ed)|Workaround|Next|TODO|Edit|Correction)$/i;

/**
 * Words that are no sender, in any case: days and words that put a time in prose (`Since 14:02`, `Monday 9:14 AM`,
 * `until 14:30`). Nor do they name an event before its time: the time is not the event's.
 */
const NOT_NAMES = /^(?:Today|Yesterday|Tomorrow|Tonight|At|Around|About|Approx|Approximately|Until|Till|Since|Before|After|From|By|Between|Then|Later|Updated|Posted|Edited|Sent|Start|End|Time|Date|Timeline|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/**
 * An app's or a bot's name before its badge: 1-4 words that start with a capital or a digit (`PagerDuty`, `Grafana
 * Alerting`, `Deploy Bot`, `AWS Chatbot`, `Argo CD`), or a lower-case name with a dot (`incident.io`).
 */
const BOT_NAME = String.raw`(?:[\p{Lu}\d][\p{L}\d.&'’_-]*(?: [\p{Lu}\d][\p{L}\d.&'’_-]*){0,3}|\p{Ll}[\p{Ll}\d]*(?:\.[\p{Ll}\d]+)+)`;
/** Slack's `APP` badge and Discord's `BOT` tag after a bot's name, after blanks or glued to it on copy (`PagerDutyAPP`). */
const BADGE = String.raw`(?:[ \t]+|(?<=[\p{Ll}\d]))(?:APP|BOT)`;
/** A bot's header with its name first (`PagerDuty  APP  2:04 PM`, `GitHub BOT — Today at 2:04 PM`): groups as `NAME_FIRST`'s. */
const BOT_FIRST = new RegExp(String.raw`^(${BOT_NAME})${BADGE}${HEADER_TIME}`, 'u');
/** A bot's name and badge after a bracketed time (Slack's compact `[2:04 PM] PagerDuty APP: Triggered ...`). */
const BOT_AFTER = new RegExp(String.raw`^(${BOT_NAME})${BADGE}(?:$|: )`, 'u');

/**
 * Microsoft Teams' label after a sender's name: `(Bot)` after an app's or a bot's, or `via Workflows` or `via Power
 * Automate` after the name a workflow posts as.
 */
const TEAMS_LABEL = String.raw`[ \t]+(?:\([Bb]ot\)|\(BOT\)|via (?:Workflows|Power Automate))`;
/** A header with Teams' label after the name first (`PagerDuty (Bot)  9:14 AM`): groups as `NAME_FIRST`'s. */
const TEAMS_FIRST = new RegExp(String.raw`^(${NAME}|${BOT_NAME})${TEAMS_LABEL}${HEADER_TIME}`, 'u');
/** A name and Teams' label after a bracketed time (`[9:14 AM] PagerDuty (Bot)`, `[9:14 AM] Alice Chen via Workflows`). */
const TEAMS_AFTER = new RegExp(String.raw`^(${NAME}|${BOT_NAME})${TEAMS_LABEL}(?:$|: )`, 'u');

/** `pattern`'s match on `line[from, to)` when the text holds `(Bot)` or ` via ` (a cheap test before the pattern). */
function teamsMatch(pattern: RegExp, line: string, from: number, to: number): RegExpExecArray | undefined {
  const label = line.indexOf('ot)', from);
  const via = line.indexOf(' via ', from);
  if ((label < 0 || label >= to) && (via < 0 || via >= to)) return undefined;
  return pattern.exec(line.slice(from, to)) ?? undefined;
}

/**
 * Where the sender named before Teams' label at `nameEnd` is (`[start, end)`): the name itself before `(Bot)`, the app
 * after `via` (`Alice Chen via Workflows` is the workflow's message, which a person's name would misattribute).
 */
function teamsSender(line: string, nameStart: number, nameEnd: number): [number, number] {
  const k = skipSpaces(line, nameEnd);
  if (!line.startsWith('via ', k)) return [nameStart, nameEnd];
  return [k + 4, k + 4 + (line.startsWith('Workflows', k + 4) ? 'Workflows' : 'Power Automate').length];
}

/** True when `line[from, to)` holds an upper-case `APP` or `BOT`, as a bot's badge: tested before the bots' patterns. */
function hasBadge(line: string, from: number, to: number): boolean {
  const app = line.indexOf('APP', from);
  if (app >= 0 && app < to) return true;
  const bot = line.indexOf('BOT', from);
  return bot >= 0 && bot < to;
}

/** `pattern`'s match on `line[from, to)` when its name (group 1) is a bot's (see `isBotName`). */
function botMatch(pattern: RegExp, line: string, from: number, to: number): RegExpExecArray | undefined {
  const m = pattern.exec(line.slice(from, to));
  return m && isBotName(m[1]) ? m : undefined;
}

/**
 * True when the `APP` or `BOT` after the bot's name `name`, which ends at `nameEnd`, is Slack's or Discord's badge:
 * Discord's `BOT`; `APP` glued to the name or with a tab or two blanks on a side of it, as Slack copies it (`PagerDuty
 * APP  2:04 PM`); or `APP` after a product's or a bot's name (`Opsgenie APP 2:04 PM`, see `namesProduct`). Otherwise
 * it is a word of text after a system's name (`Checkout APP 2:04 PM`).
 */
function isBadge(line: string, nameEnd: number, name: string): boolean {
  const k = skipSpaces(line, nameEnd);
  if (k === nameEnd || k - nameEnd > 1 || line[nameEnd] === '\t' || line.startsWith('BOT', k)) return true;
  const after = k + 3;
  return line[after] === '\t' || (line[after] === ' ' && isBlank(line.charCodeAt(after + 1))) || namesProduct(name);
}

/** True when `code` may end a name-first chat header: a digit, `M`/`m` of a meridiem, or `]`. */
function mayEndHeader(code: number): boolean {
  return isDigit(code) || code === 0x4d || code === 0x6d || code === 0x5d;
}

/**
 * The chat header with its name first that is all of `line[from, to)` (its content, trimmed), or undefined. A cheap
 * test of the last character runs before the pattern.
 */
export function nameFirstHeader(line: string, from: number, to: number): ChatHeader | undefined {
  if (to - from < 6 || !mayEndHeader(line.charCodeAt(to - 1))) return undefined;
  // an app's or a bot's badge after its name (`PagerDuty  APP  2:04 PM`): the name is the sender, the badge no part of it
  const bot = hasBadge(line, from, to) ? botMatch(BOT_FIRST, line, from, to) : undefined;
  const teams = bot ? undefined : teamsMatch(TEAMS_FIRST, line, from, to);
  const m = bot ?? teams ?? NAME_FIRST.exec(line.slice(from, to));
  if (!m || NOT_NAMES.test(m[1])) return undefined;
  const time = m[2] ?? m[3] ?? m[4] ?? m[5];
  const timeEnd = to - (m[3] !== undefined ? 1 : 0);
  const hasDate = m[3] !== undefined ? m[3].includes('/') : m[5] !== undefined;
  if (teams) {
    const [nameStart, nameEnd] = teamsSender(line, from, from + m[1].length);
    return { nameStart, nameEnd, timeStart: timeEnd - time.length, timeEnd, hasDate, sender: true };
  }
  // without a badge, a system's name is no sender, as in a list item (`Checkout Frontend  2:04 PM`); so is one before
  // `APP` that is no badge (`Checkout APP 2:04 PM`)
  const sender = bot ? isBadge(line, from + m[1].length, m[1]) : !namesSystem(m[1]);
  const h: ChatHeader = { nameStart: from, nameEnd: from + m[1].length, timeStart: timeEnd - time.length, timeEnd, hasDate, sender };
  if (!sender && !bot && surnamedPerson(m[1])) h.surnamed = true;
  return h;
}

/**
 * The name after a bracketed time in the text `line[from, to)`: all of it (`Alice Chen`, the message under it) or
 * before a colon (`Alice Chen: Seeing 500s`), a bot's name before its badge (`PagerDuty APP: Triggered ...`) or Teams'
 * label (`PagerDuty (Bot)`, the app of `Alice Chen via Workflows`). Returns where the name is, where the message
 * starts, and whether the name is the sender's: without a badge or a label a system's name is none, as with the name
 * first (`[9:14 AM] Checkout Frontend`, see `nameFirstHeader`); or undefined.
 */
export function senderAfterTime(line: string, from: number, to: number): { nameStart: number; nameEnd: number; textStart: number; sender: boolean; surnamed?: boolean } | undefined {
  const badged = hasBadge(line, from, to) ? botMatch(BOT_AFTER, line, from, to) : undefined;
  const bot = badged && isBadge(line, from + badged[1].length, badged[1]) ? badged : undefined;
  const teams = badged ? undefined : teamsMatch(TEAMS_AFTER, line, from, to);
  const m = bot ?? teams ?? NAME_AFTER.exec(line.slice(from, to));
  if (!m || NOT_NAMES.test(m[1]) || (!bot && !teams && m[0].endsWith(': ') && UPDATE_LABEL.test(m[1]))) return undefined;
  const end = from + m[0].length;
  const [nameStart, nameEnd] = teams ? teamsSender(line, from, from + m[1].length) : [from, from + m[1].length];
  const sender = bot !== undefined || teams !== undefined || !namesSystem(m[1]);
  return !sender && surnamedPerson(m[1]) ? { nameStart, nameEnd, textStart: end === to ? to : end, sender, surnamed: true } : { nameStart, nameEnd, textStart: end === to ? to : end, sender };
}

/**
 * A chat line copied into a list item, up to its clock (`Alice Chen 2:04 PM deploys the fix`, `@alice [2:04 PM] ...`,
 * `alice 2:04 PM ...`): a name or a lower-case word and blanks (group 1 the name); or Discord's dash and `Today at`,
 * `Yesterday at` or a numeric date with its year, as its header writes them (`Alice Chen — Today at 2:04 PM ...`, `Alice
 * Chen — 03/12/2024 2:04 PM ...`), up to the clock or the date.
 */
const NAME_BEFORE_CLOCK = new RegExp(String.raw`^(${NAME}|\p{Ll}{2,24})(?:[ \t]+[—–][ \t]+(?:(?:Today|Yesterday) at (?=${CLOCK})|(?=${DATE}${CLOCK}))|[ \t]+(?=[[(]?\d{1,2}:\d{2}))`, 'u');

/**
 * Where the time starts in the list item `line[from, to)` that opens with a name or a word and then a clock, and where
 * the name ends: a chat line copied with its sender first (`Alice Chen 2:04 PM deploys the fix`, `sender` true) or an
 * event labelled before its time (`Kafka Connect 2:04 PM sink tasks failing`, `Outage Start 2:04 PM`, `deploy 14:02
 * started`: `sender` false, see `isSenderName`); undefined for any other item. A cheap test of the first character and
 * for a colon runs before the pattern.
 */
export function senderBeforeTime(line: string, from: number, to: number): { nameEnd: number; timeStart: number; sender: boolean } | undefined {
  const c = line.charCodeAt(from);
  if (c < 0x40 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0xc0)) return undefined;
  // a name holds no colon: the first one is the clock's
  const colon = line.indexOf(':', from);
  if (colon < 0 || colon >= to || !isDigit(line.charCodeAt(colon - 1))) return undefined;
  const m = NAME_BEFORE_CLOCK.exec(line.slice(from, to));
  if (!m || NOT_NAMES.test(m[1])) return undefined;
  const name = m[1];
  return { nameEnd: from + name.length, timeStart: from + m[0].length, sender: isSenderName(name) };
}

/**
 * Teams' new client's time alone on the line under the sender's name: a clock after a numeric date, a weekday,
 * `Yesterday` or `Today`, or alone (`3/12/2024 2:04 PM`, `3/12 2:04 PM`, `Tuesday 2:04 PM`, `Yesterday 2:04 PM`, `14:04`).
 * Groups: 1 a date or a weekday, part of the time (`Yesterday` and `Today`, when the channel was copied, are not), 2 the
 * clock.
 */
const TIME_BELOW = new RegExp(String.raw`^(?:(?:Today|Yesterday) |((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day |\d{1,2}/\d{1,2}(?:/\d{2,4})?,? ))?(${CLOCK})$`);
/** The first word of a sentence, no name's: thanks, a greeting, an answer, a verb (`Thanks Alice`, `Hi Bob`, `Looks good`). */
const SENTENCE_FIRST = /^(?:Thanks|Thank|Thx|Hi|Hey|Hello|Morning|Evening|Cheers|Sorry|Please|Pls|Welcome|Congrats|Kudos|Great|Nice|Yes|Yeah|Yep|No|Nope|Ok|Okay|Sure|Agreed|Confirmed|Ack|Ping|Pinging|Paging|Looping|Cc|Looks|Looking|Checking|Rolling|Deploying|Reverting|Restarting|Escalating|Calling|Asking|Let|Lets|Let's|Just|Also|Still|Is|Are|Was|Were|Did|Does|Do|Has|Have|Had|Going|Got|Who|What|Why|How|Where|When)\b/;
/** Teams' automations, whose one word is a sender's name over a time (`Workflows` / `2:04 PM`). */
const TEAMS_APP = /^(?:Workflows|Flow bot|Power Automate)$/;

/**
 * The name alone on `line[from, to)` that Teams' new client writes over a message's time, read as a name after a
 * bracketed time is (see `senderAfterTime`): of two words or more, a handle, a name with Teams' label or Teams'
 * automation (`Workflows`); one capitalised word alone is a message's word as often (`Done` / `2:06`). A cheap test of
 * the length and the last character runs before the patterns.
 */
export function nameOverTime(line: string, from: number, to: number): ReturnType<typeof senderAfterTime> {
  const last = line.charCodeAt(to - 1);
  // a name ends in a letter (`José` too) or Teams' label's `)`; prose mostly in a stop
  if (to - from > 64 || !(isLetter(last) || last >= 0xc0 || last === 0x29)) return undefined;
  const c = line.charCodeAt(from);
  const space = line.indexOf(' ', from);
  const word = c !== 0x40 && !(c >= 0x61 && c <= 0x7a) && (space < 0 || space >= to);
  if (word && !TEAMS_APP.test(line.slice(from, to))) return undefined;
  // a sentence is no name (`Thanks Alice` over Slack's bare clock of the next message)
  if (SENTENCE_FIRST.test(line.slice(from, Math.min(to, from + 14)))) return undefined;
  const s = senderAfterTime(line, from, to);
  return s && s.textStart === to ? s : undefined;
}

/**
 * The chat header of Teams' new client on two lines: the name alone on `name[nameFrom, nameTo)` (see `nameOverTime`),
 * the time alone on the next line `time[timeFrom, timeTo)` (`Sam Patel` / `3/12/2024 2:04 PM`). Cheap tests of the
 * time line's length, last character and colon run before the patterns.
 */
export function headerOverTime(name: string, nameFrom: number, nameTo: number, time: string, timeFrom: number, timeTo: number): ChatHeader | undefined {
  if (timeTo - timeFrom > 24 || !mayEndHeader(time.charCodeAt(timeTo - 1))) return undefined;
  const colon = time.indexOf(':', timeFrom);
  if (colon < 0 || colon >= timeTo) return undefined;
  const t = TIME_BELOW.exec(time.slice(timeFrom, timeTo));
  const s = t ? nameOverTime(name, nameFrom, nameTo) : undefined;
  if (!t || !s) return undefined;
  const timeStart = timeTo - t[2].length - (t[1]?.length ?? 0);
  const h: ChatHeader = { nameStart: s.nameStart, nameEnd: s.nameEnd, timeStart, timeEnd: timeTo, hasDate: t[1]?.includes('/') ?? false, sender: s.sender, below: true };
  if (s.surnamed) h.surnamed = true;
  return h;
}

/**
 * True when `entry` is a message of a chat pasted: by its sender, or under a chat header whose name is a system's
 * (`Checkout Frontend  2:04 PM`, see `nameFirstHeader`; `[9:14 AM] Checkout Frontend`, see `senderAfterTime`), read
 * again only for an entry without a sender whose text runs under its line.
 */
export function isChatMessage(entry: TimelineEntry, lines: readonly string[], scanned: readonly ScannedLine[]): boolean {
  if (entry.author) return true;
  const s = scanned[entry.line - 1];
  if (entry.textRange.end.line === entry.line || s.kind !== 'text') return false;
  const line = lines[entry.line - 1];
  // the time first in brackets: the name after the `]` that closes the time
  const close = entry.timeRange.end.column - 1;
  if (line.charCodeAt(s.contentStart) === 0x5b && line.charCodeAt(close) === 0x5d) return senderAfterTime(line, skipSpaces(line, close + 1), s.contentEnd) !== undefined;
  // Teams' new client: the time on the line under the name
  const t = scanned[entry.line];
  if (entry.timeRange.start.line === entry.line + 1 && t.kind === 'text') return headerOverTime(line, s.contentStart, s.contentEnd, lines[entry.line], t.contentStart, t.contentEnd) !== undefined;
  return nameFirstHeader(line, s.contentStart, s.contentEnd) !== undefined;
}

/** A clock alone, without AM/PM, zone or date (`2:06`, `14:06`): the time Slack prints over a grouped message. */
const BARE_CLOCK = /^\d{1,2}:\d{2}$/;

/**
 * `entry` as a message of the sender of `before` (a chat header's, not a list item's) when it follows that sender's
 * message on the line right under it or after blank lines only, and its line holds only a bare clock (Slack groups a
 * sender's messages under one header, `2:06` over each next one, and its copies often put a blank line between them);
 * otherwise `entry` itself.
 */
export function groupedMessage(entry: TimelineEntry, before: TimelineEntry | undefined, scanned: readonly ScannedLine[]): TimelineEntry {
  if (!before?.author || entry.author || entry.textRange.start.line === entry.line || !BARE_CLOCK.test(entry.timeText)) return entry;
  // a chat line copied into a list item is no header a group is under
  if (scanned[before.line - 1].kind !== 'text') return entry;
  // the lines between, 0-based: from the one after the message's last to the one before the clock's
  for (let j = before.range.end.line; j < entry.line - 1; j++) if (scanned[j].kind !== 'blank') return entry;
  return { ...entry, author: before.author };
}
