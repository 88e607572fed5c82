// Fields of lines whose label the quick tests read: a label in bold or HTML bold, one with a zone in parentheses, and
// prose whose colon sits inside a parenthetical or between a clock's digits (no label).
import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';

/** The fields of a document holding `line`, as [label, key, value]. */
const fieldsOf = (line: string) => parsePostmortem(`# Checkout outage\n\n${line}\n`).fields.map((f) => [f.label, f.key, f.value]);

describe('model: fields whose label the quick tests read or rule out', () => {
  const cases: [string, (string | undefined)[][]][] = [
    ['A configuration template used a per-pod value (pool_size: 20) where a per-instance value was expected.', []],
    ['Note (see the runbook: step 4) applies here', []],
    ['- 2024-03-12 14:02 UTC - Error rate rises above 5%', []],
    ['- Start (UTC): 2024-03-12 14:02', [['Start (UTC)', 'start', '2024-03-12 14:02']]],
    ['Root cause: a bad config push (cfg-12)', [['Root cause', 'rootCause', 'a bad config push (cfg-12)']]],
    ['**Impact:** 38% of checkout requests failed', [['Impact', 'impact', '38% of checkout requests failed']]],
    ['* **Detected**: 14:09 UTC', [['Detected', 'detected', '14:09 UTC']]],
    ['__Status:__ final', [['Status', 'status', 'final']]],
    ['_Owner_: Sam Lee', [['Owner', 'owner', 'Sam Lee']]],
    ['<b>Duration:</b> 47 minutes', [['Duration', 'duration', '47 minutes']]],
    ['<strong>Severity</strong>: SEV2', [['Severity', 'severity', 'SEV2']]],
  ];
  for (const [line, expected] of cases) it(`reads ${JSON.stringify(line)}`, () => assert.deepStrictEqual(fieldsOf(line), expected));
});
