/** Authoring: New Postmortem, Insert Timestamp, Add Timeline Entry and completions. */
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics/controller';
import { addTimelineEntry, addTimelineEntryCommandId } from './add-timeline-entry';
import { AuthoringCompletionProvider } from './completion';
import { insertTimestamp, insertTimestampCommandId } from './insert-timestamp';
import { newPostmortem, newPostmortemCommandId } from './new-postmortem';

/** Registers the authoring commands and providers; every disposable goes to `context.subscriptions`. */
export function registerAuthoring(context: vscode.ExtensionContext, diagnostics?: Pick<DiagnosticsController, 'lastResult' | 'client'>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(newPostmortemCommandId, newPostmortem),
    vscode.commands.registerCommand(insertTimestampCommandId, () => insertTimestamp(undefined, diagnostics?.client)),
    vscode.commands.registerCommand(addTimelineEntryCommandId, () => addTimelineEntry(undefined, diagnostics?.client)),
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new AuthoringCompletionProvider(diagnostics), ':'),
  );
}
