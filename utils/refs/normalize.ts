/**
 * Stage 1: fold the text for matching, keeping a map back to the original.
 *
 * Folding lowercases, strips every diacritic (so NFC, NFD, old and new tone placement,
 * scrambled marks and text without diacritics all look alike), maps đ to d, every kind of
 * space to " " and every kind of dash to "-". Combining marks and zero-width characters
 * are dropped; every other code unit becomes exactly one folded code unit. So a span
 * [i, j) of the folded text is [map[i], map[j]) of the original, trailing marks included.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** map[i] = index in the original of folded[i]; map[text.length] = original length. */
  map: Uint32Array;
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
  t[0xff0f] = 0x2f; // fullwidth slash
  return t;
}

export function fold(input: string): Folded {
  const t = (table ??= buildTable());
  const n = input.length;
  const out = new Uint16Array(n);
  const map = new Uint32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const f = t[input.charCodeAt(i)];
    if (f === DROP) continue;
    out[j] = f;
    map[j++] = i;
  }
  map[j] = n;
  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < j; k += CHUNK) {
    text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + CHUNK)) as unknown as number[]);
  }
  return { text, map: j === n ? map : map.slice(0, j + 1) };
}

/** Fold a short string (a phrase or a code) without keeping the map. */
export function foldPhrase(s: string): string {
  return fold(s).text;
}
