/**
 * What GitHub adds to CommonMark, for markdown-it, rendered as GitHub renders it: bare URLs (`https://...`,
 * `www.example.com`) and e-mail addresses as links, and task list items (`- [ ] todo`, `- [x] done`) with a disabled
 * checkbox. Links still pass the renderer's `validateLink`; no HTML of the document reaches the output.
 */
import type MarkdownIt from 'markdown-it';
import { isDigit, isLetter } from '../time/chars';

type Token = ReturnType<MarkdownIt['parse']>[number];
type CoreRule = Parameters<MarkdownIt['core']['ruler']['push']>[1];
type StateCore = Parameters<CoreRule>[0];
type TokenClass = StateCore['Token'];

/** A task item's marker at the start of its first paragraph: `[ ]`, `[x]` or `[X]`, then a blank. */
const TASK = /^\[([ xX])\][ \t]/;

/** Turns on GitHub's autolinks and task lists in `md`. */
export function useGitHubExtensions(md: MarkdownIt): void {
  // `http(s)://` links and e-mail addresses are found by linkify-it, `www.` links by `wwwLinks`, in our rule in place
  // of markdown-it's core one
  md.set({ linkify: true });
  md.core.ruler.at('linkify', linkify);
  // an address is shown as written, as on GitHub: markdown-it decoded it (`%22` as `"`, `%0A` as a line break)
  md.normalizeLinkText = (url) => url;
  md.core.ruler.push('pm_task_lists', (state) => {
    taskLists(state.tokens, state.Token);
  });
}

/** A link found in a text: linkify-it's match, or one of `wwwLinks` made alike. */
type Found = Pick<NonNullable<ReturnType<MarkdownIt['linkify']['match']>>[number], 'schema' | 'index' | 'lastIndex' | 'raw' | 'text' | 'url'>;

/** What may stand before `www.` for GitHub to link it: nothing, a blank, or `*`, `_`, `~`, `(` (not `foo.www.x`, `"www.x`). */
const BEFORE_WWW = /[\s*_~(]/;
/** A character that ends a domain: a blank or punctuation other than `-`, `_` and `.` (Unicode punctuation too). */
const NOT_DOMAIN = /[\s\p{P}\p{S}]/u;
/** An ASCII letter or digit, `-`, `_` or `.`: a domain's character, told without a pattern. */
function asciiDomainChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2d || c === 0x5f || c === 0x2e;
}

/**
 * The `www.` links in `text` (GFM's extended www autolinks, as cmark-gfm reads them): `www.` at the text's start (when
 * `atStart`: a line's start, or after emphasis) or after a blank, `*`, `_`, `~` or `(`; a domain of letters, digits,
 * `-`, `_` and `.` with a period, and no underscore in its last two segments (`www.a_b.example.com`; not
 * `www.aaa_bbb.ccc`, which is no link at all: see `validDomain`); then every character up to a blank or `<`, less what
 * `gfmLinkEnd` leaves out. Linear: a `www.` inside a domain turned down is passed over with it.
 */
function wwwLinks(text: string, atStart: boolean): Found[] {
  const out: Found[] = [];
  for (let i = text.indexOf('www.'); i >= 0; i = text.indexOf('www.', i)) {
    const from = i;
    i += 4;
    if (from > 0 ? !BEFORE_WWW.test(text[from - 1]) : !atStart) continue;
    let p = from + 4;
    for (let c = text.charCodeAt(p); p < text.length && (c > 0x7f ? !NOT_DOMAIN.test(text[p]) : asciiDomainChar(c)); c = text.charCodeAt(++p));
    i = Math.max(i, p);
    if (!validDomain(text, from + 4, p)) continue;
    let end = p;
    while (end < text.length && !BLANK_OR_LT.test(text[end])) end++;
    end = gfmLinkEnd(text, from, end);
    const raw = text.slice(from, end);
    out.push({ schema: 'www.', index: from, lastIndex: end, raw, text: raw, url: `http://${raw}` });
    i = end;
  }
  return out;
}

/**
 * True when the domain `text[from, to)`, less the periods that end it (a sentence's), has a period and no underscore
 * in its last two segments.
 */
function validDomain(text: string, from: number, to: number): boolean {
  while (to > from && text.charCodeAt(to - 1) === 0x2e) to--;
  let periods = 0;
  for (let p = to - 1; p >= from && periods < 2; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x2e) periods++;
    else if (c === 0x5f) return false;
  }
  return periods > 0;
}

/** What ends a link: a blank or `<`. */
const BLANK_OR_LT = /[\s<]/;
/** What GFM leaves out at a link's end (`www.example.com.`, `...bar.pdf?`): punctuation, a quote, emphasis markers. */
const TRAILING = new Set([...'?!.,:*_~\'"'].map((c) => c.charCodeAt(0)));

/**
 * The end of the link `text[from, end)` after GFM's extended autolink path validation, as cmark-gfm applies it:
 * trailing punctuation (`?`, `!`, `.`, `,`, `:`, `*`, `_`, `~`, quotes) is left out; so is a `;` and, when it ends an
 * entity reference (`&hl;`), the reference; and a trailing `)` while the link has more `)` than `(`
 * (`(www.a.com/b_(c))` links `www.a.com/b_(c)`; `www.a.com/(b))+ok` is linked whole).
 */
