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
  // ("về việc tiếp tục …" for the official "Tiếp tục …": the press's "việc" is no word of it.)
  const p = letters(printed.replace(/^việc\s+/iu, '')), o = letters(official);
  if (o.length <= p.length || !o.startsWith(p)) return null;
  const rest = o.slice(p.length);
  const bounds = wordStarts(official, p.length);
  const tailFrom = at + printed.length;
  // The rest's letters with room for the spaces and marks between them.
  const f = fold(text.slice(tailFrom, tailFrom + rest.length * 2 + 40));
  let k = 0, i = 0;
  for (; i < f.text.length && k < rest.length; i++) {
    const ch = f.text[i];
    if (ALNUM.test(ch)) {
      if (ch !== rest[k]) return null;
      k++;
    } else if (ch === '.' || ch === ';' || ch === '\n') break;
  }
  // Every letter matched, and the text's word ends where the official subject does — or the sentence
  // ends after a long run of its words, at one of its word ends ("… trong giai đoạn tới." of an official
  // subject that goes on "… và tổng kết Nghị quyết số 05-NQ/TW …"): the text printed that much of it.
  if (ALNUM.test(f.text[i] ?? '')) return null;
  if (k < rest.length && !(k >= PARTIAL_LETTERS && bounds.has(k))) return null;
  let end = i;
  while (end > 0 && !ALNUM.test(f.text[end - 1])) end--;
  return text.slice(at, tailFrom + f.orig(end));
}

/** How many letters of the official subject's rest a text must print to end its sentence within it. */
const PARTIAL_LETTERS = 40;

/** Where, counted in letters after the first `skip`, each word of `official` begins. */
function wordStarts(official: string, skip: number): Set<number> {
  const out = new Set<number>();
  let n = 0;
  for (const w of fold(official).text.split(/[^a-z0-9]+/)) {
    if (!w) continue;
    if (n >= skip) out.add(n - skip);
    n += w.length;
  }
  return out;
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
    // Nor the date of a document the subject cites ("… Nghị quyết số 26-NQ/TW, ngày 30/7/2013 của Bộ
    // Chính trị về …"): that citation's facts, the official subject going on after them.
    if (/^\s*(?:ngày|dated)\s+\d/iu.test(printed.slice(at + 1)) && /\d+\s*-\s*[A-ZĐa-zđ]+\s*\/\s*[A-ZĐ]+\s*$/u.test(printed.slice(0, at))) continue;
    const own = clause.slice(0, 3).map(letters).filter((w) => w.length > 1);
    if (own.length && own.filter((w) => rest.includes(w)).length * 2 >= own.length) continue;
    cut = at;
    break;
  }
  return cut === null ? null : printed.slice(0, cut).trimEnd();
}

/**
 * And a printed subject that is the official one word for word and then goes on without a comma ("…
 * trong tình hình mới mở rộng không gian phát triển" of 59-NQ/TW): the official one is complete, what
 * follows (two words or more) is the sentence's. Null when the printed one does not hold it whole.
 */
export function officialEnd(printed: string, official: string): string | null {
  const o = letters(official);
  if (o.length < 8) return null;
  for (let at = printed.indexOf(' '); at > 0; at = printed.indexOf(' ', at + 1)) {
    const head = letters(printed.slice(0, at));
    if (head.length > o.length || !o.startsWith(head)) return null;
    if (head === o) return /\S+\s+\S/.test(printed.slice(at).replace(/^[\s,;]+/, '')) ? printed.slice(0, at).replace(/[\s,;]+$/, '') : null;
  }
  return null;
}

/** Share of the official subject's words the text must print, in order. */
const WORDS_SHOWN = 0.85;

/**
 * The words of `s` with where each ends in `s`: folded letters and digits, and the word as printed
 * (lowercase) when it carries marks, so that "mỗi" is not "mới" while "moi" typed without marks is.
 */
function wordsOf(s: string): Array<{ w: string; marked: string | null; end: number }> {
  const f = fold(s);
  const out: Array<{ w: string; marked: string | null; end: number }> = [];
  for (const m of f.text.matchAll(/[a-z0-9]+/g)) {
    const start = f.orig(m.index), end = f.orig(m.index + m[0].length);
    const printed = s.slice(start, end).normalize('NFC').toLowerCase();
    out.push({ w: m[0], marked: /[^a-z0-9]/.test(printed) ? printed : null, end });
  }
  return out;
}

type Word = ReturnType<typeof wordsOf>[number];
const sameWord = (a: Word, b: Word) => a.w === b.w && (a.marked === null || b.marked === null || a.marked === b.marked);

