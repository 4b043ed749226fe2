/**
 * The options page: the reader's library (documents, articles, search), settings and data.
 * IndexedDB is opened here directly: the page runs in the extension's origin.
 */
import { useEffect, useState } from 'preact/hooks';
import { ArticlesView } from '../../components/options/ArticlesView';
import { DataView } from '../../components/options/DataView';
import { DocumentsView } from '../../components/options/DocumentsView';
import { SearchView } from '../../components/options/SearchView';
import { LazySettingsView } from '../../components/options/LazySettingsView';
import type { Library } from '../../utils/db';
import { parseMessage } from '../../utils/messages';
import { PAGES_CALLERS, type BackgroundToPages } from '../../utils/protocols';
import { serve } from '../../utils/rpc-serve';
import { t, uiLang } from '../../utils/i18n';
import type { SearchIndex } from '../../utils/library/search';
import { libraryOpening, searchIndex } from './loading';

const TABS = ['documents', 'articles', 'search', 'settings', 'data'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, string> = { documents: 'tabDocuments', articles: 'tabArticles', search: 'tabSearch', settings: 'tabSettings', data: 'tabData' };
const lang = uiLang();

function tabFromHash(): Tab {
  const h = location.hash.slice(1) as Tab;
  return TABS.includes(h) ? h : 'documents';
}

export function App() {
  const [tab, setTab] = useState<Tab>(tabFromHash());
  const [library, setLibrary] = useState<Library | null>(null);
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle');
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    libraryOpening.then((l) => { performance.mark('vankien:library-open'); setLibrary(l); }, (e) => setError(t('libraryError', (e as Error).message)));
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // The search index is loaded (or built, in chunks, so the page stays responsive) soon after the
  // page opens, or at once when the search tab is opened first; then it is kept up to date.
  useEffect(() => {
    if (!library || index) return;
    const start = () => { searchIndex().then(setIndex, (e) => setError(t('libraryError', (e as Error).message))); };
    if (tab === 'search') return start();
    const timer = setTimeout(start, 800);
    return () => clearTimeout(timer);
  }, [tab, library, index]);

  // Saves and stars made in the popup while this page is open.
  useEffect(() => serve<BackgroundToPages>({
    'library-changed': (m) => {
      setVersion((v) => v + 1);
      index?.sync().catch((e: unknown) => console.warn('VanKien: search index sync', e));
    },
  }, { validate: parseMessage, allowFrom: PAGES_CALLERS }), [index]);

  const changed = () => {
    setVersion((v) => v + 1);
    index?.sync().catch((e: unknown) => console.warn('VanKien: search index sync', e));
  };
  // The index is written a little after it changes; leaving the page writes it at once.
  useEffect(() => {
    if (!index) return;
    const flush = () => { void index.persist().catch((e) => console.warn('VanKien: could not store the search index', e)); };
    addEventListener('pagehide', flush);
    return () => { removeEventListener('pagehide', flush); index.destroy(); };
  }, [index]);
  const go = (next: Tab) => { location.hash = next; setTab(next); };
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const n = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
      go(n);
      (document.getElementById(`tab-${n}`) as HTMLElement | null)?.focus();
    }
  };

  return (
    <div class="options">
      <header>
        <h1>VanKien</h1>
        <nav role="tablist" aria-label={t('optionsTitle')} onKeyDown={onKey}>
          {TABS.map((x) => (
            <button type="button" role="tab" id={`tab-${x}`} key={x} aria-selected={tab === x} aria-controls={`panel-${x}`} tabIndex={tab === x ? 0 : -1} onClick={() => go(x)}>
              {t(LABEL[x])}
            </button>
          ))}
        </nav>
      </header>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {error && <p class="notice error" role="alert">{error}</p>}
        {tab === 'settings' && <LazySettingsView />}
        {library && tab === 'documents' && <DocumentsView library={library} lang={lang} version={version} />}
        {library && tab === 'articles' && <ArticlesView library={library} lang={lang} version={version} onChange={changed} />}
        {library && tab === 'search' && <SearchView index={index} lang={lang} />}
        {library && tab === 'search' && !index && <p class="muted" role="status">{t('indexing')}</p>}
        {library && tab === 'data' && <DataView library={library} onChange={changed} />}
      </div>
    </div>
  );
}
