import type { CDPSession, Page } from '@playwright/test';

/** What a page has used so far, in ms: its renderer main thread's CPU time and its tasks' duration. */
export interface PageUse {
  /** CPU time of the renderer's main thread (CDP `ThreadTime`): what the page's work costs the machine. */
  cpuMs: number;
  /** Wall time of the main thread's tasks (CDP `TaskDuration`): grows while the thread waits for a core. */
  taskMs: number;
}

/**
 * Reads a page's use from CDP Performance.getMetrics. `ThreadTime` counts only the time the
 * renderer's main thread actually ran, so unlike a load's wall time or `TaskDuration` it does not
 * grow while other processes on a busy machine hold the cores: two setups compare steadily.
 */
export async function cpuMeter(page: Page): Promise<() => Promise<PageUse>> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const ms = (name: string) => 1000 * (metrics.find((metric) => metric.name === name)?.value ?? NaN);
    return { cpuMs: ms('ThreadTime'), taskMs: ms('TaskDuration') };
  };
}
