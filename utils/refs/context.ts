/**
 * Stage 3a: what the words around a reference say about it: date, issuing body, term and the
 * "về …" title after it; the body named just before it ("Politburo's Resolution 68",
 * "Tỉnh ủy … đã ban hành Chỉ thị số 17"). Works on folded text; titles are cut from the original.
 */
import { iso, recordFacts, tableFacts, type RecordFacts } from './record';
import { fold, type Folded } from './normalize';
import { firstCiteAfter, readSubject, subjectPartEnd, tidySubject, type Span } from './subject';
import { CLAUSE, SENTENCE, stopAfter, stopBefore } from './sentence';
import { COUNT_WORD, EN_TERM_AFTER, intToRoman, PLENUM_NUMBER_WORD, LOCAL_BOARD, localBoard, NON_PARTY_BODIES, ORDINALS, PARTY_BODIES, romanToInt, STATE_BODIES, termOfDate } from './vocabulary';

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
  /** A year printed alone ("… năm 1988 của Bộ Chính trị", "… của Bộ Chính trị năm 2024 về …"). */
  year?: string;
  /** The date came with a predicate ("… được ban hành ngày …", "… was issued on …"): while reading only. */
  predicate?: boolean;
  /** A legal database's title line, its year straight after the symbol and its subject straight after
   *  that ("Nghị quyết 36-NQ/TW 2018 chiến lược …"): while reading only. */
  titleLine?: boolean;
  /** The subject is a title line's (above): a subject printed after "về" later in the text replaces it. */
  titleOfLine?: boolean;
  /** Terms printed for a list, one each in order: "Directives 06 and 03 of the Politburo (term X and XI)". */
  terms?: string[];
}

/** Between an earlier citation and a later one in its subject (folded): "về", "on" or a verb that
 *  takes a document ("tổng kết", "thực hiện", "thay thế", "reviewing"), not a comma or "và" first. */
