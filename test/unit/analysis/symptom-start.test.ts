// A symptom in a timeline's first marked entry ("seeing 500s", "error rate climbing", "checkout is down") marks the
// start when nothing else states or marks it.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';

const now = Date.parse('2026-11-25T12:00:00Z');
/** A chat paste with `message` first and a rollback after it; `summary` is the Summary's text. */
const doc = (message: string, summary = 'Checkout failed for most customers.', ...before: string[]) => ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Summary', '', summary, '',
  '## Timeline', '', 'All times UTC.', '', ...before, 'Alice Chen  2:04 PM', message, 'Bob Li  2:10 PM', 'Rolled back cfg-12', 'Bob Li  2:30 PM', 'Errors stopped. Resolved.'].join('\n') + '\n';
const start = (text: string) => analyze(text, { now }).metrics.start?.time.text;

describe('analyze: a symptom marks the start when nothing else does', () => {
  // [the first message, the start read: its time or none]
  const cases: [string, string | undefined][] = [
    ['Seeing 500s on checkout, error rate climbing', '2:04 PM'],
    ['seeing 5xx from the payments API', '2:04 PM'],
    ["We're seeing elevated errors on login", '2:04 PM'],
    ['we are seeing a lot of timeouts from the card vault', '2:04 PM'],
    ['Error rate climbing on checkout', '2:04 PM'],
    ['error rates rising fast on /api/orders', '2:04 PM'],
    ['Errors spiking on /api/orders', '2:04 PM'],
    ['5xx spiking in us-east-1', '2:04 PM'],
    ['Latency is climbing on the search tier', '2:04 PM'],
    ['Checkout is down', '2:04 PM'],
    ['the site is down for everyone', '2:04 PM'],
    ['api.example.com went down', '2:04 PM'],
    // not a symptom seen here: denied, past, going away, a question, to come, or good news
    ['we were not seeing 500s', undefined],
    ["we aren't seeing errors on checkout", undefined],
    ['no longer seeing timeouts', undefined],
    ['still seeing 500s', undefined],
    ['the 500s we were seeing yesterday were another bug', undefined],
    ['error rate climbing back to normal', undefined],
    ['anyone else seeing 500s on checkout?', undefined],
    ['is checkout down?', undefined],
    ['page me if you start seeing 500s', undefined],
    ['error rate is down to 0.1%', undefined],
    ['latency is down', undefined],
    ['scaled down the workers', undefined],
    ['checkout is not down, only slow for some', undefined],
    ['traffic climbing as the sale starts', undefined],
  ];
  for (const [message, expected] of cases) {
    it(message, () => assert.strictEqual(start(doc(message)), expected));
  }

  it('leaves the start to what states or marks it: a field, a marker, the Summary, an entry marked earlier', () => {
    assert.strictEqual(start(doc('Seeing 500s on checkout', 'Checkout failed for most customers.', 'Start: 2024-03-12 14:01 UTC', '')), '2024-03-12 14:01 UTC');
    assert.strictEqual(start(doc('Seeing 500s on checkout', 'At 14:02 UTC checkout requests began failing.')), '14:02 UTC');
    assert.strictEqual(start(doc('Seeing 500s on checkout', undefined, 'Carol Diaz  2:02 PM', 'Alert fired for checkout errors')), undefined);
    assert.strictEqual(start(doc('Seeing 500s on checkout', undefined, 'Carol Diaz  2:02 PM', 'Outage begins: checkout failing')), '2:02 PM');
  });
});
