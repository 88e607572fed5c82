import * as assert from 'assert';
import { readSuppressions } from '../../../src/core/check/suppression';

describe('check: suppression comments', () => {
  const doc = [
    '# Outage',                                              // 1
    '<!-- postmortem-disable PM007 -->',                     // 2
    '- 3:06 PM CST call',                                    // 3
    '<!-- postmortem-enable PM007 -->',                      // 4
    '- 3:07 PM CST call',                                    // 5
    '<!-- postmortem-disable-next-line blameful-language -->', // 6
    'It was human error.',                                   // 7
    'It was human error. <!-- postmortem-disable-line -->',  // 8
    'It was human error.',                                   // 9
    '<!-- postmortem-disable -->',                           // 10
    'anything',                                              // 11
    '<!-- postmortem-enable PM004 -->',                      // 12
    'end before start',                                      // 13
    '<!-- postmortem-enable -->',                            // 14
    'all on again',                                          // 15
  ];
  const s = readSuppressions(doc);
  // with the whole text, as `check` reads them: the same answers
  const withText = readSuppressions(doc, doc.join('\n'));
  const cases: [number, string, string, boolean][] = [
    [1, 'PM007', 'ambiguous-zone', false],
    [3, 'PM007', 'ambiguous-zone', true],
    [3, 'PM008', 'timeline-without-zone', false],
    [5, 'PM007', 'ambiguous-zone', false],
    [7, 'PM017', 'blameful-language', true],
    [7, 'PM015', 'percentage-range', false],
    [8, 'PM017', 'blameful-language', true],
    [8, 'MD013', 'line-length', true],
    [9, 'PM017', 'blameful-language', false],
    [11, 'PM001', 'required-section', true],
    [11, 'MD056', 'table-column-count', true],
    [13, 'PM004', 'end-before-start', false],
    [13, 'PM005', 'timeline-order', true],
    [15, 'PM005', 'timeline-order', false],
  ];
  for (const [line, id, name, expected] of cases) {
    it(`line ${line}: ${id} is ${expected ? 'suppressed' : 'reported'}`, () => {
      assert.strictEqual(s.isSuppressed(line, id, name), expected);
      assert.strictEqual(withText.isSuppressed(line, id, name), expected);
    });
  }

  it('matches ids and names without regard to case', () => {
    const t = readSuppressions(['<!-- postmortem-disable pm017 EMPTY-SECTION -->', 'x']);
    assert.ok(t.isSuppressed(2, 'PM017', 'blameful-language'));
    assert.ok(t.isSuppressed(2, 'PM002', 'empty-section'));
    assert.ok(!t.isSuppressed(2, 'PM001', 'required-section'));
  });

  it('suppresses nothing in a text without a directive', () => {
    const lines = ['# Outage', '<!-- a comment -->', 'It was human error.'];
    const t = readSuppressions(lines, lines.join('\n'));
    assert.ok(!t.isSuppressed(3, 'PM017', 'blameful-language'));
    assert.ok(!t.isSuppressed(1, 'PM001', 'required-section'));
  });

  it('ignores comments that are not directives', () => {
    const t = readSuppressions(['<!-- postmortem-disabled PM001 -->', '<!-- expect PM001 -->', 'x']);
    assert.ok(!t.isSuppressed(3, 'PM001', 'required-section'));
  });
});
