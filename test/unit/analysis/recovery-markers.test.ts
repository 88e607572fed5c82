import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';

const now = Date.parse('2026-11-25T12:00:00Z');

/** A timeline that starts at 14:02 and holds `words` at 14:44, its last entry. */
const timeline = (words: string) =>
  ['# Checkout outage', '', '## Timeline', '', '- 2024-03-12 14:02 UTC - Deploy of the pricing service; error rate starts climbing',
    '- 14:09 UTC - Alert fires, on-call paged', `- 14:44 UTC - ${words}`].join('\n');
const endOf = (words: string) => analyze(timeline(words), { now }).metrics.end?.time.instant;

describe('analyze: recovery of a business flow or a service ends the outage', () => {
  // plural or business subjects, present and past tense
  for (const words of ['Rollback complete, checkouts recover', 'The service recovers', 'Checkouts recovered', 'Payments recover', 'Checkout recovers',
    'Payments have fully recovered', 'Logins recovered in all regions', 'Orders recover after the cache warms up', 'Sign-ups recover', 'Traffic recovers',
    'Error rates recover', 'Transactions recovered', 'The API recovers', 'Replica promoted; writes recover', 'Reads recovered', 'Uploads recover', 'Queries recovered',
    'Searches recover',
    // `until`, `before` before a clock close a range of hours, not a clause that waits
    'Restarts from 14:30 until 14:40 and payments recover', 'Drained the queue before 14:40 and checkouts recovered']) {
    it(`ends at "${words}"`, () => assert.strictEqual(endOf(words), Date.parse('2024-03-12T14:44:00Z')));
  }
  // a plan, a return to come, denied, failed, data recovered, or a return of part of the flow
  for (const words of ['Recovery plan agreed with the payments team', 'We will recover the data later', 'Checkouts did not recover', 'Payments failed to recover',
    'Recover the data later from the replica', 'Checkouts begin to recover', 'Waiting until checkouts recover', 'Once payments recover we re-enable the flag',
    'Checkouts expected to recover by 15:00', 'Most checkouts recovered', 'Payments recover for some customers', 'The service recovers the queued jobs',
    'If logins recover, close the bridge', 'Checkouts have not recovered', 'Most writes recovered', 'Writes did not recover']) {
    it(`does not end at "${words}"`, () => assert.strictEqual(endOf(words), undefined));
  }
});
