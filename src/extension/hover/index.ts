// Wires the timestamp hover.
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics/controller';
import { TimeHoverProvider } from './provider';

/** Registers the timestamp hover for Markdown postmortems. */
export function registerHover(context: vscode.ExtensionContext, diagnostics: DiagnosticsController): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'markdown' }, new TimeHoverProvider(diagnostics)));
}
