import * as assert from 'assert';
import * as manifest from '../../../package.json';
import { DEFAULT_SETTINGS, STANDARD_SECTION_IDS } from '../../../src/core/schema/settings';

type Property = { default?: unknown; scope?: string; description?: string; enum?: unknown[]; items?: { enum?: unknown[] } };
const properties = (manifest as unknown as { contributes: { configuration: { properties: Record<string, Property> } } }).contributes.configuration.properties;

describe('editor: settings in package.json agree with the zod schema', () => {
  const expected: [string, unknown][] = [
    ['postmortem.enable', DEFAULT_SETTINGS.enable],
    ['postmortem.files', DEFAULT_SETTINGS.files],
    ['postmortem.defaultTimeZone', DEFAULT_SETTINGS.defaultTimeZone],
    ['postmortem.requiredSections', DEFAULT_SETTINGS.requiredSections],
    ['postmortem.rules', DEFAULT_SETTINGS.rules],
    ['postmortem.markdownlint.enable', DEFAULT_SETTINGS.markdownlint.enable],
    ['postmortem.validate.debounceMs', DEFAULT_SETTINGS.validate.debounceMs],
    ['postmortem.newPostmortem.folder', DEFAULT_SETTINGS.newPostmortem.folder],
    ['postmortem.author', DEFAULT_SETTINGS.author],
  ];
  for (const [key, value] of expected) {
    it(`${key}: same default, a scope and a description`, () => {
      const p = properties[key];
      assert.ok(p, `${key} is not declared`);
      assert.deepStrictEqual(p.default, value);
      assert.ok(p.scope, 'no scope');
      assert.ok(p.description && p.description.length > 20, 'no description');
    });
  }

  it('offers exactly the standard sections', () => {
    assert.deepStrictEqual(properties['postmortem.requiredSections'].items?.enum, [...STANDARD_SECTION_IDS]);
  });
});
