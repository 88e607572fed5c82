/**
 * Jira/Confluence wiki inline markup as HTML: `*bold*`, `_italic_`, `-strike-`, `+underline+`, `^super^`, `~sub~`,
 * `??citation??`, `{{monospace}}`, `[text|https://url]` and `[https://url]` links (through `isSafeLink`), `\\` line
 * breaks, `\*` escapes, `{color}` tags dropped and `{status}` lozenges as their title; images, emoticons and bare URLs
 * in wiki-embeds.ts. Every character of the text reaches the output through `escapeHtml`, link targets percent-encoded
 * as markdown-it writes them.
 */
import { isSafeLink, normalizeLink, type BodyOptions } from './body';
import { escapeHtml } from './escape';
import { bareUrl, emoticon, image } from './wiki-embeds';

/** What a run of inline markup renders to: the HTML, and the visible text (for heading slugs). */
export interface InlineOut {
  html: string;
  text: string;
}

/** The tags of the emphasis markers, and a bit each to remember a marker that has no closer. */
const EMPHASIS: Record<string, [tag: string, bit: number]> = {
  '*': ['strong', 1], _: ['em', 2], '-': ['s', 4], '+': ['ins', 8], '^': ['sup', 16], '~': ['sub', 32], '??': ['cite', 64],
};
/** Markers that may open inside a word (`x^2^`, `H~2~O`), where their span holds no blank (`a~b and c~d` holds none). */
const SCRIPTS = new Set(['^', '~']);
const WORD = /[\p{L}\p{N}]/u;
/** What a `\` escapes (`\*` is a star); before anything else it is itself (`C:\Users`). `\\` is a line break. */
const ESCAPED = '\\*_-+{}[]|^~?!#';
const SPACE = /\s/;
/** A link target the preview may open: one with a scheme (judged by `isSafeLink`) or an anchor; `[OPS-1]` is text. */
const LINK_TARGET = /^(?:[a-z][a-z0-9+.-]*:|#)/i;
/** An inline macro tag: `{color:red}`, `{color}`, `{status:colour=Red|title=SEV1}`, `{anchor:start}`. */
const MACRO = /^\{(color|anchor|status)(?::([^{}]*))?\}$/;
/**
 * The longest link and macro tag read, in characters: a `[` or `{` with its closer further on stays text, so a line of
 * thousands of brackets is read in linear time.
 */
const MAX_SPAN = 1000;

/** Renders `line` from `from` to `to` (0-based, end exclusive) as wiki inline markup. */
export function renderWikiInline(line: string, from: number, to: number, options: BodyOptions = { mode: 'webview' }): InlineOut {
  const out: InlineOut = { html: '', text: '' };
  inline(line, from, to, { options, roots: options.workspaceRoots ?? [], links: true }, out);
  return out;
}

interface Context {
  options: BodyOptions;
  roots: readonly string[];
  /** False inside a link's text: links (bare URLs and images, which the preview shows as links) do not nest. */
  links: boolean;
}

function text(out: InlineOut, s: string): void {
  out.html += escapeHtml(s);
  out.text += s;
}

/**
 * Finds `token` in `s`: `at(from, to)` is its index at or after `from` and ending by `to`, else -1. `from` must not
 * go back between calls: the next occurrence is remembered, so a run is searched once, however many openers it has.
 */
function seeker(s: string, token: string): (from: number, to: number) => number {
  let next = -2;
  return (from, to) => {
    if (next !== -1 && next < from) next = s.indexOf(token, from);
    return next >= 0 && next + token.length <= to ? next : -1;
  };
}

/** A seeker of each token that closes a span: `}}`, `}`, `]` and an image's `!`. */
function seekers(s: string): Record<'mono' | 'brace' | 'bracket' | 'bang', (from: number, to: number) => number> {
  return { mono: seeker(s, '}}'), brace: seeker(s, '}'), bracket: seeker(s, ']'), bang: seeker(s, '!') };
}

function inline(s: string, from: number, to: number, ctx: Context, out: InlineOut): void {
  const seek = seekers(s);
  let run = from;
  // markers with no closer left in this run: a line of many lone `*` is searched once, not once per `*`
  let unclosed = 0;
  const flush = (k: number): void => {
    if (k > run) text(out, s.slice(run, k));
  };
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < to && ESCAPED.includes(s[i + 1])) {
      flush(i);
      if (s[i + 1] === '\\') out.html += '<br>';
      else text(out, s[i + 1]);
      run = ++i + 1;
    } else if (c === '{') {
      const end = s[i + 1] === '{' ? monospace(s, i, seek.mono(i + 2, to), out, flush) : macro(s, i, seek.brace(i + 1, Math.min(to, i + MAX_SPAN)), out, flush);
      if (end > i) run = (i = end) + 1;
    } else if (c === '[' && ctx.links) {
      const end = link(s, i, seek.bracket(i + 1, Math.min(to, i + MAX_SPAN)), ctx, out, flush);
      if (end > i) run = (i = end) + 1;
    } else if (c in EMPHASIS || (c === '?' && s[i + 1] === '?')) {
      const marker = c === '?' ? '??' : c;
      const [tag, bit] = EMPHASIS[marker];
      if (!opens(s, i, marker, from, to)) continue;
      // a tight `~x~` closes even after a lone `~` with no closer (`~/.ssh, then H~2~O`)
      let close = SCRIPTS.has(marker) ? tightCloser(s, c, i + 1, to) : -1;
      if (close < 0 && !(unclosed & bit) && (i === from || !WORD.test(s[i - 1]))) {
        close = closer(s, marker, i + marker.length, to);
        if (close < 0) unclosed |= bit;
      }
      if (close < 0) continue;
      flush(i);
      out.html += `<${tag}>`;
      inline(s, i + marker.length, close, ctx, out);
      out.html += `</${tag}>`;
      run = (i = close + marker.length - 1) + 1;
    } else if (c === '(' || c === ':' || (ctx.links && (c === '!' || c === 'h' || c === 'H'))) {
      const found = c === '!' ? image(s, i, seek.bang(i + 1, Math.min(to, i + MAX_SPAN)), from, ctx.options)
        : c === 'h' || c === 'H' ? bareUrl(s, i, from, to, ctx.roots) : emoticon(s, i, from, to);
      if (!found) continue;
      flush(i);
      out.html += found.html;
      out.text += found.text;
      run = (i = found.end) + 1;
    }
  }
  flush(to);
}

