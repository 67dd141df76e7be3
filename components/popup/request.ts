import type { HearthMessage, HearthReplies } from '@/utils/messages';

/** A typed message to the background, as every popup action is. */
export function request<K extends HearthMessage['type']>(message: Extract<HearthMessage, { type: K }>): Promise<HearthReplies[K]> {
  return browser.runtime.sendMessage(message) as Promise<HearthReplies[K]>;
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** A part of the options page, such as the review (`#review`): the options page API cannot name one. */
export function openOptionsAt(hash: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}

/** The background opens the report, or brings forward the tab already showing it. */
export function openReport(): void {
  void request({ type: 'report:open' });
}
