import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';

// A surname that is also a system's noun (`Jobs`, `Hub`, `Service`, `Bridge`) after a known given name is a person's
// name, in every chat form; the same noun after a word of a system (`Deploy Jobs`, `GitHub Hub`) names a system.
describe('timeline: a chat sender whose surname is a system\'s noun', () => {
  /** The first entry read from `lines` under `## Timeline`: [timeText, author, text], or none. */
  const first = (...lines: string[]) => {
    const e = parsePostmortem(['## Timeline', '', ...lines].join('\n')).timeline[0];
    return e && [e.timeText, e.author?.text, e.text];
  };

  // [name, a person's (true) or a system's (false)]
  const names: [string, boolean][] = [
    ['Sam Jobs', true],
    ['Ana Hub', true],
    ['Lee Service', true],
    ['Steve Jobs', true],
    ['Maria Bridge', true],
    ['Priya Desk', true],
    ['José Banks Hub', true],
    ['Tomás Engine', true],
    ['Deploy Jobs', false],
    ['Nightly Jobs', false],
    ['GitHub Hub', false],
    ['Data Hub', false],
    ['Checkout Service', false],
    ['Payments Bridge', false],
    ['Search Engine', false],
    // a given name that is also a word (`Max`, `Mark`, `Will`) proves nothing; nor does one before a product's or a
    // part's word, or before an event's label in -ed
    ['Max Jobs', false],
    ['Mark Service', false],
    ['Sam Checkout Service', false],
    ['Ana Kafka Hub', false],
    ['Sam Deployed', false],
  ];
  for (const [name, person] of names) {
    const author = person ? name : undefined;
    it(`${name} (${person ? 'a person' : 'a system'})`, () => {
      // over a message with the name first, the time first, on Teams' two lines, and before the time in a list item
      assert.deepStrictEqual(first(`${name}  2:04 PM`, 'Seeing 500s'), ['2:04 PM', author, 'Seeing 500s']);
      assert.deepStrictEqual(first(`[9:14 AM] ${name}`, 'Seeing 500s'), ['9:14 AM', author, 'Seeing 500s']);
      assert.deepStrictEqual(first(name, '2:04 PM', 'Seeing 500s'), ['2:04 PM', author, 'Seeing 500s']);
      assert.deepStrictEqual(first(`- ${name} 2:04 PM rolled back cfg-12`), person
        ? ['2:04 PM', name, 'rolled back cfg-12'] : ['2:04 PM', undefined, `${name} 2:04 PM rolled back cfg-12`]);
    });
  }
});