function gfmLinkEnd(text: string, from: number, end: number): number {
  let opening = 0;
  let closing = 0;
  for (let p = from; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x28) opening++;
    else if (c === 0x29) closing++;
  }
  while (end > from) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x29) {
      if (closing <= opening) return end;
      closing--;
      end--;
    } else if (TRAILING.has(c)) end--;
    else if (c === 0x3b) {
      let p = end - 2;
      // an entity reference's name is ASCII letters, as cmark-gfm reads it
      while (p > from && isLetter(text.charCodeAt(p))) p--;
      end = p < end - 2 && text.charCodeAt(p) === 0x26 ? p : end - 1;
    } else return end;
  }
  return end;
}

/** Inline tokens after which `www.` may start a link: a line break, emphasis or strikethrough markers (`*`, `_`, `~`). */
const BEFORE_WWW_TOKENS = new Set(['softbreak', 'hardbreak', 'em_open', 'em_close', 'strong_open', 'strong_close', 's_open', 's_close']);

/** Whether `www.` may start a link at the start of a text token after `token` (none: the inline's start). */
function wwwMayFollow(token: Token | undefined): boolean {
  if (!token) return true;
  return token.type === 'text' ? BEFORE_WWW.test(token.content.slice(-1)) : BEFORE_WWW_TOKENS.has(token.type);
}

/**
 * Whether GitHub links what linkify-it found: a link with a scheme but `//host`, and an e-mail address; never a bare
 * domain (`main.py`, `example.com`), nor one with `www.`, which `wwwLinks` reads as GFM does.
 */
function isGitHubLink(link: Found): boolean {
  return link.schema !== '' && link.schema !== '//';
}

/** The links of a text token: linkify-it's that GitHub makes, and the `www.` links, in order, none inside another. */
function linksOf(md: MarkdownIt, text: string, atStart: boolean): Found[] {
  const schemed = md.linkify.test(text) ? (md.linkify.match(text) ?? []).filter(isGitHubLink) : [];
  const www: Found[] = text.includes('www.') ? wwwLinks(text, atStart) : [];
  if (www.length === 0) return schemed;
  if (schemed.length === 0) return www;
  const all = [...schemed, ...www].sort((a, b) => a.index - b.index);
  const out: Found[] = [];
  for (const link of all) if (out.length === 0 || link.index >= out[out.length - 1].lastIndex) out.push(link);
  return out;
}

/**
 * Links the bare URLs and e-mail addresses of each inline's text, outside written links, as markdown-it's core
 * linkify rule does; that rule splices the children once per link, which takes quadratic time in a long paragraph.
 */
function linkify(state: StateCore): void {
  const md = state.md;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children || !(md.linkify.pretest(block.content) || block.content.includes('www.'))) continue;
    const children: Token[] = [];
    let inLink = 0;
    block.children.forEach((token, k, all) => {
      if (token.type === 'link_open') inLink++;
      else if (token.type === 'link_close') inLink--;
      // `www.` at the text's start only after a line's start, a line break or emphasis (not a code span, link or image)
      const found = inLink === 0 && token.type === 'text' ? linksOf(md, token.content, wwwMayFollow(all[k - 1])) : [];
      // `http\://x` (an escape before the link) is no link, as in markdown-it
      if (found[0]?.index === 0 && all[k - 1]?.type === 'text_special') found.shift();
      if (found.length === 0) children.push(token);
      else children.push(...linked(state, token, found));
    });
    block.children = children;
  }
}

/** The tokens of a text token with the links `found` in it, as markdown-it's rule makes them. */
function linked(state: StateCore, token: Token, found: readonly Found[]): Token[] {
  const md = state.md;
  const text = token.content;
  const out: Token[] = [];
  const push = (type: string, tag: string, nesting: -1 | 0 | 1, level: number, content = ''): Token => {
    const t = new state.Token(type, tag, nesting);
    t.content = content;
    t.level = level;
    if (tag === 'a') [t.markup, t.info] = ['linkify', 'auto'];
    out.push(t);
    return t;
  };
  let last = 0;
  for (const link of found) {
    const href = md.normalizeLink(link.url);
    if (!md.validateLink(href)) continue;
    if (link.index > last) push('text', '', 0, token.level, text.slice(last, link.index));
    push('link_open', 'a', 1, token.level).attrs = [['href', href]];
    push('text', '', 0, token.level + 1, link.text);
    push('link_close', 'a', -1, token.level);
    last = link.lastIndex;
  }
  if (out.length === 0) return [token];
  if (last < text.length) push('text', '', 0, token.level, text.slice(last));
  return out;
}

/**
 * Marks list items whose text opens with `[ ]` or `[x]` as GitHub does: `task-list-item` on the item,
 * `contains-task-list` on its list, and a disabled checkbox in place of the brackets.
 */
function taskLists(tokens: Token[], TokenClass: TokenClass): void {
  // the lists open at each token, innermost last: an item's list without searching back
  const lists: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists.push(token);
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists.pop();
    if (token.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open' || tokens[i - 2]?.type !== 'list_item_open') continue;
    const first = token.children?.[0];
    const marker = first?.type === 'text' ? TASK.exec(first.content) : null;
    if (!first || !marker) continue;
    first.content = first.content.slice(3);
    const box = new TokenClass('html_inline', '', 0);
    box.content = `<input class="task-list-item-checkbox" type="checkbox" disabled${marker[1] === ' ' ? '' : ' checked'}>`;
    token.children?.unshift(box);
    tokens[i - 2].attrJoin('class', 'task-list-item');
    const list = lists[lists.length - 1];
    if (list && list.attrGet('class') !== 'contains-task-list') list.attrSet('class', 'contains-task-list');
  }
}
