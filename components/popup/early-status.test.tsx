import { afterEach, describe, expect, it } from 'vitest';
import { leaveEarlyStatus, takeEarlyStatus } from './early-status';

describe('the early status request', () => {
  afterEach(() => void takeEarlyStatus());

  it('is there for the app once: a later "ask again" never gets the stale first answer', async () => {
    const reply = Promise.resolve(null);
    leaveEarlyStatus(reply);
    expect(takeEarlyStatus()).toBe(reply);
    expect(takeEarlyStatus()).toBeUndefined();
  });

  it('is absent when the early script sent nothing (no native browser API), so the app asks itself', () => {
    expect(takeEarlyStatus()).toBeUndefined();
  });

  it('does not report a failure as unhandled before the app takes it over', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    leaveEarlyStatus(Promise.reject(new Error('hearth:storage-unavailable')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', record);
    expect(unhandled).toEqual([]);
    await expect(takeEarlyStatus()).rejects.toThrow('hearth:storage-unavailable');
  });
});
