import { describe, expect, it } from 'vitest';
import { chooseCandidate, undoChoice } from '../../utils/page/choice';
import type { CatalogFacts, RefDocument } from '../../utils/refs/types';

const XII: CatalogFacts = {
  key: '18-NQ/TW', type: 'Nghị quyết', body: 'Ban Chấp hành Trung ương', term: 'XII', date: '2017-10-25',
  title: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy', source: 'https://a.example.vn/18', confidence: 'high',
};
const XIII: CatalogFacts = { ...XII, term: 'XIII', date: '2022-06-16', title: 'Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách đất đai', source: 'https://b.example.vn/18' };

/** A document the text leaves open, with what the text itself said (here: the body). */
function open(): RefDocument {
  return {
    key: '18-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', number: '18', issuer: 'TW',
    body: 'Trung ương', sources: { body: 'text' }, mentions: [0, 3], candidates: [XIII, XII], decidedBy: ['two entries, nothing in the text decides'],
  };
}

describe('the reader picks the document the text left open', () => {
  it('the chosen entry\'s facts, the term marked as the reader\'s, the text\'s own facts kept', () => {
    const d = open();
    expect(chooseCandidate(d, 1)).toBe(true);
    expect(d).toMatchObject({
      catalog: XII, term: 'XII', date: '2017-10-25', title: XII.title, body: 'Trung ương',
      sources: { body: 'text', term: 'reader', date: 'catalog', title: 'catalog' },
      decidedBy: ['the reader chose it among the candidates'],
    });
    expect(d.candidates).toBeUndefined();
  });

  it('undone: exactly the open document again', () => {
    const d = open();
    chooseCandidate(d, 0);
    expect(undoChoice(d)).toBe(true);
    expect(d).toEqual(open());
  });

  it('what a legal database\'s table printed stays through a pick and its undo', () => {
    const d = open();
    d.date = '2017-10-25'; d.sources.date = 'site';
    chooseCandidate(d, 0); // XIII's date is another one: the page's stands
    expect([d.date, d.sources.date, d.term]).toEqual(['2017-10-25', 'site', 'XIII']);
    undoChoice(d);
    expect([d.date, d.sources.date, d.term]).toEqual(['2017-10-25', 'site', undefined]);
  });

  it('no such candidate, or nothing chosen: nothing changes', () => {
    const d = open();
    expect(chooseCandidate(d, 5)).toBe(false);
    expect(undoChoice(d)).toBe(false);
    expect(d).toEqual(open());
  });
});
