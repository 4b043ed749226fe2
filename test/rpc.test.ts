import type { PackedResult } from '../utils/page/extract-wire';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { parseMessage, type Message } from '../utils/messages';
import type { PageSummary } from '../utils/messages';
import { classify, client, listener, type Handlers, type Protocol, type Transport } from '../utils/rpc';
import { serve } from '../utils/rpc-serve';
import { isPageSummary, popupToContent, type PageToBackground, type ContentToBackground } from '../utils/protocols';

const ORIGIN = 'chrome-extension://test-extension-id/';
const POPUP = { url: `${ORIGIN}popup.html` };
const POPUP_IN_TAB = { url: `${ORIGIN}popup.html?tabId=3`, tab: { id: 9, url: `${ORIGIN}popup.html?tabId=3` } };
const CONTENT = { url: 'https://nhandan.vn/a.html', tab: { id: 3, url: 'https://nhandan.vn/a.html' } };
const STRANGER = {};

const PAGE: PageSummary = { status: 'article', forced: false, title: 'T', canonicalUrl: 'https://nhandan.vn/a.html', documents: [] };

/** A small Api: one request for each caller, one notice. */
type TestApi = {
  extract: ContentToBackground['extract'];
  'page-status': ContentToBackground['page-status'];
  'set-starred': PageToBackground['set-starred'];
};
const testProtocol: Protocol<TestApi> = {
  name: 'test',
  replies: { extract: (r): r is PackedResult => !!r && typeof r === 'object' && 'documents' in r, 'page-status': null, 'set-starred': (r): r is { ok: boolean } => !!r && typeof (r as { ok?: unknown }).ok === 'boolean' },
};
const ALLOW = { extract: 'tab', 'page-status': 'tab', 'set-starred': 'extension-page' } as const;

function testHandlers() {
  return {
    extract: vi.fn(async (_m: Message, _from: unknown): Promise<PackedResult> => ({ documents: [], mentions: { start: [], end: [], doc: [], form: '' } })),
    'page-status': vi.fn(() => undefined),
    'set-starred': vi.fn(async () => ({ ok: true })),
  } satisfies Handlers<TestApi>;
}

/** A transport that delivers through a serving listener as `sender`, cloned as the browser would. */
function through(l: ReturnType<typeof listener>, sender: object): Transport {
  return async (m) => l(structuredClone(m), sender);
}

const STAR: Message = { type: 'set-starred', doc: { key: '57-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', sources: {}, mentions: [0] }, starred: true };

beforeEach(() => fakeBrowser.reset());

describe('client: always a typed result', () => {
  const send = (transport: Transport) => client(popupToContent, transport);

  it('passes a reply of the right shape through', async () => {
    expect(await send(async () => PAGE)({ type: 'get-page' })).toEqual({ ok: true, reply: PAGE });
  });

  it('a missing answer (refused, or no handler) is "refused"', async () => {
    expect(await send(async () => undefined)({ type: 'get-page' })).toEqual({ ok: false, error: 'refused' });
  });

  it.each([
    ['Chromium', 'Could not establish connection. Receiving end does not exist.'],
    ['the fake browser', 'No listeners available'],
    ['an extension reloaded under the page', 'Extension context invalidated.'],
  ])('nobody listening (%s) is "no-receiver"', async (_name, text) => {
    const r = await send(async () => { throw new Error(text); })({ type: 'get-page' });
    expect(r).toMatchObject({ ok: false, error: 'no-receiver', detail: text });
  });

  it('a handler that threw is "failed", not an exception', async () => {
    const r = await send(() => Promise.reject(new Error('boom')))({ type: 'save-payload' });
    expect(r).toMatchObject({ ok: false, error: 'failed', detail: 'boom' });
  });

  it('a transport that throws synchronously is caught too', async () => {
    const r = await send(() => { throw new TypeError('tabs is undefined'); })({ type: 'get-page' });
    expect(r).toMatchObject({ ok: false, error: 'failed' });
  });

  it.each([
    ['a string', 'ok'],
    ['null where a page is expected', null],
    ['another request\'s reply', { ok: true, payload: {} }],
    ['a page of an unknown status', { ...PAGE, status: 'maybe' }],
  ])('a reply of the wrong shape (%s) is "bad-reply"', async (_name, reply) => {
    const r = await send(async () => reply)({ type: 'get-page' });
    expect(r).toMatchObject({ ok: false, error: 'bad-reply' });
  });

  it('null is a valid reply where the protocol says so (focus-document: not on the page)', async () => {
    expect(await send(async () => null)({ type: 'focus-document', key: 'k', position: 0 })).toEqual({ ok: true, reply: null });
  });

  it('a notice expects no reply: nothing back is success, a failure to deliver is still an error', async () => {
    expect(await send(async () => undefined)({ type: 'close-card' })).toEqual({ ok: true, reply: undefined });
    expect(await send(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); })({ type: 'close-card' }))
      .toMatchObject({ ok: false, error: 'no-receiver' });
  });

  it('sends the message as given', async () => {
    const transport = vi.fn(async () => PAGE);
    await send(transport)({ type: 'focus-document', key: '57-NQ/TW', position: 2 });
    expect(transport).toHaveBeenCalledWith({ type: 'focus-document', key: '57-NQ/TW', position: 2 });
  });
});

