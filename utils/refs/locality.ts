/**
 * Stage 3c: the party organisation a local document belongs to. "Nghị quyết Đại hội đại biểu Đảng bộ
 * tỉnh lần thứ XX" of Nghệ An and of Thanh Hóa are two documents; so are two provinces' "10-NQ/TU".
 * The organisation comes from the text — named with the mention ("… Đảng bộ tỉnh Bắc Giang lần thứ
 * XIX", "… của Tỉnh ủy Yên Bái"), else the nearest one of the same level named before it, else the
 * only one the text names — and only then from the site the page is on (a provincial paper's own
 * province, `ExtractOptions.locality`).
 */
import { parseKey } from './keys';
import { CLAUSE, stopAfter, stopBefore } from './sentence';
import { fold, type Folded } from './normalize';
import { isCentralCity, provinceName, provinceNameLength, provinceOrganisation, provincesNamedIn } from './provinces';

/** Level of a local party organisation. */
/** `co quan`: a province's Quân sự, Công an, Biên phòng Đảng ủy; `khoi`, `ban can su`, `dang doan`: the
 *  other agency organisations, kept apart so one's name never stands for another's. */
/** `tp tinh`: a province's own city (Phủ Lý, Vinh), whose Thành ủy prints ThU; `thanh pho` is a
 *  centrally-run one (Hà Nội, Đà Nẵng), whose Thành ủy prints TU. */
export type OrgLevel = 'tinh' | 'thanh pho' | 'tp tinh' | 'huyen' | 'quan' | 'thi xa' | 'xa' | 'phuong' | 'co quan' | 'khoi' | 'ban can su' | 'dang doan';

export interface Organisation {
  /** Folded offsets of the whole phrase. */
  start: number;
  end: number;
  level: OrgLevel;
  /** As a reader names it: "Đảng bộ tỉnh Bắc Giang"; undefined when the text gives no place name. */
  name?: string;
  /** Names the issuer of what follows it ("Da Nang issued …"), never of a document cited just before. */
  leads?: boolean;
  /** Names only the document right before it ("Resolution 09-NQ/TU of Bac Ninh province"). */
  tight?: boolean;
}

const WORD_OF: Record<string, OrgLevel> = {
  'tinh uy': 'tinh', 'thanh uy': 'thanh pho', 'huyen uy': 'huyen', 'quan uy': 'quan', 'thi uy': 'thi xa',
  tinh: 'tinh', 'thanh pho': 'thanh pho', huyen: 'huyen', quan: 'quan', 'thi xa': 'thi xa', xa: 'xa', phuong: 'phuong',
};
const LEVEL_WORD: Record<OrgLevel, string> = { tinh: 'tỉnh', 'thanh pho': 'thành phố', 'tp tinh': 'thành phố', huyen: 'huyện', quan: 'quận', 'thi xa': 'thị xã', xa: 'xã', phuong: 'phường', 'co quan': '', khoi: '', 'ban can su': '', 'dang doan': '' };

// "Tỉnh ủy Yên Bái", "Đảng bộ tỉnh Bắc Giang", "Đảng bộ thành phố Hà Nội", "Quận ủy Quận 3".
const ORG = /(?<![a-z])(?:(tinh uy|thanh uy|huyen uy|thi uy|quan uy)(?! +trung uong)|dang (?:bo +(tinh|thanh pho|huyen|quan|thi xa|xa|phuong)|uy +(xa|phuong)))(?![a-z])/g;
/** The level printed again before the name: "Thành ủy TP Hồ Chí Minh", "Thành ủy TP. Cần Thơ". */
const HCM = /^ +(?:tp *\.? *)?hcm(?![a-z])/;
const LEVEL_AGAIN = /^ +(?:tp\.?|thanh pho|tinh)(?= +[a-z])/;
/**
 * Capitalised words that begin a clause or a title after an organisation, never a place name: as
 * spelt (lowercase, NFC), since folding makes names of them ("Trọng" folds like "trong", "Chí" like
 * "chi": "Huyện ủy Đức Trọng", "Thành ủy Hồ Chí Minh").
 */
const NOT_PLACE = new Set(('lần khóa khoá nhiệm tổ ban về và cùng có được trong tại theo các những thường ủy uỷ '
  + 'đoàn ngày số để với').split(' '));
/**
 * Words that open a place's name as often as a document's or a clause's ("Đại Lộc", "Quy Nhơn", "Chi
 * Lăng", "Bồ Đề", "Thanh Chương", "Phú Hội" against "Đại hội", "Quy định", "Chi bộ", "Đề án",
 * "Chương trình", "Hội nghị"): not a place only where the word after them makes the common noun.
 */
const NOT_PLACE_BEFORE: Record<string, RegExp> = {
  'đại': /^ +(?:hoi|bieu|dien)(?![a-z])/, 'quy': /^ +(?:dinh|che|hoach)(?![a-z])/, 'chi': /^ +(?:bo|hoi|cuc|nhanh|doan|dao)(?![a-z])/,
  'quyết': /^ +(?:dinh|nghi|tam|liet)(?![a-z])/, 'kế': /^ +(?:hoach|toan)(?![a-z])/, 'đề': /^ +(?:an|nghi|ra|xuat|cuong)(?![a-z])/,
  'chỉ': /^ +(?:thi|dao|tieu)(?![a-z])/, 'nghị': /^ +(?:quyet|dinh)(?![a-z])/, 'thông': /^ +(?:bao|tri|tu|qua|tin)(?![a-z])/,
  'hướng': /^ +dan(?![a-z])/, 'kết': /^ +(?:luan|qua|hop|nap)(?![a-z])/, 'tiếp': /^ +(?:tuc|thu|xuc|nhan)(?![a-z])/,
  'tăng': /^ +cuong(?![a-z])/, 'thực': /^ +(?:hien|te|trang)(?![a-z])/, 'triển': /^ +khai(?![a-z])/, 'chương': /^ +trinh(?![a-z])/,
  'hội': /^ +(?:nghi|dong|nong|cuu|lien|phu|luat|doanh|nha|chu)(?![a-z])/,
};

