import * as assert from 'assert';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, toCheckOptions } from '../../src/core/schema/settings';
import { outputTimes } from '../../src/extension/lint/protocol';
import { runLint } from '../../src/extension/lint/run';
import { openFixture, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const SEED = 'postmortems/2021-09-27-us-east-1-servers.md';
const ours = (d: readonly vscode.Diagnostic[]) => d.filter((x) => x.source === 'postmortem');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const expectedFindings = (doc: vscode.TextDocument) =>
  runLint(doc.getText(), toCheckOptions(DEFAULT_SETTINGS, undefined, doc.uri.path.split('/').pop())).findings;
/** Core ranges are 1-based: converted here independently of src/extension/ranges.ts. */
const asRange = (r: { start: { line: number; column: number }; end: { line: number; column: number } }) =>
  new vscode.Range(r.start.line - 1, r.start.column - 1, r.end.line - 1, r.end.column - 1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a) => a.edit && a.kind?.value === 'quickfix');
}

describe('live validation: diagnostics, quick fixes and hovers', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('postmortem').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the user\'s example\'s findings with exact ranges, source and rule links', async () => {
    const editor = await openFixture(SEED);
    const doc = editor.document;
    const expected = expectedFindings(doc);
    assert.ok(expected.length > 0, 'the core finds nothing in the example');
    const got = ours(await waitForDiagnostics(doc.uri, (d) => ours(d).length === expected.length));
    expected.forEach((f, i) => {
      const d = got[i];
      assert.strictEqual(codeOf(d), f.ruleId);
      assert.strictEqual(d.message, f.message);
      assert.ok(d.range.isEqual(asRange(f.range)), `${f.ruleId} at ${JSON.stringify(d.range)} instead of ${JSON.stringify(f.range)}`);
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      if (/^PM\d{3}$/.test(f.ruleId)) assert.match(String(target), new RegExp(`/docs/rules/${f.ruleId}\\.md$`));
      if (/^MD\d{3}$/.test(f.ruleId)) assert.match(String(target), /markdownlint\/blob\/v0\.40\.0\/doc\/md\d{3}\.md$/);
    });
    // exact spans: the wrong zone name, not the whole line
    const zones = got.filter((d) => codeOf(d) === 'PM006');
    assert.deepStrictEqual(zones.map((d) => [d.range.start.line, doc.getText(d.range)]), [[2, 'Eastern Standard Time'], [3, 'Eastern Standard Time'], [11, 'EST']]);
    assert.deepStrictEqual([zones[0].range.start.character, zones[0].range.end.character], [57, 78]);
    // the blameful wording is flagged on the words themselves, not the whole line
    const blame = got.find((d) => codeOf(d) === 'PM017' && d.range.start.line === 8);
    assert.ok(blame, 'no PM017 on line 9');
    assert.strictEqual(doc.getText(blame.range), 'Engineer executed wrong');
  });

  it('leaves a Markdown file that is not a postmortem alone until "Validate This File"', async () => {
    const notes = (await openFixture('notes.md')).document;
    // a check of another document that finishes after notes.md was opened shows notes.md had its turn
    const fixable = await openFixture('postmortems/live-fixable.md');
    await waitForDiagnostics(fixable.document.uri, (d) => ours(d).length > 0);
    await sleep(300);
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(notes.uri)), []);
    await vscode.window.showTextDocument(notes);
    await vscode.commands.executeCommand('postmortem.validateFile');
    const d = ours(await waitForDiagnostics(notes.uri, (x) => ours(x).some((y) => codeOf(y) === 'PM001')));
    assert.ok(d.every((x) => x.range.start.line === 0), 'PM001 points at the title');
  });

  it('finds an out-of-order timeline entry as it is typed', async () => {
    const editor = await openFixture('postmortems/live-typing.md');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => ours(d).length === expectedFindings(doc).length);
    const lastEmpty = doc.lineAt(doc.lineCount - 1).isEmptyOrWhitespace;
    const newLine = doc.lineCount - (lastEmpty ? 1 : 0);
    const typed = `${lastEmpty ? '' : '\n'}- 2024-03-12 09:05 UTC cache flushed by hand`;
    for (const ch of typed) {
      await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, ch));
      await sleep(15);
    }
    const onNewLine = (x: vscode.Diagnostic) => codeOf(x) === 'PM005' && x.range.start.line === newLine;
    // the findings of the text as typed to its end (a check of a text typed halfway may still be showing: its findings
    // can be as many, with the entry's time cut short)
    const shown = (x: readonly vscode.Diagnostic[]) => JSON.stringify(ours(x).map((y) => [codeOf(y), y.range, y.message]));
    const wanted = () => JSON.stringify(expectedFindings(doc).map((f) => [f.ruleId, asRange(f.range), f.message]));
    const d = ours(await waitForDiagnostics(doc.uri, (x) => ours(x).some(onNewLine) && shown(x) === wanted()));
    assert.strictEqual(doc.getText(d.find(onNewLine)!.range), '2024-03-12 09:05 UTC');
    assert.deepStrictEqual(d.map((x) => [codeOf(x), x.range, x.message]), expectedFindings(doc).map((f) => [f.ruleId, asRange(f.range), f.message]));
  });

  it('checks a large postmortem in the background: markdownlint\'s findings join ours, and follow edits', async () => {
    // 3,000 lines: markdownlint lints it in chunks, in its own worker, after our rules' findings
    const lines = ['# Storage brown-out', '', 'All times UTC.', '', '## Summary', '', 'Slow uploads.', '', '## Timeline', ''];
    for (let i = 0; lines.length < 3000; i++) lines.push(`- 2024-01-0${1 + Math.floor(i / 1440)} ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC - step ${i}`);
    lines.push('', '#Impact', '', 'Uploads were slow.', '');
    const uri = vscode.Uri.joinPath(workspaceUri(), 'postmortems', 'large-markdownlint.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const doc = editor.document;
      const same = (d: readonly vscode.Diagnostic[]) => JSON.stringify(ours(d).map((x) => [codeOf(x), x.range.start.line, x.message]))
        === JSON.stringify(expectedFindings(doc).map((f) => [f.ruleId, f.range.start.line - 1, f.message]));
      let d = await waitForDiagnostics(doc.uri, same, 30_000);
      assert.ok(ours(d).some((x) => codeOf(x) === 'MD018' && x.range.start.line === lines.indexOf('#Impact')), 'the broken heading near the end');
      // fix that heading and break one near the top: only those parts change
      await editor.edit((e) => {
        e.insert(new vscode.Position(lines.indexOf('#Impact'), 1), ' ');
        e.replace(doc.lineAt(4).range, '#Summary');
      });
      d = await waitForDiagnostics(doc.uri, same, 30_000);
      assert.deepStrictEqual(ours(d).filter((x) => codeOf(x) === 'MD018').map((x) => x.range.start.line), [4]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  for (const fixture of [SEED, 'postmortems/live-fixable.md', 'postmortems/live-unsorted.md', 'postmortems/live-unmarked.md', 'postmortems/live-stated-duration.md', 'postmortems/live-fenced.md']) {
    it(`applies each quick fix of ${fixture.split('/').pop()} as one undo step that removes its finding`, async () => {
      const editor = await openFixture(fixture);
      const doc = editor.document;
      const original = doc.getText();
      const fixable = expectedFindings(doc).filter((f) => f.fixes?.length);
      assert.ok(fixable.length >= 2, `expected fixable findings, got ${JSON.stringify(expectedFindings(doc).map((f) => f.ruleId))}`);
      await waitForDiagnostics(doc.uri, (d) => ours(d).length === expectedFindings(doc).length);
      for (const f of fixable) {
        const same = (x: vscode.Diagnostic) => codeOf(x) === f.ruleId && x.message === f.message && x.range.start.line === f.range.start.line - 1;
        for (const fix of f.fixes!) {
          const actions = await quickFixes(doc, asRange(f.range));
          const action = actions.find((a) => a.title === fix.title);
          assert.ok(action, `no quick fix "${fix.title}" among ${actions.map((a) => a.title).join(', ')}`);
          assert.strictEqual(action.isPreferred, fix.preferred ?? f.fixes!.length === 1, `isPreferred of "${fix.title}"`);
          assert.ok(await vscode.workspace.applyEdit(action.edit!));
          await waitForDiagnostics(doc.uri, (d) => !ours(d).some(same) && ours(d).length === expectedFindings(doc).length);
          await vscode.commands.executeCommand('undo');
          await waitFor(() => doc.getText() === original, 5000, `one undo to restore the text after "${fix.title}"`);
          await waitForDiagnostics(doc.uri, (d) => ours(d).some(same));
        }
      }
    });
  }

  it('fixes everything at once with "Fix All Postmortem Problems", undone in one step', async () => {
    const editor = await openFixture('postmortems/live-fixable.md');
    const doc = editor.document;
    const original = doc.getText();
    const before = expectedFindings(doc).filter((f) => f.fixes?.some((x) => x.preferred) || f.fixes?.length === 1);
    await waitForDiagnostics(doc.uri, (d) => ours(d).length === expectedFindings(doc).length);
    const source = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.postmortem');
    assert.deepStrictEqual(source.map((a) => [a.title, a.kind?.value]), [['Fix all postmortem problems', 'source.fixAll.postmortem']]);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.fixAll'), true);
    await waitForDiagnostics(doc.uri, (d) => !before.some((f) => ours(d).some((x) => codeOf(x) === f.ruleId && x.message === f.message)));
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === original, 5000, 'one undo to restore the text');
  });

  it('shows how a timestamp was read, with its UTC instant, on hover', async () => {
    const doc = (await openFixture(SEED)).document;
    const time = outputTimes(runLint(doc.getText(), toCheckOptions(DEFAULT_SETTINGS, undefined, 'x.md'))).find((t) => t.text.includes('3:06 PM EST'));
    assert.ok(time?.instant !== undefined, 'the core did not read "3:06 PM EST"');
    const at = asRange(time.range).start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const utc = new Date(time.instant).toISOString().replace(/\.000Z$/, 'Z');
    assert.ok(text.includes(`${utc} (UTC)`), text);
    assert.match(text, /T[+-]\d\d:\d\d/);
  });

  it('lists the outage metrics of a timeline written in a code block, a hedged start as written; picking one selects its text', async () => {
    const text = ['# Cache outage', '', '- Date: 2024-03-12', '- Start: ~14:05 UTC', '', '## Timeline', '', '```', '14:05 UTC  outage begins',
      '14:12 UTC  alert fired, on-call paged', '14:40 UTC  resolved', '```', ''].join('\n');
    const uri = vscode.Uri.joinPath(workspaceUri(), 'postmortems', 'metrics-code-timeline.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showQuickPick;
    let offered: vscode.QuickPickItem[] = [];
    window.showQuickPick = async (items: Thenable<vscode.QuickPickItem[]> | vscode.QuickPickItem[]) => {
      offered = await items;
      return offered.find((i) => i.label === 'Detected');
    };
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await vscode.commands.executeCommand('postmortem.showMetrics');
      assert.deepStrictEqual(offered.slice(0, 4).map((i) => [i.label, i.description, i.detail]), [
        ['Start', 'about 2024-03-12T14:05:00Z', '"~14:05 UTC", from a labelled field, line 4'],
        ['End', '2024-03-12T14:40:00Z', '"14:40 UTC", from the timeline, line 11'],
        ['Duration', '35 min', 'end - start'],
        ['Detected', '2024-03-12T14:12:00Z', '"14:12 UTC", from the timeline, line 10'],
      ]);
      assert.strictEqual(editor.document.getText(editor.selection), '14:12 UTC');
    } finally {
      window.showQuickPick = original;
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('re-checks open postmortems when a setting changes', async () => {
    const doc = (await openFixture(SEED)).document;
    await waitForDiagnostics(doc.uri, (d) => ours(d).some((x) => codeOf(x) === 'PM017'));
    await vscode.workspace.getConfiguration('postmortem').update('rules', { PM017: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (d) => ours(d).length > 0 && !ours(d).some((x) => codeOf(x) === 'PM017'));
    await vscode.workspace.getConfiguration('postmortem').update('rules', { PM017: 'error' }, vscode.ConfigurationTarget.Workspace);
    const d = await waitForDiagnostics(doc.uri, (x) => ours(x).some((y) => codeOf(y) === 'PM017'));
    assert.ok(ours(d).filter((x) => codeOf(x) === 'PM017').every((x) => x.severity === vscode.DiagnosticSeverity.Error));
    await vscode.workspace.getConfiguration('postmortem').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('follows the workspace .postmortem.json, the file CI reads, over the settings', async () => {
    const doc = (await openFixture(SEED)).document;
    await waitForDiagnostics(doc.uri, (d) => ours(d).some((x) => codeOf(x) === 'PM017'));
    const file = vscode.Uri.joinPath(workspaceUri(), '.postmortem.json');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "rules": { "blameful-language": "off" } }\n'));
    try {
      await waitForDiagnostics(doc.uri, (d) => ours(d).length > 0 && !ours(d).some((x) => codeOf(x) === 'PM017'));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitForDiagnostics(doc.uri, (d) => ours(d).some((x) => codeOf(x) === 'PM017'));
  });
});
