/** The user's settings, kept in the persistent store. */
import type { Settings, SettingsPatch } from '../../common/settings.js';
import type { StateStore } from './state.js';

export interface SettingsStore {
  get(): Settings;
  /** Applies the fields given (already checked) and answers the settings now in force. */
  update(patch: SettingsPatch): Settings;
}

export function createSettingsStore(store: StateStore): SettingsStore {
  return {
    get: () => store.get('settings'),
    update(patch) {
      const next = { ...store.get('settings'), ...patch };
      store.set('settings', next);
      return next;
    },
  };
}
