/**
 * One preview panel: shows the report of one document at a time, re-rendered (debounced) as it changes,
 * with the content swapped by message so the page keeps its scroll position.
 */
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/render';
import { isFromWebview, type FromWebview, type ToWebview } from '../../core/render/protocol';
import { AbandonedCheck } from '../lint/client';
import type { WorkerRenderOptions } from '../lint/protocol';
import { makeNonce } from './nonce';
import type { ReportSource } from './reportSource';
import { RenderScheduler } from './scheduler';

/** What the panel needs from the manager. */
export interface PanelHost {
  readonly extensionUri: vscode.Uri;
  readonly source: ReportSource;
  onMessage(panel: PreviewPanel, message: FromWebview): void;
  onDispose(panel: PreviewPanel): void;
}

/** The last content sent and the last the webview said it displayed (read by the inspect hook). */
export interface PanelSnapshot {
  uri: string;
  title: string;
  sent?: { version: number; html: string };
  seen?: { version: number; title: string; duration: string };
}

const RENDER_DELAY_MS = 250;

/** The base name of a URI's path. */
export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}

/** A webview panel showing the report of `uri`. */
export class PreviewPanel {
  private static panels = 0;
  /** Tells this panel's render requests from another panel's (a newer one replaces an older one). */
  private readonly id = ++PreviewPanel.panels;
  private readonly scheduler: RenderScheduler;
  private readonly subscriptions: vscode.Disposable[] = [];
  private sent?: { version: number; html: string };
  private seen?: { version: number; title: string; duration: string };
  private disposed = false;
  /** True while the page HTML is the latest content (no update sent since it was built). */
  private pageIsLatest = false;
  private runs = 0;

  constructor(readonly panel: vscode.WebviewPanel, private uriValue: vscode.Uri, private readonly host: PanelHost) {
    panel.webview.options = PreviewPanel.webviewOptions(host.extensionUri);
    this.scheduler = new RenderScheduler(() => void this.update(), RENDER_DELAY_MS);
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((m) => isFromWebview(m) && this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.setTitle();
    void this.loadPage();
  }

  /** Script on; resources only from our built webview assets. */
  static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
  }

  /** The document shown. */
  get uri(): vscode.Uri {
    return this.uriValue;
  }

  /** Shows another document in this panel (when following the active editor). */
  setDocument(uri: vscode.Uri): void {
    if (uri.toString() === this.uriValue.toString()) return;
    this.uriValue = uri;
    this.sent = undefined;
    this.setTitle();
    void this.loadPage();
  }

  /** Asks for a debounced re-render. */
  requestUpdate(): void {
    this.scheduler.request();
  }

  /** Sends a message to the webview. */
  post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  /** What was sent and seen, for the test hook. */
  snapshot(): PanelSnapshot {
    return { uri: this.uriValue.toString(), title: this.panel.title, sent: this.sent, seen: this.seen };
  }

  /** Renders the document now and sends the new content. */
  async update(): Promise<void> {
    // a render that finishes after a newer one started is dropped
    const run = ++this.runs;
    const document = await this.document();
    if (!document || this.disposed) return;
    const html = await this.render(document, this.renderOptions(document), 'content');
    if (html === undefined || run !== this.runs || this.disposed) return;
    this.sent = { version: document.version, html };
    this.pageIsLatest = false;
    this.post({ type: 'update', uri: document.uri.toString(), version: document.version, html });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.scheduler.dispose();
    this.subscriptions.forEach((d) => d.dispose());
    this.host.onDispose(this);
    this.panel.dispose();
  }

  private onMessage(message: FromWebview): void {
    // a page rebuilt from stale HTML (shown again after being hidden, or restored) gets fresh content
    if (message.type === 'ready' && !this.showsCurrentVersion(message.version)) void this.update();
    else if (message.type === 'rendered') this.seen = { version: message.version, title: message.title, duration: message.duration };
    this.host.onMessage(this, message);
  }

  /** Whether a page that reports `version` shows what a render now would (nothing was sent since it was built). */
  private showsCurrentVersion(version: number | undefined): boolean {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uriValue.toString());
    return this.pageIsLatest && version !== undefined && document?.version === version;
  }

  private setTitle(): void {
    this.panel.title = `Preview: ${fileNameOf(this.uriValue)}`;
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    try {
      return await vscode.workspace.openTextDocument(this.uriValue);
    } catch {
      return undefined;
    }
  }

  private renderOptions(document: vscode.TextDocument): WorkerRenderOptions {
    const roots = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.toString());
    return { mode: 'webview', fileName: fileNameOf(document.uri), workspaceRoots: roots };
  }

  /**
   * The report's HTML, or undefined when a newer request of this panel replaced this one. A failure is shown in
   * the panel rather than lost.
   */
  private async render(document: vscode.TextDocument, options: WorkerRenderOptions, part: 'content' | 'page'): Promise<string | undefined> {
    try {
      return await this.host.source.render(document, options, part, `preview:${this.id}:${part}`);
    } catch (e) {
      if (e instanceof AbandonedCheck) return undefined;
      const message = `The report could not be rendered: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
      return part === 'content' ? `<p class="pm-chip-error">${escapeHtml(message)}</p>` : `<!DOCTYPE html><html><body><p>${escapeHtml(message)}</p></body></html>`;
    }
  }

  private async loadPage(): Promise<void> {
    const document = await this.document();
    if (this.disposed) return;
    const webview = this.panel.webview;
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'dist', 'webview', 'preview.js'));
    if (!document) {
      this.panel.webview.html = `<!DOCTYPE html><html><body><p>Cannot open ${fileNameOf(this.uriValue).replace(/[<>&"']/g, '')}.</p></body></html>`;
      return;
    }
    const options: WorkerRenderOptions = {
      ...this.renderOptions(document), nonce: makeNonce(), cspSource: webview.cspSource, scriptUri: script.toString(),
      state: { uri: document.uri.toString(), version: document.version },
    };
    this.pageIsLatest = true;
    const html = await this.render(document, options, 'page');
    if (html === undefined || this.disposed) return;
    webview.html = html;
  }
}
