import * as assert from 'assert';
import { percentageRange } from '../../../src/core/rules/pm015-percentage-range';
import { applyEdits, runRule } from './run-rule';

/** The text each problem covers. */
function flagged(line: string): string[] {
  const text = `# X\n\n${line}\n`;
  return runRule(percentageRange, text).map((p) => text.split('\n')[p.range.start.line - 1].slice(p.range.start.column - 1, p.range.end.column - 1));
}

describe('rules: PM015 percentage-range', () => {
  const cases: [string, string[]][] = [
    ['• Percentage of users affected: About 45% - 55% of clients had their websites down.', []],
    ['• Percentage of users affected: About 55% - 45% of clients had their websites down.', ['55% - 45%']],
    ['- 12% - 15% of search requests returned errors.', []],
    ['- 15-12% of search requests returned errors.', ['15-12%']],
    ['- between 30 % and 20 % of users', []],
    ['- 60%–40% of requests', ['60%–40%']],
    ['- 60% to 40% of requests', ['60% to 40%']],
    ['The checkout API returned HTTP 503 to 38% of requests.', []],
    ['Availability fell from 99.9% to 99.5% during the window.', []],
    ['The cache hit ratio dropped from 95% - 80% in ten minutes.', []],
    ['- 120% of users were affected', ['120%']],
    ['- Percentage of requests affected: 100.5%', ['100.5%']],
    ['- 100% of users were affected', []],
    ['- CPU at 180% on the primary', []],
    ['- Traffic grew 250% after the launch', []],
    ['- Error rate increased by 400% within minutes', []],
    ['- Memory usage hit 130% of the request', []],
    ['- `threshold: 150%` in the config', []],
    // resource figures: a node or pod may go over 100% of what it was given
    ['110% is not a reasonable amount of scheduling', []],
    ['- The pods ran at 130% of their memory limits', []],
    ['- Nodes were allocated 140% of their capacity', []],
    ['- 120% of requests failed', ['120%']],
    ['<!-- 150% of users -->', []],
    // an encoded query in a web address: `%22` runs into the digits after it
    ['- https://logs.example/viewer?resource.labels.instance_id%3D%224874803091664833146%22 weird things here', []],
    ['- [logs](https://logs.example/q?a%3D%2290%22%20b%3D%2210%22) show 120% of users failing', ['120%']],
    ['- 120% of users, see https://status.example/incidents/42', ['120%']],
  ];
  for (const [line, expected] of cases) {
    it(line, () => assert.deepStrictEqual(flagged(line), expected));
  }

  it('fixes an inverted range by swapping its ends', () => {
    const text = '# X\n\nAbout 55% - 45% of clients.\n';
    const [p] = runRule(percentageRange, text);
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), '# X\n\nAbout 45% - 55% of clients.\n');
    assert.match(p.message, /Inverted range "55% - 45%": write it from low to high, "45% - 55%"/);
  });

  it('does not read fenced code', () => {
    assert.deepStrictEqual(runRule(percentageRange, '# X\n\n```\nload: 55% - 45%\n```\n'), []);
  });
});
