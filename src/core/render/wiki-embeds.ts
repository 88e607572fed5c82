/**
 * Wiki markup that stands for something other than its text, read at one index of a line by the inline renderer
 * (wiki-inline.ts): `!diagram.png!` and `!https://host/x.png|alt=Graph!` images (shown as Markdown images are, through
 * `imageHtml`), emoticons (`(y)`, `(x)`, `:)`) as their Unicode symbol, and bare `https://` URLs as links. Every URL
 * passes `isSafeLink`; no parameter of an image (`width=`, `thumbnail`) reaches the HTML but its escaped `alt`.
 */
import { isImageTarget } from '../model/wiki';
import { imageHtml, isSafeLink, normalizeLink, type BodyOptions } from './body';
import { escapeHtml } from './escape';

/** What an embed renders to, and the index of its last character in the line. */
export interface Embed {
  html: string;
  text: string;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Jira's emoticons: the Unicode symbol each is shown as, and its label for screen readers. */
const EMOTICONS: Record<string, [symbol: string, label: string]> = {
  ':)': ['🙂', 'smile'], ':(': ['🙁', 'sad'], '(y)': ['👍', 'yes'], '(n)': ['👎', 'no'],
  '(i)': ['ℹ️', 'information'], '(/)': ['✅', 'done'], '(x)': ['❌', 'error'], '(!)': ['⚠️', 'warning'],
  '(?)': ['❓', 'question'], '(on)': ['💡', 'light on'], '(off)': ['💡', 'light off'], '(*)': ['⭐', 'star'],
};
/** The longest emoticon, `(off)`. */
const EMOTICON_MAX = 5;

/** A bare URL from `http://` or `https://` up to a blank or a character that cannot be in one unescaped (2 KB at most). */
const BARE_URL = /https?:\/\/[^\s<>"|[\]{}`]{1,2048}/iy;
/** Punctuation that ends a sentence rather than a URL (`see https://x.example/1.`), as GitHub trims it. */
const TRAILING = '.,:;!?\'"*_~';

/**
 * The emoticon at `i`, if any: one in parentheses at a word's edge (`f(x)` holds none), `:)` and `:(` after a blank or
 * the run's start (`a:)` holds none).
 */
export function emoticon(s: string, i: number, from: number, to: number): Embed | undefined {
  // looked for within the longest emoticon only, so a line of many `(` is read in linear time
  const length = s[i] === '(' ? s.slice(i, Math.min(to, i + EMOTICON_MAX)).indexOf(')') + 1 : 2;
  const close = i + length - 1;
  if (length <= 0 || close >= to) return undefined;
  const face = EMOTICONS[s.slice(i, close + 1)];
  if (!face) return undefined;
  const before = i === from ? '' : s[i - 1];
  if (s[i] === ':' ? before !== '' && !SPACE.test(before) : WORD.test(before)) return undefined;
  if (close + 1 < to && WORD.test(s[close + 1])) return undefined;
  const off = face[1] === 'light off' ? ' pm-emoticon-off' : '';
  return { html: `<span class="pm-emoticon${off}" role="img" aria-label="${face[1]}">${face[0]}</span>`, text: '', end: close };
}

/**
 * The bare `http(s)://` URL at `i` (not in a word: `xhttps://` holds none), as a link; sentence punctuation after it
 * and a `)` it does not open are left out (`(see https://x.example/a)`).
 */
export function bareUrl(s: string, i: number, from: number, to: number, roots: readonly string[]): Embed | undefined {
  if (i > from && WORD.test(s[i - 1])) return undefined;
  BARE_URL.lastIndex = i;
  const match = BARE_URL.exec(s);
  if (!match) return undefined;
  const found = match[0].slice(0, to - i);
  let unopened = 0;
  for (const c of found) unopened += c === ')' ? 1 : c === '(' ? -1 : 0;
  let end = found.length;
  for (; end > 0; end--) {
    const last = found[end - 1];
    if (last === ')' && unopened > 0) unopened--;
    else if (!TRAILING.includes(last)) break;
  }
  const url = found.slice(0, end);
  if (!/:\/\/./.test(url) || !isSafeLink(url, roots)) return undefined;
  return { html: `<a href="${escapeHtml(normalizeLink(url))}">${escapeHtml(url)}</a>`, text: url, end: i + url.length - 1 };
}

/**
 * `!target!` or `!target|alt=Graph,width=300!` from `i` to its closing `!` at `end` (-1: none), an image when the `!`
 * is at a word's edge, the target is an image file or an `http(s)` URL and passes `isSafeLink`; else undefined (the
 * marks stay text).
 */
export function image(s: string, i: number, end: number, from: number, options: BodyOptions): Embed | undefined {
  if (end < 0 || (i > from && (WORD.test(s[i - 1]) || s[i - 1] === '!'))) return undefined;
  if (SPACE.test(s[i + 1]) || SPACE.test(s[end - 1]) || end === i + 1) return undefined;
  const content = s.slice(i + 1, end);
  const bar = content.indexOf('|');
  const target = (bar < 0 ? content : content.slice(0, bar)).trim();
  if (!isImageTarget(target) || !isSafeLink(target, options.workspaceRoots)) return undefined;
  const alt = bar < 0 ? '' : altOf(content.slice(bar + 1));
  return { html: imageHtml(normalizeLink(target), alt, options.mode), text: alt, end };
}

/** The `alt` of an image's parameters (`thumbnail`, `alt="Error rate", width=300`), without quotes; '' when none. */
function altOf(params: string): string {
  for (const param of params.split(',')) {
    const eq = param.indexOf('=');
    if (eq > 0 && param.slice(0, eq).trim().toLowerCase() === 'alt') return param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return '';
}
