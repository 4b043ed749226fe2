import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../utils/limits';
import { parseMessage, type SavePayload } from '../../utils/messages';
import { exportJson, importJson } from '../../utils/library';
import { article, cite, contents, freshLibrary, ref } from './helpers';

/** An article at every limit the save path accepts. */
function atLimits(): SavePayload {
  const base = 'https://nhandan.vn/';
  const words = (n: number) => 'Nghị quyết số 57-NQ/TW về khoa học. '.repeat(Math.ceil(n / 36)).slice(0, n);
  return {
    article: article(base + 'a'.repeat(LIMITS.url - base.length), {
      title: 't'.repeat(LIMITS.title), site: 's'.repeat(LIMITS.short), author: 'a'.repeat(LIMITS.short),
      lead: words(LIMITS.lead), text: words(LIMITS.articleText),
    }),
    documents: [cite(ref('57-NQ/TW', { term: 'XIII' }), ['Một câu nhắc Nghị quyết 57.'], LIMITS.mentions)],
  };
}

describe('limits agree end to end: whatever can be saved can be exported and imported back exactly', () => {
  it('an article at every limit passes the save message check, saves, exports and imports back identical', async () => {
    const payload = atLimits();
    const message = parseMessage({ type: 'save-article', payload });
    expect(message?.type).toBe('save-article');
    const lib = await freshLibrary();
    await lib.saveArticle(payload);
    const json = await exportJson(lib);
    const restored = await freshLibrary();
    await importJson(restored, json);
    expect(await contents(restored)).toEqual(await contents(lib));
    lib.close();
    restored.close();
  });

  it.each([
    ['text', (p: SavePayload) => { p.article.text += 'x'; }],
    ['lead', (p: SavePayload) => { p.article.lead += 'x'; }],
    ['title', (p: SavePayload) => { p.article.title += 'x'; }],
    ['url', (p: SavePayload) => { p.article.url += 'x'; }],
    ['mentions', (p: SavePayload) => { p.documents[0].mentions += 1; }],
  ])('one past the limit of %s: the save path refuses it (it could not be restored)', (_field, grow) => {
    const payload = atLimits();
    grow(payload);
    expect(parseMessage({ type: 'save-article', payload })).toBeNull();
  });
});
