/** The parts of the extension API the comforts need; absent where a browser lacks them. */
export interface ComfortApis {
  contentSettings?: { notifications?: unknown };
  tabGroups?: unknown;
  tabs?: { group?: unknown };
}

export interface ComfortSupport {
  /** Chrome's `contentSettings`; Firefox has no way for an extension to block a site's notifications. */
  muteNotifications: boolean;
  /** Tab groups: Chrome, and Firefox from 139. */
  groupTabs: boolean;
}

export function comfortSupport(api: ComfortApis): ComfortSupport {
  return {
    muteNotifications: api.contentSettings?.notifications !== undefined,
    groupTabs: api.tabGroups !== undefined && typeof api.tabs?.group === 'function',
  };
}
