/**
 * Suppression comments, markdownlint style: `<!-- postmortem-disable PM007 -->` until `postmortem-enable`,
 * `postmortem-disable-next-line`, `postmortem-disable-line`; no id means every rule. Ids or names both work.
 */

const directive = /<!--\s*postmortem-(disable-next-line|disable-line|disable|enable)((?:\s+[\w-]+)*)\s*-->/gi;

/** Which rules are off on one line: everything except `except`, or only `keys`. */
interface LineState {
  all: boolean;
  /** Lower-case ids or names: turned off (when not `all`) or still on (when `all`). */
  keys: ReadonlySet<string>;
}

const nothing: LineState = { all: false, keys: new Set() };

/** Answers "is this rule suppressed on this line?" for one document. */
export interface Suppressions {
  isSuppressed(line: number, ruleId: string, ruleName: string): boolean;
}

/** The suppressions of a document without a suppression comment. */
const NONE: Suppressions = { isSuppressed: () => false };

/**
 * Reads every suppression comment of a document. `text`, the document's whole text when the caller has it, lets a
 * document without a comment (most) be told by one search, not one per line.
 */
export function readSuppressions(lines: readonly string[], text?: string): Suppressions {
  if (text !== undefined && !text.includes('postmortem-')) return NONE;
  const block: LineState[] = new Array(lines.length);
  const single = new Map<number, LineState[]>();
  let state = nothing;
  const addSingle = (line: number, s: LineState) => {
    const list = single.get(line) ?? [];
    list.push(s);
    single.set(line, list);
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (text.includes('postmortem-')) {
      for (const m of text.matchAll(directive)) {
        const kind = m[1].toLowerCase();
        const keys = m[2].trim().split(/\s+/).filter(Boolean).map((k) => k.toLowerCase());
        if (kind === 'disable-line') addSingle(i + 1, keys.length ? { all: false, keys: new Set(keys) } : { all: true, keys: new Set() });
        else if (kind === 'disable-next-line') addSingle(i + 2, keys.length ? { all: false, keys: new Set(keys) } : { all: true, keys: new Set() });
        else state = next(state, kind === 'disable', keys);
      }
    }
    block[i] = state;
  }
  const off = (s: LineState, id: string, name: string) => (s.all ? !(s.keys.has(id) || s.keys.has(name)) : s.keys.has(id) || s.keys.has(name));
  return {
    isSuppressed(line, ruleId, ruleName) {
      const id = ruleId.toLowerCase();
      const name = ruleName.toLowerCase();
      const s = block[line - 1];
      if (s && off(s, id, name)) return true;
      return (single.get(line) ?? []).some((x) => off(x, id, name));
    },
  };
}

/** The state after a `disable` or `enable` comment. */
function next(state: LineState, disable: boolean, keys: string[]): LineState {
  if (keys.length === 0) return disable ? { all: true, keys: new Set() } : nothing;
  const set = new Set(state.keys);
  // When everything is off, the set lists rules turned back on; otherwise, rules turned off.
  const add = state.all ? !disable : disable;
  for (const k of keys) {
    if (add) set.add(k);
    else set.delete(k);
  }
  return { all: state.all, keys: set };
}
