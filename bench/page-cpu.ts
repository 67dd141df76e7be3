import type { CDPSession, Page } from '@playwright/test';

/**
 * The renderer's main-thread time (CDP Performance.getMetrics `TaskDuration`) a page has used
 * so far. Unlike a load's wall time it does not grow while the machine makes the page wait for a
 * core, so it compares two setups steadily on a busy machine.
 */
export async function cpuMeter(page: Page): Promise<() => Promise<number>> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN);
  };
}
