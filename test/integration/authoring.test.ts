import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from './helpers';

type Answer = string | undefined | { accept: 'default' };
const window = vscode.window as unknown as Record<string, unknown>;

/** Answers the next quick picks and input boxes in order (a label, a typed value, the default, or cancel). */
function answer(answers: Answer[]): { asked: string[]; restore(): void } {
  const original = { showQuickPick: window.showQuickPick, showInputBox: window.showInputBox, showErrorMessage: window.showErrorMessage };
  const asked: string[] = [];
  const next = (): Answer => {
    if (answers.length === 0) throw new Error(`an unexpected prompt after ${asked.join(', ')}`);
    return answers.shift();
  };
  window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
    asked.push(options?.title ?? 'quick pick');
    const a = next();
    if (a === undefined) return undefined;
    const found = (await items).find((i) => i.label === a);
    if (!found) throw new Error(`no item ${String(a)} in ${(await items).map((i) => i.label).join(', ')}`);
    return found;
  };
  window.showInputBox = async (options?: vscode.InputBoxOptions) => {
    asked.push(options?.title ?? 'input box');
    const a = next();
    if (a === undefined) return undefined;
    const value = typeof a === 'string' ? a : options?.value ?? '';
    const invalid = await options?.validateInput?.(value);
    if (invalid) throw new Error(`the input box refused ${JSON.stringify(value)}: ${JSON.stringify(invalid)}`);
    return value;
  };
  window.showErrorMessage = async (message: string) => { asked.push(`error: ${message}`); return undefined; };
  return { asked, restore: () => Object.assign(window, original) };
}

async function run(answers: Answer[]): Promise<{ uri: vscode.Uri | undefined; asked: string[] }> {
  const stub = answer(answers);
  try {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem');
    return { uri, asked: stub.asked };
  } finally {
    stub.restore();
  }
}

const folder = () => path.join(workspaceUri().fsPath, 'postmortems');
const listing = () => (fs.existsSync(folder()) ? fs.readdirSync(folder()).sort() : []);

