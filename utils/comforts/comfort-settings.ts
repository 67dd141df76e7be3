/** How work tabs are put away when a zone starts: not at all, in a collapsed tab group, or saved and closed. */
export type ParkMode = 'off' | 'group' | 'close';

/** Device-only comforts during zones; each partner sets their own. */
export interface ComfortSettings {
  /** Block web notifications from work sites while a zone guards (Chrome only). */
  muteNotifications: boolean;
  parkTabs: ParkMode;
}

export const DEFAULT_COMFORT_SETTINGS: ComfortSettings = { muteNotifications: true, parkTabs: 'off' };

const PARK_MODES: readonly ParkMode[] = ['off', 'group', 'close'];

/** Settings from storage or a message, read defensively: anything unknown falls back to the default. */
export function parseComfortSettings(value: unknown): ComfortSettings {
  const { muteNotifications, parkTabs } = (value ?? {}) as Partial<Record<keyof ComfortSettings, unknown>>;
  return {
    muteNotifications: typeof muteNotifications === 'boolean' ? muteNotifications : DEFAULT_COMFORT_SETTINGS.muteNotifications,
    parkTabs: PARK_MODES.includes(parkTabs as ParkMode) ? (parkTabs as ParkMode) : DEFAULT_COMFORT_SETTINGS.parkTabs,
  };
}
