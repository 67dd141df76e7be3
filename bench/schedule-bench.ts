/**
 * Cost of the schedule questions every guard refresh asks: what is in force now (guardStateAt) and
 * when that next changes (nextGuardBoundary), for the sample agreement at every hour of 2026 in its
 * Berlin household (both clock changes included). Run with `npx tsx bench/schedule-bench.ts`; it
 * prints a JSON summary. Pure Node, no browser. Kept out of the unit tests on purpose: a timing
 * limit there fails on a busy machine without saying anything about the code.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { SAMPLE_AGREEMENT } from '../utils/agreement/sample-agreement';
import { parseAgreement } from '../utils/agreement/parse-agreement';
import { guardStateAt, nextGuardBoundary } from '../utils/schedule/guard-state';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const HOUR = 3_600_000;
const parsed = parseAgreement(SAMPLE_AGREEMENT);
if (!parsed.ok) throw new Error('the sample agreement does not validate');
const agreement = parsed.agreement;
const instants = Array.from({ length: 365 * 24 }, (_, hour) => Date.parse('2026-01-01T00:00:00+01:00') + hour * HOUR);

function perCallMicros(ask: (instant: number) => unknown): number {
  const start = performance.now();
  for (const instant of instants) ask(instant);
  return ((performance.now() - start) * 1000) / instants.length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
perCallMicros((instant) => guardStateAt(agreement, instant));
perCallMicros((instant) => nextGuardBoundary(agreement, instant));
const state: number[] = [];
const boundary: number[] = [];
for (let run = 0; run < RUNS; run++) {
  state.push(perCallMicros((instant) => guardStateAt(agreement, instant)));
  boundary.push(perCallMicros((instant) => nextGuardBoundary(agreement, instant)));
}
console.log(
  JSON.stringify(
    {
      cpu: cpus()[0]?.model,
      calls: instants.length,
      runs: RUNS,
      guardStateAtMicrosMedian: Number(median(state).toFixed(1)),
      nextGuardBoundaryMicrosMedian: Number(median(boundary).toFixed(1)),
    },
    null,
    2,
  ),
);