describe('authoring: New Postmortem in the real editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes postmortems/YYYY-MM-DD-slug.md from a template and puts the cursor on the first blank', async () => {
    const { uri, asked } = await run(['Google SRE', 'Checkout API returned 500s', 'SEV2', '2026-03-12 14:02 UTC']);
    assert.deepStrictEqual(asked, ['New Postmortem (1/4): template', 'New Postmortem (2/4): title', 'New Postmortem (3/4): severity', 'New Postmortem (4/4): incident start']);
    assert.ok(uri);
    assert.strictEqual(path.relative(workspaceUri().fsPath, uri.fsPath), path.join('postmortems', '2026-03-12-checkout-api-returned-500s.md'));
    // the document is saved right after the snippet is inserted: wait for the write to land
    await waitFor(() => fs.readFileSync(uri.fsPath, 'utf8').startsWith('---\ntitle: Checkout'), 5000, 'the file on disk');
    const onDisk = fs.readFileSync(uri.fsPath, 'utf8');
    assert.match(onDisk, /^---\ntitle: Checkout API returned 500s\ndate: 2026-03-12\nseverity: SEV2\n/);
    assert.match(onDisk, /\n# Checkout API returned 500s\n/);
    assert.match(onDisk, /\n- 2026-03-12 14:02 UTC <the incident starts>\n/);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    assert.strictEqual(editor.document.getText(), onDisk, 'the editor shows what is on disk');
    // saved: the extension host hears of the new state a moment after the save resolves
    await waitFor(() => !editor.document.isDirty, 5000, 'the document to be saved');
    // the first blank is the author (no postmortem.author setting in the test workspace)
    const firstBlank = onDisk.indexOf('<author>');
    assert.deepStrictEqual(editor.selection, new vscode.Selection(editor.document.positionAt(firstBlank), editor.document.positionAt(firstBlank + '<author>'.length)));
    // Tab goes on through the blanks in order: the end, the author on the **Authors:** line, the summary
    const visited: string[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      visited.push(editor.document.lineAt(editor.selection.start.line).text);
    }
    assert.deepStrictEqual(visited, ['end: <end time>', '**Authors:** <author>', '<what happened, in two or three sentences>']);
    assert.strictEqual(editor.document.getText(editor.selection), '<what happened, in two or three sentences>');
  });

  it('never overwrites: an existing name gets -2, then -3', async () => {
    const existing = path.join(folder(), '2026-04-01-disk-full-on-db-3.md');
    fs.writeFileSync(existing, 'written by hand\n');
    const answers = (): Answer[] => ['Incident summary', 'Disk full on db-3', 'SEV3', '2026-04-01 09:30 UTC'];
    const second = await run(answers());
    const third = await run(answers());
    assert.deepStrictEqual([second, third].map((r) => path.basename(r.uri!.fsPath)), ['2026-04-01-disk-full-on-db-3-2.md', '2026-04-01-disk-full-on-db-3-3.md']);
    assert.strictEqual(fs.readFileSync(existing, 'utf8'), 'written by hand\n');
    assert.match(fs.readFileSync(third.uri!.fsPath, 'utf8'), /^---\ntitle: Disk full on db-3\n/);
  });

  it('with no folder open, opens the postmortem as an unsaved document and writes no file', async () => {
    const before = listing();
    // The window as VS Code has it with no folder open: no workspace folder to write into.
    const workspace = vscode.workspace as unknown as Record<string, unknown>;
    const own = Object.getOwnPropertyDescriptor(workspace, 'workspaceFolders');
    Object.defineProperty(workspace, 'workspaceFolders', { get: () => undefined, configurable: true });
    const folders = (): readonly vscode.WorkspaceFolder[] | undefined => vscode.workspace.workspaceFolders;
    let result: Awaited<ReturnType<typeof run>>;
    try {
      assert.strictEqual(folders(), undefined);
      result = await run(['Google SRE', 'Queue backlog in billing', 'SEV3', '2026-05-02 08:15 UTC']);
    } finally {
      if (own) Object.defineProperty(workspace, 'workspaceFolders', own);
      else delete workspace.workspaceFolders;
    }
    assert.ok(folders()?.length, 'the workspace folders are back');
    const { uri } = result;
    try {
      assert.ok(uri);
      assert.strictEqual(uri.scheme, 'untitled');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      assert.strictEqual(editor.document.uri.toString(), uri.toString());
      assert.strictEqual(editor.document.languageId, 'markdown');
      // unsaved, and closing it asks to save it: its tab is dirty (`TextDocument.isDirty` stays false for an untitled
      // document an extension created and filled)
      assert.ok(editor.document.isUntitled);
      const tab = () => vscode.window.tabGroups.activeTabGroup.activeTab;
      await waitFor(() => tab()?.isDirty === true, 5000, 'the untitled tab to be dirty');
      const input = tab()?.input;
      assert.strictEqual(input instanceof vscode.TabInputText ? input.uri.toString() : input, uri.toString());
      const text = editor.document.getText();
      assert.match(text, /^---\ntitle: Queue backlog in billing\ndate: 2026-05-02\nseverity: SEV3\n/);
      assert.match(text, /\n- 2026-05-02 08:15 UTC <the incident starts>\n/);
      // the tab stops work as in a saved document: the first blank is selected
      assert.strictEqual(editor.document.getText(editor.selection), '<author>');
      assert.deepStrictEqual(listing(), before, 'no file written');
    } finally {
      // closed without a save prompt (Save All in afterEach would ask where to save it)
      if (uri) {
        await vscode.window.showTextDocument(uri);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });

  const steps = ['template', 'title', 'severity', 'start'];
  for (let step = 0; step < steps.length; step++) {
    it(`cancelling at the ${steps[step]} step leaves nothing behind`, async () => {
      const before = listing();
      const documents = vscode.workspace.textDocuments.length;
      const all: Answer[] = ['Classic', 'Cancelled incident', 'SEV1', { accept: 'default' }];
      const answers = all.slice(0, step);
      answers.push(undefined);
      const { uri, asked } = await run(answers);
      assert.strictEqual(uri, undefined);
      assert.strictEqual(asked.length, step + 1);
      assert.deepStrictEqual(listing(), before);
      assert.strictEqual(vscode.window.activeTextEditor, undefined);
      assert.ok(vscode.workspace.textDocuments.length <= documents);
    });
  }

  it('offers workspace templates, read fresh each time, and takes the default start (now)', async () => {
    const dir = path.join(workspaceUri().fsPath, '.postmortem', 'templates');
    fs.writeFileSync(path.join(dir, 'added-later.md'), '---\nname: Added later\ndescription: Written while the editor runs\n---\n# {{title}}\n\n## Summary\n\n<summary>\n');
    let offered: string[] = [];
    const original = window.showQuickPick;
    const stub = answer(['Added later', 'Cache stampede', 'SEV4', { accept: 'default' }]);
    const picking = window.showQuickPick as (...a: unknown[]) => Promise<unknown>;
    window.showQuickPick = async (items: Thenable<vscode.QuickPickItem[]> | vscode.QuickPickItem[], options: vscode.QuickPickOptions) => {
      if (offered.length === 0) offered = (await items).map((i) => i.label);
      return picking(items, options);
    };
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem');
      assert.deepStrictEqual(offered, ['Classic', 'Google SRE', 'PagerDuty', 'Incident summary', 'Added later', 'Team review']);
      const today = new Date().toISOString().slice(0, 10);
      assert.strictEqual(path.basename(uri.fsPath), `${today}-cache-stampede.md`);
      assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), '# Cache stampede\n\n## Summary\n\n<summary>\n');
      assert.strictEqual(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '<summary>');
    } finally {
      stub.restore();
      window.showQuickPick = original;
      fs.rmSync(path.join(dir, 'added-later.md'));
    }
  });

  it('refuses a template with an unknown variable, naming its line, and writes nothing', async () => {
    const dir = path.join(workspaceUri().fsPath, '.postmortem', 'templates');
    fs.writeFileSync(path.join(dir, 'broken.md'), '---\nname: Broken\ndescription: d\n---\n# {{title}}\n\nOwner: {{owner}}\n');
    const before = listing();
    try {
      const { uri, asked } = await run(['Broken', 'Anything', 'SEV5', { accept: 'default' }]);
      assert.strictEqual(uri, undefined);
      assert.match(asked[asked.length - 1], /^error: Template .*broken\.md: unknown variable \{\{owner\}\} on line 7/);
      assert.deepStrictEqual(listing(), before);
    } finally {
      fs.rmSync(path.join(dir, 'broken.md'));
    }
  });

  it('reads a free-text start with a zone and writes the document in that zone', async () => {
    const { uri } = await run(['Team review', 'Login latency', 'SEV2', 'Monday, September 27, 2021 at 3:06 PM EDT']);
    const text = fs.readFileSync(uri!.fsPath, 'utf8');
    assert.strictEqual(path.basename(uri!.fsPath), '2021-09-27-login-latency.md');
    assert.match(text, /^---\ntitle: Login latency\nseverity: SEV2\ntimezone: America\/New_York\n---\n\n# Login latency \(SEV2\)\n\nStarted 2021-09-27 15:06 EDT\.\n/);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri!.toString(), 5000, 'the new document');
  });
});
