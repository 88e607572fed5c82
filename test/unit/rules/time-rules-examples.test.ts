import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { check } from '../../../src/core/check/check';
import { NOW } from './run-time-rule';

// The shipped examples are real postmortems in every common style: the time rules find nothing in them except the
// user's own trap, "Eastern Standard Time" and "EST" written for a September afternoon in New York.
const TIME_RULES = /^PM0(?:0[3-9]|1[0-4])$/;
const dir = path.resolve('examples');

describe('time rules: the shipped examples', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

  it('covers the four examples', () => assert.deepStrictEqual(files, [
    '2021-09-27-us-east-1-servers.md', '2024-03-12-checkout-api-connection-pool.md', '2024-11-04-ci-runner-certificate.md', '2025-03-09-search-timeouts.md',
  ]));

  const expected: Record<string, string[]> = {
    '2021-09-27-us-east-1-servers.md': ['3:58 PM006 Eastern Standard Time', '4:56 PM006 Eastern Standard Time', '12:55 PM006 EST'],
    '2024-03-12-checkout-api-connection-pool.md': [],
    '2024-11-04-ci-runner-certificate.md': [],
    '2025-03-09-search-timeouts.md': [],
  };
  for (const file of files) {
    it(`${file}: ${expected[file]?.length ? 'only the seed\'s EST findings' : 'no time findings'}`, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const lines = text.split(/\r\n|\r|\n/);
      const found = check(text, { fileName: file, now: NOW, markdownlint: false }).findings
        .filter((f) => TIME_RULES.test(f.ruleId))
        .map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${lines[f.range.start.line - 1].slice(f.range.start.column - 1, f.range.end.column - 1)}`);
      assert.deepStrictEqual(found, expected[file]);
    });
  }

  it('the seed: fixing its three findings leaves the times consistent (EDT, 4 h 21 min, detected at the start)', () => {
    const text = readFileSync(path.join(dir, '2021-09-27-us-east-1-servers.md'), 'utf8');
    const fixed = text.replace(/Eastern Standard Time/g, 'Eastern Daylight Time').replace('3:06 PM EST', '3:06 PM EDT');
    const result = check(fixed, { fileName: '2021-09-27-us-east-1-servers.md', now: NOW, markdownlint: false });
    assert.deepStrictEqual(result.findings.filter((f) => TIME_RULES.test(f.ruleId)), []);
    assert.strictEqual(new Date(result.analysis.metrics.start!.time.instant!).toISOString(), '2021-09-27T19:06:00.000Z');
    assert.deepStrictEqual([result.analysis.metrics.durationMinutes, result.analysis.metrics.timeToDetectMinutes], [261, 0]);
  });
});
