import { describe, expect, it } from 'vitest';
import { applyKnowledge, rankOf, recordFor, shownRecord } from '../../utils/library/precedence';
import type { Fact, KnownDocument } from '../../utils/db';
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

const AT = '2025-01-01T00:00:00.000Z';
/** How the library knows the title: one saved article, two that agree, or the reader's correction. */
type Kind = 'one' | 'agreed' | 'reader';
const FACT_OF: Record<Kind, Fact> = {
  one: { from: 'article', articleUrl: 'https://nhandan.vn/x', at: AT },
  agreed: { from: 'article', articleUrl: 'https://nhandan.vn/x', at: AT, also: ['https://tuoitre.vn/y'] },
  reader: { from: 'reader', at: AT, was: {} },
};

const saved = (title: string | undefined, termOrNone: string | null = 'XII', citedIn = 1, kind: Kind = 'one'): KnownDocument => {
  const term = termOrNone ?? undefined;
  return {
  citedIn,
  doc: {
    id: `18-NQ/TW${term ? '@' + term : ''}`, key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết',
    term, title, firstSeen: '2025-01-01T00:00:00.000Z', starred: false,
    facts: { ...(title ? { title: FACT_OF[kind] } : {}),
      ...(term ? { term: { from: 'article' as const, at: '2025-01-01T00:00:00.000Z' } } : {}) },
  },
  };
};

const LOOSE = 'sắp xếp đơn vị sự nghiệp công lập';
const OFFICIAL = 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy';

describe('applyKnowledge: a weaker source never overwrites a stronger one', () => {
  // [name, what the page shows, what one saved article says, expected shown [value, source], expected others]
  type Row = [string, Parameters<typeof pageDoc>[0], 'high' | 'medium', string | undefined, [string | undefined, string | undefined], string[], Kind?];
  const MINE = 'Tên văn bản do bạn đọc sửa';
  const ROWS: Row[] = [
    ['the page\'s own text beats the reader\'s correction', { value: 'tinh gọn bộ máy', from: 'text' }, 'high', MINE, ['tinh gọn bộ máy', 'text'], [MINE], 'reader'],
    ['the reader\'s correction beats a high catalog entry', { value: OFFICIAL, from: 'catalog' }, 'high', MINE, [MINE, 'reader'], [OFFICIAL], 'reader'],
    ['the reader\'s correction fills a gap, marked as the reader\'s', null, 'high', MINE, [MINE, 'reader'], [], 'reader'],
    ['a high catalog entry beats several saved articles that agree', { value: OFFICIAL, from: 'catalog' }, 'high', LOOSE, [OFFICIAL, 'catalog'], [LOOSE], 'agreed'],
    ['several saved articles that agree beat a medium catalog entry', { value: OFFICIAL, from: 'catalog' }, 'medium', LOOSE, [LOOSE, 'library'], [OFFICIAL], 'agreed'],
    ['the page\'s own text beats several saved articles', { value: 'tinh gọn bộ máy', from: 'text' }, 'medium', LOOSE, ['tinh gọn bộ máy', 'text'], [LOOSE], 'agreed'],
    ['the page\'s own text beats a saved article', { value: 'tinh gọn bộ máy', from: 'text' }, 'high', LOOSE, ['tinh gọn bộ máy', 'text'], [LOOSE]],
    ['a high catalog entry beats a single saved article', { value: OFFICIAL, from: 'catalog' }, 'high', LOOSE, [OFFICIAL, 'catalog'], [LOOSE]],
    ['a medium catalog entry beats a single saved article', { value: OFFICIAL, from: 'catalog' }, 'medium', LOOSE, [OFFICIAL, 'catalog'], [LOOSE]],
    ['nothing else known: the saved article\'s fact, marked as such', null, 'high', LOOSE, [LOOSE, 'library'], []],
    ['agreeing sources: nothing beside it', { value: OFFICIAL, from: 'catalog' }, 'high', `về ${OFFICIAL.toLowerCase()}`, [OFFICIAL, 'catalog'], []],
    ['the library says nothing: unchanged', { value: OFFICIAL, from: 'catalog' }, 'high', undefined, [OFFICIAL, 'catalog'], []],
  ];
  it.each(ROWS)('%s', (_name, shown, confidence, library, [value, source], others, kind = 'one') => {
    const d = pageDoc(shown, confidence);
    applyKnowledge(d, [saved(library, 'XII', 1, kind)]);
    expect([d.title, d.sources.title]).toEqual([value, source]);
    expect((d.others?.title ?? []).map((o) => o.value)).toEqual(others);
    expect(d.citedInSaved).toBe(1);
  });
});

