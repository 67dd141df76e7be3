/** The tracker's clock. Production reads the real one; e2e builds can shift it (test-seams.ts). */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
