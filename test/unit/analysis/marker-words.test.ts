// The milestones a timeline entry's words mark, where the words that a marker needs sit at the edges of what the
// word scan reads: after a hyphen or a digit, inside a longer word, with an accent, first or last in the text.
import * as assert from 'assert';
import { hasMark, marksRecurrence, marksSymptom, readMask, type MarkerKind } from '../../../src/core/analysis/markers';

const KINDS: MarkerKind[] = ['start', 'end', 'detected', 'mitigated', 'resolved'];
/** What a text marks: its milestones, `recurred` and `symptom`, in that order. */
const marks = (text: string): string[] => {
  const mask = readMask(text);
  return [...KINDS.filter((k) => hasMark(mask, k)), ...(marksRecurrence(mask) ? ['recurred'] : []), ...(marksSymptom(mask) ? ['symptom'] : [])];
};

describe('readMask: the words a marker needs, wherever they sit', () => {
  const cases: [string, string[]][] = [
    // a word after a hyphen, a slash or a parenthesis starts a word; after a digit or `_` it does not
    ['On-call engineer acknowledges the page; payments team paged', []],
    ['PagerDuty incident #4512 triggered, on-call paged', ['detected']],
    ['Pages the on-call (SEV2)', ['detected']],
    ['Error rate on checkout-api rises above 5%; pool wait time climbs', []],
    ['Error rate above 5% on checkout-api', ['symptom']],
    ['5xx errors spiking on the edge', ['symptom']],
    ['api.example.com went down', ['symptom']],
    ['Seeing 500s on checkout, error rate climbing', ['symptom']],
    ['Anyone else seeing 500s?', []],
    ['p99 latency exceeds 3s on /checkout', ['symptom']],
    ['Scaled down the canary', []],
    ['config_rolled back by the bot', []],
    ['Rolled back cfg-2024-03-12-04', ['mitigated']],
    ['re-deploy/rolled back', ['mitigated']],
    // first and last in the text, in any case
    ['RESOLVED', ['resolved']],
    ['Outage begins', ['start']],
    ['Checkout API outage after a connection pool change. Outage begins', ['start']],
    ['Errors returned after the cache flush', ['recurred']],
    // inside a longer word (German compounds), and with or without accents
    ['Störungsbeginn: Checkout liefert 503', ['start']],
    ['Stoerungsende um 15:10', ['end']],
    ['Ausfallende, alle Dienste wiederhergestellt', ['end']],
    ['Début de la panne', ['start']],
    ['Debut de la panne', ['start']],
    ['Service rétabli', ['end']],
    ['Incident résolu', ['resolved']],
    ['El sitio está caído', ['symptom']],
    ['Alerte déclenchée sur le checkout', ['detected']],
    // several kinds in one text, and words in inline code
    ['Alert fired; rolled back the deploy; errors stopped', ['end', 'detected', 'mitigated']],
    ['kernel: `detected conn error (1022)`', []],
    ['Error rate above 5% again after the rollback: the issue returned', ['recurred', 'symptom']],
  ];
  for (const [text, expected] of cases) it(`"${text}" marks ${expected.join(', ') || 'nothing'}`, () => assert.deepStrictEqual(marks(text), expected));
});