describe('applyKnowledge: never the facts of two documents', () => {
  it('a record whose term the reader set outranks the catalog entry the page guessed: none of that entry\'s facts stay', () => {
    const d = pageDoc({ value: OFFICIAL, from: 'catalog' }, 'high');
    d.term = 'XII'; d.sources.term = 'catalog'; d.date = '2017-10-25'; d.sources.date = 'catalog';
    const rec = saved('Về đất đai', 'XIII', 2, 'reader');
    rec.doc.facts.term = FACT_OF.reader;
    applyKnowledge(d, [rec]);
    expect([d.term, d.sources.term, d.title, d.date, d.catalog]).toEqual(['XIII', 'reader', 'Về đất đai', undefined, undefined]);
  });

  it('a record whose term only one saved article gave does not override a high catalog entry: it is not this document', () => {
    const d = pageDoc({ value: OFFICIAL, from: 'catalog' }, 'high');
    d.sources.term = 'catalog';
    const rec = saved('Về đất đai', 'XIII', 2, 'agreed'); // the title has agreement, the term one article
    applyKnowledge(d, [rec]);
    expect([d.term, d.title, d.citedInSaved, d.others]).toEqual(['XII', OFFICIAL, undefined, undefined]);
  });
});

describe('rankOf: the order of sources, every pair', () => {
  // Strongest first, as the issue states it.
  const ORDER: Array<[string, Parameters<typeof rankOf>[0]]> = [
    ['the page\'s text', { from: 'text' }],
    ['the reader\'s correction', FACT_OF.reader],
    ['a high catalog entry', { from: 'catalog', source: '', confidence: 'high' }],
    ['several saved articles agreeing', FACT_OF.agreed],
    ['a medium catalog entry', { from: 'catalog', source: '', confidence: 'medium' }],
    ['a single saved article', FACT_OF.one],
  ];
  const pairs = ORDER.flatMap((a, i) => ORDER.slice(i + 1).map((b) => [`${a[0]} > ${b[0]}`, a[1], b[1]] as const));
  it.each(pairs)('%s', (_n, stronger, weaker) => {
    expect(rankOf(stronger)).toBeGreaterThan(rankOf(weaker));
  });
});

