import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, toCheckOptions } from '../../../src/core/schema/settings';
import { check } from '../../../src/core/check';
import { ChunkCache } from '../../../src/core/check';
import type { Finding } from '../../../src/core/types';
import { outputTimes, type WorkerResponse } from '../../../src/extension/lint/protocol';
import { markdownlintPhase, mergeFindings, runLint, runOurRules } from '../../../src/extension/lint/run';
import { WorkerHost } from '../../../src/extension/lint/worker-host';
import { answerAuthoring, type AuthoringAsk } from '../../../src/extension/lint/authoring';
import { generatePostmortem } from '../../../bench/generate';
import { renderReport, renderReportContent } from '../../../src/core/render';
import { documentTimestamp } from '../../../src/core/templates';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/workspace/postmortems/2021-09-27-us-east-1-servers.md'), 'utf8');
const options = toCheckOptions(DEFAULT_SETTINGS, undefined, '2021-09-27-us-east-1-servers.md');

describe('editor: what a check sends back from the worker', () => {
  const output = runLint(seed, options);
  const full = check(seed, options);

  it('keeps every finding of the check, unchanged', () => {
    assert.deepStrictEqual(output.findings, full.findings);
  });

  it('keeps each time\'s reading for hovers, without the scanner details', () => {
    const times = outputTimes(output);
    assert.strictEqual(times.length, full.analysis.times.length);
    times.forEach((t, i) => {
      const r = full.analysis.times[i];
      assert.deepStrictEqual([t.text, t.range, t.instant, t.zone, t.offsetMinutes, t.assumptions], [r.text, r.range, r.instant, r.zone, r.offsetMinutes, r.assumptions]);
      assert.ok(!('match' in t));
    });
    assert.ok(times.some((t) => t.text === '3:06 PM EST' && t.instant !== undefined));
    assert.strictEqual(outputTimes(output), times, 'parsed once');
  });

  it('keeps the offsets of a game day\'s timeline, so the "now" completion writes now as an offset from the check\'s times', () => {
    const cases: { text: string; line: number; offsets: number[]; expected: string }[] = [
      { text: '---\ndate: 2026-03-12\n---\n# Game day\n\n## Timeline\n\n- T+0: Primary killed (14:00 UTC)\n- T+3m: Alert fired\n', line: 10, offsets: [0, 3], expected: 'T+37m' },
      { text: '# Lockout\n\n## Timeline\n\n**T+0:15** - Failover\n\n**T+0:26** - Alert\n', line: 8, offsets: [15, 26], expected: 'T+' },
    ];
    const at = Date.UTC(2026, 2, 12, 14, 37, 40);
    for (const c of cases) {
      const times = outputTimes(runLint(c.text, toCheckOptions(DEFAULT_SETTINGS, undefined, 'game-day.md')));
      const samples = times.filter((t) => t.source === 'timeline');
      assert.deepStrictEqual(samples.map((t) => t.zeroOffsetMinutes), c.offsets);
      assert.strictEqual(documentTimestamp({ times }, at, c.line, undefined, samples).text, c.expected);
    }
  });

  it('keeps the metrics, the milestones as views', () => {
    assert.strictEqual(output.metrics.durationLabel, full.analysis.metrics.durationLabel);
    assert.ok(output.metrics.start && !('match' in output.metrics.start.time));
    assert.strictEqual(output.metrics.start.time.instant, full.analysis.metrics.start?.time.instant);
  });

  it('answers our rules and markdownlint\'s separately, across a structured clone, together the findings of check', async () => {
    const responses: WorkerResponse[] = [];
    const host = new WorkerHost((r) => responses.push(structuredClone(r)));
    host.onMessage({ type: 'lint', id: 7, text: seed, options });
    host.onMessage({ type: 'markdownlint', id: 8, key: 'seed', text: seed, options });
    host.onMessage({ type: 'other' });
    host.onMessage({ type: 'markdownlint', id: 9, text: seed, options });
    while (responses.length < 2) await new Promise((r) => setTimeout(r, 1));
    assert.deepStrictEqual(responses.map((r) => [r.type, r.id]), [['result', 7], ['markdownlint', 8]], 'malformed requests are ignored');
    const [ours, md] = responses as [Extract<WorkerResponse, { type: 'result' }>, Extract<WorkerResponse, { type: 'markdownlint' }>];
    assert.deepStrictEqual(ours.output.findings, full.findings.filter((f) => !/^MD\d{3}$/.test(f.ruleId)), 'our rules');
    assert.deepStrictEqual(mergeFindings(ours.output.findings, md.findings), full.findings);
    assert.deepStrictEqual({ ...ours.output, checkMs: 0 }, { ...runOurRules(seed, options), checkMs: 0 });
  });

  it('answers Insert Timestamp and Add Timeline Entry across a structured clone as they are answered here', async () => {
    const responses: WorkerResponse[] = [];
    const host = new WorkerHost((r) => responses.push(structuredClone(r)));
    const context = { now: Date.UTC(2021, 8, 27, 19, 50), fileName: '2021-09-27-us-east-1-servers.md' };
    const asks: AuthoringAsk[] = [{ kind: 'timestamps', lines: [13, 20], columns: [1, 5] }, { kind: 'timelineEntry' }];
    host.onMessage({ type: 'authoring', id: 1, text: seed, context, ask: asks[0] });
    host.onMessage({ type: 'authoring', id: 2, text: seed, context, ask: asks[1] });
    host.onMessage({ type: 'authoring', id: 3, text: seed, context: { now: 'today' }, ask: asks[0] });
    host.onMessage({ type: 'authoring', id: 4, text: seed, context, ask: { kind: 'timestamps', lines: ['13'] } });
    host.onMessage({ type: 'authoring', id: 5, text: seed, context, ask: { kind: 'timestamps', lines: [13], columns: ['3'] } });
    assert.deepStrictEqual(responses.map((r) => [r.type, r.id]), [['authored', 1], ['authored', 2]], 'malformed requests are ignored');
    const answers = responses.map((r) => (r as Extract<WorkerResponse, { type: 'authored' }>).answer);
    assert.deepStrictEqual(answers, asks.map((a) => answerAuthoring(seed, context, a)));
    // the user's 12-hour style with the zone right for the date
    assert.deepStrictEqual(answers[0], { kind: 'timestamps', texts: ['3:50 PM EDT', '3:50 PM EDT'] });
  });

  it('renders the report in the worker exactly as from the whole check, and a newer request replaces an older one', async () => {
    const responses: WorkerResponse[] = [];
    const host = new WorkerHost((r) => responses.push(structuredClone(r)));
    const render = { mode: 'webview' as const, fileName: 'seed.md', workspaceRoots: [] };
    const big = generatePostmortem(5000);
    host.onMessage({ type: 'render', id: 1, key: 'preview:1:content', text: big, options, render, part: 'content' });
    host.onMessage({ type: 'render', id: 2, key: 'preview:1:content', text: seed, options, render, part: 'content' });
    host.onMessage({ type: 'render', id: 3, key: 'export:1', text: seed, options, render: { mode: 'export' as const, fileName: 'seed.md' }, part: 'page' });
    host.onMessage({ type: 'render', id: 4, key: 'x', text: seed, options, render, part: 'sideways' });
    while (responses.length < 3) await new Promise((r) => setTimeout(r, 1));
    assert.deepStrictEqual(responses.map((r) => [r.type, r.id]), [['abandoned', 1], ['rendered', 2], ['rendered', 3]]);
    const html = (responses[1] as Extract<WorkerResponse, { type: 'rendered' }>).html;
    assert.strictEqual(html, renderReportContent({ analysis: full.analysis, findings: full.findings, text: seed }, render));
    assert.match(html, /4 h 21 min/);
    const page = (responses[2] as Extract<WorkerResponse, { type: 'rendered' }>).html;
    assert.strictEqual(page, renderReport({ analysis: full.analysis, findings: full.findings, text: seed }, { mode: 'export', fileName: 'seed.md' }));
  });

  it('lints again only the chunks of a large document that changed', function () {
    // markdownlint reads the 5,000-line document three times here: seconds each on a busy machine.
    this.timeout(60_000);
    const text = generatePostmortem(5000);
    const lines = text.split('\n');
    const cache = new ChunkCache();
    const chunksLinted = (t: string): { steps: number; findings: Finding[] } => {
      const steps = markdownlintPhase(t, options, cache);
      for (let n = 0; ; n++) {
        const r = steps.next();
        if (r.done) return { steps: n, findings: r.value };
      }
    };
    const first = chunksLinted(text);
    assert.ok(first.steps >= 4, `a 5,000-line document is linted in chunks (${first.steps})`);
    assert.strictEqual(chunksLinted(text).steps, 0, 'an unchanged text is not linted again');
    // a broken heading typed near the end: one chunk changes
    const edited = [...lines.slice(0, -3), '#Typed heading', ...lines.slice(-3)].join('\n');
    const second = chunksLinted(edited);
    assert.strictEqual(second.steps, 1);
    const fresh = check(edited, options).findings.filter((f) => /^MD\d{3}$/.test(f.ruleId));
    assert.deepStrictEqual(second.findings, fresh, 'the same findings as a check from scratch');
    assert.ok(second.findings.some((f) => f.ruleId === 'MD018'));
    // another configuration is another key
    assert.strictEqual(chunksLinted(edited).steps, 0);
    const other = markdownlintPhase(edited, { ...options, markdownlint: { MD018: false } }, cache);
    let steps = 0;
    while (!other.next().done) steps++;
    assert.strictEqual(steps, first.steps);
  });

  it('merges markdownlint\'s findings the way check does: severities, suppressions, order', () => {
    const text = [
      '# Postmortem: cache outage', '', '#Impact', '', 'Users saw errors.', '',
      '<!-- postmortem-disable-next-line MD018 -->', '#Timeline', '', '- 14:02 UTC cache evicted', '#Summary',
    ].join('\n');
    for (const opts of [options, { ...options, rules: { MD018: 'error' as const } }, { ...options, rules: { 'no-missing-space-atx': 'off' as const } }, { ...options, markdownlint: { MD018: false } }]) {
      assert.deepStrictEqual(runLint(text, opts).findings, check(text, opts).findings, JSON.stringify(opts.rules ?? opts.markdownlint));
    }
  });
});
