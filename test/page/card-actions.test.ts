import { describe, expect, it } from 'vitest';
import { cardActionsFor } from '../../utils/page/card-actions';
import type { CardCandidate, CardField, CardModel } from '../../utils/page/card-model';

const noop = () => undefined;
const page = { choose: (_i: number) => undefined, unchoose: noop, openInLibrary: noop };
const candidate: CardCandidate = { key: '18-NQ/TW', body: null, term: 'XII', date: null, title: null, confidence: 'high' };

/** Only what cardActionsFor reads; the rest of a model does not bear on the actions. */
function model(over: { candidates?: CardCandidate[]; chosen?: boolean; citedInSaved?: number; fields?: CardField[] }): CardModel {
  return { candidates: [], chosen: false, citedInSaved: 0, fields: [{ label: 'Số, ký hiệu', value: '18-NQ/TW' }], ...over } as unknown as CardModel;
}

describe('cardActionsFor: the card offers an action only where it applies', () => {
  const rows: Array<[string, CardModel, typeof page | Omit<typeof page, 'openInLibrary'>, string[]]> = [
    ['a settled document the library does not have: nothing', model({}), page, []],
    ['candidates: the choice', model({ candidates: [candidate, candidate] }), page, ['choose']],
    ['a pick made: undo (and the choice again)', model({ candidates: [candidate, candidate], chosen: true }), page, ['choose', 'unchoose']],
    ['cited in saved articles: the library\'s page', model({ citedInSaved: 2 }), page, ['openInLibrary']],
    ['a fact from the library: the library\'s page', model({ fields: [{ label: 'Trích yếu', value: 'x', fromLibrary: true }] }), page, ['openInLibrary']],
    ['the reader\'s own correction: the library\'s page', model({ fields: [{ label: 'Trích yếu', value: 'x', fromReader: true }] }), page, ['openInLibrary']],
    ['only the reader\'s pick among candidates: not the library', model({ fields: [{ label: 'Khóa', value: 'XII', fromReader: true, chosen: true }] }), page, []],
    ['the page cannot open the library: no link even when it has the document', model({ citedInSaved: 2 }), { choose: page.choose, unchoose: noop }, []],
  ];
  it.each(rows)('%s', (_name, m, p, expected) => {
    expect(Object.keys(cardActionsFor(m, p)).sort()).toEqual(expected);
  });

  it('hands the page\'s own functions through', () => {
    const a = cardActionsFor(model({ candidates: [candidate], chosen: true, citedInSaved: 1 }), page);
    expect([a.choose, a.unchoose, a.openInLibrary]).toEqual([page.choose, page.unchoose, page.openInLibrary]);
  });
});
