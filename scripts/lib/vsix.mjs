// Reads the file list of a VSIX (a zip) from its central directory, without unpacking it.
import { readFileSync } from 'node:fs';

/** Names of the entries of the zip file at `file`. */
export function listZip(file) {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** Paths that must never be shipped, and why. */
export const forbidden = [
  [/(^|\/)src\//, 'sources'], [/(^|\/)test\//, 'tests'], [/(^|\/)node_modules\//, 'node_modules'],
  [/\.map$/, 'source maps'], [/(^|\/)\.vscode-test\//, 'test profiles'], [/(^|\/)out\//, 'test builds'],
  [/\.ts$/, 'TypeScript sources'],
];

/** Problems with a list of packaged paths (relative to the extension root), as messages. */
export function vsixProblems(files, required) {
  const problems = [];
  for (const f of files) for (const [re, why] of forbidden) if (re.test(f)) problems.push(`${f} is packaged (${why} must not be)`);
  for (const r of required) if (!files.includes(r)) problems.push(`${r} is missing`);
  return problems;
}

/** Files every VSIX of ours must contain. */
export const requiredFiles = ['package.json', 'README.md', 'LICENSE', 'images/icon.png', 'dist/extension.js', 'dist/web/extension.js', 'dist/cli.js'];
