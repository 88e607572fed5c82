// The browser build, as on vscode.dev and github.dev: the extension runs in the workbench's web worker extension host
// (forced with `remote.extensionKind`), checks the user's postmortem and shows its report.
import assert from 'node:assert/strict';

export const title = 'the browser build in the web worker extension host';
export const settings = { 'remote.extensionKind': { 'postmortem-author.postmortem-author': ['web'] } };

export async function run(wb, { log }) {
  const page = wb.page;
  await wb.open('2021-09-27-us-east-1-servers.md');
  log('opened the user\'s postmortem');
  await wb.problems();
  // "Eastern Standard Time" in September: the zone rule's finding
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'PM006' }).first().waitFor({ timeout: 30_000 });
  log('the Problems panel shows the user\'s EST-in-September problem (PM006)');
  await wb.command('Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Postmortem Author' }).first();
  await row.waitFor({ timeout: 30_000 });
  assert.match(await row.innerText(), /web worker/i, 'Postmortem Author runs in another extension host');
  log('Postmortem Author runs in the web worker extension host');
  // Running Extensions opens over the editors: close it, back to the postmortem
  await page.keyboard.press('Escape');
  await wb.open('2021-09-27-us-east-1-servers.md');
  await wb.command('Postmortem: Open Preview to the Side');
  await wb.webview().locator('#pm-duration').waitFor({ timeout: 30_000 });
  assert.match(await wb.webview().locator('#pm-duration').innerText(), /4 h 21 min/);
  log('the preview shows the outage duration: 4 h 21 min');
  // the extension's log: activated in the browser host, and no background worker failed (checks never ran inline)
  await wb.command('Output: Show Output Channels...');
  await wb.pick('Postmortem Author');
  const output = page.locator('.output-view .view-lines, .panel .output .view-lines').first();
  await output.filter({ hasText: 'activated (browser extension host)' }).waitFor({ timeout: 15_000 });
  assert.doesNotMatch(await output.innerText(), /worker|inline/, 'a background worker failed');
  log('its log says: activated in the browser extension host, no worker failed');
  await wb.screenshot('web-worker-host');
}
