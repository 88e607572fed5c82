/** Postmortem: Add Timeline Entry: a new entry for now at its chronological place, cursor on its text. */
import * as vscode from 'vscode';
import { timelineInsertion } from '../../core/templates';
import { toVscodePosition, toVscodeRange } from '../ranges';
import { analyzeDocument, settingZone } from './document-context';

/** The id of the command. */
export const addTimelineEntryCommandId = 'postmortem.addTimelineEntry';

/** Inserts the entry and moves the cursor to where its text goes. */
export async function addTimelineEntry(editor?: vscode.TextEditor): Promise<boolean> {
  const target = editor ?? vscode.window.activeTextEditor;
  if (!target) return false;
  const now = Date.now();
  const { edit, cursor } = timelineInsertion(analyzeDocument(target.document, now), now, settingZone(target.document.uri));
  const done = await target.edit((b) => b.replace(toVscodeRange(edit.range), edit.replacement));
  if (!done) return false;
  const at = toVscodePosition(cursor);
  target.selection = new vscode.Selection(at, at);
  target.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
