/**
 * The words of a printed or official subject, as the engine compares them (identity of a catalog
 * entry, a short form left open, one number with two subjects): folded syllables, and the content
 * ones among them — not the words that say nothing of which document is meant.
 */
import { fold } from './normalize';

export const STOP = new Set(('ve cua va cac nhung mot so trong tren duoi cho voi de tai theo nham doi den nam giai doan moi tiep tuc '
  + 'thuc hien trien khai viec cong tac nghi quyet ket luan quy dinh chi thi dang trung uong bo chinh tri ban bi thu '
  + 'on of the and for in to a with new').split(' '));
// (Not English "an": Vietnamese "an" is a word of its own — "công an", "an ninh".)

export function syllables(s: string): string[] {
  return fold(s, { ascii: true }).text.split(/[^a-z0-9]+/).filter(Boolean);
}

/** The syllables that say something of the subject. */
export function contentWords(s: string): Set<string> {
  return new Set(syllables(s).filter((w) => w.length > 1 && !STOP.has(w)));
}
