import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, toCheckOptions } from '../../../src/core/schema/settings';
import { check } from '../../../src/core/check';
import { answerLintRequest, outputTimes, type LintResponse } from '../../../src/extension/lint/protocol';
import { runLint } from '../../../src/extension/lint/run';

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

  it('keeps the metrics, the milestones as views', () => {
    assert.strictEqual(output.metrics.durationLabel, full.analysis.metrics.durationLabel);
    assert.ok(output.metrics.start && !('match' in output.metrics.start.time));
    assert.strictEqual(output.metrics.start.time.instant, full.analysis.metrics.start?.time.instant);
  });

  it('answers in two phases that cross a structured clone intact (the worker boundary)', () => {
    const responses: LintResponse[] = [];
    answerLintRequest({ type: 'lint', id: 7, text: seed, options }, runLint, (r) => responses.push(structuredClone(r)));
    assert.deepStrictEqual(responses.map((r) => [r.type, r.id]), [['partial', 7], ['result', 7]]);
    const [partial, result] = responses as Extract<LintResponse, { output: unknown }>[];
    assert.deepStrictEqual(partial.output.findings, full.findings.filter((f) => !/^MD\d{3}$/.test(f.ruleId)), 'our rules first');
    assert.deepStrictEqual(result.output.findings, full.findings);
    assert.deepStrictEqual({ ...result.output, checkMs: 0 }, { ...output, checkMs: 0 });
    const none: LintResponse[] = [];
    answerLintRequest({ type: 'other' }, runLint, (r) => none.push(r));
    assert.deepStrictEqual(none, []);
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
