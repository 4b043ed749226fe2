/**
 * Reader settings as a versioned WXT storage item (background, popup, options). Version 2 added
 * the reader's own sites; `migrations` brings older stored values up to date. The content script
 * reads the same key without the storage library (utils/settings-values.ts).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings-values';

export { DEFAULT_SETTINGS, type Settings } from './settings-values';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: Omit<Settings, 'customSites'>): Settings => ({ ...DEFAULT_SETTINGS, ...v1, customSites: [] }),
  },
});

/** Settings as stored, with any field a newer or older version left out filled in. */
export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    // Storage unavailable (extension reloading): the defaults are safe.
    return { ...DEFAULT_SETTINGS };
  }
}
