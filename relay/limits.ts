/**
 * Token buckets keyed by room or IP: each key may spend `capacity` at once and earns it back
 * over `windowMs`. Kept in memory per relay process: a limit guards this process's CPU and storage
 * calls, and a restart forgiving everyone is harmless.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly windowMs: number,
  ) {}

  /** Spends one token for `key`; false when the key has none left. */
  take(key: string, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    const earned = ((now - bucket.at) / this.windowMs) * this.capacity;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + earned);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return true;
  }

  /** Forgets keys whose bucket has refilled, so the map holds only recent spenders. */
  sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at >= this.windowMs) this.buckets.delete(key);
    }
  }
}
