/**
 * Words and codes of party and state documents, in folded form (see normalize.ts).
 * Facts: ../shared/docs/party-documents.md §2, §4, §5, §8, §10.
 */

export interface TypeWord {
  /** Type abbreviation used in keys. */
  code: string;
  /** Type in Vietnamese words, for display. */
  name: string;
  /** 'party' types can only be party documents without a symbol; 'state' only state ones. */
  scope: 'any' | 'party' | 'state';
  /** A common noun or verb too ("theo quy định"): a lowercase short form needs support. */
  common?: boolean;
  /**
   * A common word whose capitalised short form names a party document once anything marks it as a
   * citation: "số", a date, a "về …" title, or central bodies named in the text ("Quy định 37 về …").
   */
  citable?: boolean;
  /** Never a short form on its own (needs a printed symbol). */
  symbolOnly?: boolean;
  english?: boolean;
}

/** Folded type word → type. Longer phrases first where one is a prefix of another. */
export const TYPE_WORDS: Record<string, TypeWord> = {
  'thong bao ket luan': { code: 'TB', name: 'Thông báo kết luận', scope: 'party' },
  'chuong trinh hanh dong': { code: 'CTr', name: 'Chương trình hành động', scope: 'any', common: true },
  'nghi quyet': { code: 'NQ', name: 'Nghị quyết', scope: 'any' },
  'ket luan': { code: 'KL', name: 'Kết luận', scope: 'party', common: true, citable: true },
  'chi thi': { code: 'CT', name: 'Chỉ thị', scope: 'any' },
  'quy dinh': { code: 'QĐ', name: 'Quy định', scope: 'any', common: true, citable: true },
  'quyet dinh': { code: 'QĐ', name: 'Quyết định', scope: 'any', common: true },
  'quy che': { code: 'QC', name: 'Quy chế', scope: 'any', common: true },
  'huong dan': { code: 'HD', name: 'Hướng dẫn', scope: 'any', common: true },
  'thong bao': { code: 'TB', name: 'Thông báo', scope: 'any', common: true },
  'thong tri': { code: 'TT', name: 'Thông tri', scope: 'party' },
  'ke hoach': { code: 'KH', name: 'Kế hoạch', scope: 'any', common: true },
  'chuong trinh': { code: 'CTr', name: 'Chương trình', scope: 'any', common: true },
  // Damaged text: a bad encoding drops the letter that carries a tone ("Ngh quyết", "Kt luận"),
  // a heading splits a word ("K ÉT LUẬN"), an old spelling ("Qui định").
  'ngh quyet': { code: 'NQ', name: 'Nghị quyết', scope: 'any' },
  'nghi quyt': { code: 'NQ', name: 'Nghị quyết', scope: 'any' },
  'ngh quyt': { code: 'NQ', name: 'Nghị quyết', scope: 'any' },
  'k et luan': { code: 'KL', name: 'Kết luận', scope: 'party', common: true, citable: true },
  'kt luan': { code: 'KL', name: 'Kết luận', scope: 'party', common: true, citable: true },
  'ket lun': { code: 'KL', name: 'Kết luận', scope: 'party', common: true, citable: true },
  'ch thi': { code: 'CT', name: 'Chỉ thị', scope: 'any' },
  'qui dinh': { code: 'QĐ', name: 'Quy định', scope: 'any', common: true, citable: true },
  'quy dnh': { code: 'QĐ', name: 'Quy định', scope: 'any', common: true, citable: true },
  'to trinh': { code: 'TTr', name: 'Tờ trình', scope: 'any', common: true },
  'cong van': { code: 'CV', name: 'Công văn', scope: 'any', common: true },
  'van ban': { code: 'CV', name: 'Văn bản', scope: 'any', common: true, symbolOnly: true },
  'bao cao': { code: 'BC', name: 'Báo cáo', scope: 'any', common: true, symbolOnly: true },
  'de an': { code: 'ĐA', name: 'Đề án', scope: 'any', common: true, symbolOnly: true },
  'nghi quyet lien tich': { code: 'NQLT', name: 'Nghị quyết liên tịch', scope: 'state', symbolOnly: true },
  'thong tu lien tich': { code: 'TTLT', name: 'Thông tư liên tịch', scope: 'state', symbolOnly: true },
  'nghi dinh': { code: 'NĐ', name: 'Nghị định', scope: 'state' },
  // (A committee's too: "công điện số 07-CĐ/TU" of a Tỉnh ủy.)
  'cong dien': { code: 'CĐ', name: 'Công điện', scope: 'any', symbolOnly: true },
  'thong tu': { code: 'TT', name: 'Thông tư', scope: 'state', common: true },
  'luat': { code: 'Luật', name: 'Luật', scope: 'state', common: true, symbolOnly: true },
  'phap lenh': { code: 'PL', name: 'Pháp lệnh', scope: 'state', symbolOnly: true },
  'nq': { code: 'NQ', name: 'Nghị quyết', scope: 'party' },
  // "KL 40", "KL số 126": the abbreviation in capitals only (match.ts), like "NQ".
  'kl': { code: 'KL', name: 'Kết luận', scope: 'party' },
  // "QĐ 178 của Bộ Chính trị", "CT 35": in capitals only too. "QĐ" is as often a state Quyết định,
  // so it is a party Quy định only where its issuer or symbol says so.
  'qd': { code: 'QĐ', name: 'Quy định', scope: 'any', common: true, citable: true },
  'ct': { code: 'CT', name: 'Chỉ thị', scope: 'any', common: true, citable: true },
  // "TB 75 của Bộ Chính trị", "HD 26 của Ban Tổ chức Trung ương": capitals only, and only as the
  // words they stand for are ("HD 1080" of a screen, "TB 75" of an average need an issuer to be ours).
  'tb': { code: 'TB', name: 'Thông báo', scope: 'any', common: true },
  'hd': { code: 'HD', name: 'Hướng dẫn', scope: 'any', common: true },
  // "NQTW7 khóa XI", "NQTW 4": a plenum's resolution in notes and headlines.
  'nqtw': { code: 'NQ', name: 'Nghị quyết', scope: 'party' },
  resolution: { code: 'NQ', name: 'Nghị quyết', scope: 'any', english: true },
  conclusion: { code: 'KL', name: 'Kết luận', scope: 'party', english: true },
  directive: { code: 'CT', name: 'Chỉ thị', scope: 'any', english: true },
  regulation: { code: 'QĐ', name: 'Quy định', scope: 'any', english: true },
  decision: { code: 'QĐ', name: 'Quyết định', scope: 'any', english: true },
  decree: { code: 'NĐ', name: 'Nghị định', scope: 'state', english: true },
  notice: { code: 'TB', name: 'Thông báo', scope: 'any', english: true },
  announcement: { code: 'TB', name: 'Thông báo', scope: 'any', english: true, symbolOnly: true },
  guideline: { code: 'HD', name: 'Hướng dẫn', scope: 'any', english: true },
  guidance: { code: 'HD', name: 'Hướng dẫn', scope: 'any', english: true },
  instruction: { code: 'HD', name: 'Hướng dẫn', scope: 'any', english: true },
  circular: { code: 'TT', name: 'Thông tư', scope: 'state', english: true },
  // Words that are too common in English to be a short form: only with a printed symbol.
  law: { code: 'Luật', name: 'Luật', scope: 'state', english: true, symbolOnly: true },
  plan: { code: 'KH', name: 'Kế hoạch', scope: 'any', english: true, symbolOnly: true },
  rule: { code: 'QC', name: 'Quy chế', scope: 'any', english: true, symbolOnly: true },
  'official dispatch': { code: 'CV', name: 'Công văn', scope: 'any', english: true, symbolOnly: true },
  'official letter': { code: 'CV', name: 'Công văn', scope: 'any', english: true, symbolOnly: true },
  'action programme': { code: 'CTr', name: 'Chương trình hành động', scope: 'any', english: true, symbolOnly: true },
  'action program': { code: 'CTr', name: 'Chương trình hành động', scope: 'any', english: true, symbolOnly: true },
  programme: { code: 'CTr', name: 'Chương trình', scope: 'any', english: true, symbolOnly: true },
  program: { code: 'CTr', name: 'Chương trình', scope: 'any', english: true, symbolOnly: true },
};

