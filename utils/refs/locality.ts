/**
 * Stage 3c: the party organisation a local document belongs to. "Nghị quyết Đại hội đại biểu Đảng bộ
 * tỉnh lần thứ XX" of Nghệ An and of Thanh Hóa are two documents; so are two provinces' "10-NQ/TU".
 * The organisation comes from the text — named with the mention ("… Đảng bộ tỉnh Bắc Giang lần thứ
 * XIX", "… của Tỉnh ủy Yên Bái"), else the nearest one of the same level named before it, else the
 * only one the text names — and only then from the site the page is on (a provincial paper's own
 * province, `ExtractOptions.locality`).
 */
import { parseKey } from './keys';
import type { Folded } from './normalize';

/** Level of a local party organisation. */
export type OrgLevel = 'tinh' | 'thanh pho' | 'huyen' | 'quan' | 'thi xa' | 'xa' | 'phuong';

export interface Organisation {
  /** Folded offsets of the whole phrase. */
  start: number;
  end: number;
  level: OrgLevel;
  /** As a reader names it: "Đảng bộ tỉnh Bắc Giang"; undefined when the text gives no place name. */
  name?: string;
}

const WORD_OF: Record<string, OrgLevel> = {
  'tinh uy': 'tinh', 'thanh uy': 'thanh pho', 'huyen uy': 'huyen', 'quan uy': 'quan', 'thi uy': 'thi xa',
  tinh: 'tinh', 'thanh pho': 'thanh pho', huyen: 'huyen', quan: 'quan', 'thi xa': 'thi xa', xa: 'xa', phuong: 'phuong',
};
const LEVEL_WORD: Record<OrgLevel, string> = { tinh: 'tỉnh', 'thanh pho': 'thành phố', huyen: 'huyện', quan: 'quận', 'thi xa': 'thị xã', xa: 'xã', phuong: 'phường' };

// "Tỉnh ủy Yên Bái", "Đảng bộ tỉnh Bắc Giang", "Đảng bộ thành phố Hà Nội", "Quận ủy Quận 3".
const ORG = /(?<![a-z])(?:(tinh uy|thanh uy|huyen uy|thi uy|quan uy)(?! +trung uong)|dang bo +(tinh|thanh pho|huyen|quan|thi xa|xa|phuong))(?![a-z])/g;
/** Capitalised words that begin a clause or a title after an organisation, never a place name. */
const NOT_PLACE = new Set(('lan khoa nhiem to ban ve va cung co duoc trong tai theo cac nhung thuong uy ke nghi chi quy ket huong '
  + 'chuong thong quyet tiep tang thuc trien hoi dai doan ngay so de voi').split(' '));

/** Words that are part of an organisation's place name are capitalised (or a number: "Quận 3"). */
const NAME_WORD = /^ +([a-z0-9]+)/;

/** Every local party organisation the text names, in text order. */
export function findOrganisations(f: Folded, orig: string): Organisation[] {
  const out: Organisation[] = [];
  const t = f.text;
  ORG.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ORG.exec(t)); ) {
    const level = WORD_OF[m[1] ?? m[2]];
    let end = m.index + m[0].length;
    const words: string[] = [];
    for (let w = 0; w < 4; w++) {
      const n = NAME_WORD.exec(t.slice(end, end + 24));
      if (!n) break;
      const at = end + n[0].length - n[1].length;
      const c = orig[f.orig(at)];
      if (!c || !(/\d/.test(c) || (c !== c.toLowerCase() && c === c.toUpperCase()))) break;
      // "lần thứ", "khóa", a Roman numeral, a word that starts a clause ("… Tỉnh ủy Tổ chức hội nghị"): not a place.
      if (/^(?:[ivxl]+)$/.test(n[1]) && !/\d/.test(c)) break;
      if (NOT_PLACE.has(n[1])) break;
      const w = orig.slice(f.orig(at), f.orig(at + n[1].length));
      // Printed in capitals in a heading: "BẮC GIANG" is "Bắc Giang".
      words.push(w.length > 1 && w === w.toUpperCase() && !/\d/.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w);
      end = at + n[1].length;
    }
    const place = words.join(' ');
    // "Quận ủy Quận 3" is "Đảng bộ Quận 3", not "Đảng bộ quận Quận 3".
    const named = /^(?:Quận|Huyện|Tỉnh|Thị xã|Thành phố|Xã|Phường)\s/i.test(place) ? `Đảng bộ ${place}` : `Đảng bộ ${LEVEL_WORD[level]} ${place}`;
    out.push({ start: m.index, end, level, name: place && !/^(?:Quận|Huyện|Tỉnh)$/i.test(place) ? named : undefined });
    ORG.lastIndex = end;
  }
  return out;
}

