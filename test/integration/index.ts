// Entry of the integration suite, the same for @vscode/test-electron and for code-server.
// The remote extension host's console reaches only the browser, so the spec output and the counts
// also go to the file named by VSCODE_TEST_REPORT, which the runner prints.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000 });
  // POSTMORTEM_TEST_GREP runs only the tests whose titles match (for a quick run while developing)
  if (process.env.POSTMORTEM_TEST_GREP) mocha.grep(process.env.POSTMORTEM_TEST_GREP);
  const report = process.env.VSCODE_TEST_REPORT;
  const lines: string[] = [];
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => { lines.push(util.format(...args)); original(...args); };
  // tests' own console.log lines (e.g. the VS Code version) belong in the report too
  const log = console.log;
  console.log = (...args: unknown[]) => { lines.push(util.format(...args)); log(...args); };
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log = log;
      if (report) {
        const s = runner.stats!;
        fs.writeFileSync(report, JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending, output: lines.join('\n') }));
      }
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