/** A small count in words or figures, folded ("ba", "bốn", "4"): "có bốn nghị quyết: …". */
export const COUNT_WORD = '(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi|\\d{1,2})';
/** A plenum's number in words (folded), read only right before its term ("Trung ương bảy khóa XII",
 *  "Hội nghị Trung ương Ba (khóa X)"): alone, "sau", "tư", "năm" are ordinary words. */
export const PLENUM_NUMBER_WORD = '(?:muoi(?: (?:mot|hai|ba|bon|lam|sau))?|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin)(?= *,? *\\(? *khoa +[ivxl]+)';
/** An English term printed after a resolution (folded): "(11th tenure)", "of the 12th tenure", ", term XII". */
export const EN_TERM_AFTER = String.raw` *,? *\(? *(?:of +)?(?:the +)?(?:\d{1,2} ?(?:st|nd|rd|th)[ -]+(?:tenure|term)|(?:tenure|term) +[ivxl]+)`;

/** Type codes as printed in symbols (folded) → canonical code. */
export const TYPE_CODES: Record<string, string> = {
  // "1850-QĐNS/TW": a personnel decision (quyết định nhân sự).
  qdns: 'QĐNS',
  nq: 'NQ', qd: 'QĐ', qdi: 'QĐi', qyd: 'QyĐ', ct: 'CT', kl: 'KL', qc: 'QC', hd: 'HD', tb: 'TB', kh: 'KH',
  ctr: 'CTr', cthd: 'CTHĐ', ctrhd: 'CTrHĐ', ttr: 'TTr', cv: 'CV', bc: 'BC', tt: 'TT', da: 'ĐA', bb: 'BB', bs: 'BS', qtr: 'QTr',
  nd: 'NĐ', cd: 'CĐ', nqlt: 'NQLT', ttlt: 'TTLT', tc: 'TC', pa: 'PA', dt: 'ĐT', ubnd: 'UBND', bnv: 'BNV',
};