/** A comma opening another's clause: "…, trong khi Đảng ủy xã Cam Lộ ban hành …". */
const CONTRAST_CLAUSE = /,\s*(?:trong khi|còn|đồng thời|bên cạnh đó|ngoài ra|while|whereas)\s/iu;

/** Words that are part of an organisation's place name are capitalised (or a number: "Quận 3"). */
const NAME_WORD = /^(?: *[-–] *(?=[a-z0-9])| +)([a-z0-9]+)/;
/** The places whose one name is two joined by a dash (folded). */
const DASHED_PLACES = new Set(['ba ria vung tau', 'phan rang thap cham', 'thua thien hue', 'quang nam da nang', 'gia lai kon tum']);
/** A leader's title right before a committee's name: "Bí thư Tỉnh ủy …", "Phó Bí thư Thường trực Tỉnh ủy …". */
const LEADER_BEFORE = /(?:Bí thư|Bí Thư|BÍ THƯ|Thường trực|Chủ nhiệm|Ủy viên|Uỷ viên)(?: Thường trực| Ban Thường vụ)?\s*$/u;

/** The level words as printed, with their marks or without any (a page that lost them all), and "TP". */
const LEVEL_SPELLINGS: ReadonlySet<string> = new Set([
  ...Object.values(LEVEL_WORD).filter(Boolean).flatMap((w) => [w, fold(w, { ascii: true }).text]), 'tp', 'tp.',
]);

/** Is the word after original index `o` (past spaces) capitalised? */
function capitalisedNext(orig: string, o: number): boolean {
  while (o < orig.length && orig[o] === ' ') o++;
  const c = orig[o];
  return !!c && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Every local party organisation the text names, in text order. */
export function findOrganisations(f: Folded, orig: string, agencies = true): Organisation[] {
  const out: Organisation[] = [];
  const t = f.text;
  ORG.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ORG.exec(t)); ) {
    let level = WORD_OF[m[1] ?? m[2] ?? m[3]];
    let end = m.index + m[0].length;
    // "Thành ủy TP.HCM", "Thành ủy TPHCM": the city's abbreviation, no words to read.
    const hcm = HCM.exec(t.slice(end, end + 16));
    if (hcm) {
      out.push({ start: m.index, end: end + hcm[0].length, level: 'thanh pho', name: provinceOrganisation('ho chi minh') });
      ORG.lastIndex = end + hcm[0].length;
      continue;
    }
    const again = LEVEL_AGAIN.exec(t.slice(end, end + 16));
    if (again) end += again[0].length;
    const read = placeAfter(f, orig, end, level === 'tinh' || level === 'thanh pho');
    end = read.end;
    // "Bí thư Tỉnh ủy Kim Ngọc": after a leader's title and "Tỉnh ủy", a name that is no province's is the
    // leader's. (Elsewhere it may be a province of before 1976, "Tỉnh ủy Hà Đông": read as printed.)
    const leader = level === 'tinh' && read.place && LEADER_BEFORE.test(orig.slice(Math.max(0, f.orig(m.index) - 24), f.orig(m.index)));
    const place = leader && !provinceNameLength(read.place.replace(/ \((?:mới|cũ)\)$/, '').split(' ')) ? '' : read.place;
    // "Thành ủy Phủ Lý": a province's city, not one run from the centre.
    if (level === 'thanh pho' && place && !isCentralCity(place)) level = 'tp tinh';
    // "Quận ủy Quận 3" is "Đảng bộ Quận 3", not "Đảng bộ quận Quận 3".
    const named = /^(?:Quận|Huyện|Tỉnh|Thị xã|Thành phố|Xã|Phường)\s/i.test(place) ? `Đảng bộ ${place}` : `Đảng bộ ${LEVEL_WORD[level]} ${place}`;
    out.push({ start: m.index, end, level, name: place && !/^(?:Quận|Huyện|Tỉnh)$/i.test(place) ? named : undefined });
    // "Các Tỉnh ủy Sóc Trăng, Bạc Liêu và Cà Mau": one committee word for several places.
    if (place && /(?<![a-z])cac +$/.test(t.slice(Math.max(0, m.index - 6), m.index))) end = morePlaces(f, orig, end, level, out);
    ORG.lastIndex = end;
  }
  // Read only where their words are: the whole text is scanned for each.
  const all = agencies && AGENCY_CUE.test(t) ? mergeInOrder(out, agencyOrganisations(f, orig)) : out;
  return (t.includes('party ') && (EN_CUE.test(t) || EN_ISSUED.test(t))) || EN_PLACE_CUE.test(t) ? mergeInOrder(all, englishOrganisations(t)) : all;
}

/** The further places of "các Tỉnh ủy A, B và C" after A (folded `end`), pushed as organisations of
 *  `level`; where the last one ends. */
