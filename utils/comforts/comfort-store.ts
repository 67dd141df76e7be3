import { settingsStore } from '../db/settings-store';
import { parseComfortSettings } from './comfort-settings';

export const { load: loadComfortSettings, save: saveComfortSettings } = settingsStore('comforts', parseComfortSettings);
