/**
 * Reader settings, one versioned storage item read live by the content script and the background.
 * Version 2 added the reader's own sites; `migrations` brings older stored values up to date.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Highlight references in pages at all. */
  highlight: boolean;
  /** Highlight state legal documents (Nghị định, Thông tư …) as well as party ones. */
  stateDocuments: boolean;
  /** Hosts the reader added (optional host permission granted for each); e.g. "baobinhduong.vn". */
  customSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlight: true, stateDocuments: true, customSites: [] };

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
    const s = { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
    return { ...s, customSites: Array.isArray(s.customSites) ? s.customSites.filter((h) => typeof h === 'string') : [] };
  } catch {
    // Storage unavailable (extension reloading): the defaults are safe.
    return DEFAULT_SETTINGS;
  }
}