function morePlaces(f: Folded, orig: string, end: number, level: OrgLevel, out: Organisation[]): number {
  // (placeAfter reads from the spaces before a name.)
  for (let sep; (sep = /^ *(?:,|va)(?= +\S)/.exec(f.text.slice(end, end + 8))); ) {
    const read = placeAfter(f, orig, end + sep[0].length);
    if (!read.place) break;
    out.push({ start: end + sep[0].length + 1, end: read.end, level, name: `Đảng bộ ${LEVEL_WORD[level]} ${read.place}` });
    end = read.end;
  }
  return end;
}

/** The capitalised place name printed at folded `end` ("Bắc Giang", "Quận 3"), and where it ends. */
/** The words of an agency's party organisation (one scan of the text). */
const AGENCY_CUE = /dang (?:uy|bo) (?:khoi|quan su|cong an|bien phong|bo doi|chinh phu|quoc hoi|cac co quan dang|mat tran|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)|ban can su dang|dang doan/;
const EN_CUE = /party (?:standing |executive )?(?:committee|congress)/;
const EN_ISSUED = / (?:issued|adopted|launched|approved) /;

function placeAfter(f: Folded, orig: string, end: number, province = false): { place: string; end: number } {
  const t = f.text;
  const words: string[] = [];
  const ends: number[] = [];
  for (let w = 0; w < 4; w++) {
    const n = NAME_WORD.exec(t.slice(end, end + 24));
    if (!n) break;
    const at = end + n[0].length - n[1].length;
    // "Bà Rịa - Vũng Tàu", "Phan Rang - Tháp Chàm": a name of two joined by a dash, as printed.
    const dash = words.length > 0 && /[-–]/.test(n[0]);
    // A line break ends the name: a heading's next line is not part of it.
    if (/[\n\r]/.test(orig.slice(f.orig(end), f.orig(at)))) break;
    const c = orig[f.orig(at)];
    // "lần thứ", "khóa", a Roman numeral, a word that starts a clause ("… Tỉnh ủy Tổ chức hội nghị"): not a place.
    const word = orig.slice(f.orig(at), f.orig(at + n[1].length));
    // "Tỉnh uỷ Quảng trị": a province's name goes on in lowercase where it makes the name whole.
    const named = province && words.length > 0 && provinceNameLength([...words, word]) === words.length + 1;
    if (!c || !(/\d/.test(c) || (c !== c.toLowerCase() && c === c.toUpperCase()) || named)) break;
    // (As printed: "Vị" of "phường Vị Xuyên" folds to "vi" and is no numeral.)
    if (/^[IVXL]+$/.test(word)) break;
    const lower = word.normalize('NFC').toLowerCase();
    if (NOT_PLACE.has(lower)) break;
    const common = NOT_PLACE_BEFORE[lower];
    // Where such a word stands in a place's name: first, before a capitalised word ("Đại Lộc", "Chi
    // Lăng"); second ("Bồ Đề"); never third ("xã Tân Lập Hướng tới …", "Hòa Khánh Tăng trưởng").
    if (common && (words.length >= 2 || common.test(t.slice(at + n[1].length, at + n[1].length + 12))
      || (words.length === 0 && !capitalisedNext(orig, f.orig(at + n[1].length))))) break;
    // Printed in capitals in a heading: "BẮC GIANG" is "Bắc Giang".
    if (dash) {
      words.push('-');
      ends.push(end);
      w--;
    }
    words.push(word.length > 1 && word === word.toUpperCase() && !/\d/.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word);
    end = at + n[1].length;
    ends.push(end);
  }
  // A dash joins the names of one place only where they make one ("Bà Rịa - Vũng Tàu", "Phan Rang -
  // Tháp Chàm"); else it ends the name ("Tỉnh ủy Gia Lai - Động lực mới", "Thành ủy Hà Nội – Sở …").
  const dash = words.indexOf('-');
  if (dash > 0 && !DASHED_PLACES.has(fold(words.join(' '), { ascii: true }).text.replace(/[^a-z0-9]+/g, ' ').trim())) {
    end = ends[dash - 1];
    words.length = dash;
    ends.length = dash;
  }
  // "Tỉnh ủy Quảng Ninh Vũ Đại Thắng": a province's name, then its leader's.
  const known = province ? provinceNameLength(words) : 0;
  if (known && known < words.length) {
    words.length = known;
    end = ends[known - 1];
  }
  // A province's or city's name as it is written, however the page printed it ("Quảng trị", "Dong Nai").
  if (province) {
    const name = provinceName(words);
    if (name) words.splice(0, words.length, name);
  }
  // "Tỉnh ủy Tuyên Quang (mới)", "(cũ)": since the 2025 mergers, two organisations of one name.
  const era = words.length ? /^ *\((?:moi|cu)\)/.exec(t.slice(end, end + 8)) : null;
  if (era) {
    const printed = orig.slice(f.orig(end), f.orig(end + era[0].length)).trim().toLowerCase();
    return { place: `${words.join(' ')} ${printed}`, end: end + era[0].length };
  }
  return { place: words.join(' '), end };
}

/**
 * A province's agencies have party organisations of their own: "Đảng ủy Khối các cơ quan tỉnh Nghệ
 * An", "Đảng ủy Quân sự tỉnh Lạng Sơn", "Ban cán sự đảng UBND tỉnh Thanh Hóa", "Đảng đoàn Hội Nông
 * dân tỉnh An Giang". Named as printed, a Đảng ủy's as its Đảng bộ ("Đảng bộ Công an tỉnh Hà Tĩnh").
 */
