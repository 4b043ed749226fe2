/**
 * Stage 1: fold the text for matching, keeping a map back to the original.
 *
 * Folding lowercases, strips every diacritic (so NFC, NFD, old and new tone placement,
 * scrambled marks and text without diacritics all look alike), maps đ to d, every kind of
 * space to " " and every kind of dash to "-". Combining marks and zero-width characters
 * are dropped; every other code unit becomes exactly one folded code unit. So a span
 * [i, j) of the folded text is [orig(i), orig(j)) of the original, trailing marks included.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** Index in the original of folded index `i` (i may be text.length: the original's length). */
  orig(i: number): number;
  /** The first folded index whose original index is at or after `o`. */
  toFolded(o: number): number;
}

const DROP = 0xffff;
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  const latin = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
      if (base < 0x80) t[c] = base >= 0x41 && base <= 0x5a ? base + 32 : base;
      else t[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    }
  };
  latin(0xc0, 0x24f);
  latin(0x1e00, 0x1eff);
  t[0xd7] = 0xd7; // ×
  t[0xf7] = 0xf7; // ÷
  t[0x110] = t[0x111] = 0x64; // Đ đ
  t[0xd0] = 0x64; // Ð (Icelandic eth), used by some sites for Đ
  t[0xf0] = 0x64;
  t[0x189] = 0x64; // Ɖ
  for (let c = 0x300; c <= 0x36f; c++) t[c] = DROP; // combining diacritics
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad, 0x34f]) t[c] = DROP;
  for (const c of [0x9, 0xa, 0xb, 0xc, 0xd, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) t[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 0x20;
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) t[c] = 0x2d;
  for (const c of [0x2018, 0x2019, 0x2032, 0xff07]) t[c] = 0x27; // ’ → '
  t[0xff0f] = t[0x2215] = t[0x2044] = 0x2f; // fullwidth, division and fraction slashes
  // Fullwidth digits and letters (CJK input methods), and the Cyrillic letters that look Latin
  // (copy-paste homoglyphs: "NQ/ТW" with a Cyrillic Т): one unit each, so offsets hold.
  for (let c = 0; c < 10; c++) t[0xff10 + c] = 0x30 + c;
  for (let c = 0; c < 26; c++) t[0xff21 + c] = t[0xff41 + c] = 0x61 + c;
  const cyr = 'АaВbЕeКkМmНhОoРpСcТtХxаaеeоoрpсcхxуy';
  for (let k = 0; k < cyr.length; k += 2) t[cyr.charCodeAt(k)] = cyr.charCodeAt(k + 1);
  return t;
}

const decoder16 = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le') : null;
const decoder8 = typeof TextDecoder !== 'undefined' ? new TextDecoder() : null;

/** What the ASCII fold writes for a code unit that folds to nothing ASCII (CJK, symbols, emoji). */
const OTHER = 0x1a;
const DROP8 = 0xff;
let asciiTable: Uint8Array | null = null;

function buildAsciiTable(t: Uint16Array): Uint8Array {
  const a = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) a[c] = t[c] === DROP ? DROP8 : t[c] < 0x80 ? t[c] : OTHER;
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0xff02]) a[c] = 0x22; // “ ” „ « » → "
  return a;
}

/**
 * Buffers kept between calls: folding runs on every page and every edit, and a fresh buffer of
 * the text's size each time is garbage the collector then walks. Texts above 1M code units get
 * their own, so one huge page does not pin its buffer for the worker's lifetime.
 */
const KEEP = 1 << 20;
let buf8: Uint8Array | null = null;
let buf16: Uint16Array | null = null;

function decode16(out: Uint16Array, n: number): string {
  // TextDecoder copies in native code; lone surrogates become U+FFFD, one unit each, so offsets hold.
  if (decoder16) return decoder16.decode(out.subarray(0, n));
  return fromCodes(out, n);
}

function decode8(out: Uint8Array, n: number): string {
  // Pure ASCII, so UTF-8 decoding is the identity, and V8 makes it a one-byte string.
  if (decoder8) return decoder8.decode(out.subarray(0, n));
  return fromCodes(out, n);
}

function fromCodes(out: Uint8Array | Uint16Array, n: number): string {
  let s = '';
  for (let k = 0; k < n; k += 8192) s += String.fromCharCode.apply(null, Array.from(out.subarray(k, Math.min(n, k + 8192))));
  return s;
}

export interface FoldOptions {
  /**
   * Fold to ASCII: whatever has no ASCII form (CJK, symbols, emoji, letters of other scripts)
   * becomes U+001A, and typographic double quotes become '"'. For the reference engine, whose
   * patterns are all ASCII: a one-byte string is half the memory and decodes twice as fast.
   * Search needs the letters of every script, so it folds without this.
   */
  ascii?: boolean;
}

export function fold(input: string, options: FoldOptions = {}): Folded {
  const t = (table ??= buildTable());
  const n = input.length;
  // Dropped characters are rare (NFD text, zero-width joiners): remember only where they were,
  // as the folded index they precede, instead of a full offset map.
  let drops: number[] | null = null;
  let j = 0;
  let text: string;
  if (options.ascii) {
    const a = (asciiTable ??= buildAsciiTable(t));
    const out = n <= KEEP ? (buf8 && buf8.length >= n ? buf8 : (buf8 = new Uint8Array(Math.max(n, 4096)))) : new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const f = a[input.charCodeAt(i)];
      if (f === DROP8) (drops ??= []).push(j);
      else out[j++] = f;
    }
    text = decode8(out, j);
  } else {
    const out = n <= KEEP ? (buf16 && buf16.length >= n ? buf16 : (buf16 = new Uint16Array(Math.max(n, 4096)))) : new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const f = t[input.charCodeAt(i)];
      if (f === DROP) (drops ??= []).push(j);
      else out[j++] = f;
    }
    text = decode16(out, j);
  }
  return withMap(text, n, j, drops);
}