const INSIDE_SUBJECT = /^(?! *(?:,|va |and ))[^;]*(?:^|[^a-z])(?:ve|on|regarding|about|thuc hien|trien khai|tong ket|so ket|thay the|sua doi|bo sung|tiep tuc|cu the hoa|quan triet|implement\w*|review\w*|continu\w*|replac\w*|amend\w*|summari[sz]\w*)(?![a-z])[^;]*$/;
/** "(cũ)", "(mới)", "(trước đây)" after a place (folded). */
const FORMER = /^\( *(?:cu|moi|truoc day|truoc sap nhap) *\)/;
/** A quotation opening with a predicate (folded): said of the document, not its subject. */
// (Read with its marks: folded, "đã" would be "Đa dạng hóa", "đang" "Đảng", "có" "Cơ chế", "cần" "Cán bộ".)
const QUOTED_PREDICATE = /^(?:đạt được|đã |đang |sẽ |là |có |được |cần |phải |không |chưa |mang lại|tạo ra|giúp |góp phần|thể hiện|khẳng định|đánh dấu|mở ra|đi vào|trở thành|is |was |has |have |will |marks |remains )/;
/** A date said by the sentence's predicate, not by the citation's own line. */
const PREDICATE_DATE = /(?:duoc|was|were) +(?:ban hanh|ky|thong qua|issued|adopted|signed)/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DATE_NUM = /^[ ,(]*(?:(?:(?:duoc +)?(?:ban hanh|ky)|dated|(?:was +)?issued|cung) +)?(?:ngay|on)? *(\d{1,2}) *[/.-] *(\d{1,2}) *[/.-] *((?:19|20)\d\d)(?!\d)(?! *,? *\d{1,2} *[:h] *\d\d(?!\d))/;
// ("ngày22 tháng 7 năm 2010": pages lose the space after "ngày" as often as any.)
const DATE_WORDS = /^[ ,(]*(?:(?:duoc +)?ban hanh +)?ngay *(\d{1,2}) +thang +(\d{1,2}) +nam +((?:19|20)\d\d)/;
/** A blank line between original offsets `a` and `b`. */
function hasBlankLine(orig: string, a: number, b: number): boolean {
  const k = orig.indexOf('\n', a);
  return k >= 0 && k < b && /\n[ \t\u00a0]*\n/.test(orig.slice(k, b));
}

/** A short name in brackets right after a citation: "(Nghị quyết 09)", "(gọi tắt là NQ 57)" (folded). */
const ALIAS_AFTER = /^ *\( *(?:(?:sau day )?(?:goi tat|viet tat|goi)(?: la)? *:? *)?(?:nghi quyet|nq|ket luan|kl|chi thi|ct|quy dinh|qd|resolution|conclusion|directive|regulation) *(?:so *|no\.? *)?(\d{1,4}) *\)/;
/** What may follow a title line's year: words of a subject, not a clause ("… 2025 là năm …"). */
const SUBJECT_AFTER_YEAR = String.raw` +(?!(?:la|duoc|da|se|co|dang|cung|van|thi|va|vua|moi|nay|toi|qua|cua|do|tai|theo|by|has|have|had|is|was|were|will|and|to|in|of|with|as)(?![a-z]))(?=(?:ve |on |the |a |[a-z]{2,} [a-z]))`;
const TITLE_AFTER_YEAR = new RegExp('^' + SUBJECT_AFTER_YEAR);
/** A year straight after the symbol, then lowercase words (folded): a title line's "36-NQ/TW 2018 chiến lược …". */
const TITLE_LINE_YEAR = new RegExp(String.raw`^ +((?:19|20)\d\d)` + SUBJECT_AFTER_YEAR);
const DAY_WITHOUT_YEAR = /^[ ,(]*ngay +\d{1,2} *(?:[/.-] *\d{1,2}(?![\d/.-])|thang +\d{1,2}(?! +nam))/;
const DATE_EN = new RegExp(`^[ ,(]*(?:dated|(?:was +)?(?:issued|adopted|signed|made|passed|promulgated)(?: +on)?|of|on)? *(${MONTHS.join('|')}) +(\\d{1,2})(?:st|nd|rd|th)?,? +((?:19|20)\\d\\d)`);
// British order, as several English editions print it: "dated 25 October 2017".
const DATE_EN_DMY = new RegExp(`^[ ,(]*(?:dated|(?:was +)?(?:issued|adopted|signed|made|passed|promulgated)(?: +on)?|of|on)? *(?:the +)?(\\d{1,2})(?:st|nd|rd|th)? +(?:of +)?(${MONTHS.join('|')}),? +((?:19|20)\\d\\d)`);
const CONNECTOR = /^[ ,(]*(?:(?:(?:(?:moi|vua|da) +)?(?:duoc +)?ban hanh +(?:cua|boi)|cua|do|(?:(?:vua|moi|da|vua moi) +)?duoc|of|by|from|(?:(?:was|were|has been|had been) +)?(?:recently +|newly +|just +)?(?:issued|adopted|signed) by|(?:adopted|passed) at|cua ban thuong vu|ban hanh boi) +)?(?:the +)?/;
/** What may stand between the facts and a subject: a month ("(tháng 12.2024)"), a second body
 *  ("… and the Secretariat"), a term ("of the 12th term"), a bracketed note after a plenum, a
 *  province ("… 09-NQ/TU of Bac Ninh province on …"). */
// English, between the citation and its subject: when it was issued ('in October 2017', 'on May 4, 2025'),
// by whom ('by the 12th Party Central Committee'), in a clause of its own (', which the committee issued in
// 2017', ', signed by … on <date>,').
const EN_WHEN = `(?:in|on) +(?:(?:${MONTHS.join('|')}) +)?(?:\\d{1,2} *,? *)?(?:19|20)\\d\\d`;
const EN_BY = String.raw` +by +(?:[a-z0-9.'’-]+ +){0,5}?[a-z.'’-]+`;
const BEFORE_ON = '(?= +(?:on|regarding|about) )';
const BEFORE_SUBJECT = new RegExp(`^(?:${String.raw` *\( *thang +\d{1,2} *[./-] *(?:19|20)\d\d *\)| *\( *(?:nam +)?(?:19|20)\d\d *\)(?= +(?:ve|on|regarding|about) )| *(?:,|and|va) +(?:the +)?(?:secretariat|ban bi thu|bo chinh tri|politburo)| +of +the +\d{1,2}(?:st|nd|rd|th) +(?:term|tenure)| *\((?:ban chap hanh|bch)[^()]{0,60}\)| +of +(?:the +)?(?:[a-z]+ +){1,3}(?:province|city)(?= +(?:on|regarding|about) )| +quy dinh(?= +ve )| +(?:la|is) +(?:mot +)?(?:nghi quyet|chi thi|ket luan|quy dinh|(?:a|the) +(?:resolution|directive|conclusion|regulation))(?: +(?:cua|of) +(?:the +)?(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong|ban thuong vu|tinh uy|thanh uy|huyen uy|dang uy|politburo|secretariat|(?:party +)?central +committee|(?:provincial +)?party +committee)(?: +[a-z]+){0,3}?)?(?= +(?:ve|on|regarding|about) )`}`
  + `| *,? +${EN_WHEN} *,?${BEFORE_ON}`
  + `| *(?:, *| +)(?:which +(?:the +)?[a-z]+ +)?(?:issued|adopted|signed|approved|promulgated)(?:${EN_BY})?(?: +${EN_WHEN})?(?:${EN_BY})? *,?${BEFORE_ON})`);
/** How a record's symbol label ends ("Số ký hiệu: ", "Số hiệu: "): the cheap test before reading the record. */
const RECORD_LABEL_END = /(?:hiệu|số văn bản|(?:^|\n)[ \t]*(?:[-•*|]\s*)?số)[ \t]*[:：][ \t]*$/iu;
/** "… lần lượt về …", "… tương ứng về …": one subject per item of the list before it, in order. */
const RESPECTIVELY = /^ *,? *(?:(?:lan luot|tuong ung) +ve|respectively +(?:on|about|regarding|concerning)) +/;
const RESPECTIVELY_WORDS = ['lan luot', 'tuong ung', 'respectively'];
/**
 * The parts of "lần lượt về A; về B và về C" — or, with "về" said once, "A; B; C", or (`commas`) "A, B
 * và C" — when they are as many as the list's items. Each looser reading only where the tighter found
 * no "về" to split at: a subject of its own may hold commas ("về kiểm soát quyền lực, phòng, chống …").
 */
function respectiveParts(text: string, count: number, commas: boolean): string[] | null {
  const ownEnds = (parts: string[]) => parts.map((x) => x.slice(0, subjectPartEnd(x)));
  const byVe = text.split(/\s*[;,]\s*(?:(?:và|and)\s+)?(?:về|on|about|regarding)\s+|\s+(?:và\s+về|and\s+on)\s+/);
  if (byVe.length === count) return ownEnds(byVe);
  if (byVe.length > 1) return null;
  const bySemicolon = text.split(/\s*;\s*(?:(?:và|and)\s+)?/);
  if (bySemicolon.length === count) return ownEnds(bySemicolon);
  if (bySemicolon.length > 1) return null;
  // Citations each printed whole: "A và B" with no comma, where nothing else can split.
  if (!commas) {
    const cut = text.slice(0, subjectPartEnd(text));
    const byAnd = cut.split(/\s+(?:và|and)\s+/);
    return !cut.includes(',') && byAnd.length === count ? byAnd : null;
  }
  // Commas only up to the sentence's own clause ("…, góp phần …"), and into parts of two words or
  // more: "phòng, chống tham nhũng" is one subject, not two. (Cut once, as a whole: its parts hold
  // no clause of their own.)
  const comma = /\s*,\s*(?:(?:và|and)\s+)?|\s+(?:và|and)\s+/;
  if (text.split(comma).length < count) return null;
  const byComma = text.slice(0, subjectPartEnd(text)).split(comma);
  // (English parts may be one word: "respectively on education, healthcare and culture".)
  const vietnamese = /[^\x00-\x7f]/.test(text);
  return byComma.length === count && (!vietnamese || byComma.every((p) => p.trim().split(/\s+/).length >= 2)) ? byComma : null;
}
/** Where a list's parts end: the sentence's stop (Context.stopAfter). */
const SENTENCE_STOP = /[.!?\n](?:\s|$)/g;
/** ", nghị quyết đầu tiên của …", ", là chỉ thị quan trọng của …": an apposition before the issuer. */
const APPOSITION = /^ *, *(?:la +)?(?:nghi quyet|ket luan|chi thi|quy dinh|van ban)(?: +(?:dau tien|moi|quan trong|chuyen de|dac biet|rieng|chien luoc|dot pha|lich su))? +(?=cua +)/;
const NOTICE_OF_CONCLUSIONS = /^ *,? *ket luan(?= +(?:cua|ve) )/;
const NOTICE_CARRIES = /^ *,? *thong bao +(?:y kien +)?ket luan(?: +cua +((?:bo chinh tri|ban bi thu|thuong truc ban bi thu|ban chap hanh trung uong|ban thuong vu(?: +[a-z]+){0,3}?|thuong truc(?: +[a-z]+){0,3}?)))?(?= +ve )/;
const PLAN_BEFORE = /(?:chuong trinh|ke hoach|quy che)[^.;]{0,40}$|-(?:kh|ctr|cthd|qc) *\/ *[a-z.]+$/;
/** A guide's or a regulation's own kind as the verb after it ("Hướng dẫn số 71-HD/BTGTW hướng dẫn việc …",
 *  "văn bản số 71-HD/BTGTW hướng dẫn …", "Quy định số 144-QĐ/TW quy định chuẩn mực …"): what follows is what
 *  it is about, as its official title prints it ("Hướng dẫn …", "Quy định …"). Not what it spells out
 *  ("quy định rõ", "hướng dẫn cụ thể: …", "quy định khá chi tiết", "quy định đảng viên … phải …"), whom it
 *  guides ("hướng dẫn các cấp ủy …", "hướng dẫn cấp ủy các cấp tổ chức …"), nor what points back
 *  ("hướng dẫn thực hiện quy định này": the catalog's title says more). */
const ECHO_VERB = /(huong dan|quy dinh) +(?:ve +)?(?!(?:ro|cu the|chi tiet|kha|rat|nhu sau|tai|them|moi|chat che|day du|nghiem|cho|doi voi|trong do|cac|so|nhung (?:noi dung|van de) sau|ca|cap uy|chi bo|dang bo|dang uy|dang vien|can bo|to chuc dang|ban thuong vu|ban chap hanh|thuong truc|uy ban|tinh uy|thanh uy|huyen uy|toan|moi|nguoi)(?![a-z]))(?=[a-z])(?![^.;:\n]{0,80}(?:nghi quyet|ket luan|chi thi|quy dinh|huong dan|van ban|chu truong) +(?:nay|tren|noi tren|do)(?![a-z]))/y;
/** (A clause: an agent, then what it must or may not do — "đảng viên vi phạm phải bị …"; not a subject that
 *  names such things, "những việc đảng viên không được làm".) */
const ECHO_CLAUSE = /^\s*(?:đảng viên|cán bộ|công chức|tổ chức đảng|cấp ủy|cấp uỷ|người đứng đầu|tập thể|cá nhân)\s[^,.;:]*?\s(?:phải|không được|được|cần|bị|có trách nhiệm|chịu trách nhiệm|nghiêm cấm)\s/u;
/** The citation's own kind, read from its start to its end: a guide by its word or its symbol; a
 *  regulation by its word only (a "Quyết định 102-QĐ/TW" printed so is a decision to the sentence, whose
 *  "quy định" is a verb). */
const ECHO_KIND: Record<string, RegExp> = {
  'huong dan': /^(?:[a-z ]{0,20})?huong dan(?: so)? *[0-9]|-hd *\/ *[a-z.]+$/,
  'quy dinh': /^quy dinh(?: so)? *[0-9]/,
};
// With its month too: "Nghị quyết số 18-NQ/TW tháng 6 năm 2022", "… tháng 6/2022".
const YEAR_LEAD = String.raw`(?:ban hanh +)?(?:thang +\d{1,2} *(?:[/.-] *|nam +)|nam +)|of +|(?:issued|adopted|signed|promulgated) +in +(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) +)?`;
const YEAR_ITSELF = String.raw`((?:19|20)\d\d)(?![\d/-]|\.\d)`;
const YEAR_ALONE = new RegExp(`^ *,? *(?:${YEAR_LEAD})${YEAR_ITSELF}`);
/** …and after its issuer, "in <Month> <year>" too ("Resolution 10 of the Politburo in April 1988"); right
 *  after the citation it is as often when something was done with it ("reviewed Resolution 18 in October 2022"). */
const YEAR_AFTER_ISSUER = new RegExp(`^ *,? *(?:${YEAR_LEAD}|in +(?:${MONTHS.join('|')}) +)${YEAR_ITSELF}`);
const TERM_OF_OFFICE = /^ *,? *\(? *nhiem ky +(?:19|20)\d\d *[-–] *(?:19|20)\d\d *\)?/;
// English after the body: ", 12th tenure", "(13th term)", "of the 10th tenure", ", term 11".
const TERM_AFTER = /^ *,? *\(? *(?:(?:(?:dang|nhiem ky) +)?,? *(?:khoa|term|tenure)(?<=, *(?:term|tenure)|\( *(?:term|tenure)|khoa) +([ivxl]+|\d{1,2})|(?:the +)?(\d{1,2})(?:st|nd|rd|th)[ -]+(?:term|tenure|congress(?=\s*\)))|of +the +(\d{1,2})(?:st|nd|rd|th)[ -]+(?:term|tenure)(?! +(?:party +)?(?:central|politburo|secretariat)))(?![a-z0-9])(?: *\))?/;
const EN_TERM = /^(?:the +)?(\d{1,2})(?:st|nd|rd|th)[ -]+(?:tenure +|term +)?(?=(?:party +)?(?:central|politburo|secretariat))/;
const PLENUM_PHRASE = new RegExp(String.raw`^(?:cua +)?(?:(?:cung +)?(?:duoc +)?(?:ban hanh|thong qua) +)?(?:tai +)?hoi nghi +(?:lan thu +(\d{1,2}|[a-z]+)|(?:ban chap hanh +)?trung uong +(\d{1,2}|${PLENUM_NUMBER_WORD}))(?: +ban chap hanh +trung uong)?(?: +dang)?(?: *,? *\(?khoa +([ivxl]+|\d{1,2}))?`);
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth'];
/** "… of the eighth plenum of the 12th Party Central Committee", "… adopted at the 8th plenary session". */
const EN_PLENUM = new RegExp(String.raw`^(?:(\d{1,2})(?:st|nd|rd|th)|(${EN_ORDINALS.join('|')})) +(?:plenum|plenary +(?:session|meeting)|conference|meeting)(?: +of +(?:the +)?(\d{1,2})(?:st|nd|rd|th)[ -]+(?:tenure +|term +)?(?:party +)?central +committee)?`);
const OPENERS = '"“”«([\'';
// Sticky, read in place in the folded text: every reference asks, and a slice to read each in is garbage.
const SUBJECT_WORD = /(?:ve|on|regarding|about|concerning)(?![a-z'])/y;
/** The kind of document, at most two words of its own ("mới", "chuyên đề"), "về" and the subject, quoted
 *  or not, then the bracket the citation opens (original text). */
/** What begins no subject printed before a bracket: a date, a month, a number. */
const UNQUOTED_NOT_SUBJECT = new RegExp(`^(?:\\d|(?:${MONTHS.join('|')})\\b|(?:ngày|tháng|năm)\\s+\\d)`, 'iu');
/** What a subject printed before a bracket looks like, after its kind's word and "về"/"on". */
const BEFORE_BRACKET_SUBJECT = String.raw`\s+(?:về|on)\s+(?:[“"]([^“”"()]{8,400})[”"]|([^“”"().;:!?\n]{8,300}?))\s*\(\s*$`;
const SUBJECT_BEFORE_BRACKET = new RegExp(String.raw`([Nn]ghị quyết|[Kk]ết luận|[Cc]hỉ thị|[Qq]uy định|[Rr]esolution|[Cc]onclusion|[Dd]irective|[Rr]egulation)(?:\s+\p{Ll}+){0,2}` + BEFORE_BRACKET_SUBJECT, 'u');
/** …and a report's, whose maker is often named before its subject: "a report by the Commission on X (Report No. …)". */
const REPORT_BEFORE_BRACKET = new RegExp(String.raw`([Bb]áo cáo|[Rr]eport)(?:\s+\p{Ll}+){0,2}(?:\s+(?:of|by|của)\s+(?:the\s+)?[^,.;:()“”"]{3,80}?)?` + BEFORE_BRACKET_SUBJECT, 'u');
/** A bracket's words that are a subject: three words or more up to its ")", opening with none of a
 *  note's, a term's, a date's or a short name's. */
const BRACKET_SUBJECT = /^(?!(?:khoa|nhiem ky|nam|ngay|thang|goi tat|goi la|con goi la|goi chung|sau day|viet tat|thay the|thay cho|kem theo|ban hanh|cu|moi|tuc|tw|duoc|da|se|bi|theo|tai|tai ve|tu|den|sua doi|bo sung|co hieu luc|het hieu luc|hieu luc|thuc hien|trien khai|ap dung|phu luc|trich|chu thich|nguon|anh|minh hoa|also known|known as|i e|sic|trung uong|bch|ban chap hanh|dang|bo chinh tri|ban bi thu|of|the|issued|adopted|dated|signed|hereinafter|from|between|since|during|until|in|on|at|nq|kl|ct|qd|nghi quyet|ket luan|chi thi|quy dinh|quyet dinh|thong bao|huong dan|ke hoach|chuong trinh|resolution|conclusion|directive|regulation|decision|see|xem)(?![a-z]))[a-z][a-z-]*(?: +[a-z0-9-]+){2,}[^()[\]]{0,160}[)\]]/;
/** ", which the Politburo (issued on …)": a relative clause's subject, the words before its verb. */
const WHICH_BODY = String.raw`which +(?:the +)?(?:[a-z]+ +){1,4}?`;
/** What says the date after a subject is the document's: "dated", "was issued on", ", which the
 *  Politburo issued on", "được ban hành ngày". */
const DATED_AFTER_SUBJECT = new RegExp(String.raw`^ *,? *(?:dated|(?:(?:was|were) +)?(?:issued|adopted|signed) on|${WHICH_BODY}(?:issued|adopted|signed) +on|(?:duoc +)?(?:ban hanh|ky|ky ban hanh) +(?:vao +)?ngay)(?![a-z])`);
/** "which concerns …", "which focuses on …", "that deals with …": a relative clause saying what it is about. */
const WHICH_ABOUT = /(?:which|that) +(?:concerns|focuses +on|deals +with|is +about|centres +on|centers +on) +/y;
/** "một số vấn đề về …", "một số vấn đề cấp bách …": how many official subjects begin, printed with no "về". */
const ISSUES_LEAD = /mot so van de +(?:ve|cap bach)(?![a-z])/y;
/** A word that names the quotation after it as the document's title ('titled "…"', "mang tên “…”"). */
const TITLED = /(?:titled|entitled|themed *:?|co tieu de|voi tieu de|mang ten|co ten goi|co ten) *(?=["“'‘])/y;
const ON_A_DAY = /^ +(?:the +)?(?:\d{1,2}(?:st|nd|rd|th)? +(?:of +)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|\d{1,2} *[/.] *\d{1,2}(?![\d])|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that day|the same day)(?![a-z])/;
/** A document's own header: its number line, then the type alone on a line in capitals, then the subject.
 *  A notice's genre line is part of its type ("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề …"), not its subject. */
// The subject on the next line, in capitals or not ("KẾ HOẠCH\nthực hiện Nghị quyết …"), or on the
// type's own line after "về" ("NGHỊ QUYẾT về lãnh đạo …"). Up to eight lines of the header between
// the number and the type, blank lines apart: each counted line holds a letter, so that a run of blank
// lines can be read one way only (else a failing match tries every way of splitting it).
const HEADER_LINES = String.raw`^[^\n]{0,100}(?:\n(?:[ \t\u00a0|]*\n)*[ \t\u00a0|]*[^\s|][^\n]{0,79}){0,8}?\n(?:[ \t\u00a0|]*\n)*[ \t]*`;
const HEADER = new RegExp(HEADER_LINES + String.raw`(?:THÔNG BÁO\s+KẾT LUẬN(?:[ \t]+CỦA[^\n]*)?|HƯỚNG DẪN|KẾT LUẬN|QUY ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|QUYẾT ĐỊNH|THÔNG BÁO|QUY CHẾ|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|THÔNG TRI)(?:[ \t]*\n\s*(?:VỀ\s+|[Vv]ề\s+)?(?=\p{L})|[ \t]+(?:VỀ|về)\s+(?=\p{L}))`, 'u');
/** An English edition's header: the type word's line (with what follows it on that line), maybe an
 *  "OF THE …" line, then the subject's line opening with "ON", "REGARDING", "ABOUT" or "CONCERNING". */
// (Or all on the type word's line: "DIRECTIVE OF THE SECRETARIAT OF THE CENTRAL COMMITTEE on enhancing …".)
const HEADER_EN = new RegExp(HEADER_LINES + String.raw`(?:(?:RESOLUTION|CONCLUSION|DIRECTIVE|REGULATION|DECISION|INSTRUCTION|NOTICE)(?:[ \t][^\n]{0,120})?\n(?:[ \t\u00a0]*\n)*(?:[ \t]*OF THE [^\n]{0,100}\n(?:[ \t\u00a0]*\n)*)?[ \t]*(?:(?:ON|REGARDING|ABOUT|CONCERNING)[ \t]+(?=\p{Lu})|(?:[Oo]n|[Rr]egarding|[Aa]bout|[Cc]oncerning)[ \t]+(?=\p{L}))|(?:RESOLUTION|CONCLUSION|DIRECTIVE|REGULATION|DECISION) OF THE [A-Z][A-Z ,'-]{2,100}? (?:on|ON|regarding|REGARDING|about|ABOUT) (?=\p{L}))`, 'u');
/** The issuer's phrase at the start of a header's subject line, up to its "về". */
const HEADER_ISSUER = /^(?:của|CỦA)\s[^\n]{2,120}?\s(?:về|VỀ)\s+(?=\p{L})/u;
/** The "V/v …" (về việc) line right under a document's number: its subject. */
const ABOUT_LINE = /^[^\n]{0,80}\n[ \t]*(?:V\/[vV]|Về việc|VỀ VIỆC)\.?[ \t:]+(?=\p{L})/u;
/** A title line that is about another document: "VỀ THỰC HIỆN", "TIẾP TỤC THỰC HIỆN", "TỔNG KẾT". */
const TITLE_ABOUT = /\n[ \t]*(?:về|tiếp tục|thực hiện|triển khai|tổng kết|sơ kết|quán triệt)(?=\s)/iu;
/** "Số" (or "Số:", an English edition's "No."), opening a line right before a document's symbol in its own header. */
const HEADER_NUMBER_LINE = /(?:^|\n)[ \t]*(?:số|no\.?) *:? *(?:\n[ \t]*)?$/i;
/** The place and date line of a document's header: "Lào Cai, ngày 05 tháng 8 năm 2025", "Hanoi, April 30, 2025". */
const HEADER_DATE = /^(?:[^\n,]{2,40}, *)?ngày +(\d{1,2}) +tháng +(\d{1,2}) +năm +((?:19|20)\d\d)/mu;
// (Or in a table's cell beside the number: "No. 52-NQ/TW | … ---------- Hanoi, September 27, 2019 |".)
// (A run of dashes taken whole, never tried at each of its lengths: the pattern stays linear.)
const HEADER_DATE_EN = new RegExp(`(?:^|\\|[ \\t]*|(?<!-)-{3,}(?!-)[ \\t]*)(?:[^\\n,|]{2,40}, *)?(?:(${MONTHS.join('|')}) +(\\d{1,2})|(\\d{1,2}) +(${MONTHS.join('|')})),? +((?:19|20)\\d\\d)`, 'im');
/** A subject printed straight after the facts, without "về" (plans and regulations): "Kế hoạch số 248-KH/TU
 *  ngày 9-8-2019 triển khai thực hiện Chỉ thị …". */
// (And a decision's own verbs, its title printed without "về": "Quyết định số 77-QĐ/ĐU ngày 01/8/2022
// điều chỉnh quy mô …", "… sáp nhập chi bộ 6 và chi bộ 7 …" — DECISION_VERB.)
const SUBJECT_VERB = /(?:trien khai|thuc hien|to chuc|thi hanh|quan triet|hoc tap|tuyen truyen|phoi hop|thanh lap|phe duyet)(?![a-z])/y;
/** …of a decision only ("Quyết định …"): after another kind of document they are the sentence's verbs. */
const DECISION_VERB = /(?:dieu chinh|sap nhap|hop nhat|chia tach|giai the|chuan y|kien toan|cong nhan)(?![a-z])/y;

/** "của", "of" before an issuer the vocabulary does not know (read in the 8 characters after the facts). */
const OF_UNKNOWN = /^ *,? *(?:cua|of) +/;
const POSSESSIVE = /(?:^|[^a-z])((?:the +)?(?:\d{1,2}(?:st|nd|rd|th)[- ](?:tenure +|term +)?)?(?:politburo(?:'s)? +and +(?:the +)?secretariat|politburo|secretariat|(?:party +)?central +committee|government|prime +minister|national +assembly))(?:'s?)? *$/;
const ISSUED_BY = /(?:^|[^a-z])((?:ban thuong vu +)?(?:(?:ban chap hanh|bch) +dang bo +(?:tinh|thanh pho)|bo chinh tri,? +(?:va +)?ban bi thu|(?:the +)?politburo,? +and +(?:the +)?secretariat|bo chinh tri|ban bi thu|ban chap hanh trung uong|(?:thuong vu +)?quan uy trung uong|dang uy cong an trung uong|(?<!(?:chi dao|hoi dong|doan|hoi) )trung uong(?: dang)?|tinh uy|thanh uy|huyen uy|quan uy|dang uy khoi|dang uy|ban can su dang|dang doan|ban to chuc trung uong|uy ban kiem tra trung uong|ban tuyen giao(?: va dan van)? trung uong|ban dan van trung uong|van phong trung uong|thu tuong|chinh phu|uy ban thuong vu quoc hoi|quoc hoi|hoi dong nhan dan|hdnd|uy ban nhan dan|ubnd|(?:the +)?(?:politburo|secretariat|(?:party +)?central +committee|government|prime +minister|national +assembly)))(?: +\(?[a-z0-9]+\)?){0,6}? +(?:da +|vua +|moi +|has +|have +)?(?:ky +)?(?:ban hanh|xay dung|(?<!(?:de|tao|dua|chi) )ra|issued|thong qua|co|gui|adopted|promulgated|signed|passed|(?:the che hoa|cu the hoa) +bang)(?: +(?:cac|the|its))? *$/;
/** "Ngày 20/02/2026, Bộ Chính trị ban hành …" (or "Ngày 07 tháng 10 năm 2008, …") up to the reference: a date (opening the sentence or a clause after a
 *  comma: "Để cụ thể hóa Nghị quyết 71, ngày 5/9/2025, Ban Thường vụ … ban hành …"), the issuer's words, the verb. */
// (Without its year, "Ngày 12/8, Ban Thường vụ Tỉnh ủy ban hành …": local news of the days before.)
const DATE_BEFORE_ISSUER = /(?:^|,)[ ("'“•*+–-]*(?:vao +)?ngay +(\d{1,2}) *(?:[/.-]|thang) *(\d{1,2})(?: *(?:[/.-]|nam) *((?:19|20)\d\d)|(?!\d| *[/.-]))(?! *,? *(?:cua|do|of) ) *,? +(?:tai +[a-z ]{2,30}?, +)?(?:(?!(?:to chuc hoi nghi|quan triet|hoc tap) )\(?[a-z0-9]+\)?,? +){1,15}?(?:da +|vua +|moi +)?(?:chinh thuc +)?(?:ky +)?(?:ban hanh|thong qua|(?<!(?:de|tao|dua|chi) )ra)(?: +cac)? *$/;
// (Also "On 10/10/2023, General Secretary … signed and promulgated the Resolution …": day first, as English editions print it.)
const EN_DATE_BEFORE_ISSUER = new RegExp(String.raw`(?:^|[^a-z0-9])[ ("'“]*on +(?:(?:(${MONTHS.join('|')}) +(\d{1,2})|(\d{1,2}) +(${MONTHS.join('|')})),? +((?:19|20)\d\d)|(\d{1,2}) *[/.-] *(\d{1,2}) *[/.-] *((?:19|20)\d\d)) *,? +(?:[a-z']+ +){1,8}?(?:issued|adopted|signed|promulgated)(?: +(?:the|its))? *$`);
// "… gồm các Nghị quyết 18, 19, 20, 21": what the plenum's resolutions were.
/** A year anywhere in a sentence that dates a document by day and month alone: that year, not the
 *  article's, may be meant ("Năm 2020, …; ngày 12/8, …"), and the date is then none. */
const YEAR_SET = /(?<!\d)(?:19|20)\d\d(?!\d)|cach day|truoc do|tro lai|nam truoc|nam ay|nam do/;
/** How far before the article a day printed without its year may be. */
const YEARLESS_DAYS = 45;
/** "… có 4 nghị quyết: số 18, 19 …": the count before a lowercase type word that opens the list itself. */
const COUNT_BEFORE = new RegExp(`(?<![a-z0-9])(?:cac|${COUNT_WORD})$`);
/** "ba nghị quyết:", "các văn bản quan trọng:": a list announced before its items. */
const COUNTED_LIST = /(?:cac|hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d{1,2}) +(?:nghi quyet|ket luan|chi thi|quy dinh|van ban)(?: +[a-z]+){0,2} *:$/;
const PLENUM_ISSUED = /(?:hoi nghi|nghi quyet) +(?:lan thu +[a-z0-9]+ +)?(?:ban chap hanh +)?trung uong +(?:dang +)?(?:lan thu +)?[a-z0-9]+ +khoa +([ivxl]+)(?: *,? +[a-z0-9/()-]+){0,5}? +(?:(?:da +|vua +)?(?:ban hanh|thong qua)|(?:bao +)?gom(?: +co)?)(?: +cac)? *$/;
/** "Nghị quyết Trung ương 6 khóa XII (NQ TW6) có 4 nghị quyết: số …": the plenum, right before "có" and a count. */
const PLENUM_HAS = /(?:hoi nghi|nghi quyet) +(?:lan thu +[a-z0-9]+ +)?(?:ban chap hanh +)?trung uong +(?:dang +)?(?:lan thu +)?[a-z0-9]+ +khoa +([ivxl]+)(?: *\([^)]{0,30}\))? +co$/;
// "Bộ Chính trị khóa XIV (vừa) ban hành Kết luận số 12-KL/TW": the body's term, printed before it.
// "The Politburo of the 14th tenure has issued Conclusion No. 01-KL/TW" in English.
const BODY_TERM_ISSUED = /(?:(?:bo chinh tri|ban bi thu|ban chap hanh trung uong(?: dang)?|trung uong(?: dang)?|politburo|secretariat|central committee) +(?:khoa|nhiem ky) +([ivxl]+|\d{1,2})|(?:politburo|secretariat|central committee) +of +the +(\d{1,2})(?:st|nd|rd|th)[ -]+(?:tenure|term))(?: *,? +[a-z]+){0,3}? +(?:(?:da|vua|moi|da vua|has|have|has just|just) +)?(?:ban hanh|thong qua|ky|ra|issued|adopted)(?: +(?:cac|the))? *$/;
const ISSUE_VERBS = ['ban hanh', 'thong qua', 'ra', 'cac', 'gom', 'co', 'issued', 'adopted', 'signed', 'promulgated', 'the', 'its'];
/** A term closing a subject, and the words that make it another body's ("Trung ương khóa XII"). */
const MORE_TERMS = /^ *(?:and|va|,) *(?:khoa +|term +)?([ivxl]+|\d{1,2})(?![a-z0-9]) *\)?/;
const DATED_TITLE_REST = /^ *, *(\p{Ll}[^\n]{8,240})(?:\n|$)/u;
const BARE_TERM = /^ *\( *([ivx]{1,5}) *\)/;
const TERM_CLOSING = /\s+kh[oó]a\s+([IVXL]+)$/iu;
const BODY_BEFORE_TERM = /(?:trung uong|chinh tri|bi thu|chap hanh|dai hoi|hoi nghi|quoc hoi|dang bo|tinh uy|thanh uy|huyen uy|dang uy|hoi dong|uy ban|nhiem ky|\d+-[a-z]+\/[a-z]+|(?:nghi quyet|ket luan|chi thi|quy dinh)(?: so)? +\d+)(?![a-z])/;
/** After "được <body>": the verb that makes that body the issuer. */
const ISSUING_AFTER = /^ *(?:khoa +[ivxl]+ +)?(?:(?:da|vua|moi) +)?(?:ban hanh|ky(?: ban hanh)?|thong qua|(?<![a-z])ra)(?![a-z])/;
/** The central body one signs for (folded). */
const BEHALF_OF = String.raw`((?:the +)?(?:bo chinh tri(?:,? +(?:va +)?ban bi thu)?|ban bi thu|ban chap hanh trung uong|politburo|secretariat))`;
/** The whole sentence up to the citation: on behalf of a body, someone signed it. */
const ON_BEHALF_SIGNED = new RegExp(String.raw`(?:thay mat|on behalf of) +${BEHALF_OF}(?:,? *[^,.;]{0,60}){1,2}?(?:ky(?: ban hanh)?|signed|issued|promulgated)(?: +and +promulgated)?(?: +the)? *$`);
/** "Thay mặt Bộ Chính trị, …", "Thừa lệnh Ban Bí thư, …": the body a signer signs for. */
const ON_BEHALF = new RegExp(String.raw`(?:thay mat|thua lenh|thua uy quyen|on behalf of) +${BEHALF_OF}(?:,? *[^,.;]{0,60}){1,2}$`);
/** The last words POSSESSIVE and ISSUED_BY can end with (before "'s" and spaces): keep them in step. */
const POSS_ENDS = ['politburo', 'secretariat', 'committee', 'government', 'minister', 'assembly'];
const SUPERVISED_ENDS = ['thuc hien'];
const SUPERVISED = /doan giam sat +(?:cua +)?(?:quoc hoi|uy ban thuong vu quoc hoi)(?: +ve)?(?: +viec)? +thuc hien$/;
const ISSUED_ENDS = ['ban hanh', 'xay dung', 'ra', 'issued', 'thong qua', 'co', 'gui', 'cac', 'the', 'its', 'adopted', 'promulgated', 'signed', 'passed', 'bang', 'ky'];



export function bodyAt(s: string): (BodyFact & { length: number }) | null {
  // First: "Ban Bí thư Trung ương Đoàn" starts like the party's Ban Bí thư.
  const np = NON_PARTY_BODIES.exec(s);
  if (np) return { issuer: '', body: '', party: false, excluded: true, length: np[0].length };
  const lb = LOCAL_BOARD.exec(s);
  if (lb) return { ...localBoard(lb), party: true, length: lb[0].length };
  for (const [re, issuer, body] of PARTY_BODIES) {
    const m = re.exec(s);
    if (m) {
      const en = /(\d{1,2})(?:st|nd|rd|th)/.exec(m[0]);
      // "của Bộ Chính trị, Ban Bí thư", "of the Politburo and the Secretariat": the two together.
      const joint = body === 'Bộ Chính trị' && /(?:ban bi thu|secretariat)$/.test(m[0]) ? 'Bộ Chính trị, Ban Bí thư' : body;
      return { issuer, body: joint, party: true, length: m[0].length, term: en ? intToRoman(Number(en[1])) : undefined };
    }
  }
  for (const [re, issuer, body] of STATE_BODIES) {
    const m = re.exec(s);
    if (m) return { issuer, body, party: false, length: m[0].length };
  }
  return null;
}

/** A date at the start of `s` ("ngày 22/12/2024", "ngày 5 tháng 6 năm 2024", "dated June 5, 2024"). */
function readDate(s: string): { date: string | undefined; length: number } | null {
  const d = DATE_NUM.exec(s) ?? DATE_WORDS.exec(s);
  if (d) return { date: iso(d[1], d[2], d[3]), length: d[0].length };
  const e = DATE_EN.exec(s);
  if (e) return { date: iso(e[2], String(MONTHS.indexOf(e[1]) + 1), e[3]), length: e[0].length };
  const b = DATE_EN_DMY.exec(s);
  if (b) return { date: iso(b[1], String(MONTHS.indexOf(b[2]) + 1), b[3]), length: b[0].length };
  return null;
}

export function termWord(s: string): string | undefined {
  if (/^\d+$/.test(s)) return intToRoman(Number(s));
  return s.toUpperCase();
}

/** What a reference with nothing printed after it is told: frozen, since every such reference shares it. */
const NO_FACTS: AfterFacts = Object.freeze({});

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Does s[from, to) hold the code unit `c`? */
function hasCode(s: string, from: number, to: number, c: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === c) return true;
  return false;
}

/** Does t.slice(0, end) end with one of `words`? */
function endsWithAny(t: string, end: number, words: readonly string[]): boolean {
  // Asked before nearly every short form: the last letter rules out most words without a comparison.
  const last = t.charCodeAt(end - 1);
  for (const w of words) if (w.charCodeAt(w.length - 1) === last && t.endsWith(w, end)) return true;
  return false;
}

/** Any letter or digit (folded text): what every fact printed after a reference has. */
function hasWordChar(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

/**
 * After a comma, a date may open the sentence's next clause rather than date the reference: "Thực
 * hiện Nghị quyết 59-NQ/TW, ngày 30/5/2025 Chính phủ ban hành …" — a subject and its verb follow it,
 * not "của", "về" or the end of the phrase.
 */
const CLAUSE_AFTER_DATE = /^ *,? *(?:tai [a-z ]{1,40}, *)?(?!(?:cua|ve|do|of|on|by|nam|khoa|tai hoi nghi)(?![a-z]))(?:[a-z]+ +){1,10}?(?:da +)?(?:ban hanh|thong qua|ky|to chuc|trien khai|quyet dinh|chi dao|huong dan|yeu cau|issued|adopted|signed|approved|passed)(?![a-z])/;
function opensClause(s: string, dateLength: number): boolean {
  // The comma before the date, not one inside it ("December 22, 2024").
  return /^ *,/.test(s) && CLAUSE_AFTER_DATE.test(s.slice(dateLength));
}

/** Lowercase words of an organisation's name after its body: its level, its kind, its term (folded). */
// "… của Ban Thường vụ Đảng ủy Chính phủ về …", "… Đảng ủy Quốc hội về …": the second word of those names.
// The lowercase syllables of a body's name: "Ban Chấp hành Đảng bộ xã", "Ban Thường vụ Đảng ủy phường".
const ORG_WORD = /^(?:xa|phuong|tinh|huyen|quan|thi xa|thanh pho|khoi|cong an|an|quan su|su|khoa|nhiem ky|hanh|vu|truc|uy|bo|(?:phu|hoi)(?= +(?:ve|khoa)(?![a-z])))(?![a-z])/;

/** What says a quoted document or its words are made up. */
const FAKE_CLAIM = /giả mạo|tin giả|bịa đặt|xuyên tạc|mạo danh|không có thật|sai sự thật|không ban hành văn bản|fake|fabricated|false claim/iu;

/** "(1)", "[2]": a footnote's marker, folded. */
const FOOTNOTE = /^ *(?:\(\d{1,2}\)|\[\d{1,3}\])(?= |,|\.|$)/;

/** The term, date, plenum and issuing body printed at the start of `s` into `facts`; returns how much of `s` they take. */
function readPrinted(s: string, facts: AfterFacts): number {
  const len = s.length;
  // A footnote's marker right after the symbol: "Nghị quyết số 18-NQ/TW(1) của …" — read past it;
  // and "cùng ngày" with no date of its own ("… số 21-NQ/TW cùng ngày về …").
  const note = FOOTNOTE.exec(s);
  if (note) s = s.slice(note[0].length);
  const sameDay = /^ *cung ngay(?! *\d)(?= +(?:ve|cua|do) )/.exec(s);
  if (sameDay) s = s.slice(sameDay[0].length);
  // Called for every reference: plain statements rather than closures, which are garbage.
  let t = TERM_AFTER.exec(s);
  if (t) { facts.term = termWord(t[1] ?? t[2] ?? t[3]); s = s.slice(t[0].length); }
  const d = readDate(s);
  if (d && opensClause(s, d.length)) return len - s.length;
  if (d) {
    facts.date = d.date;
    if (PREDICATE_DATE.test(s.slice(0, d.length))) facts.predicate = true;
    // "Conclusion No. 169-KL/TW (June 20, 2025) of the Politburo …": the bracket the date stood in.
    const shut = /^[ ,]*\(/.test(s) ? /^ *\)/.exec(s.slice(d.length)) : null;
    s = s.slice(d.length + (shut ? shut[0].length : 0));
  }
  // "Nghị quyết số 10-NQ/TW năm 1988 của Bộ Chính trị …": a year alone says nothing exact; read past it.
  const y = d ? null : YEAR_ALONE.exec(s);
  // After a comma it may be the sentence's own year ("…, năm 2025 tỉnh đã …"): read past, not kept.
  if (y) {
    if (!y[0].includes(',')) facts.year = y[1];
    s = s.slice(y[0].length);
    // "Nghị quyết 29-NQ/TW năm 2013 đổi mới căn bản …": a title line with "năm" (readSubjectAt checks the line).
    if (/^ *nam +/.test(y[0]) && TITLE_AFTER_YEAR.test(s)) facts.titleLine = true;
  }
  // "Nghị quyết 36-NQ/TW 2018 chiến lược phát triển …": a legal database's title line.
  const line = d || y ? null : TITLE_LINE_YEAR.exec(s);
  if (line) { facts.year = line[1]; facts.titleLine = true; s = s.slice(line[0].length); }
  // "Kế hoạch số 80 ngày 24/11 của Ban Thường vụ Tỉnh ủy": a day without its year; read past it to the issuer.
  const dm = d || y ? null : DAY_WITHOUT_YEAR.exec(s);
  if (dm) s = s.slice(dm[0].length);
  // "Nghị quyết số 01-NQ/TU ngày 16/11/2020, nghị quyết đầu tiên của Ban Chấp hành … “Về …”": the
  // apposition says what it is; its issuer and subject follow.
  const appos = APPOSITION.exec(s);
  if (appos) s = s.slice(appos[0].length);
  // A notice of conclusions: "Thông báo số 36-TB/TU ngày 12/11/2025 kết luận (của …) về …".
  const kl = NOTICE_OF_CONCLUSIONS.exec(s);
  if (kl) s = s.slice(kl[0].length);
  const c = CONNECTOR.exec(s);
  const rest = c ? s.slice(c[0].length) : s;
  let pl = PLENUM_PHRASE.exec(rest);
  if (pl) {
    // ("… của Hội nghị Trung ương Ba (khóa X)": its number in words too.)
    const num = pl[1] ?? pl[2];
    const n = /^\d+$/.test(num) ? Number(num) : ORDINALS[num];
    if (n) facts.plenum = { n, term: pl[3] ? termWord(pl[3]) : undefined };
    facts.body = { issuer: 'TW', body: 'Ban Chấp hành Trung ương', party: true };
    if (pl[3]) facts.term ??= termWord(pl[3]);
    s = s.slice((c?.[0].length ?? 0) + pl[0].length);
  } else if (c && /[a-z]/.test(c[0]) && (pl = EN_PLENUM.exec(rest))) {
    const n = pl[1] ? Number(pl[1]) : EN_ORDINALS.indexOf(pl[2]) + 1;
    facts.plenum = { n, term: pl[3] ? intToRoman(Number(pl[3])) : undefined };
    facts.body = { issuer: 'TW', body: 'Ban Chấp hành Trung ương', party: true };
    if (pl[3]) facts.term ??= intToRoman(Number(pl[3]));
    s = s.slice(c[0].length + pl[0].length);
  } else if (c && /[a-z]/.test(c[0].replace(/the +$/, ''))) {
    // Only a body introduced by "của / do / of / by" is the issuer ("Resolution 18, the National
    // Assembly passed …": not an "of", the next clause's subject).
    const en = EN_TERM.exec(rest);
    const skip = en ? en[0].length : 0;
    const b = bodyAt(rest.slice(skip));
    // "… được Văn phòng Trung ương Đảng thông báo": a passive's agent issued it only where the verb says so.
    // ("vừa được", "đã được" too: a passive whatever comes before "được".)
    const passive = /duoc +$/.test(c[0]);
    if (b && (!passive || ISSUING_AFTER.test(rest.slice(skip + b.length, skip + b.length + 40)))) {
      facts.body = b;
      if (en) facts.term ??= intToRoman(Number(en[1]));
      else if (b.term) facts.term ??= b.term;
      s = s.slice(c[0].length + skip + b.length);
    }
  }
  t = TERM_AFTER.exec(s);
  if (t) {
    facts.term ??= termWord(t[1] ?? t[2] ?? t[3]);
    s = s.slice(t[0].length);
    // "(term X and XI)", "(khóa X và XI)": a term for each item of a list.
    const more = MORE_TERMS.exec(s);
    if (more && facts.term) { facts.terms = [facts.term, termWord(more[1])!]; s = s.slice(more[0].length); }
  }
  // "Thông báo số 42-TB/TW … của Ban Chấp hành TW Đảng thông báo kết luận của Ban Bí thư về …": what
  // the notice carries, then its subject.
  const carries = facts.body ? NOTICE_CARRIES.exec(s) : null;
  if (carries) {
    // (Whose conclusions it carries is its body: the letterhead's is the sender, party-documents.md §6.)
    const of = carries[1] ? bodyAt(carries[1]) : null;
    if (of?.party) facts.body = of;
    s = s.slice(carries[0].length);
  }
  // "… of the Politburo (VIII)": a central body's term as a numeral alone in brackets.
  const bare = !t && facts.body?.issuer === 'TW' ? BARE_TERM.exec(s) : null;
  if (bare && (romanToInt(bare[1]) ?? 0) >= 4 && (romanToInt(bare[1]) ?? 0) <= 14) { facts.term ??= bare[1].toUpperCase(); s = s.slice(bare[0].length); }
  // A local body's term of office ("…, nhiệm kỳ 2025 - 2030"): an attribute, not a subject.
  const office = TERM_OF_OFFICE.exec(s);
  if (office) s = s.slice(office[0].length);
  if (!facts.date) {
    const d2 = readDate(s);
    if (d2 && opensClause(s, d2.length)) return len - s.length;
    // "… 18-NQ/TW of the 12th Party Central Committee, issued on January 24, 2025": a date after a
    // comma that the printed term cannot have is another document's (the sentence's own), read past.
    const other = !!d2?.date && !!facts.term && /^ *,/.test(s) && termOfDate(d2.date) !== undefined && termOfDate(d2.date) !== facts.term;
    if (d2 && !other) { facts.date = d2.date; if (PREDICATE_DATE.test(s.slice(0, d2.length))) facts.predicate = true; }
    if (d2) s = s.slice(d2.length);
    // "Chỉ thị 35 của Bộ Chính trị năm 2024 về …"
    const y2 = d2 || facts.year ? null : (facts.body ? YEAR_AFTER_ISSUER : YEAR_ALONE).exec(s);
    if (y2 && !y2[0].includes(',')) { facts.year = y2[1]; s = s.slice(y2[0].length); }
  }
  return len - s.length;
}

/** A citation's issuer as its symbol prints it ("TU" of 07-QĐ/TU), and whether it is the Party's. */
export interface IssuerOfSymbol { issuer?: string; party?: boolean }

export class Context {
  /** `articleDate`: the year of a date printed without one ("Ngày 12/8, …") is the article's. */
  constructor(private readonly f: Folded, private readonly orig: string, private readonly articleDate?: string) {}

  private issuerOfSymbol: IssuerOfSymbol | undefined;
  /** Where the citation whose facts are being read begins (folded), when known. */
  private citationStart: number | undefined;

  /** The citation opens its sentence ("Chỉ thị số 08-CT/TU … về … đã tạo chuyển biến"): the document is
   *  what the sentence is about, and its predicate comes after the subject. */
  private opensSentence(): boolean {
    const at = this.citationStart;
    if (at === undefined) return false;
    const from = this.sentenceStart(at, 80);
    return /^[\s"“'‘(\-–•*+]*$/.test(this.orig.slice(this.f.orig(from), this.f.orig(at)));
  }

  /** Could the body named at folded `at` have issued the citation being read? Unknown: yes. */
  private mayIssue = (at: number): boolean => {
    const b = bodyAt(this.f.text.slice(at, at + 60));
    const own = this.issuerOfSymbol;
    if (!b || b.excluded || !own?.issuer) return true;
    if (b.party !== (own.party !== false)) return false;
    return !b.party || b.issuer === own.issuer;
  };

  /** A "lần lượt về" (respectively on) follows the facts after folded `end`. */
  respectively(end: number): boolean {
    // Asked of every citation, in text order: where each such word comes next, found once and kept
    // until passed (a word the text no longer holds is never looked for again); the facts are read
    // only where one is near.
    const t = this.f.text;
    let near = false;
    for (let k = 0; k < RESPECTIVELY_WORDS.length; k++) {
      let at = this.nextRespectively[k];
      if (at !== -1 && at < end) at = this.nextRespectively[k] = t.indexOf(RESPECTIVELY_WORDS[k], end);
      if (at >= 0 && at <= end + 200) near = true;
    }
    if (!near) return false;
    const at = this.factsEnd(end);
    return RESPECTIVELY.test(t.slice(at, at + 30));
  }

  /** Where each of RESPECTIVELY_WORDS comes next in the text (folded); -1: no more of it. */
  private readonly nextRespectively = RESPECTIVELY_WORDS.map(() => -2);

  /**
   * "… các Nghị quyết số 25, 26 và 27-NQ/TW lần lượt về A; về B; và về C": each item's own subject, in
   * order, read after the list's facts (folded `end`); null unless the parts are as many as the items.
   */
  respectiveSubjects(end: number, count: number, commas = true): string[] | null {
    const from = this.factsEnd(end);
    const lead = RESPECTIVELY.exec(this.f.text.slice(from, from + 30));
    if (!lead) return null;
    const o = this.f.orig(from + lead[0].length);
    // The parts end with the sentence, and before the next list ("…, Nghị quyết số 71, 72 và 73-NQ/TU lần
    // lượt về …"): what follows it is that one's. (Not any citation: a part may cite one, "về thực hiện
    // Nghị quyết số 18-NQ/TW; về …".)
    const stop = Math.min(this.stopAfter(o), o + 900, this.orig.length, this.nextListAfter(from + lead[0].length, o + 900));
    // (Without the comma or "và" that leads to the next citation.)
    const parts = respectiveParts(this.orig.slice(o, stop).replace(/(?:[\s,;]|\svà)+$/u, ''), count, commas);
    if (!parts) return null;
    const subjects = parts.map(tidySubject);
    return subjects.every((x) => x.length >= 4) ? subjects : null;
  }

  /**
   * The first sentence stop at or after original index `o` (the text's length when none): searched in
   * place, not in a copy of the next characters, and kept — lists come in text order, and the stop found
   * for one is the next one's while it lies ahead, so a text of lists without a stop is scanned once.
   */
  private stopAfter(o: number): number {
    if (o >= this.stopFrom && o <= this.stopAt) return this.stopAt;
    SENTENCE_STOP.lastIndex = o;
    const m = SENTENCE_STOP.exec(this.orig);
    this.stopFrom = o;
    this.stopAt = m ? m.index : this.orig.length;
    return this.stopAt;
  }
  private stopFrom = -1;
  private stopAt = -1;

  /** Where the next citation of its own starts (original index) — one followed by its own "lần lượt", or
   *  one after a separator —, before `limit`; else Infinity. */
  private nextListAfter(folded: number, limit: number): number {
    for (let k = firstCiteAfter(this.cites, folded); k < this.cites.length; k++) {
      const c = this.cites[k];
      const o = this.f.orig(c.start);
      if (o >= limit) break;
      // (A list of its own, or a citation after a separator: "…, chuyển đổi số cấp xã, Nghị quyết số 35-NQ/TU về …".)
      if (/^[^.;]{0,40}?(?:lan luot|respectively)(?![a-z])/.test(this.f.text.slice(c.end, c.end + 60))
        || /(?:[,;]|\s(?:va|and))\s*$/.test(this.f.text.slice(Math.max(0, c.start - 6), c.start))) return o;
    }
    return Infinity;
  }

  /** A record's labelled lines around a bare symbol ("Số ký hiệu: 88-KH/TU", "Ngày ban hành: …"). */
  record(start: number, end: number, typeName?: string): RecordFacts | null {
    // Only after a record's label: a text of thousands of bare symbols asks for each.
    const o = this.f.orig(start);
    if (!RECORD_LABEL_END.test(this.orig.slice(Math.max(0, o - 24), o))) {
      // Or a cell of a table's row ("1 | 18-NQ/TW | 25/10/2017 | …").
      const cell = /[|\t][ \t]*$/.test(this.orig.slice(Math.max(0, o - 8), o));
      return cell ? tableFacts(this.orig, o, this.f.orig(end), typeName) : null;
    }
    return recordFacts(this.orig, o, this.f.orig(end), typeName);
  }

  /**
   * End (folded index) of the sentence that contains `pos`, at most `max` further: the first
   * ". ! ?" (and ";" when `clauses`) before white space or the window's end, or a line break.
   */
  sentenceEnd(pos: number, max: number, clauses = true): number {
    const from = this.f.orig(pos), to = this.f.orig(Math.min(this.f.text.length, pos + max));
    const at = stopAfter(this.orig, from, to, clauses ? CLAUSE : SENTENCE);
    return at >= 0 ? this.toFolded(at) : Math.min(this.f.text.length, pos + max);
  }

  /** Start (folded index) of the sentence that contains `pos`, at most `max` before: just after the last boundary. */
  sentenceStart(pos: number, max: number, clauses = true): number {
    const at = stopBefore(this.orig, this.f.orig(pos), this.f.orig(Math.max(0, pos - max)), clauses ? CLAUSE : SENTENCE);
    return at >= 0 ? this.toFolded(at) : Math.max(0, pos - max);
  }

  /** Folded index of an original index (first folded char at or after it). */
  toFolded(origIndex: number): number {
    return this.f.toFolded(origIndex);
  }

  /** Other citations of the text (folded spans, sorted): a subject may run through one or end before it. */
  cites: readonly Span[] = [];
  /** Where the reference whose facts are being read ends (set by facts()). */
  private planEnd = 0;

  /** That reference is a plan or a programme. Asked only when a verb could start its subject. */
  private planLike(): boolean {
    // A plan or programme names its subject straight after it ("Chương trình hành động số 52-CTHĐ/TU
    // thực hiện Nghị quyết …"), with or without a date or body between.
    return PLAN_BEFORE.test(this.f.text.slice(Math.max(0, this.planEnd - 60), this.planEnd));
  }

  /** `header`: the reference is a document's own number line ("Số: 06-HD/UBKTTW"), whose subject
   *  may be printed in capitals under the type word a few lines below. */
  /** `doc`: what the citation's own symbol says of its issuer, when it prints one. */
  /** `start`: where the citation begins, to tell whether it opens its sentence (subject.ts, sentenceSubject). */
  after(end: number, limit: number, header = false, doc?: IssuerOfSymbol, start?: number): AfterFacts {
    const facts: AfterFacts = {};
    this.issuerOfSymbol = doc;
    this.citationStart = start;
    // "Nghị quyết số 09-NQ/TW (Nghị quyết 09) của Bộ Chính trị về …": the short name it goes by, in
    // brackets, then its own facts.
    const alias = start === undefined ? null : ALIAS_AFTER.exec(this.f.text.slice(end, end + 60));
    if (alias && this.f.text.slice(start!, end).match(/\d+/)?.[0].replace(/^0+/, '') === alias[1].replace(/^0+/, '')) {
      end += alias[0].length;
      // (The facts read on to the next citation after the alias, or the text's end, as `limit` is.)
      const k = firstCiteAfter(this.cites, end);
      limit = Math.max(limit, k < this.cites.length ? this.cites[k].start : this.f.text.length);
    }
    this.readSubjectAt(this.facts(end, limit, facts), facts, header);
    // Kept for the whole text: most references of a text made of them have nothing after them,
    // and share one answer instead of keeping an empty object each.
    return isEmpty(facts) ? NO_FACTS : facts;
  }

  /** The term, date, issuing body and plenum printed after a reference, into `facts`; returns where they end. */
  private facts(end: number, limit: number, facts: AfterFacts): number {
    // A citation in quotes ("“Nghị quyết 57-NQ/TW” của Bộ Chính trị về …"): its facts come after the quote.
    const q = end < this.f.text.length ? this.orig.charCodeAt(this.f.orig(end)) : 0;
    if (q === 0x201d || q === 0x2019 || q === 0xbb) end++;
    this.planEnd = end;
    // Nothing past `limit` (the next citation) is read, so neither is the sentence: a list of
    // citations with no stop in it would otherwise cost a search through 300 characters per item.
    // One character past it is, since a stop right before it is one only if a space follows.
    const stop = Math.min(limit, this.sentenceEnd(end, Math.min(300, Math.max(0, limit - end) + 1)));
    const s = this.f.text.slice(end, stop);
    // Between the items of a list there is often only ", " or ". ", where no fact can be printed.
    if (!hasWordChar(s)) return end;
    const read = end + readPrinted(s, facts);
    // "Kết luận 132 về tiếp tục thực hiện Chỉ thị 36-CT/TW … được ban hành ngày 18/3/2025": the
    // predicate's date is the sentence's subject's, the citation before this one in the sentence.
    if (facts.predicate && this.citedBeforeInSentence()) delete facts.date;
    delete facts.predicate;
    return read;
  }

  /** The citation being read stands inside the subject of one before it in its sentence ("Kết luận
   *  132-KL/TW về tiếp tục thực hiện Chỉ thị số 36-CT/TW …"): not after a comma or "và", where it is
   *  a citation of its own ("Cùng với Kết luận 121-KL/TW, Nghị quyết 18-NQ/TW được ban hành ngày …"). */
  private citedBeforeInSentence(): boolean {
    const at = this.citationStart;
    if (at === undefined) return false;
    const from = this.sentenceStart(at, 300);
    // The last citation ending before it (cites are sorted): a binary search, since a text made of
    // dated references would ask this of each.
    const cs = this.cites;
    let lo = 0, hi = cs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cs[mid].end <= at) lo = mid + 1; else hi = mid; }
    if (lo === 0 || cs[lo - 1].start < from) return false;
    return INSIDE_SUBJECT.test(this.f.text.slice(cs[lo - 1].end, at));
  }

  /** A citation ending right at folded `at` (bar a space or two). */
  private citeEndingAt(at: number): boolean {
    const cs = this.cites;
    let lo = 0, hi = cs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cs[mid].end <= at) lo = mid + 1; else hi = mid; }
    return lo > 0 && at - cs[lo - 1].end <= 2;
  }

  /** Where the facts printed after a citation end (folded index): its date, body and term. */
  private factsEnd = (end: number): number => {
    // Asked twice of a citation a "lần lượt về" follows (respectively, then respectiveSubjects): kept once.
    if (end !== this.factsEndOf) { this.factsEndOf = end; this.factsEndAt = this.facts(end, this.f.text.length, {}); }
    return this.factsEndAt;
  };
  private factsEndOf = -1;
  private factsEndAt = -1;

  /** Find where a subject starts after the facts ("về", "on", a quote, a bracket) and read it. */
  private readSubjectAt(pos: number, facts: AfterFacts, header: boolean): void {
    const t = this.f.text;
    // Right after a full stop (or ";", "!", "?") nothing below can start, neither a subject nor
    // what leads to one: a text of one-reference sentences would ask all of it for each.
    const c = t.charCodeAt(pos);
    if (!header && (c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f)) return;
    const afterFacts = pos;
    for (let m; (m = BEFORE_SUBJECT.exec(t.slice(pos, pos + 90))); ) pos += m[0].length;
    let start = this.subjectStart(pos, facts);
    // An issuer the vocabulary does not know, in capitals: "… của Ban Tổ chức Đảng ủy Đại học X về …".
    const unknownBody = facts.body ? null : OF_UNKNOWN.exec(t.slice(pos, pos + 8));
    // After a body, its place name may come first: "… của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa về …".
    // So may its level and kind in lowercase, and its term: "… của Đảng ủy xã Hải Lý về …",
    // "… Đảng bộ tỉnh Gia Lai khóa XVI về …", "… của Đảng ủy Công an tỉnh về …".
    for (let i = pos + (unknownBody?.[0].length ?? 0), words = 0; !start && (facts.body || unknownBody) && words < (unknownBody ? 9 : 7); words++) {
      while (t[i] === ' ') i++;
      // "… của Tỉnh ủy An Giang (cũ) về …": a merged province's former name, then the subject.
      const former = FORMER.exec(t.slice(i, i + 14));
      if (former) { i += former[0].length; start = this.subjectStart(i, facts, false); continue; }
      // "… Thành ủy Phan Rang - Tháp Chàm về …": a place of two names joined by a dash.
      if ((t[i] === '-' || t[i] === '–') && t[i + 1] === ' ' && i > pos) { i++; continue; }
      const c = this.orig[this.f.orig(i)];
      if (!c || !(/\d/.test(c) || c !== c.toLowerCase() || ORG_WORD.test(t.slice(i, i + 12)))) break;
      // "TP.HCM", "TP. Hồ Chí Minh": an abbreviation's dot is part of the name.
      while (i < t.length && (/[a-z0-9]/.test(t[i]) || (t[i] === '.' && t.startsWith('tp', i - 2)) || (t[i] === '.' && /[a-z]/.test(t[i + 1] ?? '')))) i++;
      start = this.subjectStart(i, facts, false);
    }
    if (header) {
      start ??= this.headerStart(pos);
      if (!facts.date) this.headerDate(pos, facts);
    }
    // (Only a line that opens with the citation, its subject in lowercase: "Theo Nghị quyết 57-NQ/TW 2024 Bộ
    // Chính trị xác định …" is a sentence.)
    const ofLine = !start && !!facts.titleLine && this.opensLine() && /^\s*\p{Ll}/u.test(this.orig.slice(this.f.orig(pos), this.f.orig(pos) + 4));
    if (ofLine) start = { from: pos + /^ */.exec(t.slice(pos))![0].length, opener: '' };
    // A legal database's English title line: "Resolution No. 39-NQ/TW dated April 17, 2015, downsizing
    // and restructuring of officials …" — the citation opens the line, its date, then the subject to
    // the line's end (no sentence in it).
    if (!start && !ofLine && facts.date && this.opensLine() && this.citationStart !== undefined
      && /^(?:Resolution|Conclusion|Directive|Regulation|Decision)\b/.test(this.orig.slice(this.f.orig(this.citationStart), this.f.orig(this.citationStart) + 12))) {
      const rest = DATED_TITLE_REST.exec(this.orig.slice(this.f.orig(pos), this.f.orig(pos) + 260));
      // (A title, not a clause: no article or pronoun opening it, no verb of a sentence in it.)
      const clause = rest && (/^(?:the|a|an|its|their|this|these|those|we|it|they)\s/i.test(rest[1]) || /\s(?:has|have|had|is|are|was|were|will|would)\s/.test(rest[1]));
      if (rest && !clause && !/[.;!?]\s/.test(rest[1])) start = { from: pos + /^ *, */.exec(t.slice(pos))![0].length, opener: '' };
    }
    delete facts.titleLine;
    if (!start) {
      const before = this.subjectBeforeBracket();
      if (before) { facts.title = before; return; }
      return this.relativeClauseFacts(afterFacts, facts);
    }
    // A subject is printed in the citation's paragraph: not after a blank line ("…, ngày 12/4/2025 của Ban
    // Chấp hành Trung ương,↵↵Bộ Chính trị quy định về …" is the next paragraph's, another document's).
    if (!header && hasBlankLine(this.orig, this.f.orig(afterFacts), this.f.orig(start.from))) return;
    // A citation quoted inside a quotation: its subject ends with the quotation — and where the
    // sentence calls what it quotes fake ("Trang tin giả mạo đăng “Kết luận 126-KL/TW về …”"), the
    // words are the fake's, none of the document's.
    const quoted = !start.opener && this.insideQuote();
    if (quoted && FAKE_CLAIM.test(this.quoteLeadIn())) return;
    const subj = readSubject({ f: this.f, orig: this.orig, from: start.from, opener: quoted ? '“' : start.opener, cites: this.cites, factsEnd: this.factsEnd, mayIssue: this.issuerOfSymbol?.issuer ? this.mayIssue : undefined, sentenceSubject: this.opensSentence() });
    if (!subj) return;
    facts.title = subj.text;
    if (ofLine) facts.titleOfLine = true;
    // "… về thi hành Điều lệ Đảng khóa XIII": the term closing the subject is the document's, where no
    // body or congress is named right before it (not "… của Ban Chấp hành Trung ương khóa XII").
    const term = TERM_CLOSING.exec(subj.text);
    if (term && !facts.term && !BODY_BEFORE_TERM.test(fold(subj.text.slice(Math.max(0, term.index - 40), term.index), { ascii: true }).text)) {
      facts.term = term[1].toUpperCase();
      facts.title = subj.text.slice(0, term.index).trimEnd();
    }
    const after = this.f.toFolded(subj.end);
    if (!facts.body) this.issuerAfterSubject(after, facts);
    if (!facts.date) this.dateAfterSubject(after, facts);
  }

  /** "… 71-NQ/TW, which the Politburo issued on August 22, 2025", "…, which was adopted by the 12th Party
   *  Central Committee on …": a clause of the citation's own saying who issued it, and when. */
  private relativeClauseFacts(pos: number, facts: AfterFacts): void {
    const s = this.f.text.slice(pos, pos + 140);
    const passive = /^ *, *which +(?=(?:was|were) +(?:issued|adopted|signed|promulgated|approved) )/.exec(s);
    if (passive) {
      // (Not "…, which was issued by the Government on …": no party body's, so nothing of this one's.)
      const rest = s.slice(passive[0].length);
      const by = /^(?:was|were) +[a-z]+ +by +(?:the +)?/.exec(rest);
      const b = by ? bodyAt(rest.slice(by[0].length)) : null;
      if (by && !b?.party) return;
      if (!facts.body) this.issuerAfterSubject(pos + passive[0].length, facts);
      if (!facts.date) this.dateAfterSubject(pos + passive[0].length, facts);
      return;
    }
    const active = /^ *, *which +(?:the +)?/.exec(s);
    const b = active ? bodyAt(s.slice(active[0].length)) : null;
    if (!active || !b || b.excluded || !b.party) return;
    const rest = s.slice(active[0].length + b.length);
    const verb = /^ +(?:(?:has|had) +)?(?:issued|adopted|signed|promulgated|approved)(?= )/.exec(rest);
    if (!verb) return;
    facts.body ??= b;
    if (b.term) facts.term ??= b.term;
    const d = facts.date ? null : readDate(rest.slice(verb[0].length));
    if (d?.date) facts.date = d.date;
  }

  /** "… on land policy, dated June 16, 2022", "… về đất đai, ban hành ngày 16/6/2022", "… was issued
   *  on December 11, 2024": only a date said to be the document's (a bare "ngày …" after the subject
   *  is as often the event's). */
  private dateAfterSubject(at: number, facts: AfterFacts): void {
    const s = this.f.text.slice(at, at + 60);
    const m = DATED_AFTER_SUBJECT.exec(s);
    // A predicate's date is the sentence's subject's, not a citation's inside its subject (see facts()).
    // (The subject may have ended after its "được": read a few characters before it too.)
    if (!m || (PREDICATE_DATE.test(this.f.text.slice(Math.max(0, at - 6), at + m[0].length)) && this.citedBeforeInSentence())) return;
    // "… to implement the Politburo's Resolution No. 57-NQ/TW, dated December 22, 2024": a subject that
    // ends with a citation, and that one's date after it.
    if (/^ *,? *dated/.test(m[0]) && this.citeEndingAt(at)) return;
    const d = readDate(s.replace(new RegExp(String.raw`^ *,? *(?:duoc +)?(?:ky +)?ban hanh +(?:vao +)?|^ *,? *(?:duoc +)?ky +(?:vao +)?|^ *,? *(?:was|were) +|^ *,? *${WHICH_BODY}(?=(?:issued|adopted|signed) +on)`), ' '));
    if (d?.date) facts.date = d.date;
  }

  /** "Nghị quyết 27 về cải cách tiền lương của Trung ương khóa XII": the issuer, and its term, after the subject. */
  private issuerAfterSubject(at: number, facts: AfterFacts): void {
    const s = this.f.text.slice(at, at + 120);
    // "… was issued by the Politburo on June 27, 2024".
    // (After a bracketed subject, past its closing bracket: "… 27 (về kinh tế biển) của Tỉnh ủy".)
    // (And "…”, signed and promulgated by General Secretary … on behalf of the Politburo (term XIII)",
    // "…, do Tổng Bí thư … thay mặt Bộ Chính trị ký": the body he signed for.)
    const c = /^[)"”']? *,? *(?:(?:signed|issued)(?: +and +(?:promulgated|issued))? +by +(?:[a-z.-]+ +){1,8}?on +behalf +of|do +(?:[a-z]+ +){1,8}?thay mat|cua|do|of|by|(?:was +|were +)?(?:issued|adopted|signed|promulgated) +by|(?:duoc +)?ban hanh +boi|(?:(?:da|vua|moi) +)?duoc) +(?:the +)?/.exec(s);
    const b = c ? bodyAt(s.slice(c[0].length)) : null;
    if (!c || !b || b.excluded) return;
    // "… đã được Quốc hội thông qua": the agent issued it only where the verb says so.
    if (/duoc $/.test(c[0]) && !ISSUING_AFTER.test(s.slice(c[0].length + b.length, c[0].length + b.length + 40))) return;
    // "Kế hoạch số 20-KH/VPTW … được Ban Bí thư thông qua": approved by one body, issued by the one its symbol names.
    if (/duoc $/.test(c[0]) && this.issuerOfSymbol?.issuer && b.issuer !== this.issuerOfSymbol.issuer) return;
    facts.body = b;
    const rest = s.slice(c[0].length + b.length);
    const t = TERM_AFTER.exec(rest);
    if (t) facts.term ??= termWord(t[1] ?? t[2] ?? t[3]);
    else if (b.term) facts.term ??= b.term;
    // The date of that issuing, when it says so: "… by the Politburo on June 27, 2024".
    if (!facts.date && /[a-z]/.test(c[0]) && /^ +on /.test(rest)) {
      const d = readDate(rest);
      if (d?.date) facts.date = d.date;
    }
  }

  /**
   * A document's own header: the symbol at `symStart`–`symEnd` printed after "Số" at the start of its
   * line, and `at` opening a line a few lines below (the title: "NGHỊ QUYẾT / HỘI NGHỊ LẦN THỨ TÁM …").
   */
  headerTitleAt(symStart: number, symEnd: number, at: number): boolean {
    const s = this.f.orig(symStart), e = this.f.orig(symEnd), a = this.f.orig(at);
    if (a - e > 240 || !HEADER_NUMBER_LINE.test(this.orig.slice(Math.max(0, s - 8), s).normalize('NFC'))) return false;
    const between = this.orig.slice(e, a);
    // Not a title that carries out or continues the plenum's ("NGHỊ QUYẾT / VỀ THỰC HIỆN / NGHỊ QUYẾT HỘI NGHỊ …").
    return /\n[ \t]*$/.test(between) && between.split('\n').length <= 7 && !/[.!?;] /.test(between) && !TITLE_ABOUT.test(between.normalize('NFC'));
  }

  /** The header's own date line, within its first lines after the number. */
  private headerDate(pos: number, facts: AfterFacts): void {
    const o = this.f.orig(pos);
    // (Blank lines, as pages pad a header with, are no lines.)
    const lines = this.orig.slice(o, o + 400).split('\n').filter((l) => l.trim()).slice(0, 5).join('\n');
    const m = HEADER_DATE.exec(lines.normalize('NFC'));
    // An English edition's: "Hanoi, April 30, 2025".
    const en = m ? null : HEADER_DATE_EN.exec(lines);
    // ("Hanoi, April 30, 2025" or "Hanoi, 05 June 2008")
    const date = m ? iso(m[1], m[2], m[3]) : en ? iso(en[2] ?? en[3], String(MONTHS.indexOf((en[1] ?? en[4]).toLowerCase()) + 1), en[5]) : undefined;
    if (date) facts.date = date;
  }

  private headerStart(pos: number): { from: number; opener: string } | null {
    const o = this.f.orig(pos);
    // HEADER breaks its first line within 101 characters (a table's row holds the date beside the number): most symbols stand in running text, with
    // no line break that near, and need not be read 500 characters on.
    if (!hasCode(this.orig, o, Math.min(o + 101, o + 500, this.orig.length), 0x0a)) return null;
    const head = this.orig.slice(o, o + 500);
    // "Số: 11-HD/UBKTTW↵V/v thực hiện Quy định số 94-QĐ/TW …": a letter's "về việc" line under its number.
    const vv = ABOUT_LINE.exec(head);
    if (vv) return { from: this.toFolded(o + vv[0].length), opener: '' };
    const m = HEADER.exec(head);
    if (!m) {
      // An English edition's: "RESOLUTION↵OF THE POLITBURO↵REGARDING …", "RESOLUTION OF THE 8TH MEETING …↵ON …".
      const e = HEADER_EN.exec(head);
      return e ? { from: this.toFolded(o + e[0].length), opener: '' } : null;
    }
    // "NGHỊ QUYẾT\ncủa Ban Thường vụ Đảng ủy Chính phủ về …": the issuer's phrase comes first.
    const by = HEADER_ISSUER.exec(this.orig.slice(o + m[0].length, o + m[0].length + 160));
    return { from: this.toFolded(o + m[0].length + (by ? by[0].length : 0)), opener: '' };
  }

  /** Where the subject starts after a verb that repeats the citation's own kind (ECHO_VERB), or -1. */
  private echoAt(i: number): number {
    ECHO_VERB.lastIndex = i;
    const m = ECHO_VERB.exec(this.f.text);
    if (!m) return -1;
    // (The citation's own words only: "Quy định 08 và Chỉ thị 05-CT/TW quy định …" is the directive's verb.)
    if (this.citationStart === undefined) return -1;
    const own = this.f.text.slice(this.citationStart, this.planEnd);
    if (!ECHO_KIND[m[1]].test(own)) return -1;
    // A clause of its own after the verb ("quy định đảng viên vi phạm phải bị xem xét …"): what it
    // spells out. (Read in the original: folded, "cần" is "cán".)
    const o = this.f.orig(ECHO_VERB.lastIndex);
    const phrase = /^[^.;:,\n]{0,60}/.exec(this.orig.slice(o, o + 60))![0];
    return ECHO_CLAUSE.test(phrase) ? -1 : ECHO_VERB.lastIndex;
  }

  /** A decision's own verb at `i`, after a citation printed as a "Quyết định". */
  private decisionVerbAt(i: number): boolean {
    DECISION_VERB.lastIndex = i;
    return DECISION_VERB.test(this.f.text) && this.citationStart !== undefined && this.f.text.startsWith('quyet dinh', this.citationStart);
  }

  private verbAt(i: number): boolean {
    SUBJECT_VERB.lastIndex = i;
    return SUBJECT_VERB.test(this.f.text);
  }

  private subjectStart(pos: number, facts: AfterFacts, verbs = true): { from: number; opener: string } | null {
    const t = this.f.text, n = Math.min(t.length, pos + 40);
    let i = pos, opener = '';
    while (i < n && (t[i] === ' ' || t[i] === ',' || t[i] === ':' || t[i] === ')')) i++;
    // '… titled "Orientations and tasks …"', "… mang tên “…”": the quotation the word names is the subject.
    // (Each tried only where its first letter is: asked of every citation, and a text may hold thousands.)
    const ch = t[i];
    let titled = false;
    if (ch === 't' || ch === 'e' || ch === 'c' || ch === 'v' || ch === 'm') { TITLED.lastIndex = i; if (TITLED.test(t)) { i = TITLED.lastIndex; titled = true; } }
    // "…, which concerns continuing to build …": the relative clause says what it is about.
    if (t[i] === 'w' || t[i] === 't') {
      WHICH_ABOUT.lastIndex = i;
      if (WHICH_ABOUT.test(t)) {
        // (…, which focuses on "Promoting …," a reporter …: the quotation is the subject.)
        const j = WHICH_ABOUT.lastIndex;
        const q = t[j] !== '(' && OPENERS.includes(t[j]) ? this.orig[this.f.orig(j)] : '';
        return { from: q ? j + 1 : j, opener: q };
      }
    }
    // "… khóa XII một số vấn đề về tiếp tục đổi mới …": an official subject's own first words, no "về"
    // before them — right after the facts, not after a comma or colon that opens the sentence's clause.
    if (t[i] === 'm') { ISSUES_LEAD.lastIndex = i; if (/^ *$/.test(t.slice(pos, i)) && ISSUES_LEAD.test(t)) return { from: i, opener: '' }; }
    // "Committee's fifth plenum": an apostrophe inside a word is a possessive, not a quote.
    if (t[i] === "'" && /[a-z0-9]/.test(t[i - 1] ?? '')) return null;
    // "“Nghị quyết số 57/NQ-TW ngày 22/12/2024” và …": the quote that closes a quoted citation opens nothing.
    if (this.orig[this.f.orig(i)] === '”' && this.insideQuote()) return null;
    if (OPENERS.includes(t[i])) { opener = t[i] === "'" ? "'" : this.orig[this.f.orig(i)]; i++; while (t[i] === ' ') i++; }
    // '("Về đổi mới …")': the quote inside the bracket is what closes the subject.
    if (opener === '(' && (t[i] === '"' || t[i] === '“' || this.orig[this.f.orig(i)] === '“')) { opener = this.orig[this.f.orig(i)]; i++; }
    // "… khoá X vềnâng cao …": a copy from a PDF lost the space after "về" (no word of the language
    // begins so), the subject right after it.
    if (t[i] === 'v' && t[i + 1] === 'e' && /[a-z]/.test(t[i + 2] ?? '') && /^(?:về|Về|VỀ)$/.test(this.orig.slice(this.f.orig(i), this.f.orig(i + 2)).normalize('NFC'))
      && !/[a-z]/.test(t[i - 1] ?? '')) return { from: i + 2, opener };
    SUBJECT_WORD.lastIndex = i;
    // ("…, on January 9 the Government issued …": "on" a date is when, not what about.)
    if (SUBJECT_WORD.test(t) && !(t.startsWith('on', i) && ON_A_DAY.test(t.slice(SUBJECT_WORD.lastIndex, SUBJECT_WORD.lastIndex + 16)))) {
      i = SUBJECT_WORD.lastIndex;
      while (t[i] === ' ') i++;
      if (!opener && OPENERS.includes(t[i]) && t[i] !== '(') { opener = this.orig[this.f.orig(i)]; i++; while (t[i] === ' ') i++; }
      return { from: i, opener };
    }
    // A quote after a colon is the document quoted ("… Quy định 294-QĐ/TW: “đảng viên phải nêu gương”"),
    // not its subject.
    const afterColon = !titled && t.slice(pos, i).includes(':');
    // Nor a quote that opens with a predicate ("… thực hiện Nghị quyết 18 “đạt được những kết quả
    // quan trọng”"): what is said of it, not what it is about.
    // Nor a slogan in single quotes ("Không để Nghị quyết 57 'trên nóng dưới lạnh'"): a subject in
    // single quotes opens with its capital or with "về".
    const quotedAt = this.orig.slice(this.f.orig(i), this.f.orig(i) + 24).normalize('NFC');
    if (opener && opener !== '(' && opener !== '[' && !afterColon && /[a-z]/.test(t[i] ?? '') && !QUOTED_PREDICATE.test(quotedAt.toLowerCase())
      && (!"'‘".includes(opener) || quotedAt[0] !== quotedAt[0].toLowerCase() || /^(?:về|on)\s/i.test(quotedAt))) return { from: i, opener };
    if (verbs && !opener && this.verbAt(i) && (facts.date || facts.body || this.planLike())) return { from: i, opener: '' };
    if (verbs && !opener && (facts.date || facts.body) && this.decisionVerbAt(i)) return { from: i, opener: '' };
    // (Right after the citation and its facts, not after a comma: "…, quy định …" is the sentence's own clause.)
    // (In lowercase, on the citation's line: "Quy định số 373↵Quy định số 373: …" is a heading, twice.)
    const echo = verbs && !opener && (t[i] === 'h' || t[i] === 'q') && !/[,\n]/.test(t.slice(pos, i)) && this.orig[this.f.orig(i)] === t[i] ? this.echoAt(i) : -1;
    if (echo >= 0) return { from: echo, opener: '' };
    // "Quy định 80-QĐ/TW (phân cấp quản lý cán bộ và bổ nhiệm …) được …": a bracket right after the
    // citation holding a phrase of its own — not a note, a term, a year or a short name.
    // (Printed in lowercase: "(Ảnh minh họa: …)" is a caption.)
    const first = this.orig[this.f.orig(i)] ?? '';
    if ((opener === '(' || opener === '[') && first !== first.toUpperCase() && /^ *$/.test(t.slice(pos, i - 1).replace(/[([]$/, '')) && BRACKET_SUBJECT.test(t.slice(i, i + 200))) return { from: i, opener };
    return null;
  }

  /**
   * 'ban hành Nghị quyết mới về “Tiếp tục đổi mới …” (Nghị quyết số 18-NQ/TW, ngày …)': a bracket the
   * citation opens names the document whose subject the sentence printed right before it, after the
   * same kind of word and "về". Only when the citation is the bracket's first words.
   */
  private subjectBeforeBracket(): string | undefined {
    let o = this.f.orig(this.citationStart!);
    // (A bare symbol after its kind's word, which the vocabulary does not read as a type word: "(Report
    // No. 520-BC/BTCTW …)" — the bracket opens before the word.)
    const kind = /\(\s*((?:[Rr]eport|[Bb]áo cáo)\s+(?:No\.?|[Ss]ố)?\s*)$/u.exec(this.orig.slice(Math.max(0, o - 24), o));
    if (kind) o -= kind[1].length;
    // Asked of every citation with no subject after it: most stand in no bracket at all.
    let k = o - 1;
    while (k >= 0 && (this.orig[k] === ' ' || this.orig[k] === '\u00a0')) k--;
    if (this.orig[k] !== '(') return undefined;
    const before = this.orig.slice(Math.max(0, o - 500), o);
    const m = (kind ? REPORT_BEFORE_BRACKET : SUBJECT_BEFORE_BRACKET).exec(before);
    if (!m || fold(m[1]).text.toLowerCase() !== fold(this.orig.slice(o, o + m[1].length)).text.toLowerCase()) return undefined;
    // Unquoted, only a phrase with no clause of its own in it: not "… về kinh tế tư nhân, được giới doanh
    // nghiệp đón nhận (…)", "… mà nhiều địa phương …", nor a date ("a resolution on December 22 (…)").
    if (!m[2] && (/;|,\s*(?:được|đã|đang|sẽ|là|nhưng|còn|who|was|were|is|are|has|have|had)\s|\s(?:mà|which|that)\s/u.test(m[3]) || UNQUOTED_NOT_SUBJECT.test(m[3]))) return undefined;
    return tidySubject(m[2] ?? m[3]);
  }

  /** The citation opens its line: only its type word (and "số") before it on the line. */
  private opensLine(): boolean {
    const o = this.f.orig(this.citationStart!);
    const nl = this.orig.lastIndexOf('\n', o - 1);
    return /^\s*$/.test(this.orig.slice(nl + 1, o));
  }

  /** What the sentence says right before the quotation the citation stands in ("Trang tin giả mạo đăng"). */
  private quoteLeadIn(): string {
    const o = this.f.orig(this.citationStart!);
    const before = this.orig.slice(Math.max(0, o - 200), o);
    const q = before.lastIndexOf('“');
    return before.slice(Math.max(0, q - 60), Math.max(0, q)).normalize('NFC');
  }

  /** The citation being read stands inside a quotation opened with "“" (and not closed) before it. */
  private insideQuote(): boolean {
    if (this.citationStart === undefined) return false;
    const o = this.f.orig(this.citationStart);
    const before = this.orig.slice(Math.max(0, o - 200), o);
    return before.lastIndexOf('“') > before.lastIndexOf('”');
  }

  /** The body named right before a reference, as its issuer. */
  /**
   * The term of a plenum, or of a body, the sentence says issued the document: "Hội nghị Trung ương 6
   * khóa XII đã ban hành Nghị quyết số 18-NQ/TW", "Bộ Chính trị khóa XIV ban hành Kết luận số 12-KL/TW".
   */
  issuerTermBefore(start: number): string | undefined {
    const t = this.f.text;
    let e = start;
    while (e > 0 && t.charCodeAt(e - 1) === 0x20) e--;
    // "… đã ban hành ba nghị quyết: Nghị quyết 18 …": the list announced, then its items.
    const listed = COUNTED_LIST.exec(t.slice(Math.max(0, e - 40), e));
    const count = listed ? null : COUNT_BEFORE.exec(t.slice(Math.max(0, e - 12), e));
    const counted = listed ?? count;
    if (counted) { e -= counted[0].length; while (e > 0 && t.charCodeAt(e - 1) === 0x20) e--; }
    if (!endsWithAny(t, e, ISSUE_VERBS)) return undefined;
    const before = t.slice(this.sentenceStart(start, 160), e);
    const m = (count ? PLENUM_HAS.exec(before) : null) ?? PLENUM_ISSUED.exec(before) ?? BODY_TERM_ISSUED.exec(before);
    return m ? termWord(m[1] ?? m[2]) : undefined;
  }

  /**
   * The date a sentence gives before the body that issued the document: "Ngày 20/02/2026, Bộ Chính
   * trị ban hành Nghị quyết số 02-NQ/TW", "On May 4, 2025, the Politburo issued Resolution 68". With
   * its year (or, printed without one, in the article's: inArticleYear), only at the start of the
   * sentence (a date after an earlier citation is that one's), and only when the words between are
   * the issuer's and its verb of issuing.
   */
  dateBefore(start: number, yearless = false): string | undefined {
    const t = this.f.text;
    let e = start;
    while (e > 0 && t.charCodeAt(e - 1) === 0x20) e--;
    if (!endsWithAny(t, e, ISSUE_VERBS)) return undefined;
    const from = this.sentenceStart(start, 160);
    const s = t.slice(from, start);
    const m = DATE_BEFORE_ISSUER.exec(s);
    // A date after a comma right behind another citation ("Căn cứ Quy định số 105-QĐ/TW, ngày
    // 19/12/2017, Ban Thường vụ … ban hành …") may be that one's as well as the next: neither's.
    // (A short form's comma does not: "Để cụ thể hóa Nghị quyết 71, ngày 5/9/2025, Ban Thường vụ … ban hành …".)
    if (m && m[0].startsWith(',')) {
      const at = from + m.index, c = this.cites[firstCiteAfter(this.cites, at) - 1];
      if (c && at - c.end <= 2 && (c as { form?: string }).form !== 'short') return undefined;
    }
    // (A year in the sentence or the one before: "Năm 2020, … . Ngày 12/8, …" may be of that year.)
    if (m && !m[3]) return yearless && !YEAR_SET.test(t.slice(Math.max(0, from - 200), start)) ? this.inArticleYear(m[1], m[2]) : undefined;
    if (m) return iso(m[1], m[2], m[3]);
    const en = EN_DATE_BEFORE_ISSUER.exec(s);
    if (!en) return undefined;
    // Where the sentence's start is not found (a headline run into it: "… in the new era On 10/10/2023,
    // …"), only an "On" that opens a sentence, and no citation between it and this one: "Building on
    // Directive 05-CT/TW issued on May 15, 2016, the Politburo issued …" dates the directive only.
    const on = from + en.index + en[0].indexOf('on');
    if (en.index > 0 && (this.orig[this.f.orig(on)] !== 'O' || firstCiteAfter(this.cites, on) < firstCiteAfter(this.cites, start))) return undefined;
    return en[6] ? iso(en[6], en[7], en[8]) : iso(en[2] ?? en[3], String(MONTHS.indexOf(en[1] ?? en[4]) + 1), en[5]);
  }

  /** Day and month printed without a year: the last such day up to the article's, when it is of the
   *  weeks just before it (news telling what happened lately); none otherwise, or without the article's date. */
  private inArticleYear(day: string, month: string): string | undefined {
    const a = /^(\d{4})-(\d\d)-(\d\d)/.exec(this.articleDate ?? '');
    if (!a) return undefined;
    const article = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
    for (const y of [Number(a[1]), Number(a[1]) - 1]) {
      const at = Date.UTC(y, Number(month) - 1, Number(day));
      // (No 31/2: a day the month does not have rolls over, and is no date.)
      if (new Date(at).getUTCDate() !== Number(day)) return undefined;
      const days = (article - at) / 86_400_000;
      if (days >= 0) return days <= YEARLESS_DAYS ? iso(day, month, String(y)) : undefined;
    }
    return undefined;
  }

  before(start: number): BodyFact | null {
    // Both phrases end right before the reference, bar spaces, in words of their own: what the
    // words there are settles, for most references, that neither is there, without the sentence.
    const t = this.f.text;
    let e = start;
    while (e > 0 && t.charCodeAt(e - 1) === 0x20) e--;
    const q = t.charCodeAt(e - 1) === 0x27 ? e - 1 : t.charCodeAt(e - 1) === 0x73 && t.charCodeAt(e - 2) === 0x27 ? e - 2 : -1;
    const possible = endsWithAny(t, e, POSS_ENDS) || (q > 0 && endsWithAny(t, q, POSS_ENDS));
    const issuedPossible = endsWithAny(t, e, ISSUED_ENDS);
    // "Đoàn giám sát Quốc hội (về việc) thực hiện Nghị quyết 88": the Assembly's own resolution, whose
    // carrying out its delegation supervises.
    if (endsWithAny(t, e, SUPERVISED_ENDS) && SUPERVISED.test(t.slice(Math.max(0, e - 80), e))) return bodyAt('quoc hoi');
    if (!possible && !issuedPossible) return null;
    const from = this.sentenceStart(start, 140);
    const s = t.slice(from, start);
    // Possessive or attributive: "Politburo's Resolution 68", "Politburo Resolution 08".
    const poss = possible ? POSSESSIVE.exec(s) : null;
    if (poss) {
      // ("the Politburo's and Secretariat's": the two together.)
      const b = bodyAt(poss[1].replace(/'s(?= )/g, ''));
      if (b) return b;
    }
    // "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17"
    const issued = issuedPossible ? ISSUED_BY.exec(s) : null;
    if (!issued) {
      // "On behalf of the Politburo, on January 16, General Secretary … signed the Resolution …": the
      // body he signed for, the sentence's opening.
      if (!issuedPossible) return null;
      const signed = ON_BEHALF_SIGNED.exec(t.slice(this.sentenceStart(start, 200, false), start));
      return signed ? bodyAt(signed[1]) : null;
    }
    // "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ký ban hành …": who signed is not who issued.
    const onBehalf = ON_BEHALF.exec(s.slice(0, issued.index + 1));
    return bodyAt(onBehalf ? onBehalf[1] : issued[1]);
  }
}