describe('classify: who sent a message', () => {
  it.each([
    ['the popup', POPUP, { caller: 'extension-page', url: POPUP.url }],
    ['the popup opened in a tab', POPUP_IN_TAB, { caller: 'extension-page', url: POPUP_IN_TAB.url }],
    ['the background', { url: `${ORIGIN}background.js` }, { caller: 'extension-page', url: `${ORIGIN}background.js` }],
    ['a content script', CONTENT, { caller: 'tab', tabId: 3, url: CONTENT.url }],
    ['nobody known', STRANGER, null],
    ['a tab without an id', { url: 'https://x.vn/', tab: {} }, null],
    ['another extension\'s page', { url: 'chrome-extension://other-id/popup.html' }, null],
    ['a page whose address only starts like the extension id', { url: 'chrome-extension://test-extension-id.evil/x' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(classify(sender, ORIGIN)).toEqual(expected);
  });
});

describe('serve: validation and the sender check, once', () => {
  it('answers a content script\'s request with the typed reply', async () => {
    const h = testHandlers();
    const send = client(testProtocol, through(listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN }), CONTENT));
    const r = await send({ type: 'extract', text: 'Nghị quyết 57-NQ/TW', state: true });
    expect(r).toEqual({ ok: true, reply: { documents: [], mentions: { start: [], end: [], doc: [], form: '' } } });
    expect(h.extract).toHaveBeenCalledWith({ type: 'extract', text: 'Nghị quyết 57-NQ/TW', state: true }, { caller: 'tab', tabId: 3, url: CONTENT.url });
  });

  it('a content script cannot call an extension-page handler', async () => {
    const h = testHandlers();
    const send = client(testProtocol, through(listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN }), CONTENT));
    expect(await send(STAR as Extract<Message, { type: 'set-starred' }>)).toEqual({ ok: false, error: 'refused' });
    expect(h['set-starred']).not.toHaveBeenCalled();
  });

  it('an extension page cannot call a content-script handler, even from a tab', async () => {
    const h = testHandlers();
    const l = listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN });
    expect(l({ type: 'extract', text: 'x', state: true }, POPUP_IN_TAB)).toBeUndefined();
    expect(l({ type: 'page-status', article: true, partyDocuments: 1, stateDocuments: 0 }, POPUP)).toBeUndefined();
    expect(h.extract).not.toHaveBeenCalled();
    expect(h['page-status']).not.toHaveBeenCalled();
    await expect(l(STAR, POPUP)).resolves.toEqual({ ok: true });
  });

  it('an unknown sender is refused, whatever it asks', () => {
    const h = testHandlers();
    const l = listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN });
    expect(l({ type: 'extract', text: 'x', state: true }, STRANGER)).toBeUndefined();
    expect(l(STAR, STRANGER)).toBeUndefined();
    expect(l(STAR, { url: 'chrome-extension://other-id/popup.html' })).toBeUndefined();
    expect(Object.values(h).some((f) => f.mock.calls.length)).toBe(false);
  });

  it('a malformed message never reaches a handler', () => {
    const h = testHandlers();
    const l = listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN });
    expect(l({ type: 'extract', text: 42, state: true }, CONTENT)).toBeUndefined();
    expect(l({ type: 'set-starred', doc: { key: '' }, starred: true }, POPUP)).toBeUndefined();
    expect(l('extract', CONTENT)).toBeUndefined();
    expect(h.extract).not.toHaveBeenCalled();
  });

  it('hands the handler the validated message, not the raw one', () => {
    const h = testHandlers();
    listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN })({ type: 'extract', text: 'x', state: true, catalog: false }, CONTENT);
    expect(h.extract.mock.calls[0][0]).toEqual({ type: 'extract', text: 'x', state: true });
  });

  it('a type it does not serve is left unanswered, for another listener in the same context', () => {
    const h = testHandlers();
    const l = listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN });
    expect(l({ type: 'get-page' }, POPUP)).toBeUndefined();
    expect(l({ type: 'toString' }, POPUP)).toBeUndefined();
  });

  it('a notice is answered with nothing, so the sender\'s promise settles at once', () => {
    const h = testHandlers();
    const l = listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN });
    expect(l({ type: 'page-status', article: true, partyDocuments: 2, stateDocuments: 0 }, CONTENT)).toBeUndefined();
    expect(h['page-status']).toHaveBeenCalledWith({ type: 'page-status', article: true, partyDocuments: 2, stateDocuments: 0 }, { caller: 'tab', tabId: 3, url: CONTENT.url });
  });

  it('a handler that throws reaches the caller as "failed"', async () => {
    const h = { ...testHandlers(), extract: vi.fn(async () => { throw new Error('engine crashed'); }) };
    const send = client(testProtocol, through(listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN }), CONTENT));
    expect(await send({ type: 'extract', text: 'x', state: true })).toMatchObject({ ok: false, error: 'failed', detail: 'engine crashed' });
  });

  it('a handler with nothing to answer (undefined) reaches the caller as "refused"', async () => {
    const h = { ...testHandlers(), 'set-starred': vi.fn(() => undefined) };
    const send = client(testProtocol, through(listener<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW, extensionOrigin: ORIGIN }), POPUP));
    expect(await send(STAR as Extract<Message, { type: 'set-starred' }>)).toEqual({ ok: false, error: 'refused' });
  });
});