export const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', QĐNS: 'Quyết định', QĐi: 'Quy định', QyĐ: 'Quy định', CT: 'Chỉ thị', KL: 'Kết luận',
  QC: 'Quy chế', HD: 'Hướng dẫn', TB: 'Thông báo', KH: 'Kế hoạch', CTr: 'Chương trình', TTr: 'Tờ trình',
  CV: 'Công văn', BC: 'Báo cáo', TT: 'Thông tri', ĐA: 'Đề án', BB: 'Biên bản', BS: 'Bản sao', QTr: 'Quy trình',
  NĐ: 'Nghị định', PL: 'Pháp lệnh', Luật: 'Luật', CĐ: 'Công điện', NQLT: 'Nghị quyết liên tịch', TTLT: 'Thông tư liên tịch',
};

/** Party issuer codes (folded) → canonical spelling. Unknown codes keep their printed form. */
export const PARTY_ISSUERS: Record<string, string> = {
  tw: 'TW', tu: 'TU', hu: 'HU', qu: 'QU', thu: 'ThU', du: 'ĐU', duk: 'ĐUK', vptw: 'VPTW', btctw: 'BTCTW',
  ubkttw: 'UBKTTW', btgtw: 'BTGTW', btgdvtw: 'BTGDVTW', bdvtw: 'BDVTW', bcd: 'BCĐ', bcdtw: 'BCĐTW', duca: 'ĐUCA',
  qutw: 'QUTW', ubkttu: 'UBKTTU', btgtu: 'BTGTU', btctu: 'BTCTU', btcdu: 'BTCĐU', ducp: 'ĐUCP', duqh: 'ĐUQH',
  dukcqtw: 'ĐUKCQTW', dukdntw: 'ĐUKDNTW', bktw: 'BKTTW', bkttw: 'BKTTW', bnctw: 'BNCTW', bdntw: 'BĐNTW',
  ubkthu: 'UBKTHU', btchu: 'BTCHU', bcsd: 'BCSĐ', dd: 'ĐĐ',
  // A local committee's own boards: "12-HD/BTGQU" of the Ban Tuyên giáo Quận ủy.
  btghu: 'BTGHU', btgqu: 'BTGQU', ubktqu: 'UBKTQU', btcqu: 'BTCQU', bdvtu: 'BDVTU', vptu: 'VPTU', bnctu: 'BNCTU', btgdvtu: 'BTGDVTU',
};

