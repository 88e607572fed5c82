import * as assert from 'assert';
import { AbandonedCheck, LintClient } from '../../../src/extension/lint/client';
import { answerLintRequest, type LintFunction, type LintOutput } from '../../../src/extension/lint/protocol';
import type { LintWorkerPort } from '../../../src/extension/platform';

const output = (text: string): LintOutput => ({
  findings: [{ ruleId: 'PM001', ruleName: 'required-section', severity: 'warning', message: text, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }],
  timesJson: '[]', metrics: { durationMinutes: null, durationLabel: null, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null },
  checkMs: 0,
});

/** A worker port answering in a later task, like a real worker, through the same protocol function. */
function fakePort(lint: LintFunction, log: string[]): LintWorkerPort {
  let listener: (m: unknown) => void = () => {};
  let onError: (e: Error) => void = () => {};
  return {
    postMessage: (m) => setImmediate(() => {
      if ((m as { text: string }).text === 'crash') { onError(new Error('out of memory')); return; }
      answerLintRequest(structuredClone(m), lint, (r) => listener(structuredClone(r)));
    }),
    onMessage: (l) => { listener = l; },
    onError: (l) => { onError = l; },
    terminate: () => log.push('terminated'),
  };
}

describe('editor: lint client', () => {
  it('checks small documents inline and large ones in the worker', async () => {
    const log: string[] = [];
    const client = new LintClient({ createPort: () => { log.push('started'); return fakePort((t) => output(`worker:${t}`), log); }, lintInline: (t) => output(`inline:${t}`), inlineMaxLines: 10 });
    assert.strictEqual((await client.lint('small', {}, 10)).findings[0].message, 'inline:small');
    assert.deepStrictEqual(log, [], 'no worker for a small document');
    assert.strictEqual((await client.lint('large', {}, 11)).findings[0].message, 'worker:large');
    assert.strictEqual((await client.lint('large2', {}, 5000)).findings[0].message, 'worker:large2');
    assert.deepStrictEqual(log, ['started'], 'one worker for all checks');
    client.dispose();
  });

  it('answers concurrent requests by id', async () => {
    const client = new LintClient({ createPort: () => fakePort((t) => output(t), []), lintInline: () => { throw new Error('unused'); }, inlineMaxLines: 0 });
    const texts = ['a', 'b', 'c', 'd'];
    const got = await Promise.all(texts.map((t) => client.lint(t, {}, 100)));
    assert.deepStrictEqual(got.map((o) => o.findings[0].message), texts);
    client.dispose();
  });

  it('turns a failing check into a rejected promise', async () => {
    const client = new LintClient({ createPort: () => fakePort(() => { throw new Error('rule PM009 crashed'); }, []), lintInline: output, inlineMaxLines: 0 });
    await assert.rejects(client.lint('x', {}, 100), /rule PM009 crashed/);
    client.dispose();
  });

  it('restarts a crashed worker, then falls back to inline checks', async () => {
    const log: string[] = [];
    let started = 0;
    const client = new LintClient({ createPort: () => { started++; return fakePort((t) => output(t), log); }, lintInline: (t) => output(`inline:${t}`), inlineMaxLines: 0, log: (m) => log.push(m) });
    await assert.rejects(client.lint('crash', {}, 100), /out of memory/);
    assert.strictEqual((await client.lint('ok', {}, 100)).findings[0].message, 'ok');
    assert.strictEqual(started, 2);
    await assert.rejects(client.lint('crash', {}, 100));
    await assert.rejects(client.lint('crash', {}, 100));
    await assert.rejects(client.lint('crash', {}, 100));
    assert.strictEqual(client.placeFor(100), 'inline');
    assert.strictEqual((await client.lint('after', {}, 100)).findings[0].message, 'inline:after');
    assert.ok(log.some((l) => /checking inline from now on/.test(l)), log.join('\n'));
    client.dispose();
  });

  it('hands over our findings first, then the final result', async () => {
    const client = new LintClient({
      createPort: () => fakePort((t, _o, onPartial) => { onPartial?.(output(`ours:${t}`)); return output(`all:${t}`); }, []),
      lintInline: output, inlineMaxLines: 0,
    });
    const seen: string[] = [];
    const final = await client.lint('doc', {}, 100, (p) => seen.push(p.findings[0].message));
    seen.push(final.findings[0].message);
    assert.deepStrictEqual(seen, ['ours:doc', 'all:doc']);
    client.dispose();
  });

  it('checks inline when the platform offers no worker', async () => {
    const client = new LintClient({ lintInline: (t) => output(`inline:${t}`) });
    assert.strictEqual(client.placeFor(5000), 'inline');
    assert.strictEqual((await client.lint('x', {}, 5000)).findings[0].message, 'inline:x');
  });

  it('abandons a check that is only finishing markdownlint, without counting a failure', async () => {
    const log: string[] = [];
    let started = 0;
    // a worker that sends our findings at once and then stays busy with markdownlint
    const slowPort = (): LintWorkerPort => {
      let listener: (m: unknown) => void = () => {};
      return {
        postMessage: (m) => setImmediate(() => listener({ type: 'partial', id: (m as { id: number }).id, output: output('ours') })),
        onMessage: (l) => { listener = l; },
        onError: () => {},
        terminate: () => log.push('terminated'),
      };
    };
    const client = new LintClient({ createPort: () => { started++; return slowPort(); }, lintInline: output, inlineMaxLines: 0 });
    assert.strictEqual(client.abandonStale(), false, 'nothing to abandon before any check');
    let partial = false;
    const first = client.lint('v1', {}, 100, () => { partial = true; });
    assert.strictEqual(client.abandonStale(), false, 'a check still in its first phase is kept until that phase ends');
    await assert.rejects(first, AbandonedCheck);
    assert.ok(partial, 'its first phase was still delivered');
    assert.deepStrictEqual(log, ['terminated']);
    for (let i = 0; i < 4; i++) {
      const next = client.lint(`v${i + 2}`, {}, 100);
      await new Promise((r) => setImmediate(r));
      client.abandonStale();
      await assert.rejects(next, AbandonedCheck);
    }
    assert.strictEqual(client.placeFor(100), 'worker', 'abandoned checks are not failures');
    assert.strictEqual(started, 6, 'a fresh worker is started as soon as one is stopped');
    client.dispose();
  });
});
