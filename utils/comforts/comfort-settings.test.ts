import { DEFAULT_COMFORT_SETTINGS, parseComfortSettings } from './comfort-settings';

describe('parseComfortSettings', () => {
  it('keeps valid choices', () => {
    expect(parseComfortSettings({ muteNotifications: false, parkTabs: 'close' })).toEqual({ muteNotifications: false, parkTabs: 'close' });
    expect(parseComfortSettings({ muteNotifications: true, parkTabs: 'group' })).toEqual({ muteNotifications: true, parkTabs: 'group' });
  });

  it.each([undefined, null, 'yes', 42, {}])('falls back to the defaults (mute on, parking off) for %j', (value) => {
    expect(parseComfortSettings(value)).toEqual(DEFAULT_COMFORT_SETTINGS);
    expect(DEFAULT_COMFORT_SETTINGS).toEqual({ muteNotifications: true, parkTabs: 'off' });
  });

  it('replaces each unknown field on its own', () => {
    expect(parseComfortSettings({ muteNotifications: 'no', parkTabs: 'close' })).toEqual({ muteNotifications: true, parkTabs: 'close' });
    expect(parseComfortSettings({ muteNotifications: false, parkTabs: 'hide' })).toEqual({ muteNotifications: false, parkTabs: 'off' });
  });
});
