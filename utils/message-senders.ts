import type { RoutedType } from './message-schemas';

/** What the browser tells about a message's sender (runtime.MessageSender), as far as the checks read it. */
export interface SenderFacts {
  id?: string;
  url?: string;
  /** The sending document's origin: a window opened on about:blank has its opener's. */
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** Hearth itself: its id, and the base of its pages' URLs (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface Self {
  id: string;
  base: string;
}

/** The messages the guard script in a web page sends; nothing else may come from one. */
const FROM_WEB_PAGES: ReadonlySet<RoutedType> = new Set(['guard:hello', 'guard:veiled', 'override:request']);

/**
 * One of Hearth's own pages: the popup, the options page (embedded or in a tab) and the report.
 * In Chromium and Firefox alike their sender `url` is an extension URL, with a `tab` when the page
 * is in a tab and none in the popup or an embedded options page. A content script's `url` is the
 * web page's, whatever the page does: the browser sets it, the script cannot.
 */
export function isHearthPage(sender: SenderFacts, self: Self): boolean {
  return sender.id === self.id && sender.url !== undefined && sender.url.startsWith(self.base);
}

const WEB = /^https?:\/\//;
/** Documents whose URL is not their origin's: they take the origin of the page that made them. */
const WITHOUT_URL_OF_THEIR_OWN = /^(about:(blank|srcdoc)$|blob:)/;

/**
 * The guard's content script in a web page tab: a web page by its URL or, a document without a URL of
 * its own (a window a work page opened on about:blank or on a blob: URL it made), by the origin it
 * inherited, as the browser names it.
 */
export function isWebPageTab(sender: SenderFacts, self: Self): boolean {
  const url = sender.url ?? '';
  return sender.id === self.id && sender.tab !== undefined && (WEB.test(url) || (WITHOUT_URL_OF_THEIR_OWN.test(url) && WEB.test(sender.origin ?? '')));
}

/**
 * Who may send what: the guard's script lives in a work site's renderer, next to whatever that site
 * runs, so whatever speaks from there may only ask for its own page's guard and an override of its
 * own tab's site. The agreement, the status (names, note, hours) and every setting are for Hearth's
 * own pages.
 */
export function senderMaySend(type: RoutedType, sender: SenderFacts, self: Self): boolean {
  return FROM_WEB_PAGES.has(type) ? isWebPageTab(sender, self) : isHearthPage(sender, self);
}
