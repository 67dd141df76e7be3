import { describe, expect, it } from 'vitest';
import type { InlineConfig } from 'vite';
import { popupSharedChunk } from '../../scripts/popup-chunks';

/** A module graph as importers: id → the modules that import it statically (and dynamically). */
const graph: Record<string, { importers: string[]; dynamicImporters?: string[] }> = {
  '/p/entrypoints/popup/index.html': { importers: [] },
  '/p/entrypoints/options/index.html': { importers: [] },
  '/p/entrypoints/popup/main.tsx': { importers: ['/p/entrypoints/popup/index.html'] },
  '/p/entrypoints/options/main.tsx': { importers: ['/p/entrypoints/options/index.html'] },
  '/p/components/popup/popup-app.tsx': { importers: ['/p/entrypoints/popup/main.tsx'] },
  '/p/node_modules/preact/dist/preact.module.js': { importers: ['/p/components/popup/popup-app.tsx', '/p/entrypoints/options/main.tsx'] },
  '/p/components/popup/partner-card.tsx': { importers: ['/p/components/popup/popup-app.tsx'], dynamicImporters: ['/p/entrypoints/options/main.tsx'] },
  '/p/components/options/editor.tsx': { importers: ['/p/entrypoints/options/main.tsx'] },
  '/p/components/popup/later-card.tsx': { importers: [], dynamicImporters: ['/p/components/popup/popup-app.tsx'] },
  '/p/utils/a.ts': { importers: ['/p/utils/b.ts', '/p/components/popup/popup-app.tsx'] },
  '/p/utils/b.ts': { importers: ['/p/utils/a.ts', '/p/components/options/editor.tsx'] },
};
const ctx = { getModuleInfo: (id: string) => (graph[id] ? { importers: graph[id].importers, dynamicImporters: graph[id].dynamicImporters ?? [] } : null) };

function chunkNamer() {
  const config: InlineConfig = {};
  popupSharedChunk(config);
  const output = config.build!.rolldownOptions!.output as { codeSplitting: { groups: { name: (id: string, context: typeof ctx) => string | null }[] } };
  return output.codeSplitting.groups[0]!.name;
}

describe('the popup-shared chunk', () => {
  const name = chunkNamer();

  it.each([
    ['a library the popup and another page load at once', '/p/node_modules/preact/dist/preact.module.js', 'popup-shared'],
    ['the popup’s module another page loads later', '/p/components/popup/partner-card.tsx', 'popup-shared'],
    ['modules that import each other, shared through the cycle', '/p/utils/a.ts', 'popup-shared'],
    ['the popup’s own module', '/p/components/popup/popup-app.tsx', null],
    ['another page’s own module', '/p/components/options/editor.tsx', null],
    ['what the popup loads only after its first paint', '/p/components/popup/later-card.tsx', null],
    ['a module the graph does not know', '/p/unknown.ts', null],
  ])('%s: %s → %s', (_, id, chunk) => {
    expect(name(id, ctx)).toBe(chunk);
  });

  it('refuses a config with several outputs rather than guess which to split', () => {
    expect(() => popupSharedChunk({ build: { rolldownOptions: { output: [{}, {}] } } })).toThrow('one output');
  });
});
