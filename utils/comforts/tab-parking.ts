import type { WorkSite } from '../agreement/agreement-schema';
import { overrideFor, type GuardPlan } from '../guard/guard-plan';
import { workSiteForUrl } from '../sites/work-site-for-url';
import type { ParkMode } from './comfort-settings';

/** What the planner needs to know about an open tab in a normal window. */
export interface OpenTab {
  id: number;
  windowId: number;
  index: number;
  url: string;
  title: string;
  active: boolean;
  audible: boolean;
  pinned: boolean;
  /** In a tab group the person made (or any group): a tab can be in only one. */
  grouped: boolean;
}

export interface WindowParking {
  windowId: number;
  /** In tab-strip order. */
  tabs: OpenTab[];
  /**
   * The tab to bring forward first when the active tab is parked: a collapsed group cannot hold
   * the active tab, and closing every tab would close the window. `new-tab` when every tab in the
   * window is parked, so the window stays open on a new tab page.
   */
  activate: number | 'new-tab' | null;
}

/**
 * Which work tabs to put away at the start of a zone, window by window. A tab playing sound is
 * probably a call and stays; so does a site with a running override. Grouping leaves pinned tabs
 * and tabs already in a group alone (grouping would unpin them or pull them out of the person's
 * own group); saving and closing takes them too and brings pinned tabs back pinned.
 */
export function planParking(tabs: readonly OpenTab[], workSites: readonly WorkSite[], plan: GuardPlan, mode: Exclude<ParkMode, 'off'>): WindowParking[] {
  const parks = (tab: OpenTab) =>
    workSiteForUrl(workSites, tab.url) !== undefined &&
    !tab.audible &&
    overrideFor(plan, tab.url) === undefined &&
    (mode === 'close' || (!tab.pinned && !tab.grouped));
  const windows = new Map<number, OpenTab[]>();
  for (const tab of [...tabs].sort((a, b) => a.index - b.index)) windows.set(tab.windowId, [...(windows.get(tab.windowId) ?? []), tab]);
  return [...windows].flatMap(([windowId, windowTabs]) => {
    const parked = windowTabs.filter(parks);
    if (parked.length === 0) return [];
    return [{ windowId, tabs: parked, activate: replacementFor(windowTabs, parked) }];
  });
}

/** The nearest kept tab to the right of the active one (as the browser itself would pick), else to the left. */
function replacementFor(windowTabs: readonly OpenTab[], parked: readonly OpenTab[]): WindowParking['activate'] {
  const kept = windowTabs.filter((tab) => !parked.includes(tab));
  if (kept.length === 0) return 'new-tab';
  const active = windowTabs.find((tab) => tab.active);
  if (!active || !parked.includes(active)) return null;
  return (kept.find((tab) => tab.index > active.index) ?? kept.at(-1)!).id;
}

/** Whether to put tabs away now, bring them back, or leave things as they are. */
export function parkingStep(guarding: boolean, mode: ParkMode, parked: boolean): 'park' | 'unpark' | 'none' {
  const wanted = guarding && mode !== 'off';
  if (parked && !wanted) return 'unpark';
  if (!parked && wanted) return 'park';
  return 'none';
}
