/**
 * "Is this page in Vietnamese?", for the opt-in mode that runs on any site: decided from what is
 * cheap to read (the declared language, the title, the description, the headline), never the whole
 * text, so a page in another language pays almost nothing.
 */

/** Letters only Vietnamese writes among the languages of the web (with its tone marks). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const LETTER = /\p{L}/gu;

/** Vietnamese when the page declares it, or when its title and summary are written in it. */
export function isVietnamesePage(doc: Document): boolean {
  const declared = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (/^vi\b/.test(declared)) return true;
  const sample = [
    doc.title,
    doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '',
    doc.querySelector('h1')?.textContent ?? '',
  ].join(' ').normalize('NFC').slice(0, 600);
  return looksVietnamese(sample);
}

/** At least a few letters of its own, and a share of them a Vietnamese sentence has (~1 in 5). */
export function looksVietnamese(text: string): boolean {
  const own = text.match(VIETNAMESE)?.length ?? 0;
  const letters = text.match(LETTER)?.length ?? 0;
  return own >= 3 && own / Math.max(letters, 1) >= 0.06;
}
