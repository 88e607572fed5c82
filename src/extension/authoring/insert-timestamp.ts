/** Postmortem: Insert Timestamp: now, in the document's zone (or UTC) and in the style its times already use. */
import * as vscode from 'vscode';
import { documentTimestamp } from '../../core/templates';
import { analyzeDocument, settingZone } from './document-context';

/** The id of the command. */
export const insertTimestampCommandId = 'postmortem.insertTimestamp';

/** Replaces each selection with the current time written like the times nearest to it. */
export async function insertTimestamp(editor?: vscode.TextEditor): Promise<boolean> {
  const target = editor ?? vscode.window.activeTextEditor;
  if (!target) return false;
  const now = Date.now();
  const analysis = analyzeDocument(target.document, now);
  const zone = settingZone(target.document.uri);
  return target.edit((b) => {
    for (const s of target.selections) b.replace(s, documentTimestamp(analysis, now, s.active.line + 1, zone).text);
  });
}
