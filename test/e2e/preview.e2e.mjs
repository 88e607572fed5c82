// The report people show in the review: the user's postmortem, its preview beside it, then an HTML export.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const title = 'preview of the user\'s postmortem and HTML export';
/** Run once per theme: the README shows both. */
export const variants = [
  { name: 'dark', colorScheme: 'dark', settings: { 'workbench.colorTheme': 'Default Dark Modern' } },
  { name: 'light', colorScheme: 'light', settings: { 'workbench.colorTheme': 'Default Light Modern' } },
];

export async function run(wb, { ws, log, capture, variant }) {
  await wb.open('2021-09-27-us-east-1-servers.md');
  log('opened the user\'s postmortem');
  await wb.command('Postmortem: Open Preview to the Side');
  log('ran Postmortem: Open Preview to the Side');
  await wb.page.locator('iframe.webview.ready').first().waitFor({ timeout: 30_000 });
  log('the preview\'s webview is ready');
  const web = wb.webview();
  await web.locator('#pm-duration').waitFor({ timeout: 30_000 });
  const duration = await web.locator('#pm-duration').innerText();
  assert.match(duration, /4 h 21 min/);
  log(`the preview shows the outage duration: ${duration.trim()}`);
  await capture(`preview-${variant.name}`);
  if (variant.name !== 'dark') return;

  // double-clicking the report shows where a part of it is written: the Timeline heading is line 11
  await web.locator('[data-line="11"]', { hasText: 'Timeline' }).first().dblclick();
  await wb.page.locator('.statusbar-item', { hasText: 'Ln 11, Col 1' }).first().waitFor({ timeout: 15_000 });
  log('double-clicking the Timeline heading in the preview put the cursor on line 11 of the postmortem');

  await wb.page.locator('.tab', { hasText: '2021-09-27-us-east-1-servers.md' }).first().click();
  await wb.command('Postmortem: Export Report as HTML');
  const html = path.join(ws, '2021-09-27-us-east-1-servers.html');
  const deadline = Date.now() + 15_000;
  while (!readdirSync(ws).includes(path.basename(html)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const text = readFileSync(html, 'utf8');
  assert.match(text, /4 h 21 min/);
  assert.doesNotMatch(text, /<script/i);
  log('exported 2021-09-27-us-east-1-servers.html with the duration and no script');
  await wb.screenshot('exported');

  // the preview comes back after a reload of the window, with the report
  const reloaded = wb.page.waitForEvent('load', { timeout: 60_000 });
  await wb.command('Developer: Reload Window');
  await reloaded;
  await wb.ready();
  log('reloaded the window');
  await wb.webview().locator('#pm-duration', { hasText: '4 h 21 min' }).waitFor({ timeout: 60_000 });
  log('the preview is back after the reload, with the outage duration');
  await wb.screenshot('preview-after-reload');
}
