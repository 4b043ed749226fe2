/**
 * The settings as a versioned WXT storage item, for writing (options) and migrating (background, at
 * start). Version 2 added the reader's own sites, version 3 the highlight colours, version 4 the
 * any-Vietnamese-page mode (off); `migrations` brings
 * older stored values up to date. Everyone reads through ./read.ts.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './values';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 4,
  migrations: {
    2: (v1: Omit<Settings, 'customSites' | 'colors'>) => ({ ...v1, customSites: [] }),
    3: (v2: Omit<Settings, 'colors' | 'anyVietnamesePage'>) => ({ ...v2, colors: { ...DEFAULT_SETTINGS.colors } }),
    4: (v3: Omit<Settings, 'anyVietnamesePage'>): Settings => ({ ...DEFAULT_SETTINGS, ...v3, anyVietnamesePage: false }),
  },
});
