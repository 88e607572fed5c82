/**
 * The details an action item's text gives (owner, due date, priority, tracker link, a state written in words), each
 * found by its patterns; and the search of a table row's ticket cell.
 */
import { perLineSpan, type LineRecord } from '../cache';
import type { Range } from '../types';
import type { ActionItem } from './types';
import { lineRange, trimEnd } from './text';

export type Part = { text: string; range: Range };

const DATE_WORDS = String.raw`(?:(?:next|this)\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|[Ee]nd of (?:the )?(?:week|month|quarter|sprint|year|Q[1-4])|EO[WMQY]|Q[1-4](?:\s+\d{4})?|[Tt]omorrow|[Nn]ext (?:week|month|sprint|quarter)`;
/** A pattern for one detail, tried only when the cheap `when` test finds its key word (most items have none). */
interface Pattern { when: RegExp; re: RegExp }
/**
 * A detail's patterns, and one test of all their key words (`when`): a text with none of them, as most are, is read
 * with that one test instead of one per pattern.
 */
interface Detail { anyWhen: RegExp; patterns: readonly Pattern[] }

/** The patterns of a detail with the test of their key words (the `when` tests are written without flags). */
function detail(patterns: readonly Pattern[]): Detail {
  return { anyWhen: new RegExp(patterns.map((p) => `(?:${p.when.source})`).join('|')), patterns };
}

export const OWNER = detail([
  // a name of up to three words, not a label that follows it (`Owner: @sam. Due 2024-06-01`), nor the period ending it
  { when: /wner|OWNER|ssign|esponsible|DRI/, re: /(?:[Oo]wners?|OWNER|[Aa]ssignee|[Aa]ssigned to|[Rr]esponsible|DRI)\s*[:=]?\s*(@?[\p{L}][\p{L}\p{N}._'-]*(?:\s+(?!(?:[Dd]ue|DUE|[Pp]riority|PRIORITY|ETA|[Dd]eadline|[Ss]tatus|[Tt]arget|[Tt]icket)\b)\p{Lu}[\p{L}'-]*(?![\p{N}])){0,2}(?<!\.))/du },
  { when: /@/, re: /(?:^|[\s([,])(@[\w][\w.-]*[\w])/du },
  // French, German and Spanish labels, with a colon (`Responsable : Marie`, `Verantwortlich: Jonas`, `Encargada: Lucía`),
  // and French `resp.` before a name (`(resp. Marie)`); without a colon `le responsable du service` names no one
  { when: /esponsable|RESPONSABLE|orteur|erantwortlich|uständig|ncargad|signad|resp\./, re: /(?:(?:[Rr]esponsables?|RESPONSABLE|[Pp]orteur|[Vv]erantwortlich(?:e[rn]?)?|[Zz]uständig|[Ee]ncargad[oa]|[Aa]signad[oa](?:\s+a)?)\s*:|(?<![\p{L}])[Rr]esp\.)\s*(@[\w][\w.-]*[\w]|\p{Lu}[\p{L}\p{N}._'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/du },
  { when: /\s[—–-]/, re: /\s[—–-]\s*(@?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})\s*$/du },
]);
export const DUE = detail([
  { when: /[Dd]ue|DUE|[Dd]eadline|ETA|[Tt]arget date/, re: /\b(?:[Dd]ue(?:\s+(?:[Dd]ate|by|on))?|DUE|[Dd]eadline|ETA|[Tt]arget date)\s*[:=]?\s*(?:[*_]{1,2}\s*)?([^\s,;)|*_][^,;)|]*?)\s*(?=$|[,;)|]|\.\s|\.$|\s+\(|\s+(?:[Oo]wner|[Pp]riority|@))/d },
  { when: /[Bb]y\s/, re: new RegExp(String.raw`\b[Bb]y\s+(${DATE_WORDS})\b`, 'd') },
  // French, German and Spanish labels with a colon: `échéance : 15/04`, `fällig: 15.04.2024`, `fecha límite: 15/04/2024`
  { when: /chéance|CHÉANCE|ate limite|ällig|ÄLLIG|rist:|echa l[íi]mite|lazo:/, re: /(?:[ÉéEe]ch[ée]ance|ÉCHÉANCE|[Dd]ate limite|[Ff]ällig(?:\s+(?:am|bis))?|FÄLLIG|[Ff]rist|[Ff]echa l[íi]mite|[Pp]lazo)\s*:\s*(?:[*_]{1,2}\s*)?([^\s,;)|*_][^,;)|]*?)\s*(?=$|[,;)|]|\.\s|\.$|\s+[—–-]\s|\s+@)/du },
]);
export const PRIORITY = detail([
  { when: /P[0-4]/, re: /\b(P[0-4])\b/d },
  { when: /riority/, re: /\b[Pp]riority\s*[:=]?\s*(\w+)/d },
  { when: /[([]/, re: /[([]([Cc]ritical|[Hh]igh|[Mm]edium|[Ll]ow|CRITICAL|HIGH|MEDIUM|LOW)[)\]]/d },
  { when: /riority/, re: /\b([Cc]ritical|[Hh]igh|[Mm]edium|[Ll]ow)[ -]priority\b/d },
]);
export const LINK = detail([
  { when: /http/, re: /(https?:\/\/[^\s)>\]]*[^\s)>\].,;:])/d },
  { when: /[A-Z0-9]-\d/, re: /(?<![\w-])([A-Z][A-Z0-9]{1,9}-\d+)\b/d },
  { when: /#\d/, re: /(?<![\w&#])(#\d+)\b/d },
]);
export const MAX_DETAIL_SPAN = 2000;
export const NO_OWNER = /^(?:tbd|tba|todo|\?+|[-–—]+|n\/?a|none|unassigned|nobody)$/i;
/** A ticket cell without a known link form: its text up to any state marker (`Bug 5554823 **TODO**`). */
const TICKET_CELL: Pattern = { when: /\d/, re: /^([^*_]*\d[^*_]*?)\s*(?:$|[*_])/d };
export const STATE_WORD = /\b(DONE|TODO|IN PROGRESS|OPEN|CLOSED)\b/;
export const DONE = /^(?:\[[xX]\]|\(\/\)|done|complete[d]?|closed|fixed|resolved|finished|shipped|merged|implemented|yes|x|✅|✓|✔|☑|fait\b|termin[ée]e?(?![a-z])|erledigt|hecho|completad[oa]|cerrad[oa])/i;

