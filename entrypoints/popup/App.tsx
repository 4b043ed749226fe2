/**
 * The popup: which documents the current tab's page cites, and keeping the article. Thin glue:
 * it asks the tab's content script for the page and the background for the library.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DocumentList } from '../../components/DocumentList';
import type { Message, PageSummary, SavePayloadReply } from '../../utils/messages';
import { formatDate } from '../../utils/popup/groups';
import { t, uiLang } from '../../utils/i18n';
import type { RefDocument } from '../../utils/refs/types';
import type { SaveResponse, SavedStatusResponse } from '../../utils/library-messages';

type View = { kind: 'loading' } | { kind: 'no-script' } | { kind: 'page'; page: PageSummary };

const lang = uiLang();

async function currentTabId(): Promise<number | undefined> {
  // Tests open the popup as a page with ?tabId=; a reader opens it from the toolbar.
  const q = new URLSearchParams(location.search).get('tabId');
  if (q && /^\d+$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** A failure already put in the reader's words. */
class Told extends Error {}

/** A reply that did not come (the other side refused the message or went away) becomes words. */
async function ask<T>(send: () => Promise<unknown>, missing: string): Promise<T> {
  let reply: unknown;
  try {
    reply = await send();
  } catch {
    throw new Told(missing);
  }
  if (reply === undefined || reply === null) throw new Told(missing);
  return reply as T;
}

const toTab = <T,>(tabId: number, m: Message) => browser.tabs.sendMessage(tabId, m) as Promise<T>;
const toBackground = <T,>(m: Message) => browser.runtime.sendMessage(m) as Promise<T>;

const LIBRARY_ERROR_WORDS: Record<Extract<SaveResponse, { ok: false }>['kind'], string> = {
  quota: 'quotaError', write: 'writeError', blocked: 'blockedError', version: 'versionError', invalid: 'saveRefused',
};

function payloadProblem(reply: Extract<SavePayloadReply, { ok: false }>): string {
  if (reply.reason === 'too-long') return t('tooLongToSave', reply.length.toLocaleString(lang), reply.limit.toLocaleString(lang));
  return t(reply.reason === 'address-too-long' ? 'addressTooLong' : 'notReady');
}