const AGENCY = /(?<![a-z])(?:dang (?:uy|bo) (?:khoi|quan su|cong an|bien phong|bo doi bien phong|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)|ban can su dang|dang doan)(?![a-z])(?: +[a-z0-9]+){0,6}? +(?:tinh|thanh pho|tp\.?)(?= +[a-z])/g;

/**
 * The party organisations of the central agencies, since 2025 ("Đảng ủy Chính phủ", "Đảng ủy Quốc
 * hội", "Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"),
 * and before it the Khối's ("Đảng ủy Khối các cơ quan Trung ương"): no place follows their name.
 */
const CENTRAL_AGENCY = /(?<![a-z])dang (?:uy|bo) (chinh phu|quoc hoi|cac co quan dang trung uong|mat tran to quoc(?:, cac doan the trung uong)?|khoi (?:cac co quan|doanh nghiep) trung uong)(?![a-z])/g;

/** Their names as written, whatever case the page prints them in (a header's capitals). */
const CENTRAL_AGENCY_NAMES: Record<string, string> = {
  'chinh phu': 'Chính phủ', 'quoc hoi': 'Quốc hội', 'cac co quan dang trung uong': 'các cơ quan Đảng Trung ương',
  'mat tran to quoc': 'Mặt trận Tổ quốc', 'mat tran to quoc, cac doan the trung uong': 'Mặt trận Tổ quốc, các đoàn thể Trung ương',
  'khoi cac co quan trung uong': 'Khối các cơ quan Trung ương', 'khoi doanh nghiep trung uong': 'Khối Doanh nghiệp Trung ương',
};

function centralAgencies(f: Folded, out: Organisation[]): void {
  CENTRAL_AGENCY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CENTRAL_AGENCY.exec(f.text)); ) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, level: m[1].startsWith('khoi') ? 'khoi' : 'co quan', name: `Đảng bộ ${CENTRAL_AGENCY_NAMES[m[1]] ?? m[1]}` });
  }
}

function agencyOrganisations(f: Folded, orig: string): Organisation[] {
  const out: Organisation[] = [];
  centralAgencies(f, out);
  AGENCY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = AGENCY.exec(f.text)); ) {
    const { place, end } = placeAfter(f, orig, m.index + m[0].length);
    if (!place) continue;
    const printed = orig.slice(f.orig(m.index), f.orig(end)).replace(/\s+/g, ' ');
    const head = f.text.slice(m.index, m.index + 16);
    const level: OrgLevel = head.startsWith('ban can su') ? 'ban can su' : head.startsWith('dang doan') ? 'dang doan' : /^dang (?:uy|bo) khoi/.test(head) ? 'khoi' : 'co quan';
    out.push({ start: m.index, end, level, name: printed.replace(/^Đảng ủy /i, 'Đảng bộ ') });
    AGENCY.lastIndex = end;
  }
  return out.sort((x, y) => x.start - y.start);
}