/** Levels a document's issuer code belongs to. */
/**
 * A province-level local document ("10-NQ/TU", "NQ-ĐHĐB-XX"): the one kind whose organisation the
 * site of a provincial paper may stand for when the text does not name it.
 */
export function isProvincialKey(key: string): boolean {
  const k = parseKey(key);
  return k?.kind === 'local-congress' || (k?.kind === 'party' && (k.issuer === 'TU' || k.issuer === 'ThU'));
}

export function levelsOfIssuer(issuer: string | undefined): OrgLevel[] | null {
  switch (issuer) {
    case 'TU': return ['tinh', 'thanh pho'];
    case 'ThU': return ['thanh pho'];
    case 'HU': return ['huyen', 'thi xa'];
    case 'QU': return ['quan'];
    default: return null;
  }
}

/**
 * The organisation of a local document mentioned at folded [start, end): one named inside or right
 * after the mention, else the nearest named one of its levels before it, else the only one the
 * text names at those levels. `levels` null: any level.
 */
export function organisationAt(orgs: readonly Organisation[], start: number, end: number, levels: OrgLevel[] | null,
  sameSentence: (from: number, to: number) => boolean = () => true): Organisation | undefined {
  const fits = (o: Organisation) => !levels || levels.includes(o.level);
  // Inside the span or within a short phrase after it, in the same sentence ("… lần thứ XVII Đảng bộ
  // thành phố Hà Nội", "Chỉ thị số 17-CT/TU của Tỉnh ủy Yên Bái").
  const near = orgs.find((o) => o.start >= start && o.start <= end + 60 && fits(o) && sameSentence(end, o.start));
  if (near?.name) return near;
  const level = near ? [near.level] : levels;
  const ok = (o: Organisation) => !!o.name && (!level || level.includes(o.level));
  let before: Organisation | undefined;
  for (const o of orgs) { if (o.start >= start) break; if (ok(o)) before = o; }
  if (before) return before;
  const named = new Set(orgs.filter(ok).map((o) => o.name));
  if (named.size === 1) return orgs.find(ok);
  return undefined;
}

export interface Locality {
  name: string;
  /** "text": named in the text; "site": the page's site is that organisation's paper. */
  from: 'text' | 'site';
}

/** Answers, per mention, which organisation a local document belongs to; reads the text's
 *  organisations once, and only when a local document is cited. */
export class Localities {
  private orgs: Organisation[] | null = null;

  constructor(private readonly f: Folded, private readonly orig: string, private readonly site?: string) {}

  of(key: string, start: number, end: number): Locality | undefined {
    const k = parseKey(key);
    const congress = k?.kind === 'local-congress';
    const issuer = k?.kind === 'party' ? k.issuer : undefined;
    const levels = congress ? null : levelsOfIssuer(issuer);
    if (!congress && !levels) return undefined;
    this.orgs ??= findOrganisations(this.f, this.orig);
    const o = organisationAt(this.orgs, start, end, levels, (a, b) => !/[.;!?\n]/.test(this.orig.slice(this.f.orig(a), this.f.orig(b))));
    if (o?.name) return { name: o.name, from: 'text' };
    // The site's own province, only for a province-level document.
    const near = this.orgs.find((x) => x.start >= start && x.start <= end + 60);
    const provincial = near ? near.level === 'tinh' || near.level === 'thanh pho' : issuer === 'TU' || congress;
    return this.site && provincial ? { name: this.site, from: 'site' } : undefined;
  }
}