/** `[done] ...`, `Done: ...`, `TODO: ...` at the start of a list item. */
const LEADING_STATE = /^(?:\[(done|completed?|fixed|closed|resolved|todo|open|in progress)\]|(done|completed?|fixed|closed|resolved|todo|in progress)[ \t]*:)/i;
/** `(done)`, `(Completed in #5126)`, `(in progress)`: a state as the first word in parentheses. */
const PAREN_STATE = /\((done|completed?|fixed|closed|resolved|shipped|merged|implemented|todo|open|in progress|ongoing|not started)\b[^()]*\)/i;
const DONE_WORD = /^(?:done|completed?|fixed|closed|resolved|shipped|merged|implemented)$/i;
/** A check mark opening or closing the item, also Confluence's and Jira's tick as a wiki export writes it: `(/)`. */
const CHECK_MARK = /^(?:[✅✔☑✓]|\(\/\))|(?:[✅✔☑✓]|\(\/\))$/u;
/** The whole item struck through. */
const STRUCK = /^~~.+~~$/;

/**
 * The state written in a list item without a checkbox: done for `(done)`, `DONE in PR #12`, `Done: ...`, a check mark
 * or a struck-through item; open for `TODO: ...`, `(in progress)`; undefined when it says none.
 */
export function writtenState(text: string): boolean | undefined {
  const capital = STATE_WORD.exec(text);
  if (capital) return capital[1] === 'DONE' || capital[1] === 'CLOSED';
  const state = LEADING_STATE.exec(text) ?? PAREN_STATE.exec(text);
  if (state) return DONE_WORD.test(state[1] ?? state[2]);
  const trimmed = text.trim();
  return CHECK_MARK.test(trimmed) || STRUCK.test(trimmed) ? true : undefined;
}