// English editions: "the Quang Ninh Provincial Party Committee", "the Hanoi Party Committee",
// "the Party Committee of Ca Mau province", "Dong Nai's Provincial Party Committee".
const EN_ORG = /(?<![a-z])(?:party (?:standing |executive )?committee of (?:the )?((?:[a-z]+ ){1,4}?)(?:province|city)|((?:[a-z]+ ){0,3}?[a-z]+)(?:['’]s)? (?:(provincial|city|municipal|district) )?party (?:standing |executive )?(?:committee|congress))(?![a-z])/g;

/** "… while Da Nang issued Action Programme No. 45-CTr/TU": a province as the subject of issuing. */
const EN_ISSUER_PLACE = /(?<![a-z])((?:[a-z]+ ){0,2}[a-z]+) +(?:city +|province +)?(?:has +|have +)?(?:issued|adopted|launched|approved)(?![a-z])/g;

// "Hai Duong's Resolution 12-NQ/TU", "Nghe An province's Directive 15-CT/TU": the province's own document.
const EN_PLACE_POSSESSIVE = /(?<![a-z])((?:[a-z]+ ){0,2}?[a-z]+)(?: +(?:province|city))?['’]s +(?:[a-z]+ +){0,2}?(?:resolution|directive|conclusion|plan|programme|program|regulation|decision|instruction)(?![a-z])/g;
// "Resolution 09-NQ/TU of Bac Ninh province": the province after the document.
const EN_OF_PLACE = /(?<![a-z])of +(?:the +)?((?:[a-z]+ ){0,2}?[a-z]+) +(?:province|city)(?![a-z'’])/g;
/** A document's number or symbol right before (folded): "… 09-NQ/TU ", "Resolution 12 ". */
const DOCUMENT_BEFORE = /(?:\d+-[a-z]+\/[a-z]+|(?:resolution|directive|conclusion|plan|programme|regulation|decision) +(?:no\.? *)?\d+) *$/;
/** Whether a text may name a province in those shapes (the scans below read it whole). */
const EN_PLACE_CUE = /['’]s +(?:[a-z]+ +){0,2}?(?:resolution|directive|conclusion|plan|program|regulation|decision)| of +(?:the +)?[a-z ]{2,30} (?:province|city)(?![a-z])/;

function englishOrganisations(t: string): Organisation[] {
  const out: Organisation[] = [];
  for (const re of [EN_PLACE_POSSESSIVE, EN_OF_PLACE]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(t)); ) {
      const name = provinceOrganisation(m[1]);
      // Words before the place that are not part of it ("… in Hai Duong's …"): read on from the next word.
      if (!name) { re.lastIndex = m.index + (m[0].indexOf(' ') + 1 || m[0].length); continue; }
      const level: OrgLevel = name.startsWith('Đảng bộ thành phố') ? 'thanh pho' : 'tinh';
      // The possessive names what follows it (never a document cited just before): its span is the place's.
      // "of X province" names only the document right before it, not one whose subject it is in.
      if (re === EN_OF_PLACE) {
        if (DOCUMENT_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) out.push({ start: m.index, end: m.index + m[0].length, level, name, tight: true });
      } else out.push({ start: m.index, end: m.index + m[1].length, level, name, leads: true });
    }
  }
  EN_ISSUER_PLACE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN_ISSUER_PLACE.exec(t)); ) {
    const name = provinceOrganisation(m[1]);
    if (name) out.push({ start: m.index, end: m.index + m[0].length, level: name.startsWith('Đảng bộ thành phố') ? 'thanh pho' : 'tinh', name, leads: true });
  }
  EN_ORG.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = EN_ORG.exec(t)); ) {
    const name = provinceOrganisation(m[1] ?? m[2] ?? '');
    const district = m[3] === 'district';
    // Words before a committee that name no place ("… of the Party Committee of Ca Mau province"):
    // read on from its "party", where the other shape may start.
    if (!name && !m[3] && !m[1]) { EN_ORG.lastIndex = m.index + m[0].lastIndexOf('party'); continue; }
    const level: OrgLevel = district ? 'huyen' : name?.startsWith('Đảng bộ thành phố') ? 'thanh pho' : 'tinh';
    out.push({ start: m.index, end: m.index + m[0].length, level, name: district ? undefined : name });
  }
  return out.sort((x, y) => x.start - y.start);
}

function mergeInOrder(a: Organisation[], b: Organisation[]): Organisation[] {
  return b.length ? [...a, ...b].sort((x, y) => x.start - y.start) : a;
}

/** Levels below a province: their congress is never the province's. */
const BELOW_PROVINCE: ReadonlySet<OrgLevel> = new Set<OrgLevel>(['huyen', 'quan', 'thi xa', 'tp tinh', 'xa', 'phuong']);
const AGENCY_LEVELS: ReadonlySet<OrgLevel> = new Set<OrgLevel>(['co quan', 'khoi', 'ban can su', 'dang doan']);

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
    // The Tỉnh ủy's own commissions and boards ("Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng") are its organisation's.
    case 'TU': case 'UBKTTU': case 'BTGTU': case 'BTCTU': case 'BDVTU': case 'VPTU': case 'BNCTU': case 'BTGDVTU':
      return ['tinh', 'thanh pho'];
    case 'ThU': return ['thi xa', 'tp tinh', 'thanh pho'];
    case 'HU': case 'UBKTHU': case 'BTGHU': case 'BTCHU': return ['huyen', 'thi xa'];
    case 'QU': case 'UBKTQU': case 'BTGQU': case 'BTCQU': return ['quan'];
    // A commune's or ward's committee, or a provincial agency's (Quân sự, Công an); a company's names no place.
    case 'ĐU': return ['xa', 'phuong', 'co quan'];
    case 'ĐUK': return ['khoi'];
    case 'BCSĐ': return ['ban can su'];
    case 'ĐĐ': return ['dang doan'];
    default: return null;
  }
}

/**
 * The text's organisations in text order, and per set of levels what organisationAt asks of them,
 * built once: a text citing local documents thousands of times must not walk all its organisations
 * for each mention.
 */
export class Organisations {
  private readonly tables = new Map<string, LevelTable>();

  constructor(readonly list: readonly Organisation[]) {}

  /** Index of the first organisation that starts at or after `pos`. */
  firstFrom(pos: number): number {
    const list = this.list;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < pos) lo = mid + 1; else hi = mid; }
    return lo;
  }

  table(levels: OrgLevel[] | null): LevelTable {
    const key = levels ? levels.join() : '*';
    let t = this.tables.get(key);
    if (!t) this.tables.set(key, (t = levelTable(this.list, levels)));
    return t;
  }
}

interface LevelTable {
  /** [k]: index of the last named organisation of the levels among the first k, or -1. */
  lastBefore: Int32Array;
  /** The first named organisation of the levels, when all of them bear one name. */
  only: Organisation | undefined;
}

function levelTable(list: readonly Organisation[], levels: OrgLevel[] | null): LevelTable {
  const lastBefore = new Int32Array(list.length + 1);
  const names = new Set<string>();
  let last = -1, first: Organisation | undefined;
  for (let k = 0; k < list.length; k++) {
    lastBefore[k] = last;
    const o = list[k];
    if (o.name && (!levels || levels.includes(o.level))) { last = k; names.add(o.name); first ??= o; }
  }
  lastBefore[list.length] = last;
  return { lastBefore, only: names.size === 1 ? first : undefined };
}

/**
 * The organisation of a local document mentioned at folded [start, end): one named inside or right
 * after the mention, else the nearest named one of its levels before it, else the only one the
 * text names at those levels. `levels` null: any level.
 */
export function organisationAt(orgs: Organisations, start: number, end: number, levels: OrgLevel[] | null,
  sameSentence: (from: number, to: number) => boolean = () => true): Organisation | undefined {
  const list = orgs.list;
  const from = orgs.firstFrom(start);
  // Inside the span or within a short phrase after it, in the same sentence ("… lần thứ XVII Đảng bộ
  // thành phố Hà Nội", "Chỉ thị số 17-CT/TU của Tỉnh ủy Yên Bái").
  let near: Organisation | undefined;
  for (let k = from; k < list.length && list[k].start <= end + 60; k++) {
    const o = list[k];
    if (o.tight && o.start > end + 4) continue;
    if (!o.leads && (!levels || levels.includes(o.level)) && sameSentence(end, o.start)) { near = o; break; }
  }
  if (near?.name) return near;
  const t = orgs.table(near ? [near.level] : levels);
  const before = t.lastBefore[from];
  return before >= 0 ? list[before] : t.only;
}

