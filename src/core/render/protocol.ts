/**
 * The one message contract between the preview webview and the extension, imported by both sides.
 * Every message is a discriminated union member keyed by `type`; `isFromWebview` checks what arrives.
 */

/** The webview panel's view type (also the serializer's key). */
export const PREVIEW_VIEW_TYPE = 'postmortem.preview';

/** What the webview keeps with `setState` to come back after a reload. */
export interface PreviewState {
  /** The document shown, as a URI string. */
  uri: string;
  /** Source line at the top of the view, for scroll keeping. */
  line?: number;
  /** Document version of the content the page was built with. */
  version?: number;
}

/** Extension → webview. */
export type ToWebview =
  /** New report content for `#pm-content`; `version` is the document version it was rendered from. */
  | { type: 'update'; uri: string; version: number; html: string }
  /** The editor scrolled: bring this source line to the top. */
  | { type: 'scrollToLine'; line: number };

/** Webview → extension. */
export type FromWebview =
  /** The script is running and listens; `version` is the document version of the content the page shows. */
  | { type: 'ready'; version?: number }
  /** The user clicked something tied to a source line: reveal it in the editor. */
  | { type: 'revealLine'; line: number }
  /** The user scrolled the preview; `line` is the source line now at its top. */
  | { type: 'didScroll'; line: number }
  /** The user clicked a link in the body. */
  | { type: 'openLink'; href: string }
  /** Content of `version` is now on screen; the header's title and duration as displayed. */
  | { type: 'rendered'; version: number; title: string; duration: string };

const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Whether `value` is a well-formed message from the webview (it is checked before it is acted on). */
export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return m.version === undefined || typeof m.version === 'number';
    case 'revealLine':
    case 'didScroll':
      return isLine(m.line);
    case 'openLink':
      return typeof m.href === 'string';
    case 'rendered':
      return typeof m.version === 'number' && typeof m.title === 'string' && typeof m.duration === 'string';
    default:
      return false;
  }
}

/** Whether `value` is a well-formed message from the extension. */
export function isToWebview(value: unknown): value is ToWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'update') return typeof m.html === 'string' && typeof m.uri === 'string' && typeof m.version === 'number';
  if (m.type === 'scrollToLine') return isLine(m.line);
  return false;
}

/** Whether `value` is a state saved by the webview. */
export function isPreviewState(value: unknown): value is PreviewState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.uri === 'string' && (s.line === undefined || isLine(s.line)) && (s.version === undefined || typeof s.version === 'number');
}
