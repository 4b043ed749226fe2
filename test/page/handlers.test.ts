import { describe, expect, it, vi } from 'vitest';
import { contentHandlers, type LiveController } from '../../utils/page/handlers';
import { parseMessage, type PageSummary } from '../../utils/messages';
import { CONTENT_CALLERS, popupToContent, type ContentApi } from '../../utils/protocols';
import { client, listener } from '../../utils/rpc';

const ORIGIN = 'chrome-extension://test-extension-id/';
const PAGE: PageSummary = { status: 'article', forced: false, canonicalUrl: 'https://nhandan.vn/a.html', documents: [] };

function fakeController(): LiveController {
  return {
    idle: Promise.resolve(),
    navigate: vi.fn(async () => undefined),
    closeCard: vi.fn(),
    summary: vi.fn(() => PAGE),
    savePayload: vi.fn(() => ({ ok: false as const, reason: 'not-ready' as const })),
    focusDocument: vi.fn(() => ({ position: 1, total: 2 })),
    scanAnyway: vi.fn(async () => undefined),
    chooseDocument: vi.fn(() => true),
  };
}

function popup(live: LiveController | null, sender: object = { url: `${ORIGIN}popup.html` }) {
  const l = listener<ContentApi>(contentHandlers(() => live), { validate: parseMessage, allowFrom: CONTENT_CALLERS, extensionOrigin: ORIGIN });
  return { l, send: client(popupToContent, async (m) => l(structuredClone(m), sender)) };
}

describe('content script handlers', () => {
  it('answers the popup from the live controller', async () => {
    const c = fakeController();
    const { send } = popup(c);
    expect(await send({ type: 'get-page' })).toEqual({ ok: true, reply: PAGE });
    expect(await send({ type: 'choose-candidate', key: '18-NQ/TW', index: 1 })).toEqual({ ok: true, reply: PAGE });
    expect(c.chooseDocument).toHaveBeenCalledWith('18-NQ/TW', 1);
    expect(await send({ type: 'save-payload' })).toEqual({ ok: true, reply: { ok: false, reason: 'not-ready' } });
    expect(await send({ type: 'focus-document', key: '57-NQ/TW', position: 3 })).toEqual({ ok: true, reply: { position: 1, total: 2 } });
    expect(c.focusDocument).toHaveBeenCalledWith('57-NQ/TW', 3);
    expect(await send({ type: 'scan-anyway' })).toEqual({ ok: true, reply: PAGE });
    expect(c.scanAnyway).toHaveBeenCalled();
  });

  it('the summary waits for the scan under way', async () => {
    const c = fakeController();
    let finish = () => undefined as void;
    c.idle = new Promise<void>((r) => { finish = r; });
    const { send } = popup(c);
    const asked = send({ type: 'get-page' });
    await Promise.resolve();
    expect(c.summary).not.toHaveBeenCalled();
    finish();
    expect(await asked).toEqual({ ok: true, reply: PAGE });
  });

  it('keyboard commands and close-card are notices', async () => {
    const c = fakeController();
    const { l } = popup(c, { url: `${ORIGIN}background.js` });
    expect(l({ type: 'navigate', direction: 'previous' }, { url: `${ORIGIN}background.js` })).toBeUndefined();
    expect(c.navigate).toHaveBeenCalledWith('previous');
    expect(l({ type: 'close-card' }, { url: `${ORIGIN}popup.html` })).toBeUndefined();
    expect(c.closeCard).toHaveBeenCalled();
  });

  it('no live controller: refused, not a crash', async () => {
    const { send } = popup(null);
    expect(await send({ type: 'get-page' })).toEqual({ ok: false, error: 'refused' });
    expect(await send({ type: 'focus-document', key: 'k', position: 0 })).toEqual({ ok: false, error: 'refused' });
  });

  it('only the extension may ask: a sender from a web page is refused', async () => {
    const c = fakeController();
    const { send } = popup(c, { url: 'https://evil.example/', tab: { id: 3 } });
    expect(await send({ type: 'get-page' })).toEqual({ ok: false, error: 'refused' });
    expect(c.summary).not.toHaveBeenCalled();
  });
});
