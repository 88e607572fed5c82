import * as assert from 'assert';
import { parseConfig, stripJsonComments } from '../../../src/core/schema/config';

describe('check: .postmortem.json', () => {
  it('reads every key into check options', () => {
    const r = parseConfig(JSON.stringify({
      $schema: './schemas/config.schema.json',
      requiredSections: ['summary', 'impact'],
      rules: { PM004: 'warning', 'blameful-language': 'off' },
      defaultTimeZone: 'America/New_York',
      markdownlint: { MD040: true },
    }));
    assert.deepStrictEqual(r, {
      ok: true,
      options: {
        requiredSections: ['summary', 'impact'],
        rules: { PM004: 'warning', 'blameful-language': 'off' },
        defaultTimeZone: 'America/New_York',
        markdownlint: { MD040: true },
      },
    });
  });

  it('accepts comments and a byte order mark', () => {
    const r = parseConfig('\uFEFF{\n  // quiet\n  "markdownlint": false /* none */\n}');
    assert.deepStrictEqual(r, { ok: true, options: { markdownlint: false } });
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{ "rules": ', /not valid JSON/],
    ['unknown key', '{ "requiredSection": [] }', /requiredSection/],
    ['unknown section', '{ "requiredSections": ["impacts"] }', /requiredSections\.0/],
    ['bad severity', '{ "rules": { "PM001": "fatal" } }', /rules\.PM001/],
    ['unknown zone', '{ "defaultTimeZone": "Eastern" }', /defaultTimeZone/],
    ['markdownlint as a string', '{ "markdownlint": "on" }', /markdownlint/],
  ];
  for (const [title, text, message] of bad) {
    it(`refuses ${title} with a message naming it`, () => {
      const r = parseConfig(text);
      assert.strictEqual(r.ok, false);
      if (!r.ok) assert.match(r.message, message);
    });
  }

  it('keeps comment markers inside strings', () => {
    assert.strictEqual(stripJsonComments('{"a": "http://x/*y*/"} // c'), '{"a": "http://x/*y*/"} \n');
  });
});
