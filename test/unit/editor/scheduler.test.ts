import * as assert from 'assert';
import { LintScheduler, MARKDOWNLINT_PAUSE_FROM_LINES, MARKDOWNLINT_PAUSE_MS, markdownlintDelay, type Timers } from '../../../src/extension/lint/scheduler';

/** Virtual time: timers fire only when `advance` passes them. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private pending = new Map<number, { at: number; cb: () => void }>();
  set(cb: () => void, ms: number): unknown { const id = this.next++; this.pending.set(id, { at: this.now + ms, cb }); return id; }
  clear(h: unknown): void { this.pending.delete(h as number); }
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].cb();
      await flush();
    }
    this.now = until;
    await flush();
  }
}
const flush = () => new Promise<void>((r) => setImmediate(r));

/** A job whose runs finish only when the test says so; each run returns the text it saw. */
function harness() {
  const timers = new FakeTimers();
  const text = new Map<string, string>();
  const runs: { key: string; text: string; finish: () => void }[] = [];
  const published: [string, string][] = [];
  const scheduler = new LintScheduler<string>({
    run: (key) => new Promise((resolve) => { const t = text.get(key)!; runs.push({ key, text: t, finish: () => resolve(t) }); }),
    publish: (key, r) => published.push([key, r]),
  }, timers);
  const edit = (key: string, t: string, delay = 200) => { text.set(key, t); scheduler.schedule(key, delay); };
  return { timers, runs, published, scheduler, edit };
}

describe('editor: live check scheduling', () => {
  it('checks once, after the last keystroke of a burst', async () => {
    const h = harness();
    for (const t of ['a', 'ab', 'abc']) { h.edit('doc', t); await h.timers.advance(50); }
    assert.strictEqual(h.runs.length, 0);
    await h.timers.advance(200);
    assert.deepStrictEqual(h.runs.map((r) => r.text), ['abc']);
    h.runs[0].finish();
    await flush();
    assert.deepStrictEqual(h.published, [['doc', 'abc']]);
  });

  it('drops a result when the document changed while it ran, then checks the new text', async () => {
    const h = harness();
    h.edit('doc', 'v1');
    await h.timers.advance(200);
    h.edit('doc', 'v2');
    await h.timers.advance(200);
    assert.strictEqual(h.runs.length, 1, 'no second run while the first is running');
    h.runs[0].finish();
    await flush();
    assert.deepStrictEqual(h.published, [], 'the v1 result is stale');
    assert.deepStrictEqual(h.runs.map((r) => r.text), ['v1', 'v2']);
    h.runs[1].finish();
    await flush();
    assert.deepStrictEqual(h.published, [['doc', 'v2']]);
  });

  it('publishes nothing for a closed document', async () => {
    const h = harness();
    h.edit('doc', 'v1');
    await h.timers.advance(200);
    h.scheduler.cancel('doc');
    h.runs[0].finish();
    await flush();
    h.edit('other', 'x', 0);
    h.scheduler.cancel('other');
    await h.timers.advance(500);
    assert.deepStrictEqual(h.published, []);
    assert.strictEqual(h.runs.length, 1);
  });

  it('keeps documents independent', async () => {
    const h = harness();
    h.edit('a', 'a1');
    h.edit('b', 'b1', 0);
    await h.timers.advance(0);
    assert.deepStrictEqual(h.runs.map((r) => r.key), ['b']);
    await h.timers.advance(200);
    h.runs.forEach((r) => r.finish());
    await flush();
    assert.deepStrictEqual(h.published.sort(), [['a', 'a1'], ['b', 'b1']]);
  });

  it('whenIdle waits for the pending and running checks', async () => {
    const h = harness();
    h.edit('doc', 'v1');
    let idle = false;
    void h.scheduler.whenIdle('doc').then(() => { idle = true; });
    await h.timers.advance(200);
    assert.ok(!idle && h.scheduler.isBusy('doc'));
    h.runs[0].finish();
    await flush();
    await flush();
    assert.ok(idle && !h.scheduler.isBusy('doc'));
  });

  it('reports a failed run and keeps going', async () => {
    const timers = new FakeTimers();
    const errors: unknown[] = [];
    let n = 0;
    const s = new LintScheduler<number>({
      run: () => (++n === 1 ? Promise.reject(new Error('worker died')) : Promise.resolve(n)),
      publish: (_k, r) => errors.push(r),
      error: (_k, e) => errors.push((e as Error).message),
    }, timers);
    s.schedule('doc', 10);
    await timers.advance(10);
    s.schedule('doc', 10);
    await timers.advance(10);
    assert.deepStrictEqual(errors, ['worker died', 2]);
  });

  it('runs markdownlint with our rules on ordinary documents, after a longer pause on large ones, at once on open', () => {
    assert.strictEqual(markdownlintDelay(150, 300), 150);
    assert.strictEqual(markdownlintDelay(150, MARKDOWNLINT_PAUSE_FROM_LINES - 1), 150);
    assert.strictEqual(markdownlintDelay(150, MARKDOWNLINT_PAUSE_FROM_LINES), MARKDOWNLINT_PAUSE_MS);
    assert.strictEqual(markdownlintDelay(2000, 5000), 2000, 'never sooner than the debounce setting');
    assert.strictEqual(markdownlintDelay(0, 5000), 0);
  });
});
