// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'string_decoder',
  'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.e2e/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/e2e/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', URL: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
  },
  {
    // end-to-end scenarios also pass functions that run in the workbench page
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { document: 'readonly', getComputedStyle: 'readonly' } },
  },
  {
    // The core runs in the browser build and the CLI alike: no editor API, no Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: reach the editor from src/extension.' }],
        patterns: [
          { group: ['node:*'], message: 'src/core runs in the browser too: no Node built-ins.' },
          ...nodeBuiltins.map((name) => ({ group: [name, `${name}/*`], message: 'src/core runs in the browser too: no Node built-ins.' })),
          { group: ['**/extension/**', '**/webview/**'], message: 'src/core depends on nothing outside it.' },
        ],
      }],
    },
  },
  {
    // The preview script is DOM-only.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'the webview has no editor API: post a message instead.' }],
        patterns: [{ group: ['node:*', ...nodeBuiltins], message: 'the webview is DOM-only.' }],
      }],
    },
  },
);
