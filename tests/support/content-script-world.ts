import type { Page } from '@playwright/test';

/**
 * Runs code in Hearth's content-script world of a page, through DevTools: with the same rights as
 * the guard script itself (chrome.runtime.sendMessage, a sender with the page's tab and URL), which
 * is what anything that got hold of that world could do. Attach before navigating.
 */
export async function contentScriptWorld(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  let contextId: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.includes(extensionId)) contextId = context.id;
  });
  await cdp.send('Runtime.enable');
  return {
    ready: () => contextId !== undefined,
    /** Sends a runtime message from the page's Hearth world; resolves to the reply or to the error the sender sees. */
    async send(message: unknown): Promise<{ reply?: unknown; error?: string }> {
      if (contextId === undefined) throw new Error('Hearth has no content-script world in this page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => ({ reply }), (error) => ({ error: String(error?.message ?? error) }))`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as { reply?: unknown; error?: string };
    },
  };
}
