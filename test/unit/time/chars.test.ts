// The character helpers the time scanner reads matches with: runs of digits and their values, and the character
// classes, including past either end of the text (where `charCodeAt` gives NaN).
import * as assert from 'assert';
import { digitsEnd, digitsValue, insideUrl, isBlank, isDigit, isLetter } from '../../../src/core/time/chars';

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

  it('tells text inside a web address from text around it', () => {
    const cases: [string, string, boolean][] = [
      ['logs https://console.example/logs?ts=2017-11-30T23%3A22 here', '2017', true],
      ['logs https://console.example/logs?id%3D%224874803%22 here', '224874803', true],
      ['see [the graph](https://grafana.example/d/x?from=1654149587937) at 14:02', '1654149587937', true],
      ['see [the graph](https://grafana.example/d/x) at 14:02', '14:02', false],
      ['[2024-03-01 14:02](https://chat.example/archives/p1549992608) alert fired', '2024-03-01', false],
      ['<https://status.example/2024-03-01> posted', '2024-03-01', true],
      ['| 14:02 | https://ci.example/run/7 | deploy |', '14:02', false],
      ['14:02 UTC: deploy starts', '14:02', false],
      ['ratio 3://x 2024-03-01', '2024-03-01', false],
    ];
    for (const [text, part, inside] of cases) assert.strictEqual(insideUrl(text, text.indexOf(part)), inside, text);
  });
});