/** What stands between a mention and the organisation that issued it: "của", "do", "của Ban Thường vụ". */
const OWN_ISSUER = /^\s*,?\s*(?:của|do|of(?: the)?)\s+(?:ban thường vụ\s+|ban chấp hành\s+)?$/iu;

export interface Locality {
  name: string;
  /** "text": named in the text; "site": the page's site is that organisation's paper. */
  from: 'text' | 'site';
}

interface LocalKind { congress: boolean; issuer: string | undefined; levels: OrgLevel[] | null }

function localKind(key: string): LocalKind | null {
  const k = parseKey(key);
  const congress = k?.kind === 'local-congress';
  const issuer = k?.kind === 'party' ? k.issuer : undefined;
  const levels = congress ? null : levelsOfIssuer(issuer);
  return congress || levels ? { congress, issuer, levels } : null;
}

/** Answers, per mention, which organisation a local document belongs to; reads the text's
 *  organisations once, and only when a local document is cited. */
export class Localities {
  private orgs: Organisations | null = null;
  private withAgencies = false;
  /** What each key says of its level (null: not a local document): a text cites few documents,
   *  many times each, and a key read apart at every mention is garbage. */
  private readonly kinds = new Map<string, LocalKind | null>();

  constructor(private readonly f: Folded, private readonly orig: string, private readonly site?: string) {}

  /** Mentions of a sentence that pairs its documents with its organisations in order ("… lần lượt
   *  của Tỉnh ủy A và Tỉnh ủy B"): start → the organisation's name, or null where the two lists do
   *  not pair one to one (no guess then). Filled by respectively(). */
  private readonly paired = new Map<string, string | null>();

  /**
   * "Nghị quyết số 05-NQ/TU và số 07-NQ/TU lần lượt của Tỉnh ủy A và Tỉnh ủy B", "Tỉnh ủy A và
   * Tỉnh ủy B lần lượt ban hành Chỉ thị 12-CT/TU và 15-CT/TU": in a sentence saying "lần lượt" (or
   * "respectively") that cites two or more local documents and names two or more organisations,
   * the k-th document is the k-th organisation's; the nearest is no answer there. `mentions`: the
   * text's mentions in order (folded starts).
   */
  respectively(mentions: ReadonlyArray<{ key: string; start: number }>): void {
    const t = this.f.text;
    const sorted = [...mentions].sort((x, y) => x.start - y.start);
    // "lần lượt của / ban hành / có …": the documents are the committees' (not "lần lượt về …", which
    // pairs them with their subjects).
    const cue = /(?<![a-z])(?:lan luot(?= +(?:(?:da|vua|deu) +)?(?:cua|ban hanh|co|thong qua|ra|ky)(?![a-z]))|respectively(?= +(?:issued|adopted|by|of|have|has)(?![a-z])|[.,]))/g;
    // One pass: sentences in order, mentions walked with them (a text of many cues and many
    // mentions costs their sum, not their product).
    let i = 0;
    for (let m: RegExpExecArray | null; (m = cue.exec(t)); ) {
      // Its clause: ";" bounds it too ("…; còn Tỉnh ủy C …").
      const [a, b] = this.around(m.index, m.index, Infinity, true);
      cue.lastIndex = b + 1;
      while (i < sorted.length && sorted[i].start < a) i++;
      let j = i;
      const docs: string[] = [];
      for (; j < sorted.length && sorted[j].start < b && docs.length <= 12; j++) {
        if (this.kindOf(sorted[j].key) && !docs.includes(sorted[j].key)) docs.push(sorted[j].key);
      }
      while (j < sorted.length && sorted[j].start < b) j++;
      if (docs.length < 2 || docs.length > 12) continue;
      // Only committees of a level that prints these symbols ("Thành ủy Đông Hà" issues no /TU).
      const levels = this.kindOf(docs[0])?.levels ?? null;
      this.orgs ??= new Organisations(findOrganisations(this.f, this.orig, this.withAgencies));
      let names: string[] = [];
      const list = this.orgs.list;
      for (let k = this.orgs.firstFrom(a); k < list.length && list[k].start < b && names.length <= 12; k++) {
        const name = list[k].name;
        if (name && (!levels || levels.includes(list[k].level)) && !names.includes(name)) names.push(name);
      }
      // "Thái Nguyên và Bắc Kạn lần lượt ban hành …-NQ/TU": provinces by name alone, for provincial documents.
      if (names.length < 2 && docs.every((k) => this.kindOf(k)?.issuer === 'TU')) names = provincesNamedIn(this.orig.slice(this.f.orig(a), this.f.orig(b)));
      if (names.length < 2) continue;
      for (let k = i; k < j; k++) {
        const d = docs.indexOf(sorted[k].key);
        if (d >= 0) this.paired.set(`${sorted[k].start}|${sorted[k].key}`, names.length === docs.length ? names[d] : null);
      }
    }
  }

  private kindOf(key: string): LocalKind | null {
    let kind = this.kinds.get(key);
    if (kind === undefined) this.kinds.set(key, (kind = localKind(key)));
    return kind;
  }

