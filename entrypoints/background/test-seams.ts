import type { Clock } from './clock';
import type { IdleSource, IdleState } from './idle-source';

type SeamMessage = { type: 'test:clock'; offsetMs: number } | { type: 'test:idle'; state: IdleState | null };

/**
 * Test builds only (`wxt build --mode e2e`): a clock the tests can move and an idle state they can
 * script, since a headless browser has no person to stop typing. The production build never
 * contains this module: its one caller is behind a compile-time `import.meta.env.MODE` check.
 */
export function createTestSeams(realIdle: IdleSource): { clock: Clock; idle: IdleSource } {
  let offsetMs = 0;
  let forced: IdleState | null = null;
  const listeners: ((state: IdleState) => void)[] = [];

  browser.runtime.onMessage.addListener((message: unknown) => {
    const seam = message as SeamMessage;
    if (seam?.type === 'test:clock') {
      offsetMs = seam.offsetMs;
      return Promise.resolve({ ok: true });
    }
    if (seam?.type === 'test:idle') {
      forced = seam.state;
      listeners.forEach((listener) => listener(forced ?? 'active'));
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });

  return {
    clock: { now: () => Date.now() + offsetMs },
    idle: {
      setThreshold: (seconds) => realIdle.setThreshold(seconds),
      query: async (seconds) => forced ?? 'active',
      onChange: (listener) => {
        listeners.push(listener);
        realIdle.onChange((state) => forced === null && listener(state));
      },
    },
  };
}
