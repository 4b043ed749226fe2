/**
 * Stage 3a: what the words around a reference say about it: date, issuing body, term and the
 * "về …" title after it; the body named just before it ("Politburo's Resolution 68",
 * "Tỉnh ủy … đã ban hành Chỉ thị số 17"). Works on folded text; titles are cut from the original.
 */
import type { Folded } from './normalize';
import { NON_PARTY_BODIES, PARTY_BODIES, STATE_BODIES, intToRoman } from './vocabulary';

export interface BodyFact {
  issuer: string;
  body: string;
  party: boolean;
  term?: string;
  /** Youth Union, trade union, company …: what it issues is neither a party nor a state document. */
  excluded?: boolean;
}

export interface AfterFacts {
  date?: string;
  body?: BodyFact;
  term?: string;
  title?: string;
  /** A plenum named in the issuing-body phrase: "… của Hội nghị Trung ương 8 khóa XII". */
  plenum?: { n: number; term?: string };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DATE_NUM = /^[ ,(]*(?:(?:ban hanh|ky|dated|issued) +)?(?:ngay|on)? *(\d{1,2}) *[/.-] *(\d{1,2}) *[/.-] *((?:19|20)\d\d)(?!\d)/;
const DATE_WORDS = /^[ ,(]*(?:ban hanh +)?ngay +(\d{1,2}) +thang +(\d{1,2}) +nam +((?:19|20)\d\d)/;
const DATE_EN = new RegExp(`^[ ,(]*(?:dated|issued on|adopted on|of|on)? *(${MONTHS.join('|')}) +(\\d{1,2}),? +((?:19|20)\\d\\d)`);
const CONNECTOR = /^[ ,(]*(?:(?:cua|do|duoc|of|by|issued by|adopted by|cua ban thuong vu|ban hanh boi) +)?(?:the +)?/;
const TERM_AFTER = /^ *,? *\(? *(?:(?:dang|nhiem ky) +)?,? *khoa +([ivxl]+|\d{1,2})(?![a-z0-9])/;
const EN_TERM = /^(?:the +)?(\d{1,2})(?:st|nd|rd|th)[ -]+(?:tenure +|term +)?(?=(?:party +)?(?:central|politburo|secretariat))/;
const PLENUM_PHRASE = /^(?:cua +)?(?:tai +)?hoi nghi +(?:lan thu +(\d{1,2}|[a-z]+)|(?:ban chap hanh +)?trung uong +(\d{1,2}))(?: +ban chap hanh +trung uong)?(?: +dang)?(?: *,? *\(?khoa +([ivxl]+|\d{1,2}))?/;
const TITLE = /^[ ,:(]*(?:["“”'‘] *)?(?:ve|về)\s/;

const PLENUM_WORDS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };

function iso(d: string, m: string, y: string): string | undefined {
  const dd = Number(d), mm = Number(m);
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return undefined;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function bodyAt(s: string): (BodyFact & { length: number }) | null {
  // First: "Ban Bí thư Trung ương Đoàn" starts like the party's Ban Bí thư.
  const np = NON_PARTY_BODIES.exec(s);
  if (np) return { issuer: '', body: '', party: false, excluded: true, length: np[0].length };
  for (const [re, issuer, body] of PARTY_BODIES) {
    const m = re.exec(s);
    if (m) {
      const en = /(\d{1,2})(?:st|nd|rd|th)/.exec(m[0]);
      return { issuer, body, party: true, length: m[0].length, term: en ? intToRoman(Number(en[1])) : undefined };
    }
  }
  for (const [re, issuer, body] of STATE_BODIES) {
    const m = re.exec(s);
    if (m) return { issuer, body, party: false, length: m[0].length };
  }
  return null;
}

export function termWord(s: string): string | undefined {
  if (/^\d+$/.test(s)) return intToRoman(Number(s));
  return s.toUpperCase();
}

export class Context {
  constructor(private readonly f: Folded, private readonly orig: string) {}

  /** End (folded index) of the sentence that contains `pos`, at most `max` further. */
  sentenceEnd(pos: number, max: number, boundary = /[.;!?](?=\s|$)|\n/): number {
    const from = this.f.orig(pos), to = this.f.orig(Math.min(this.f.text.length, pos + max));
    const rest = this.orig.slice(from, to);
    const m = boundary.exec(rest);
    return m ? this.toFolded(from + m.index) : Math.min(this.f.text.length, pos + max);
  }

  sentenceStart(pos: number, max: number, re = /[.;!?](?=\s)|\n/g): number {
    const from = this.f.orig(Math.max(0, pos - max)), to = this.f.orig(pos);
    const before = this.orig.slice(from, to);
    let cut = -1;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(before))) cut = m.index + 1;
    return cut < 0 ? Math.max(0, pos - max) : this.toFolded(from + cut);
  }

  /** Folded index of an original index (first folded char at or after it). */
  toFolded(origIndex: number): number {
    return this.f.toFolded(origIndex);
  }

  after(end: number, limit: number): AfterFacts {
    const sentenceStop = this.sentenceEnd(end, 300);
    const stop = Math.min(limit, sentenceStop);
    let s = this.f.text.slice(end, stop);
    let pos = end;
    const facts: AfterFacts = {};
    const eat = (n: number) => { s = s.slice(n); pos += n; };
    const term = () => {
      const t = TERM_AFTER.exec(s);
      if (t) { facts.term ??= termWord(t[1]); eat(t[0].length); }
    };
    term();
    const readDate = () => {
      let d = DATE_NUM.exec(s) ?? DATE_WORDS.exec(s);
      if (d) { facts.date ??= iso(d[1], d[2], d[3]); eat(d[0].length); return; }
      d = DATE_EN.exec(s);
      if (d) { facts.date ??= iso(d[2], String(MONTHS.indexOf(d[1]) + 1), d[3]); eat(d[0].length); }
    };
    readDate();
    const c = CONNECTOR.exec(s);
    const rest = c ? s.slice(c[0].length) : s;
    const pl = PLENUM_PHRASE.exec(rest);
    if (pl) {
      const n = pl[1] ? (/^\d+$/.test(pl[1]) ? Number(pl[1]) : PLENUM_WORDS[pl[1]]) : Number(pl[2]);
      if (n) facts.plenum = { n, term: pl[3] ? termWord(pl[3]) : undefined };
      facts.body = { issuer: 'TW', body: 'Ban Chấp hành Trung ương', party: true };
      if (pl[3]) facts.term ??= termWord(pl[3]);
      eat((c?.[0].length ?? 0) + pl[0].length);
    } else if (c && /[a-z]/.test(c[0])) {
      // Only a body introduced by "của / do / of / by" is the issuer.
      const en = EN_TERM.exec(rest);
      const skip = en ? en[0].length : 0;
      const b = bodyAt(rest.slice(skip));
      if (b) {
        facts.body = b;
        if (en) facts.term ??= intToRoman(Number(en[1]));
        else if (b.term) facts.term ??= b.term;
        eat(c[0].length + skip + b.length);
      }
    }
    term();
    if (!facts.date) readDate();
    const t = TITLE.exec(s);
    if (t && t.index === 0) {
      const a = this.f.orig(pos + t[0].length - 3);
      const b = this.f.orig(stop);
      let title = this.orig.slice(a, b).replace(/\s+/g, ' ').trim();
      // Cut short by the next reference: its clause ("…, gắn với Nghị quyết …") is not part of the title.
      if (stop < sentenceStop) title = title.replace(/[,;–-][^,;–-]*$/, '');
      title = title.replace(/["“”‘’'()]+/g, '').replace(/[,:]$/, '').trim();
      if (title.length > 4) facts.title = title.length > 220 ? title.slice(0, 217) + '…' : title;
    }
    return facts;
  }

  /** The body named right before a reference, as its issuer. */
  before(start: number): BodyFact | null {
    const from = this.sentenceStart(start, 140);
    const s = this.f.text.slice(from, start);
    // Possessive or attributive: "Politburo's Resolution 68", "Politburo Resolution 08".
    const poss = /(?:^|[^a-z])((?:the +)?(?:\d{1,2}(?:st|nd|rd|th)[- ](?:tenure +|term +)?)?(?:politburo|secretariat|(?:party +)?central +committee|government|prime +minister|national +assembly))(?:'s?)? *$/.exec(s);
    if (poss) {
      const b = bodyAt(poss[1]);
      if (b) return b;
    }
    // "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17"
    const issued = /(?:^|[^a-z])((?:ban thuong vu +)?(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|tinh uy|thanh uy|huyen uy|quan uy|dang uy|thu tuong|chinh phu))(?: +[a-z]+){0,4}? +(?:da +|vua +|moi +)?(?:ky +)?(?:ban hanh|issued|thong qua)(?: +(?:cac|the))? *$/.exec(s);
    if (issued) return bodyAt(issued[1]);
    return null;
  }
}
