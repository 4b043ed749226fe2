/**
 * Stage 2: find candidate references in folded text. Each candidate is a span with one item per
 * document it names (a list names several). Nothing is resolved here: short forms keep no issuer,
 * plenum names no number; resolve/ settles them with the whole text in view.
 */
import { provinceOrganisation } from './provinces';
import type { Folded } from './normalize';
import type { Mention } from './types';
import { tidySubject } from './subject';
import {
  PARTIAL_SYMBOL, PARTY_SYMBOL, STATE_SYMBOL, SYMBOL_SCAN,
  canonicalIssuer, codeOf, isExcludedIssuer, isStateIssuer, partyKey, stateKey, symbolMayStart, trimGluedIssuer,
} from './symbols';
import { COUNT_WORD, EN_TERM_AFTER, LATEST_CONGRESS, PLENUM_NUMBER_WORD, NON_PARTY_BODIES, ORDINALS, PARTY_ISSUERS, TYPE_WORDS, intToRoman, romanToInt } from './vocabulary';

/** The party committees' codes (folded): "-TW", "-TU", "-HU", "-QU", "-ThU", "-ĐU", "-ĐUK" end no state symbol. */
const COMMITTEE_CODES = new Set(['tw', 'tu', 'hu', 'qu', 'thu', 'du', 'duk']);

export interface RawItem {
  number?: string;
  /** Type code from the symbol, else from the type word. */
  code: string;
  /** Set when a printed symbol settles the document. */
  key?: string;
  issuer?: string;
  party?: boolean;
  issuerAmbiguous?: boolean;
  excluded?: boolean;
  year?: string;
  plenum?: number;
  term?: string;
  congress?: 'national' | 'local';
  /** The subject a bracket right after this item prints: "Nghị quyết 66 (về pháp luật), 57 (về …)". */
  subject?: string;
  /** The last number of a range ("70–72", "từ 18 đến 21"): a subject printed after it is the range's. */
  rangeEnd?: boolean;
}

export interface Candidate {
  form: Mention['form'];
  /** Folded offsets. */
  start: number;
  end: number;
  /** Key of TYPE_WORDS, when a type word starts the span. */
  typeWord?: string;
  /** The type word was printed in lowercase. */
  lower: boolean;
  /** "số" / "No." was printed before the number: a document number, not a count. */
  numbered?: boolean;
  items: RawItem[];
}

const sticky = (src: string) => new RegExp(src, 'y');
/** Every type word, followed by a non-letter (JS \b is ASCII-only, but folded text is ASCII). */
/** Type words that are abbreviations: a short form only in capitals ("NQ 18", "TB 75"), bar a chat's "nq 18". */
const CAPITALS_ONLY = new Set(['nq', 'nqtw', 'kl', 'qd', 'ct', 'tb', 'hd']);
const TYPE_WORD_SCAN = (() => {
  // A trie of the words, letter by letter: at each position V8 then tests one letter per branch
  // instead of every word that starts with it (faster than the words grouped by first letter).
  // A longer word that extends a shorter one is an optional tail, greedy, so the longest wins.
  type Node = { next: Map<string, Node>; word: boolean };
  const root: Node = { next: new Map(), word: false };
  for (const w of Object.keys(TYPE_WORDS)) {
    let n = root;
    for (const ch of w) {
      if (!n.next.has(ch)) n.next.set(ch, { next: new Map(), word: false });
      n = n.next.get(ch)!;
    }
    n.word = true;
  }
  // The space inside a phrase may be lost in extraction ("Nghịquyết"): optional.
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([ch, child]) => (ch === ' ' ? ' *' : ch) + emit(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.word ? `(?:${body})?` : body;
  };
  // A letter before is allowed here and judged in scanTypeWords: "thực hiệnNghị quyết" lost its space.
  // So is a digit, judged there too: a lookbehind before the words would cost V8 its quick scan
  // for the first letters, half the time of this pass.
  // After it, a space lost before a plenum's words too: "Nghị quyếtTrung ương 4 khóa XI".
  return new RegExp(`${emit(root)}s?(?:(?![a-z])|(?=trung uong |hoi nghi ))`, 'g');
})();
/** English forms that do not start with the type word; rare, so scanned only when a cue word is there. */
/** English ordinals in words, to the most plenums a term has held (MAX_PLENUM). */
export const ORD_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth';
/** ", 12th tenure", "(13th term)", "of the 12th tenure", "(term XII)". */
const EN_TERM_TAIL = `(?: *,? *\\(? *(?:of +)?(?:the +)?(?:(\\d{1,2}) ?(?:st|nd|rd|th)[ -]+(?:term|tenure)|(?:term|session) +([ivxl]+)(?![a-z]))(?: *\\))?)?`;
const EN_SPECIAL_SCAN = new RegExp(
  // ("the 13th Congress resolution" too, right after "the" and not "… of the Women's Union": another
  // organisation's congress has its name before or after the number; "the 12th Party Resolution" is
  // the 12th Party Congress's)
  `(?<![a-z0-9])(?:(?<=(?:^|[^a-z])the +)|(?=\\d{1,2} ?(?:st|nd|rd|th) *(?:national|party) ))(\\d{1,2}) ?(?:st|nd|rd|th) *(?:(?:national +(?:party +)?|party +)?congress'?s?|party) +resolution(?![a-z]| +of +the +(?!party|communist party)[a-z])` +
  `|(?<![a-z0-9])central +resolution +(?:no\\.? *)?(\\d{1,2})(?![\\d-])${EN_TERM_TAIL}` +
  `|(?<![a-z0-9])(?:(\\d{1,2}) ?(?:st|nd|rd|th) +(?:party +)?central +(?:executive +)?committee'?s? +)?(\\d{1,2} ?(?:st|nd|rd|th)|${ORD_WORDS})` +
  `[ -]+(?:plenum|plenary +(?:session|meeting))'?s? +resolution(?: +of +the +(\\d{1,2}) ?(?:st|nd|rd|th) +(?:party +)?central +(?:executive +)?committee)?(?![a-z])` +
  // "the 11th Plenum of the 13th Party Central Committee's Resolution"
  `|(?<![a-z0-9])(\\d{1,2} ?(?:st|nd|rd|th)|${ORD_WORDS})[ -]+(?:plenum|plenary +session) +of +the +(\\d{1,2}) ?(?:st|nd|rd|th) +(?:party +)?central +(?:executive +)?committee'?s? +resolution(?![a-z])` +
  // "the 8th Central Resolution (9th tenure)": the plenum's number before "Central".
  `|(?<=(?:^|[^a-z])the +)(\\d{1,2}) ?(?:st|nd|rd|th) +central +resolution(?![a-z])${EN_TERM_TAIL}`,
  'g',
);