/**
 * An emphasis marker opens at `i`: after a blank, punctuation or the run's start (`^` and `~` also in a word), before
 * a non-blank (not `**`, `--`, `???`).
 */
function opens(s: string, i: number, marker: string, from: number, to: number): boolean {
  const next = s[i + marker.length];
  if (i + marker.length >= to || SPACE.test(next) || next === s[i]) return false;
  return i === from || ((SCRIPTS.has(marker) || !WORD.test(s[i - 1])) && s[i - 1] !== s[i]);
}

/** The first `c` after `from` with no blank before it (`x^2^`, `H~2~O`), else -1. */
function tightCloser(s: string, c: string, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    if (s[j] === c) return j;
    if (SPACE.test(s[j])) return -1;
  }
  return -1;
}

/**
 * The first `marker` after `from` that closes: after a non-blank, before a blank, punctuation or the run's end (so
 * `pre-checks` and `snake_case` hold none); markers inside `{{...}}` and `[...]` do not count. -1 when none does.
 */
function closer(s: string, marker: string, from: number, to: number): number {
  const seek = seekers(s);
  for (let j = from; j < to; j++) {
    const ch = s[j];
    if (ch === '\\') j++;
    else if (ch === '{' && s[j + 1] === '{') {
      const end = seek.mono(j + 2, to);
      if (end > 0) j = end + 1;
    } else if (ch === '[') {
      const end = seek.bracket(j + 1, to);
      if (end > 0) j = end;
    } else if (ch === marker[0] && s.startsWith(marker, j) && j > from && !SPACE.test(s[j - 1])) {
      const after = j + marker.length;
      if (after === to || (after < to && !WORD.test(s[after]))) return j;
    }
  }
  return -1;
}

/** `{{code}}` at `i`, closed at `end` (-1: not closed): rendered literally; returns the index of its last `}`, else -1. */
function monospace(s: string, i: number, end: number, out: InlineOut, flush: (k: number) => void): number {
  if (end <= i + 2) return -1;
  flush(i);
  const code = s.slice(i + 2, end);
  out.html += `<code>${escapeHtml(code)}</code>`;
  out.text += code;
  return end + 1;
}

/**
 * A tag from `i` to its `}` at `end` (-1: none): `{color:red}`, `{color}` and `{anchor:x}` are dropped,
 * `{status:...|title=P1}` shows its title; returns `end`, or -1 for any other tag (it stays text).
 */
function macro(s: string, i: number, end: number, out: InlineOut, flush: (k: number) => void): number {
  const tag = end < 0 ? null : MACRO.exec(s.slice(i, end + 1));
  if (!tag) return -1;
  flush(i);
  if (tag[1] === 'status') {
    const title = (tag[2] ?? '').split('|').find((p) => p.startsWith('title='))?.slice(6) ?? '';
    out.html += `<strong>${escapeHtml(title)}</strong>`;
    out.text += title;
  }
  return end;
}

/**
 * `[text|target]` or `[target]` from `i` to its `]` at `end` (-1: none), a link when the target (after the last `|`: the text may hold pipes) has a
 * scheme or is an anchor and passes `isSafeLink`; returns the index of its `]`, else -1 (the brackets stay text).
 */
function link(s: string, i: number, end: number, ctx: Context, out: InlineOut, flush: (k: number) => void): number {
  if (end < 0) return -1;
  // searched in the link only: `lastIndexOf` from `end` would go back to the line's start past every `[key]` before it
  const bar = i + 1 + s.slice(i + 1, end).lastIndexOf('|');
  const hasText = bar > i;
  const target = s.slice(hasText ? bar + 1 : i + 1, end).trim();
  if (!LINK_TARGET.test(target) || !isSafeLink(target, ctx.roots)) return -1;
  flush(i);
  out.html += `<a href="${escapeHtml(normalizeLink(target))}">`;
  if (hasText && bar > i + 1) inline(s, i + 1, bar, { ...ctx, links: false }, out);
  else text(out, target);
  out.html += '</a>';
  return end;
}
