import { describe, expect, it } from 'vitest';
import { whyMatched } from '../../utils/page/why';

// Every reason the engine gives for settling on a catalog entry (utils/refs/identity.ts) is said to the
// reader in both languages: one it does not know is left out, so the card would say nothing of it.
const REASONS = [
  'term XII in the text', 'date 2017-10-25 in the text', 'year 2017 in the text', 'plenum 6',
  'subject printed in the text', 'words around the mention', 'issued lately, as the words around say',
  'Congress XIII named with it, as in its subject', 'cited beside 121-KL/TW', 'issued by Bộ Chính trị, as the text says',
  'issued in 2017, as the words around say', '"7 năm" before the article', 'the only 57-NQ/TW of term XIII, the article\'s',
  'date 2006-06-16 in the text, a misprint of 2008-06-16', 'the years its subject names', 'subject printed in the text, by its topic',
  'the subject printed names what only it is about', 'topics of the words around the mention', 'a place named beside it, as in its subject',
  'Congress XIII named in its subject, as in the text', 'the congresses of the term of office named around it lead to Congress XIII, as in its subject',
  'adopted by plenum 6 of term XII, named beside it', 'cited beside 118-KH/ĐUCA, which names it', 'dated 2017-10-25 with the document listed beside it',
  'reviewed by 121-KL/TW, and the text speaks of its review', 'the only one issued by Bộ Chính trị, as the text says',
  'term XIV had not reached number 79 by the article\'s date',
];

describe('why the card says it is this document', () => {
  it.each(REASONS)('%s: said in Vietnamese and in English', (reason) => {
    for (const lang of ['vi', 'en'] as const) {
      const said = whyMatched([reason], lang);
      expect(said).toHaveLength(1);
      expect(said[0]).not.toBe(reason);
    }
  });

  it('a reason it does not know is left out, not shown raw', () => {
    expect(whyMatched(['some new internal reason'], 'vi')).toEqual([]);
  });

  it('the misprint says both dates', () => {
    const [s] = whyMatched(['date 2006-06-16 in the text, a misprint of 2008-06-16'], 'vi');
    expect(s).toContain('2006');
    expect(s).toContain('2008');
  });
});