/** First match of any pattern in `line[from, to)`, as text and range (group 1). */
export function find(patterns: Finder, record: LineRecord, line: string, i: number, from: number, to: number): Part | undefined {
  return partAt(line, i, patterns(record, line, from, to));
}

/** Finds the first match of any of `patterns` in a span of a line: its 0-based start and end. Kept per line (reads only its line). */
type Finder = (record: LineRecord, line: string, from: number, to: number) => readonly [number, number] | undefined;

function finder(patterns: readonly Pattern[]): Finder {
  return perLineSpan((line: string, from: number, to: number) => spanOf(patterns, line.slice(from, to), line, from));
}

/** The span (0-based, in `line`) of the first match of any pattern in `text`, which is `line` from `from` on. */
export function firstSpan({ anyWhen, patterns }: Detail, text: string, line: string, from: number): readonly [number, number] | undefined {
  return anyWhen.test(text) ? spanOf(patterns, text, line, from) : undefined;
}

/** `firstSpan` without the test of all key words first: for a cell that holds the detail, as a ticket cell does. */
function spanOf(patterns: readonly Pattern[], text: string, line: string, from: number): readonly [number, number] | undefined {
  for (const { when, re } of patterns) {
    if (!when.test(text)) continue;
    const m = re.exec(text);
    if (m?.indices?.[1]) {
      const [a, b] = m.indices[1];
      return [from + a, trimEnd(line, from + a, from + b)] as const;
    }
  }
  return undefined;
}

/** A ticket column's cell (a span of its own: each finder keeps one span per line). */
export const LINK_CELL_IN = finder(LINK.patterns);
export const TICKET_IN = finder([TICKET_CELL]);

type Span = readonly [number, number] | undefined;
/** The spans of the owner, due date, priority and link in an item's text. */
interface DetailSpans { owner: Span; due: Span; priority: Span; link: Span }
const NO_DETAILS: DetailSpans = Object.freeze({ owner: undefined, due: undefined, priority: undefined, link: undefined });

/**
 * The spans of every detail in `line[from, to)`, kept per line (reads only its line): one copy of the text for the four searches, one
 * record slot (most items have no detail in their text: one object serves them all).
 */
const detailSpans = perLineSpan((line: string, from: number, to: number): DetailSpans => {
  const text = line.slice(from, to);
  const owner = firstSpan(OWNER, text, line, from);
  const due = firstSpan(DUE, text, line, from);
  const priority = firstSpan(PRIORITY, text, line, from);
  const link = firstSpan(LINK, text, line, from);
  return owner || due || priority || link ? { owner, due, priority, link } : NO_DETAILS;
});

/** The text and range of a span of line `i`. */
export function partAt(line: string, i: number, span: Span): Part | undefined {
  return span && { text: line.slice(span[0], span[1]), range: lineRange(i, span[0], span[1]) };
}

/** Owner, due date, priority and link found in the text of an item. */
export function details(record: LineRecord, line: string, i: number, from: number, end: number): Pick<ActionItem, 'owner' | 'due' | 'priority' | 'link'> {
  // Details sit in the first sentences of an item; a bound keeps pathological lines linear.
  const to = Math.min(end, from + MAX_DETAIL_SPAN);
  const out: Pick<ActionItem, 'owner' | 'due' | 'priority' | 'link'> = {};
  const spans = detailSpans(record, line, from, to);
  if (spans === NO_DETAILS) return out;
  const owner = partAt(line, i, spans.owner);
  if (owner && !NO_OWNER.test(owner.text)) out.owner = owner;
  const due = partAt(line, i, spans.due);
  if (due) out.due = due;
  const priority = partAt(line, i, spans.priority);
  if (priority) out.priority = priority;
  const link = partAt(line, i, spans.link);
  if (link) out.link = link;
  return out;
}