/**
 * officialTail when the writer's wording differs by a word here and there ("năng lực, uy tín" for
 * the official "năng lực và uy tín", "ở các cấp" for "các cấp", "của cơ quan" for "cơ quan"): the
 * printed subject runs on to where the text prints the official subject's last word, when the text
 * from the printed subject's start to there holds at least WORDS_SHOWN of the official words in
 * order and few words of its own. Within the sentence only; null when the text does not go on so.
 */
export function officialTailByWords(text: string, printed: string, from: number, official: string): string | null {
  const at = text.indexOf(printed, from);
  if (at < 0 || at - from > NEAR) return null;
  const o = wordsOf(official);
  const m = o.length;
  if (m < 4) return null;
  let window = text.slice(at, at + printed.length + official.length * 2 + 40);
  // (Nor past a closing quote or bracket: what it closed was the subject.)
  const stop = window.slice(printed.length).search(/[.;\n”»)\]]/);
  if (stop >= 0) window = window.slice(0, printed.length + stop);
  const t = wordsOf(window);
  const np = t.filter((x) => x.end <= printed.length).length;
  // lcs[j][k]: the longest common run (in order) of the text's first j words and the official's first k.
  const lcs: Uint16Array[] = [new Uint16Array(m + 1)];
  for (let j = 1; j <= t.length; j++) {
    const row = new Uint16Array(m + 1), prev = lcs[j - 1];
    for (let k = 1; k <= m; k++) row[k] = sameWord(t[j - 1], o[k - 1]) ? prev[k - 1] + 1 : Math.max(prev[k], row[k - 1]);
    lcs.push(row);
  }
  // The printed part itself must read as the official subject's beginning — and not already hold all
  // of it: then nothing is left to run on through ("… giai đoạn 2022-2026, đến năm 2026 phải …").
  if (lcs[np][m] < np * WORDS_SHOWN || lcs[np][m] >= m) return null;
  let best = -1;
  for (let j = np + 1; j <= t.length; j++) {
    if (!sameWord(t[j - 1], o[m - 1])) continue;
    const shown = lcs[j][m], own = j - shown;
    // Running on must print more of the official subject ("… dư luận xã hội” và Hội nghị …" adds
    // only "Hội", the official's last word again, not one it still lacked).
    if (shown <= lcs[np][m] || shown < m * WORDS_SHOWN || own > Math.max(2, Math.floor(j * 0.15))) continue;
    if (best < 0 || shown > lcs[best][m]) best = j;
  }
  return best < 0 ? null : text.slice(at, at + t[best - 1].end);
}

/**
 * The printed subject stops before a purpose ("một số việc cần làm ngay" | "để tăng cường …") where
 * the official subject goes on with that same purpose ("… cần làm ngay để tăng cường vai trò nêu
 * gương …") and the text does too, in its own words ("để tăng cường trách nhiệm nêu gương"): the
 * purpose is the subject's, up to the text's phrase end (no comma, few words of its own, and ending on
 * two of the official words in a row).
 */
export function officialTailPurpose(text: string, printed: string, from: number, official: string): string | null {
  const at = text.indexOf(printed, from);
  if (at < 0 || at - from > NEAR) return null;
  const p = letters(printed.replace(/^việc\s+/iu, '')), o = letters(official);
  if (o.length <= p.length || !o.startsWith(p)) return null;
  const ow = wordsOf(official);
  const np = wordsOf(printed.replace(/^việc\s+/iu, '')).length;
  const rest = ow.slice(np);
  if (rest.length < 3 || (rest[0].w !== 'de' && rest[0].w !== 'nham')) return null;
  const tailFrom = at + printed.length;
  const phrase = /^[^.;,\n!?”»)\]]{1,160}/.exec(text.slice(tailFrom));
  if (!phrase) return null;
  const tw = wordsOf(phrase[0]);
  if (tw.length < 3 || tw.length > 16 || !sameWord(tw[0], rest[0]) || !sameWord(tw[1], rest[1])) return null;
  // Few words of its own, and it ends as the official one goes on (its last two words two of the official's
  // in a row): "… nêu gương", not "… mục tiêu của tỉnh trong năm nay".
  const own = tw.filter((w) => !rest.some((r) => sameWord(w, r))).length;
  const [a, b] = tw.slice(-2);
  if (own > 3 || !rest.some((r, k) => k > 0 && sameWord(rest[k - 1], a) && sameWord(r, b))) return null;
  return text.slice(at, tailFrom + tw[tw.length - 1].end);
}
