import type { HearthDb } from '@/utils/db/hearth-db';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { GuardPlan } from '@/utils/guard/guard-plan';
import type { ParkMode } from '@/utils/comforts/comfort-settings';
import { comfortSupport } from '@/utils/comforts/comfort-support';
import { isGuardingMode } from '@/utils/schedule/guard-state';
import { parseParkedTabs, savedTabsByWindow, type ParkedTabs, type SavedTab } from '@/utils/comforts/parked-tabs';
import { parkingStep, planParking, type OpenTab, type WindowParking } from '@/utils/comforts/tab-parking';
import { t } from '@/components/i18n';

/** In IndexedDB, not session storage: saved tabs must come back even after the browser restarts mid-zone. */
const PARKED_KEY = 'comforts:parked';
const TAB_GROUP_ID_NONE = -1;

/** The tab APIs take a non-empty list; callers only pass lists they checked. */
const tabIdsOf = (ids: readonly number[]) => ids as [number, ...number[]];

const parkedGroupTitle = () => t('parkedGroupTitle');

/** Parks work tabs when a zone starts and brings them back when it ends, as the setting asks. */
export async function applyTabParking(db: HearthDb, plan: GuardPlan, agreement: Agreement | undefined, setting: ParkMode): Promise<void> {
  const mode = setting === 'group' && !comfortSupport(browser).groupTabs ? 'off' : setting;
  const parked = parseParkedTabs((await db.settings.get(PARKED_KEY))?.value);
  const step = parkingStep(isGuardingMode(plan.state.mode), mode, parked !== undefined);
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
  // Written first and after each group, so a stopped worker does not park twice; a group it made
  // but had not yet written down is still found by its title at the end of the zone.
  await db.settings.put({ key: PARKED_KEY, value: record });
  for (const window of windows) {
    await bringForward(window);
    const groupId = await browser.tabs.group({ tabIds: tabIdsOf(window.tabs.map((tab) => tab.id)), createProperties: { windowId: window.windowId } });
    await browser.tabGroups.update(groupId, { title: parkedGroupTitle(), color: 'grey', collapsed: true });
    record.groups.push({ windowId: window.windowId, groupId });
    await db.settings.put({ key: PARKED_KEY, value: record });
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
 * if not, and forgets each tab only once it is open again: a failure half-way neither loses a tab
 * nor, on the retry at the next refresh, opens one twice.
 */
async function reopen(db: HearthDb, tabs: readonly SavedTab[]): Promise<void> {
  for (const windowTabs of savedTabsByWindow(tabs)) {
    const oldWindow = await browser.windows.get(windowTabs[0]!.windowId).catch(() => undefined);
    let windowId = oldWindow?.id;
    for (const saved of windowTabs) {
      if (!(await stillOpen(saved))) windowId = await reopenTab(saved, windowId, oldWindow !== undefined);
      await forget(db, saved);
    }
  }
  await db.settings.delete(PARKED_KEY);
}

/** A worker stopped between saving and closing leaves the tab open: it must not come back twice. */
async function stillOpen(saved: SavedTab): Promise<boolean> {
  const tab = await browser.tabs.get(saved.id).catch(() => undefined);
  return tab?.url === saved.url;
}

/** Opens one saved tab, in a new window when there is none yet to put it in; answers the window it went to. */
async function reopenTab(saved: SavedTab, windowId: number | undefined, inOldWindow: boolean): Promise<number | undefined> {
  if (windowId === undefined) {
    const created = await browser.windows.create({ url: saved.url, focused: false });
    const [opened] = created?.tabs ?? [];
    if (saved.pinned && opened?.id !== undefined) await browser.tabs.update(opened.id, { pinned: true });
    return created?.id;
  }
  // Old positions mean something only in the old window; in a new one the saved order is enough.
  await browser.tabs.create({ windowId, url: saved.url, index: inOldWindow ? saved.index : undefined, pinned: saved.pinned, active: false });
  return windowId;
}

async function forget(db: HearthDb, saved: SavedTab): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const record = parseParkedTabs((await db.settings.get(PARKED_KEY))?.value);
    if (record?.kind !== 'close') return;
    const rest = record.tabs.filter((tab) => !(tab.id === saved.id && tab.windowId === saved.windowId && tab.url === saved.url && tab.index === saved.index));
    await db.settings.put({ key: PARKED_KEY, value: { kind: 'close', tabs: rest } satisfies ParkedTabs });
  });
}