const TERM_AFTER_EN = new RegExp(`^${EN_TERM_AFTER}`);
/** A local party committee (not the Central Committee) named in the words before a plenum's resolution. */
const LOCAL_COMMITTEE_BEFORE = /(?<!central +)(?:party +committee|people'?s +(?:council|committee))(?:'s)?(?:(?!central)[^.;])*$/;
/** A mass organisation (union, front, association) named in the words before a plenum's resolution. */
const MASS_ORGANISATION_BEFORE = /(?<![a-z])(?:union|fatherland +front|front|association|federation|confederation)(?:'s)?(?![a-z])(?:(?!party +central)[^.;])*$/;
/** Every EN_SPECIAL_SCAN match has one of these before its "resolution" (200 characters: spaces run long). */
const EN_SPECIAL_CUE = /congress|plen|(?:central|party) +resolution/;

/** Type words by their letters alone, for a match whose spaces were lost or doubled. */
const TYPE_WORD_BY_LETTERS = new Map(Object.keys(TYPE_WORDS).map((w) => [w.replace(/ /g, ''), w]));

/** Matched spelling → type word: a text spells its type words a handful of ways, thousands of times. */
const TYPE_WORD_OF = new Map<string, string>();

function typeWordOf(matched: string): string {
  let tw = TYPE_WORD_OF.get(matched);
  if (tw === undefined) {
    const w = matched.replace(/ +/g, '');
    tw = TYPE_WORD_BY_LETTERS.get(w) ?? TYPE_WORD_BY_LETTERS.get(w.slice(0, -1))!;
    if (TYPE_WORD_OF.size < 4096) TYPE_WORD_OF.set(matched, tw);
  }
  return tw;
}

// "Nghị quyết chuyên đề số 05", "Chương trình công tác số 01", "Quy chế làm việc số 01-QC/TU", "Chương trình kiểm tra, giám sát số
// 02-CTr/ĐU": what kind of document it is may stand between the word and "số".
// ("… có 4 nghị quyết: số 18, 19, 20, 21": a colon, then "số".)
/** "của Bộ Chính trị", "do Ban Tổ chức Trung ương …", "of the Politburo" right after a short form. */
const ISSUER_RIGHT_AFTER = /^ *,? *(?:cua|do|of(?: +the)?) +(?:ban|bo|tinh|thanh|huyen|dang|van phong|uy ban|trung uong|tw|quan uy|politburo|secretariat|central)(?![a-z])/;
/** A count right before a type word ("4 nghị quyết", "bốn nghị quyết"). */
const COUNT_WORD_BEFORE = new RegExp(`(?:^|[^a-z0-9])${COUNT_WORD} +$`);
// (After the type word, its abbreviation in brackets: "Nghị quyết (NQ) 28".)
const INTRO = sticky(` *(?:\\( *(?:nq|kl|ct|qd|hd|tb) *\\) *)?(?: *: *(?=so +\\d))?(?:(tu) +)?(?:(?:chuyen de|lam viec|cong tac(?: +toan khoa)?|phoi hop|lien tich|kiem tra(?:,? +giam sat)?|giam sat) +(?=so))?(?:(?:so hieu|so|nos|no|number|num)\\.? *:? *)?(?=\\d)`);
// BRACKET_LIST and PAREN open with a bracket after spaces, RANGE_TO with a space: each is tried
// only where that stands (bracketAfterSpaces), since nearly every reference asks after all three.
/** "(từ số 18) đến số 21": the end of a range, whose numbers are all cited. */
const BRACKET_LIST = sticky(` *\\( *(?=\\d{1,4} *(?:,|;|va |and ))`);
const RANGE_TO = sticky(` +(?:den|toi) +(?:so +)?(?=\\d)`);
/** "Nghị quyết 70–72": a range by a dash between two bare numbers (not a symbol, a date or a phone's). */
const RANGE_DASH = sticky(`-(?=\\d{1,4}(?![\\d/-]|[.,]\\d))`);
/** A longer "range" is no enumeration of documents ("từ 1 đến 500"). */
const MAX_RANGE = 12;
const LIST_SEP = sticky(` *(?:,|;|&|va|and|hoac|or) +(?:so +|no\\.? *)?(?=\\d)`);
/** After a printed symbol a comma needs no space ("57-NQ/TW,68-NQ/TW"); after a bare number it is a decimal. */
const LIST_SEP_TIGHT = sticky(` *[,;] *(?:so +)?(?=\\d)`);
/** The second number of a pair ("37/144"): two or three digits, then the end of the phrase or what
 *  follows a citation — not a fraction of something ("5/100 đại biểu", "15/20 xã"). */
const SLASH_PAIR = sticky(`\\/\\d{2,3}(?![\\d/.,-])(?= *(?:[,.;:)!?]|$)| +(?:cua|ve|va|cung|duoc|da|deu|la|nam|tao|cua)(?![a-z]))`);
/** What a counted number is followed by, not a later number of a list of citations (folded):
 *  "Theo Nghị quyết 18, 63 tỉnh …", "Kết luận 137 và 5 văn bản", "Nghị quyết 68 và 2 nghị định". */
const COUNTED = sticky(` +(?:tinh|thanh pho|bo|nganh|luat|van ban|nghi dinh|nghi quyet|thong tu|quyet dinh|ke hoach|de an|chuong trinh|du an|cong trinh|xa|huyen|phuong|quan|don vi|co quan|dia phuong|linh vuc|nhiem vu|giai phap|chi tieu|muc tieu|noi dung|doanh nghiep|nguoi|can bo|dang vien|chi bo|to chuc|hoi nghi|cuoc|lan|dot|nam|thang|ngay|trieu|ty|nghin|tram|provinces?|ministries|laws?|documents?|decrees?|people|cities)(?![a-z])`);
/** Type words whose documents the Politburo issues and a ministry does not. */
const PARTY_SHAPED = new Set(['Nghị quyết', 'Kết luận', 'Chỉ thị', 'Quy định']);
/** An enumeration's label: "2. " before words (not "3)": a bracketed list closes so). */
/** What marks a chat's sentence (folded): a question, its particles. */
const CHAT_CUE = /\?|(?<![a-z])(?:mn|moi nguoi|nhe|nha|ko|vay|ha|nhi|cho hoi|ai biet|a)(?![a-z])/;
/** A number followed by a unit (folded): a quantity, not a document ("kl 121 tan"). */
const CHAT_UNIT = /^\d+(?:[.,]\d+)? *(?:tan|ta|kg|g|m|km|m2|m3|ha|lit|%|ty|trieu|nghin|dong|usd)(?![a-z])/;
const ITEM_LABEL = sticky(`\\d{1,2}\\. +[a-z]`);
const PAREN = sticky(` *\\([^()]{0,160}\\)`);
// "Nghị quyết 57a", "Chương trình 30a" are not numbers of documents.
const BARE_NUMBER = sticky(`(\\d{1,4})(?![\\da-z])`);
const SLASH_YEAR = sticky(`\\/((?:19[4-9]|20[0-4])\\d)(?![\\d/.-]|[a-z])`);
const YEAR_QUALIFIER = sticky(` +(?:nam +)?((?:19|20)\\d\\d)(?![\\d/.-])`);
const UNIT_AFTER = sticky(
  `(?:[.,]\\d|/\\d|-\\d| *%| *[a-z]*\\d| +(?:nam|thang|tuan|ngay|gio|vu|cuoc|phut|giay|nguoi|ty|trieu|nghin|ngan|ha|km|m2|tan|kg|tuoi|lit|cm|mm|diem|muc|noi dung|nhiem vu|giai phap|van de|chuong|dieu|khoan|linh vuc|don vi|cap|loai|years?|months?|weeks?|days?|hours?|minutes?|percent|per|times|people|points|articles?)(?![a-z]))`,
);
const NGAY_DATE = sticky(` +ngay +\\d`);
const NAM_YEAR = sticky(` +(?:nam +(?:19|20)\\d\\d(?![\\d/])|thang +\\d{1,2} *(?:\\/|-|nam) *(?:19|20)\\d\\d(?!\\d))`);

const NUMW = '(\\d{1,2}|muoi(?: (?:mot|hai|ba|bon|lam|sau))?|nhat|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin)';
const PLENUM_SHORT = sticky(
  // The number in words too, when the term follows: "Nghị quyết Trung ương bảy khóa XII".
  ` *(?:cua +)?(?:hoi nghi +)?(?:ban chap hanh +)?(trung uong|tw|t\\.u|tu)(?: +dang)? *(?:lan thu +${NUMW}|(\\d{1,2}|${PLENUM_NUMBER_WORD}))(?![a-z0-9])((?: *(?:,|va) *\\d{1,2}(?![a-z0-9]))*)`,
);
const NQTW_NUMBER = sticky(` *(\\d{1,2})(?![a-z0-9])`);
const PLENUM_LONG = sticky(
  // (Or "Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X": the meeting's number without "Hội nghị".)
  // (Its number in Roman numerals after "lần thứ" too, "Hội nghị lần thứ IV Ban chấp hành …"; the Committee
  // as "TƯ" printed without its mark, "Ban chấp hành TƯ Đảng", in capitals — a "TU" with no horn is a
  // Tỉnh ủy's. Not a mass organisation's: "… Trung ương Hội Nông dân Việt Nam".)
  ` *(?:cua +)?(?:hoi nghi +(?:lan thu +)?|lan thu +)(?:${NUMW}|(?<=lan thu +)([ivx]{1,5}))((?: *(?:,|va) *(?:lan thu +)?(?:\\d{1,2}|muoi(?: [a-z]+)?|[a-z]{2,4})(?![a-z0-9]))*) *,? *(?:cua +)?(?:ban chap hanh|bch) +(?:trung uong|tw|t\\.u|tu(?![a-z]))(?! +(?:hoi|doan|cong doan|mat tran|hoi lien hiep)(?![a-z]))(?: +dang)?(?: +cong san viet nam)?`,
);
const PLURAL_BEFORE = /(?:^|[^\p{L}])(?:các|những) +(?:(?:nghị quyết|kết luận|chỉ thị|quy định|văn bản) *(?:,|và) *)*$/u;
/** A local body holding a meeting of its own ("Ban Chấp hành Đảng bộ huyện … đã tổ chức Hội nghị lần thứ 4"):
 *  the "Nghị quyết Hội nghị lần thứ 4" after it is that meeting's. Not one that only carries out the
 *  Central Committee's ("Đảng ủy xã đã ban hành kế hoạch"). */
const LOCAL_MEETING = /(?:dang bo|tinh uy|thanh uy|huyen uy|quan uy|dang uy|chi bo|ban thuong vu)(?![a-z])[^.;]{0,120}?(?:to chuc|hop|tien hanh|khai mac|be mac)[^.;]{0,40}?hoi nghi/;
const PLENUM_BACK = sticky(` *(?:cua +)?hoi nghi +lan thu +(?:${NUMW}|([ivx]{1,5}))(?![a-z0-9])(?! *,? *(?:cua +)?(?:ban chap hanh|bch|ban thuong vu|dang bo|dang uy|tinh uy|thanh uy|huyen uy|quan uy|chi bo|hoi dong|mat tran|doan|hoi))`);
const PLENUM_NEXT = sticky(` *(?:,|;|va) *(?=hoi nghi +(?:lan thu +)?)`);
// "Trung ương 6 (lần 2) khóa VIII": the plenum's second session, then its term.
const TERM = sticky(` *(?:\\( *lan +(?:2|hai|thu +hai) *\\) *)?[,-]? *(?:\\( *)?(?:nhiem ky +)?(?:cac +)?khoa +([ivxl]+|\\d{1,2})(?![a-z0-9])`);
/** A further term of the same plenum: "Nghị quyết Trung ương 4 khóa XI, XII", "… khóa XI và khóa XII". */
const MORE_TERM = sticky(` *(?:,|va) *(khoa +)?([ivxl]+|\\d{1,2})(?![a-z0-9])`);
const CLOSE_PAREN = sticky(` *\\)`);
const CONGRESS_NATIONAL = sticky(
  ` *(?:cua +)?dai hoi +(?:dai bi?e?u +)?(?:dang +(?:cong san viet nam +)?)?(?:toan qu?o?c +)?(?:lan thu +)?([ivxl]+|\\d{1,2})(?![a-z0-9])`,
);
const CONGRESS_LOCAL = sticky(
  ` *(?:cua +)?dai hoi +(?:dai hoi +)?(?:dai bieu +)?dang bo +(?:[a-z]+(?: *[-–] *| +)){0,6}?(?:lan thu|khoa) +([ivxl]+|\\d{1,2}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?: (?:mot|hai|ba|bon|lam|sau))?)(?![a-z0-9])`,
);
/** A party committee's department by its code: propaganda, organisation, mass mobilisation, internal
 *  affairs, inspection commission, office — of the Central Committee or a local committee. No state body
 *  prints these. */
const PARTY_DEPARTMENT = /^(?:btg|btc|bdv|bnc|ubkt|vp)(?:tw|tu|hu|qu|du)$/;
const OLD_STATE_SYMBOL = sticky(` {0,2}(\\d{1,5}) {0,2}- {0,2}(cp|hdbt)(?![a-z0-9/])`);
/** "the 1st Congress of the Ho Chi Minh City Party Organisation", "the 17th Hanoi Party Congress" (folded). */
const EN_LOCAL_CONGRESS = /(?<![a-z0-9])(?:(\d{1,2}) ?(?:st|nd|rd|th) +congress +of +the +[a-z .'-]{2,60}? +party +(?:organi[sz]ation|committee)|(\d{1,2}) ?(?:st|nd|rd|th) +[a-z .'-]{2,40}? +(?:provincial|municipal|city|district|commune|ward) +party +congress)/g;
/** "Đại hội (đại biểu) Đảng bộ tỉnh Thái Nguyên lần thứ I" (folded). */
const VI_LOCAL_CONGRESS = /dai hoi +(?:dai bieu +)?dang bo +(?:[a-z]+(?: *[-–] *| +)){0,6}?(?:lan thu|khoa) +([ivxl]+|\d{1,2})(?![a-z0-9])/g;
/** How far before a Congress's resolution a local organisation's Congress of that number is looked for. */
const LOCAL_CONGRESS_REACH = 1500;
const CONGRESS_MORE = /^ *(?:,|va) *([ivxl]+)(?![a-z0-9])/;
const CONGRESS_GARBLED = sticky(` *lan thu +([ivxl]+)(?= +cua +dang(?! *bo))`);
/** In the order tried; built once, since a text of references asks at every "Nghị quyết". */
const CONGRESS_FORMS = [[CONGRESS_LOCAL, 'local'], [CONGRESS_NATIONAL, 'national'], [CONGRESS_GARBLED, 'national']] as const;
/** An English ordinal, in figures or words (a capture group). */
export const ORD_EN = `(\\d{1,2} ?(?:st|nd|rd|th)|${ORD_WORDS})`;
const EN_PLENUM_OF_COMMITTEE = sticky(
  ` +of +the +(\\d{1,2}) ?(?:st|nd|rd|th) *(?:party +)?central +(?:executive +)?committee'?s? +${ORD_EN} +(?:plenum|plenary +session|meeting|session)`,
);
/** The most plenums a term has held (khóa X, XII and XIII: 15 or 16). */
const MAX_PLENUM = 16;
const EN_NUMBER_OF_COMMITTEE = sticky(` +(\\d{1,2}) +of +the +(\\d{1,2}) ?(?:st|nd|rd|th) +(?:party +)?central +(?:executive +)?committee(?!'?s? +(?:plenum|plenary|meeting|session))(?![a-z])`);
/** …and with its term after it: "Resolution 4 of the Central Committee (term XI)", "(12th tenure)". */
const EN_NUMBER_OF_COMMITTEE_TERM = sticky(` +(\\d{1,2}) +of +the +(?:party +)?central +(?:executive +)?committee *,? *\\( *(?:of +)?(?:the +)?(?:(\\d{1,2}) ?(?:st|nd|rd|th)[ -]+(?:term|tenure)|(?:term|tenure) +([ivxl]+|\\d{1,2})) *\\)`);
const EN_PLENUM_OF_TERM = sticky(
  ` +of +the +${ORD_EN} +(?:plenum|plenary +(?:session|meeting)|meeting|session|conference) +of +the +(?:(\\d{1,2} ?(?:st|nd|rd|th)|${ORD_WORDS}) +)?(?:party +)?central +(?:executive +)?committee(?: *,? *\\(? *(?:of +)?(?:the +)?(\\d{1,2}) ?(?:st|nd|rd|th)[ -]+(?:term|tenure) *\\)?)?`,
);
/** "the Resolution of the Party Central Committee's fourth plenary session (12th tenure)". */
// (And its abbreviation: "the Resolution of the 11th CPVCC's fourth plenum".)
const EN_COMMITTEE_PLENUM = sticky(` +of +the +(?:(\\d{1,2} ?(?:st|nd|rd|th)|${ORD_WORDS}) +)?(?:(?:party +)?central +(?:executive +)?committee|cpvcc)'?s? +${ORD_EN} +(?:plenum|plenary +session|meeting|session)(?![a-z])${EN_TERM_TAIL}`);
/** "the resolution of the 4th Central Conference (12th tenure)". */
/** …and "the resolution of the 5th party plenum", "of the fourth plenum" (not another body's: "… plenum of
 *  the Hanoi Party Committee", "… of the Vietnam Fatherland Front Central Committee"). */
const EN_CENTRAL_CONFERENCE = sticky(` +of +the +${ORD_EN} +(?:central +(?:conference|plenum|meeting)|(?:party +)?plenum(?! +of +(?:the +)?(?!(?:\\d{1,2} ?(?:st|nd|rd|th) +|[a-z]+ +)?(?:communist +party +of +vietnam +)?(?:party +)?central +(?:executive +)?committee)[a-z0-9 .'-]{1,60}?(?:committee|front|union|council|association|organi[sz]ation|federation)))(?![a-z])${EN_TERM_TAIL}`);
const EN_CONGRESS = sticky(
  // A local one may name its place: "the 15th Quang Ninh Provincial Party Congress", "the 17th Hanoi Party Congress".
  ` +(?:(?:adopted|passed|approved) +at +|of +|at +)(?:the +)?(?:(\\d{1,2}) ?(?:st|nd|rd|th)|([ivxl]+)(?:th)?) *(?:([a-z]+(?: +[a-z]+){0,2}?) +)??(?:(provincial|municipal|city|district|commune) +)?(?:national +)?(?:party +)?congress(?![a-z])`,
);

export function numWord(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const en = /^(\d+) ?(?:st|nd|rd|th)$/.exec(s);
  if (en) return Number(en[1]);
  return ORDINALS[s] ?? null;
}

function termOf(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return intToRoman(Number(s));
  const n = romanToInt(s);
  return n ? intToRoman(n) : undefined;
}

type Item = { end: number; item: RawItem };

const YEAR_LIKE = /^(?:19|20)\d\d$/;

/** A plenum named without its term: one item, of no term. */
const NO_TERM: ReadonlyArray<string | undefined> = [undefined];

export class Matcher {
  candidates: Candidate[] = [];
  constructor(private readonly f: Folded, private readonly orig: string) {}

  private isUpper(foldedIndex: number, length: number): boolean {
    if (length === 1) {
      // One ASCII letter, the usual question ("is the type word capitalised?"), without a string.
      const c = this.orig.charCodeAt(this.f.orig(foldedIndex));
      if (c >= 0x41 && c <= 0x5a) return true;
      if (c >= 0x61 && c <= 0x7a) return false;
    }
    const s = this.orig.slice(this.f.orig(foldedIndex), this.f.orig(foldedIndex + length));
    return s === s.toUpperCase() && s !== s.toLowerCase();
  }

  /** Chats and comments write "nq57", "nq 57" in lower case: only "nq", only right before a number
   *  ("kl 40" is as often a weight, "khối lượng"; "ct", "qd" a company or a rule of a game). */
  private chatAbbreviation(typeWord: string, after: number): boolean {
    // "nq 18", "kl 121", "qđ 144" in a chat or a forum (not "nqtw", "ct": too many other words).
    if (typeWord !== 'nq' && typeWord !== 'kl' && typeWord !== 'qd') return false;
    // Of two digits at least: "nq2" is as often a row of a table.
    const t = this.f.text;
    const i = t.charCodeAt(after) === 0x20 ? after + 1 : after;
    const digit = (c: number) => c >= 0x30 && c <= 0x39;
    if (!digit(t.charCodeAt(i)) || !digit(t.charCodeAt(i + 1))) return false;
    if (typeWord === 'nq') return true;
    // "kl 121 tấn" is a weight ("khối lượng"), not a conclusion; and only a chat's sentence writes
    // "kl", "qđ" so ("kl 121 ban hành ngày nào vậy mn?"), not a product code's ("Mã hàng kl 40").
    return !CHAT_UNIT.test(t.slice(i, i + 16)) && CHAT_CUE.test(t.slice(Math.max(0, after - 120), after + 120));
  }

  private origSlice(a: number, b: number): string {
    return this.orig.slice(this.f.orig(a), this.f.orig(b));
  }

  private at(re: RegExp, pos: number): RegExpExecArray | null {
    re.lastIndex = pos;
    return re.exec(this.f.text);
  }

  /** Where sticky `re` matched at `pos` ends, or -1: for what only needs the end, no match array
   *  (a text made of references asks this a dozen times per reference). */
  /** Is the number ending at `i` followed by the noun it counts, in lowercase on its line ("63 tỉnh",
   *  not "72\n\nTinh thần …")? */
  private counts(i: number): boolean {
    const m = this.at(COUNTED, i);
    if (!m) return false;
    const o = this.f.orig(i), w = this.f.orig(m.index + m[0].length - m[0].trimStart().length);
    const c = this.orig[w];
    return !/[\n\r]/.test(this.orig.slice(o, w)) && !!c && c === c.toLowerCase();
  }

  /** A label of the page's own list at folded `i`: "4) Triển khai" (the word after it capitalised). */
  private isListLabel(i: number): boolean {
    const m = /^\d{1,2}\) +(?=[a-z])/.exec(this.f.text.slice(i, i + 8));
    if (!m) return false;
    const c = this.orig[this.f.orig(i + m[0].length)];
    return !!c && c !== c.toLowerCase();
  }

  private endAt(re: RegExp, pos: number): number {
    re.lastIndex = pos;
    return re.test(this.f.text) ? re.lastIndex : -1;
  }

  /** "khóa XII", "(khóa XI, XII)", "khóa XI và khóa XII" at `pos`: one term or several. */
  private terms(pos: number): { end: number; terms: Array<string | undefined> } | null {
    const m = this.at(TERM, pos);
    if (!m) return null;
    const terms = [termOf(m[1])];
    let end = m.index + m[0].length;
    for (let x; (x = this.at(MORE_TERM, end)); ) {
      const w = x[2];
      // Without its own "khóa" only an uppercase Roman numeral is a term ("khóa XII, 12 tỉnh" is not).
      if (!x[1] && (/^\d/.test(w) || !this.isUpper(x.index + x[0].length - w.length, w.length))) break;
      const t = termOf(w);
      if (!t) break;
      terms.push(t);
      end = x.index + x[0].length;
    }
    const close = m[0].includes('(') ? this.at(CLOSE_PAREN, end) : null;
    if (close) end = close.index + close[0].length;
    return { end, terms };
  }

  /** "Chỉ thị 35 điều", "Kết luận 2 vụ": a count of something, not a number of a document. Not across
   *  a line break: a headline ending in the number ("Chỉ thị 35") is followed by the next line's words. */
  private unitAfter(pos: number): boolean {
    return this.endAt(UNIT_AFTER, pos) >= 0 && !/^[ \t]*[\r\n\u2028\u2029]/.test(this.origSlice(pos, pos + 8));
  }

  /** "Chỉ thị 3 lần": "lần" (times) folds like "lan" (spread, "NQ 57 lan tỏa"), so ask the original. */
  private timesAfter(pos: number): boolean {
    const t = this.f.text;
    if (t.charCodeAt(pos) !== 0x20 || !t.startsWith('lan', pos + 1) || /[a-z]/.test(t[pos + 4] ?? '')) return false;
    // "Chỉ thị 35 lần này": this time's, not 35 times; "Nghị quyết 80 lần đầu tiên …": for the first time.
    if (t.startsWith(' nay', pos + 4) && !/[a-z]/.test(t[pos + 8] ?? '')) return false;
    if (t.startsWith(' dau', pos + 4) && !/[a-z]/.test(t[pos + 8] ?? '')) return false;
    return /^\s*lần/iu.test(this.origSlice(pos, pos + 4).normalize('NFC'));
  }

  /** A capital right after a small letter starts a word whose space was lost ("andResolution"). */
  private gluedWordStart(foldedIndex: number): boolean {
    const o = this.f.orig(foldedIndex);
    return /\p{Lu}/u.test(this.orig[o] ?? '') && /[\p{Ll}\p{M}]/u.test(this.orig[o - 1] ?? '');
  }

  /** A number with whatever symbol follows it, at `pos` (folded). */
  private item(pos: number, code: string, typeWord: string | undefined): Item | null {
    // Most numbers after a type word have no symbol ("Nghị quyết 18, …"): what follows the
    // digits says so, without trying the three symbol patterns on each.
    if (symbolMayStartAt(this.f.text, pos)) {
      const it = this.symbolItem(pos, code, typeWord);
      if (it !== undefined) return it;
    }
    return typeWord ? this.bareItem(pos, code, typeWord) : null;
  }

  /** A number with its symbol at `pos`; null when the symbol is no document's, undefined when there is none. */
  private symbolItem(pos: number, code: string, typeWord: string | undefined): Item | null | undefined {
    const t = this.f.text;
    let m = this.at(PARTY_SYMBOL, pos);
    // "năm 2024 NQ/TW" is a year beside a symbol fragment; a year-like number needs its hyphen.
    if (m && YEAR_LIKE.test(m[1]) && !m[0].slice(m[1].length, m[0].indexOf(m[2], m[1].length)).includes('-')) m = null;
    if (m) {
      const issStart = m.index + m[0].length - m[3].length;
      const printed = this.origSlice(issStart, m.index + m[0].length);
      const keep = trimGluedIssuer(printed);
      let end = m.index + m[0].length;
      let issFolded = m[3];
      if (keep < printed.length) {
        // `keep` counts code units of the original (an NFD "TƯ" is three): map it back.
        end = this.f.toFolded(this.f.orig(issStart) + keep);
        issFolded = t.slice(issStart, end);
      }
      if (isStateIssuer(issFolded)) {
        // "123-QĐ/UBND": a state symbol in the party's shape; keyed in the state form.
        const codeAt = m.index + m[0].indexOf(m[2], m[1].length);
        const key = stateKey(`${m[1]}/${this.origSlice(codeAt, codeAt + m[2].length)}-${this.origSlice(issStart, end)}`);
        return { end, item: { number: m[1], code: codeOf(m[2]), issuer: issFolded.toUpperCase(), party: false, key } };
      }
      const { issuer, ambiguous } = canonicalIssuer(this.origSlice(issStart, end), issFolded);
      const c = codeOf(m[2]);
      const excluded = isExcludedIssuer(issFolded);
      return {
        end,
        item: { number: m[1], code: c, issuer, party: !excluded, excluded, issuerAmbiguous: ambiguous, key: partyKey(m[1], c, issuer) },
      };
    }
    m = this.at(STATE_SYMBOL, pos);
    // A space after its dash, then a word, not a code: "125/TB- Văn phòng UBND tỉnh" is "125/TB" and words.
    if (m && m[5] && this.f.text[m.index + m[0].length - m[5].length - (m[6] ? m[6].length + 1 : 0) - 1] === ' ') {
      const at = m.index + m[0].length - m[5].length - (m[6] ? m[6].length + 1 : 0);
      // (A code is capitals, bar a mixed-case one's last letters: "TTg".)
      if (!/^\p{Lu}{2}[\p{Lu}\p{Ll}\d.&]*$|^\p{Lu}[\p{Lu}\d.&]*$/u.test(this.origSlice(at, at + m[5].length))) m = null;
    }
    // "Giấy phép số 789/GP-BTTTT", "12/GP-BTTTT": press licences and permits are no documents.
    if (m && m[3] === 'gp') return null;
    // "Nghị quyết 57/BCT", "QĐ 144/BCT": the Politburo (BCT, BCH, BBT) written the way forums do. A
    // ministry's "BCT" (Công Thương) issues no resolution, conclusion, directive or regulation.
    if (m && !m[2] && !m[4] && !m[6] && /^(?:bct|bch|bchtw|bbt)$/.test(m[3]) && typeWord && PARTY_SHAPED.has(TYPE_WORDS[typeWord].name)) {
      const end = m.index + m[0].length;
      return { end, item: { number: m[1], code, issuer: 'TW', party: true, key: partyKey(m[1], code, 'TW') } };
    }
    // "Nghị quyết số 09/CP", "Quyết định số 06/CP": an old government symbol with no type code.
    if (m && !m[2] && !m[4] && !m[6] && isStateIssuer(m[3])) {
      const end = m.index + m[0].length;
      return { end, item: { number: m[1], code, issuer: m[3].toUpperCase(), party: false, key: stateKey(this.origSlice(m.index, end)) } };
    }
    if (m && (m[2] || m[4])) {
      const [, num, year, p1, sep2, p2] = m;
      const p2c = p2?.includes('.') ? p2.replace(/\./g, '') : p2 ?? '';
      // After a hyphen, a committee's own code only ("08/CT-HU" of a Huyện ủy), or one of its departments'
      // ("24/KH-BTGTU" of the Ban Tuyên giáo Tỉnh ủy): a board's ("-BCĐ") is a state steering committee's too.
      const partyIssuer = p2 && (COMMITTEE_CODES.has(p2c) || PARTY_DEPARTMENT.test(p2c) || (sep2 === '/' && PARTY_ISSUERS[p2c]));
      const end = m.index + m[0].length;
      // A year in it is a database's habit ("23/2018/NQ-TW"); a symbol ending in TW is party all the same.
      if (partyIssuer && (!year || p2c === 'tw' || p2c === 'tu')) {
        const issStart = end - p2.length - (m[6] ? m[6].length + 1 : 0);
        const { issuer, ambiguous } = canonicalIssuer(this.origSlice(issStart, issStart + p2.length), p2);
        const c = codeOf(p1);
        return { end, item: { number: num, code: c, issuer, party: true, issuerAmbiguous: ambiguous, key: partyKey(num, c, issuer) } };
      }
      if (isExcludedIssuer(p2 ?? p1)) return { end, item: { number: num, code: codeOf(p1), party: false, excluded: true } };
      const key = stateKey(this.origSlice(m.index, end));
      // A law's "QH15" (43/2022/QH15) names the legislature, not the type.
      // So does a symbol that is its issuer alone ("954/2020/UBTVQH14", "1234/VPCP"): the type is the word's.
      const qh = p1.startsWith('qh') && isDigit(p1.charCodeAt(2));
      const issuerOnly = !p2 && (qh || isStateIssuer(p1));
      return { end, item: { number: num, code: issuerOnly ? code : codeOf(p1), issuer: (p2 ?? p1).toUpperCase(), party: false, key, year } };
    }
    // "Nghị định 64-CP", "Quyết định 217-HĐBT": the government's symbols before 1996, a hyphen and no
    // type code; the key is as printed.
    m = typeWord && TYPE_WORDS[typeWord].scope !== 'party' ? this.at(OLD_STATE_SYMBOL, pos) : null;
    if (m) {
      const end = m.index + m[0].length;
      return { end, item: { number: m[1], code, issuer: this.origSlice(end - m[2].length, end).toUpperCase(), party: false, key: stateKey(this.origSlice(m.index, end)) } };
    }
    m = typeWord ? this.at(PARTIAL_SYMBOL, pos) : null;
    if (m) return { end: m.index + m[0].length, item: { number: m[1], code: codeOf(m[2]), party: true } };
    return undefined;
  }

  /** A number with no symbol at `pos`, its year if one follows; null when it counts something. */
  private bareItem(pos: number, code: string, typeWord: string): Item | null {
    const t = this.f.text;
    let end = this.endAt(BARE_NUMBER, pos);
    if (end < 0) return null;
    const num = numberAt(t, pos, end);
    if (Number(num) === 0 || (num.length === 4 && /^(19[4-9]\d|20\d\d)$/.test(num))) return null;
    const tw = TYPE_WORDS[typeWord];
    // SLASH_YEAR starts with its "/", YEAR_QUALIFIER and NGAY_DATE with a space: tried only there.
    const next = t.charCodeAt(end);
    // "Quy định 80/2022", "Nghị định 15/2020": the year stands where the symbol would.
    const slashYear = next === 0x2f ? this.at(SLASH_YEAR, end) : null;
    if (slashYear) {
      const year = slashYear[1];
      end = slashYear.index + slashYear[0].length;
      return { end, item: tw.scope === 'state' ? { number: num, code, year, party: false } : { number: num, code, year } };
    }
    const y = next === 0x20 ? this.at(YEAR_QUALIFIER, end) : null;
    if (y && tw.scope === 'state') return { end: y.index + y[0].length, item: { number: num, code, year: y[1], party: false } };
    // "Quy định 37/144", "Chỉ thị 05/35": two documents of one type, written as a pair.
    if (next === 0x2f && num.length >= 2 && PARTY_SHAPED.has(tw.name) && this.endAt(SLASH_PAIR, end) >= 0) return { end, item: { number: num, code } };
    // "Quy định 66 năm 2017" is the year of issue, not a count of years.
    // "Nghị quyết 57 tháng 12/2024": its month, not 57 months.
    // "Nghị quyết 70–72 của Bộ Chính trị": the first of a range (listItems reads the rest), not "10-15 năm".
    if (next === 0x2d && this.dashRangeTo(end, num) >= 0) return { end, item: { number: num, code } };
    if (!y && !(next === 0x20 && (this.endAt(NGAY_DATE, end) >= 0 || this.endAt(NAM_YEAR, end) >= 0)) && (this.unitAfter(end) || this.timesAfter(end))) return null;
    return { end, item: { number: num, code } };
  }

  /** Where the second number of a dash range after `first` (at `pos`, the dash) ends: a few numbers
   *  on, and not a quantity ("70–72 của …", not "10-15 năm"); -1 when it is none. */
  private dashRangeTo(pos: number, first: string): number {
    const from = this.endAt(RANGE_DASH, pos);
    const to = from < 0 ? -1 : this.endAt(BARE_NUMBER, from);
    if (to < 0) return -1;
    const b = Number(numberAt(this.f.text, from, to)), a = Number(first);
    if (!(b > a && b - a <= MAX_RANGE) || this.unitAfter(to) || this.timesAfter(to)) return -1;
    return to;
  }

  /** Numbered references after a type word: "số 18-NQ/TW", "57, 59, 66 và 68", "No. 57". */
  private numbered(typeWord: string, start: number, pos: number, lower: boolean): Candidate | null {
    const tw = TYPE_WORDS[typeWord];
    const t = this.f.text;
    // "Nghị quyết (66, 68, 57, 59)", "Resolutions (57, 59, 66 and 68)": a list in brackets.
    const bracketEnd = bracketAfterSpaces(t, pos) ? this.endAt(BRACKET_LIST, pos) : -1;
    const introEnd = bracketEnd >= 0 ? bracketEnd : this.endAt(INTRO, pos);
    if (introEnd < 0) return null;
    // "… có 4 nghị quyết: số 18, 19": a colon only after a count and the type word in lower case
    // ("Kết luận: số 12 trường hợp …" is a heading's label, "thông qua nghị quyết: số 45 đại biểu …" a tally).
    if (t.charCodeAt(skipSpaces(t, pos)) === 0x3a && !(lower && COUNT_WORD_BEFORE.test(t.slice(Math.max(0, start - 8), start)))) return null;
    // A new line that starts with "Số" is a header or metadata row under a heading or a label
    // ("NGHỊ QUYẾT\nSố 57-NQ/TW", "Loại văn bản: Nghị quyết\nSố hiệu: …"), not this type word's number;
    // the symbol scan takes it. A sentence wrapped before a lowercase "số" goes on.
    if (hasCode(t, pos, introEnd, 0x73) && /[\n\r][\s]*S/.test(this.origSlice(pos, introEnd))) return null;
    // INTRO's "từ" ("từ số 18 đến số 21"): nothing else it reads starts with a "t".
    const ranged = bracketEnd < 0 && t.charCodeAt(skipSpaces(t, pos)) === 0x74;
    const list = this.listItems(tw.code, typeWord, introEnd, ranged);
    if (!list) return null;
    const { items } = list;
    let { end } = list;
    if (bracketEnd >= 0) {
      const close = this.endAt(CLOSE_PAREN, end);
      if (close < 0 || items.length < 2) return null;
      end = close;
    }
    if (!items.length) return null;
    // "Nghị quyết số 26, 27 và 28-NQ/TW": the printed symbol applies to the whole list.
    const last = items[items.length - 1];
    if (last.key && items.length > 1) {
      for (const it of items) {
        if (it.key || !it.number) continue;
        it.code = last.code;
        it.issuer = last.issuer;
        it.party = last.party;
        it.issuerAmbiguous = last.issuerAmbiguous;
        it.key = last.party ? partyKey(it.number, last.code, last.issuer) : last.key.replace(/^\d+/, it.number);
      }
    }
    const keyed = keyedCount(items);
    if (tw.symbolOnly && keyed < items.length) return null;
    const full = keyed > 0;
    // "số", "No.", "số hiệu" before the number (letters other than the "từ" of a range): a document number, not a count.
    const numbered = letters(t, pos, introEnd) > (ranged ? 2 : 0);
    return { form: full ? 'full' : 'short', start, end, typeWord, lower, numbered, items };
  }

  /**
   * The numbers of a list from `p`, a range ("từ số 18 đến số 21-NQ/TW") when `ranged`, and
   * where the list ends; null when "từ" leads to no range (no citation then).
   */
  private listItems(code: string, typeWord: string, p: number, ranged: boolean): { items: RawItem[]; end: number } | null {
    // Made with its first item, not pushed into when empty: a first push reserves room for 16,
    // and nearly every list is one item, kept as long as the text's candidates are.
    let items: RawItem[] | null = null;
    let end = p;
    const t = this.f.text;
    for (;;) {
      const it = this.item(p, code, typeWord);
      if (!it) break;
      // A later item is a number of the list only where what follows it ends the phrase or goes on
      // as a citation does: "Theo Nghị quyết 18, 63 tỉnh …", "Kết luận 137 và 5 văn bản" count things.
      if (items && !it.item.key && !it.item.year && this.counts(it.end)) break;
      if (items) items.push(it.item);
      else items = [it.item];
      end = p = it.end;
      // "các Nghị quyết từ số 18 đến số 21-NQ/TW": 18, 19, 20 and 21, the symbol given once at the end.
      // Printed on both ends ("số 18-NQ/TW đến 21-NQ/TW"), the two symbols must agree.
      const to = items.length !== 1 ? -1 : t.charCodeAt(p) === 0x20 ? this.endAt(RANGE_TO, p) : !it.item.key && !it.item.year ? this.endAt(RANGE_DASH, p) : -1;
      const last = to >= 0 ? this.item(to, code, typeWord) : null;
      const agree = !it.item.key || (last?.item.key && last.item.key.replace(/^\d+/, '') === it.item.key.replace(/^\d+/, ''));
      if (last && agree && it.item.number && last.item.number) {
        const a = Number(it.item.number), b = Number(last.item.number);
        if (b > a && b - a <= MAX_RANGE) {
          for (let n = a + 1; n < b; n++) items.push({ number: String(n), code: it.item.code });
          items.push({ ...last.item, rangeEnd: true });
          return { items, end: last.end };
        }
      }
      if (ranged) return null; // "từ 5" that does not go on to a range is no citation
      const paren = bracketAfterSpaces(t, p) ? this.endAt(PAREN, p) : -1;
      if (paren >= 0) this.bracketSubject(it.item, p, paren);
      const q = paren >= 0 ? paren : p;
      let sep = this.endAt(LIST_SEP, q);
      if (sep < 0 && it.item.key) sep = this.endAt(LIST_SEP_TIGHT, q);
      if (sep < 0 && !it.item.key && !it.item.year && t.charCodeAt(q) === 0x2f && this.endAt(SLASH_PAIR, q) >= 0) sep = q + 1;
      // "…; 4) Triển khai …": a label of the page's own list, its word capitalised (a bracketed list
      // closes on a number too: "(66, 68, 57, 59) được …").
      if (sep >= 0 && this.isListLabel(sep)) break;
      // "…18-NQ/TW; 2. Nghị quyết 19-NQ/TW": the number of an item of the page's own list, not a document
      // (after "và" it is the list's last: "… 20 và 21. Trong đó, …").
      if (sep < 0 || (this.endAt(ITEM_LABEL, sep) >= 0 && !/(?:^|[^a-z])(?:va|and|hoac|or) +$/.test(t.slice(q, sep)))) break;
      p = sep;
    }
    return { items: items ?? [], end };
  }

  /** "(về pháp luật)" after an item of a list: that item's own subject (folded `from`…`to` spans the bracket). */
  private bracketSubject(item: RawItem, from: number, to: number): void {
    const open = this.f.text.indexOf('(', from);
    if (open < 0 || open >= to || !/^\( *(?:ve|on|about|regarding) /.test(this.f.text.slice(open, open + 14))) return;
    const inside = this.orig.slice(this.f.orig(open + 1), this.f.orig(to - 1)).replace(/^\s*(?:về|on|about|regarding)\s+/i, '');
    const subject = tidySubject(inside);
    if (subject.length >= 4) item.subject = subject;
  }

  private plenum(code: string, typeWord: string, start: number, pos: number, lower: boolean): Candidate | null {
    const items: RawItem[] = [];
    let end = -1;
    if (typeWord === 'nqtw') {
      // The "TW" is in the type word: only the plenum's number follows, then maybe its term.
      const n = this.at(NQTW_NUMBER, pos);
      if (!n) return null;
      end = n.index + n[0].length;
      const t = this.terms(end);
      if (t) end = t.end;
      for (const term of t?.terms ?? NO_TERM) items.push({ code, plenum: Number(n[1]), term, party: true });
      return { form: 'plenum', start, end, typeWord, lower, items: items.slice() };
    }
    const s = this.at(PLENUM_SHORT, pos);
    if (s && !(s[1] === 'tu' && !this.isUpper(s.index + s[0].indexOf('tu'), 2))) {
      const n = numWord(s[2] ?? s[3]);
      if (n) {
        end = s.index + s[0].length;
        let nums = [n];
        let t = this.terms(end);
        // "Nghị quyết Trung ương 4, 5 và 6 khóa XII": a list of plenums only when a term closes it
        // ("Nghị quyết Trung ương 4, 5 năm qua" is one plenum and a count).
        if (s[4] && t) nums = [n, ...s[4].split(/,|va/).map((x) => Number(x.trim())).filter(Boolean)];
        else if (s[4]) { end -= s[4].length; t = this.terms(end); }
        if (t) end = t.end;
        for (const pn of nums) for (const term of t?.terms ?? NO_TERM) items.push({ code, plenum: pn, term, party: true });
      }
    }
    // "Hội nghị lần thứ 7 và 8, Ban Chấp hành Trung ương khoá VIII và Hội nghị lần thứ 8, … khóa IX"
    for (let p = pos; !items.length || p > end; ) {
      const l = this.at(PLENUM_LONG, p);
      if (!l) break;
      // ("TƯ": with its horn, or "T.Ư"; "BCH TU khóa XX" is a provincial committee's.)
      const tu = /(?:ban chap hanh|bch) +tu(?![a-z])/.exec(l[0]);
      if (tu && !/^[Tt][Ưư]/u.test(this.origSlice(l.index + tu.index + tu[0].length - 2, l.index + tu.index + tu[0].length).normalize('NFC'))) break;
      const nums = [l[1] ? numWord(l[1]) : romanToInt(l[2]), ...l[3].split(/,|va|lan thu/).map((x) => x.trim()).filter(Boolean).map(numWord)];
      if (nums.some((n) => !n)) break;
      end = l.index + l[0].length;
      const t = this.terms(end);
      if (t) end = t.end;
      for (const n of nums) for (const term of t?.terms ?? NO_TERM) items.push({ code, plenum: n!, term, party: true });
      const next = this.at(PLENUM_NEXT, end);
      if (!next) break;
      p = next.index + next[0].length;
    }
    if (!items.length && TYPE_WORDS[typeWord].english) {
      // "Resolution 6 of the 12th Central Committee": a plenum's resolution, not "Resolution No. 6".
      // No term held more than 16 plenums: "Resolution 27 of the 12th Party Central Committee" is 27-NQ/TW.
      const byNumber = this.at(EN_NUMBER_OF_COMMITTEE, pos) ?? this.at(EN_NUMBER_OF_COMMITTEE_TERM, pos);
      if (byNumber && Number(byNumber[1]) <= MAX_PLENUM) {
        end = byNumber.index + byNumber[0].length;
        items.push({ code, plenum: Number(byNumber[1]), term: termOf(byNumber[2] ?? byNumber[3]), party: true });
      }
    }
    if (!items.length && TYPE_WORDS[typeWord].english) {
      const a = this.at(EN_PLENUM_OF_COMMITTEE, pos);
      if (a) {
        end = a.index + a[0].length;
        items.push({ code, plenum: numWord(a[2]) ?? undefined, term: termOf(a[1]), party: true });
      } else {
        const b = this.at(EN_PLENUM_OF_TERM, pos);
        const e = b ? null : this.at(EN_CENTRAL_CONFERENCE, pos);
        const cc = b || e ? null : this.at(EN_COMMITTEE_PLENUM, pos);
        if (b) {
          end = b.index + b[0].length;
          const ordinal = b[2] ? numWord(b[2]) : null;
          items.push({ code, plenum: numWord(b[1]) ?? undefined, term: ordinal ? intToRoman(ordinal) : termOf(b[3]), party: true });
        } else if (e) {
          end = e.index + e[0].length;
          items.push({ code, plenum: numWord(e[1]) ?? undefined, term: termOf(e[2] ?? e[3]), party: true });
        } else if (cc) {
          end = cc.index + cc[0].length;
          // (Its term as an ordinal, in digits or words: "the ninth Party Central Committee's fifth meeting".)
          const ord = cc[1] ? numWord(cc[1].replace(' ', '')) : null;
          items.push({ code, plenum: numWord(cc[2]) ?? undefined, term: ord ? intToRoman(ord) : termOf(cc[3] ?? cc[4]), party: true });
        }
      }
    }
    // "… thực hiện Nghị quyết Hội nghị lần thứ IV": the Central Committee's plenum of that number the
    // text named in full before, referred back to (not a province's or a district's: their committee
    // follows, and none of theirs was named before as the Central Committee's).
    if (!items.length && !TYPE_WORDS[typeWord].english) {
      const b = this.at(PLENUM_BACK, pos);
      const n = b ? (b[1] ? numWord(b[1]) : romanToInt(b[2])) : null;
      // (Nor where a local committee is named since that plenum: "… Ban Chấp hành Đảng bộ tỉnh tổ chức Hội
      // nghị lần thứ 4 và ban hành Nghị quyết Hội nghị lần thứ 4" is the province's own.)
      const since = b && n ? this.centralPlenums.get(n) : undefined;
      if (b && n && since !== undefined && !LOCAL_MEETING.test(this.f.text.slice(since, start))) {
        end = b.index + b[0].length;
        items.push({ code, plenum: n, term: undefined, party: true });
      }
    }
    if (!items.length || items.some((i) => !i.plenum)) return null;
    for (const i of items) this.centralPlenums.set(i.plenum!, end);
    // A copy fits its items; the array pushed into has room for 16, and candidates are kept to the end.
    return { form: 'plenum', start, end, typeWord, lower, items: items.slice() };
  }
  /** The Central Committee's plenums named so far: number → where the last naming ends (PLENUM_BACK refers back to them). */
  private readonly centralPlenums = new Map<number, number>();

  private congress(typeWord: string, start: number, pos: number, lower: boolean): Candidate | null {
    const english = TYPE_WORDS[typeWord].english;
    if (english) {
      const e = this.at(EN_CONGRESS, pos);
      if (!e) return null;
      const term = termOf(e[1] ?? e[2]);
      if (!term) return null;
      // Words before "party congress" are a place only when they name a province or city.
      if (e[3] && !e[4] && !provinceOrganisation(e[3])) return null;
      // A number the national congress has not reached is a local one ("the Resolution of the 18th Congress" of Hà Nội's party organisation).
      const local = !!(e[3] || e[4]) || romanToInt(term)! > LATEST_CONGRESS || this.localCongressBefore(start, term, e.index + e[0].length);
      return { form: 'congress', start, end: e.index + e[0].length, typeWord, lower, items: [{ code: 'NQ', term, congress: local ? 'local' : 'national', party: true }] };
    }
    for (const [re, found] of CONGRESS_FORMS) {
      const m = this.at(re, pos);
      if (!m) continue;
      const numAt = m.index + m[0].length - m[1].length;
      // "Đại hội Đảng bộ phường lần thứ nhất": a local congress's number in words, after "lần thứ" only.
      const word = /^[a-z]/.test(m[1]) && !/^[ivxl]+$/.test(m[1]) ? ORDINALS[m[1]] : undefined;
      if (word === undefined && /^[a-z]/.test(m[1]) && !/^[ivxl]+$/.test(m[1])) continue;
      if (word !== undefined && !/lan thu +[a-z ]+$/.test(m[0])) continue;
      // ("lần thứ mười bảy", "hai mươi ba": a number in words of more than the ones read; none rather than a wrong one.)
      if (word !== undefined && /^ +(?:muoi|mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin|nhat)(?![a-z])/.test(this.f.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      if (word === undefined && !/^\d/.test(m[1]) && !this.isUpper(numAt, m[1].length)) continue;
      const term = word !== undefined ? intToRoman(word) : termOf(m[1]);
      if (!term) continue;
      const end = m.index + m[0].length;
      let kind: 'local' | 'national' = found;
      // "Các Nghị quyết Đại hội IX, X và XI của Đảng": one resolution per Congress, the list's span.
      const more = kind === 'national' ? this.congressList(end) : null;
      if (kind === 'national') {
        // What follows (the whole list) says whose congress it was: "Đại hội lần thứ VIII của Hội Nông
        // dân" is none of the party's, "Đại hội lần thứ XX Đảng bộ tỉnh" a local one; so is a number
        // the national congress has not reached ("Nghị quyết Đại hội XX" in a provincial paper).
        const after = more?.end ?? end;
        const whose = this.f.text.slice(after, after + 60).replace(/^ *,? *(?:cua +)?/, '');
        if (NON_PARTY_BODIES.test(whose)) return null;
        if (/^dang bo(?![a-z])/.test(whose) || romanToInt(term)! > LATEST_CONGRESS) kind = 'local';
        // "Đại hội đại biểu Đảng bộ TPHCM lần thứ I … Nghị quyết Đại hội lần thứ I": the passage named a
        // local organisation's Congress of that number before, and nothing says this one is the Party's.
        else if (!/^(?:toan quoc|dang cong san|(?:cua +)?dang(?! *bo))/.test(whose) && this.localCongressBefore(start, term)) kind = 'local';
        // "Đảng bộ Thành phố Hồ Chí Minh: … Nghị quyết Đại hội lần thứ I": a party organisation named
        // before it in its sentence, and the number of the first congresses of the provinces merged in
        // 2025, not a national one of 1935 to 1960.
        else if (romanToInt(term)! <= 2 && !/^(?:toan quoc|dang cong san|(?:cua +)?dang(?! *bo))/.test(whose)
          && /dang bo +(?:tinh|thanh pho|[a-z]+ +[a-z]+)/.test(this.f.text.slice(Math.max(0, start - 160), start).split(/[.!?\n]/).pop()!)) kind = 'local';
      }
      const items: RawItem[] = [{ code: 'NQ', term, congress: kind, party: true }];
      if (more) items.push(...more.terms.map((t) => ({ code: 'NQ', term: t, congress: kind, party: true as const })));
      return { form: 'congress', start, end: more?.end ?? end, typeWord, lower, items };
    }
    return null;
  }

  private localCongresses?: Array<{ start: number; end: number; term: string }>;

  /** "The 1st Congress of the Ho Chi Minh City Party Organisation … The Resolution of the 1st Congress",
   *  "Đại hội đại biểu Đảng bộ TPHCM lần thứ I … Nghị quyết Đại hội lần thứ I": the passage names a local
   *  party organisation's Congress of that number before. */
  private localCongressBefore(start: number, term: string, end = start): boolean {
    const found = (this.localCongresses ??= this.findLocalCongresses());
    // The first one ending after start - REACH (they are in text order): a text of congresses asks each.
    let lo = 0, hi = found.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (found[mid].end <= start - LOCAL_CONGRESS_REACH) lo = mid + 1; else hi = mid; }
    // Also the one the mention itself names ("The Resolution of the 1st Congress of the Ho Chi Minh
    // City Party Organisation"): it starts inside the mention, where its Congress is named.
    for (let k = lo; k < found.length && found[k].start < end; k++) {
      if (found[k].term === term && (found[k].end <= start || found[k].start >= start)) return true;
    }
    return false;
  }

  /** Every local party organisation's Congress the text names, with its number: read once per text. */
  private findLocalCongresses(): Array<{ start: number; end: number; term: string }> {
    const t = this.f.text;
    const out: Array<{ start: number; end: number; term: string }> = [];
    const add = (re: RegExp, n: (m: RegExpMatchArray) => string | undefined) => {
      for (const m of t.matchAll(re)) { const term = termOf(n(m) ?? ''); if (term) out.push({ start: m.index!, end: m.index! + m[0].length, term }); }
    };
    if (/party +organi[sz]ation|party +committee|provincial|municipal/.test(t)) add(EN_LOCAL_CONGRESS, (m) => m[1] ?? m[2]);
    if (t.includes('dang bo')) add(VI_LOCAL_CONGRESS, (m) => m[1]);
    return out.sort((a, b) => a.end - b.end);
  }

  /** The further Congresses of a list after the first one's number (", X và XI"), in capitals, each
   *  one the national Congress has reached; null when none follows. */
  private congressList(at: number): { terms: string[]; end: number } | null {
    const terms: string[] = [];
    let end = at;
    for (let m; (m = CONGRESS_MORE.exec(this.f.text.slice(end, end + 16))); ) {
      const numAt = end + m[0].length - m[1].length;
      const term = termOf(m[1]);
      if (!term || !this.isUpper(numAt, m[1].length) || romanToInt(term)! > LATEST_CONGRESS) break;
      terms.push(term);
      end += m[0].length;
    }
    return terms.length ? { terms, end } : null;
  }

  /** Pass A: everything that starts with a type word. */
  scanTypeWords(): void {
    const t = this.f.text;
    TYPE_WORD_SCAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    // The English forms that do not start with a type word all contain "resolution", with their
    // cue word shortly before it: where it is, is all that is needed to know whether to look for them.
    let cued = false;
    while ((m = TYPE_WORD_SCAN.exec(t))) {
      const start = m.index;
      const typeWord = typeWordOf(m[0]);
      if (typeWord === 'resolution' && !cued) cued = EN_SPECIAL_CUE.test(t.slice(Math.max(0, start - 200), start + 10));
      const before = start > 0 ? t.charCodeAt(start - 1) : 0;
      if (before >= 0x30 && before <= 0x39) { TYPE_WORD_SCAN.lastIndex = start + 1; continue; }
      if (isLetter(before) && !this.gluedWordStart(start)) continue;
      const after = start + m[0].length;
      const tw = TYPE_WORDS[typeWord];
      const abbreviation = CAPITALS_ONLY.has(typeWord) && !this.isUpper(start, 2);
      const chat = abbreviation && this.chatAbbreviation(typeWord, after);
      if (abbreviation && !chat) continue;
      // "nq 57", "kl 121" in a chat are abbreviations, not the common words ("nghị quyết") lower case marks.
      const lower = typeWord !== 'nq' && !chat && !this.isUpper(start, 1);
      let cand: Candidate | null = null;
      // A Vietnamese plenum or congress name goes on in words ("Trung ương", "Hội nghị", "Đại hội"):
      // after a number ("Nghị quyết 18", the usual short form) neither is read. English ones and
      // "NQTW 4" may start with the number.
      const named = tw.english || typeWord === 'nqtw' || !digitAfterSpaces(t, after);
      if (named && (tw.code === 'NQ' || tw.code === 'KL')) cand = this.plenum(tw.code, typeWord, start, after, lower);
      if (named && !cand && tw.code === 'NQ') cand = this.congress(typeWord, start, after, lower);
      if (!cand) cand = this.numbered(typeWord, start, after, lower);
      // "TB 75", "HD 26" without a symbol are ours only with their issuer right after ("HD 05" of a
      // project, a postcode, an average are not).
      if (cand?.form === 'short' && (typeWord === 'tb' || typeWord === 'hd') && !ISSUER_RIGHT_AFTER.test(t.slice(cand.end, cand.end + 40))) cand = null;
      // "các nghị quyết, kết luận của Hội nghị Trung ương 6": the meeting's documents as a set, in
      // lowercase, like "các nghị quyết của Đảng" (not "các Nghị quyết Hội nghị Trung ương 8", named).
      // (Not "Các nghị quyết Trung ương 6 khóa XII gồm …", which names them: only the meeting's, "… (của) Hội nghị …".)
      // (Read in the original: folded, "nhưng" is "những"; and one plenum of one term: "những nghị quyết Hội
      // nghị Trung ương 4 khóa XI và khóa XII" names two.)
      if (cand?.form === 'plenum' && lower && cand.items.length === 1 && /^ *(?:cua +)?hoi nghi /.test(t.slice(after, after + 16))
        && PLURAL_BEFORE.test(this.origSlice(Math.max(0, start - 60), start).normalize('NFC').toLowerCase())) cand = null;
      // "Central Resolution 6" names a plenum (party-documents.md §12): left to the scan below.
      if (cand?.form === 'short' && typeWord === 'resolution' && /(?:^|[^a-z])central +$/.test(t.slice(Math.max(0, start - 12), start))) cand = null;
      if (cand) {
        this.candidates.push(cand);
        TYPE_WORD_SCAN.lastIndex = Math.max(cand.end, after);
      }
    }
    if (!cued) return;
    const found: Candidate[] = [];
    EN_SPECIAL_SCAN.lastIndex = 0;
    while ((m = EN_SPECIAL_SCAN.exec(t))) {
      const start = m.index, end = start + m[0].length;
      if (overlaps(this.candidates, start, end)) continue;
      if (m[1]) {
        const term = termOf(m[1]);
        // "the 12th Party Resolution" without "Congress": the Congress's only from the ninth on, and not
        // with a term after it ("the 8th Party Resolution (11th tenure)" is a plenum's).
        const noCongressWord = !m[0].includes('congress');
        if (noCongressWord && (Number(m[1]) < 9 || TERM_AFTER_EN.test(t.slice(end, end + 40)))) continue;
        if (term && romanToInt(term)! <= LATEST_CONGRESS) found.push({ form: 'congress', start, end, typeWord: 'resolution', lower: false, items: [{ code: 'NQ', term, congress: 'national', party: true }] });
      } else if (m[2]) {
        found.push({ form: 'plenum', start, end, typeWord: 'resolution', lower: false, items: [{ code: 'NQ', plenum: Number(m[2]), term: termOf(m[3] ?? m[4]), party: true }] });
      } else if (m[10]) {
        found.push({ form: 'plenum', start, end, typeWord: 'resolution', lower: false, items: [{ code: 'NQ', plenum: Number(m[10]), term: termOf(m[11] ?? m[12]), party: true }] });
      } else if (m[8]) {
        const n = numWord(m[8]);
        if (n) found.push({ form: 'plenum', start, end, typeWord: 'resolution', lower: false, items: [{ code: 'NQ', plenum: n, term: termOf(m[9]), party: true }] });
      } else {
        const n = numWord(m[6]);
        // "The Hanoi Party Committee adopted its fifth plenum's resolution": a local committee's plenum,
        // where the Central Committee is not named with it.
        // (Only its own: "its fifth plenum's", "the … Committee's fifth plenum's" — not "The Provincial Party
        // Committee held a conference to study the eighth plenum's resolution", the Central Committee's.
        // A mass organisation's plenum is its own: "The Women's Union Central Committee adopted …".)
        const window = t.slice(Math.max(0, start - 100), start);
        const local = !m[5] && !m[7] && !TERM_AFTER_EN.test(t.slice(end, end + 40))
          && ((LOCAL_COMMITTEE_BEFORE.test(window) && /(?:'s|(?<![a-z])its) *$/.test(window)) || MASS_ORGANISATION_BEFORE.test(window));
        if (n && !local) found.push({ form: 'plenum', start, end, typeWord: 'resolution', lower: false, items: [{ code: 'NQ', plenum: n, term: termOf(m[5] ?? m[7]), party: true }] });
      }
    }
    // Both in text order, and apart: merged, not sorted (nor spread into a call, which a long
    // text's tens of thousands of arguments would overflow).
    if (found.length) this.candidates = mergeSorted(this.candidates, found);
  }

  /** Pass B: symbols standing alone (header number lines, garbled type words, metadata tables). */
  scanSymbols(): void {
    const t = this.f.text;
    const found: Candidate[] = [];
    const re = SYMBOL_SCAN;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      if (!symbolMayStart(t, m.index)) { re.lastIndex = m.index + 1; continue; }
      // Found in text order and apart from each other: only the candidates need a search.
      if (overlaps(this.candidates, m.index, m.index + m[0].length)) continue;
      // item() reads the symbol again, party form first: the scan only says where one starts.
      const it = this.item(m.index, '', undefined);
      if (!it || !it.item.key) continue;
      found.push({ form: 'symbol', start: m.index, end: it.end, lower: false, items: [it.item] });
    }
    if (!found.length) return;
    this.candidates = mergeSorted(this.candidates, found);
  }
}

/**
 * Can PARTY_SYMBOL, STATE_SYMBOL or PARTIAL_SYMBOL match at `pos`? Each is one to five digits, then
 * (after spaces) a "-", "/", "." or the letters of a type code, and the code follows a "." at once.
 * False only where none of them can.
 */
function symbolMayStartAt(t: string, pos: number): boolean {
  let k = pos;
  while (isDigit(t.charCodeAt(k))) k++;
  if (k === pos || k - pos > 5) return false;
  while (t.charCodeAt(k) === 0x20) k++;
  const c = t.charCodeAt(k);
  if (c === 0x2e) return isLetter(t.charCodeAt(k + 1));
  return c === 0x2d || c === 0x2f || isLetter(c);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Numbers as printed without a leading zero, by value: one string each, shared by every call. */
const NUMBER_STRINGS: string[] = [];

/**
 * The digits t[from, to) as printed. A text of references prints the same few numbers thousands
 * of times, and each item keeps its number as long as the text's candidates live.
 */
function numberAt(t: string, from: number, to: number): string {
  // "057" keeps its zero: spelt from the text.
  if (t.charCodeAt(from) === 0x30 || to - from > 4) return t.slice(from, to);
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + t.charCodeAt(k) - 0x30;
  return (NUMBER_STRINGS[n] ??= String(n));
}

function keyedCount(items: RawItem[]): number {
  let n = 0;
  for (const it of items) if (it.key) n++;
  return n;
}

/** Does t[from, to) hold the code unit `c`? */
function hasCode(t: string, from: number, to: number, c: number): boolean {
  for (let k = from; k < to; k++) if (t.charCodeAt(k) === c) return true;
  return false;
}

/** How many letters t[from, to) holds (folded text). */
function letters(t: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isLetter(t.charCodeAt(k))) n++;
  return n;
}

function skipSpaces(t: string, pos: number): number {
  while (t.charCodeAt(pos) === 0x20) pos++;
  return pos;
}

function bracketAfterSpaces(t: string, pos: number): boolean {
  return t.charCodeAt(skipSpaces(t, pos)) === 0x28;
}

function digitAfterSpaces(t: string, pos: number): boolean {
  return isDigit(t.charCodeAt(skipSpaces(t, pos)));
}

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Candidates in text order that do not overlap: one binary search tells if [a, b) is taken. */
function overlaps(sorted: Candidate[], a: number, b: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < b) lo = mid + 1; else hi = mid; }
  return lo > 0 && sorted[lo - 1].end > a;
}

function mergeSorted(a: Candidate[], b: Candidate[]): Candidate[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: Candidate[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** A file's extension right after a symbol: "68-NQ-TW.pdf" names a file, not a citation. */
const EXTENSIONS = String.raw`\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|html?|aspx?|jpe?g|png)(?![a-z0-9])`;
const FILE_EXTENSION = new RegExp(EXTENSIONS, 'y');
const ANY_FILE = new RegExp(EXTENSIONS);

export function findCandidates(f: Folded, orig: string): Candidate[] {
  const m = new Matcher(f, orig);
  m.scanTypeWords();
  m.scanSymbols();
  const t = f.text;
  // Most texts name no file: one search for the dot decides whether to look at each candidate.
  if (!ANY_FILE.test(t)) return m.candidates;
  // A symbol's span may have taken the dot.
  return m.candidates.filter((c) => { FILE_EXTENSION.lastIndex = t[c.end - 1] === '.' ? c.end - 1 : c.end; return !FILE_EXTENSION.test(t); });
}
