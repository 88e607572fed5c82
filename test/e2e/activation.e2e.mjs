// The packaged extension installs into a clean profile and activates when a postmortem opens.
export const title = 'the installed VSIX activates on a postmortem';

export async function run(wb, { log }) {
  await wb.open('2021-09-27-us-east-1-servers.md');
  log('opened the user\'s postmortem');
  await wb.command('Developer: Show Running Extensions');
  await wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Postmortem Author' }).first().waitFor({ timeout: 30_000 });
  log('Postmortem Author is among the running extensions');
  await wb.screenshot('running-extensions');
}
