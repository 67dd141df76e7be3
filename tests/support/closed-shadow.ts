import type { CDPSession, Page } from '@playwright/test';

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
 * through CDP, then click and type with the real mouse and keyboard.
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

  async function call<T>(selector: string, fn: string): Promise<T | undefined> {
    const nodeId = await find(selector);
    if (nodeId === undefined) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  }

  return {
    cdp: cdp as CDPSession,
    present: async () => (await shadowRootId()) !== undefined,
    /** Whether the element matches a selector, e.g. whether the layer is open: `:popover-open`, `:modal`. */
    matches: (selector: string, test: string) => call<boolean>(selector, `function () { return this.matches(${JSON.stringify(test)}); }`),
    value: (selector: string) => call<string>(selector, 'function () { return this.value; }'),
    text: (selector: string) => call<string>(selector, 'function () { return this.textContent; }'),
    attribute: (selector: string, name: string) => call<string | null>(selector, `function () { return this.getAttribute(${JSON.stringify(name)}); }`),
    async click(selector: string) {
      await call(selector, 'function () { this.scrollIntoView({ block: "center" }); }');
      const nodeId = await find(selector);
      if (nodeId === undefined) throw new Error(`no ${selector} in Hearth's banner`);
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
    },
    async type(selector: string, text: string) {
      await this.click(selector);
      await page.keyboard.type(text);
    },
    async select(selector: string, value: string) {
      await call(selector, `function () { this.value = ${JSON.stringify(value)}; this.dispatchEvent(new Event('change', { bubbles: true })); }`);
    },
  };
}
