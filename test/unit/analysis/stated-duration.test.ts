import * as assert from 'assert';
import { statedDuration } from '../../../src/core/analysis/stated-duration';
import { parsePostmortem } from '../../../src/core/model';

describe('analysis: a stated duration and its hedge', () => {
  // [Duration field's value, minutes read, hedged]: the hedge words are those of a duration read in text (HEDGE_SRC)
  const rows: [string, number, boolean][] = [
    ['45 minutes', 45, false],
    ['about 4.5 hours', 270, true],
    ['approximately 2 hours', 120, true],
    ['approx. 2 hours', 120, true],
    ['approx 2 hours', 120, true],
    ['around 30 minutes', 30, true],
    ['roughly 3 hours', 180, true],
    ['nearly 2 hours', 120, true],
    ['almost 2 hours', 120, true],
    ['just over 2 hours', 120, true],
    ['just under an hour', 60, true],
    ['over 2 hours', 120, true],
    ['under 10 minutes', 10, true],
    ['ca. 40 minutes', 40, true],
    ['~45 minutes', 45, true],
    ['~ 45 minutes', 45, true],
    ['≈45 minutes', 45, true],
    ['Down for about 45 minutes', 45, true],
    // a word that only ends in a hedge, or a hedge before another word, hedges nothing
    ['handover 45 minutes', 45, false],
    ['Overall 45 minutes', 45, false],
    ['about the API: 45 minutes', 45, false],
  ];
  for (const [value, minutes, hedged] of rows) {
    it(`reads "${value}" as ${hedged ? 'hedged' : 'exact'}`, () => {
      const stated = statedDuration(parsePostmortem(`# X\n\n- **Duration:** ${value}\n`));
      assert.deepStrictEqual([stated?.minutes, stated?.hedged], [minutes, hedged]);
    });
  }
});
