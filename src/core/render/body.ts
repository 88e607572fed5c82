/**
 * The document body as HTML through markdown-it, locked down: raw HTML is shown as text, only http(s), mailto,
 * relative and in-workspace file links survive, and every block carries `data-line` (1-based source line)
 * for click-to-reveal and scroll sync.
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './escape';
import { useFootnotes } from './footnotes';
import { useGitHubExtensions } from './gfm';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** How the body is rendered. */
export interface BodyOptions {
  mode: 'webview' | 'export';
  /** `file:` links are kept only when they point inside one of these folders (paths or `file:` URIs). */
  workspaceRoots?: string[];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Strips what browsers ignore inside a URL scheme (whitespace, control characters) before judging it. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SCHEME.exec(compact)?.[1].toLowerCase();
}

/** Turns a path or `file:` URI into a comparable `/a/b/` prefix. */
function folderKey(root: string): string {
  const path = root.replace(/^file:\/\//i, '').replace(/\\/g, '/');
  return decodeSafe(path).replace(/\/?$/, '/').toLowerCase();
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether a link target may appear in the report. */
export function isSafeLink(url: string, workspaceRoots: readonly string[] = []): boolean {
  const scheme = schemeOf(url);
  if (scheme === undefined) return true;
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return true;
  if (scheme === 'file') {
    const target = folderKey(url);
    if (target.includes('/../')) return false;
    return workspaceRoots.some((root) => target.startsWith(folderKey(root)));
  }
  return false;
}

let normalizer: MarkdownIt | undefined;

/** A link target percent-encoded as markdown-it writes it in an `href`, for links rendered outside markdown-it. */
export function normalizeLink(url: string): string {
  normalizer ??= new MarkdownIt();
  return normalizer.normalizeLink(url);
}

/** GitHub-style heading slug, so `[see](#timeline)` finds its heading. */
export function slug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function addSourceLines(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (!token.block || !token.map || token.nesting < 0 || token.type === 'inline') return;
    token.attrSet('data-line', String(token.map[0] + 1));
    // ids are made unique over the whole body afterwards (uniqueHeadingIds)
    if (token.type === 'heading_open') token.attrSet('id', slug(tokens[i + 1]?.content ?? '') || 'section');
  });
}

/**
 * An image as the report shows it: in an export a local image is loaded; in the preview, which loads nothing from
 * outside its own assets, a local image is a link that opens it and a remote one is named but not loaded (nor in an
 * export). `src` must have passed `isSafeLink` and be percent-encoded (`normalizeLink`).
 */
export function imageHtml(src: string, alt: string, mode: BodyOptions['mode']): string {
  const local = schemeOf(src) === undefined;
  if (mode === 'export' && local) {
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy">`;
  }
  const label = `${alt || 'image'} (${src})`;
  if (mode === 'webview' && local) {
    return `<a class="pm-image" href="${escapeHtml(src)}" title="Open the image">${escapeHtml(label)}</a>`;
  }
  return `<span class="pm-image pm-image-dropped" title="Remote image not loaded">${escapeHtml(label)}</span>`;
}

function imageRule(mode: BodyOptions['mode']) {
  return (tokens: Token[], idx: number): string => {
    const token = tokens[idx];
    return imageHtml(token.attrGet('src') ?? '', token.children?.map((c) => c.content).join('') ?? token.content, mode);
  };
}

/**
 * CommonMark through markdown-it, locked down for the report: raw HTML shown as text, links only through `isSafeLink`,
 * `data-line` and heading ids on blocks, images as `imageHtml` shows them. The body adds GitHub's extensions to it.
 */
export function lockedDownMarkdown(options: BodyOptions): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const roots = options.workspaceRoots ?? [];
  md.validateLink = (url) => isSafeLink(url, roots);
  md.core.ruler.push('pm_source_lines', (state) => {
    addSourceLines(state.tokens);
  });
  md.renderer.rules.image = imageRule(options.mode);
  return md;
}

function createMarkdown(options: BodyOptions): MarkdownIt {
  const md = lockedDownMarkdown(options);
  useGitHubExtensions(md);
  useFootnotes(md);
  return md;
}

const cache = new Map<string, MarkdownIt>();

/**
 * Renders Markdown to HTML. `text` must have its front matter blanked (see `blankLines`) so lines stay aligned.
 */
export function renderBody(text: string, options: BodyOptions): string {
  const key = `${options.mode}\n${(options.workspaceRoots ?? []).join('\n')}`;
  let md = cache.get(key);
  if (!md) {
    md = createMarkdown(options);
    if (cache.size > 8) cache.clear();
    cache.set(key, md);
  }
  return md.render(text);
}

/** Renders the whole body: `renderBody`, with heading ids made unique. */
export function renderWholeBody(text: string, options: BodyOptions): string {
  return uniqueHeadingIds(renderBody(text, options));
}

/** Replaces lines `first..last` (1-based, inclusive) by empty lines, keeping every other line where it was. */
export function blankLines(text: string, first: number, last: number): string {
  const lines = text.split('\n');
  for (let i = first - 1; i < Math.min(last, lines.length); i++) lines[i] = '';
  return lines.join('\n');
}

// a heading inside a footnote carries no line (see footnotes.ts)
const HEADING_ID = /(<h[1-6](?: data-line="\d+")? id=")([^"]*)"/g;

/** Numbers repeated heading ids (`timeline`, `timeline-1`...) across the whole body, as GitHub does. */
export function uniqueHeadingIds(html: string): string {
  const seen = new Map<string, number>();
  return html.replace(HEADING_ID, (_, head: string, id: string) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${head}${n ? `${id}-${n}` : id}"`;
  });
}
