// `scripts/icount.sh`'s workload: N first reads (our parse + rules, nothing remembered) of the 5,000-line benchmark
// postmortem after 15 warm-up reads, each after a full garbage collection, so that an instruction count of the process
// does not depend on when the collector happens to run.
import { analyze } from '../src/core/analysis/analyze';
import { forgetRemembered } from '../src/core/cache';
import { runRules } from '../src/core/check/run-rules';
import { generatePostmortem } from './generate';

const now = Date.UTC(2026, 0, 1);
const text = generatePostmortem(5_000);
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('run node with --expose-gc');
const reads = Number(process.argv[2] ?? 10);
for (let i = 0; i < reads + 15; i++) {
  forgetRemembered();
  collectGarbage();
  runRules(analyze(text, { now }), {});
}
