/**
 * Action items of the action-items section: checkbox, bullet and numbered items and table rows, with owner,
 * due date, priority and tracker link found in the text (`@alice`, `Owner: Bob`, `due 2024-04-01`, `P1`, `JIRA-123`).
 */
import { lineSlot } from '../cache';
import { DONE, details, find, firstSpan, LINK, LINK_CELL_IN, MAX_DETAIL_SPAN, NO_OWNER, OWNER, DUE, PRIORITY, partAt, type Part, STATE_WORD, TICKET_IN, writtenState } from './action-details';
import type { ActionItem, Section } from './types';
import { cellLine, cellText, rowRange } from './cells';
import { sameScan, type ScannedLine } from './scan';
import { sectionRegions } from './timeline';
import { lineRange, normalizeLabel, stripMarkup, unwrap } from './text';

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

/** Where a row's cell is, past its wrapping markup: its 0-based line, start and end. */
type CellSpan = [line: number, start: number, end: number];

/** The span of the cell in column `k` of the row on line `i`, or undefined when there is no such cell or it is empty. */
function cellSpan(lines: readonly string[], i: number, s: ScannedLine, k: number): CellSpan | undefined {
  const c = k >= 0 ? s.cells?.[k] : undefined;
  if (!c || c.end <= c.start) return undefined;
  const at = cellLine(i, c);
  const [start, end] = unwrap(lines[at], c.start, c.end);
  return [at, start, end];
}

/** The text and range of a cell's span. */
function cellPart(lines: readonly string[], c: CellSpan | undefined): Part | undefined {
  return c && { text: lines[c[0]].slice(c[1], c[2]), range: lineRange(c[0], c[1], c[2]) };
}

/** True when a cell of the row is on a line of its own (an HTML row written over several lines). */
function cellsOnOwnLines(s: ScannedLine): boolean {
  for (const c of s.cells!) if (c.line !== undefined) return true;
  return false;
}

/** A copy of `STATE_WORD` that searches a line from a given index (`lastIndex`), so that the row needs no copy. */
const STATE_WORD_FROM = new RegExp(STATE_WORD.source, 'g');

/** The state word (`DONE`, `TODO`...) in the cells of the row on line `i`, or undefined. */
function rowStateWord(lines: readonly string[], i: number, s: ScannedLine): string | undefined {
  if (cellsOnOwnLines(s)) return STATE_WORD.exec(s.cells!.map((c) => cellText(lines, i, c)).join(' | '))?.[1];
  // The row's content is followed by blanks or a comment only, so a word found past it is not in it.
  STATE_WORD_FROM.lastIndex = s.contentStart;
  // most rows hold no state word: a test, which builds no match, tells so first
  if (!STATE_WORD_FROM.test(lines[i])) return undefined;
  STATE_WORD_FROM.lastIndex = s.contentStart;
  const m = STATE_WORD_FROM.exec(lines[i]);
  return m && m.index + m[0].length <= s.contentEnd ? m[1] : undefined;
}

/**
 * The action item of a table row, its columns read from the table's header; undefined without an action's text.
 * Each detail is read on its cell's line; the action's text is searched on its own (a row's cells may each be on a
 * line of their own).
 */
function tableItem(lines: readonly string[], scanned: readonly ScannedLine[], i: number, s: ScannedLine, columns: Columns): ActionItem | undefined {
  const textCell = cellSpan(lines, i, s, columns.text);
  if (!textCell) return undefined;
  const [t, from, textEnd] = textCell;
  const line = lines[t];
  const item: ActionItem = { line: i + 1, range: rowRange(i, s), text: line.slice(from, textEnd) };
  // A detail's own cell gives it; the action's text is searched only for the details no cell gives (the row is kept
  // with its line: no memo of the searches is needed).
  const owner = cellPart(lines, cellSpan(lines, i, s, columns.owner));
  const due = cellPart(lines, cellSpan(lines, i, s, columns.due));
  const priority = cellPart(lines, cellSpan(lines, i, s, columns.priority));
  const linkCell = cellSpan(lines, i, s, columns.link);
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
  const status = cellSpan(lines, i, s, columns.status);
  if (status) item.done = DONE.test(lines[status[0]].slice(status[1], status[2]));
  else {
    // Google SRE style: the state is a capitalised word in any cell (`n/a **DONE**`, `Bug 5554823 **TODO**`).
    const marker = rowStateWord(lines, i, s);
    if (marker) item.done = marker === 'DONE' || marker === 'CLOSED';
  }
  return item;
}

/** The link or ticket a link cell holds (`[OPS-7](https://...)`, `OPS-7`), read on its line. */
function linkIn(lines: readonly string[], scanned: readonly ScannedLine[], [at, from, to]: CellSpan): Part | undefined {
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
