import type { Page } from '@playwright/test';

/**
 * Watches a page through DevTools for anything an extension puts into it: an isolated world
 * (a content script ran) or an injected stylesheet. Attach before navigating.
 */
export async function probeInjections(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  const sheets: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && (context.origin.includes(extensionId) || context.name === 'Hearth')) {
      worlds.push(context.name);
    }
  });
  cdp.on('CSS.styleSheetAdded', ({ header }) => {
    if (header.origin === 'injected' || header.sourceURL.includes(extensionId)) sheets.push(header.sourceURL || header.origin);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return {
    async snapshot() {
      const attribute = await page.evaluate(() => document.documentElement.getAttribute('data-hearth-mode'));
      const element = await page.evaluate(() => document.querySelector('hearth-guard') !== null);
      return { worlds: [...worlds], sheets: [...sheets], attribute, element };
    },
  };
}
