// `npm run bench`: how long checking takes for the user's example and generated 300-, 5,000- and 20,000-line
// postmortems. Prints median milliseconds per step and peak memory; a benchmark, not a timed test.
// Our parse + rules are timed three ways: reading a document for the first time (nothing remembered); checking it
// again after an edit (a character typed in one line), as the editor does while someone types; and after a new line
// (Enter), which moves every line below it.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
// markdownlint 0.42, the version the goals were set against, every rule on; the check runs the project's own (0.40).
import { lint } from 'markdownlint-0.42/sync';
import { analyze } from '../src/core/analysis/analyze';
import { forgetRemembered } from '../src/core/cache';
import { check } from '../src/core/check/check';
import { runRules } from '../src/core/check/run-rules';
import { runMarkdownlint } from '../src/core/check/markdownlint';
import { renderReport } from '../src/core/render/report';
import { generatePostmortem } from './generate';

const root = path.resolve(__dirname, '..', '..');
const now = Date.UTC(2026, 0, 1);

/** Median of the durations of `runs` calls, in ms. */
function median(runs: number, f: () => unknown): number {
  return medianOver(Array.from({ length: runs }, () => undefined), () => undefined, f);
}

let peak = 0;

const seed = readFileSync(path.join(root, 'test/fixtures/workspace/postmortems/2021-09-27-us-east-1-servers.md'), 'utf8');
// [name, text, runs of markdownlint and the whole check, runs of our first read (cheap: more runs steady its median)]
const documents: [string, string, number, number][] = [
  ['user example (seed)', seed, 21, 21],
  ['300 lines', generatePostmortem(300), 21, 21],
  ['5,000 lines', generatePostmortem(5_000), 7, 21],
  ['20,000 lines', generatePostmortem(20_000), 3, 9],
];
/** Untimed first reads of each document before its first reads are timed (see `cold`). */
const WARM_UPS = 3;

/** `runs` versions of `text`, each with one more character typed into a line near its middle (a timeline entry). */
function typedVersions(text: string, runs: number): string[] {
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 3);
  let typed = lines[at];
  return Array.from({ length: runs }, (_, k) => {
    typed += String.fromCharCode(97 + (k % 26));
    return [...lines.slice(0, at), typed, ...lines.slice(at + 1)].join('\n');
  });
}

/** `runs` versions of `text`, each with one more new line (Enter) at the same place: every line below it moves. */
function newLineVersions(text: string, runs: number): string[] {
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 3);
  return Array.from({ length: runs }, (_, k) => [...lines.slice(0, at), ...Array.from({ length: k + 1 }, () => ''), ...lines.slice(at)].join('\n'));
}

/** Median ms of `f` over `inputs`, each prepared before its clock starts. */
function medianOver<T>(inputs: readonly T[], prepare: (input: T) => void, f: (input: T) => unknown): number {
  const times: number[] = [];
  for (const input of inputs) {
    prepare(input);
    const t = performance.now();
    f(input);
    times.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A full garbage collection when node runs with --expose-gc (as `npm run bench` does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ours = (text: string) => runRules(analyze(text, { now }), {});
// This machine's speed varies by phase (and differs from the one the goals were set on): our times as a share of
// markdownlint's (every rule on), timed in the same minutes, compare across runs and machines.
const share = (ours: number, markdownlint: number) => `${((100 * ours) / markdownlint).toFixed(2)}%`;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0)).padStart(8);
console.log(`Node ${process.version}; median of several runs, in ms; peak RSS in MiB\n`);
console.log(['document'.padEnd(20), 'lines', '    KiB', 'md 0.42', 'md(quiet)', 'cold read', 'first read', 'after edit', 'new line', '   check', '  render', 'peak RSS', 'read/md', 'edit/md'].join(' | '));
for (const [name, text, runs, readRuns] of documents) {
  peak = 0;
  const lines = text.split('\n').length;
  const all = median(runs, () => lint({ strings: { d: text }, config: { default: true } }));
  const quiet = median(runs, () => runMarkdownlint(text, text.split('\n')));
  const times = Array.from({ length: runs }, () => text);
  // In the editor our rules run in a worker of their own, apart from markdownlint's: its garbage is collected before
  // ours is timed (once, not between runs: our own collections count).
  collectGarbage();
  // The first reads of a larger document than any before in the process cost up to three times the later ones: V8
  // optimizes code for the new sizes and grows its heap. `cold` is the first of them; the median is taken after them.
  const cold = medianOver([text], forgetRemembered, ours);
  medianOver(Array.from({ length: WARM_UPS - 1 }, () => text), forgetRemembered, ours);
  const firstRead = medianOver(Array.from({ length: readRuns }, () => text), forgetRemembered, ours);
  // The document as the editor last checked it, then one keystroke at a time.
  forgetRemembered();
  ours(text);
  const afterEdit = medianOver(typedVersions(text, Math.max(runs, 41)), () => undefined, ours);
  // Enter a third of the way down, each run one more: the lines below move.
  forgetRemembered();
  ours(text);
  const afterNewLine = medianOver(newLineVersions(text, Math.max(runs, 41)), () => undefined, ours);
  const whole = medianOver(times, forgetRemembered, (t) => check(t, { now }));
  const result = check(text, { now });
  const render = median(runs, () => renderReport({ analysis: result.analysis, findings: result.findings, text }, { mode: 'export' }));
  console.log([name.padEnd(20), String(lines).padStart(5), String(Math.round(text.length / 1024)).padStart(7), ms(all), ms(quiet).padStart(9),
    ms(cold).padStart(9), ms(firstRead).padStart(10), ms(afterEdit).padStart(10), ms(afterNewLine), ms(whole), ms(render), `${(peak / 1024 / 1024).toFixed(0).padStart(8)}`,
    share(firstRead, all).padStart(7), share(afterEdit, all).padStart(7)].join(' | '));
}
