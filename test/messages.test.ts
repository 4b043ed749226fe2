import { describe, expect, it } from 'vitest';
import { badgeText, documentCounts, MAX_TEXT, parseContentMessage, parseMessage } from '../utils/messages';
import { CONTENT_CALLERS } from '../utils/protocols';

describe('parseMessage: accepted and normalised', () => {
  it.each([
    ['page-status', { type: 'page-status', article: true, partyDocuments: 3, stateDocuments: 1 }, { type: 'page-status', article: true, partyDocuments: 3, stateDocuments: 1 }],
    ['page-status, not an article, zero counts', { type: 'page-status', article: false, partyDocuments: 0, stateDocuments: 0 }, { type: 'page-status', article: false, partyDocuments: 0, stateDocuments: 0 }],
    ['page-status, largest count', { type: 'page-status', article: true, partyDocuments: 1_000_000, stateDocuments: 0 }, { type: 'page-status', article: true, partyDocuments: 1_000_000, stateDocuments: 0 }],
    ['page-status, extra fields dropped', { type: 'page-status', article: true, partyDocuments: 2, stateDocuments: 0, html: '<b>x</b>', tabId: 7 }, { type: 'page-status', article: true, partyDocuments: 2, stateDocuments: 0 }],
    ['extract', { type: 'extract', text: 'Nghị quyết số 57-NQ/TW', state: true }, { type: 'extract', text: 'Nghị quyết số 57-NQ/TW', state: true }],
    ['extract, state off, with a date', { type: 'extract', text: 'Kết luận 40', state: false, articleDate: '2025-03-12' }, { type: 'extract', text: 'Kết luận 40', state: false, articleDate: '2025-03-12' }],
    ['extract, a date-time is cut to the date', { type: 'extract', text: 'x', state: true, articleDate: '2025-03-12T08:15:00+07:00' }, { type: 'extract', text: 'x', state: true, articleDate: '2025-03-12' }],
    ['extract, empty text', { type: 'extract', text: '', state: true }, { type: 'extract', text: '', state: true }],
    ['extract, explicit undefined date is left out', { type: 'extract', text: 'x', state: true, articleDate: undefined }, { type: 'extract', text: 'x', state: true }],
    ['extract, extra fields dropped', { type: 'extract', text: 'x', state: true, catalog: false, options: { state: false } }, { type: 'extract', text: 'x', state: true }],
    ['extract, a legal page\'s metadata copied field by field', { type: 'extract', text: 'x', state: true, legal: { number: '05-NQ/TW', date: '2026-03-02', issuer: 'BCH', html: '<b>' } }, { type: 'extract', text: 'x', state: true, legal: { number: '05-NQ/TW', date: '2026-03-02', issuer: 'BCH' } }],
    ['extract, a legal page\'s date not yyyy-mm-dd is left out, the rest kept', { type: 'extract', text: 'x', state: true, legal: { number: '05-NQ/TW', date: '2/3/2026' } }, { type: 'extract', text: 'x', state: true, legal: { number: '05-NQ/TW' } }],
    ['extract, legal metadata that is not an object is left out, the text still read', { type: 'extract', text: 'x', state: true, legal: 'Số 05' }, { type: 'extract', text: 'x', state: true }],
    ['extract, asking for the card\'s code', { type: 'extract', text: 'x', state: true, card: true }, { type: 'extract', text: 'x', state: true, card: true }],
    ['extract, card left undefined', { type: 'extract', text: 'x', state: true, card: undefined }, { type: 'extract', text: 'x', state: true }],
    ['extract, an over-long issuer is left out', { type: 'extract', text: 'x', state: true, legal: { issuer: 'x'.repeat(5000) } }, { type: 'extract', text: 'x', state: true }],
    ['load-page-script', { type: 'load-page-script', frameId: 3 }, { type: 'load-page-script' }],
    ['load-page-script with the site a test page names', { type: 'load-page-script', testSite: 'nhandan.vn' }, { type: 'load-page-script', testSite: 'nhandan.vn' }],
    ['load-page-script, a test site that is not a string is left out', { type: 'load-page-script', testSite: { host: 'x' } }, { type: 'load-page-script' }],
    ['navigate next', { type: 'navigate', direction: 'next' }, { type: 'navigate', direction: 'next' }],
    ['navigate previous', { type: 'navigate', direction: 'previous', extra: 1 }, { type: 'navigate', direction: 'previous' }],
    ['close-card', { type: 'close-card' }, { type: 'close-card' }],
    ['close-card, extra fields dropped', { type: 'close-card', force: true }, { type: 'close-card' }],
    ['open-library', { type: 'open-library', id: '18-NQ/TW@XII', url: 'javascript:x' }, { type: 'open-library', id: '18-NQ/TW@XII' }],
  ])('%s', (_name, input, expected) => {
    const m = parseMessage(input);
    expect(m).toEqual(expected);
    expect(Object.keys(m!).sort()).toEqual(Object.keys(expected).sort()); // no extra keys, not even undefined ones
  });

  it('returns a new object, not the one it was given', () => {
    const input = { type: 'close-card' };
    expect(parseMessage(input)).not.toBe(input);
  });
});

