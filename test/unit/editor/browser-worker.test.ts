import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { LintResponse } from '../../../src/extension/lint/protocol';

const root = path.resolve(__dirname, '../../../..');
const bundle = path.join(root, 'dist/web/lint-worker.js');
const seed = fs.readFileSync(path.join(root, 'test/fixtures/workspace/postmortems/2021-09-27-us-east-1-servers.md'), 'utf8');

describe('editor: the browser lint worker bundle', () => {
  it('runs with web worker globals only (no DOM, no Node) and answers in two phases', function () {
    if (!fs.existsSync(bundle)) this.skip();
    const listeners: ((e: { data: unknown }) => void)[] = [];
    const posted: LintResponse[] = [];
    // what a dedicated web worker offers besides the language built-ins
    const self = {
      addEventListener: (type: string, l: (e: { data: unknown }) => void) => { if (type === 'message') listeners.push(l); },
      postMessage: (m: LintResponse) => posted.push(structuredClone(m)),
    };
    const context = vm.createContext({ self, performance, console, setTimeout, clearTimeout, queueMicrotask, TextEncoder, TextDecoder, URL, structuredClone });
    vm.runInContext(fs.readFileSync(bundle, 'utf8'), context, { filename: bundle });
    assert.strictEqual(listeners.length, 1);
    listeners[0]({ data: { type: 'lint', id: 3, text: seed, options: { markdownlint: true } } });
    assert.deepStrictEqual(posted.map((r) => [r.type, r.id]), [['partial', 3], ['result', 3]]);
    const result = posted[1] as Extract<LintResponse, { type: 'result' }>;
    assert.ok(result.output.findings.some((f) => f.ruleId === 'PM006'), JSON.stringify(result.output.findings.map((f) => f.ruleId)));
  });
});
