import * as assert from 'assert';
import { AbandonedCheck, LintClient } from '../../../src/extension/lint/client';
import { answerAuthoring } from '../../../src/extension/lint/authoring';
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
    authoring: (t, _c, ask) => ({ kind: 'timestamps', texts: ask.kind === 'timestamps' ? ask.lines.map((l) => `worker:${t}:${l}`) : [] }),
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
    assert.deepStrictEqual((await client.markdownlint('b', 'large', {}, 100)).map((f) => f.message), ['md:large']);
    assert.deepStrictEqual(messages((await client.check('large2', {}, 5000)).output), ['worker:large2']);
    await client.markdownlint('b', 'large2', {}, 100);
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
    const md = texts.map((t) => client.markdownlint(t, t, {}, 100));
    assert.deepStrictEqual((await Promise.all(ours)).map((r) => r.output.findings[0].message), texts.map((t) => `worker:${t}`));
    assert.deepStrictEqual((await Promise.all(md)).map((f) => f[0].message), texts.map((t) => `md:${t}`), 'other documents are not replaced');
    client.dispose();
  });

  it('replaces a document\'s markdownlint check by its newer text, and says so without a failure', async () => {
    const log: string[] = [];
    const client = new LintClient({ createPort: () => fakePort(log, { markdownlint: (t) => chunked(t, 5) }), lintInline: inlineAll, inlineMaxLines: 0, log: (m) => log.push(m) });
    // the assertions are attached at once: a replaced request rejects while the others are still running
    const v1 = assert.rejects(client.markdownlint('doc', 'v1', {}, 100), AbandonedCheck, 'stopped between chunks');
    const other = client.markdownlint('other', 'o1', {}, 100);
    await new Promise((r) => setImmediate(r));
    const v2 = assert.rejects(client.markdownlint('doc', 'v2', {}, 100), AbandonedCheck, 'replaced while waiting');
    const v3 = client.markdownlint('doc', 'v3', {}, 100);
    await v1;
    await v2;
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
    await assert.rejects(client.markdownlint('a', 'x', {}, 100), /MD056 crashed/);
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
    for (let i = 0; i < 3; i++) await assert.rejects(client.markdownlint('a', `x${i}`, {}, 100), /answered nothing for 20 ms/);
    assert.deepStrictEqual((await client.markdownlint('a', 'y', {}, 100)).map((f) => f.message), ['inline-md:y']);
    assert.deepStrictEqual(messages((await client.check('y', {}, 100)).output), ['worker:y'], 'our rules still go to their worker');
    assert.ok(log.some((l) => /markdownlint worker .*checking inline from now on/.test(l)), log.join('\n'));
    client.dispose();
  });

  it('lets requests wait behind others as long as the worker keeps answering', async () => {
    const log: string[] = [];
    // each markdownlint run takes three steps of 10 ms: eight documents take far longer than the 150 ms timeout, while
    // each answer comes well within it (a busy machine may stall the test's timers for a while)
    const client = new LintClient({
      createPort: () => fakePort(log, { markdownlint: (t) => chunked(t, 3), later: (cb) => setTimeout(cb, 10) }),
      lintInline: inlineAll, inlineMaxLines: 0, timeoutMs: 150, log: (m) => log.push(m),
    });
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const got = await Promise.all(keys.map((k) => client.markdownlint(k, k, {}, 100)));
    assert.deepStrictEqual(got.map((f) => f[0].message), keys.map((k) => `md:${k}`));
    assert.deepStrictEqual(log, [], 'no worker restarted');
    client.dispose();
  });

  it('never runs markdownlint on a large document in the editor\'s thread: a notice says it was skipped', async () => {
    const log: string[] = [];
    const hung = () => fakePort(log, { markdownlint: (t) => chunked(t, 3), later: () => {} });
    const client = new LintClient({
      createPort: hung, lintInline: inlineAll, markdownlintInline: (t) => [finding('MD018', `inline-md:${t}`)], inlineMaxLines: 0, timeoutMs: 20, log: (m) => log.push(m),
    });
    for (let i = 0; i < 3; i++) await assert.rejects(client.markdownlint('a', `x${i}`, {}, 5000), /answered nothing/);
    const [notice] = await client.markdownlint('a', 'big', {}, 5000);
    assert.strictEqual(notice.ruleId, 'markdownlint');
    assert.strictEqual(notice.severity, 'info');
    assert.match(notice.message, /skipped/);
    assert.deepStrictEqual((await client.markdownlint('a', 'small', {}, 300)).map((f) => f.message), ['inline-md:small']);
    client.dispose();
    // no worker at all: our rules inline, and the same notice in place of markdownlint's findings
    const none = new LintClient({ lintInline: (t, o) => (o.markdownlint === false ? output(`ours:${t}`) : inlineAll(t)) });
    const large = await none.check('big', {}, 5000);
    assert.ok(large.complete);
    assert.deepStrictEqual(large.output.findings.map((f) => f.ruleId).sort(), ['PM001', 'markdownlint']);
    assert.deepStrictEqual(messages((await none.check('small', {}, 300)).output), ['inline:small', 'inline-md:small']);
  });

  it('answers Insert Timestamp and Add Timeline Entry in the rules worker for a large document, inline for a small one', async () => {
    const log: string[] = [];
    const client = new LintClient({ createPort: () => { log.push('started'); return fakePort(log); }, lintInline: inlineAll, inlineMaxLines: 10 });
    const text = '# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 09:15 Deploy starts\n';
    const context = { now: Date.UTC(2024, 2, 12, 10, 30) };
    const small = await client.authoring(text, context, { kind: 'timestamps', lines: [8] }, 8);
    assert.deepStrictEqual(small, { kind: 'timestamps', texts: ['10:30'] }, 'the real answer, computed here');
    assert.deepStrictEqual(log, [], 'no worker for a small document');
    assert.deepStrictEqual(await client.authoring('large', context, { kind: 'timestamps', lines: [3, 9] }, 11), { kind: 'timestamps', texts: ['worker:large:3', 'worker:large:9'] });
    client.dispose();
  });

  it('answers a command here when the rules worker fails, so the command still works', async () => {
    const log: string[] = [];
    const client = new LintClient({ createPort: () => fakePort(log, { authoring: () => { throw new Error('PM005 crashed'); } }), lintInline: inlineAll, inlineMaxLines: 0, log: (m) => log.push(m) });
    const text = '# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 09:15 Deploy starts\n- 11:00 Rollback\n';
    const context = { now: Date.UTC(2024, 2, 12, 10, 30) };
    const answer = await client.authoring(text, context, { kind: 'timelineEntry' }, 100);
    assert.deepStrictEqual(answer, answerAuthoring(text, context, { kind: 'timelineEntry' }));
    assert.ok(answer.kind === 'timelineEntry' && answer.insertion.edit.replacement.includes('10:30'), JSON.stringify(answer));
    assert.ok(log.some((l) => /could not answer a command.*PM005 crashed/.test(l)), log.join('\n'));
    client.dispose();
  });

  it('checks inline when the platform offers no worker', async () => {
    const client = new LintClient({ lintInline: inlineAll });
    assert.strictEqual(client.placeFor(5000), 'inline');
    const r = await client.check('x', {}, 200);
    assert.ok(r.complete);
    assert.deepStrictEqual(messages(r.output), ['inline:x', 'inline-md:x']);
  });
});