/** The page's summary; a page still loading may not have its content script yet, so ask a few times. */
async function askPage(tabId: number): Promise<PageSummary | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await toTab<PageSummary | null>(tabId, { type: 'get-page' });
    } catch (e) {
      if (attempt >= 8) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [filter, setFilter] = useState('');
  const [positions, setPositions] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<SavedStatusResponse['saved']>(null);
  const [starred, setStarred] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<'save' | 'scan' | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);

  const loadLibrary = async (page: PageSummary) => {
    const status = await toBackground<SavedStatusResponse>({ type: 'saved-status', url: page.canonicalUrl, ...(page.pageUrl ? { pageUrl: page.pageUrl } : {}) }).catch(() => null);
    if (status?.error) setNotice({ text: t(LIBRARY_ERROR_WORDS[status.error]), error: true });
    else if (status) {
      setSaved(status.saved);
      setStarred(new Set(status.starredKeys));
    }
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    void (async () => {
      const id = await currentTabId();
      setTabId(id);
      if (id === undefined) return setView({ kind: 'no-script' });
      try {
        const page = await askPage(id);
        if (!page) return setView({ kind: 'no-script' });
        setView({ kind: 'page', page });
        await loadLibrary(page);
      } catch {
        setView({ kind: 'no-script' }); // no content script: not a supported site
      }
    })();
  }, []);

  const scanAnyway = async () => {
    if (tabId === undefined) return;
    setBusy('scan');
    setNotice(null);
    try {
      let page: PageSummary | null = null;
      try {
        page = await toTab<PageSummary>(tabId, { type: 'scan-anyway' });
      } catch {
        // Not a supported site: have the background inject the content script (activeTab).
        const injected = await toBackground<{ ok: boolean; error?: string }>({ type: 'inject', tabId });
        if (!injected?.ok) {
          if (injected?.error) console.warn('VanKien: could not inject', injected.error);
          throw new Told(t('scanUnsupported'));
        }
        page = await toTab<PageSummary>(tabId, { type: 'scan-anyway' });
      }
      setView({ kind: 'page', page });
      await loadLibrary(page);
    } catch (e) {
      if (!(e instanceof Told)) console.error('VanKien: scan failed', e);
      setNotice({ text: t('scanFailed', e instanceof Told ? e.message : t('pageGone')), error: true });
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    if (tabId === undefined || view.kind !== 'page') return;
    setBusy('save');
    setNotice(null);
    try {
      const reply = await ask<SavePayloadReply>(() => toTab(tabId, { type: 'save-payload' }), t('pageGone'));
      if (!reply.ok) throw new Told(payloadProblem(reply));
      const r = await ask<SaveResponse>(() => toBackground({ type: 'save-article', payload: reply.payload }), t('backgroundGone'));
      if (!r.ok) throw new Told(t(LIBRARY_ERROR_WORDS[r.kind] ?? 'writeError'));
      setSaved({ savedAt: r.savedAt, updatedAt: r.updatedAt });
      setNotice({ text: r.status === 'created' ? t('savedNow') : t('updatedNow') });
    } catch (e) {
      if (!(e instanceof Told)) console.error('VanKien: save failed', e);
      setNotice({ text: t('saveFailed', e instanceof Told ? e.message : t('writeError')), error: true });
    } finally {
      setBusy(null);
    }
  };

  const focus = async (doc: RefDocument, position: number) => {
    if (tabId === undefined) return;
    const r = await toTab<{ position: number; total: number } | null>(tabId, { type: 'focus-document', key: doc.key, position }).catch(() => null);
    if (r) setPositions((p) => ({ ...p, [doc.key]: r.position }));
  };

  const star = async (doc: RefDocument, on: boolean) => {
    const ok = await toBackground<{ ok: boolean }>({ type: 'set-starred', doc, starred: on }).catch(() => null);
    if (!ok?.ok) return;
    setStarred((s) => {
      const n = new Set(s);
      if (on) n.add(doc.key);
      else n.delete(doc.key);
      return n;
    });
  };

  if (view.kind === 'loading') return <main class="popup"><p class="muted">{t('loading')}</p></main>;
  const page = view.kind === 'page' ? view.page : null;
  const scannable = !page || page.status === 'unsupported' || (page.status === 'not-article' && !page.forced);
  return (
    <main class="popup">
      {page && page.status === 'article' || page?.forced ? (
        <header class="article">
          <h1>{page!.title}</h1>
          <p class="meta">{[page!.site, formatDate(page!.published?.slice(0, 10), lang), page!.author].filter(Boolean).join(' · ')}</p>
          <div class="savebar">
            {saved ? (
              <>
                <span class="saved">{t('savedOn', formatDate(saved.updatedAt.slice(0, 10), lang) ?? '')}</span>
                <button type="button" class="primary" disabled={busy !== null} onClick={save}>{busy === 'save' ? t('saving') : t('update')}</button>
              </>
            ) : (
              <button type="button" class="primary" disabled={busy !== null} onClick={save}>{busy === 'save' ? t('saving') : t('save')}</button>
            )}
          </div>
        </header>
      ) : (
        <header class="article">
          <h1>{t('popupTitle')}</h1>
          <p class="muted">{page?.status === 'not-article' ? t('notArticle') : t('unsupported')}</p>
        </header>
      )}
      {notice && <p class={notice.error ? 'notice error' : 'notice'} role={notice.error ? 'alert' : 'status'}>{notice.text}</p>}
      {scannable && (
        <p><button type="button" disabled={busy !== null} onClick={scanAnyway}>{busy === 'scan' ? t('scanning') : t('scanAnyway')}</button></p>
      )}
      {page && (page.status === 'article' || page.forced) && (
        <>
          <label class="filter">
            <span class="sr-only">{t('filterLabel')}</span>
            <input type="search" placeholder={t('filterPlaceholder')} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
          </label>
          <DocumentList documents={page.documents} filter={filter} lang={lang} starred={starred} positions={positions} onFocus={focus} onStar={star} />
        </>
      )}
    </main>
  );
}
