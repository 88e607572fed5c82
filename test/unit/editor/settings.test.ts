import * as assert from 'assert';
import { DEFAULT_REQUIRED_SECTIONS, DEFAULT_SETTINGS, parseSettings, toCheckOptions } from '../../../src/core/schema/settings';

describe('editor: settings', () => {
  it('fills every default when nothing is set', () => {
    const { settings, problems } = parseSettings(undefined);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assert.strictEqual(settings.enable, true);
    assert.deepStrictEqual(settings.files, ['**/postmortems/**', '**/postmortem*.md', '**/incidents/**']);
    assert.strictEqual(settings.validate.debounceMs, 150);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['a zone abbreviation', { defaultTimeZone: 'EST5EDTX' }, /postmortem\.defaultTimeZone: an IANA time zone/],
    ['a section that does not exist', { requiredSections: ['summary', 'conclusion'] }, /postmortem\.requiredSections\.1: Invalid option/],
    ['a severity that does not exist', { rules: { PM004: 'fatal', PM001: 'off' } }, /postmortem\.rules\.PM004: Invalid option/],
    ['a rule key with spaces', { rules: { 'end before start': 'off' } }, /postmortem\.rules\.end before start: not a rule id or name/],
    ['a negative debounce', { validate: { debounceMs: -5 } }, /postmortem\.validate\.debounceMs: Too small/],
    ['a string for a boolean', { enable: 'yes' }, /postmortem\.enable: Invalid input: expected boolean/],
  ];
  for (const [what, raw, message] of bad) {
    it(`rejects ${what} with a message and keeps the rest`, () => {
      const { settings, problems } = parseSettings({ ...raw, files: ['docs/pm/**'] });
      assert.strictEqual(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], message);
      assert.deepStrictEqual(settings.files, ['docs/pm/**']);
    });
  }

  it('keeps the valid rules next to a bad one', () => {
    assert.deepStrictEqual(parseSettings({ rules: { PM004: 'fatal', PM001: 'off', 'end-before-start': 'info' } }).settings.rules,
      { PM001: 'off', 'end-before-start': 'info' });
  });

  it('accepts IANA zones and UTC', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'UTC', 'Asia/Kolkata']) {
      assert.deepStrictEqual(parseSettings({ defaultTimeZone: zone }).problems, [], zone);
    }
  });

  describe('check options', () => {
    const s = parseSettings({ defaultTimeZone: 'Europe/Berlin', rules: { PM001: 'off', MD013: 'warning' }, requiredSections: ['summary'] }).settings;
    it('come from the settings', () => {
      assert.deepStrictEqual(toCheckOptions(s, undefined, 'a.md'), {
        requiredSections: ['summary'], rules: { PM001: 'off', MD013: 'warning' }, markdownlint: true,
        defaultTimeZone: 'Europe/Berlin', fileName: 'a.md',
      });
    });
    it('take the workspace .postmortem.json over the settings, rule by rule', () => {
      const o = toCheckOptions(s, { defaultTimeZone: 'UTC', rules: { PM001: 'error' }, requiredSections: ['timeline'], markdownlint: { MD013: false } });
      assert.deepStrictEqual(o, { requiredSections: ['timeline'], rules: { PM001: 'error', MD013: 'warning' }, markdownlint: { MD013: false }, defaultTimeZone: 'UTC' });
    });
    it('turn markdownlint off when the setting says so, whatever the project says', () => {
      const off = parseSettings({ markdownlint: { enable: false } }).settings;
      assert.strictEqual(toCheckOptions(off, { markdownlint: { MD013: false } }).markdownlint, false);
    });
    it('leave the zone out when none is set', () => {
      const o = toCheckOptions(DEFAULT_SETTINGS, undefined);
      assert.ok(!('defaultTimeZone' in o));
      assert.deepStrictEqual(o.requiredSections, DEFAULT_REQUIRED_SECTIONS);
    });
  });
});
