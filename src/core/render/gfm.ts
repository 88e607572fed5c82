/**
 * What GitHub adds to CommonMark, for markdown-it, rendered as GitHub renders it: bare URLs (`https://...`,
 * `www.example.com`) and e-mail addresses as links, and task list items (`- [ ] todo`, `- [x] done`) with a disabled
 * checkbox. Links still pass the renderer's `validateLink`; no HTML of the document reaches the output.
 */
import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];
type CoreRule = Parameters<MarkdownIt['core']['ruler']['push']>[1];
type StateCore = Parameters<CoreRule>[0];
type TokenClass = StateCore['Token'];

/** A task item's marker at the start of its first paragraph: `[ ]`, `[x]` or `[X]`, then a blank. */
const TASK = /^\[([ xX])\][ \t]/;
const WWW = /^www\./i;

/** Turns on GitHub's autolinks and task lists in `md`. */
export function useGitHubExtensions(md: MarkdownIt): void {
  // `http(s)://` links are found while parsing inlines; the others by our rule in place of markdown-it's core one
  md.set({ linkify: true });
  md.linkify.add('www.', { validate: wwwTail, normalize: (match) => { match.url = `http://${match.url}`; } });
  md.core.ruler.at('linkify', linkify);
  // an address is shown as written, as on GitHub: markdown-it decoded it (`%22` as `"`, `%0A` as a line break)
  md.normalizeLinkText = (url) => url;
  md.core.ruler.push('pm_task_lists', (state) => {
    taskLists(state.tokens, state.Token);
  });
}

type Linkify = MarkdownIt['linkify'] & { re: Record<string, string | RegExp | undefined> };

/** What may stand before `www.` for GitHub to link it: nothing, a blank, or `*`, `_`, `~`, `(` (not `foo.www.x`). */
const BEFORE_WWW = /[\s*_~(]/;

/**
 * The length of a `www.` link after its `www.` at `pos`: GitHub's extended www autolink, `www.` and a valid domain
 * (at least one period), whatever its top-level domain (`www.b.example`), which linkify-it's fuzzy links want known,
 * then a port and a path as linkify-it reads them after `http://`. As GFM has it, a segment of the domain may hold
 * underscores, except the last two (`www.a_b.example.com`; not `www.aaa_bbb.ccc`, which is no link at all). 0 when
 * there is none.
 */
function wwwTail(text: string, pos: number, self: Linkify): number {
  const before = pos - 5;
  if (before >= 0 && !BEFORE_WWW.test(text[before])) return 0;
  self.re.pm_www ??= wwwPattern(self.re);
  const m = (self.re.pm_www as RegExp).exec(text.slice(pos));
  if (!m) return 0;
  // the domain's last two segments: after the period before the last one (none when the domain has two)
  const domain = m[1];
  return domain.includes('_', domain.lastIndexOf('.', domain.lastIndexOf('.') - 1) + 1) ? 0 : m[0].length;
}

/**
 * After `www.`: a domain of several segments (captured), then a port and a path, from linkify-it's own patterns; a
 * segment as linkify-it reads one (at most 63 characters, no hyphen at its ends) that may also hold underscores.
 */
function wwwPattern(re: Linkify['re']): RegExp {
  const letter = `(?:${re.src_pseudo_letter as string}|_)`;
  const segment = `(?:${re.src_xn as string}|${letter}|${letter}(?:-|${letter}){0,61}${letter})`;
  return new RegExp(`^((?:${segment}\\.)+${segment})${re.src_port as string}${re.src_host_terminator as string}${re.src_path as string}`, 'i');
}

/** Inline tokens after which `www.` may start a link: a line break, emphasis or strikethrough markers (`*`, `_`, `~`). */
const BEFORE_WWW_TOKENS = new Set(['softbreak', 'hardbreak', 'em_open', 'em_close', 'strong_open', 'strong_close', 's_open', 's_close']);

function wwwMayFollow(token: Token): boolean {
  return token.type === 'text' ? BEFORE_WWW.test(token.content.slice(-1)) : BEFORE_WWW_TOKENS.has(token.type);
}

/**
 * Whether GitHub links what linkify-it found in `text`: a bare domain only after `www.` (not `main.py`), never
 * `//host`. A bare `www.` domain (linkify-it's, of a known top-level domain) only where `wwwTail` does not read one
 * (after a quote or `[`): where it does, it turned this one down with the rest of its domain (`www.xxx._yyy.zzz`).
 */
function isGitHubLink(link: { schema: string; raw: string; index: number }, text: string): boolean {
  if (link.schema !== '') return link.schema !== '//';
  return WWW.test(link.raw) && link.index > 0 && !BEFORE_WWW.test(text[link.index - 1]);
}

/**
 * Links the bare URLs and e-mail addresses of each inline's text, outside written links, as markdown-it's core
 * linkify rule does; that rule splices the children once per link, which takes quadratic time in a long paragraph.
 */
function linkify(state: StateCore): void {
  const md = state.md;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children || !md.linkify.pretest(block.content)) continue;
    const children: Token[] = [];
    let inLink = 0;
    block.children.forEach((token, k, all) => {
      if (token.type === 'link_open') inLink++;
      else if (token.type === 'link_close') inLink--;
      const links = inLink === 0 && token.type === 'text' && md.linkify.test(token.content) ? md.linkify.match(token.content) ?? [] : [];
      // `http\://x` (an escape before the link) is no link, as in markdown-it
      if (links[0]?.index === 0 && all[k - 1]?.type === 'text_special') links.shift();
      // nor is `www.` right after a code span, a link or an image (`wwwTail` sees only its own text's start)
      if (links[0]?.index === 0 && links[0].schema === 'www.' && k > 0 && !wwwMayFollow(all[k - 1])) links.shift();
      const found = links.filter((link) => isGitHubLink(link, token.content));
      if (found.length === 0) children.push(token);
      else children.push(...linked(state, token, found));
    });
    block.children = children;
  }
}

/** The tokens of a text token with the links `found` in it, as markdown-it's rule makes them. */
function linked(state: StateCore, token: Token, found: NonNullable<ReturnType<MarkdownIt['linkify']['match']>>): Token[] {
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
