// Which Markdown files are postmortems: by path glob, by front matter `type: postmortem`, or by the first heading.
// Pure (no editor API) so it is unit-tested in plain Node and shared by the benchmark.
import { markdownOpening, quoteEnd } from '../../core/model/quoting-fence';
import { closesFence, openingFence } from '../../core/model/fences';

/** Words in a first heading that make a document a postmortem. */
const HEADING_WORDS = /\b(?:post[- ]?mortem|incident review|retrospective)\b/i;
/** How far into a document the front matter and first heading are looked for. */
export const HEAD_LINES = 80;

/** Converts a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`, `[!abc]`) to an anchored, case-insensitive RegExp. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globBody(glob.replace(/\\/g, '/'))}$`, 'i');
}

function globBody(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const slashAfter = glob[i + 2] === '/';
      if (atStart && slashAfter) { out += '(?:[^/]*/)*'; i += 2; continue; }
      if (atStart && i + 2 === glob.length && i > 0) { out = out.slice(0, -1) + '(?:/.*)?'; i += 1; continue; }
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) { out += '\\{'; continue; }
      out += `(?:${splitTopLevel(glob.slice(i + 1, close)).map(globBody).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { out += '\\['; continue; }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Compiled globs, cached because they are matched on every open. */
const cache = new Map<string, RegExp>();

/**
 * True when one of `globs` matches the path: the workspace-relative path when the file is in a folder, and the
 * absolute path (without its leading slash or drive) so `**` patterns also catch files outside any folder.
 */
export function matchesFileGlobs(globs: readonly string[], relativePath: string | undefined, absolutePath: string | undefined): boolean {
  const candidates = [relativePath, absolutePath?.replace(/\\/g, '/').replace(/^(?:[A-Za-z]:)?\/+/, '')]
    .filter((p): p is string => !!p);
  return globs.some((g) => {
    let re = cache.get(g);
    if (!re) { re = globToRegExp(g); cache.set(g, re); }
    return candidates.some((p) => re.test(p));
  });
}

/**
 * True when front matter says `type: postmortem` (or `post-mortem`), or the first heading names a postmortem; in a
 * document quoted whole in a ```` ```markdown ```` fence, the first heading inside it. Headings in code blocks do not count.
 */
export function looksLikePostmortem(headText: string): boolean {
  const lines = headText.split(/\r?\n/, HEAD_LINES);
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    for (i = 1; i < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[i]); i++) {
      if (/^type\s*:\s*["']?post[- ]?mortem["']?\s*(?:#.*)?$/i.test(lines[i].trim())) return true;
    }
    i++;
  }
  while (i < lines.length && lines[i].trim() === '') i++;
  // a postmortem quoted whole in a ```markdown fence is read inside it, as the core reads it (PM020)
  if (i < lines.length && quotesWhole(lines, i)) i++;
  // the run of the open code block (```` ``` ````), or undefined
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    const opened = openingFence(line);
    if (opened) { fence = opened.run; continue; }
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?[ \t#]*$/.exec(line);
    if (atx) return HEADING_WORDS.test(atx[1] ?? '');
    const next = lines[i + 1];
    if (line.trim() && next !== undefined && /^ {0,3}(?:=+|-+)\s*$/.test(next) && !/^\s*[-*+]\s/.test(line)) {
      return HEADING_WORDS.test(line);
    }
  }
  return false;
}

/**
 * True when line `open` of the head opens a fence that quotes the whole document: its info string names Markdown (a
 * bare fence or ```` ```bash ```` holds code, `# comments` and all), and, when the head is the whole document, its last
 * line closes the fence or no line does (see `quotingFence`): a Markdown example with text after it is no quote.
 */
function quotesWhole(lines: readonly string[], open: number): boolean {
  const opening = markdownOpening(lines[open]);
  if (!opening || opening.info === '') return false;
  // the document's end is past the head: the fence is taken to run to it
  if (lines.length >= HEAD_LINES) return true;
  return quoteEnd(lines, open, opening.run) !== undefined;
}

/** What decides whether a document is checked. */
export interface PostmortemFileQuery {
  languageId: string;
  relativePath?: string;
  absolutePath?: string;
  /** The first lines of the document (at least HEAD_LINES of them when it has that many). */
  headText?: string;
  /** Instead of `headText`: whether the first lines say postmortem, asked only when the path does not decide. */
  byContent?: () => boolean;
  /** Turned on by "Validate This File". */
  forced: boolean;
}

/** True when the document should get postmortem diagnostics. */
export function isPostmortemFile(q: PostmortemFileQuery, globs: readonly string[]): boolean {
  if (q.languageId !== 'markdown') return false;
  return q.forced || matchesFileGlobs(globs, q.relativePath, q.absolutePath) || (q.byContent ? q.byContent() : looksLikePostmortem(q.headText ?? ''));
}
