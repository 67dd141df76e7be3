import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReconnect, reconnectDelay, RECONNECT_CAP } from './reconnect';

describe('the wait before a live socket is opened again', () => {
  it('is the base after a socket dropped, and doubles with each failed try', () => {
    expect([0, 1, 2, 3].map((failures) => reconnectDelay(5_000, failures, 0.5))).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('stops growing at a minute for a 5 s base, however long the relay stays away', () => {
    expect(reconnectDelay(5_000, 4, 0.5)).toBe(5_000 * RECONNECT_CAP);
    expect(reconnectDelay(5_000, 1_000, 0.5)).toBe(60_000);
  });

  it('is spread by a quarter either way', () => {
    expect(reconnectDelay(5_000, 0, 0)).toBe(3_750);
    expect(reconnectDelay(5_000, 0, 0.999_999)).toBe(6_250);
    expect(reconnectDelay(5_000, 20, 0)).toBe(45_000);
  });
});

describe('the next try of a live socket', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps one try pending however often it is asked for, and waits longer after each failed one', () => {
    vi.useFakeTimers();
    const tries: number[] = [];
    const reconnect = createReconnect(1_000, () => tries.push(Date.now()));
    const start = Date.now();
    reconnect.soon();
    reconnect.soon();
    vi.advanceTimersByTime(1_250);
    expect(tries).toHaveLength(1);
    reconnect.failed();
    reconnect.failed();
    reconnect.soon();
    vi.advanceTimersByTime(2_999);
    expect(tries).toHaveLength(1);
    vi.advanceTimersByTime(2_001);
    expect(tries).toHaveLength(2);
    reconnect.succeeded();
    reconnect.soon();
    vi.advanceTimersByTime(1_250);
    expect(tries).toHaveLength(3);
    expect(tries[0]! - start).toBeGreaterThanOrEqual(750);
  });
});
