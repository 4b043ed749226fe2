import { describe, expect, it } from 'vitest';
import { applyKnowledge, recordFor, shownRecord } from '../../utils/library/precedence';
import type { KnownDocument } from '../../utils/db';
import type { CatalogFacts, RefDocument } from '../../utils/refs/types';

const catalog = (confidence: 'high' | 'medium'): CatalogFacts => ({
  key: '18-NQ/TW', type: 'Nghị quyết', body: 'Ban Chấp hành Trung ương', term: 'XII', date: '2017-10-25',
  title: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy', source: 'https://example.vn/a', confidence,
});

function pageDoc(title: { value: string; from: 'text' | 'catalog' } | null, confidence: 'high' | 'medium' = 'high'): RefDocument {
  const d: RefDocument = { key: '18-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', sources: {}, mentions: [0], term: 'XII' };
  d.sources.term = 'text';
  if (title) {
    d.title = title.value;
    d.sources.title = title.from;
    if (title.from === 'catalog') d.catalog = catalog(confidence);
  }
  return d;
}

const saved = (title: string | undefined, termOrNone: string | null = 'XII', citedIn = 1): KnownDocument => {
  const term = termOrNone ?? undefined;
  return {
  citedIn,
  doc: {
    id: `18-NQ/TW${term ? '@' + term : ''}`, key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết',
    term, title, firstSeen: '2025-01-01T00:00:00.000Z', starred: false,
    facts: { ...(title ? { title: { from: 'article' as const, articleUrl: 'https://nhandan.vn/x', at: '2025-01-01T00:00:00.000Z' } } : {}),
      ...(term ? { term: { from: 'article' as const, at: '2025-01-01T00:00:00.000Z' } } : {}) },
  },
  };
};

const LOOSE = 'sắp xếp đơn vị sự nghiệp công lập';
const OFFICIAL = 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy';

describe('applyKnowledge: a weaker source never overwrites a stronger one', () => {
  // [name, what the page shows, what one saved article says, expected shown [value, source], expected others]
  type Row = [string, Parameters<typeof pageDoc>[0], 'high' | 'medium', string | undefined, [string | undefined, string | undefined], string[]];
  const ROWS: Row[] = [
    ['the page\'s own text beats a saved article', { value: 'tinh gọn bộ máy', from: 'text' }, 'high', LOOSE, ['tinh gọn bộ máy', 'text'], [LOOSE]],
    ['a high catalog entry beats a single saved article', { value: OFFICIAL, from: 'catalog' }, 'high', LOOSE, [OFFICIAL, 'catalog'], [LOOSE]],
    ['a medium catalog entry beats a single saved article', { value: OFFICIAL, from: 'catalog' }, 'medium', LOOSE, [OFFICIAL, 'catalog'], [LOOSE]],
    ['nothing else known: the saved article\'s fact, marked as such', null, 'high', LOOSE, [LOOSE, 'library'], []],
    ['agreeing sources: nothing beside it', { value: OFFICIAL, from: 'catalog' }, 'high', `về ${OFFICIAL.toLowerCase()}`, [OFFICIAL, 'catalog'], []],
    ['the library says nothing: unchanged', { value: OFFICIAL, from: 'catalog' }, 'high', undefined, [OFFICIAL, 'catalog'], []],
  ];
  it.each(ROWS)('%s', (_name, shown, confidence, library, [value, source], others) => {
    const d = pageDoc(shown, confidence);
    applyKnowledge(d, [saved(library)]);
    expect([d.title, d.sources.title]).toEqual([value, source]);
    expect((d.others?.title ?? []).map((o) => o.value)).toEqual(others);
    expect(d.citedInSaved).toBe(1);
  });
});

describe('recordFor: one record per real document', () => {
  it('the record of the same term; none when the library\'s record is of another term', () => {
    const d = pageDoc(null);
    expect(recordFor(d, [saved(LOOSE, 'XIII'), saved(LOOSE, 'XII', 3)])?.citedIn).toBe(3);
    expect(recordFor(d, [saved(LOOSE, 'XIII')])).toBeUndefined();
  });

  it('an ambiguous document takes no record: facts of two candidates are never combined', () => {
    const d = pageDoc(null);
    delete d.term;
    d.candidates = [catalog('high'), { ...catalog('high'), term: 'XIII', date: '2022-06-16' }];
    const before = JSON.stringify(d);
    applyKnowledge(d, [saved(LOOSE, 'XII')]);
    expect(JSON.stringify(d)).toBe(before);
  });

  it('a record without a term is the document only when it is the only one', () => {
    const d = pageDoc(null);
    expect(recordFor(d, [saved(LOOSE, null)])).toBeDefined();
    expect(recordFor(d, [saved(LOOSE, null), saved('khác', 'XIII')])).toBeUndefined();
  });
});

describe('shownRecord: the options page and exports show the same precedence', () => {
  const rec = (title: string, from: 'article' | 'catalog', term = 'XII') => ({
    ...saved(title, term).doc,
    facts: { title: from === 'article' ? { from: 'article' as const, at: '2025-01-01T00:00:00.000Z' } : { from: 'catalog' as const, source: 'https://x.vn', confidence: 'high' as const } },
  });

  it('a single saved article\'s subject gives way to the catalog entry of the same document, and stays beside it', () => {
    const s = shownRecord(rec(LOOSE, 'article'), [catalog('high')]);
    expect(s.doc.title).toBe(OFFICIAL);
    expect(s.from.title).toBe('catalog');
    expect(s.others.title).toEqual([LOOSE]);
  });

  it('no entry of that term, or two of them: the saved fact stands', () => {
    expect(shownRecord(rec(LOOSE, 'article', 'XIII'), [catalog('high')]).doc.title).toBe(LOOSE);
    expect(shownRecord(rec(LOOSE, 'article'), [catalog('high'), catalog('medium')]).doc.title).toBe(LOOSE);
  });

  it('a fact the library took from the catalog is not second-guessed; a gap is filled from the catalog', () => {
    expect(shownRecord(rec('Tiêu đề cũ của danh mục', 'catalog'), [catalog('high')]).doc.title).toBe('Tiêu đề cũ của danh mục');
    const gap = shownRecord({ ...rec(LOOSE, 'article'), date: undefined, facts: { title: { from: 'article', at: '2025-01-01T00:00:00.000Z' }, date: { from: 'article', at: '2025-01-01T00:00:00.000Z' } } }, [catalog('high')]);
    expect(gap.doc.date).toBe('2017-10-25');
  });
});
