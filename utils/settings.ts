/**
 * Reader settings, one versioned storage item read live by the content script.
 * More settings (colours, sites) arrive with the options page; migrations go here then.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Highlight references in pages at all. */
  highlight: boolean;
  /** Highlight state legal documents (Nghị định, Thông tư …) as well as party ones. */
  stateDocuments: boolean;
}

export const DEFAULT_SETTINGS: Settings = { highlight: true, stateDocuments: true };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, with any field a newer or older version left out filled in. */
export async function readSettings(): Promise<Settings> {
  try {
    return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
  } catch {
    // Storage unavailable (extension reloading): the defaults are safe.
    return DEFAULT_SETTINGS;
  }
}
