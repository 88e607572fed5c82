/** Authoring: New Postmortem, Insert Timestamp, Add Timeline Entry and completions. */
import * as vscode from 'vscode';
import { newPostmortem, newPostmortemCommandId } from './new-postmortem';

/** Registers the authoring commands and providers; every disposable goes to `context.subscriptions`. */
export function registerAuthoring(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(newPostmortemCommandId, newPostmortem));
}
