/**
 * The preview's script (DOM only). It swaps in new report content without reloading the page, so the scroll
 * position stays; keeps the editor and the preview scrolled together; turns clicks into "reveal this line";
 * and saves its state so the panel comes back after a window reload.
 */
import { isToWebview, type FromWebview, type PreviewState, type ToWebview } from '../core/render/protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('pm-content') as HTMLElement;
const initial = readInitialState();
// a state saved for another document (the panel switched documents) does not apply
const saved = vscode.getState();
let state: PreviewState = saved && saved.uri === initial.uri ? saved : initial;
// a scroll we caused ourselves must not be echoed back to the editor
let ignoreScrollUntil = 0;

function readInitialState(): PreviewState {
  try {
    return JSON.parse(document.body.dataset.state ?? 'null') ?? { uri: '' };
  } catch {
    return { uri: '' };
  }
}

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

/** Body blocks with a source line, in document order. */
function bodyBlocks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('#pm-body [data-line]'));
}

/** The last body block starting at or before `line`. */
function blockForLine(line: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  for (const el of bodyBlocks()) {
    if (Number(el.dataset.line) > line) break;
    best = el;
  }
  return best;
}

function scrollToLine(line: number): void {
  const el = blockForLine(line);
  ignoreScrollUntil = Date.now() + 100;
  if (!el || line <= 1) window.scrollTo(0, 0);
  else window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8);
}

/** The source line of the first body block visible at the top. */
function topLine(): number | undefined {
  for (const el of bodyBlocks()) {
    if (el.getBoundingClientRect().bottom > 0) return Number(el.dataset.line);
  }
  return undefined;
}

function saveState(patch: Partial<PreviewState>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

/** Tells the extension which version is on screen, with the header's title and duration as displayed. */
function postRendered(version: number): void {
  post({
    type: 'rendered',
    version,
    title: document.getElementById('pm-title')?.textContent ?? '',
    duration: document.getElementById('pm-duration')?.textContent ?? '',
  });
}

function onMessage(message: ToWebview): void {
  switch (message.type) {
    case 'update': {
      const y = window.scrollY;
      content.innerHTML = message.html;
      ignoreScrollUntil = Date.now() + 100;
      window.scrollTo(0, y);
      saveState({ uri: message.uri });
      postRendered(message.version);
      break;
    }
    case 'scrollToLine':
      scrollToLine(message.line);
      saveState({ line: message.line });
      break;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWebview(event.data)) onMessage(event.data);
});

let scrollPending = false;
window.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    const line = topLine();
    if (line === undefined) return;
    saveState({ line });
    if (Date.now() > ignoreScrollUntil) post({ type: 'didScroll', line });
  });
});

// a single click reveals these; any other block reveals on double-click (single clicks are for selecting text)
const CLICK_TARGETS = '#pm-title, .pm-when, .pm-tl-entry, .pm-tl-point, .pm-table tbody tr, .pm-chip, .pm-finding, #pm-body h1, #pm-body h2, #pm-body h3, #pm-body h4, #pm-body h5, #pm-body h6';

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest('a[href]');
  if (link) {
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
    } else {
      post({ type: 'openLink', href });
    }
    return;
  }
  const el = target?.closest<HTMLElement>(CLICK_TARGETS);
  if (el?.dataset.line) reveal(el);
});

// a footnote at the report's end reveals its definition (`data-reveal-line`: a line scroll sync does not follow)
document.addEventListener('dblclick', (event) => {
  const el = (event.target as Element | null)?.closest<HTMLElement>('[data-reveal-line], [data-line]');
  if (el) reveal(el);
});

function reveal(el: HTMLElement): void {
  const line = Number(el.dataset.revealLine ?? el.dataset.line);
  if (!Number.isInteger(line) || line < 1) return;
  el.classList.add('pm-flash');
  setTimeout(() => el.classList.remove('pm-flash'), 600);
  post({ type: 'revealLine', line });
}

if (state.line) scrollToLine(state.line);
saveState({});
post({ type: 'ready', version: initial.version });
if (initial.version !== undefined) postRendered(initial.version);
