/**
 * Action items of the action-items section: checkbox, bullet and numbered items and table rows, with owner,
 * due date, priority and tracker link found in the text (`@alice`, `Owner: Bob`, `due 2024-04-01`, `P1`, `JIRA-123`).
 */
import { lineSlot, perLineSpan, type LineRecord } from '../cache';
import type { Range } from '../types';
import type { ActionItem, Section } from './types';
import { cellLine, cellText, rowRange } from './cells';
import { sameScan, type ScannedLine } from './scan';
import { sectionRegions } from './timeline';
import { lineRange, normalizeLabel, stripMarkup, trimEnd, unwrap } from './text';

type Part = { text: string; range: Range };

const DATE_WORDS = String.raw`(?:(?:next|this)\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|[Ee]nd of (?:the )?(?:week|month|quarter|sprint|year|Q[1-4])|EO[WMQY]|Q[1-4](?:\s+\d{4})?|[Tt]omorrow|[Nn]ext (?:week|month|sprint|quarter)`;
/** A pattern for one detail, tried only when the cheap `when` test finds its key word (most items have none). */
interface Pattern { when: RegExp; re: RegExp }

const OWNER: Pattern[] = [
  { when: /wner|OWNER|ssign|esponsible|DRI/, re: /(?:[Oo]wners?|OWNER|[Aa]ssignee|[Aa]ssigned to|[Rr]esponsible|DRI)\s*[:=]?\s*(@?[\p{L}][\p{L}\p{N}._'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/du },
  { when: /@/, re: /(?:^|[\s([,])(@[\w][\w.-]*[\w])/du },
  // French, German and Spanish labels, with a colon (`Responsable : Marie`, `Verantwortlich: Jonas`, `Encargada: Lucía`),
  // and French `resp.` before a name (`(resp. Marie)`); without a colon `le responsable du service` names no one
  { when: /esponsable|RESPONSABLE|orteur|erantwortlich|uständig|ncargad|signad|resp\./, re: /(?:(?:[Rr]esponsables?|RESPONSABLE|[Pp]orteur|[Vv]erantwortlich(?:e[rn]?)?|[Zz]uständig|[Ee]ncargad[oa]|[Aa]signad[oa](?:\s+a)?)\s*:|(?<![\p{L}])[Rr]esp\.)\s*(@[\w][\w.-]*[\w]|\p{Lu}[\p{L}\p{N}._'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/du },
  { when: /\s[—–-]/, re: /\s[—–-]\s*(@?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})\s*$/du },
];
const DUE: Pattern[] = [
  { when: /[Dd]ue|DUE|[Dd]eadline|ETA|[Tt]arget date/, re: /\b(?:[Dd]ue(?:\s+(?:[Dd]ate|by|on))?|DUE|[Dd]eadline|ETA|[Tt]arget date)\s*[:=]?\s*(?:[*_]{1,2}\s*)?([^\s,;)|*_][^,;)|]*?)\s*(?=$|[,;)|]|\.\s|\.$|\s+(?:[Oo]wner|[Pp]riority|@))/d },
  { when: /[Bb]y\s/, re: new RegExp(String.raw`\b[Bb]y\s+(${DATE_WORDS})\b`, 'd') },
  // French, German and Spanish labels with a colon: `échéance : 15/04`, `fällig: 15.04.2024`, `fecha límite: 15/04/2024`
  { when: /chéance|CHÉANCE|ate limite|ällig|ÄLLIG|rist:|echa l[íi]mite|lazo:/, re: /(?:[ÉéEe]ch[ée]ance|ÉCHÉANCE|[Dd]ate limite|[Ff]ällig(?:\s+(?:am|bis))?|FÄLLIG|[Ff]rist|[Ff]echa l[íi]mite|[Pp]lazo)\s*:\s*(?:[*_]{1,2}\s*)?([^\s,;)|*_][^,;)|]*?)\s*(?=$|[,;)|]|\.\s|\.$|\s+[—–-]\s|\s+@)/du },
];
const PRIORITY: Pattern[] = [
  { when: /P[0-4]/, re: /\b(P[0-4])\b/d },
  { when: /riority/, re: /\b[Pp]riority\s*[:=]?\s*(\w+)/d },
  { when: /[([]/, re: /[([]([Cc]ritical|[Hh]igh|[Mm]edium|[Ll]ow|CRITICAL|HIGH|MEDIUM|LOW)[)\]]/d },
  { when: /riority/, re: /\b([Cc]ritical|[Hh]igh|[Mm]edium|[Ll]ow)[ -]priority\b/d },
];
const LINK: Pattern[] = [
  { when: /http/, re: /(https?:\/\/[^\s)>\]]*[^\s)>\].,;:])/d },
  { when: /[A-Z0-9]-\d/, re: /(?<![\w-])([A-Z][A-Z0-9]{1,9}-\d+)\b/d },
  { when: /#\d/, re: /(?<![\w&#])(#\d+)\b/d },
];
const MAX_DETAIL_SPAN = 2000;
const NO_OWNER = /^(?:tbd|tba|todo|\?+|[-–—]+|n\/?a|none|unassigned|nobody)$/i;
/** A ticket cell without a known link form: its text up to any state marker (`Bug 5554823 **TODO**`). */
const TICKET_CELL: Pattern = { when: /\d/, re: /^([^*_]*\d[^*_]*?)\s*(?:$|[*_])/d };
const STATE_WORD = /\b(DONE|TODO|IN PROGRESS|OPEN|CLOSED)\b/;
const DONE = /^(?:\[[xX]\]|\(\/\)|done|complete[d]?|closed|fixed|resolved|finished|shipped|merged|implemented|yes|x|✅|✓|✔|☑|fait\b|termin[ée]e?(?![a-z])|erledigt|hecho|completad[oa]|cerrad[oa])/i;

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
function writtenState(text: string): boolean | undefined {
  const capital = STATE_WORD.exec(text);
  if (capital) return capital[1] === 'DONE' || capital[1] === 'CLOSED';
  const state = LEADING_STATE.exec(text) ?? PAREN_STATE.exec(text);
  if (state) return DONE_WORD.test(state[1] ?? state[2]);
  const trimmed = text.trim();
  return CHECK_MARK.test(trimmed) || STRUCK.test(trimmed) ? true : undefined;
}

