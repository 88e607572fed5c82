import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openFixture, waitFor, workspaceUri } from './helpers';

const snippetsFile = path.resolve(__dirname, '../../../snippets/postmortem.code-snippets');

/**
 * A new untitled Markdown document holding `content`, shown. The editor reuses a closed untitled document's name
 * (`Untitled-1`), and until the extension host hears of the close, opening one may give back the closed document with
 * its old text: wait for a fresh one.
 */
async function untitled(content: string): Promise<vscode.TextEditor> {
  let doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  for (let tries = 0; doc.getText() !== content && tries < 50; tries++) {
    await new Promise((r) => setTimeout(r, 100));
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  }
  assert.strictEqual(doc.getText(), content, 'a new untitled document');
  return vscode.window.showTextDocument(doc);
}

/** Every UTC minute from `since` to now as `YYYY-MM-DD HH:MM`: the clock may turn while a command runs. */
function utcStamps(since: number): string[] {
  const stamps: string[] = [];
  const now = Date.now();
  for (let t = since - (since % 60_000); t <= now; t += 60_000) stamps.push(new Date(t).toISOString().slice(0, 16).replace('T', ' '));
  return stamps;
}

/** Every UTC minute from `since` to now as `HH:MM`. */
function utcClock(since: number): string[] {
  return utcStamps(since).map((s) => s.slice(11));
}

