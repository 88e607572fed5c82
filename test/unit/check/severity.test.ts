import * as assert from 'assert';
import { configuredSeverity } from '../../../src/core/check/severity';
import type { RuleSetting } from '../../../src/core/check/types';
import type { Severity } from '../../../src/core/types';

describe('check: configured severities', () => {
  const cases: [string, Record<string, RuleSetting> | undefined, Severity | undefined][] = [
    ['no settings', undefined, 'warning'],
    ['by id', { PM001: 'error' }, 'error'],
    ['by name', { 'required-section': 'info' }, 'info'],
    ['by id in lower case', { pm001: 'error' }, 'error'],
    ['by name in another case', { 'Required-Section': 'error' }, 'error'],
    ['off', { PM001: 'off' }, undefined],
    ['default', { PM001: 'default' }, 'warning'],
    ['id wins over name', { PM001: 'info', 'required-section': 'error' }, 'info'],
    ['other rules do not matter', { PM002: 'off' }, 'warning'],
  ];
  for (const [title, settings, expected] of cases) {
    it(title, () => assert.strictEqual(configuredSeverity('PM001', 'required-section', 'warning', settings), expected));
  }
});
