import type { Page } from '@playwright/test';
import { closedShadowRoot } from './closed-shadow';

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
      // Anything on <html> the page could read: Hearth writes none of it.
      const attributes = await page.evaluate(() => document.documentElement.getAttributeNames());
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const element = closedShadowRoot(root as Parameters<typeof closedShadowRoot>[0]) !== undefined;
      return { worlds: [...worlds], sheets: [...sheets], attributes, element };
    },
  };
}
