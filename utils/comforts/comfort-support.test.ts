import { comfortSupport } from './comfort-support';

describe('comfortSupport', () => {
  it('finds both in a Chrome-like API', () => {
    expect(comfortSupport({ contentSettings: { notifications: {} }, tabGroups: {}, tabs: { group: () => undefined } })).toEqual({
      muteNotifications: true,
      groupTabs: true,
    });
  });

  it('finds neither in an older Firefox-like API', () => {
    expect(comfortSupport({ tabs: {} })).toEqual({ muteNotifications: false, groupTabs: false });
  });

  it('needs both the tabGroups namespace and tabs.group to group', () => {
    expect(comfortSupport({ tabGroups: {}, tabs: {} }).groupTabs).toBe(false);
    expect(comfortSupport({ tabs: { group: () => undefined } }).groupTabs).toBe(false);
  });
});
