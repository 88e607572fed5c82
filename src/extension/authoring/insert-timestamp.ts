/** Postmortem: Insert Timestamp: now, in the document's zone (or UTC) and in the style its times already use. */
import * as vscode from 'vscode';
import type { LintClient } from '../lint/client';
import { authoringAnswer } from './document-context';

/** The id of the command. */
export const insertTimestampCommandId = 'postmortem.insertTimestamp';

/** Replaces each selection with the current time written like the times nearest to it. */
export async function insertTimestamp(editor?: vscode.TextEditor, client?: Pick<LintClient, 'authoring'>): Promise<boolean> {
  const target = editor ?? vscode.window.activeTextEditor;
  if (!target) return false;
  const { state: selections, answer } = await authoringAnswer(target.document, () => target.selections,
    (s) => ({ kind: 'timestamps', lines: s.map((x) => x.active.line + 1), columns: s.map((x) => (x.start.line === x.active.line ? x.start : x.active).character + 1) }), client);
  if (answer.kind !== 'timestamps') return false;
  return target.edit((b) => {
    selections.forEach((s, i) => b.replace(s, answer.texts[i]));
  });
}
