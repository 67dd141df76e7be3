import type { CDPSession, Locator, Page } from '@playwright/test';

type ShadowNode = { nodeName: string; nodeId: number; shadowRootType?: string; children?: ShadowNode[]; shadowRoots?: ShadowNode[] };

/** Hearth's host has no name the page could look for; it is the one element with a closed shadow root. */
export function closedShadowRoot(root: ShadowNode): ShadowNode | undefined {
  const stack: ShadowNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const closed = node.shadowRoots?.find((shadow) => shadow.shadowRootType === 'closed');
    if (closed) return closed;
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return undefined;
}

/**
 * Hearth's banner lives in a closed shadow root, out of reach of the page and of Playwright's
 * locators. DevTools can still see it, so tests drive it as a person would: find the element
 * through CDP, then click and type with the real mouse and keyboard. Its override form is a frame
 * of Hearth's own (components/guard/override-frame.tsx): what the shadow root does not hold is
 * looked for there.
 */
export async function guardUi(page: Page) {
  const cdp = await page.context().newCDPSession(page);

  async function shadowRootId(): Promise<number | undefined> {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return closedShadowRoot(root as ShadowNode)?.nodeId;
  }

  async function find(selector: string): Promise<number | undefined> {
    const rootId = await shadowRootId();
    if (rootId === undefined) return undefined;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: rootId, selector });
    return nodeId || undefined;
  }

  const form = () => page.frames().find((frame) => frame.url().includes('/override-form.html'));

  /** `selector` in the override form, waited for while the form's frame is in the banner and loading. */
  async function inForm(selector: string): Promise<Locator | undefined> {
    if ((await find('iframe.override-frame')) === undefined) return undefined;
    for (const end = Date.now() + 5000; Date.now() < end; await page.waitForTimeout(50)) {
      const found = form()?.locator(selector).first();
      if (found && (await found.count().catch(() => 0))) return found;
    }
    return undefined;
  }

  /**
   * Whether the form's frame has its size and stands still. The frame is 0 px tall until the form
   * reports its height, and the banner, set at the bottom of the window, grows upward when it does
   * (and again when an error shows): a click aimed at the form before then lands beside it, on the
   * banner. A person sees the form, and clicks it, only where it is drawn.
   */
  async function formSettled(): Promise<boolean> {
    let last = '';
    for (const end = Date.now() + 5000; Date.now() < end; await page.waitForTimeout(100)) {
      const nodeId = await find('iframe.override-frame');
      if (nodeId === undefined) return false;
      const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => undefined);
      const where = box ? box.model.content.join() : '';
      if (box && box.model.height > 0 && where === last) return true;
      last = where;
    }
    return false;
  }

  /** `fn` run on the element `selector` finds, in the banner or else in the override form. */
  async function call<T>(selector: string, fn: (element: Element, arg: string) => T, arg = ''): Promise<T | undefined> {
    const nodeId = await find(selector);
    if (nodeId === undefined) {
      const found = await inForm(selector);
      return found ? found.evaluate(fn, arg) : undefined;
    }
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    return result.value as T;
  }

  return {
    cdp: cdp as CDPSession,
    present: async () => (await shadowRootId()) !== undefined,
    /** Whether the element matches a selector, e.g. whether the layer is open: `:popover-open`, `:modal`. */
    matches: (selector: string, test: string) => call(selector, (element, query) => element.matches(query), test),
    value: (selector: string) => call(selector, (element) => (element as HTMLTextAreaElement).value),
    text: (selector: string) => call(selector, (element) => element.textContent),
    attribute: (selector: string, name: string) => call(selector, (element, attribute) => element.getAttribute(attribute), name),
    /** The override form's frame, once it is open. */
    form,
    async click(selector: string) {
      // A person clicks in the tab in front. Chromium routes a click into the form's frame (a frame of
      // another process) by what the tab last drew, which a tab behind others does not keep up to date:
      // there the click lands on the banner beside the form.
      await page.bringToFront();
      await call(selector, (element) => element.scrollIntoView({ block: 'center' }));
      const nodeId = await find(selector);
      if (nodeId === undefined) {
        const found = await inForm(selector);
        if (!found) throw new Error(`no ${selector} in Hearth's banner`);
        if (!(await formSettled())) throw new Error(`Hearth's override form did not settle to click ${selector}`);
        return found.click();
      }
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
    },
    async type(selector: string, text: string) {
      await this.click(selector);
      await page.keyboard.type(text);
    },
  };
}
