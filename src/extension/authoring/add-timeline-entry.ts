/** Postmortem: Add Timeline Entry: a new entry for now at its chronological place, cursor on its text. */
import * as vscode from 'vscode';
import type { LintClient } from '../lint/client';
import { toVscodePosition, toVscodeRange } from '../ranges';
import { authoringAnswer } from './document-context';

/** The id of the command. */
export const addTimelineEntryCommandId = 'postmortem.addTimelineEntry';

/** Inserts the entry and moves the cursor to where its text goes. */
export async function addTimelineEntry(editor?: vscode.TextEditor, client?: Pick<LintClient, 'authoring'>): Promise<boolean> {
  const target = editor ?? vscode.window.activeTextEditor;
  if (!target) return false;
  const { answer } = await authoringAnswer(target.document, () => undefined, () => ({ kind: 'timelineEntry' }), client);
  if (answer.kind !== 'timelineEntry') return false;
  const { edit, cursor } = answer.insertion;
  const done = await target.edit((b) => b.replace(toVscodeRange(edit.range), edit.replacement));
  if (!done) return false;
  const at = toVscodePosition(cursor);
  target.selection = new vscode.Selection(at, at);
  target.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
