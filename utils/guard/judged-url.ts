const WEB = /^https?:\/\//;

/**
 * The URL a guarded document is judged by, from what the browser says of its sender. A window a work
 * page opens on about:blank and writes itself into (Gmail's pop-out compose) keeps about:blank as its
 * URL in the browser's eyes, and its script may start before the write gives it one: it is judged by
 * the origin it inherited from its opener, as that site's front page, so it is dimmed like its opener
 * wherever a work site names the whole host (the only kind Chromium lets a content script follow by
 * origin, guard-scripts.ts). A frame without a URL of its own lies inside its parent, which the guard
 * covers already: it is judged by that URL, which is no work site, so it holds no banner of its own.
 */
export function judgedUrl(url: string, origin: string | undefined, topLevel: boolean): string {
  if (WEB.test(url)) return url;
  return topLevel && origin !== undefined && WEB.test(origin) ? `${origin}/` : url;
}
