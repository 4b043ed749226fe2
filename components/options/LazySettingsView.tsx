import { useEffect, useState } from 'preact/hooks';
import type { SettingsView as Settings } from './SettingsView';
import { t } from '../../utils/i18n';

/**
 * The settings tab, loaded when first opened: its add-a-site check carries the Public Suffix List
 * (tldts, ~260 KB), which the library tabs would otherwise parse on every open of the page.
 */
let loading: Promise<typeof Settings> | null = null;
const load = () => (loading ??= import('./SettingsView').then((m) => m.SettingsView, (e: unknown) => {
  loading = null;
  throw e;
}));

export function LazySettingsView() {
  const [View, setView] = useState<typeof Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then((v) => live && setView(() => v), (e: unknown) => live && setError(String((e as Error)?.message ?? e)));
    return () => { live = false; };
  }, []);
  if (error) return <p class="notice error" role="alert">{t('settingsLoadError', error)}</p>;
  return View ? <View /> : <p class="muted" role="status">…</p>;
}
