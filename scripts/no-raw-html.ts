import type { Plugin } from 'vite';

const RAW_HTML_SET = /(\w+)\.innerHTML=(\w+)\.__html/g;
const ANY_UNSAFE_SET = /\.innerHTML=(?!["'`]{2})/;

/**
 * Preact assigns `innerHTML` in one place only: for `dangerouslySetInnerHTML`, which Hearth never
 * uses. Mozilla's add-on linter (web-ext lint, the same checks as addons.mozilla.org review) warns
 * about any non-literal `innerHTML` assignment, so that one is replaced by an error: no Hearth page
 * can ever parse raw HTML, and the Firefox package lints with no warning (issue 11 item 15).
 * A Preact release that sets HTML elsewhere fails the build instead of slipping through.
 */
export function noRawHtml(): Plugin {
  return {
    name: 'hearth-no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/node_modules\/preact\/dist\/[^/]+\.m?js$/.test(id) || !code.includes('innerHTML')) return undefined;
      const safe = code.replace(RAW_HTML_SET, '(function(){throw new Error("Hearth renders no raw HTML")})()');
      if (ANY_UNSAFE_SET.test(safe)) throw new Error(`hearth-no-raw-html: ${id} sets innerHTML in a way this plugin does not know`);
      return { code: safe, map: null };
    },
  };
}
