/**
 * Issue #11 item 16, pooled: the same-browser CPU ratio over the pairs of several runs of
 * bench/guard-cost-bench.ts (each with BENCH_COST_OUT=file.json), for an interval narrower than one
 * run can give on this machine. Runs are pooled only when taken the same way (same build of the
 * guard's script, same settle): the pairs of each are exchangeable, so the interval resamples whole
 * pairs across all of them. Each run is printed on its own too. Run:
 * `npx tsx bench/guard-cost-pool.ts a.json b.json`; the last line is the summary.
 */
import { readFileSync } from 'node:fs';
import { costVerdict } from './cost-verdict';
import { geometricMeanRatio, pairedRatioOfMedians } from './ratio-interval';

interface Load {
  cpuMs: number;
}
interface Run {
  registered: Load[];
  unregistered: Load[];
  /** Written since pooling began; a run from before says its count in its own summary line. */
  processSwaps?: number;
}

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('Name the runs to pool: npx tsx bench/guard-cost-pool.ts a.json b.json');
const runs = files.map((file) => ({ file, run: JSON.parse(readFileSync(file, 'utf8')) as Run }));
const pairsOf = ({ registered, unregistered }: Run) => registered.map((on, index): [number, number] => [on.cpuMs, unregistered[index]!.cpuMs]);
const line = (name: string, { ratio, ci95 }: { ratio: number; ci95: [number, number] }) => `${name} ${ratio} (95 % ${ci95[0]}–${ci95[1]})`;

for (const { file, run } of runs) {
  const pairs = pairsOf(run);
  const swaps = run.processSwaps === undefined ? 'not recorded here' : String(run.processSwaps);
  console.log(`${file}: ${pairs.length} pairs, process swaps ${swaps}; ${line('CPU registered/nothing', pairedRatioOfMedians(pairs))}, ${line('geometric mean', geometricMeanRatio(pairs))}`);
}
const pooled = runs.flatMap(({ run }) => pairsOf(run));
const swaps = runs.reduce((sum, { run }) => sum + (run.processSwaps ?? 0), 0);
const cpu = pairedRatioOfMedians(pooled);
console.log(
  `guard cost, ${runs.length} runs pooled (${pooled.length} pairs): CPU ${line('registered/nothing', cpu)} (${line('geometric mean of pairs', geometricMeanRatio(pooled))}); goal ≤ 1.01: ${costVerdict(cpu.ci95, swaps)}`,
);
