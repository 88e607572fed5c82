import * as assert from 'assert';
import { AbandonedCheck, LintClient } from '../../../src/extension/lint/client';
import type { LintOutput } from '../../../src/extension/lint/protocol';
import { WorkerHost, type WorkerHostDeps } from '../../../src/extension/lint/worker-host';
import type { LintWorkerPort } from '../../../src/extension/platform';
import type { Finding } from '../../../src/core/types';

const finding = (ruleId: string, message: string): Finding => ({ ruleId, ruleName: ruleId, severity: 'warning', message, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } });
const output = (text: string): LintOutput => ({
  findings: [finding('PM001', text)],
  timesJson: '[]', metrics: { durationMinutes: null, durationLabel: null, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null },
  outline: { sections: [] }, checkMs: 0,
});

/** markdownlint steps that lint `chunks` chunks, one per step. */
function* chunked(text: string, chunks: number): Generator<void, Finding[], void> {
  for (let i = 1; i < chunks; i++) yield;
  return [finding('MD018', `md:${text}`)];
}

/**
 * A worker port running the real worker host in a later task, with fake checks, crossing a structured clone like
 * a real worker. The text 'crash' makes the worker fail.
 */
function fakePort(log: string[], deps: Partial<WorkerHostDeps> = {}): LintWorkerPort {
  let listener: (m: unknown) => void = () => {};
  let onError: (e: Error) => void = () => {};
  let alive = true;
  const host = new WorkerHost((r) => setImmediate(() => { if (alive) listener(structuredClone(r)); }), {
    ourRules: (t) => output(`worker:${t}`),
    markdownlint: (t) => chunked(t, 1),
    render: function* (t, _o, _r, part) { yield; return `${part}:${t}`; },
    later: (cb) => setImmediate(cb),
    ...deps,
  });
  return {
    postMessage: (m) => setImmediate(() => {
      if ((m as { text: string }).text === 'crash') { onError(new Error('out of memory')); return; }
      host.onMessage(structuredClone(m));
    }),
    onMessage: (l) => { listener = l; },
    onError: (l) => { onError = l; },
    terminate: () => { alive = false; log.push('terminated'); },
  };
}

const inlineAll = (t: string): LintOutput => ({ ...output(`inline:${t}`), findings: [finding('PM001', `inline:${t}`), finding('MD018', `inline-md:${t}`)] });

const messages = (o: LintOutput) => o.findings.map((f) => f.message);