/** First match of any pattern in `line[from, to)`, as text and range (group 1). */
function find(patterns: Finder, record: LineRecord, line: string, i: number, from: number, to: number): Part | undefined {
  return partAt(line, i, patterns(record, line, from, to));
}

/** Finds the first match of any of `patterns` in a span of a line: its 0-based start and end. Kept per line. */
type Finder = (record: LineRecord, line: string, from: number, to: number) => readonly [number, number] | undefined;

function finder(patterns: Pattern[]): Finder {
  return perLineSpan((line: string, from: number, to: number) => firstSpan(patterns, line.slice(from, to), line, from));
}

/** The span (0-based, in `line`) of the first match of any pattern in `text`, which is `line` from `from` on. */
function firstSpan(patterns: readonly Pattern[], text: string, line: string, from: number): readonly [number, number] | undefined {
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
const LINK_CELL_IN = finder(LINK);
const TICKET_IN = finder([TICKET_CELL]);

type Span = readonly [number, number] | undefined;
/** The spans of the owner, due date, priority and link in an item's text. */
interface DetailSpans { owner: Span; due: Span; priority: Span; link: Span }
const NO_DETAILS: DetailSpans = Object.freeze({ owner: undefined, due: undefined, priority: undefined, link: undefined });

/**
 * The spans of every detail in `line[from, to)`, kept per line: one copy of the text for the four searches, one
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
function partAt(line: string, i: number, span: Span): Part | undefined {
  return span && { text: line.slice(span[0], span[1]), range: lineRange(i, span[0], span[1]) };
}

/** Owner, due date, priority and link found in the text of an item. */
function details(record: LineRecord, line: string, i: number, from: number, end: number): Pick<ActionItem, 'owner' | 'due' | 'priority' | 'link'> {
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

/** Which column of an action table holds what, from its header cells. */
function columnsOf(headers: string[]): Record<'text' | 'owner' | 'due' | 'priority' | 'status' | 'link', number> {
  const find = (re: RegExp) => headers.findIndex((h) => re.test(h));
  // Headers are normalised (accents dropped): also French, German and Spanish (`Qui`, `Responsable`, `Échéance`, `État`;
  // `Verantwortlich`, `Fällig`; `Dueño`, `Fecha límite`, `Estado`)
  const owner = find(/^(?:owners?|assignee|assigned to|who|responsible|dri|qui|responsables?|porteur|proprietaire|verantwortlich(?:e|er)?|zustandig|wer|dueno|quien|asignado(?: a)?)\b/);
  const due = find(/^(?:due|due date|deadline|eta|target|target date|when|by|echeance|date limite|fallig|frist|bis wann|fecha limite|plazo)\b/);
  const priority = find(/^(?:priority|prio|p|importance|priorite|niveau de priorite|prioritat|prioridad)\b/);
  const status = find(/^(?:status|state|done|complete|etat|statut|fait|erledigt|estado|hecho)\b/);
  const link = find(/^(?:ticket|tickets|issue|issues|link|jira|tracking|tracker|bug|reference|ref|lien|enlace)\b/);
  const taken = new Set([owner, due, priority, status, link]);
  let text = headers.findIndex((h, k) => !taken.has(k) && /^(?:action|action item|item|task|description|what|title|summary|follow up|remediation|todo|mesures?|taches?|massnahmen?|aufgaben?|acciones|accion|tareas?|descripcion)\b/.test(h));
  if (text < 0) text = headers.findIndex((_h, k) => !taken.has(k));
  return { text, owner, due, priority, status, link };
}

type Columns = ReturnType<typeof columnsOf>;

/** The action item of a list item. */
function listItem(line: string, i: number, s: ScannedLine): ActionItem {
  const item: ActionItem = { line: i + 1, range: lineRange(i, s.markerStart ?? s.contentStart, s.contentEnd), text: line.slice(s.contentStart, s.contentEnd) };
  const done = s.checked ?? writtenState(item.text);
  if (done !== undefined) item.done = done;
  return Object.assign(item, details(s.record, line, i, s.contentStart, s.contentEnd));
}

/**
 * The action item of a table row, its columns read from the table's header; undefined without an action's text.
 * Each detail is read on its cell's line; the action's text is searched on its own (a row's cells may each be on a
 * line of their own).
 */
function tableItem(lines: readonly string[], scanned: readonly ScannedLine[], i: number, s: ScannedLine, columns: Columns): ActionItem | undefined {
  const cell = (k: number): [line: number, start: number, end: number] | undefined => {
    const c = k >= 0 ? s.cells?.[k] : undefined;
    if (!c || c.end <= c.start) return undefined;
    const at = cellLine(i, c);
    return [at, ...unwrap(lines[at], c.start, c.end)];
  };
  const textCell = cell(columns.text);
  if (!textCell) return undefined;
  const [t, from, textEnd] = textCell;
  const line = lines[t];
  const item: ActionItem = { line: i + 1, range: rowRange(i, s), text: line.slice(from, textEnd) };
  const part = (k: number): Part | undefined => {
    const c = cell(k);
    return c ? { text: lines[c[0]].slice(c[1], c[2]), range: lineRange(c[0], c[1], c[2]) } : undefined;
  };
  // A detail's own cell gives it; the action's text is searched only for the details no cell gives (the row is kept
  // with its line: no memo of the searches is needed).
  const owner = part(columns.owner);
  const due = part(columns.due);
  const priority = part(columns.priority);
  const linkCell = cell(columns.link);
  const cellLink = linkCell && linkIn(lines, scanned, linkCell);
  const text = !owner || !due || !priority || !cellLink ? line.slice(from, Math.min(textEnd, from + MAX_DETAIL_SPAN)) : '';
  const ownerAt = owner ?? partAt(line, t, firstSpan(OWNER, text, line, from));
  if (ownerAt && !NO_OWNER.test(ownerAt.text)) item.owner = ownerAt;
  const dueAt = due ?? partAt(line, t, firstSpan(DUE, text, line, from));
  if (dueAt) item.due = dueAt;
  const priorityAt = priority ?? partAt(line, t, firstSpan(PRIORITY, text, line, from));
  if (priorityAt) item.priority = priorityAt;
  const link = cellLink ?? partAt(line, t, firstSpan(LINK, text, line, from));
  if (link) item.link = link;
  const status = part(columns.status);
  if (status) item.done = DONE.test(status.text);
  else {
    // Google SRE style: the state is a capitalised word in any cell (`n/a **DONE**`, `Bug 5554823 **TODO**`).
    const marker = STATE_WORD.exec(s.cells!.some((c) => c.line !== undefined) ? s.cells!.map((c) => cellText(lines, i, c)).join(' | ') : lines[i].slice(s.contentStart, s.contentEnd));
    if (marker) item.done = marker[1] === 'DONE' || marker[1] === 'CLOSED';
  }
  return item;
}

/** The link or ticket a link cell holds (`[OPS-7](https://...)`, `OPS-7`), read on its line. */
function linkIn(lines: readonly string[], scanned: readonly ScannedLine[], [at, from, to]: [number, number, number]): Part | undefined {
  const record = scanned[at].record;
  return find(LINK_CELL_IN, record, lines[at], at, from, to) ?? find(TICKET_IN, record, lines[at], at, from, to);
}

/** A line's action item as read in the last check, with what it depended on. */
interface KeptItem { i: number; s: ScannedLine; columns: Columns | undefined; item: ActionItem | undefined }

const keptItems = lineSlot<KeptItem>();

function sameColumns(a: Columns | undefined, b: Columns | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.owner === b.owner && a.due === b.due
    && a.priority === b.priority && a.status === b.status && a.link === b.link);
}

/** The item of a list item (`columns` undefined) or table row, taken from the last check when nothing it reads changed. */
function itemAt(lines: readonly string[], scanned: readonly ScannedLine[], i: number, s: ScannedLine, columns: Columns | undefined): ActionItem | undefined {
  const kept = keptItems.get(s.record);
  if (kept && kept.i === i && sameScan(kept.s, s) && sameColumns(kept.columns, columns)) return kept.item;
  const item = columns ? tableItem(lines, scanned, i, s, columns) : listItem(lines[i], i, s);
  keptItems.set(s.record, { i, s, columns, item });
  return item;
}

/**
 * An item without an owner that introduces sub-items (its text ends with a colon: `Improve the script UX:`) takes the
 * owner its first sub-item names (`  - detect ... (owner=eng)`), as a copy: the kept item depends on its line only.
 */
function withSubItemOwner(item: ActionItem, lines: string[], scanned: ScannedLine[], i: number, last: number): ActionItem {
  if (item.owner || !item.text.trimEnd().endsWith(':') || i + 1 > last) return item;
  const s = scanned[i];
  const t = scanned[i + 1];
  if (t.kind !== 'list' || (t.markerStart ?? t.contentStart) <= (s.markerStart ?? s.contentStart)) return item;
  const sub = itemAt(lines, scanned, i + 1, t, undefined);
  return sub?.owner ? { ...item, owner: sub.owner } : item;
}

/** An item that says there is nothing to do: `N/A`, `None.`, `No action items at this time`. */
const NOTHING_TO_DO = /^(?:n\/?a|none|nothing|not applicable|no (?:action items?|actions?|follow[- ]?ups?)(?: (?:needed|required|identified))?)(?: (?:at this time|yet))?[.!]?$/i;
/** A sub-item that only holds a detail of the item above it: `Owner: @bob`, `**Due:** 2024-05-01`, `Status: done`. */
const DETAIL_ONLY = /^[*_]{0,2}(?:owners?|assignee|assigned to|dri|due(?: date)?|deadline|eta|target date|priority|status|ticket|tracking issue|jira)\s*(?::[*_]{0,2}|[*_]{1,2}\s*:)\s*\S/i;

/** `item` with the owner, due date, priority, link and state a detail sub-item of it gives, where it has none: a copy. */
function withDetail(item: ActionItem, detail: ActionItem): ActionItem {
  const merged = { ...item };
  if (!merged.owner && detail.owner) merged.owner = detail.owner;
  if (!merged.due && detail.due) merged.due = detail.due;
  if (!merged.priority && detail.priority) merged.priority = detail.priority;
  if (!merged.link && detail.link) merged.link = detail.link;
  if (merged.done === undefined && /^[*_]{0,2}status\b/i.test(detail.text)) {
    merged.done = DONE.test(detail.text.slice(detail.text.indexOf(':') + 1).replace(/^[\s*_]+/, ''));
  }
  return merged;
}

/**
 * A sub-item as nested under `parent` (`own`: the parent as its own line and its detail sub-items read it, with what
 * it took from the items above it): the parent's line, and the owner or link the parent names when the sub-item names
 * neither (not one the parent took from its first sub-item). A copy: the kept item depends on its line only.
 */
function asSubItem(item: ActionItem, parent: ActionItem, own: ActionItem): ActionItem {
  const sub: ActionItem = { ...item, parentLine: parent.line };
  if (!sub.owner && !sub.link) {
    if (own.owner) sub.owner = own.owner;
    if (own.link) sub.link = own.link;
  }
  return sub;
}

/** Reads every action item of the action-items sections. Callers must not change the items (checks share them). */
export function readActionItems(lines: string[], scanned: ScannedLine[], sections: Section[]): ActionItem[] {
  const items: ActionItem[] = [];
  for (const [first, last] of sectionRegions(sections, 'actionItems')) {
    let columns: Columns | undefined;
    // The open list items above, outermost first: each with its marker's column, its index in `items`, as read, and
    // with what the items nested under it take (see `asSubItem`).
    const open: { indent: number; index: number; item: ActionItem; own: ActionItem }[] = [];
    for (let i = first; i <= last; i++) {
      const s = scanned[i];
      if (s.kind === 'list' && s.contentEnd > s.contentStart) {
        const indent = s.markerStart ?? s.contentStart;
        while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
        const own = itemAt(lines, scanned, i, s, undefined)!;
        const parent = open[open.length - 1];
        // `- N/A` under Action Items says there are none
        if (!parent && NOTHING_TO_DO.test(own.text)) continue;
        // `  - Owner: @bob` under an item is that item's owner, not an item of its own
        if (parent && s.checked === undefined && DETAIL_ONLY.test(own.text)) {
          parent.item = items[parent.index] = withDetail(parent.item, own);
          parent.own = withDetail(parent.own, own);
          continue;
        }
        // what the items under it take: its own line's owner or link, else the one it took from the items above it
        const heritable = parent ? asSubItem(own, parent.item, parent.own) : own;
        const withOwner = withSubItemOwner(own, lines, scanned, i, last);
        const item = withOwner === own ? heritable : parent ? asSubItem(withOwner, parent.item, parent.own) : withOwner;
        open.push({ indent, index: items.length, item, own: heritable });
        items.push(item);
      } else if (s.kind !== 'blank' && s.kind !== 'list' && !(s.kind === 'text' && open.length > 0 && s.contentStart > open[0].indent)) {
        // a paragraph, heading or table ends the items above (an indented line continues them)
        open.length = 0;
      }
      if (s.kind === 'table' && s.cells) {
        if (s.tableStart === i) { columns = columnsOf(s.cells.map((c) => normalizeLabel(stripMarkup(cellText(lines, i, c))))); continue; }
        if (!columns) continue;
        const item = itemAt(lines, scanned, i, s, columns);
        if (item) items.push(item);
      }
    }
  }
  return items;
}