function withMap(text: string, n: number, j: number, drops: number[] | null): Folded {
  if (!drops) return { text, orig: (i) => i, toFolded: (o) => Math.min(o, j) };
  const d = Int32Array.from(drops);
  const dropsUpTo = (i: number) => {
    let lo = 0, hi = d.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (d[mid] <= i) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const orig = (i: number) => (i >= j ? n : i + dropsUpTo(i));
  const toFolded = (o: number) => {
    let lo = 0, hi = j;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (orig(mid) < o) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return { text, orig, toFolded };
}

/** Fold a short string (a phrase or a code) without keeping the map. */
export function foldPhrase(s: string): string {
  return fold(s).text;
}

/**
 * The plain fold: lowercase, the marks U+0300–U+036F of the NFD form removed, đ → d; nothing else.
 * For strings compared only with each other (a filter and a title, a symbol part and a code),
 * where the same words must fold alike, not to where they were. It is not `fold`, and the two must
 * not be mixed: `fold` also unifies spaces and dashes, maps Ð, look-alike Cyrillic and fullwidth
 * letters, drops zero-width characters and keeps one unit per unit, but leaves letters outside
 * Latin uncased; this one lowercases every script and its length is that of the NFD form.
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Old-style tone placement → the modern one, letter for letter (the length kept, so offsets hold):
 *  "Uỷ ban" → "Ủy ban", "hoà" → "hòa", "khoẻ" → "khỏe", where the pair ends its syllable ("hoàn"
 *  keeps its mark; "quý" is "qu" + "ý"). For the patterns read in the original text, written in
 *  the modern style. */
const OLD_TONE = /(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
/** The five tone marks (combining grave, acute, hook, tilde, dot below). */
const TONES = new Set(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']);
export function modernTones(s: string): string {
  if (!/[àáảãạèéẻẽẹỳýỷỹỵ]/iu.test(s)) return s;
  return s.replace(OLD_TONE, (m, v: string, t: string) => {
    const d = t.normalize('NFD');
    const mark = d[1];
    if (!TONES.has(mark) || (v.toLowerCase() === 'u' && !/[yY]/.test(d[0])) || (v.toLowerCase() === 'o' && !/[aAeE]/.test(d[0]))) return m;
    return (v + mark).normalize('NFC') + d[0];
  });
}

/** A line that ends where prose cannot: on a word that needs the next ("của", "và", "ngày", "Ban
 *  Chấp hành" …). The next line goes on with it whatever its case ("của Ban chấp hành↵Trung ương"). */
const NEEDS_NEXT = 'của|và|về|ngày|số|tại|theo|với|cho|các|những|được|do|từ|đến|trong|tháng|năm|of|the|and|on|by|dated';
// (And a word that numbers the next: "… Chương VII và Chương↵VIII Điều lệ Đảng", "… khóa↵XIII".)
const OPEN_LINE_END = new RegExp(`(?:^|[\\s(])(?:${NEEDS_NEXT}|chấp hành|Chấp hành|Ban|Bộ|Ủy ban|Uỷ ban|[Cc]hương|[Kk]hóa|[Kk]hoá|lần thứ)$`, 'u');
/** …and before a number, only those, or what numbers a period ("giai đoạn↵2012-2016", "năm học↵2013"):
 *  a table's lines of numbers and words ("… khóa XV↵42/2021/QH15↵Nghị quyết") stay apart. */
const OPEN_BEFORE_NUMBER = new RegExp(`(?:^|[\\s(])(?:${NEEDS_NEXT}|giai đoạn|năm học|lần thứ|thứ|in|from|to)$`, 'u');
/** An item of a numbered or lettered list starts its own line ("1. …", "a) …"). */
const LIST_ITEM = /^(?:(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\))\s/u;

/**
 * Line breaks inside a sentence — text wrapped by a PDF or a legal database's fixed lines ("… ngày↵12
 * tháng 6 năm 2013 …") — as spaces, so that the engine reads the sentence whole. Letter for letter
 * (the length kept, offsets hold). A break stays where the line ends a sentence or a heading (in
 * capitals, as a document's "KẾ HOẠCH"), before a blank line or a list's item, and before a capital
 * or a number unless the line ends on a word that needs the next.
 */
export function joinSoftBreaks(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  const joins: number[] = [];
  for (let lineStart = 0, i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
    // The line without its trailing spaces (a loop: a regex would be quadratic on a long run of them).
    let e = i;
    while (e > lineStart && (text.charCodeAt(e - 1) <= 0x20 || text.charCodeAt(e - 1) === 0xa0)) e--;
    if (e === lineStart) continue;
    const line = text.slice(Math.max(lineStart, e - 120), e);
    if (/[.!?:;…"”»]$/.test(line) || !/\p{Ll}/u.test(line)) continue;
    const rest = text.slice(i + 1, i + 40).replace(/^[ \t]+/, '');
    if (!rest || LIST_ITEM.test(rest)) continue;
    const c = rest[0];
    // (A bracket opens the next block as often — a caption, a source, "(1)" — unless the line needs more.)
    if (/\p{Ll}/u.test(c) || ((/\p{Lu}/u.test(c) || c === '(') && OPEN_LINE_END.test(line)) || (/\d/.test(c) && OPEN_BEFORE_NUMBER.test(line))) joins.push(i);
  }
  if (!joins.length) return text;
  let out = '', from = 0;
  for (const j of joins) { out += text.slice(from, j) + ' '; from = j + 1; }
  return out + text.slice(from);
}