/** Issuers of documents that look like party ones but are not (Youth Union, trade unions, companies,
 *  the Women's Union "TWH", the Fatherland Front "MTTQ", the Veterans' Association "CCB"). */
export const NON_PARTY_ISSUER = /(?:dtn|tld|hdqt|dhdcd|hlhpn|hcctw|hnd)|^(?:ubtw|tw|ub)?mttq|^twh(?![a-z])|^(?:tw|h|tw h)?ccb/;

/**
 * State issuers (folded, whole issuer): a party-style "123-QĐ/UBND" is a misspelt state symbol, not a
 * party document. Not "btc" (also a party Ban Tổ chức) nor anything ending in tw / tu.
 */
export const STATE_ISSUER =
  /^(?:ubnd|hdnd|cp|ttg|vpcp|ttcp|nhnn|qh\d{0,2}|ubtvqh\d{0,2}|bnv|bca|bqp|byt|bgddt|bkhdt|btnmt|bct|bnnptnt|bnnmt|bldtbxh|btttt|bxd|bgtvt|bvhttdl|btp|bng|bkhcn)$/;

/** Bodies (folded, at the start of the phrase) that issue documents of neither the party nor the state. */
export const NON_PARTY_BODIES =
  /^(?:(?:ban bi thu|ban chap hanh|bch|ban thuong vu) +)?(?:trung uong|tinh|thanh|huyen|quan) +doan(?![a-z])|^doan(?: thanh nien| tncs)?(?![a-z])|^(?:(?:ban chap hanh|ban thuong vu|bch) +)?(?:tong lien doan lao dong|lien doan lao dong|cong doan)(?![a-z])|^(?:(?:ban chap hanh|ban thuong vu|bch) +)?(?:trung uong +)?hoi +(?:lien hiep phu nu|nong dan|cuu chien binh)|^(?:hoi dong quan tri|hdqt|dai hoi dong co dong|dhdcd)(?![a-z])|^(?:uy ban trung uong +)?mat tran to quoc/;

/** State issuers whose official spelling is mixed case. */
export const MIXED_CASE = new Map([['ttg', 'TTg'], ['ttr', 'TTr'], ['ctr', 'CTr'], ['qyd', 'QyĐ']]);