describe('authoring: timestamps, timeline entries, completion and snippets in the real editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Insert Timestamp writes now in the style of the document', async () => {
    const editor = await untitled('# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 09:15 Deploy starts\n- \n');
    editor.selection = new vscode.Selection(7, 2, 7, 2);
    const since = Date.now();
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    const line = editor.document.lineAt(7).text;
    assert.ok(utcClock(since).some((c) => line === `- ${c}`), `got ${JSON.stringify(line)}`);
  });

  it('Insert Timestamp in the hand-written postmortem uses its 12-hour style and a zone', async () => {
    const editor = await openFixture('postmortems/2021-09-27-us-east-1-servers.md');
    const end = editor.document.lineAt(12).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    assert.match(editor.document.lineAt(12).text, /\d{1,2}:\d{2} [AP]M E[SD]T$/);
  });

  it('Add Timeline Entry inserts at the chronological place and puts the cursor on the text', async () => {
    const editor = await untitled('# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 00:00 Midnight deploy\n- 23:59 Last entry of the day\n\n## Root cause\n\nx\n');
    const since = Date.now();
    await vscode.commands.executeCommand('postmortem.addTimelineEntry');
    const line = editor.document.lineAt(7).text;
    assert.ok(utcClock(since).some((c) => line === `- ${c} `), `got ${JSON.stringify(line)}`);
    assert.strictEqual(editor.document.lineAt(8).text, '- 23:59 Last entry of the day');
    assert.deepStrictEqual(editor.selection.active, new vscode.Position(7, line.length));
  });

  it('completes "now" inside the Timeline section only', async () => {
    const editor = await untitled('# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 09:15 Deploy starts\n- no\n\n## Impact\n\nno\n');
    const since = Date.now();
    const inTimeline = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(7, 4));
    // word-based suggestions may offer the word "now" from other documents: ours is the Constant item
    const isNow = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label) === 'now' && i.kind === vscode.CompletionItemKind.Constant;
    const now = inTimeline.items.find(isNow);
    assert.ok(now, 'no "now" item in the Timeline');
    assert.ok(utcClock(since).includes(String(now.insertText)), `now inserts ${String(now.insertText)}`);
    // on the blank line after the last entry, where the next one is typed
    const below = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(8, 0));
    assert.ok(below.items.some(isNow), 'no "now" on the blank line after the last entry');
    const elsewhere = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(11, 2));
    assert.ok(!elsewhere.items.some(isNow), '"now" offered outside the Timeline');
  });

  it('completes "now" in a large postmortem from its background check, in the style of its timeline', async () => {
    // 3,000 lines: too large to analyze on the extension host's thread at each completion
    const lines = ['# Storage brown-out', '', 'All times UTC.', '', '## Summary', '', 'Slow uploads.', '', '## Timeline', ''];
    for (let i = 0; lines.length < 3000; i++) lines.push(`- 2024-01-0${1 + Math.floor(i / 1440)} ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC - step ${i}`);
    lines.push('- no', '', '## Impact', '', 'no', '');
    const uri = vscode.Uri.joinPath(workspaceUri(), 'postmortems', 'large-completion.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const at = new vscode.Position(lines.indexOf('- no'), 4);
      const isNow = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label) === 'now' && i.kind === vscode.CompletionItemKind.Constant;
      let now: vscode.CompletionItem | undefined;
      const since = Date.now();
      // the first check of the document runs in the background: "now" comes once it is in
      await waitFor(async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
        now = list.items.find(isNow);
        return now !== undefined;
      }, 20_000, 'the "now" completion');
      assert.ok(utcStamps(since).some((s) => String(now?.insertText) === `${s} UTC`), `now inserts ${String(now?.insertText)}`);
      const impact = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(lines.length - 2, 2));
      assert.ok(!impact.items.some(isNow), '"now" offered outside the Timeline');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Add Timeline Entry and Insert Timestamp in a large postmortem, answered by the background worker', async () => {
    // 3,000 lines: the commands ask the rules' worker, which reads the document as the last check did
    const lines = ['# Storage brown-out', '', 'All times UTC.', '', '## Timeline', ''];
    for (let i = 0; lines.length < 3000; i++) lines.push(`- 2024-01-0${1 + Math.floor(i / 1440)} ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC - step ${i}`);
    const last = lines.length - 1;
    lines.push('', '## Impact', '', 'Slow uploads.', '');
    const editor = await untitled(lines.join('\n'));
    const since = Date.now();
    await vscode.commands.executeCommand('postmortem.addTimelineEntry');
    const added = editor.document.lineAt(last + 1).text;
    assert.ok(utcStamps(since).some((s) => added === `- ${s} UTC - `), `got ${JSON.stringify(added)} after the last entry`);
    assert.strictEqual(editor.document.lineAt(last).text, lines[last], 'the entries before are untouched');
    assert.deepStrictEqual(editor.selection.active, new vscode.Position(last + 1, added.length), 'the cursor is on the text');
    await editor.edit((b) => b.insert(editor.selection.active, 'Alert fired at '));
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    const stamped = editor.document.lineAt(last + 1).text;
    assert.ok(stamped.startsWith(`${added}Alert fired at `), `got ${JSON.stringify(stamped)}`);
    const stamp = stamped.slice(`${added}Alert fired at `.length);
    assert.ok(utcStamps(since).some((s) => stamp === `${s} UTC`), `got ${JSON.stringify(stamped)}`);
    assert.strictEqual(editor.document.lineCount, lines.length + 1);
  });

  it('Add Timeline Entry, Insert Timestamp and "now" in a game day\'s timeline of offsets write the minutes since T+0', async () => {
    const editor = await openFixture('postmortems/live-game-day.md');
    // the drill started 20 minutes ago: its zero point is set to that clock time
    const zero = Date.now() - 20 * 60_000;
    const zeroLine = editor.document.lineAt(8);
    assert.match(zeroLine.text, /^T0 = /);
    await editor.edit((b) => b.replace(zeroLine.range, `T0 = ${new Date(zero).toISOString().slice(0, 16).replace('T', ' ')} UTC`));
    const since = Date.now();
    // the offsets of every minute from `since` to now, written like `T+3m`
    const offsets = () => utcStamps(since).map((s) => `T+${(Date.parse(`${s.replace(' ', 'T')}Z`) - (zero - (zero % 60_000))) / 60_000}m`);
    await vscode.commands.executeCommand('postmortem.addTimelineEntry');
    const added = editor.document.lineAt(13).text;
    assert.ok(offsets().some((o) => added === `- ${o}: `), `got ${JSON.stringify(added)} after T+9m`);
    assert.strictEqual(editor.document.lineAt(12).text, '- T+9m: Replica promoted');
    assert.strictEqual(editor.document.lineAt(14).text, '- T+1h30m: Failback done', 'placed by its offset, before T+1h30m');
    assert.deepStrictEqual(editor.selection.active, new vscode.Position(13, added.length), 'the cursor is on the text');
    await editor.edit((b) => b.insert(editor.selection.active, 'Lag checked at '));
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    const stamped = editor.document.lineAt(13).text;
    assert.ok(offsets().some((o) => stamped === `${added}Lag checked at ${o}`), `got ${JSON.stringify(stamped)}`);
    // "now" comes from the last check of the document: once it has read the new zero point
    const isNow = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label) === 'now' && i.kind === vscode.CompletionItemKind.Constant;
    await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(13, 2));
      const now = list.items.find(isNow);
      return now !== undefined && offsets().includes(String(now.insertText));
    }, 20_000, 'the "now" completion as an offset');
  });

  it('Insert Timestamp next to bold offsets writes the offset bold, and plain inside a bold already opened', async () => {
    const zero = Date.now() - 20 * 60_000;
    const at = new Date(zero).toISOString();
    const editor = await untitled(`# Drill on ${at.slice(0, 10)}\n\n## Timeline\n\nT0 = ${at.slice(0, 16).replace('T', ' ')} UTC\n\n**T+0:15** - Failover\n\n`);
    // the minutes since T+0 as `0:20`, for every minute the commands may run in
    const since = Date.now();
    const offsets = () => utcStamps(since).map((s) => `0:${String((Date.parse(`${s.replace(' ', 'T')}Z`) - (zero - (zero % 60_000))) / 60_000).padStart(2, '0')}`);
    editor.selection = new vscode.Selection(8, 0, 8, 0);
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    const bold = editor.document.lineAt(8).text;
    assert.ok(offsets().some((o) => bold === `**T+${o}**`), `got ${JSON.stringify(bold)}`);
    await editor.edit((b) => b.insert(new vscode.Position(8, bold.length), ' - Lag checked\n**'));
    editor.selection = new vscode.Selection(9, 2, 9, 2);
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    const inside = editor.document.lineAt(9).text;
    assert.ok(offsets().some((o) => inside === `**T+${o}`), `inside bold: got ${JSON.stringify(inside)}`);
  });

  it('in a timeline of offsets with no clock time for T+0, the offset is left to type, the cursor on it', async () => {
    const editor = await untitled('# Lockout\n\n## Timeline\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n');
    await vscode.commands.executeCommand('postmortem.addTimelineEntry');
    assert.strictEqual(editor.document.lineAt(7).text, '**T+** - ');
    assert.deepStrictEqual(editor.selection.active, new vscode.Position(7, '**T+'.length), 'the cursor is where the offset goes');
    await editor.edit((b) => b.insert(editor.selection.active, '0:31'));
    editor.selection = new vscode.Selection(7, editor.document.lineAt(7).text.length, 7, editor.document.lineAt(7).text.length);
    await vscode.commands.executeCommand('postmortem.insertTimestamp');
    assert.strictEqual(editor.document.lineAt(7).text, '**T+0:31** - T+');
  });

  it('completes front matter keys and allowed values from the schema', async () => {
    const editor = await untitled('---\ntitle: Outage\n\nseverity: \n---\n# Outage\n');
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(2, 0));
    const labels = keys.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const k of ['status', 'start', 'end', 'timezone', 'authors']) assert.ok(labels.includes(k), `no key ${k}`);
    assert.ok(!labels.includes('title'), 'a key already present is offered again');
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(3, 10));
    const severities = values.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const s of ['SEV1', 'SEV2', 'SEV5', 'critical']) assert.ok(severities.includes(s), `no value ${s}`);
  });

  const snippets = JSON.parse(fs.readFileSync(snippetsFile, 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`the "${name}" snippet expands`, async () => {
      const editor = await untitled('');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      await waitFor(() => editor.document.getText().length > 0, 5000, `the snippet ${name}`);
      const text = editor.document.getText();
      const body = Array.isArray(snippet.body) ? snippet.body : [snippet.body];
      // every line's literal start (before any placeholder) is there, and no snippet syntax is left
      const firstLiteral = body[0].split('$')[0];
      assert.ok(text.startsWith(firstLiteral), `${JSON.stringify(text)} does not start with ${JSON.stringify(firstLiteral)}`);
      assert.strictEqual(text.split('\n').length, body.length);
      assert.ok(!/\$\{|\$[0-9A-Z]/.test(text), `snippet syntax left in ${JSON.stringify(text)}`);
      assert.ok(!editor.selection.isEmpty || body.join('\n').includes('${1|') || body.join('\n').includes('$1'), 'the first tab stop is not selected');
    });
  }
});
