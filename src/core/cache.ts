/**
 * What the core keeps between calls: memos of pure functions over the distinct texts of a few documents, a record per
 * line of text where every reader keeps what it read of that line (a document is checked again after every edit, and
 * all but a few of its lines are unchanged), and a least-recently-used store for larger results.
 */

/**
 * `compute` with its result kept per key. Past `max` keys the store starts over: documents repeat the same few
 * texts (labels, zone names), so a bound this coarse is enough.
 */
export function memoized<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const store = new Map<K, V>();
  stores.push(store as Map<unknown, unknown>);
  return (key) => {
    if (store.has(key)) return store.get(key) as V;
    const value = compute(key);
    if (store.size >= max) store.clear();
    store.set(key, value);
    return value;
  };
}

/**
 * Bound of the memos keyed by a line of text (or a cell, a field value): every line of a 20,000-line document and
 * the lines edited since. A document is checked again on every edit, and all but a few of its lines are unchanged.
 */
export const MAX_REMEMBERED_LINES = 30_000;

/** Every memo's store, so that all can be forgotten at once. */
const stores: Map<unknown, unknown>[] = [];

/**
 * Forgets every remembered result. For the benchmark's first-read timings and for tests that compare a check made
 * from memory with one made from scratch; results never depend on what is remembered.
 */
export function forgetRemembered(): void {
  for (const store of stores) store.clear();
  recent.length = 0;
}

/**
 * What the per-line memos keep for one line of text: a slot per memo. A document's lines are looked up once per check
 * (`lineRecords`), and every reader of a line then finds its results in the line's record without a lookup of its
 * own (a lookup compares the whole line).
 */
export type LineRecord = unknown[];

const lineStore = new Map<string, LineRecord>();
stores.push(lineStore as Map<unknown, unknown>);

/** The lines and records of the last few documents read: a new version of one shares all but a few lines. */
const recent: { lines: readonly string[]; records: LineRecord[] }[] = [];
const MAX_RECENT = 4;

/**
 * The record of each line, made empty for a line not seen before. The lines a new version shares with the version
 * read before (all but the edited ones, before and after them) take that version's records by position: comparing
 * two lines costs less than looking one up, which hashes it. Only the lines between (those edited, moved, pasted or
 * undone) are looked up by text, and the store learns the lines they replace just before: a document read for the
 * first time hashes none of its lines, and text a later edit brings back (an undo, a line moved) is found again.
 * A document none of the recent ones precedes is read afresh.
 */
export function lineRecords(lines: readonly string[]): LineRecord[] {
  const n = lines.length;
  const out = new Array<LineRecord>(n);
  const before = n > 0 ? recent.find((r) => r.lines.length > 0 && (r.lines[0] === lines[0] || r.lines[r.lines.length - 1] === lines[n - 1])) : undefined;
  if (!before) {
    for (let i = 0; i < n; i++) out[i] = new Array(slotCount);
  } else {
    const old = before.lines;
    const shared = Math.min(n, old.length);
    let head = 0;
    let tail = 0;
    while (head < shared && old[head] === lines[head]) { out[head] = before.records[head]; head++; }
    while (tail < shared - head && old[old.length - 1 - tail] === lines[n - 1 - tail]) { out[n - 1 - tail] = before.records[old.length - 1 - tail]; tail++; }
    for (let i = head; i < old.length - tail; i++) remember(old[i], before.records[i]);
    for (let i = head; i < n - tail; i++) out[i] = recordOf(lines[i]);
    recent.splice(recent.indexOf(before), 1);
  }
  recent.unshift({ lines, records: out });
  if (recent.length > MAX_RECENT) recent.pop();
  return out;
}

/** Keeps a line's record in the store, unless the store has one for its text already (either serves). */
function remember(line: string, record: LineRecord): void {
  if (lineStore.has(line)) return;
  if (lineStore.size >= MAX_REMEMBERED_LINES) lineStore.clear();
  lineStore.set(line, record);
}

/** The record of one line, from the store. */
function recordOf(line: string): LineRecord {
  let record = lineStore.get(line);
  if (record === undefined) {
    // Every slot at once: a record filled slot by slot would grow its storage several times.
    record = new Array(slotCount);
    remember(line, record);
  }
  return record;
}

let slotCount = 0;
/** Stands for an `undefined` result in a slot (an empty slot is one not computed yet). */
const UNDEFINED = Symbol('undefined');

/**
 * `compute(line)` kept in the line's record. `record` must be the record of `line`; without one (text that is not a
 * line as written) the result is computed and not kept.
 */
export function perLine<V>(compute: (line: string) => V): (record: LineRecord | undefined, line: string) => V {
  const slot = slotCount++;
  return (record, line) => {
    if (record === undefined) return compute(line);
    const kept = record[slot];
    if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as V;
    const value = compute(line);
    record[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

/**
 * `compute(line, from, to, record)` kept in the line's record: the span is the same for the same line (its content
 * after the list marker, a cell). A call with another span computes again and is kept instead; one without a record
 * computes (with `record` undefined: the line's other memos are out of reach).
 * The span is kept in a second slot as one number (no object per line for it), as text for spans past `SPAN_LIMIT`.
 */
export function perLineSpan<V>(compute: (line: string, from: number, to: number, record: LineRecord | undefined) => V): (record: LineRecord | undefined, line: string, from: number, to: number) => V {
  const slot = slotCount;
  slotCount += 2;
  return (record, line, from, to) => {
    if (record === undefined) return compute(line, from, to, undefined);
    const key = from < SPAN_LIMIT && to < SPAN_LIMIT ? from * SPAN_LIMIT + to : `${from},${to}`;
    const kept = record[slot];
    if (kept !== undefined && record[slot + 1] === key) return (kept === UNDEFINED ? undefined : kept) as V;
    const value = compute(line, from, to, record);
    record[slot] = value === undefined ? UNDEFINED : value;
    record[slot + 1] = key;
    return value;
  };
}

/** Spans whose ends are both below this are kept as `from * SPAN_LIMIT + to`, a small integer. */
const SPAN_LIMIT = 32_768;

/**
 * A slot in every line's record for a result that depends on more than the line's text: the caller checks what it
 * depends on (the line's number, the document's context) before using it.
 */
export function lineSlot<V>(): { get(record: LineRecord): V | undefined; set(record: LineRecord, value: V): void } {
  const slot = slotCount++;
  return {
    get: (record) => record[slot] as V | undefined,
    set: (record, value) => { record[slot] = value; },
  };
}

/** A store of at most `capacity` entries that drops the least recently used one first. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }
}