describe('editor: lint client', () => {
  it('checks small documents inline, in one piece, and large ones in two workers', async () => {
    const log: string[] = [];
    const client = new LintClient({ createPort: () => { log.push('started'); return fakePort(log); }, lintInline: inlineAll, inlineMaxLines: 10 });
    const small = await client.check('small', {}, 10);
    assert.ok(small.complete, 'markdownlint\'s findings come with the inline result');
    assert.deepStrictEqual(messages(small.output), ['inline:small', 'inline-md:small']);
    assert.deepStrictEqual(log, [], 'no worker for a small document');
    const large = await client.check('large', {}, 11);
    assert.ok(!large.complete);
    assert.deepStrictEqual(messages(large.output), ['worker:large']);
    assert.deepStrictEqual((await client.markdownlint('b', 'large', {})).map((f) => f.message), ['md:large']);
    assert.deepStrictEqual(messages((await client.check('large2', {}, 5000)).output), ['worker:large2']);
    await client.markdownlint('b', 'large2', {});
    assert.deepStrictEqual(log, ['started', 'started'], 'one worker for our rules, one for markdownlint, kept for later checks');
    client.dispose();
  });

  it('says a worker result is complete when markdownlint is turned off', async () => {
    const client = new LintClient({ createPort: () => fakePort([]), lintInline: inlineAll, inlineMaxLines: 0 });
    const r = await client.check('x', { markdownlint: false }, 100);
    assert.ok(r.complete);
    assert.deepStrictEqual(messages(r.output), ['worker:x']);
    client.dispose();
  });

  it('answers concurrent requests by id', async () => {
    const client = new LintClient({ createPort: () => fakePort([]), lintInline: () => { throw new Error('unused'); }, inlineMaxLines: 0 });
    const texts = ['a', 'b', 'c', 'd'];
    const ours = texts.map((t) => client.check(t, {}, 100));
    const md = texts.map((t) => client.markdownlint(t, t, {}));
    assert.deepStrictEqual((await Promise.all(ours)).map((r) => r.output.findings[0].message), texts.map((t) => `worker:${t}`));
    assert.deepStrictEqual((await Promise.all(md)).map((f) => f[0].message), texts.map((t) => `md:${t}`), 'other documents are not replaced');
    client.dispose();
  });

  it('replaces a document\'s markdownlint check by its newer text, and says so without a failure', async () => {
    const log: string[] = [];
    const client = new LintClient({ createPort: () => fakePort(log, { markdownlint: (t) => chunked(t, 5) }), lintInline: inlineAll, inlineMaxLines: 0, log: (m) => log.push(m) });
    const v1 = client.markdownlint('doc', 'v1', {});
    const other = client.markdownlint('other', 'o1', {});
    await new Promise((r) => setImmediate(r));
    const v2 = client.markdownlint('doc', 'v2', {});
    const v3 = client.markdownlint('doc', 'v3', {});
    await assert.rejects(v1, AbandonedCheck, 'stopped between chunks');
    await assert.rejects(v2, AbandonedCheck, 'replaced while waiting');
    assert.deepStrictEqual((await v3).map((f) => f.message), ['md:v3']);
    assert.deepStrictEqual((await other).map((f) => f.message), ['md:o1']);
    assert.deepStrictEqual(log, [], 'nothing failed, no worker restarted');
    client.dispose();
  });

  it('turns a failing check into a rejected promise', async () => {
    const client = new LintClient({
      createPort: () => fakePort([], { ourRules: () => { throw new Error('rule PM009 crashed'); }, markdownlint: () => { throw new Error('MD056 crashed'); } }),
      lintInline: inlineAll, inlineMaxLines: 0,
    });
    await assert.rejects(client.check('x', {}, 100), /rule PM009 crashed/);
    await assert.rejects(client.markdownlint('a', 'x', {}), /MD056 crashed/);
    client.dispose();
  });

  it('restarts a crashed worker, then falls back to inline checks', async () => {
    const log: string[] = [];
    let started = 0;
    const client = new LintClient({
      createPort: () => { started++; return fakePort(log); },
      lintInline: inlineAll, markdownlintInline: (t) => [finding('MD018', `inline-md:${t}`)], inlineMaxLines: 0, log: (m) => log.push(m),
    });
    await assert.rejects(client.check('crash', {}, 100), /out of memory/);
    assert.deepStrictEqual(messages((await client.check('ok', {}, 100)).output), ['worker:ok']);
    assert.strictEqual(started, 2, 'restarted');
    for (let i = 0; i < 3; i++) await assert.rejects(client.check('crash', {}, 100));
    assert.strictEqual(client.placeFor(100), 'inline');
    const after = await client.check('after', {}, 100);
    assert.ok(after.complete);
    assert.deepStrictEqual(messages(after.output), ['inline:after', 'inline-md:after']);
    assert.ok(log.some((l) => /rules worker .*checking inline from now on/.test(l)), log.join('\n'));
    client.dispose();
  });

  it('runs markdownlint inline when only its worker keeps failing', async () => {
    const log: string[] = [];
    // a worker whose markdownlint never ends (and never lets the next chunk run): each request times out
    const client = new LintClient({
      createPort: () => fakePort(log, { markdownlint: (t) => chunked(t, 3), later: () => {} }),
      lintInline: inlineAll, markdownlintInline: (t) => [finding('MD018', `inline-md:${t}`)], inlineMaxLines: 0, timeoutMs: 20, log: (m) => log.push(m),
    });
    for (let i = 0; i < 3; i++) await assert.rejects(client.markdownlint('a', `x${i}`, {}), /took more than 20 ms/);
    assert.deepStrictEqual((await client.markdownlint('a', 'y', {})).map((f) => f.message), ['inline-md:y']);
    assert.deepStrictEqual(messages((await client.check('y', {}, 100)).output), ['worker:y'], 'our rules still go to their worker');
    assert.ok(log.some((l) => /markdownlint worker .*checking inline from now on/.test(l)), log.join('\n'));
    client.dispose();
  });

  it('checks inline when the platform offers no worker', async () => {
    const client = new LintClient({ lintInline: inlineAll });
    assert.strictEqual(client.placeFor(5000), 'inline');
    const r = await client.check('x', {}, 5000);
    assert.ok(r.complete);
    assert.strictEqual(r.output.findings[0].message, 'inline:x');
  });
});
