// A user's first minutes: New Postmortem from the command palette, a contradiction typed in, seen in the Problems
// panel, fixed with Ctrl+. — keyboard and mouse only.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const title = 'New Postmortem, live problems, quick fix';

export async function run(wb, { ws, log, capture }) {
  const page = wb.page;
  await wb.command('Postmortem: New Postmortem');
  await wb.pick('Classic');
  await wb.answer('Payment gateway timeouts');
  await wb.pick('SEV2');
  await wb.answer('2024-05-01 14:00 UTC');
  await page.locator('.tab.active', { hasText: '2024-05-01-payment-gateway-timeouts.md' }).waitFor();
  const file = path.join(ws, 'postmortems', '2024-05-01-payment-gateway-timeouts.md');
  assert.ok(existsSync(file), `${file} was not written; postmortems/ has ${existsSync(path.dirname(file)) ? readdirSync(path.dirname(file)) : 'nothing'}`);
  assert.match(readFileSync(file, 'utf8'), /^# Payment gateway timeouts$/m);
  log('New Postmortem wrote and opened postmortems/2024-05-01-payment-gateway-timeouts.md');
  await wb.screenshot('new-postmortem');

  // Leave the tab stops; write an end before the start over the end-time blank.
  await page.keyboard.press('Escape');
  const lines = readFileSync(file, 'utf8').split('\n');
  const endLine = lines.findIndex((l) => l.includes('**end** time:')) + 1;
  await wb.goToLine(endLine, lines[endLine - 1].indexOf('<') + 1);
  await page.keyboard.press('Shift+End');
  const typedAt = Date.now();
  await page.keyboard.type('2024-05-01 13:30 UTC');
  // Two timeline entries out of order, right under the Timeline heading.
  const timelineLine = lines.findIndex((l) => /^## Timeline/.test(l)) + 1;
  await wb.goToLine(timelineLine);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- 14:20 UTC - Alert fired');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- 14:05 UTC - Outage begins');
  const problems = await wb.problems();
  const typedAll = Date.now();
  await problems.filter({ hasText: 'PM004' }).first().waitFor({ timeout: 2000 });
  await problems.filter({ hasText: 'PM005' }).first().waitFor({ timeout: Math.max(1, 2000 - (Date.now() - typedAll)) });
  log(`Problems panel shows end-before-start and timeline-order ${Date.now() - typedAll} ms after the last keystroke (typing took ${typedAll - typedAt} ms)`);
  await capture('editor-diagnostics');

  // Ctrl+. on the out-of-order entry offers the sort; the problem goes.
  await wb.goToLine(timelineLine + 3, 5);
  const menu = page.locator('.action-widget, .context-view .monaco-list');
  await wb.pressUntil('Control+.', (timeout) => menu.first().waitFor({ timeout }));
  await capture('quick-fix');
  await page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row', { hasText: /sort/i }).first().click();
  await page.waitForFunction(() => !document.querySelector('.markers-panel')?.textContent?.includes('PM005'), null, { timeout: 5000 });
  log('the quick fix sorted the timeline and the timeline-order problem went away');
  await wb.screenshot('after-quick-fix');
}
