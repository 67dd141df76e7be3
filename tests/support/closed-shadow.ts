import type { CDPSession, Page } from '@playwright/test';

/**
 * Hearth's banner lives in a closed shadow root, out of reach of the page and of Playwright's
 * locators. DevTools can still see it, so tests drive it as a person would: find the element
 * through CDP, then click and type with the real mouse and keyboard.
 */
export async function guardUi(page: Page) {
  const cdp = await page.context().newCDPSession(page);

  async function shadowRootId(): Promise<number | undefined> {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { nodeName: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const stack: Node[] = [root as Node];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeName === 'HEARTH-GUARD') return node.shadowRoots?.[0]?.nodeId;
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return undefined;
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
