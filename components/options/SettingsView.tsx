import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SITES, type SiteGroup } from '../../utils/article/sites';
import { patternsFor } from '../../utils/custom-sites';
import { parseSiteInput } from '../../utils/site-input';
import { t } from '../../utils/i18n';
import { DEFAULT_COLORS, DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../../utils/settings';

/** The optional permission of the any-Vietnamese-page mode. */
const ALL_SITES = ['*://*/*'];

/** The order the groups of built-in sites are listed in. */
const GROUPS: readonly SiteGroup[] = ['national', 'party', 'provincial', 'government', 'organisations', 'legal', 'english', 'abroad', 'community', 'domain'];

/** Highlighting switches and the list of sites, including the reader's own. */
export function SettingsView() {
  const [s, setS] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  useEffect(() => { void readSettings(browser.storage).then(setS); }, []);
  const update = async (patch: Partial<Settings>) => {
    const next = { ...DEFAULT_SETTINGS, ...s, ...patch };
    setS(next);
    await settingsItem.setValue(next);
  };

  const add = async (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(site);
    if ('error' in parsed) {
      const text = parsed.error === 'builtin' ? t('siteBuiltin') : parsed.error === 'public-suffix' ? t('sitePublicSuffix', parsed.host ?? site) : t('siteInvalid');
      return setMessage({ text, error: true });
    }
    // Asked now, while the click counts as the reader's gesture; the background registers the script.
    const granted = await browser.permissions.request({ origins: patternsFor(parsed.host) }).catch(() => false);
    if (!granted) return setMessage({ text: t('siteDenied'), error: true });
    await update({ customSites: [...new Set([...(s?.customSites ?? []), parsed.host])] });
    setSite('');
    setMessage({ text: t('siteAdded', parsed.host) });
  };
  // The opt-in mode: asked for the permission on every site now, while the click is the reader's.
  const setAnywhere = async (on: boolean) => {
    if (on) {
      const granted = await browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
      if (!granted) return setMessage({ text: t('anyPageDenied'), error: true });
      await update({ anyVietnamesePage: true });
      return setMessage({ text: t('anyPageOn') });
    }
    await update({ anyVietnamesePage: false });
    // Given back unless the reader's own sites ride on it (removing it could take theirs too).
    if (!(s?.customSites.length)) await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
    setMessage({ text: t('anyPageOff') });
  };
  const remove = async (host: string) => {
    await update({ customSites: (s?.customSites ?? []).filter((h) => h !== host) });
    await browser.permissions.remove({ origins: patternsFor(host) }).catch(() => false);
  };

  if (!s) return <p class="muted">…</p>;
  return (
    <section class="settings" aria-labelledby="set-h">
      <h2 id="set-h" class="sr-only">{t('tabSettings')}</h2>
      <label class="check"><input type="checkbox" checked={s.highlight} onChange={(e) => update({ highlight: (e.target as HTMLInputElement).checked })} /> {t('settingHighlight')}</label>
      <label class="check"><input type="checkbox" checked={s.stateDocuments} onChange={(e) => update({ stateDocuments: (e.target as HTMLInputElement).checked })} /> {t('settingState')}</label>
      <fieldset class="colors">
        <legend>{t('colorsTitle')}</legend>
        <label><input type="color" value={s.colors.party} onChange={(e) => update({ colors: { ...s.colors, party: (e.target as HTMLInputElement).value } })} /> {t('partyDocuments')}</label>
        <label><input type="color" value={s.colors.state} onChange={(e) => update({ colors: { ...s.colors, state: (e.target as HTMLInputElement).value } })} /> {t('stateDocuments')}</label>
        <button type="button" onClick={() => update({ colors: { ...DEFAULT_COLORS } })}>{t('colorsReset')}</button>
      </fieldset>
      <h3>{t('sitesTitle')}</h3>
      <label class="check"><input type="checkbox" checked={s.anyVietnamesePage} onChange={(e) => void setAnywhere((e.target as HTMLInputElement).checked)} /> {t('anyPage')}</label>
      <p class="muted small">{t('anyPageHelp')}</p>
      <h4>{t('yourSites')}</h4>
      <ul class="sites">
        {s.customSites.map((h) => <li key={h}>{h} <button type="button" onClick={() => remove(h)} aria-label={`${t('removeSite')} ${h}`}>{t('removeSite')}</button></li>)}
      </ul>
      <form onSubmit={add} class="add-site">
        <label><span class="sr-only">{t('addSite')}</span>
          <input value={site} placeholder={t('addSitePlaceholder')} onInput={(e) => setSite((e.target as HTMLInputElement).value)} /></label>
        <button type="submit">{t('addSite')}</button>
      </form>
      {message && <p class={message.error ? 'notice error' : 'notice'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <BuiltinSites />
    </section>
  );
}

/** The sites VanKien knows out of the box, by group. */
function BuiltinSites() {
  return (
    <details>
      <summary>{t('builtinSites', SITES.length)}</summary>
      {GROUPS.map((g) => {
        const sites = SITES.filter((x) => x.group === g).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
        return sites.length > 0 && (
          <section key={g} class="site-group" aria-labelledby={`sites-${g}`}>
            <h4 id={`sites-${g}`}>{t(`siteGroup_${g}`)} ({sites.length})</h4>
            <ul class="sites builtin">{sites.map((x) => <li key={x.host}>{x.name} <span class="muted">{x.domain ? `*.${x.host}` : x.host}{x.only ? ` · ${t(x.only === 'vietnamese' ? 'siteOnlyVietnamese' : 'siteOnlyAboutVietnam')}` : ''}</span></li>)}</ul>
          </section>
        );
      })}
    </details>
  );
}
