import { describe, expect, it } from 'vitest';
import { latestCitingDates } from '../../utils/db';
import { article, cite, freshLibrary, ref } from './helpers';

const A = 'https://nhandan.vn/a.html';
const B = 'https://tuoitre.vn/b.html';
const C = 'https://thanhnien.vn/c.html';

describe('latestCitingDates: "Trích gần nhất" is the newest citing article\'s own date', () => {
  it('the publication date of the newest citing article, else the day it was saved', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A, { published: '2019-03-02T08:00:00+07:00' }), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await lib.saveArticle({ article: article(B, { published: '2024-11-20' }), documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('35-KL/TW', { term: 'XIII' }))] });
    await lib.saveArticle({ article: article(C, { published: 'Thứ Hai' }), documents: [cite(ref('57-NQ/TW', { term: 'XIII' }))] });
    const dates = await latestCitingDates(lib);
    expect(dates.get('18-NQ/TW@XII')).toBe('2024-11-20');
    expect(dates.get('35-KL/TW@XIII')).toBe('2024-11-20');
    // No date the paper printed: the day it was saved.
    expect(dates.get('57-NQ/TW@XIII')).toBe(new Date().toISOString().slice(0, 10));
  });
});