  /**
   * A short form of a full citation in the text ("Chương trình 01" after "Chương trình hành động số
   * 01-CTr/TU"): the organisation its own words name right after it ("… của Tỉnh ủy Đắk Nông"), else the
   * full citation's — not a province the text named in between.
   */
  ofShort(key: string, start: number, end: number, full: { start: number; end: number }): Locality | undefined {
    if (!this.kindOf(key)) return undefined;
    this.orgs ??= new Organisations(findOrganisations(this.f, this.orig, this.withAgencies));
    const list = this.orgs.list, k = this.orgs.firstFrom(end);
    const own = k < list.length ? list[k] : undefined;
    if (own?.name && own.start - end <= 60 && OWN_ISSUER.test(this.orig.slice(this.f.orig(end), this.f.orig(own.start)))) return { name: own.name, from: 'text' };
    return this.of(key, full.start, full.end);
  }

  /** In the same clause: "…, trong khi Đảng ủy xã Cam Lộ ban hành …" names another's organisation.
   *  (Clause stops as sentence.ts defines them, so "TP. Hồ Chí Minh" or "25.10.2017" end nothing.)
   *  One function for the text, not one per document asked. */
  private readonly sameClause = (a: number, b: number): boolean => {
    const oa = this.f.orig(a), ob = this.f.orig(b);
    return stopAfter(this.orig, oa, ob, CLAUSE) < 0 && !CONTRAST_CLAUSE.test(this.orig.slice(oa, ob));
  };

  of(key: string, start: number, end: number): Locality | undefined {
    const kind = this.kindOf(key);
    if (!kind) return undefined;
    const pair = this.paired.get(`${start}|${key}`);
    if (pair !== undefined) return pair === null ? undefined : { name: pair, from: 'text' };
    const { congress, issuer, levels } = kind;
    // A province's agencies are looked for only once a document of theirs is cited: the scan for
    // them costs on every text that cites a local document.
    const agencies = !!levels?.some((l) => AGENCY_LEVELS.has(l));
    if (agencies && !this.withAgencies) { this.orgs = null; this.withAgencies = true; }
    this.orgs ??= new Organisations(findOrganisations(this.f, this.orig, this.withAgencies));
    // "Thành ủy Thủ Đức ban hành Nghị quyết số 06-NQ/TU": the text names the issuer, of a level its
    // symbol does not print; another committee named elsewhere is no answer.
    const kb = this.orgs.firstFrom(start) - 1, issuerBefore = kb >= 0 ? this.orgs.list[kb] : undefined;
    // (Not one of several named together: "Tỉnh ủy Hà Nam và Thành ủy Phủ Lý đã ban hành …-NQ/TU và …-NQ/ThU".)
    const withOther = kb > 0 && /^\s*(?:,|và|and|cùng)\s*$/iu.test(this.orig.slice(this.f.orig(this.orgs.list[kb - 1].end), this.f.orig(issuerBefore!.start)));
    if (levels && issuerBefore?.name && !withOther && !levels.includes(issuerBefore.level) &&
      /^\s*(?:ban thường vụ\s+)?(?:(?:đã|vừa|mới)\s+)*(?:ban hành|ra|thông qua)\s*$/iu.test(this.orig.slice(this.f.orig(issuerBefore.end), this.f.orig(start)))) return undefined;
    const o = organisationAt(this.orgs, start, end, levels, this.sameClause);
    // "Tỉnh ủy A và Tỉnh ủy B đã ban hành Nghị quyết số 15-NQ/TU": which one's, the text does not say.
    if (o?.name && this.coordinated(o)) return undefined;
    if (o?.name) return { name: o.name, from: 'text' };
    // A province named in the same sentence without its committee: "Nghị quyết Đại hội Đảng bộ tỉnh
    // lần thứ XX, …, tỉnh Quảng Bình đã đạt …" — the one province the sentence names.
    // Only where the text names the committee without its place nearby ("Tỉnh ủy", "Đảng bộ tỉnh lần thứ XX").
    // "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV, huyện Thọ Xuân, tỉnh Thanh Hóa …": a district's
    // congress is the district's, named in the sentence or not at all — never the province after it.
    const list0 = this.orgs.list, k0 = this.orgs.firstFrom(start);
    const inner = k0 < list0.length && list0[k0].start <= end ? list0[k0] : undefined;
    if (congress && inner && !inner.name && BELOW_PROVINCE.has(inner.level)) {
      const d = this.districtInSentence(start, end, inner.level);
      return d ? { name: d, from: 'text' } : undefined;
    }
    // "Tại Quảng Trị, Nghị quyết 02-NQ/TU …; còn ở Huế, Chỉ thị 04-CT/TU …": the place its clause opens with.
    if (congress || issuer === 'TU') {
      const lead = this.placeLeading(start);
      if (lead) return { name: lead, from: 'text' };
    }
    if ((congress || issuer === 'TU') && this.unnamedNear(start, end)) {
      const place = this.placeInSentence(start, end);
      // A province named without its level ("Tại Thừa Thiên Huế, …") yields to a provincial paper's own.
      if (place && !(place.weak && this.site)) return { name: place.name, from: 'text' };
    }
    // The site's own province, only for a province-level document.
    const list = this.orgs.list, k = this.orgs.firstFrom(start);
    const near = k < list.length && list[k].start <= end + 60 ? list[k] : undefined;
    const provincial = near ? near.level === 'tinh' || near.level === 'thanh pho' : issuer === 'TU' || congress;
    return this.site && provincial ? { name: this.site, from: 'site' } : undefined;
  }

