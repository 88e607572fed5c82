/**
 * Keeps at most one preview panel per document, moves the most recent panel along when another postmortem
 * editor becomes active, syncs scrolling both ways, reveals clicked lines and restores panels after a reload.
 */
import * as vscode from 'vscode';
import { isPreviewState, PREVIEW_VIEW_TYPE, type FromWebview } from '../../core/render/protocol';
import { PreviewPanel, type PanelHost, type PanelSnapshot } from './previewPanel';
import type { ReportSource } from './reportSource';

// a scroll caused by the other side is not echoed back within this time
const ECHO_MS = 300;

/** Decides whether an editor's document is one the preview follows. */
export type FollowPredicate = (document: vscode.TextDocument) => boolean;

/** The preview panels of the window. */
export class PreviewManager implements PanelHost, vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private mostRecent?: PreviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly ignoreEditorScrollUntil = new Map<string, number>();

  /** `optionsChanged` fires when the check options may have changed (settings, `.postmortem.json`). */
  constructor(readonly extensionUri: vscode.Uri, readonly source: ReportSource, private readonly follows: FollowPredicate, optionsChanged: vscode.Event<void>) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.panels.get(e.document.uri.toString())?.requestUpdate()),
      optionsChanged(() => this.panels.forEach((p) => p.requestUpdate())),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.editorScrolled(e)),
    );
  }

  /** Shows the preview of `uri`, creating the panel or revealing the existing one. */
  show(uri: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): PreviewPanel {
    const existing = this.panels.get(uri.toString());
    if (existing) {
      existing.panel.reveal(column, preserveFocus);
      this.mostRecent = existing;
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus },
      { ...PreviewPanel.webviewOptions(this.extensionUri), retainContextWhenHidden: false });
    return this.adopt(panel, uri);
  }

  /** The panel showing `uri`, or the most recently used one. */
  panelFor(uri?: vscode.Uri): PreviewPanel | undefined {
    return uri ? this.panels.get(uri.toString()) : this.mostRecent;
  }

  /** What the panel of `uri` (or the most recent) last sent and displayed; for the integration tests. */
  inspect(uri?: vscode.Uri): PanelSnapshot | undefined {
    return this.panelFor(uri)?.snapshot();
  }

  /** The document of the active preview panel, if a preview has the focus. */
  activePreviewDocument(): vscode.Uri | undefined {
    for (const p of this.panels.values()) if (p.panel.active) return p.uri;
    return undefined;
  }

  /** Restores a panel after a window reload. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state) || !state.uri) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.uri);
    const other = this.panels.get(uri.toString());
    if (other) {
      // one panel per document: keep the one already there
      panel.dispose();
      return;
    }
    this.adopt(panel, uri);
  }

  onMessage(panel: PreviewPanel, message: FromWebview): void {
    this.mostRecent = panel;
    switch (message.type) {
      case 'revealLine':
        void this.revealLine(panel.uri, message.line);
        break;
      case 'didScroll':
        this.scrollEditors(panel.uri, message.line);
        break;
      case 'openLink':
        void this.openLink(panel.uri, message.href);
        break;
    }
  }

  onDispose(panel: PreviewPanel): void {
    for (const [key, p] of this.panels) if (p === panel) this.panels.delete(key);
    if (this.mostRecent === panel) this.mostRecent = [...this.panels.values()].pop();
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    [...this.panels.values()].forEach((p) => p.dispose());
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): PreviewPanel {
    const preview = new PreviewPanel(panel, uri, this);
    this.panels.set(uri.toString(), preview);
    this.mostRecent = preview;
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.mostRecent = preview;
    });
    return preview;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const panel = this.mostRecent;
    if (!editor || !panel || !this.follows(editor.document)) return;
    const key = editor.document.uri.toString();
    if (this.panels.has(key)) return;
    this.panels.delete(panel.uri.toString());
    this.panels.set(key, panel);
    panel.setDocument(editor.document.uri);
  }

  private editorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    const key = e.textEditor.document.uri.toString();
    const panel = this.panels.get(key);
    if (!panel || e.visibleRanges.length === 0) return;
    if (Date.now() < (this.ignoreEditorScrollUntil.get(key) ?? 0)) return;
    panel.post({ type: 'scrollToLine', line: e.visibleRanges[0].start.line + 1 });
  }

  private scrollEditors(uri: vscode.Uri, line: number): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString());
    if (editors.length === 0) return;
    this.ignoreEditorScrollUntil.set(uri.toString(), Date.now() + ECHO_MS);
    const at = new vscode.Range(line - 1, 0, line - 1, 0);
    editors.forEach((e) => e.revealRange(at, vscode.TextEditorRevealType.AtTop));
  }

  private async revealLine(uri: vscode.Uri, line: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const position = document.lineAt(Math.min(line, document.lineCount) - 1).range.start;
    const selection = new vscode.Selection(position, position);
    await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection, preserveFocus: false });
  }

  private async openLink(base: vscode.Uri, href: string): Promise<void> {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1].toLowerCase();
    if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    if (scheme !== undefined && scheme !== 'file') return;
    const [path, fragment] = href.split('#', 2);
    let target = scheme === 'file' ? vscode.Uri.parse(path, true) : vscode.Uri.joinPath(base, '..', decodeURIComponent(path));
    if (fragment) target = target.with({ fragment });
    await vscode.commands.executeCommand('vscode.open', target);
  }
}
