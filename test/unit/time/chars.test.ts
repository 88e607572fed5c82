// The character helpers the time scanner reads matches with: runs of digits and their values, and the character
// classes, including past either end of the text (where `charCodeAt` gives NaN).
import * as assert from 'assert';
import { digitsEnd, digitsValue, isBlank, isDigit, isLetter } from '../../../src/core/time/chars';

describe('time scanner characters', () => {
  it('finds where a run of digits ends', () => {
    assert.strictEqual(digitsEnd('2021-09-27', 0), 4);
    assert.strictEqual(digitsEnd('2021-09-27', 5), 7);
    assert.strictEqual(digitsEnd('2021-09-27', 8), 10);
    assert.strictEqual(digitsEnd('3pm', 0), 1);
    assert.strictEqual(digitsEnd('pm', 0), 0);
    assert.strictEqual(digitsEnd('12', 2), 2);
  });

  it('reads the number a run of digits writes, leading zeros included', () => {
    assert.strictEqual(digitsValue('2021-09-27', 0, 4), 2021);
    assert.strictEqual(digitsValue('2021-09-27', 5, 7), 9);
    assert.strictEqual(digitsValue('020240-4-11', 0, 6), 20240);
    assert.strictEqual(digitsValue('15:06', 3, 5), 6);
    assert.strictEqual(digitsValue('15:06', 2, 2), 0);
  });

  it('tells letters, digits and blanks by code, and nothing past the ends of the text', () => {
    const text = 'a Z\t9:';
    assert.deepStrictEqual([...text].map((_, i) => isLetter(text.charCodeAt(i))), [true, false, true, false, false, false]);
    assert.deepStrictEqual([...text].map((_, i) => isDigit(text.charCodeAt(i))), [false, false, false, false, true, false]);
    assert.deepStrictEqual([...text].map((_, i) => isBlank(text.charCodeAt(i))), [false, true, false, true, false, false]);
    for (const test of [isLetter, isDigit, isBlank]) {
      assert.strictEqual(test(text.charCodeAt(-1)), false);
      assert.strictEqual(test(text.charCodeAt(text.length)), false);
    }
    assert.strictEqual(isLetter('['.charCodeAt(0)), false);
    assert.strictEqual(isLetter('`'.charCodeAt(0)), false);
  });
});
