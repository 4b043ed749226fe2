/**
 * Reader settings as a versioned WXT storage item (background, popup, options). Version 2 added
 * the reader's own sites, version 3 the highlight colours; `migrations` brings older stored values
 * up to date. The content script
 * reads the same key without the storage library (utils/settings-values.ts).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings-values';

export { DEFAULT_SETTINGS, type Settings } from './settings-values';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: {
    2: (v1: Omit<Settings, 'customSites' | 'colors'>) => ({ ...v1, customSites: [] }),
    3: (v2: Omit<Settings, 'colors'>): Settings => ({ ...DEFAULT_SETTINGS, ...v2, colors: { ...DEFAULT_SETTINGS.colors } }),
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
