import * as assert from 'assert';
import { blamefulLanguage } from '../../../src/core/rules/pm017-blameful-language';
import { runRule } from './run-rule';

/** The words each problem covers. */
function flagged(line: string): string[] {
  const text = `# X\n\n${line}\n`;
  return runRule(blamefulLanguage, text).map((p) => text.split('\n')[p.range.start.line - 1].slice(p.range.start.column - 1, p.range.end.column - 1));
}

describe('rules: PM017 blameful-language', () => {
  const cases: [string, string[]][] = [
    ['• Root cause of the problem: Engineer executed wrong command which shut down a significant amount of servers.', ['Engineer executed wrong']],
    ['An engineer was debugging an issue with our billing system when he accidentally mistyped a command.', ['he accidentally mistyped']],
    ['Root cause: human error.', ['human error']],
    ['The engineer mistyped the hostname.', ['The engineer mistyped']],
    ['The on-call engineer failed to acknowledge the page.', ['The on-call engineer failed to']],
    ['An operator fat-fingered the region name.', ['An operator fat-fingered']],
    ['This was a careless mistake; he should have known better.', ['careless', 'should have known']],
    ['The rollout was reckless.', ['reckless']],
    ['It was operator error, plain and simple.', ['operator error']],
    // "error" is read only after a role or "made a(n)", whatever the case and the blanks between
    ['Root cause: Human  Error.', ['Human  Error']],
    ['The engineer made an error in the runbook.', ['The engineer made an error']],
    ['A superhuman error budget and an error rate alert.', []],
    // describing the system is fine
    ['The engineer meant to execute a command intended to remove only a small number of servers.', []],
    ['The removal tool accepted a count larger than the minimum capacity.', []],
    ['Engineers did not receive the alert because the pager integration was disabled.', []],
    ['We run blameless postmortems.', []],
    ['The error budget was exhausted by the user-facing errors.', []],
    ['`human error` is the name of the metric', []],
    ['Clients got a user error (HTTP 422) for every retry.', []],
    // a program named after a role is no person: "jiva-operator", "prometheus-operator"
    ['Investigate why jiva-operator failed to reconcile for ~10h', []],
    ['The prometheus-operator ignored the new rules.', []],
    ['The operator failed to reconcile the cluster.', ['The operator failed to']],
    // a person to blame is blame; a thing to blame is a cause
    ['The on-call engineer was to blame for the delay.', ['The on-call engineer was to blame']],
    ['They were to blame.', ['They were to blame']],
    ['The outage was blamed on the operator.', ['blamed on the operator']],
    ['The developer is responsible for the outage.', ['The developer is responsible for the outage']],
    ['Stale cache variables are to blame for the wrong totals.', []],
    ['The config change is responsible for the outage.', []],
    ['The slowdown was blamed on the new index.', []],
  ];
  for (const [line, expected] of cases) {
    it(line, () => assert.deepStrictEqual(flagged(line), expected));
  }

  it('suggests describing the system', () => {
    const [p] = runRule(blamefulLanguage, '# X\n\nhuman error\n');
    assert.match(p.message, /describe what the system allowed/);
  });
});
