import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionId, openFixture } from './helpers';

describe('foundation: the extension in a real VS Code', () => {
  // the title carries the editor's version, so every test report says which VS Code ran the suite
  it(`runs inside a real editor: VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}, remote ${vscode.env.remoteName ?? 'none'})`, () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.ok(vscode.env.appName.length > 0);
  });

  it('activates when a Markdown file opens', async () => {
    const ext = vscode.extensions.getExtension(extensionId);
    assert.ok(ext, `${extensionId} is not loaded`);
    await openFixture('notes.md');
    const deadline = Date.now() + 10_000;
    while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(ext.isActive, 'the extension did not activate on a Markdown file');
  });

  it('registers every command of contributes.commands', async () => {
    const ext = vscode.extensions.getExtension(extensionId)!;
    const declared: { command: string; category?: string }[] = ext.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of declared) {
      assert.ok(registered.has(c.command), `${c.command} is declared but not registered`);
      assert.strictEqual(c.category, 'Postmortem', `${c.command} has no "Postmortem" category`);
    }
  });
});
