import type { InlineConfig } from 'vite';

type ModuleInfo = { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
type Context = { getModuleInfo(id: string): ModuleInfo };

const POPUP_PAGE = /[\\/]entrypoints[\\/]popup[\\/]/;
const OTHER_PAGE = /[\\/]entrypoints[\\/](options|report|welcome)[\\/]/;

/** Whether a page whose modules `page` matches reaches `id`, by static imports only or by any. */
function reaches(id: string, ctx: Context, page: RegExp, dynamic: boolean): boolean {
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const current = queue.pop()!;
    if (page.test(current)) return true;
    const info = ctx.getModuleInfo(current);
    for (const importer of [...(info?.importers ?? []), ...(dynamic ? (info?.dynamicImporters ?? []) : [])]) {
      if (!seen.has(importer)) seen.add(importer), queue.push(importer);
    }
  }
  return false;
}

/**
 * The code the popup needs before its first paint and shares with other pages, in one chunk. Left
 * to itself the bundler splits shared code by which pages share it, and the popup waited for four
 * module files before it could draw anything; now for its own, this one and the bundler's small
 * runtime (issue #11 item 17, BENCHMARKS.md). The other pages load a few kilobytes they do not use,
 * which costs them less.
 */
export function popupSharedChunk(config: InlineConfig): void {
  const name = (id: string, ctx: Context) => {
    // A name of null leaves the module to the bundler's own splitting.
    return reaches(id, ctx, POPUP_PAGE, false) && reaches(id, ctx, OTHER_PAGE, true) ? 'popup-shared' : null;
  };
  const build = (config.build ??= {});
  const rolldown = (build.rolldownOptions ??= {});
  if (Array.isArray(rolldown.output)) throw new Error('popupSharedChunk expects one output');
  rolldown.output = { ...rolldown.output, codeSplitting: { groups: [{ name, debugName: 'popup-shared' }] } };
}
