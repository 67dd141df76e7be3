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
