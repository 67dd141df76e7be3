import { describe, expect, it } from 'vitest';
import { geometricMeanRatio, pairedRatioOfMedians, ratioOfMedians } from '../../bench/ratio-interval';
import { seededRandom } from '../support/seeded-random';

// A run whose loads drift from 30 ms down to 15 ms, with per-load noise, and one side 2 % dearer.
const random = seededRandom(3);
const drift = Array.from({ length: 400 }, (_, i) => 30 - (15 * i) / 400);
const pairs = drift.map((level) => [level * 1.02 * (1 + 0.05 * (random() - 0.5)), level * (1 + 0.05 * (random() - 0.5))] as const);

describe('bench ratio intervals', () => {
  it('pairing keeps drift out of the interval that independent samples let in', () => {
    const paired = pairedRatioOfMedians(pairs);
    const independent = ratioOfMedians(
      pairs.map(([a]) => a),
      pairs.map(([, b]) => b),
    );
    expect(paired.ci95[0]).toBeLessThanOrEqual(1.02);
    expect(paired.ci95[1]).toBeGreaterThanOrEqual(1.02);
    expect(paired.ci95[1] - paired.ci95[0]).toBeLessThan((independent.ci95[1] - independent.ci95[0]) / 3);
  });

  it('the geometric mean of the pairs finds the same 2 % in a narrower interval than the medians', () => {
    const geometric = geometricMeanRatio(pairs);
    const paired = pairedRatioOfMedians(pairs);
    expect(geometric.ci95[0]).toBeLessThanOrEqual(1.02);
    expect(geometric.ci95[1]).toBeGreaterThanOrEqual(1.02);
    expect(geometric.ci95[1] - geometric.ci95[0]).toBeLessThan(paired.ci95[1] - paired.ci95[0]);
  });

  it('gives the same interval for the same loads', () => {
    expect(pairedRatioOfMedians(pairs)).toEqual(pairedRatioOfMedians(pairs));
  });
});