describe('serve on the (fake) browser', () => {
  it('listens on runtime.onMessage and stops when asked', async () => {
    const h = testHandlers();
    const stop = serve<TestApi>(h, { validate: parseMessage, allowFrom: ALLOW });
    // The origin defaults to the extension's own.
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(STAR, { url: browser.runtime.getURL('/options.html') });
    expect(reply).toEqual({ ok: true });
    stop();
    expect(await fakeBrowser.runtime.onMessage.trigger(STAR, { url: browser.runtime.getURL('/options.html') })).toEqual([]);
  });

  it('a message from an unknown sender gets the typed error, end to end', async () => {
    serve<TestApi>(testHandlers(), { validate: parseMessage, allowFrom: ALLOW });
    // The fake browser's sendMessage gives no sender details: nobody VanKien answers.
    const send = client(testProtocol, (m) => browser.runtime.sendMessage(m));
    expect(await send(STAR as Extract<Message, { type: 'set-starred' }>)).toEqual({ ok: false, error: 'refused' });
  });

  it('nobody serving gives "no-receiver"', async () => {
    const send = client(testProtocol, (m) => browser.runtime.sendMessage(m));
    expect(await send({ type: 'extract', text: 'x', state: true })).toMatchObject({ ok: false, error: 'no-receiver' });
  });
});

describe('protocol checks', () => {
  it('isPageSummary accepts what the content script makes and refuses the rest', () => {
    expect(isPageSummary(PAGE)).toBe(true);
    expect(isPageSummary({ ...PAGE, documents: undefined })).toBe(false);
    expect(isPageSummary({ ...PAGE, forced: 'no' })).toBe(false);
    expect(isPageSummary(null)).toBe(false);
  });
});
