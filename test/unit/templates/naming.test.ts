import * as assert from 'assert';
import { postmortemFileName, slugify, uniqueFileName } from '../../../src/core/templates';

describe('templates: file names', () => {
  const slugs: [string, string][] = [
    ['US-EAST-1 servers shut down', 'us-east-1-servers-shut-down'],
    ['Checkout API returned 500s (again!)', 'checkout-api-returned-500s-again'],
    ["Löschung der Datenbank — Café's outage", 'loschung-der-datenbank-cafes-outage'],
    ['   ', 'postmortem'],
    ['数据库故障', 'postmortem'],
    ['S3: 45% – 55% of sites down', 's3-45-55-of-sites-down'],
    ['a'.repeat(80), 'a'.repeat(60)],
    ['DNS resolution failures for internal services after the resolver upgrade in eu-west-2', 'dns-resolution-failures-for-internal-services-after-the'],
  ];
  for (const [title, slug] of slugs) {
    it(`slugifies ${JSON.stringify(title)}`, () => {
      assert.strictEqual(slugify(title), slug);
      assert.ok(slug.length <= 60);
    });
  }

  it('names a file by date and slug', () => {
    assert.strictEqual(postmortemFileName('2021-09-27', 'US-EAST-1 servers'), '2021-09-27-us-east-1-servers.md');
  });

  const collisions: { name: string; existing: string[]; expected: string }[] = [
    { name: '2021-09-27-outage.md', existing: [], expected: '2021-09-27-outage.md' },
    { name: '2021-09-27-outage.md', existing: ['2021-09-27-outage.md'], expected: '2021-09-27-outage-2.md' },
    { name: '2021-09-27-outage.md', existing: ['2021-09-27-outage.md', '2021-09-27-outage-2.md'], expected: '2021-09-27-outage-3.md' },
    { name: '2021-09-27-outage.md', existing: ['2021-09-27-Outage.md'], expected: '2021-09-27-outage-2.md' },
    { name: '2021-09-27-outage.md', existing: ['2021-09-27-outage.md', '2021-09-27-outage-3.md'], expected: '2021-09-27-outage-2.md' },
    { name: '2021-09-27-outage.md', existing: ['2021-09-27-outage-2.md'], expected: '2021-09-27-outage.md' },
  ];
  for (const c of collisions) {
    it(`${c.name} with [${c.existing.join(', ')}] -> ${c.expected}`, () => {
      assert.strictEqual(uniqueFileName(c.name, c.existing), c.expected);
    });
  }
});
