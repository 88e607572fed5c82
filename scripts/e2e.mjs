// `npm run test:e2e`: installs the packaged VSIX into a clean code-server profile and drives the workbench in
// headless Chromium through the keyboard and mouse, as a user would. Each scenario in test/e2e/*.e2e.mjs exports
// `title`, `run(wb, ctx)` and optionally `variants` (e.g. light and dark themes) and `workspace` (default examples/).
// Ends with `N passed, N failed`; a failure prints the step, the workbench log and the path of a screenshot.
//   node scripts/e2e.mjs [name]       only scenarios whose file name contains `name`
//   node scripts/e2e.mjs --docs-images  also writes the README's screenshots to docs/images/ (npm run screenshots)
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { installVsix, launchChromium, root, startCodeServer } from './lib/code-server.mjs';

const args = process.argv.slice(2);
const docsImages = args.includes('--docs-images');
const only = args.find((a) => !a.startsWith('--'));
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${name}-${version}.vsix`);
if (!existsSync(vsix) || process.env.E2E_REPACKAGE) {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { console.error('e2e: packaging failed'); process.exit(1); }
}
const { Workbench } = await import(path.join(root, 'test/e2e/workbench.mjs'));
const scenarios = readdirSync(path.join(root, 'test/e2e')).filter((f) => f.endsWith('.e2e.mjs')).filter((f) => !only || f.includes(only)).sort();

/** Runs one scenario variant in a fresh profile and workspace; true when it passed. */
async function runOne(scenario, variant) {
  const label = variant.name ? `${scenario.title} (${variant.name})` : scenario.title;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-'));
  const shots = path.join(tmp, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const ws = path.join(tmp, 'workspace');
  cpSync(path.join(root, scenario.workspace ?? 'examples'), ws, { recursive: true });
  const profile = path.join(tmp, 'profile');
  installVsix(vsix, profile);
  const server = await startCodeServer({ dir: profile, settings: { ...(scenario.settings ?? {}), ...(variant.settings ?? {}) } });
  const browser = await launchChromium();
  const pageLog = [];
  let step = 'starting';
  const t0 = Date.now();
  const log = (m) => { step = m; console.log(`  [${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`); };
  console.log(`\n${label}`);
  let page;
  let ok = false;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, colorScheme: variant.colorScheme ?? 'dark' });
    page = await context.newPage();
    page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
    await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}`);
    const wb = new Workbench(page, { shots, log });
    await wb.ready();
    log('workbench loaded');
    const capture = async (imageName) => {
      const file = await wb.screenshot(imageName);
      if (docsImages) copyFileSync(file, path.join(root, 'docs/images', `${imageName}.png`));
    };
    await scenario.run(wb, { ws, shots, log, root, capture, variant });
    console.log(`  ✔ ${label}`);
    ok = true;
    return true;
  } catch (e) {
    let shot = '(none)';
    try { if (page) { shot = path.join(shots, 'failure.png'); await page.screenshot({ path: shot }); } } catch { shot = '(the page was gone)'; }
    console.error(`  ✘ ${label}\n    failed at step: ${step}\n    ${e.stack ?? e}\n    screenshot: ${shot}\n    kept ${tmp} for inspection`);
    console.error(`--- workbench log ---\n${pageLog.slice(-80).join('\n')}\n--- server log ---\n${server.log().slice(-4000)}`);
    return false;
  } finally {
    await browser.close().catch(() => {});
    await server.stopAndWait();
    if (ok) rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
  }
}

if (docsImages) mkdirSync(path.join(root, 'docs/images'), { recursive: true });
let passed = 0;
let failed = 0;
for (const file of scenarios) {
  const scenario = await import(path.join(root, 'test/e2e', file));
  for (const variant of scenario.variants ?? [{}]) {
    if (await runOne(scenario, variant)) passed++; else failed++;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
