/**
 * GitHub's footnotes for markdown-it: `text[^1]` refers to a definition `[^1]: note` anywhere in the document (its
 * further lines indented), shown as a numbered superscript link; the referenced definitions are listed at the end in
 * `<section class="footnotes">`, numbered in the order of first reference, each with a link back (and the line of its
 * definition in `data-reveal-line`, not `data-line`: see `tail`). A definition
 * referred to nowhere is left out and a reference to no definition stays text, as on GitHub. Without this rule
 * markdown-it read `[^1]: note` as a link definition: the note vanished and `[^1]` linked to `note`.
 */
import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];
type BlockRule = Parameters<MarkdownIt['block']['ruler']['before']>[2];
type InlineRule = Parameters<MarkdownIt['inline']['ruler']['before']>[2];
type StateCore = Parameters<Parameters<MarkdownIt['core']['ruler']['push']>[1]>[0];

/** The footnotes of one render, kept in its `env`. */
interface Notes {
  /** Labels (lower case) defined, with the 0-based line of their definition. */
  defined: Map<string, number>;
  /** Labels referred to, with their number: the order of their first reference. */
  numbers: Map<string, number>;
}

const OPEN = 'pm_footnote_open';
const CLOSE = 'pm_footnote_close';
const TAB = 9;
const SPACE = 32;

/** Turns on footnotes in `md`. */
export function useFootnotes(md: MarkdownIt): void {
  md.block.ruler.before('reference', 'pm_footnote_def', definition, { alt: ['paragraph', 'reference'] });
  md.inline.ruler.before('link', 'pm_footnote_ref', reference);
  md.core.ruler.push('pm_footnote_tail', tail);
}

function notesOf(env: { pmNotes?: Notes }): Notes {
  return (env.pmNotes ??= { defined: new Map(), numbers: new Map() });
}

/** The label of `[^label]` at `start` in `src` (no blank, no `]` in it) and the index after its `]`, else undefined. */
function labelAt(src: string, start: number, max: number): [string, number] | undefined {
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return undefined;
  let pos = start + 2;
  while (pos < max && src[pos] !== ']' && src.charCodeAt(pos) !== SPACE && src.charCodeAt(pos) !== TAB) pos++;
  return pos > start + 2 && src[pos] === ']' ? [src.slice(start + 2, pos).toLowerCase(), pos + 1] : undefined;
}

/**
 * `[^label]: text` at a block's start: its content (the rest of the line, and the lines after it indented by four
 * or lazily continuing its paragraph) is parsed as blocks between our open and close tokens, moved to the end by `tail`.
 */
const definition: BlockRule = (state, startLine, endLine, silent) => {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const label = labelAt(state.src, start, max);
  if (!label || state.src[label[1]] !== ':') return false;
  if (silent) return true;
  const notes = notesOf(state.env);
  if (!notes.defined.has(label[0])) notes.defined.set(label[0], startLine);
  state.tokens.push(Object.assign(new state.Token(OPEN, '', 1), { meta: label[0], level: state.level++ }));
  // the definition's first line is parsed from after the colon, as a block indented like the lines under it
  const saved = [state.bMarks[startLine], state.tShift[startLine], state.sCount[startLine], state.parentType] as const;
  let pos = label[1] + 1;
  while (pos < max && (state.src.charCodeAt(pos) === SPACE || state.src.charCodeAt(pos) === TAB)) pos++;
  state.bMarks[startLine] = label[1] + 1;
  state.tShift[startLine] = pos - label[1] - 1;
  state.blkIndent += 4;
  state.sCount[startLine] = state.blkIndent;
  state.parentType = 'footnote' as typeof state.parentType;
  state.md.block.tokenize(state, startLine, endLine);
  [state.bMarks[startLine], state.tShift[startLine], state.sCount[startLine], state.parentType] = saved;
  state.blkIndent -= 4;
  state.tokens.push(Object.assign(new state.Token(CLOSE, '', -1), { level: --state.level }));
  return true;
};

/** `[^label]` of a defined note: its number as a superscript link to the note. */
const reference: InlineRule = (state, silent) => {
  const label = labelAt(state.src, state.pos, state.posMax);
  const notes = notesOf(state.env);
  if (!label || !notes.defined.has(label[0])) return false;
  if (!silent) {
    const known = notes.numbers.get(label[0]);
    const n = known ?? notes.numbers.size + 1;
    notes.numbers.set(label[0], n);
    const id = known ? '' : ` id="pm-fnref-${n}"`;
    state.push('html_inline', '', 0).content = `<sup><a href="#pm-fn-${n}"${id} class="footnote-ref">${n}</a></sup>`;
  }
  state.pos = label[1];
  return true;
};

/** Moves the definitions out of the document, and lists the referenced ones at its end in the order of reference. */
function tail(state: StateCore): void {
  const notes: Notes | undefined = state.env.pmNotes;
  if (!notes) return;
  const kept: Token[] = [];
  const bodies = new Map<string, Token[]>();
  let inside: Token[] | undefined;
  let depth = 0;
  // a definition inside a definition is part of it
  for (const token of state.tokens) {
    if (token.type === OPEN) {
      if (depth++ > 0) continue;
      inside = [];
      if (!bodies.has(token.meta as string)) bodies.set(token.meta as string, inside);
    } else if (token.type === CLOSE) {
      if (--depth === 0) inside = undefined;
    } else (inside ?? kept).push(token);
  }
  state.tokens = kept;
  if (notes.numbers.size === 0) return;
  const line = (label: string): string => String((notes.defined.get(label) ?? 0) + 1);
  const block = (type: string, tag: string, nesting: 1 | -1, attrs: [string, string][] = []): Token =>
    Object.assign(new state.Token(type, tag, nesting), { block: true, attrs });
  // Scroll sync wants `data-line` rising through the body: the list, shown at its end, carries the line after the
  // last block above it, and a note the line of its definition (anywhere) only to reveal it.
  let end = 0;
  for (const token of kept) if (token.map && token.map[1] > end) end = token.map[1];
  const after = String(end + 1);
  state.tokens.push(block('pm_footnotes_open', 'section', 1, [['class', 'footnotes'], ['data-line', after]]), block('pm_footnotes_list_open', 'ol', 1, [['data-line', after]]));
  [...notes.numbers.keys()].forEach((label, i) => {
    const body = bodies.get(label) ?? [];
    for (const token of body) if (token.attrs) token.attrs = token.attrs.filter(([name]) => name !== 'data-line');
    const back = new state.Token('html_inline', '', 0);
    back.content = ` <a href="#pm-fnref-${i + 1}" class="footnote-backref" aria-label="Back to reference ${i + 1}">↩</a>`;
    // the way back ends the note's last paragraph, or stands alone after a note that ends with another block
    const last = body.length >= 2 && body[body.length - 1].type === 'paragraph_close' ? body[body.length - 2] : undefined;
    if (last?.children) last.children.push(back);
    else body.push(back);
    state.tokens.push(block('pm_footnote_item_open', 'li', 1, [['id', `pm-fn-${i + 1}`], ['data-reveal-line', line(label)]]), ...body, block('pm_footnote_item_close', 'li', -1));
  });
  state.tokens.push(block('pm_footnotes_list_close', 'ol', -1), block('pm_footnotes_close', 'section', -1));
}
