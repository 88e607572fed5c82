/** Postmortem: Open Preview / Open Preview to the Side. */
import * as vscode from 'vscode';
import type { PreviewManager } from './previewManager';

/** The document a command acts on: the URI it was given (menus pass one), the active editor's, or the active preview's. */
export function targetDocument(manager: PreviewManager, uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor.document.uri;
  return manager.activePreviewDocument();
}

/** Registers both preview commands. */
export function registerShowPreviewCommands(manager: PreviewManager): vscode.Disposable[] {
  const open = (toSide: boolean) => (uri?: unknown): void => {
    const target = targetDocument(manager, uri);
    if (!target) {
      void vscode.window.showInformationMessage('Open a Markdown postmortem to preview it.');
      return;
    }
    if (toSide) manager.show(target, vscode.ViewColumn.Beside, true);
    else manager.show(target, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active, false);
  };
  return [
    vscode.commands.registerCommand('postmortem.showPreview', open(false)),
    vscode.commands.registerCommand('postmortem.showPreviewToSide', open(true)),
  ];
}
