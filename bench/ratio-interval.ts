import { seededRandom } from '../tests/support/seeded-random';
import { median } from './page-load';

const RESAMPLES = 2_000;
const round = (value: number) => Number(value.toFixed(3));

/**
 * The ratio of two samples' medians with its 95 % bootstrap interval (2,000 resamples of each side,
 * seeded, so the same samples always give the same interval): how sure a measured ratio is.
 */
export function ratioOfMedians(numerator: readonly number[], denominator: readonly number[], seed = 16): { ratio: number; ci95: [number, number] } {
  const random = seededRandom(seed);
  const resample = (values: readonly number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
  const ratios = Array.from({ length: RESAMPLES }, () => median(resample(numerator)) / median(resample(denominator))).sort((a, b) => a - b);
  return {
    ratio: round(median([...numerator]) / median([...denominator])),
    ci95: [round(ratios[Math.floor(RESAMPLES * 0.025)]!), round(ratios[Math.floor(RESAMPLES * 0.975)]!)],
  };
}

/**
 * The same ratio for loads taken in pairs (one of each side, next to each other in time), with the
 * interval resampling whole pairs: drift over a run (the machine's other work, a warming cache) moves
 * both members of a pair alike, so it widens the interval of independent samples but not this one.
 */
export function pairedRatioOfMedians(pairs: readonly (readonly [number, number])[], seed = 16): { ratio: number; ci95: [number, number] } {
  const random = seededRandom(seed);
  const ratioOf = (sample: readonly (readonly [number, number])[]) => median(sample.map(([a]) => a)) / median(sample.map(([, b]) => b));
  const ratios = Array.from({ length: RESAMPLES }, () => ratioOf(pairs.map(() => pairs[Math.floor(random() * pairs.length)]!))).sort((a, b) => a - b);
  return { ratio: round(ratioOf(pairs)), ci95: [round(ratios[Math.floor(RESAMPLES * 0.025)]!), round(ratios[Math.floor(RESAMPLES * 0.975)]!)] };
}

/**
 * The geometric mean of the pairs' own ratios, with its 95 % bootstrap interval over pairs: it uses
 * every load, where a median uses the middle ones, so the same number of pairs gives a narrower
 * interval; the logarithm keeps a rare slow load from dominating it.
 */
export function geometricMeanRatio(pairs: readonly (readonly [number, number])[], seed = 16): { ratio: number; ci95: [number, number] } {
  const random = seededRandom(seed);
  const logs = pairs.map(([a, b]) => Math.log(a / b));
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const ratios = Array.from({ length: RESAMPLES }, () => Math.exp(mean(logs.map(() => logs[Math.floor(random() * logs.length)]!)))).sort((a, b) => a - b);
  return { ratio: round(Math.exp(mean(logs))), ci95: [round(ratios[Math.floor(RESAMPLES * 0.025)]!), round(ratios[Math.floor(RESAMPLES * 0.975)]!)] };
}