  /** The one "<level word> <Name>" of `level` ("huyện Thọ Xuân") in the mention's sentence, as an organisation. */
  private districtInSentence(start: number, end: number, level: OrgLevel): string | undefined {
    const [a, b] = this.around(start, end);
    const word = fold(LEVEL_WORD[level], { ascii: true }).text;
    const names = this.namedPlaces(a, b, new RegExp(`(?<![a-z])(${word})(?= +[a-z])`, 'g'));
    return names.size === 1 ? [...names][0] : undefined;
  }

  /** Folded bounds of the sentence around [start, end) — with `clause`, of its clause (";" too) —
   *  reaching at most `reach` characters each way. */
  private around(start: number, end: number, reach = 300, clause = false): [number, number] {
    const f = this.f;
    const from = f.orig(Math.max(0, start - reach)), to = f.orig(Math.min(f.text.length, end + reach));
    // A heading before the sentence still names the place meant: line breaks do not bound it.
    const stops = { clauses: clause, lines: false };
    const a = stopBefore(this.orig, f.orig(start), from, stops), b = stopAfter(this.orig, f.orig(end), to, stops);
    return [f.toFolded(a < 0 ? from : a), b < 0 ? Math.min(f.text.length, end + reach) : f.toFolded(b)];
  }

  /** "Đảng bộ <level> <Place>" for each level word `re` finds (its group 1) followed by a place, in folded [a, b). */
  private namedPlaces(a: number, b: number, re: RegExp): Set<string> {
    const names = new Set<string>();
    re.lastIndex = a;
    for (let m: RegExpExecArray | null; (m = re.exec(this.f.text)) && m.index < b; ) {
      // Folded, "tình hình mới" reads as "tỉnh Hình Mới": the word as printed must be the level's.
      const printed = this.orig.slice(this.f.orig(m.index), this.f.orig(m.index + m[1].length)).normalize('NFC').toLowerCase();
      if (!LEVEL_SPELLINGS.has(printed)) continue;
      const { place } = placeAfter(this.f, this.orig, m.index + m[0].length);
      if (place) names.add(`Đảng bộ ${LEVEL_WORD[WORD_OF[m[1]]]} ${place}`);
    }
    return names;
  }

  /** The province a clause opens with right before the mention ("Tại Quảng Trị, …", "còn ở Huế, …"). */
  private placeLeading(start: number): string | undefined {
    const o = this.f.orig(start);
    const before = this.orig.slice(Math.max(0, o - 80), o);
    // (Most mentions have no "tại" / "ở" before them: the end-anchored pattern is not tried at every position then.)
    if (!/[Tt]ại|[Ởở]/.test(before)) return undefined;
    const m = /(?:^|[\s,;])(?:[Tt]ại|[Ởở])\s+((?:tỉnh|thành phố|TP\.?)\s+)?([^,;.()\n]{2,30}?)\s*,\s*(?:các\s+|những\s+)?(?:\p{L}+\s+){0,2}$/u.exec(before);
    if (!m) return undefined;
    const named = provincesNamedIn(m[2]);
    return named.length === 1 ? named[0] : undefined;
  }

  /** Is `o` one of two or more named organisations joined by "và" or a comma ("Tỉnh ủy A và Tỉnh ủy B")? */
  private coordinated(o: Organisation): boolean {
    // Organisations start in order and never at one place: the one found there is `o`.
    const list = this.orgs!.list, k = this.orgs!.firstFrom(o.start);
    // Of one level: "Tỉnh ủy Hà Nam và Thành ủy Phủ Lý" issue documents of two kinds (TU, ThU).
    const joined = (a: Organisation | undefined, b: Organisation | undefined) => !!a?.name && !!b?.name && a.name !== b.name && a.level === b.level &&
      /^\s*(?:,|và|and|cùng)\s*$/iu.test(this.orig.slice(this.f.orig(a.end), this.f.orig(b.start)));
    return list[k] === o && (joined(list[k - 1], o) || joined(o, list[k + 1]));
  }

  /** Does the text name a committee without its place within a sentence's reach of [start, end)? */
  private unnamedNear(start: number, end: number): boolean {
    const list = this.orgs!.list;
    for (let k = this.orgs!.firstFrom(Math.max(0, start - 300)); k < list.length && list[k].start <= end + 300; k++) {
      if (!list[k].name) return true;
    }
    return false;
  }

  /** Sentence start → what placeInSentence found there: a document cited many times in one
   *  sentence, or many documents, must not read it again each time. */
  private readonly places = new Map<number, { name: string; weak: boolean } | undefined>();

  /** The organisation of the only province or city named ("tỉnh Quảng Bình") in the mention's sentence. */
  private placeInSentence(start: number, end: number): { name: string; weak: boolean } | undefined {
    const [a, b] = this.around(start, end);
    if (this.places.has(a)) return this.places.get(a);
    const found = this.onlyPlace(a, b);
    this.places.set(a, found);
    return found;
  }

  private onlyPlace(a: number, b: number): { name: string; weak: boolean } | undefined {
    const names = this.namedPlaces(a, b, /(?<![a-z])(tinh|thanh pho)(?= +[a-z])/g);
    if (names.size === 1) return { name: [...names][0], weak: false };
    if (names.size > 1) return undefined;
    // A province named without its level: "Tại Thừa Thiên Huế, Tỉnh ủy cũng từng ban hành …".
    const named = provincesNamedIn(this.orig.slice(this.f.orig(a), this.f.orig(b)));
    return named.length === 1 ? { name: named[0], weak: true } : undefined;
  }
}
