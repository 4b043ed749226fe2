/**
 * The one reader and the one watcher of the settings, for every part of the extension. They read
 * storage.local directly (the content script does not carry the storage library); the WXT item in
 * ./item.ts writes and migrates the same key, and sanitising makes any stored version whole.
 * The storage API comes in as an argument: the page script passes the browser's own, without the
 * polyfill (utils/page/native-api.ts).
 */
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from './values';

type Changes = Record<string, unknown>;
type ChangeListener = (changes: Changes, area: string) => void;
/** What the reader needs of `browser.storage` (or Chromium's `chrome.storage`). */
export interface SettingsStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
}

/** The settings as stored now. */
export async function readSettings(api: SettingsStorage): Promise<Settings> {
  try {
    return sanitizeSettings((await api.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch (e) {
    // Storage unavailable (the extension reloading): the defaults are safe.
    console.warn('VanKien: settings unavailable, using the defaults', e);
    return { ...DEFAULT_SETTINGS };
  }
}

/** Calls `fn` whenever the settings change; returns the unsubscribe function. */
export function watchSettings(api: SettingsStorage, fn: () => void): () => void {
  const listener: ChangeListener = (changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) fn();
  };
  api.onChanged.addListener(listener);
  return () => api.onChanged.removeListener(listener);
}
