// `npm run test:e2e`: installs the packaged VSIX into a clean code-server profile and drives the workbench in
// headless Chromium through the keyboard and mouse, as a user would. Each scenario in test/e2e/*.e2e.mjs exports
// `title` and `run(wb, ctx)`. Ends with `N passed, N failed`; a failure prints the step, the workbench log and
// the path of a screenshot.
//   E2E_SCREENSHOTS=dir   where screenshots go (default: a temporary folder, kept only on failure)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { installVsix, launchChromium, root, startCodeServer } from './lib/code-server.mjs';

const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${name}-${version}.vsix`);
if (!existsSync(vsix)) {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { console.error('e2e: packaging failed'); process.exit(1); }
}
const only = process.argv[2];
const scenarios = readdirSync(path.join(root, 'test/e2e')).filter((f) => f.endsWith('.e2e.mjs')).filter((f) => !only || f.includes(only)).sort();
let passed = 0;
let failed = 0;
for (const file of scenarios) {
  const scenario = await import(path.join(root, 'test/e2e', file));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-'));
  const shots = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : path.join(tmp, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const ws = path.join(tmp, 'workspace');
  cpSync(path.join(root, scenario.workspace ?? 'examples'), ws, { recursive: true });
  const profile = path.join(tmp, 'profile');
  installVsix(vsix, profile);
  const server = await startCodeServer({ dir: profile, settings: scenario.settings ?? {} });
  const browser = await launchChromium();
  const pageLog = [];
  let step = 'starting';
  const t0 = Date.now();
  const log = (m) => { step = m; console.log(`  [${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`); };
  console.log(`\n${scenario.title}`);
  let ok = false;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: scenario.colorScheme ?? 'dark' });
    const page = await context.newPage();
    page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
    await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}`);
    const { Workbench } = await import(path.join(root, 'test/e2e/workbench.mjs'));
    const wb = new Workbench(page, { shots, log });
    await wb.ready();
    log('workbench loaded');
    await scenario.run(wb, { ws, shots, log, root });
    ok = true;
    passed++;
    console.log(`  ✔ ${scenario.title}`);
  } catch (e) {
    failed++;
    let shot = '(none)';
    const page = browser.contexts()[0]?.pages()[0];
    try { if (page) { await page.screenshot({ path: path.join(shots, 'failure.png') }); shot = path.join(shots, 'failure.png'); } } catch { /* page gone */ }
    console.error(`  ✘ ${scenario.title}\n    failed at step: ${step}\n    ${e.stack ?? e}\n    screenshot: ${shot}`);
    console.error(`--- workbench log ---\n${pageLog.slice(-80).join('\n')}\n--- server log ---\n${server.log().slice(-4000)}`);
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    if (ok || process.env.E2E_SCREENSHOTS) rmSync(tmp, { recursive: true, force: true });
    else console.error(`kept ${tmp} for inspection`);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
