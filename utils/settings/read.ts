/**
 * The one reader and the one watcher of the settings, for every part of the extension. They read
 * storage.local directly (the content script does not carry the storage library); the WXT item in
 * ./item.ts writes and migrates the same key, and sanitising makes any stored version whole.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from './values';

/** The settings as stored now. */
export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch (e) {
    // Storage unavailable (the extension reloading): the defaults are safe.
    console.warn('VanKien: settings unavailable, using the defaults', e);
    return { ...DEFAULT_SETTINGS };
  }
}

/** Calls `fn` whenever the settings change; returns the unsubscribe function. */
export function watchSettings(fn: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) fn();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
