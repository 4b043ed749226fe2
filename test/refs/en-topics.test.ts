import { describe, expect, it } from 'vitest';
import { englishTopics, topicsShared } from '../../utils/refs/en-topics';
import { extractReferences } from '../../utils/refs';

describe('English subjects against the Vietnamese ones, by topic', () => {
  it.each([
    ['rectification (and Party building)', 'Party building and rectification', 'tang cuong xay dung, chinh don dang; ngan chan suy thoai', 2],
    ['public non-business units', 'public non-business units', 'tiep tuc doi moi he thong to chuc va quan ly cac don vi su nghiep cong lap', 1],
    ['another topic', 'private economic development', 'dat dai', 0],
    ['no topic the table knows', 'the new era', 'ky nguyen moi', 0],
    ['biotechnology is its own topic, not science in general', 'applying biotechnology', 'phat trien va ung dung cong nghe sinh hoc', 1],
    ['a body set up', 'establishing the National Assembly Party Committee', 'thanh lap dang bo quoc hoi', 2],
    ['…not an election rule', 'establishing the National Assembly Party Committee', 'viec ban hanh quy che bau cu trong dang', 0],
  ])('%s', (_n, english, folded, shared) => {
    expect(topicsShared(englishTopics(english), folded)).toBe(shared);
  });

  it('an English subject settles which of a plenum\'s resolutions is meant', () => {
    const text = 'Central Resolution 4 of the 12th tenure on Party building and rectification has helped curb degradation.';
    const d = extractReferences(text, { articleDate: '2024-10-25' }).documents[0];
    expect(d.catalog?.numbered).toBe('04-NQ/TW');
  });

  it('which same-numbered document, by a topic only one of them has', () => {
    const text = 'Resolution 36-NQ/TW on applying biotechnology for sustainable development was praised by scientists.';
    const d = extractReferences(text, { articleDate: '2023-06-01' }).documents[0];
    expect(d.term).toBe('XIII');
  });

  it('and which same-numbered document, when the issuer is printed', () => {
    const text = 'Resolution 19-NQ/TW of the Party Central Committee on public non-business units was reviewed.';
    const d = extractReferences(text, { articleDate: '2024-05-20' }).documents[0];
    expect(d.catalog?.term).toBe('XII');
  });
});

describe('"Resolution N of the Xth Party Central Committee": a plenum\'s or a numbered one', () => {
  it.each([
    ['the subject is the numbered resolution\'s of that term: that one', 'Resolution 10 of the 12th Party Central Committee on the private economy keeps guiding reforms.', '10-NQ/TW', 'XII'],
    ['…by its topics', 'Resolution 12 of the 11th Party Central Committee on urgent issues of Party building remains relevant.', '12-NQ/TW', 'XI'],
    ['no subject: the plenum\'s, as printed', 'Farmers welcomed the law, which institutionalises Resolution 5 of the 13th Party Central Committee.', 'NQ-HNTW5-XIII', 'XIII'],
  ])('%s', (_n, text, key, term) => {
    const d = extractReferences(text, { articleDate: '2025-03-01' }).documents[0];
    expect([d.key, d.term]).toEqual([key, term]);
  });
});
