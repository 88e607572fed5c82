import * as assert from 'assert';
import { RenderScheduler, type SchedulerClock } from '../../../src/extension/preview/scheduler';
import { exportFileName, firstFreeName, reportBaseName } from '../../../src/extension/preview/exportName';
import { isFromWebview, isPreviewState, isToWebview } from '../../../src/core/render/protocol';

/** A clock whose time moves only when told; counts live timers. */
class FakeClock implements SchedulerClock {
  time = 0;
  timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
    for (const [id, t] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= this.time) {
        this.timers.delete(id);
        t.fn();
      }
    }
  }
}

describe('preview: render scheduling', () => {
  it('keeps at most one render pending while typing, and renders once after the pause', () => {
    const clock = new FakeClock();
    let renders = 0;
    const s = new RenderScheduler(() => renders++, 250, 60_000, clock);
    for (let i = 0; i < 500; i++) {
      s.request();
      assert.ok(clock.timers.size <= 1, 'more than one pending render');
      clock.advance(50);
    }
    assert.strictEqual(renders, 0);
    clock.advance(250);
    assert.strictEqual(renders, 1);
    assert.strictEqual(s.pending, false);
  });

  it('still renders during a long burst of typing, every maxWait', () => {
    const clock = new FakeClock();
    let renders = 0;
    const s = new RenderScheduler(() => renders++, 250, 1000, clock);
    for (let i = 0; i < 100; i++) {
      s.request();
      clock.advance(100);
    }
    assert.ok(renders >= 9 && renders <= 10, `${renders} renders in 10 s of typing`);
  });

  it('flushes now and stops after dispose', () => {
    const clock = new FakeClock();
    let renders = 0;
    const s = new RenderScheduler(() => renders++, 250, 1000, clock);
    s.request();
    s.flush();
    assert.strictEqual(renders, 1);
    s.request();
    s.dispose();
    s.request();
    clock.advance(5000);
    assert.strictEqual(renders, 1);
    assert.strictEqual(clock.timers.size, 0);
  });
});

describe('preview: export file names', () => {
  const bases: [string, string][] = [['2021-09-27-us-east-1-servers.md', '2021-09-27-us-east-1-servers'], ['notes.markdown', 'notes'], ['README', 'README'], ['.md', 'postmortem']];
  for (const [file, base] of bases) it(`${file} exports as ${base}.html`, () => assert.strictEqual(reportBaseName(file), base));

  it('never overwrites: takes the first free of name.html, name-2.html, name-3.html', async () => {
    const taken = new Set(['a.html', 'a-2.html']);
    assert.strictEqual(await firstFreeName('a', async (n) => taken.has(n)), 'a-3.html');
    assert.strictEqual(await firstFreeName('b', async (n) => taken.has(n)), 'b.html');
    assert.strictEqual(exportFileName('a', 1), 'a.html');
    await assert.rejects(firstFreeName('a', async () => true, 5), /no free file name/);
  });
});

describe('preview: message contract', () => {
  const fromWebview: [unknown, boolean][] = [
    [{ type: 'ready' }, true], [{ type: 'ready', version: 3 }, true], [{ type: 'ready', version: '3' }, false], [{ type: 'revealLine', line: 3 }, true], [{ type: 'revealLine', line: 0 }, false],
    [{ type: 'revealLine', line: '3' }, false], [{ type: 'didScroll', line: 12 }, true], [{ type: 'openLink', href: 'https://x' }, true],
    [{ type: 'rendered', version: 2, title: 'T', duration: '4 h 21 min' }, true], [{ type: 'rendered', version: 2 }, false],
    [{ type: 'eval', code: 'x' }, false], [null, false], ['ready', false],
  ];
  for (const [m, ok] of fromWebview) it(`${ok ? 'accepts' : 'rejects'} ${JSON.stringify(m)} from the webview`, () => assert.strictEqual(isFromWebview(m), ok));

  it('checks messages to the webview and saved states', () => {
    assert.ok(isToWebview({ type: 'update', uri: 'file:///a.md', version: 1, html: '<p>' }));
    assert.ok(isToWebview({ type: 'scrollToLine', line: 4 }));
    assert.ok(!isToWebview({ type: 'update', html: 1 }));
    assert.ok(isPreviewState({ uri: 'file:///a.md', line: 3 }));
    assert.ok(!isPreviewState({ line: 3 }));
  });
});
