import { afterEach, describe, expect, it, vi } from 'vitest';
import { alive, answerMessages, nativeApi, sendToExtension, type Api } from '../../utils/page/native-api';

type L = (raw: unknown, sender: unknown, respond: (r: unknown) => void) => unknown;
const g = globalThis as { browser?: unknown; chrome?: unknown };
const saved = { browser: g.browser, chrome: g.chrome };
afterEach(() => { g.browser = saved.browser; g.chrome = saved.chrome; });

/** An extension API with the one listener registry answerMessages uses. */
function fakeApi(id: string | null = 'ext') {
  const listeners = new Set<L>();
  const api = {
    runtime: { id, onMessage: { addListener: (l: L) => listeners.add(l), removeListener: (l: L) => listeners.delete(l) } },
  };
  return { api: api as unknown as Api, listeners };
}

describe('nativeApi: the browser\'s own extension API, never a page element', () => {
  it('Firefox: a plain `browser` object with a runtime id', () => {
    const { api } = fakeApi();
    g.browser = api;
    expect(nativeApi()).toBe(api);
  });
  it('Chromium: `chrome`, even where the page made `browser` something else', () => {
    const { api } = fakeApi();
    const element = Object.create({ tagName: 'FORM' }) as object;
    Object.assign(element, { runtime: { id: 'x' } });
    g.browser = element;
    g.chrome = api;
    expect(nativeApi()).toBe(api);
  });
  it('an orphaned script (no runtime id) gets none, and its extension is not alive', () => {
    const { api } = fakeApi(null);
    g.browser = undefined;
    g.chrome = api;
    expect(nativeApi()).toBeUndefined();
    expect(alive(api)).toBe(false);
  });
});

describe('answerMessages', () => {
  it('Chromium: answers through respond, and a failure reaches the polyfilled sender as its rejection', async () => {
    const { api, listeners } = fakeApi();
    g.chrome = api;
    const stop = answerMessages(api, (raw) => ((raw as { type: string }).type === 'ok' ? Promise.resolve(42) : (raw as { type: string }).type === 'bad' ? Promise.reject(new Error('boom')) : undefined));
    const [l] = [...listeners];
    const respond = vi.fn();
    expect(l({ type: 'other' }, {}, respond)).toBeUndefined(); // not ours: another listener may answer
    expect(l({ type: 'ok' }, {}, respond)).toBe(true); // answered later
    expect(l({ type: 'bad' }, {}, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledTimes(2));
    expect(respond).toHaveBeenCalledWith(42);
    expect(respond).toHaveBeenCalledWith({ __mozWebExtensionPolyfillReject__: true, message: 'boom' });
    stop();
    expect(listeners.size).toBe(0);
  });
  it('Firefox: returns the promise itself', async () => {
    const { api, listeners } = fakeApi();
    g.browser = api;
    g.chrome = undefined;
    answerMessages(api, () => Promise.resolve('yes'));
    const respond = vi.fn();
    await expect([...listeners][0]({}, {}, respond)).resolves.toBe('yes');
    expect(respond).not.toHaveBeenCalled();
  });
});

describe('sendToExtension', () => {
  const sending = (reply: unknown) => ({ runtime: { sendMessage: async () => reply } }) as unknown as Api;
  it('an answer is the answer', async () => {
    await expect(sendToExtension(sending({ ok: true }), { type: 'load-card' })).resolves.toEqual({ ok: true });
  });
  it('a failure the polyfilled background sends in its own form is a rejection, with its message', async () => {
    await expect(sendToExtension(sending({ __mozWebExtensionPolyfillReject__: true, message: 'boom' }), { type: 'load-card' })).rejects.toThrow('boom');
  });
});
