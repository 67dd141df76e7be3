/** A work tab that was saved and closed, with what it takes to reopen it where it was. */
export interface SavedTab {
  /** The closed tab's id: if a tab with this id and URL is still open, it was never closed. */
  id: number;
  windowId: number;
  index: number;
  url: string;
  title: string;
  pinned: boolean;
}

/**
 * What Hearth put away for the zone that is on. Its presence means "this zone's parking is done",
 * so tabs opened later in the zone are left alone and a restarted worker does not park twice.
 */
export type ParkedTabs = { kind: 'group'; groups: { windowId: number; groupId: number }[] } | { kind: 'close'; tabs: SavedTab[] };

const isInt = (value: unknown): value is number => Number.isInteger(value);

function savedTab(value: unknown): SavedTab | undefined {
  const tab = (value ?? {}) as Partial<Record<keyof SavedTab, unknown>>;
  if (typeof tab.url !== 'string' || !isInt(tab.windowId)) return undefined;
  return {
    id: isInt(tab.id) ? tab.id : -1,
    windowId: tab.windowId,
    index: isInt(tab.index) ? tab.index : 0,
    url: tab.url,
    title: typeof tab.title === 'string' ? tab.title : '',
    pinned: tab.pinned === true,
  };
}

/**
 * The record from storage, read defensively: a saved tab with a URL and a window is kept even if
 * its other fields are damaged, because losing a tab is worse than reopening it slightly off.
 */
export function parseParkedTabs(value: unknown): ParkedTabs | undefined {
  const record = (value ?? {}) as { kind?: unknown; groups?: unknown; tabs?: unknown };
  if (record.kind === 'group' && Array.isArray(record.groups)) {
    const groups = record.groups.filter((group): group is { windowId: number; groupId: number } => isInt(group?.windowId) && isInt(group?.groupId));
    return { kind: 'group', groups: groups.map(({ windowId, groupId }) => ({ windowId, groupId })) };
  }
  if (record.kind === 'close' && Array.isArray(record.tabs)) {
    return { kind: 'close', tabs: record.tabs.flatMap((tab) => savedTab(tab) ?? []) };
  }
  return undefined;
}

/** Saved tabs grouped by their window, each window's in tab-strip order, so reopening restores the order. */
export function savedTabsByWindow(tabs: readonly SavedTab[]): SavedTab[][] {
  const windows = new Map<number, SavedTab[]>();
  for (const tab of [...tabs].sort((a, b) => a.index - b.index)) windows.set(tab.windowId, [...(windows.get(tab.windowId) ?? []), tab]);
  return [...windows.values()];
}
