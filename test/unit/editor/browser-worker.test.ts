import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { WorkerResponse } from '../../../src/extension/lint/protocol';

const root = path.resolve(__dirname, '../../../..');
const bundle = path.join(root, 'dist/web/lint-worker.js');
const seed = fs.readFileSync(path.join(root, 'test/fixtures/workspace/postmortems/2021-09-27-us-east-1-servers.md'), 'utf8');

describe('editor: the browser lint worker bundle', () => {
  it('runs with web worker globals only (no DOM, no Node) and answers both kinds of request', async function () {
    if (!fs.existsSync(bundle)) this.skip();
    const listeners: ((e: { data: unknown }) => void)[] = [];
    const posted: WorkerResponse[] = [];
    // what a dedicated web worker offers besides the language built-ins
    const self = {
      addEventListener: (type: string, l: (e: { data: unknown }) => void) => { if (type === 'message') listeners.push(l); },
      postMessage: (m: WorkerResponse) => posted.push(structuredClone(m)),
    };
    const context = vm.createContext({ self, performance, console, setTimeout, clearTimeout, queueMicrotask, TextEncoder, TextDecoder, URL, structuredClone });
    vm.runInContext(fs.readFileSync(bundle, 'utf8'), context, { filename: bundle });
    assert.strictEqual(listeners.length, 1);
    listeners[0]({ data: { type: 'lint', id: 3, text: seed, options: { markdownlint: true } } });
    listeners[0]({ data: { type: 'markdownlint', id: 4, key: 'seed', text: seed.replace('## Timeline', '##Timeline'), options: { markdownlint: true } } });
    while (posted.length < 2) await new Promise((r) => setTimeout(r, 1));
    assert.deepStrictEqual(posted.map((r) => [r.type, r.id]), [['result', 3], ['markdownlint', 4]]);
    const result = posted[0] as Extract<WorkerResponse, { type: 'result' }>;
    assert.ok(result.output.findings.some((f) => f.ruleId === 'PM006'), JSON.stringify(result.output.findings.map((f) => f.ruleId)));
    const md = posted[1] as Extract<WorkerResponse, { type: 'markdownlint' }>;
    assert.ok(md.findings.some((f) => f.ruleId === 'MD018'), JSON.stringify(md.findings.map((f) => f.ruleId)));
  });
});
