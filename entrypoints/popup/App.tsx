/**
 * The popup: which documents the current tab's page cites, and keeping the article. Thin glue:
 * it asks the tab's content script for the page and the background for the library.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DocumentList } from '../../components/DocumentList';
import type { PageSummary, SavePayloadReply } from '../../utils/messages';
import { formatDate } from '../../utils/popup/groups';
import { rpcErrorKey } from '../../utils/popup/rpc-words';
import { t, uiLang } from '../../utils/i18n';
import { pageToBackground, popupToContent } from '../../utils/protocols';
import type { RefDocument } from '../../utils/refs/types';
import type { SaveResponse, SavedStatusResponse } from '../../utils/library-messages';
import { client, type RpcError, type RpcResult } from '../../utils/rpc';

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

const toTab = (tabId: number) => client(popupToContent, (m) => browser.tabs.sendMessage(tabId, m));
const toBackground = client(pageToBackground, (m) => browser.runtime.sendMessage(m));

/** Why a reply did not come, in the reader's words. */
const unanswered = (r: { error: RpcError; detail?: string }, to: 'page' | 'background', refusedKey?: string) => {
  if (r.detail) console.warn(`VanKien: no reply from the ${to}`, r.error, r.detail);
  return t(rpcErrorKey(r.error, to, refusedKey));
};

/** The reply, or a failure already put in words. */
function replyOf<T>(r: RpcResult<T>, to: 'page' | 'background', refusedKey?: string): T {
  if (!r.ok) throw new Told(unanswered(r, to, refusedKey));
  return r.reply;
}

const sentence = (s: string) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

const LIBRARY_ERROR_WORDS: Record<Extract<SaveResponse, { ok: false }>['kind'], string> = {
  quota: 'quotaError', write: 'writeError', blocked: 'blockedError', version: 'versionError', invalid: 'saveRefused',
};

function payloadProblem(reply: Extract<SavePayloadReply, { ok: false }>): string {
  if (reply.reason === 'too-long') return t('tooLongToSave', reply.length.toLocaleString(lang), reply.limit.toLocaleString(lang));
  return t(reply.reason === 'address-too-long' ? 'addressTooLong' : 'notReady');
}

/** The page's summary; a page still loading may not have its content script yet, so ask a few times. */
async function askPage(tabId: number): Promise<RpcResult<PageSummary>> {
  for (let attempt = 0; ; attempt++) {
    const r = await toTab(tabId)({ type: 'get-page' });
    // Refused or answered: the script is there and has spoken; asking again would say the same.
    if (r.ok || r.error === 'refused' || r.error === 'bad-reply' || attempt >= 8) return r;
    await new Promise((done) => setTimeout(done, 200));
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
    const r = await toBackground({ type: 'saved-status', url: page.canonicalUrl, ...(page.pageUrl ? { pageUrl: page.pageUrl } : {}) });
    if (!r.ok) return setNotice({ text: unanswered(r, 'background'), error: true });
    const status = r.reply;
    // The same words end "Không lưu được: …" elsewhere; standing alone they start a sentence.
    if (status.error) setNotice({ text: sentence(t(LIBRARY_ERROR_WORDS[status.error])), error: true });
    else {
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
      const r = await askPage(id);
      // No content script (not a supported site), or none that answers: offer to scan.
      if (!r.ok) return setView({ kind: 'no-script' });
      setView({ kind: 'page', page: r.reply });
      await loadLibrary(r.reply);
    })();
  }, []);

  const scanAnyway = async () => {
    if (tabId === undefined) return;
    setBusy('scan');
    setNotice(null);
    try {
      let r = await toTab(tabId)({ type: 'scan-anyway' });
      // Refused: a first stage whose second could not be loaded, or a script without a controller.
      if (!r.ok && (r.error === 'no-receiver' || r.error === 'failed' || r.error === 'refused')) {
        // Not a supported site: have the background inject the content script (activeTab).
        const injected = await toBackground({ type: 'inject', tabId });
        if (!injected.ok || !injected.reply.ok) {
          console.warn('VanKien: could not inject', injected.ok ? injected.reply.error : injected.error);
          throw new Told(t('scanUnsupported'));
        }
        r = await toTab(tabId)({ type: 'scan-anyway' });
      }
      const page = replyOf(r, 'page');
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
      const reply = replyOf(await toTab(tabId)({ type: 'save-payload' }), 'page');
      if (!reply.ok) throw new Told(payloadProblem(reply));
      // The background refuses a payload that fails its checks (utils/messages.ts).
      const r = replyOf(await toBackground({ type: 'save-article', payload: reply.payload }), 'background', 'saveRefused');
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
    const r = await toTab(tabId)({ type: 'focus-document', key: doc.key, position });
    if (!r.ok) return setNotice({ text: t('focusFailed', unanswered(r, 'page')), error: true });
    const at = r.reply; // null: not on the page (any more)
    if (at) setPositions((p) => ({ ...p, [doc.key]: at.position }));
  };

  // The same pick the card offers: the page's documents as they then are.
  const choose = async (doc: RefDocument, index: number | null) => {
    if (tabId === undefined) return;
    const r = await toTab(tabId)({ type: 'choose-candidate', key: doc.key, index });
    if (!r.ok) return setNotice({ text: t('focusFailed', unanswered(r, 'page')), error: true });
    setView({ kind: 'page', page: r.reply });
  };

  const star = async (doc: RefDocument, on: boolean) => {
    const r = await toBackground({ type: 'set-starred', doc, starred: on });
    if (!r.ok || !r.reply.ok) return setNotice({ text: t('starFailed', r.ok ? t('writeError') : unanswered(r, 'background')), error: true });
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
          {/* A page scanned on request that is not an article has nothing to keep. */}
          {page!.status === 'article' && <div class="savebar">
            {saved ? (
              <>
                <span class="saved">{t('savedOn', formatDate(saved.updatedAt.slice(0, 10), lang) ?? '')}</span>
                <button type="button" class="primary" disabled={busy !== null} onClick={save}>{busy === 'save' ? t('saving') : t('update')}</button>
              </>
            ) : (
              <button type="button" class="primary" disabled={busy !== null} onClick={save}>{busy === 'save' ? t('saving') : t('save')}</button>
            )}
          </div>}
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
          <DocumentList documents={page.documents} filter={filter} lang={lang} starred={starred} positions={positions} onFocus={focus} onStar={star} onChoose={choose} />
        </>
      )}
      <footer class="popup-foot">
        <a href={browser.runtime.getURL('/options.html#documents')} target="_blank" rel="noopener">{t('openLibrary')}</a>
      </footer>
    </main>
  );
}
