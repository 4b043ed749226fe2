/**
 * A subject read from the text stops where a careful reader stops in most sentences (before "nhằm",
 * "để", ", tạo …"), yet a few official subjects go on through those very words: 13-NQ/TW is "… kết
 * cấu hạ tầng đồng bộ nhằm đưa nước ta …". When the catalog names the document and the text goes on
 * with the rest of its official subject, word for word, the subject as printed is that whole span.
 * Pure: compares letters and digits only, so punctuation, case and spacing may differ.
 */
import { fold } from './normalize';

const ALNUM = /[a-z0-9]/;
/** How far after the mention the printed subject is looked for (original characters). */
const NEAR = 600;

/** The letters and digits of `s`, folded. */
function letters(s: string): string {
  return fold(s).text.replace(/[^a-z0-9]/g, '');
}

/**
 * The printed subject run on through the rest of `official`, or null when the text does not go on
 * with it. `from` is where the mention ends: the subject is the first copy of `printed` after it.
 */
export function officialTail(text: string, printed: string, from: number, official: string): string | null {
  const at = text.indexOf(printed, from);
  if (at < 0 || at - from > NEAR) return null;
  const p = letters(printed), o = letters(official);
  if (o.length <= p.length || !o.startsWith(p)) return null;
  const rest = o.slice(p.length);
  const tailFrom = at + printed.length;
  // The rest's letters with room for the spaces and marks between them.
  const f = fold(text.slice(tailFrom, tailFrom + rest.length * 2 + 40));
  let k = 0, i = 0;
  for (; i < f.text.length && k < rest.length; i++) {
    const ch = f.text[i];
    if (ALNUM.test(ch)) {
      if (ch !== rest[k]) return null;
      k++;
    } else if (ch === '.' || ch === ';' || ch === '\n') return null;
  }
  // Every letter matched, and the text's word ends where the official subject does.
  if (k < rest.length || ALNUM.test(f.text[i] ?? '')) return null;
  return text.slice(at, tailFrom + f.orig(i));
}

/**
 * The other way: a printed subject that begins word for word like the official one and then, after
 * a comma, goes where the official does not ("về phân cấp quản lý cán bộ, bảo đảm công tác bổ nhiệm
 * … đúng quy trình" of 80-QĐ/TW, "Phân cấp quản lý cán bộ và bổ nhiệm, …"): the writer's own clause.
 * The subject ends at that comma. Null when the printed one does not begin like the official one.
 */
export function officialCut(printed: string, official: string): string | null {
  const o = letters(official);
  let cut: number | null = null;
  for (let at = printed.indexOf(','); at > 0; at = printed.indexOf(',', at + 1)) {
    const head = letters(printed.slice(0, at));
    if (!head || !o.startsWith(head)) break;
    const clause = printed.slice(at + 1).split(/[,;]/)[0].trim().split(/\s+/);
    const next = letters(clause[0] ?? '');
    // Where the official goes on with the same word, the comma is its own: read on. So where the
    // clause's words are the official's own further on ("xây dựng, phát triển tỉnh Nghệ An" of "Xây
    // dựng và phát triển tỉnh Nghệ An"): a writer's comma for the official's "và".
    const rest = o.slice(head.length);
    if (rest.startsWith(next)) continue;
    const own = clause.slice(0, 3).map(letters).filter((w) => w.length > 1);
    if (own.length && own.filter((w) => rest.includes(w)).length * 2 >= own.length) continue;
    cut = at;
    break;
  }
  return cut === null ? null : printed.slice(0, cut).trimEnd();
}
