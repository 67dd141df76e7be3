import type { InlineConfig } from 'vite';

/**
 * The pages (popup, options, report, welcome) get WXT's own `browser`, the browser's `browser` or
 * else `chrome`, instead of the webextension polyfill the rest of the extension keeps. Where
 * `browser` is native (Firefox, Chrome 148 and later) the polyfill hands back that very object
 * anyway, after the popup has parsed ~10 KB of it before its first paint (issue #11 item 17,
 * BENCHMARKS.md). On an older Chrome the pages get `chrome`, whose MV3 methods return promises for
 * every call they make; what the polyfill would add there is a promise returned by a
 * `runtime.onMessage` listener, and no page has one (the background, which does, keeps it).
 */
export function nativeBrowserForPages(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (!alias || Array.isArray(alias) || !('wxt/browser' in alias)) throw new Error('nativeBrowserForPages expects the polyfill module to alias wxt/browser');
  (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
}
