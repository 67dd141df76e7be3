import type { HearthDb } from '@/utils/db/hearth-db';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { GuardPlan } from '@/utils/guard/guard-plan';
import type { ParkMode } from '@/utils/comforts/comfort-settings';
import { comfortSupport } from '@/utils/comforts/comfort-support';
import { parseParkedTabs, savedTabsByWindow, type ParkedTabs, type SavedTab } from '@/utils/comforts/parked-tabs';
import { parkingStep, planParking, type OpenTab, type WindowParking } from '@/utils/comforts/tab-parking';
import { t } from '@/components/i18n';

/** In IndexedDB, not session storage: saved tabs must come back even after the browser restarts mid-zone. */
const PARKED_KEY = 'comforts:parked';
const TAB_GROUP_ID_NONE = -1;

/** The tab APIs take a non-empty list; callers only pass lists they checked. */
const tabIdsOf = (ids: readonly number[]) => ids as [number, ...number[]];

export const parkedGroupTitle = () => t('parkedGroupTitle');

/** Parks work tabs when a zone starts and brings them back when it ends, as the setting asks. */
export async function applyTabParking(db: HearthDb, plan: GuardPlan, agreement: Agreement | undefined, setting: ParkMode): Promise<void> {
  const guarding = plan.state.mode === 'dim' || plan.state.mode === 'block';
  const mode = setting === 'group' && !comfortSupport(browser).groupTabs ? 'off' : setting;
  const parked = parseParkedTabs((await db.settings.get(PARKED_KEY))?.value);
  const step = parkingStep(guarding, mode, parked !== undefined);
  if (step === 'park' && mode !== 'off') await park(db, planParking(await openTabs(), agreement?.workSites ?? [], plan, mode), mode);
  if (step === 'unpark' && parked) await (parked.kind === 'group' ? ungroup(db, parked.groups) : reopen(db, parked.tabs));
}

async function openTabs(): Promise<OpenTab[]> {
  const tabs = await browser.tabs.query({ windowType: 'normal' });
  return tabs.flatMap((tab) =>
    tab.id === undefined || tab.windowId === undefined || !tab.url
      ? []
      : [
          {
            id: tab.id,
            windowId: tab.windowId,
            index: tab.index,
            url: tab.url,
            title: tab.title ?? '',
            active: tab.active,
            audible: tab.audible === true,
            pinned: tab.pinned,
            grouped: (tab.groupId ?? TAB_GROUP_ID_NONE) !== TAB_GROUP_ID_NONE,
          },
        ],
  );
}

async function park(db: HearthDb, windows: WindowParking[], mode: 'group' | 'close'): Promise<void> {
  if (mode === 'close') {
    // Saved in one write before anything is closed: a tab is never gone without its record.
    const tabs: SavedTab[] = windows.flatMap((window) => window.tabs.map(({ id, windowId, index, url, title, pinned }) => ({ id, windowId, index, url, title, pinned })));
    await db.settings.put({ key: PARKED_KEY, value: { kind: 'close', tabs } satisfies ParkedTabs });
    for (const window of windows) {
      await bringForward(window);
      await browser.tabs.remove(tabIdsOf(window.tabs.map((tab) => tab.id)));
    }
    return;
  }
  const record: ParkedTabs = { kind: 'group', groups: [] };
  // Written first and after each group, so a stopped worker neither parks twice nor forgets a group.
  await db.settings.put({ key: PARKED_KEY, value: record });
  for (const window of windows) {
    await bringForward(window);
    const groupId = await browser.tabs.group({ tabIds: tabIdsOf(window.tabs.map((tab) => tab.id)), createProperties: { windowId: window.windowId } });
    record.groups.push({ windowId: window.windowId, groupId });
    await db.settings.put({ key: PARKED_KEY, value: record });
    await browser.tabGroups.update(groupId, { title: parkedGroupTitle(), color: 'grey', collapsed: true });
  }
}

async function bringForward({ windowId, activate }: WindowParking): Promise<void> {
  if (activate === 'new-tab') await browser.tabs.create({ windowId, active: true });
  else if (activate !== null) await browser.tabs.update(activate, { active: true });
}

/**
 * Expands and dissolves Hearth's groups; only tabs still in them are touched, so a tab the person
 * already took out stays where they put it. Group ids do not survive a browser restart, so
 * groups are also found by their title.
 */
async function ungroup(db: HearthDb, groups: Extract<ParkedTabs, { kind: 'group' }>['groups']): Promise<void> {
  const byTitle = await browser.tabGroups.query({ title: parkedGroupTitle() });
  const ids = new Set([...groups.map((group) => group.groupId), ...byTitle.map((group) => group.id)]);
  for (const groupId of ids) {
    const group = await browser.tabGroups.get(groupId).catch(() => undefined);
    if (!group) continue;
    await browser.tabGroups.update(groupId, { collapsed: false });
    const members = await browser.tabs.query({ groupId });
    const tabIds = members.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    if (tabIds.length > 0) await browser.tabs.ungroup(tabIdsOf(tabIds));
  }
  await db.settings.delete(PARKED_KEY);
}

/**
 * Reopens saved tabs window by window, in their old window if it is still there and in a new one
 * if not, and forgets each window's tabs only once they are open again.
 */
async function reopen(db: HearthDb, tabs: readonly SavedTab[]): Promise<void> {
  for (const windowTabs of savedTabsByWindow(tabs)) {
    const missing: SavedTab[] = [];
    for (const saved of windowTabs) if (!(await stillOpen(saved))) missing.push(saved);
    if (missing.length > 0) await reopenInWindow(missing);
    await db.transaction('rw', db.settings, async () => {
      const record = parseParkedTabs((await db.settings.get(PARKED_KEY))?.value);
      if (record?.kind !== 'close') return;
      const rest = record.tabs.filter((tab) => tab.windowId !== windowTabs[0]!.windowId);
      await db.settings.put({ key: PARKED_KEY, value: { kind: 'close', tabs: rest } satisfies ParkedTabs });
    });
  }
  await db.settings.delete(PARKED_KEY);
}

/** A worker stopped between saving and closing leaves the tab open: it must not come back twice. */
async function stillOpen(saved: SavedTab): Promise<boolean> {
  const tab = await browser.tabs.get(saved.id).catch(() => undefined);
  return tab?.url === saved.url;
}

async function reopenInWindow(tabs: readonly SavedTab[]): Promise<void> {
  const [first, ...rest] = tabs as [SavedTab, ...SavedTab[]];
  const window = await browser.windows.get(first.windowId).catch(() => undefined);
  let windowId = window?.id;
  let pending: readonly SavedTab[] = tabs;
  if (windowId === undefined) {
    const created = await browser.windows.create({ url: first.url, focused: false });
    windowId = created?.id;
    const [opened] = created?.tabs ?? [];
    if (first.pinned && opened?.id !== undefined) await browser.tabs.update(opened.id, { pinned: true });
    pending = rest;
  }
  for (const saved of pending) {
    await browser.tabs.create({ windowId, url: saved.url, index: window ? saved.index : undefined, pinned: saved.pinned, active: false });
  }
}
