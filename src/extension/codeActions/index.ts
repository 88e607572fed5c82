// Wires quick fixes and `postmortem.fixAll`.
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics/controller';
import { fixAllCommand, PostmortemCodeActions } from './provider';

/** Registers the code action provider for Markdown and the `postmortem.fixAll` command. */
export function registerCodeActions(context: vscode.ExtensionContext, diagnostics: DiagnosticsController): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new PostmortemCodeActions(diagnostics), PostmortemCodeActions.metadata),
    vscode.commands.registerCommand('postmortem.fixAll', () => fixAllCommand(diagnostics)),
  );
}