describe('recordFor: one record per real document', () => {
  it('two provinces\' documents of one key are two: only the record of the same organisation is this one', () => {
    const place = (locality?: string): KnownDocument => {
      const k = saved(LOOSE, null);
      return { ...k, doc: { ...k.doc, key: 'NQ-ĐHĐB-XX', ...(locality ? { locality, id: `NQ-ĐHĐB-XX|${locality}` } : { id: 'NQ-ĐHĐB-XX' }) } };
    };
    const d: RefDocument = { key: 'NQ-ĐHĐB-XX', party: true, type: 'NQ', typeName: 'Nghị quyết', sources: { locality: 'text' }, mentions: [0], locality: 'Đảng bộ tỉnh Nghệ An' };
    expect(recordFor(d, [place('Đảng bộ tỉnh Thanh Hóa')])).toBeUndefined();
    expect(recordFor(d, [place()])).toBeUndefined();
    expect(recordFor(d, [place('Đảng bộ tỉnh Thanh Hóa'), place('Đảng bộ tỉnh Nghệ An')])?.doc.locality).toBe('Đảng bộ tỉnh Nghệ An');
    expect(recordFor({ ...d, locality: undefined, sources: {} }, [place('Đảng bộ tỉnh Nghệ An')])).toBeUndefined();
  });

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
    expect(s.others.title).toEqual([{ value: LOOSE, from: 'article' }]);
  });

  it('the reader\'s correction stands against a high catalog entry, which stays beside it', () => {
    const r = { ...rec('Tên do bạn đọc sửa', 'article'), facts: { title: FACT_OF.reader } };
    const s = shownRecord(r, [catalog('high')]);
    expect([s.doc.title, s.from.title, s.others.title]).toEqual(['Tên do bạn đọc sửa', 'reader', [{ value: OFFICIAL, from: 'catalog' }]]);
  });

  it('saved articles that agree stand against a medium entry, not a high one', () => {
    const r = { ...rec(LOOSE, 'article'), facts: { title: FACT_OF.agreed } };
    expect(shownRecord(r, [catalog('medium')]).doc.title).toBe(LOOSE);
    expect(shownRecord(r, [catalog('high')]).doc.title).toBe(OFFICIAL);
  });

  it('a subject saved in capitals is shown in sentence case', () => {
    expect(shownRecord(rec('VỀ TIẾP TỤC ĐỔI MỚI, SẮP XẾP BỘ MÁY', 'article', 'XIII'), []).doc.title).toBe('Về tiếp tục đổi mới, sắp xếp bộ máy');
    expect(shownRecord(rec('Về Chính phủ điện tử', 'article', 'XIII'), []).doc.title).toBe('Về Chính phủ điện tử');
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

describe('applyKnowledge: every pair of sources, each field', () => {
  const FIELDS = ['body', 'term', 'date', 'title'] as const;
  const VALUE = { body: ['Bộ Chính trị', 'Ban Bí thư'], term: ['XII', 'XIII'], date: ['2017-10-25', '2022-06-16'], title: ['Về A', 'Về B'] } as const;
  type PageSide = 'text' | 'high' | 'medium' | 'none';
  const PAGE_RANK: Record<PageSide, number> = { text: 6, high: 4, medium: 2, none: 0 };
  const LIB_RANK: Record<Kind, number> = { reader: 5, agreed: 3, one: 1 };
  const rows = FIELDS.flatMap((f) => (['text', 'high', 'medium', 'none'] as PageSide[]).flatMap((p) =>
    (['reader', 'agreed', 'one'] as Kind[]).map((k) => [f, p, k] as const)));
  it.each(rows)('%s: page %s vs library %s', (f, side, kind) => {
    const [pageValue, libValue] = VALUE[f];
    const d: RefDocument = { key: '18-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', sources: {}, mentions: [0] };
    if (side !== 'none') {
      d[f] = pageValue;
      d.sources[f] = side === 'text' ? 'text' : 'catalog';
      if (side !== 'text') d.catalog = { ...catalog(side), [f]: pageValue };
    }
    const rec: KnownDocument = { citedIn: 2, doc: { id: '18-NQ/TW', key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết', firstSeen: AT, starred: false, [f]: libValue, facts: { [f]: FACT_OF[kind] } } };
    applyKnowledge(d, [rec]);
    if ((f === 'term' || f === 'date') && side === 'text') {
      // A page that prints another term or date is about another document: that record is not its.
      expect([d[f], d.sources[f], d.others]).toEqual([pageValue, 'text', undefined]);
      return;
    }
    const libraryWins = side === 'none' || LIB_RANK[kind] > PAGE_RANK[side];
    if ((f === 'term' || f === 'date') && side !== 'none') {
      // Term and date say which document it is: the stronger one decides the document, and nothing
      // of the other document is kept beside it (it is not this one's).
      expect([d[f], d.sources[f], d.others]).toEqual(libraryWins ? [libValue, kind === 'reader' ? 'reader' : 'library', undefined] : [pageValue, 'catalog', undefined]);
      if (libraryWins) expect(d.catalog).toBeUndefined();
      return;
    }
    expect(d[f]).toBe(libraryWins ? libValue : pageValue);
    expect(d.sources[f]).toBe(libraryWins ? (kind === 'reader' ? 'reader' : 'library') : side === 'text' ? 'text' : 'catalog');
    // The one that lost stays beside, with its source; nothing is lost.
    if (side !== 'none') expect(d.others?.[f]?.map((o) => o.value)).toEqual([libraryWins ? pageValue : libValue]);
  });
});
