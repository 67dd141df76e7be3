import { GUARD_CSS, RELEASE_CSS, sheetForMode, veiledSheet, type GuardCss } from '@/utils/guard/guard-plan';
import type { PageGuard } from '@/utils/guard/page-guard';

const SHEETS: GuardCss[] = [GUARD_CSS.dim, GUARD_CSS.block, RELEASE_CSS];
const queues = new Map<string, Promise<void>>();

/**
 * Leaves exactly one of Hearth's user sheets in a guarded document: the one for its mode. User-origin
 * !important beats everything the page can write (design decision 2), and the sheets are out of the
 * page's reach: it can neither read nor remove them. Chromium keeps one copy per insertCSS and
 * removeCSS takes one away, so every change for one frame runs in turn, each "remove all, insert one".
 */
export function applyFrameCss(tabId: number, frameId: number, mode: PageGuard['mode'], veiled = false): Promise<void> {
  const key = `${tabId}:${frameId}`;
  const next = (queues.get(key) ?? Promise.resolve()).then(() => replaceSheets(tabId, frameId, veiled ? veiledSheet(mode) : sheetForMode(mode)));
  const settled = next.catch((error) => console.debug('Hearth could not style frame', key, error));
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return settled;
}

async function replaceSheets(tabId: number, frameId: number, keep: GuardCss): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  for (const sheet of SHEETS) await browser.scripting.removeCSS({ target, files: [sheet], origin: 'USER' });
  await browser.scripting.insertCSS({ target, files: [keep], origin: 'USER' });
}
