/** Postmortem: Insert Timestamp: now, in the document's zone (or UTC) and in the style its times already use. */
import * as vscode from 'vscode';
import type { LintClient } from '../lint/client';
import { fromVscodePosition } from '../ranges';
import { authoringAnswer } from './document-context';

/** The id of the command. */
export const insertTimestampCommandId = 'postmortem.insertTimestamp';

/** Replaces each selection with the current time written like the times nearest to it. */
export async function insertTimestamp(editor?: vscode.TextEditor, client?: Pick<LintClient, 'authoring'>): Promise<boolean> {
  const target = editor ?? vscode.window.activeTextEditor;
  if (!target) return false;
  const { state: selections, answer } = await authoringAnswer(target.document, () => target.selections,
    (s) => ({ kind: 'timestamps', lines: s.map((x) => fromVscodePosition(x.active).line), columns: s.map((x) => fromVscodePosition(x.start.line === x.active.line ? x.start : x.active).column) }), client);
  if (answer.kind !== 'timestamps') return false;
  return target.edit((b) => {
    selections.forEach((s, i) => b.replace(s, answer.texts[i]));
  });
}
