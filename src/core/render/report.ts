/**
 * The report: one pure function from an analysed document to HTML, shared by the preview, the HTML export and
 * the CLI. Document text only ever reaches the output escaped or through the locked-down Markdown renderer.
 */
import type { Analysis } from '../analysis/types';
import { scannedLinesOf } from '../model/parse';
import type { PostmortemModel } from '../model/types';
import type { Finding } from '../types';
import { renderActionItems } from './actions';
import { blankLines, renderWholeBody } from './body';
import { renderBodyCached, type BodyCache } from './bodyCache';
import { escapeHtml, jsonAttribute } from './escape';
import { renderFindings } from './findings';
import { renderHeader, reportTitle } from './header';
import type { PreviewState } from './protocol';
import { REPORT_CSS } from './styles';
import { renderTimeline } from './timeline';
import { renderWikiBody } from './wiki-body';

/** What is rendered. */
export interface RenderInput {
  analysis: Analysis;
  findings: Finding[];
  /** The document text (for the body). */
  text: string;
}

/** How it is rendered. */
export interface RenderOptions {
  /** `webview`: for the preview panel (CSP with nonce, our script); `export`: a self-contained file, no script. */
  mode: 'webview' | 'export';
  /** Webview: the nonce of our one script and style block (required). */
  nonce?: string;
  /** Webview: `webview.cspSource`. */
  cspSource?: string;
  /** Webview: URI of the preview script `dist/webview/preview.js` (required). */
  scriptUri?: string;
  /** Name of the document file, for the title when the document has none. */
  fileName?: string;
  /** `file:` links are kept only inside these folders. */
  workspaceRoots?: string[];
  /** Webview: initial state handed to the script in `data-state`. */
  state?: PreviewState;
  /** Export: a line for the footer (e.g. when and from what it was generated). */
  footer?: string;
  /** Live previews: reuse the HTML of unchanged sections of the body between renders. */
  bodyCache?: BodyCache;
}

/** The report's content: header, timeline, action items, findings and body (what `#pm-content` holds). */
export function renderReportContent(input: RenderInput, options: RenderOptions): string {
  const { analysis, findings, text } = input;
  const fm = analysis.model.frontMatter;
  let bodyText = fm ? blankLines(text, fm.range.start.line, fm.range.end.line) : text;
  // A postmortem quoted whole in a code fence shows as the Markdown it quotes, as it is read (PM020 says so).
  const quoting = analysis.model.quotingFence;
  if (quoting) {
    bodyText = blankLines(bodyText, quoting.open, quoting.open);
    if (quoting.close !== undefined) bodyText = blankLines(bodyText, quoting.close, quoting.close);
  }
  return [
    renderHeader(analysis, options.fileName),
    renderFindings(findings),
    renderTimeline(analysis),
    renderActionItems(analysis.actionItems),
    `<article class="pm-body" id="pm-body">${renderBodyHtml(analysis.model, bodyText, options)}</article>`,
  ].join('\n');
}

function renderBodyHtml(model: PostmortemModel, text: string, options: RenderOptions): string {
  const bodyOptions = { mode: options.mode, workspaceRoots: options.workspaceRoots };
  // wiki markup is rendered from the model's reading of its lines, whole (it is seldom long)
  if (model.wikiMarkup) return renderWikiBody(model.lines, scannedLinesOf(model), bodyOptions);
  return options.bodyCache ? renderBodyCached(text, bodyOptions, options.bodyCache) : renderWholeBody(text, bodyOptions);
}

/** Builds the Content-Security-Policy of the page. */
export function contentSecurityPolicy(options: RenderOptions): string {
  if (options.mode === 'export') {
    // no script at all; the inline style block; images only from next to the file
    return "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' file:; base-uri 'none'; form-action 'none'";
  }
  const source = options.cspSource ? `${options.cspSource} ` : '';
  return `default-src 'none'; style-src ${source}'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}'; ` +
    `img-src ${source.trim() || "'none'"}; font-src ${source.trim() || "'none'"}; base-uri 'none'; form-action 'none'`;
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,}$/;

/** Renders the whole HTML page of the report. */
export function renderReport(input: RenderInput, options: RenderOptions): string {
  const webview = options.mode === 'webview';
  if (webview && (!options.nonce || !NONCE.test(options.nonce) || !options.scriptUri)) {
    throw new Error('a webview report needs a nonce of at least 16 base64 characters and the script URI');
  }
  const nonce = webview ? ` nonce="${options.nonce}"` : '';
  const title = reportTitle(input.analysis, options.fileName);
  const footer = !webview && options.footer ? `<footer class="pm-footer">${escapeHtml(options.footer)}</footer>` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="en"${webview ? '' : ' class="pm-export"'}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style${nonce}>${REPORT_CSS}</style>`,
    '</head>',
    `<body${webview ? ` data-state="${jsonAttribute(options.state ?? null)}"` : ''}>`,
    `<main id="pm-content">${renderReportContent(input, options)}</main>`,
    footer,
    webview ? `<script${nonce} src="${escapeHtml(options.scriptUri as string)}"></script>` : '',
    '</body>',
    '</html>',
  ].join('\n');
}
