/// <reference types="chrome" />
import type { Hearth } from './launch-hearth';

export interface Shown {
  id: string;
  title?: string;
  message?: string;
}

/**
 * `notifications.getAll()` knows only ids; to read what a person would see, the worker's
 * `chrome.notifications.create` is wrapped before Hearth first calls it (the polyfill binds it then).
 */
export async function watchNotifications(hearth: Hearth): Promise<void> {
  await hearth.worker.evaluate(() => {
    const shown: Shown[] = [];
    (globalThis as { hearthShown?: Shown[] }).hearthShown = shown;
    const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
    (chrome.notifications as { create: unknown }).create = (id: string, options: chrome.notifications.NotificationOptions, ...rest: unknown[]) => {
      shown.push({ id, title: options.title, message: options.message });
      return create(id, options, ...rest);
    };
  });
}

/** The notifications in the system right now, with what each said. */
export async function notifications(hearth: Hearth): Promise<Shown[]> {
  return hearth.worker.evaluate(async () => {
    const shown = (globalThis as { hearthShown?: Shown[] }).hearthShown ?? [];
    return Object.keys(await chrome.notifications.getAll()).map((id) => shown.findLast((entry) => entry.id === id) ?? { id });
  });
}
