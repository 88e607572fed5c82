import * as vscode from 'vscode';

/** `publisher.name` of the extension under test. */
export const extensionId = 'postmortem-author.postmortem-author';

/** The test workspace: a fresh copy of test/fixtures/workspace for each run. */
export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs a workspace folder');
  return folder.uri;
}

/** Opens a file of the test workspace in an editor. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceUri(), relativePath));
  return vscode.window.showTextDocument(doc);
}

/** Resolves when `predicate` holds for the diagnostics of `uri`; rejects after `ms` with what was there. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, ms = 10_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (predicate(d)) { sub.dispose(); clearTimeout(timer); resolve(d); }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((x) => [x.code, x.message]))}`));
    }, ms);
    check();
  });
}

/** Polls `condition` until it is true or `ms` pass. */
export async function waitFor(condition: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
