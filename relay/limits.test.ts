import { RateLimiter } from './limits';

describe('RateLimiter', () => {
  test('a key spends its capacity at once, then waits for tokens to come back', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([1, 2, 3, 4].map(() => limiter.take('room', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('room', 10_000)).toBe(false);
    expect(limiter.take('room', 20_000)).toBe(true);
    expect(limiter.take('room', 20_000)).toBe(false);
  });

  test('keys are independent', () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.take('one', 0)).toBe(true);
    expect(limiter.take('two', 0)).toBe(true);
    expect(limiter.take('one', 0)).toBe(false);
  });

  test('a refilled key is forgotten and starts full again', () => {
    const limiter = new RateLimiter(2, 60_000);
    limiter.take('room', 0);
    limiter.take('room', 0);
    limiter.sweep(60_000);
    expect(limiter.take('room', 60_000)).toBe(true);
    expect(limiter.take('room', 60_000)).toBe(true);
    expect(limiter.take('room', 60_000)).toBe(false);
  });
});
