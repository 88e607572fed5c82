import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, toCheckOptions } from '../../../src/core/schema/settings';
import { check } from '../../../src/core/check';
import { answerLintRequest, outputTimes } from '../../../src/extension/lint/protocol';
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

  it('crosses a structured clone intact (the worker boundary)', () => {
    const response = answerLintRequest({ type: 'lint', id: 7, text: seed, options }, runLint);
    assert.ok(response && response.type === 'result');
    const cloned = structuredClone(response);
    assert.deepStrictEqual({ ...cloned.output, checkMs: 0 }, { ...response.output, checkMs: 0 });
    assert.deepStrictEqual(answerLintRequest({ type: 'other' }, runLint), undefined);
  });
});
