// Generates schemas/*.schema.json from the zod schemas, so the JSON Schemas never drift from the code.
//   node out/tools/generate-schemas.js           write the files
//   node out/tools/generate-schemas.js --check   exit 1 and name each file that differs from what would be written
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { configSchema } from '../src/core/schema/config';
import { frontMatterSchema } from '../src/core/schema/frontmatter';
import { settingsSchema } from '../src/core/schema/settings';

/** One generated file: where it goes, from which zod schema, with which title. */
interface Output {
  file: string;
  schema: z.ZodType;
  title: string;
}

const outputs: Output[] = [
  { file: 'frontmatter.schema.json', schema: frontMatterSchema, title: 'Postmortem front matter' },
  { file: 'settings.schema.json', schema: settingsSchema, title: 'Postmortem Author settings (postmortem.*)' },
  { file: 'postmortem-config.schema.json', schema: configSchema, title: 'Postmortem project configuration (.postmortem.json)' },
];

/** The JSON text of one schema, stable across runs (two-space indent, final newline). */
export function render(output: Output): string {
  // `input`: what a person may write (defaults make keys optional); preprocessing is described by its output type
  const json = z.toJSONSchema(output.schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, $id: `https://postmortem-author.invalid/schemas/${output.file}`, title: output.title, ...rest }, null, 2)}\n`;
}

function main(): number {
  // the bundle is out/tools/generate-schemas.js; the repository root is two folders up
  const root = path.resolve(__dirname, '..', '..');
  const dir = path.join(root, 'schemas');
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const o of outputs) {
    const target = path.join(dir, o.file);
    const text = render(o);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      stale.push(path.relative(root, target));
    } else {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(target, text);
      console.log(`wrote ${path.relative(root, target)}`);
    }
  }
  if (stale.length > 0) {
    console.error(`${stale.join(', ')} ${stale.length === 1 ? 'differs' : 'differ'} from the zod schemas: run \`npm run schemas\` and commit the result`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
