/** The extension's strings through the browser's i18n (Vietnamese by default, English for English browsers). */
import { browser } from 'wxt/browser';

export type Lang = 'vi' | 'en';

export function uiLang(): Lang {
  try {
    return /^en\b/i.test(browser.i18n.getUILanguage()) ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** A message by name, with $1, $2 … substitutions. */
export function t(name: string, ...subs: Array<string | number>): string {
  const get = browser.i18n.getMessage as (n: string, s?: string[]) => string;
  return get(name, subs.map(String)) || name;
}
