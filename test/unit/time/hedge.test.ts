// Hedged clock times: what makes a clock approximate where it is written (`~14:05`, `about 14:05 UTC`, `14:05-ish`),
// and what does not (a hedge word elsewhere in the sentence, a strikethrough, a range written with `~`).
import * as assert from 'assert';
import { afterHedgeWord, afterIsh, clockHedged, gapTildeJoins } from '../../../src/core/time';

describe('time: hedged clocks', () => {
  // [line, the clock in it (its last occurrence), hedged]
  const rows: [string, string, boolean][] = [
    ['- ~14:05 - Errors start', '14:05', true],
    ['- ~ 14:05 - Errors start', '14:05', true],
    ['- ≈14:05 - Errors start', '14:05', true],
    ['- **~16:20** Traffic back to normal', '16:20', true],
    ['- around 14:05 - on-call paged', '14:05', true],
    ['- Around 14:05 - on-call paged', '14:05', true],
    ['- approx. 14:12 - investigating', '14:12', true],
    ['- approx 14:12 - investigating', '14:12', true],
    ['- about 14:15 UTC - rolled back', '14:15', true],
    ['**Start:** approximately 2:05 PM PDT', '2:05 PM', true],
    ['- (approximately 2:05 PM) - failover', '2:05 PM', true],
    ['- circa 14:20 - something else', '14:20', true],
    ['- ca. 14:20 - something else', '14:20', true],
    ['- 14:18-ish - queue drains', '14:18', true],
    ['- 14:18ish - queue drains', '14:18', true],
    ['- 2024-03-12 approx. 14:05 - deploy', '14:05', true],
    ['Start: at around 14:05 UTC', '14:05', true],
    // not hedged: the word elsewhere in the sentence, a strikethrough, a range, a word that ends in a hedge word
    ['- 14:05 - about 14:00 the database was slow', '14:05', false],
    ['- 14:40 - we talked about the 14:05 alert', '14:05', false],
    ['- ~~14:30~~ 14:31 - typo fixed', '14:30', false],
    ['- ~~14:30~~ 14:31 - typo fixed', '14:31', false],
    ['- 14:00~15:00 - maintenance window', '15:00', false],
    ['- 14:00 ~ 15:00 - maintenance window', '15:00', false],
    ['- Thereabout 14:05 - x', '14:05', false],
    ['- 14:05 - x', '14:05', false],
    ['- 14:05-14:47 - degraded', '14:05', false],
    ['- 2:00 PM ~ 2:20 PM PDT - failover', '2:20 PM', false],
    ['- 2:00 pm~2:20 pm - failover', '2:20 pm', false],
    // hedged still: a `~` after a zone or a word, not a clock's minutes or AM/PM
    ['- 14:00 UTC ~14:05 - errors start', '14:05', true],
    ['- 14:00 deploy, ~14:05 errors', '14:05', true],
    ['- 14h~16h : maintenance', '16h', false],
    ['- 14h00 ~ 16h30 : maintenance', '16h30', false],
    ['- 14h00 CET ~14h05 : erreurs', '14h05', true],
  ];
  for (const [line, clock, hedged] of rows) {
    it(`${hedged ? 'hedged' : 'exact'}: ${JSON.stringify(line)} at ${clock}`, () => {
      const start = line.lastIndexOf(clock);
      assert.strictEqual(clockHedged(line, start, start + clock.length), hedged);
    });
  }

  // [text, the first clock (its end starts the gap), whether the gap after it may join a range]
  const gaps: [string, string, boolean][] = [
    ['14:00~14:20 maintenance', '14:00', true],
    ['14:00 〜 14:20 メンテナンス', '14:00', true],
    ['2:00 PM ~ 2:20 PM', '2:00 PM', true],
    ['14:00 to ~14:20', '14:00', true],
    ['14:00 - 14:20', '14:00', true],
    ['14:00 UTC ~14:05', '14:00 UTC', false],
    ['14:00 UTC 〜 14:05', '14:00 UTC', false],
    // after a French hour's `h` or its minutes a `~` joins a range as after a clock's minutes
    ['14h~16h maintenance', '14h', true],
    ['14h ~ 16h maintenance', '14h', true],
    ['14h00~16h30 maintenance', '14h00', true],
    ['14h00 CET ~14h05', '14h00 CET', false],
  ];
  for (const [text, first, joins] of gaps) {
    it(`${joins ? 'may join' : 'hedges'}: ${JSON.stringify(text)}`, () => assert.strictEqual(gapTildeJoins(text, first.length), joins));
  }

  it('skips a hedge word only before a digit, and -ish only as a word end', () => {
    assert.strictEqual(afterHedgeWord('- about 14:05 - x', 2, 17), 8);
    assert.strictEqual(afterHedgeWord('- About an hour later, x', 2, 24), 2);
    assert.strictEqual(afterHedgeWord('- approx. 14:05 - x', 2, 19), 10);
    assert.strictEqual(afterIsh('14:05-ish - x', 5), 9);
    assert.strictEqual(afterIsh('14:05-isha - x', 5), 5);
    assert.strictEqual(afterIsh('14:05-14:47', 5), 5);
  });
});
