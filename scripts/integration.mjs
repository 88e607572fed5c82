// Runs the integration suite (out/test/integration/index.js) inside a real VS Code extension host.
//   POSTMORTEM_TEST_RUNNER=code-server  code-server's Node extension host + headless Debian Chromium (offline machines, CI)
//   POSTMORTEM_TEST_RUNNER=electron     @vscode/test-electron, which downloads VS Code desktop
// Default: code-server when it is installed (scripts/setup-code-server.sh), else electron.
// Resolves to { passes, failures, pending, output, version }; a run that did not happen is an error, never a pass.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isInstalled, launchChromium, remoteAuthority, root, startCodeServer } from './lib/code-server.mjs';

const suite = path.join(root, 'out/test/integration/index.js');

function readReport(file) {
  if (!existsSync(file)) throw new Error('the extension host wrote no test report: the suite did not run');
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function viaCodeServer(tmp, ws, report) {
  const timeoutMs = Number(process.env.POSTMORTEM_TEST_TIMEOUT_MS ?? 300_000);
  const server = await startCodeServer({
    dir: path.join(tmp, 'profile'),
    // a built VS Code ignores the URL's extensionDevelopmentPath/extensionTestsPath without this option
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    env: { VSCODE_TEST_REPORT: report, POSTMORTEM_TEST_WORKSPACE: ws },
  });
  const pageLog = [];
  let browser;
  try {
    const authority = await remoteAuthority(server.base, ws);
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(suite)], ['skipWelcome', 'true']]);
    browser = await launchChromium();
    const page = await browser.newPage();
    const code = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => { pageLog.push(`TIMEOUT after ${timeoutMs} ms`); resolve(3); }, timeoutMs);
      Promise.all([
        page.exposeFunction('codeAutomationLog', (type, args) => pageLog.push(`[${type}] ${args.join(' ')}`)),
        page.exposeFunction('codeAutomationExit', (c) => { clearTimeout(timer); resolve(c); }),
      ]).then(() => page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`)).catch(reject);
    });
    if (code !== 0 && !existsSync(report)) {
      throw new Error(`the test run ended with code ${code} and no report\n--- workbench log ---\n${pageLog.join('\n')}\n--- server log ---\n${server.log()}`);
    }
    if (process.env.VERBOSE) console.error(`--- workbench log ---\n${pageLog.join('\n')}\n--- server log ---\n${server.log()}`);
    return readReport(report);
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
}

async function viaElectron(ws, report) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      extensionDevelopmentPath: root, extensionTestsPath: suite,
      launchArgs: [ws, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { VSCODE_TEST_REPORT: report, POSTMORTEM_TEST_WORKSPACE: ws, POSTMORTEM_TEST_GREP: process.env.POSTMORTEM_TEST_GREP ?? '' },
    });
  } catch (e) {
    if (!existsSync(report)) {
      throw new Error(`@vscode/test-electron could not run VS Code: ${e?.message ?? e}\n` +
        '(offline? run `npm run setup:code-server`, then POSTMORTEM_TEST_RUNNER=code-server)');
    }
  }
  return readReport(report);
}

/** Runs the suite once in a fresh copy of test/fixtures/workspace. */
export async function runIntegration() {
  if (!existsSync(suite)) throw new Error(`${suite} is missing: run the build first`);
  const runner = process.env.POSTMORTEM_TEST_RUNNER ?? (isInstalled() ? 'code-server' : 'electron');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pm-integration-'));
  const ws = path.join(tmp, 'workspace');
  cpSync(path.join(root, 'test/fixtures/workspace'), ws, { recursive: true });
  const report = path.join(tmp, 'report.json');
  console.log(`integration tests in a real VS Code via ${runner}`);
  try {
    return runner === 'code-server' ? await viaCodeServer(tmp, ws, report) : await viaElectron(ws, report);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = await runIntegration();
    console.log(r.output);
    console.log(`${r.passes} passed, ${r.failures} failed`);
    process.exit(r.failures > 0 || r.passes === 0 ? 1 : 0);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
