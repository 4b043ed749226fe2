import { unpackResult } from '../../utils/page/extract-wire';
import { describe, expect, it, vi } from 'vitest';
import { backgroundHandlers, badgeTitle, type BackgroundDeps, type BackgroundLibrary } from '../../utils/background/handlers';
import { LibraryError } from '../../utils/db';
import { parseMessage, type Message } from '../../utils/messages';
import { BACKGROUND_CALLERS, pageToBackground, contentToBackground, type BackgroundApi } from '../../utils/protocols';
import type { ExtractResult, RefDocument } from '../../utils/refs/types';
import type { Site } from '../../utils/article/types';
import { client, listener, type From } from '../../utils/rpc';

const ORIGIN = 'chrome-extension://test-extension-id/';
const POPUP: From<'extension-page'> = { caller: 'extension-page', url: `${ORIGIN}popup.html` };
const TAB: From<'tab'> = { caller: 'tab', tabId: 7, url: 'https://baolaocai.vn/bai-viet-123.html' };

const DOC: RefDocument = { key: '57-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', number: '57', issuer: 'TW', sources: {}, mentions: [0] };
const PAYLOAD = {
  article: { url: 'https://nhandan.vn/bai-post1.html', pageUrl: 'https://nhandan.vn/bai-post1.html?utm=x', title: 'Tiêu đề', site: 'nhandan.vn', text: 'Nghị quyết số 57-NQ/TW' },
  documents: [{ doc: DOC, sentences: ['Nghị quyết số 57-NQ/TW.'], mentions: 1 }],
};
const STAMP = { savedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

function fakeLibrary(over: Partial<BackgroundLibrary> = {}): BackgroundLibrary {
  return {
    saveArticle: vi.fn(async () => ({ status: 'created' as const, ...STAMP })),
    savedStatus: vi.fn(async () => STAMP),
    listDocuments: vi.fn(async () => [{ doc: { key: '57-NQ/TW' } }] as never),
    setStarred: vi.fn(async () => null),
    knowledge: vi.fn(async () => new Map()),
    ...over,
  };
}

function setup(lib: BackgroundLibrary | (() => Promise<BackgroundLibrary>) = fakeLibrary()) {
  const deps = {
    library: typeof lib === 'function' ? lib : async () => lib,
    extract: vi.fn(async (): Promise<ExtractResult> => ({ documents: [structuredClone(DOC)], mentions: [{ start: 0, end: 5, key: DOC.key, text: 'Nghị ', form: 'short', doc: 0 }] })),
    setBadge: vi.fn(),
    inject: vi.fn(async () => undefined),
    loadPageScript: vi.fn(async (_tab: number, _frame: { frameId: number; documentId?: string }, _site: Site | null) => undefined),
    loadCardScript: vi.fn(async (_tab: number, _frame: { frameId: number; documentId?: string }) => undefined),
    announce: vi.fn(),
    openOptions: vi.fn(async (_hash: string, _tab?: number) => undefined),
    knowledgeWaitMs: 50,
  } satisfies BackgroundDeps;
  return { deps, handlers: backgroundHandlers(deps) };
}

const msg = <K extends Message['type']>(m: Extract<Message, { type: K }>) => m;

describe('background handlers', () => {
  it('extract: runs the engine with the site\'s locality and what the library knows', async () => {
    const lib = fakeLibrary({ knowledge: vi.fn(async () => new Map([['57-NQ/TW', [{ citedIn: 3, doc: { ...DOC, facts: {} } }]]]) as never) });
    const { deps, handlers } = setup(lib);
    const r = await handlers.extract(msg({ type: 'extract', text: 'Nghị quyết 57', state: false, articleDate: '2025-01-02' }), TAB);
    expect(deps.extract).toHaveBeenCalledWith('Nghị quyết 57', { articleDate: '2025-01-02', state: false, locality: 'Đảng bộ tỉnh Lào Cai' });
    expect(r!.documents[0].citedInSaved).toBe(3);
    // Packed for the wire: the page rebuilds the mentions from its own text.
    expect(unpackResult(r!, 'Nghị quyết 57').mentions[0]).toMatchObject({ start: 0, end: 5, text: 'Nghị ' });
  });

  it.each([
    ['a provincial paper: its own province, whatever the message claims', 'https://baolaocai.vn/a.html', 'Đảng bộ tỉnh Nghệ An', 'Đảng bộ tỉnh Lào Cai'],
    ['a national site: no province, and no claim honoured', 'https://nhandan.vn/a.html', 'Đảng bộ tỉnh Nghệ An', undefined],
    ['a test page (127.0.0.1): the site it says it stands for', 'http://127.0.0.1:5000/pages/a.html', 'Đảng bộ tỉnh Nghệ An', 'Đảng bộ tỉnh Nghệ An'],
  ])('extract: the locality of %s', async (_n, url, claimed, want) => {
    const { deps, handlers } = setup();
    await handlers.extract(msg({ type: 'extract', text: 'x', state: true, locality: claimed }), { ...TAB, url });
    expect(deps.extract).toHaveBeenCalledWith('x', { articleDate: undefined, state: true, locality: want });
  });

  it('extract: a legal database page\'s own metadata gives its document the page\'s date and issuer, marked as the site\'s', async () => {
    const { handlers } = setup();
    const r = await handlers.extract(msg({ type: 'extract', text: 'Nghị quyết 57', state: true, legal: { number: '57-NQ/TW', date: '2024-12-22', issuer: 'BỘ CHÍNH TRỊ' } }), TAB);
    expect(r!.documents[0]).toMatchObject({ date: '2024-12-22', body: 'Bộ Chính trị', sources: { date: 'site', body: 'site' } });
    const other = await handlers.extract(msg({ type: 'extract', text: 'Nghị quyết 57', state: true, legal: { number: '18-NQ/TW', date: '2017-10-25' } }), TAB);
    expect(other!.documents[0].date).toBeUndefined();
  });

  it('extract: a library that does not answer in time does not hold the page back', async () => {
    const { handlers } = setup(() => new Promise(() => undefined));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = await handlers.extract(msg({ type: 'extract', text: 'x', state: true }), TAB);
    expect(r!.documents[0].citedInSaved).toBeUndefined();
  });

  it('extract: sets the badge of the sender\'s tab from the result (the page sends no status after highlighting)', async () => {
    const { deps, handlers } = setup();
    deps.extract.mockResolvedValueOnce({ documents: [structuredClone(DOC), { ...structuredClone(DOC), key: '15/2023/NĐ-CP', party: false }], mentions: [] });
    await handlers.extract(msg({ type: 'extract', text: 'x', state: true }), TAB);
    expect(deps.setBadge).toHaveBeenCalledWith(TAB.tabId, { text: '1', title: badgeTitle(1, 1) });
    deps.extract.mockResolvedValueOnce({ documents: [], mentions: [] });
    await handlers.extract(msg({ type: 'extract', text: 'y', state: true }), TAB);
    expect(deps.setBadge).toHaveBeenLastCalledWith(TAB.tabId, { text: '', title: 'VanKien' });
  });

  it('extract: a reading that finishes after a newer question of the same tab sets no badge (highlighting switched off, a rescan)', async () => {
    const { deps, handlers } = setup();
    let finishOld: (r: ExtractResult) => void = () => undefined;
    deps.extract.mockImplementationOnce(() => new Promise<ExtractResult>((ok) => { finishOld = ok; }));
    const old = handlers.extract(msg({ type: 'extract', text: 'cũ', state: true }), TAB);
    await vi.waitFor(() => expect(deps.extract).toHaveBeenCalledTimes(1));
    // Highlighting switched off meanwhile: the page says so.
    handlers['page-status'](msg({ type: 'page-status', article: true, partyDocuments: 0, stateDocuments: 0 }), TAB);
    finishOld({ documents: [structuredClone(DOC)], mentions: [] });
    await old;
    expect(deps.setBadge).toHaveBeenCalledTimes(1);
    expect(deps.setBadge).toHaveBeenLastCalledWith(TAB.tabId, { text: '', title: 'VanKien' });
  });

  it('extract: two readings answered out of order: the newer one\'s badge stays; another tab\'s is its own', async () => {
    const { deps, handlers } = setup();
    let finishOld: (r: ExtractResult) => void = () => undefined;
    deps.extract.mockImplementationOnce(() => new Promise<ExtractResult>((ok) => { finishOld = ok; }));
    const old = handlers.extract(msg({ type: 'extract', text: 'cũ', state: true }), TAB);
    await vi.waitFor(() => expect(deps.extract).toHaveBeenCalledTimes(1));
    deps.extract.mockResolvedValueOnce({ documents: [], mentions: [] });
    await handlers.extract(msg({ type: 'extract', text: 'mới', state: true }), TAB);
    deps.extract.mockResolvedValueOnce({ documents: [structuredClone(DOC)], mentions: [] });
    await handlers.extract(msg({ type: 'extract', text: 'khác', state: true }), { ...TAB, tabId: 8 });
    finishOld({ documents: [structuredClone(DOC), { ...structuredClone(DOC), key: '57-NQ/TU' }], mentions: [] });
    await old;
    expect(deps.setBadge.mock.calls.filter(([tab]) => tab === TAB.tabId)).toEqual([[TAB.tabId, { text: '', title: 'VanKien' }]]);
    expect(deps.setBadge).toHaveBeenCalledWith(8, { text: '1', title: badgeTitle(1, 0) });
  });

  it.each([
    ['the page asks and the result has references: the card follows the reply', true, true, true],
    ['the page has the card already (no flag)', false, true, false],
    ['no references to point at', true, false, false],
  ])('extract with the card flag: %s', async (_n, flag, refs, injected) => {
    vi.useFakeTimers();
    try {
      const { deps, handlers } = setup();
      if (!refs) deps.extract.mockResolvedValueOnce({ documents: [], mentions: [] });
      const order: string[] = [];
      deps.loadCardScript.mockImplementation(async () => void order.push('card'));
      const from = { ...TAB, frameId: 3, documentId: 'D3' };
      const reply = Promise.resolve(handlers.extract(msg({ type: 'extract', text: 'Nghị quyết 57', state: true, ...(flag ? { card: true as const } : {}) }), from));
      void reply.then(() => order.push('reply'));
      await vi.runAllTimersAsync();
      expect(await reply).toBeTruthy();
      // After the reply, never before it: the highlights come first.
      expect(order).toEqual(injected ? ['reply', 'card'] : ['reply']);
      if (injected) expect(deps.loadCardScript).toHaveBeenCalledWith(TAB.tabId, { frameId: 3, documentId: 'D3' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('extract: a card the browser will not inject is logged, the reply unharmed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { deps, handlers } = setup();
    deps.loadCardScript.mockRejectedValueOnce(new Error('Frame with ID 3 was removed'));
    const r = await handlers.extract(msg({ type: 'extract', text: 'Nghị quyết 57', state: true, card: true }), TAB);
    expect(r!.documents).toHaveLength(1);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('VanKien: the card could not be brought ahead', expect.any(Error)));
    warn.mockRestore();
  });

  it('page-status: the badge of the sender\'s own tab', () => {
    const { deps, handlers } = setup();
    handlers['page-status'](msg({ type: 'page-status', article: true, partyDocuments: 120, stateDocuments: 2 }), TAB);
    expect(deps.setBadge).toHaveBeenCalledWith(7, { text: '99+', title: badgeTitle(120, 2) });
    handlers['page-status'](msg({ type: 'page-status', article: false, partyDocuments: 0, stateDocuments: 0 }), TAB);
    expect(deps.setBadge).toHaveBeenLastCalledWith(7, { text: '', title: 'VanKien' });
  });

  it('open-library: the document\'s page of the options, beside the reader\'s tab; an id with # or / stays one id', async () => {
    const { deps, handlers } = setup();
    await handlers['open-library'](msg({ type: 'open-library', id: 'NQ-ĐHĐB-XX|Đảng bộ tỉnh Nghệ An' }), TAB);
    expect(deps.openOptions).toHaveBeenCalledWith(`documents/${encodeURIComponent('NQ-ĐHĐB-XX|Đảng bộ tỉnh Nghệ An')}`, 7);
    await handlers['open-library'](msg({ type: 'open-library', id: '18-NQ/TW#x' }), TAB);
    expect(vi.mocked(deps.openOptions).mock.calls[1][0]).toBe('documents/18-NQ%2FTW%23x');
  });

    it('save-article: saves under the trusted address and tells the open pages', async () => {
    const lib = fakeLibrary();
    const { deps, handlers } = setup(lib);
    expect(await handlers['save-article'](msg({ type: 'save-article', payload: PAYLOAD }), POPUP)).toEqual({ ok: true, status: 'created', ...STAMP });
    const saved = vi.mocked(lib.saveArticle).mock.calls[0][0];
    expect(saved.article.url).toBe(PAYLOAD.article.url);
    expect(saved.article).not.toHaveProperty('pageUrl');
    expect(deps.announce).toHaveBeenCalledWith({ url: PAYLOAD.article.url });
  });

  it('save-article: a canonical address naming another site is not trusted', async () => {
    const lib = fakeLibrary();
    const { handlers } = setup(lib);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const payload = { ...PAYLOAD, article: { ...PAYLOAD.article, url: 'https://tuoitre.vn/other.html' } };
    await handlers['save-article'](msg({ type: 'save-article', payload }), POPUP);
    expect(vi.mocked(lib.saveArticle).mock.calls[0][0].article.url).toBe(PAYLOAD.article.pageUrl);
  });

  it('save-article: a library error is a typed reply, and nothing is announced', async () => {
    const { deps, handlers } = setup(fakeLibrary({ saveArticle: vi.fn(async () => { throw new LibraryError('quota', 'full'); }) }));
    expect(await handlers['save-article'](msg({ type: 'save-article', payload: PAYLOAD }), POPUP)).toMatchObject({ ok: false, kind: 'quota' });
    expect(deps.announce).not.toHaveBeenCalled();
  });

  it('saved-status: the saved stamp and the starred keys; a library error says which', async () => {
    const lib = fakeLibrary();
    const { handlers } = setup(lib);
    expect(await handlers['saved-status'](msg({ type: 'saved-status', url: 'https://tuoitre.vn/x.html', pageUrl: 'https://nhandan.vn/a.html#top' }), POPUP))
      .toEqual({ saved: STAMP, starredKeys: ['57-NQ/TW'] });
    expect(lib.savedStatus).toHaveBeenCalledWith('https://nhandan.vn/a.html');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = setup(async () => { throw new LibraryError('blocked', 'held'); });
    expect(await broken.handlers['saved-status'](msg({ type: 'saved-status', url: 'https://nhandan.vn/a.html' }), POPUP))
      .toEqual({ saved: null, starredKeys: [], error: 'blocked' });
  });

  it('set-starred: stars and tells the open pages; a failure is { ok: false }', async () => {
    const lib = fakeLibrary();
    const { deps, handlers } = setup(lib);
    expect(await handlers['set-starred'](msg({ type: 'set-starred', doc: DOC, starred: true }), POPUP)).toEqual({ ok: true });
    expect(lib.setStarred).toHaveBeenCalledWith(DOC, true);
    expect(deps.announce).toHaveBeenCalledWith({});
    const failing = setup(fakeLibrary({ setStarred: vi.fn(async () => { throw new Error('x'); }) }));
    expect(await failing.handlers['set-starred'](msg({ type: 'set-starred', doc: DOC, starred: false }), POPUP)).toEqual({ ok: false });
    expect(failing.deps.announce).not.toHaveBeenCalled();
  });

  it('inject: ok, or the browser\'s reason', async () => {
    const { deps, handlers } = setup();
    expect(await handlers.inject(msg({ type: 'inject', tabId: 4 }), POPUP)).toEqual({ ok: true });
    expect(deps.inject).toHaveBeenCalledWith(4);
    deps.inject.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    expect(await handlers.inject(msg({ type: 'inject', tabId: 4 }), POPUP)).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });
});

describe('background handlers: the page script', () => {
  it.each([
    ['a listed site: its entry', 'https://vnexpress.net/bai-viet-4800001.html', undefined, 'vnexpress.net'],
    ['an unlisted .vn site: the domain\'s entry', 'https://tin-xa-nha.vn/bai-viet-dai.html', undefined, 'vn'],
    ['a test page: the site it names', 'http://127.0.0.1:5000/a.html', 'nhandan.vn', 'nhandan.vn'],
    ['a listed site naming another: its own entry', 'https://vnexpress.net/a-1.html', 'nhandan.vn', 'vnexpress.net'],
    ['a site no entry covers (the opt-in mode): none', 'https://example.com/a.html', undefined, null],
  ])('load-page-script hands the page script its site: %s', async (_n, url, testSite, host) => {
    const { deps, handlers } = setup();
    await handlers['load-page-script'](msg({ type: 'load-page-script', ...(testSite ? { testSite } : {}) }), { ...TAB, url });
    const site = deps.loadPageScript.mock.calls[0][2];
    expect(site?.host ?? null).toBe(host);
  });

  it('load-card: the card\'s code into the asking document of the sender\'s tab; the browser\'s reason when it will not', async () => {
    const { deps, handlers } = setup();
    expect(await handlers['load-card'](msg({ type: 'load-card' }), { ...TAB, frameId: 2, documentId: 'D9' })).toEqual({ ok: true });
    expect(deps.loadCardScript).toHaveBeenCalledWith(TAB.tabId, { frameId: 2, documentId: 'D9' });
    deps.loadCardScript.mockRejectedValueOnce(new Error('Frame with ID 2 was removed'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handlers['load-card'](msg({ type: 'load-card' }), TAB)).toEqual({ ok: false, error: 'Frame with ID 2 was removed' });
  });

  it('load-page-script: into the asking document (or frame) of the sender\'s tab; the browser\'s reason when it will not', async () => {
    const { handlers, deps } = setup();
    expect(await handlers['load-page-script'](msg({ type: 'load-page-script' }), { ...TAB, frameId: 3, documentId: 'D1' })).toEqual({ ok: true });
    expect(deps.loadPageScript).toHaveBeenCalledWith(TAB.tabId, { frameId: 3, documentId: 'D1' }, expect.objectContaining({ host: 'baolaocai.vn', locality: 'Đảng bộ tỉnh Lào Cai' }));
    deps.loadPageScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handlers['load-page-script'](msg({ type: 'load-page-script' }), TAB)).toEqual({ ok: false, error: 'Cannot access contents of the page' });
    expect(deps.loadPageScript).toHaveBeenLastCalledWith(TAB.tabId, { frameId: 0 }, expect.objectContaining({ host: 'baolaocai.vn' }));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('background handlers, served', () => {
  const CONTENT_SENDER = { url: TAB.url, tab: { id: TAB.tabId, url: TAB.url } };
  const POPUP_SENDER = { url: POPUP.url };
  const served = (sender: object) => {
    const s = setup();
    const l = listener<BackgroundApi>(s.handlers, { validate: parseMessage, allowFrom: BACKGROUND_CALLERS, extensionOrigin: ORIGIN });
    const transport = async (m: Message) => l(structuredClone(m), sender);
    return { ...s, fromPage: client(pageToBackground, transport), fromContent: client(contentToBackground, transport) };
  };

  it('a popup saves and gets the typed reply', async () => {
    const { fromPage } = served(POPUP_SENDER);
    expect(await fromPage({ type: 'save-article', payload: PAYLOAD })).toEqual({ ok: true, reply: { ok: true, status: 'created', ...STAMP } });
  });

  it('a content script cannot save, star or inject', async () => {
    const { fromPage, deps } = served(CONTENT_SENDER);
    expect(await fromPage({ type: 'save-article', payload: PAYLOAD })).toEqual({ ok: false, error: 'refused' });
    expect(await fromPage({ type: 'set-starred', doc: DOC, starred: true })).toEqual({ ok: false, error: 'refused' });
    expect(await fromPage({ type: 'inject', tabId: 1 })).toEqual({ ok: false, error: 'refused' });
    expect(deps.inject).not.toHaveBeenCalled();
    expect(deps.announce).not.toHaveBeenCalled();
  });

  it('a content script\'s frame is passed on; an extension page cannot load the page script', async () => {
    const fromFrame = served({ ...CONTENT_SENDER, frameId: 2 });
    expect(await fromFrame.fromContent({ type: 'load-page-script' })).toEqual({ ok: true, reply: { ok: true } });
    expect(fromFrame.deps.loadPageScript).toHaveBeenCalledWith(TAB.tabId, { frameId: 2 }, expect.objectContaining({ host: 'baolaocai.vn' }));
    const fromPopup = served(POPUP_SENDER);
    expect(await fromPopup.fromContent({ type: 'load-page-script' })).toEqual({ ok: false, error: 'refused' });
    expect(fromPopup.deps.loadPageScript).not.toHaveBeenCalled();
  });

  it('an extension page cannot set a tab\'s badge or run the engine', async () => {
    const { fromContent, deps } = served(POPUP_SENDER);
    expect(await fromContent({ type: 'extract', text: 'x', state: true })).toEqual({ ok: false, error: 'refused' });
    await fromContent({ type: 'page-status', article: true, partyDocuments: 1, stateDocuments: 0 });
    expect(deps.extract).not.toHaveBeenCalled();
    expect(deps.setBadge).not.toHaveBeenCalled();
  });

  it('a save of an invalid article is refused before the library sees it', async () => {
    const { fromPage, deps } = served(POPUP_SENDER);
    const bad = { ...PAYLOAD, article: { ...PAYLOAD.article, url: 'javascript:alert(1)' } };
    expect(await fromPage({ type: 'save-article', payload: bad })).toEqual({ ok: false, error: 'refused' });
    expect(deps.announce).not.toHaveBeenCalled();
  });
});
