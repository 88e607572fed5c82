import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionId, openFixture, waitFor, workspaceUri } from './helpers';

const SEED = 'postmortems/2021-09-27-us-east-1-servers.md';
const SEED_NAME = '2021-09-27-us-east-1-servers.md';

/** What `postmortem.preview.inspect` returns (see docs/preview.md). */
interface Snapshot {
  uri: string;
  title: string;
  sent?: { version: number; html: string };
  seen?: { version: number; title: string; duration: string };
}

function inspect(uri?: vscode.Uri): Thenable<Snapshot | undefined> {
  return vscode.commands.executeCommand<Snapshot | undefined>('postmortem.preview.inspect', uri?.toString());
}

function previewTabs(label: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label === label);
}

describe('preview: the report beside the editor', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.extensions.getExtension(extensionId)!.activate();
    editor = await openFixture(SEED);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens to the side, titled with the file name, and the webview shows "4 h 21 min"', async () => {
    await vscode.commands.executeCommand('postmortem.showPreviewToSide');
    await waitFor(async () => (await inspect(editor.document.uri))?.seen !== undefined, 20_000, 'the webview to display the report');
    const s = (await inspect(editor.document.uri))!;
    assert.strictEqual(s.title, `Preview: ${SEED_NAME}`);
    assert.strictEqual(s.seen!.duration, '4 h 21 min');
    assert.strictEqual(s.seen!.title, 'Postmortem');
    assert.strictEqual(previewTabs(`Preview: ${SEED_NAME}`).length, 1);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor keeps the focus');
  });

  it('shows an edit of the document once typing pauses', async () => {
    const line = editor.document.lineAt(3);
    const at = line.text.indexOf('7:27 PM');
    assert.ok(at >= 0, 'the fixture says 7:27 PM on line 4');
    await editor.edit((b) => b.replace(new vscode.Range(3, at, 3, at + 1), '8'));
    const version = editor.document.version;
    await waitFor(async () => (await inspect(editor.document.uri))?.seen?.version === version, 10_000, 'the edited version to reach the webview');
    const s = (await inspect(editor.document.uri))!;
    assert.strictEqual(s.seen!.duration, '5 h 21 min');
    assert.match(s.sent!.html, /id="pm-duration">5 h 21 min</);
    // put the text back (the workspace is a temporary copy, so saving is harmless)
    await editor.edit((b) => b.replace(new vscode.Range(3, at, 3, at + 1), '7'));
    await editor.document.save();
  });

  it('keeps one panel per document', async () => {
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('postmortem.showPreviewToSide');
    await vscode.commands.executeCommand('postmortem.showPreviewToSide', editor.document.uri);
    assert.strictEqual(previewTabs(`Preview: ${SEED_NAME}`).length, 1);
  });

  it('follows the active postmortem editor', async () => {
    const other = vscode.Uri.joinPath(workspaceUri(), 'postmortems', '2024-03-12-api-latency.md');
    const text = '# Postmortem: API latency\n\n**Start:** 2024-03-12 14:02 UTC\n**End:** 2024-03-12 15:47 UTC\n\n## Timeline\n\n- 14:02 UTC alert fired\n- 15:47 UTC resolved\n';
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(text));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), vscode.ViewColumn.One);
      await waitFor(async () => (await inspect(other))?.seen?.duration === '1 h 45 min', 15_000, 'the panel to follow the new editor');
      assert.strictEqual((await inspect(other))!.title, 'Preview: 2024-03-12-api-latency.md');
      assert.strictEqual(await inspect(editor.document.uri), undefined, 'the panel moved: the first document has none now');
      assert.strictEqual(previewTabs(`Preview: ${SEED_NAME}`).length, 0);
      await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
      await waitFor(async () => (await inspect(editor.document.uri))?.seen?.duration === '4 h 21 min', 15_000, 'the panel to come back');
    } finally {
      await vscode.workspace.fs.delete(other);
    }
  });

  it('exports the report next to the document without overwriting', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri>('postmortem.exportHtml', editor.document.uri);
    const second = await vscode.commands.executeCommand<vscode.Uri>('postmortem.exportHtml', editor.document.uri);
    try {
      const folder = vscode.Uri.joinPath(workspaceUri(), 'postmortems');
      assert.strictEqual(first.toString(), vscode.Uri.joinPath(folder, '2021-09-27-us-east-1-servers.html').toString());
      assert.strictEqual(second.toString(), vscode.Uri.joinPath(folder, '2021-09-27-us-east-1-servers-2.html').toString());
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
      assert.match(html, /id="pm-duration">4 h 21 min</);
      assert.doesNotMatch(html, /<script/i);
    } finally {
      for (const u of [first, second]) if (u) await vscode.workspace.fs.delete(u);
    }
  });

  it('shows a postmortem in Jira wiki markup as what its markup means: headings, tables, monospace', async () => {
    const html = await shownAfterEdit('postmortems/live-wiki-markup.md', 'Checkout API outage', '47 min', 4, ' Customers retried.');
    assert.match(html, /<h2 data-line="11" id="timeline">Timeline<\/h2>/);
    assert.match(html, /<table data-line="15">[\s\S]*<th>Time<\/th>[\s\S]*<td>2024-03-12 14:09<\/td>/);
    assert.match(html, /<code>pool_size<\/code>/);
    assert.doesNotMatch(html, /h2\. |\|\|Time/, 'no wiki markup shown as text');
  });

  it('shows the time a delay entry computes, task list checkboxes and footnotes', async () => {
    // 14:02 to "10 minutes later" after 14:30: the end, 38 min after the start, is computed from the delay
    const html = await shownAfterEdit('postmortems/live-delays.md', 'Payments API outage', '38 min', 10, ' Retries doubled the load.');
    assert.match(html, /<span class="pm-tl-clock pm-tl-computed" title="computed: 5 min after the entry on line 15">Tue 12 Mar 2024 14:07 UTC \(\+5 min\)<\/span>/);
    assert.match(html, /<li data-line="31" class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled checked> Roll back the rotation/);
    assert.match(html, /<sup><a href="#pm-fn-1" id="pm-fnref-1" class="footnote-ref">1<\/a><\/sup>/);
    assert.match(html, /<section class="footnotes" data-line="33">/);
  });

  it('shows a Slack channel pasted as the timeline: one entry per message, its sender and time', async () => {
    const html = await shownAfterEdit('postmortems/live-slack-paste.md', 'Postmortem: checkout errors after a config push', '26 min', 10, ' Refunds were issued.');
    // Slack's grouped message: the bare 2:12 under Bob Li's message is his next one, in the afternoon
    assert.match(html, /datetime="2024-03-12T14:12:00.000Z">2:12<\/time> <span class="pm-tl-author">Bob Li<\/span> <span class="pm-tl-text">Rollback complete, error rate dropping<\/span>/);
    assert.match(html, /<span class="pm-tl-author">Carol Diaz<\/span> <span class="pm-tl-text">Alert fired for checkout errors/);
  });
});

/**
 * Opens a fixture, shows its report beside it and waits until the webview shows `title` and `duration`; then types
 * `typed` at the end of the 0-based line `line` and returns the HTML sent for that edit (the page was built whole for
 * the document; an edit sends its content, which the snapshot holds), which holds what was typed.
 */
async function shownAfterEdit(fixture: string, title: string, duration: string, line: number, typed: string): Promise<string> {
  const doc = await openFixture(fixture);
  await vscode.commands.executeCommand('postmortem.showPreviewToSide');
  // the panel beside follows the active editor: wait until it shows this document's report
  await waitFor(async () => (await inspect(doc.document.uri))?.seen?.title === title, 20_000, `the webview to display the report of ${fixture}`);
  assert.strictEqual((await inspect(doc.document.uri))!.seen!.duration, duration);
  const end = doc.document.lineAt(line).range.end;
  await doc.edit((b) => b.insert(end, typed));
  const version = doc.document.version;
  await waitFor(async () => (await inspect(doc.document.uri))?.sent?.version === version, 10_000, `the edited ${fixture} to reach the webview`);
  const html = (await inspect(doc.document.uri))!.sent!.html;
  assert.ok(html.includes(typed.trim()), 'the edit is shown');
  return html;
}