/** Folded phrases naming a party body, with the issuer code they imply. Longest first. */
export const PARTY_BODIES: Array<[RegExp, string, string]> = [
  [/^(?:ban chap hanh trung uong|bch trung uong|bch tw|bch t\.u|ban chap hanh tw)(?: dang)?/, 'TW', 'Ban Chấp hành Trung ương'],
  [/^(?:hoi nghi (?:lan thu \S+ )?(?:ban chap hanh )?trung uong)/, 'TW', 'Ban Chấp hành Trung ương'],
  [/^bo chinh tri(?:,? (?:va )?ban bi thu)?/, 'TW', 'Bộ Chính trị'],
  // Forums' and notes' abbreviations: "của BCT", "của BBT", "của BCH".
  [/^bct(?![a-z])/, 'TW', 'Bộ Chính trị'],
  [/^bbt(?![a-z])/, 'TW', 'Ban Bí thư'],
  [/^(?:thuong truc )?ban bi thu(?: trung uong dang)?/, 'TW', 'Ban Bí thư'],
  [/^(?:trung uong|tw|t\.u)(?: dang)?(?![a-z])/, 'TW', 'Ban Chấp hành Trung ương'],
  // English editions' names of the central boards: "the Central Commission for Communications and
  // Education", "the Party Central Committee's Organisation Commission", "the Central Inspection Commission".
  [/^(?:the )?(?:party )?central (?:committee'?s? )?(?:organi[sz]ation commission|commission for organi[sz]ation)/, 'BTCTW', 'Ban Tổ chức Trung ương'],
  [/^(?:the )?(?:party )?central (?:committee'?s? )?inspection commission/, 'UBKTTW', 'Ủy ban Kiểm tra Trung ương'],
  [/^(?:the )?(?:party )?central (?:committee'?s? )?(?:commission for )?(?:propaganda|information|communications?) and mass mobili[sz]ation(?: commission)?/, 'BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương'],
  [/^(?:the )?(?:party )?central (?:committee'?s? )?(?:commission for )?(?:communications?|propaganda|information) and (?:education|training)(?: commission)?/, 'BTGTW', 'Ban Tuyên giáo Trung ương'],
  [/^(?:the )?(?:party )?central (?:committee'?s? )?(?:commission for )?mass mobili[sz]ation(?: commission)?/, 'BDVTW', 'Ban Dân vận Trung ương'],
  [/^uy ban kiem tra trung uong/, 'UBKTTW', 'Ủy ban Kiểm tra Trung ương'],
  [/^(?:the )?(?:\d+(?:st|nd|rd|th)[- ]?(?:tenure |term )?)?politburo,? and (?:the )?secretariat/, 'TW', 'Bộ Chính trị, Ban Bí thư'],
  // (A machine translation's "the Political Politburo", "Bộ Chính trị" word for word.)
  [/^(?:the )?(?:\d+(?:st|nd|rd|th)[- ]?(?:tenure |term )?)?(?:political )?(?:politburo|political bureau)/, 'TW', 'Bộ Chính trị'],
  // ("the Party Central Committee's Secretariat", "the Party Central Secretariat", "the Central Secretariat")
  [/^(?:the )?(?:\d+(?:st|nd|rd|th)[- ]?(?:tenure |term )?)?(?:party central committee'?s? |(?:party )?central )?secretariat/, 'TW', 'Ban Bí thư'],
  [/^(?:the )?(?:\d+(?:st|nd|rd|th)[- ]?(?:tenure |term )?)?(?:party )?central (?:executive )?committee/, 'TW', 'Ban Chấp hành Trung ương'],
  [/^(?:ban thuong vu |thuong truc |ban chap hanh dang bo |bch dang bo )?tinh uy/, 'TU', 'Tỉnh ủy'],
  // English editions: "the Quang Ninh Provincial Party Committee", "the provincial Party Standing
  // Committee", "the Hanoi Party Committee", "the Party Committee of Ca Mau province".
  // (And its standing board named first: "the Standing Committee of the Provincial Party Committee".)
  [/^(?:the )?(?:standing (?:committee|board) of (?:the )?)?(?:[a-z]+ ){0,3}?(?:provincial|city|municipal) party (?:standing |executive )?(?:committee|board)(?:'s)?/, 'TU', 'Tỉnh ủy'],
  [/^(?:the )?(?:hanoi|ha noi|ho chi minh city|hcm city|hai phong|haiphong|da nang|danang|can tho|hue) party (?:standing )?committee/, 'TU', 'Thành ủy'],
  [/^(?:the )?party (?:standing )?committee of (?:the )?(?:[a-z]+ ){1,3}?(?:province|city)(?![a-z])/, 'TU', 'Tỉnh ủy'],
  [/^(?:the )?(?:standing (?:committee|board) of (?:the )?)?(?:[a-z]+ ){0,3}?district party (?:standing |executive )?committee/, 'HU', 'Huyện ủy'],
  [/^(?:ban chap hanh|bch|ban thuong vu) dang bo (?:tinh|thanh pho)(?![a-z])/, 'TU', 'Tỉnh ủy'],
  [/^(?:ban chap hanh|bch|ban thuong vu) dang bo (?:huyen)(?![a-z])/, 'HU', 'Huyện ủy'],
  [/^(?:ban thuong vu |thuong truc |ban chap hanh dang bo )?thanh uy/, 'TU', 'Thành ủy'],
  [/^(?:ban thuong vu |thuong truc |ban chap hanh dang bo )?huyen uy/, 'HU', 'Huyện ủy'],
  [/^(?:ban thuong vu |thuong truc |ban chap hanh dang bo )?quan uy(?! trung uong)/, 'QU', 'Quận ủy'],
  [/^(?:ban thuong vu |thuong truc |ban chap hanh dang bo )?thi uy/, 'ThU', 'Thị ủy'],
  [/^quan uy trung uong/, 'QUTW', 'Quân ủy Trung ương'],
  // Its Standing Committee issues in its own name (after the row above: the issuer's name is the first row's).
  [/^(?:ban )?thuong vu quan uy trung uong/, 'QUTW', 'Thường vụ Quân ủy Trung ương'],
  [/^(?:ban thuong vu )?dang uy cong an trung uong/, 'ĐUCA', 'Đảng ủy Công an Trung ương'],
  [/^ban to chuc trung uong/, 'BTCTW', 'Ban Tổ chức Trung ương'],
  [/^ban tuyen giao va dan van trung uong/, 'BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương'],
  [/^ban tuyen giao trung uong/, 'BTGTW', 'Ban Tuyên giáo Trung ương'],
  // Its forerunner until 2007, whose guidance ("Hướng dẫn số 11-HD/TTVH") is still cited.
  [/^ban tu tuong *[-–]? *van hoa trung uong/, 'TTVH', 'Ban Tư tưởng - Văn hóa Trung ương'],
  [/^ban dan van trung uong/, 'BDVTW', 'Ban Dân vận Trung ương'],
  [/^van phong trung uong/, 'VPTW', 'Văn phòng Trung ương Đảng'],
  [/^(?:ban thuong vu )?dang uy khoi(?: cac co quan (?:dang )?trung uong| doanh nghiep trung uong| cac co quan (?:va doanh nghiep )?tinh)?(?![a-z])/, 'ĐUK', 'Đảng ủy Khối'],
  [/^ban can su dang(?![a-z])/, 'BCSĐ', 'Ban cán sự đảng'],
  [/^dang doan(?![a-z])/, 'ĐĐ', 'Đảng đoàn'],
  [/^(?:ban thuong vu )?dang uy/, 'ĐU', 'Đảng ủy'],
];

/** A local committee's boards: "Ban Tuyên giáo Quận ủy", "Ủy ban Kiểm tra Huyện ủy" (code: board +
 *  committee, "BTGQU"). One pattern, tried before the table (the committee alone would match there). */
export const LOCAL_BOARD = /^(ban tuyen giao|ban to chuc|uy ban kiem tra|ban dan van) (tinh|thanh|huyen|quan) uy(?![a-z])/;
const BOARD_OF: Record<string, [string, string]> = { 'ban tuyen giao': ['BTG', 'Ban Tuyên giáo'], 'ban to chuc': ['BTC', 'Ban Tổ chức'], 'uy ban kiem tra': ['UBKT', 'Ủy ban Kiểm tra'], 'ban dan van': ['BDV', 'Ban Dân vận'] };
const COMMITTEE_OF: Record<string, [string, string]> = { tinh: ['TU', 'Tỉnh ủy'], thanh: ['TU', 'Thành ủy'], huyen: ['HU', 'Huyện ủy'], quan: ['QU', 'Quận ủy'] };

/** The board a LOCAL_BOARD match names: its issuer code and its name. */
export function localBoard(m: RegExpExecArray): { issuer: string; body: string } {
  const [bc, bn] = BOARD_OF[m[1]], [cc, cn] = COMMITTEE_OF[m[2]];
  return { issuer: bc + cc, body: `${bn} ${cn}` };
}

/** Folded phrases naming a state body, with the symbol part they imply. */
export const STATE_BODIES: Array<[RegExp, string, string]> = [
  [/^(?:the )?(?:thu tuong|prime minister)(?: chinh phu)?/, 'TTg', 'Thủ tướng Chính phủ'],
  [/^(?:the )?(?:chinh phu|government)/, 'CP', 'Chính phủ'],
  [/^(?:uy ban thuong vu quoc hoi|ubtvqh)/, 'UBTVQH', 'Ủy ban Thường vụ Quốc hội'],
  // (English: "of the 12th National Assembly", "the 15th-tenure National Assembly".)
  [/^(?:the )?(?:\d{1,2}(?:st|nd|rd|th)[- ](?:tenure |term |legislature )?)?(?:quoc hoi|national assembly)/, 'QH', 'Quốc hội'],
  [/^(?:ubnd|uy ban nhan dan)/, 'UBND', 'Ủy ban nhân dân'],
  [/^(?:hdnd|hoi dong nhan dan)/, 'HĐND', 'Hội đồng nhân dân'],
];

/** Codes whose body the tables above name more than one way: what a reader should be told instead. */
const ISSUER_NAMES: Record<string, string> = {
  TW: 'Trung ương Đảng', TU: 'Tỉnh ủy, Thành ủy', ĐUK: 'Đảng ủy Khối',
  UBKTTU: 'Ủy ban Kiểm tra Tỉnh ủy', BTGTU: 'Ban Tuyên giáo Tỉnh ủy', BTCTU: 'Ban Tổ chức Tỉnh ủy', BDVTU: 'Ban Dân vận Tỉnh ủy',
  VPTU: 'Văn phòng Tỉnh ủy', BNCTU: 'Ban Nội chính Tỉnh ủy', BTGDVTU: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  UBKTHU: 'Ủy ban Kiểm tra Huyện ủy', BTCHU: 'Ban Tổ chức Huyện ủy', BTGHU: 'Ban Tuyên giáo Huyện ủy',
  UBKTQU: 'Ủy ban Kiểm tra Quận ủy', BTCQU: 'Ban Tổ chức Quận ủy', BTGQU: 'Ban Tuyên giáo Quận ủy',
};

/**
 * The body behind an issuer code, in words ("BTCTW" → "Ban Tổ chức Trung ương", "TTg" → "Thủ tướng
 * Chính phủ"); undefined for a code no table names. "TW" is any central body (the Central Committee,
 * the Politburo, the Secretariat), so it is named as the Party Centre, not as one of them.
 */
export function issuerName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (ISSUER_NAMES[code]) return ISSUER_NAMES[code];
  const bare = code.replace(/\d+$/, ''); // QH15 → QH
  return PARTY_BODIES.find(([, c]) => c === code)?.[2] ?? STATE_BODIES.find(([, c]) => c === bare)?.[2];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

export function romanToInt(s: string): number | null {
  const r = s.toLowerCase();
  if (!/^[ivxl]+$/.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]], next = ROMAN[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 60 && intToRoman(total) === r.toUpperCase() ? total : null;
}

/** Built once: every term read (and checked, romanToInt) spells one. */
const ROMAN_PARTS: ReadonlyArray<readonly [number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function intToRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN_PARTS) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Folded Vietnamese and English ordinal words → number. */
export const ORDINALS: Record<string, number> = {
  nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12, 'muoi ba': 13, 'muoi bon': 14, 'muoi lam': 15, 'muoi sau': 16,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
};

/** Central Committee terms by the last day a document is still the outgoing term's: the closing date
 *  of the congress — but the XIV Central Committee's first plenum met on the closing day itself,
 *  23/01/2026, and the khóa XIV series starts that day (01-CT/TW is dated 23/01/2026). */
const TERM_STARTS: Array<[string, string]> = [
  // The IV and V Congresses closed on 20/12/1976 and 31/3/1982: history articles cite their documents.
  ['1976-12-20', 'IV'], ['1982-03-31', 'V'],
  ['1986-12-18', 'VI'], ['1991-06-27', 'VII'], ['1996-07-01', 'VIII'], ['2001-04-22', 'IX'],
  ['2006-04-25', 'X'], ['2011-01-19', 'XI'], ['2016-01-28', 'XII'], ['2021-02-01', 'XIII'], ['2026-01-22', 'XIV'],
];

/** Number of the latest national congress: a higher "Đại hội XX" can only be a local one. */
export const LATEST_CONGRESS = romanToInt(TERM_STARTS[TERM_STARTS.length - 1][1])!;
/** Every term the table knows, oldest first. */
export const TERMS: readonly string[] = TERM_STARTS.map(([, t]) => t);

/** The terms a document of `year` may be of: two for a year a congress closed in. */
export function termsOfYear(year: string): string[] {
  const a = termOfDate(`${year}-01-01`), b = termOfDate(`${year}-12-31`);
  return [a, b].filter((t, i, all): t is string => !!t && all.indexOf(t) === i);
}

/** The term of a document known only by its year: none for a year a congress closed in (2016, 2021 …). */
export function termOfYear(year: string): string | undefined {
  if (TERM_STARTS.some(([start]) => start.startsWith(year))) return undefined;
  return termOfDate(`${year}-06-30`);
}

/** The day a term began (its Congress closed), as ISO. */
export function termStart(term: string): string | undefined {
  return TERM_STARTS.find(([, t]) => t === term)?.[0];
}

/** The term a document dated `iso` belongs to (§10: dated up to a congress's close → outgoing term). */
export function termOfDate(iso: string): string | undefined {
  let term: string | undefined;
  for (const [start, t] of TERM_STARTS) if (iso > start) term = t;
  return term;
}
