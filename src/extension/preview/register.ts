/** Wires the preview: panels, their serializer, the preview and export commands, and the inspect hook for tests. */
import * as vscode from 'vscode';
import { check } from '../../core/check';
import { PREVIEW_VIEW_TYPE } from '../../core/render/protocol';
import { parseSettings } from '../../core/schema/settings';
import { HEAD_LINES, isPostmortemFile } from '../diagnostics/match';
import { registerExportCommand } from './exportHtmlCommand';
import { PreviewManager } from './previewManager';
import { checkingSource } from './reportSource';
import { registerShowPreviewCommands } from './showPreviewCommand';

/** Whether the preview follows an editor showing `document`: a Markdown file that is a postmortem. */
function isPostmortem(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const { settings } = parseSettings(vscode.workspace.getConfiguration('postmortem', document.uri));
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0));
  return isPostmortemFile({
    languageId: document.languageId,
    relativePath: vscode.workspace.asRelativePath(document.uri, false),
    absolutePath: document.uri.path,
    headText: head,
    forced: false,
  }, settings.files);
}

/**
 * Registers the preview feature. `postmortem.preview.inspect` (not in `contributes`, used by the integration
 * tests) returns what the panel of a URI, or the most recent panel, last sent and displayed.
 */
export function registerPreview(context: vscode.ExtensionContext): PreviewManager {
  const source = checkingSource(check);
  const manager = new PreviewManager(context.extensionUri, source, isPostmortem);
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    ...registerShowPreviewCommands(manager),
    registerExportCommand(manager, source),
    vscode.commands.registerCommand('postmortem.preview.inspect', (uri?: string) =>
      manager.inspect(uri ? vscode.Uri.parse(uri) : undefined)),
  );
  return manager;
}