describe('parseMessage: refused', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'page-status'],
    ['a JSON string', JSON.stringify({ type: 'close-card' })],
    ['a number', 42],
    ['true', true],
    ['an empty array', []],
    ['open-library without an id', { type: 'open-library' }],
    ['open-library, a blank id', { type: 'open-library', id: '  ' }],
    ['open-library, an id too long', { type: 'open-library', id: 'x'.repeat(301) }],
    ['an array of a message', [{ type: 'close-card' }]],
    ['a function', () => ({ type: 'close-card' })],
    ['no type', { article: true, partyDocuments: 1, stateDocuments: 0 }],
    ['unknown type', { type: 'open-library' }],
    ['type in another case', { type: 'Close-Card' }],
    ['type not a string', { type: 1 }],
    // page-status
    ['page-status, article missing', { type: 'page-status', partyDocuments: 1, stateDocuments: 0 }],
    ['page-status, article a string', { type: 'page-status', article: 'true', partyDocuments: 1, stateDocuments: 0 }],
    ['page-status, article 1', { type: 'page-status', article: 1, partyDocuments: 1, stateDocuments: 0 }],
    ['page-status, partyDocuments missing', { type: 'page-status', article: true, stateDocuments: 0 }],
    ['page-status, stateDocuments missing', { type: 'page-status', article: true, partyDocuments: 0 }],
    ['page-status, negative count', { type: 'page-status', article: true, partyDocuments: -1, stateDocuments: 0 }],
    ['page-status, negative state count', { type: 'page-status', article: true, partyDocuments: 0, stateDocuments: -3 }],
    ['page-status, fractional count', { type: 'page-status', article: true, partyDocuments: 1.5, stateDocuments: 0 }],
    ['page-status, NaN count', { type: 'page-status', article: true, partyDocuments: Number.NaN, stateDocuments: 0 }],
    ['page-status, Infinity count', { type: 'page-status', article: true, partyDocuments: Number.POSITIVE_INFINITY, stateDocuments: 0 }],
    ['page-status, huge count', { type: 'page-status', article: true, partyDocuments: 1e7, stateDocuments: 0 }],
    ['page-status, count as a string', { type: 'page-status', article: true, partyDocuments: '3', stateDocuments: 0 }],
    ['page-status, count as a bigint', { type: 'page-status', article: true, partyDocuments: 3n, stateDocuments: 0 }],
    ['page-status, count null', { type: 'page-status', article: true, partyDocuments: null, stateDocuments: 0 }],
    // extract
    ['extract, text missing', { type: 'extract', state: true }],
    ['extract, text a number', { type: 'extract', text: 57, state: true }],
    ['extract, text an array', { type: 'extract', text: ['Nghị quyết'], state: true }],
    ['extract, text a String object', { type: 'extract', text: new String('x'), state: true }],
    ['extract, state missing', { type: 'extract', text: 'x' }],
    ['extract, state a string', { type: 'extract', text: 'x', state: 'false' }],
    ['extract, card a string', { type: 'extract', text: 'x', state: true, card: 'yes' }],
    ['extract, card false (only true asks)', { type: 'extract', text: 'x', state: true, card: false }],
    ['extract, articleDate null', { type: 'extract', text: 'x', state: true, articleDate: null }],
    ['extract, articleDate empty', { type: 'extract', text: 'x', state: true, articleDate: '' }],
    ['extract, articleDate in Vietnamese order', { type: 'extract', text: 'x', state: true, articleDate: '12/03/2025' }],
    ['extract, articleDate without padding', { type: 'extract', text: 'x', state: true, articleDate: '2025-3-12' }],
    ['extract, articleDate words', { type: 'extract', text: 'x', state: true, articleDate: 'hôm nay' }],
    ['extract, articleDate a number', { type: 'extract', text: 'x', state: true, articleDate: 20250312 }],
    ['extract, articleDate a Date', { type: 'extract', text: 'x', state: true, articleDate: new Date('2025-03-12') }],
    ['extract, articleDate with a prefix', { type: 'extract', text: 'x', state: true, articleDate: ' 2025-03-12' }],
    // navigate
    ['navigate, direction missing', { type: 'navigate' }],
    ['navigate, unknown direction', { type: 'navigate', direction: 'first' }],
    ['navigate, direction in another case', { type: 'navigate', direction: 'Next' }],
    ['navigate, direction a number', { type: 'navigate', direction: 1 }],
  ])('%s', (_name, input) => {
    expect(parseMessage(input)).toBeNull();
  });

  it('refuses text over MAX_TEXT, accepts exactly MAX_TEXT', () => {
    const limit = 'a'.repeat(MAX_TEXT);
    expect(parseMessage({ type: 'extract', text: limit, state: true })).toEqual({ type: 'extract', text: limit, state: true });
    expect(parseMessage({ type: 'extract', text: limit + 'b', state: true })).toBeNull();
  });

  it('MAX_TEXT is far above any real article', () => {
    expect(MAX_TEXT).toBeGreaterThanOrEqual(1_000_000);
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [-100, ''],
    [1, '1'],
    [7, '7'],
    [10, '10'],
    [99, '99'],
    [100, '99+'],
    [12345, '99+'],
  ])('%i → "%s"', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('documentCounts', () => {
  it.each([
    ['none', [], 0, 0],
    ['party only', [true, true], 2, 0],
    ['state only', [false], 0, 1],
    ['both', [true, false, true, false, false], 2, 3],
  ])('%s', (_n, kinds, party, state) => {
    expect(documentCounts({ documents: kinds.map((p) => ({ party: p })) })).toEqual({ partyDocuments: party, stateDocuments: state });
  });
});

const DOC = { key: '57-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', number: '57', issuer: 'TW', sources: {}, mentions: [0] };
const PAYLOAD = {
  article: { url: 'https://nhandan.vn/bai-post1.html', title: 'Tiêu đề', site: 'nhandan.vn', text: 'Nghị quyết số 57-NQ/TW' },
  documents: [{ doc: DOC, sentences: ['Nghị quyết số 57-NQ/TW.'], mentions: 1 }],
};

describe('parseMessage: popup and library messages', () => {
  it.each([
    ['get-page', { type: 'get-page' }],
    ['save-payload', { type: 'save-payload' }],
    ['scan-anyway', { type: 'scan-anyway' }],
    ['focus-document', { type: 'focus-document', key: '57-NQ/TW', position: -1 }],
    ['saved-status', { type: 'saved-status', url: 'https://nhandan.vn/a.html' }],
    ['set-starred', { type: 'set-starred', doc: DOC, starred: true }],
    ['inject', { type: 'inject', tabId: 12 }],
    ['library-changed', { type: 'library-changed', url: 'https://nhandan.vn/a.html' }],
    ['library-changed without a url', { type: 'library-changed' }],
    ['save-article', { type: 'save-article', payload: PAYLOAD }],
  ])('accepts %s', (_name, input) => {
    expect(parseMessage(input)).toEqual(input);
  });

  it.each([
    ['focus-document without a key', { type: 'focus-document', position: 0 }],
    ['focus-document with a fractional position', { type: 'focus-document', key: 'x', position: 0.5 }],
    ['set-starred with a document that has no key', { type: 'set-starred', doc: { ...DOC, key: '' }, starred: true }],
    ['set-starred with an oversized title', { type: 'set-starred', doc: { ...DOC, title: 'x'.repeat(5000) }, starred: true }],
    ['inject with a negative tab', { type: 'inject', tabId: -1 }],
    ['save-article with a javascript: URL', { type: 'save-article', payload: { ...PAYLOAD, article: { ...PAYLOAD.article, url: 'javascript:alert(1)' } } }],
    ['save-article without text', { type: 'save-article', payload: { ...PAYLOAD, article: { ...PAYLOAD.article, text: undefined } } }],
    ['save-article with a sentence that is not a string', { type: 'save-article', payload: { ...PAYLOAD, documents: [{ doc: DOC, sentences: [{}], mentions: 1 }] } }],
    ['save-article with documents not an array', { type: 'save-article', payload: { ...PAYLOAD, documents: {} } }],
    ['save-article with a source of an unknown kind', { type: 'save-article', payload: { ...PAYLOAD, documents: [{ doc: { ...DOC, sources: { title: 'rumour' } }, sentences: [], mentions: 1 }] } }],
    ['save-article with a source for an unknown field', { type: 'save-article', payload: { ...PAYLOAD, documents: [{ doc: { ...DOC, sources: { __proto__x: 'text' } }, sentences: [], mentions: 1 }] } }],
    ['save-article with a locality that is no string', { type: 'save-article', payload: { ...PAYLOAD, documents: [{ doc: { ...DOC, locality: 7 }, sentences: [], mentions: 1 }] } }],
    ['extract with a locality that is no string', { type: 'extract', text: 'x', state: true, locality: ['Đảng bộ tỉnh A'] }],
    ['library-changed with a url that is not a string', { type: 'library-changed', url: 3 }],
  ])('refuses %s', (_name, input) => {
    expect(parseMessage(input)).toBeNull();
  });
});

describe('parseContentMessage: the page script validates only what it answers', () => {
  it('takes every request the content script answers, as parseMessage does', () => {
    const samples: Record<keyof typeof CONTENT_CALLERS, unknown> = {
      'get-page': { type: 'get-page' }, 'save-payload': { type: 'save-payload' }, 'scan-anyway': { type: 'scan-anyway' },
      'close-card': { type: 'close-card' }, navigate: { type: 'navigate', direction: 'next' },
      'focus-document': { type: 'focus-document', key: '18-NQ/TW', position: 0 },
      'choose-candidate': { type: 'choose-candidate', key: '18-NQ/TW', index: 1 },
    };
    for (const [type, m] of Object.entries(samples)) {
      expect(parseContentMessage(m), type).toEqual(parseMessage(m));
      expect(parseContentMessage(m)?.type).toBe(type);
    }
  });
  it('refuses the background\'s requests, well-formed or not', () => {
    for (const m of [{ type: 'extract', text: 'x', state: true }, { type: 'load-card' }, { type: 'inject', tabId: 3 }, { type: 'page-status', article: true, partyDocuments: 1, stateDocuments: 0 }]) {
      expect(parseMessage(m), m.type).not.toBeNull();
      expect(parseContentMessage(m), m.type).toBeNull();
    }
  });
});
