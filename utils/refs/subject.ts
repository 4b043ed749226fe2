/**
 * Stage 3b: the subject (trích yếu) a text prints for a document — "Nghị quyết số 57-NQ/TW … về
 * <subject>" — cut where a careful reader would cut it. A subject ends before the date, the issuer
 * phrase, a following clause or verb, the next citation in a list; but an official subject may
 * itself hold commas, "và" and a citation of another document ("tổng kết Nghị quyết số 18-NQ/TW
 * của Ban Chấp hành Trung ương khóa XII"), and a quoted subject is what is inside the quotes.
 *
 * Works on the folded text for matching and cuts the original; never cuts inside a word.
 */
import { modernTones, type Folded } from './normalize';
import { abbreviationBefore } from './sentence';

export interface Span { start: number; end: number }

export interface SubjectInput {
  f: Folded;
  orig: string;
  /** Folded index where the subject starts (after "về", "on", an opening quote or bracket). */
  from: number;
  /** The character that opened it: a quote, "(" or "" when none. */
  opener: string;
  /** Folded spans of the other citations in the text, sorted. */
  cites: readonly Span[];
  /** Folded index where the facts after an embedded citation (its date, body, term) end. */
  factsEnd: (foldedEnd: number) => number;
  /** Whether "của <the body at this folded index>" can be the cited document's issuer: a body that
   *  cannot ("của Ban Tổ chức Tỉnh ủy" after a Tỉnh ủy's own 07-QĐ/TU) is the subject's own words. */
  mayIssue?: (foldedAt: number) => boolean;
  /** The citation opens its sentence: the document is the sentence's subject (see throughToPredicate). */
  sentenceSubject?: boolean;
}

export interface Subject {
  text: string;
  /** Original offsets of the printed subject (before cleaning). */
  start: number;
  end: number;
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '”': '”', '«': '»', "'": "'", '‘': '’', '(': ')', '[': ']' };
const MAX = 420;

// Where an unquoted Vietnamese or English subject ends (folded text). Each alternative starts with a
// fixed character, not with optional spaces, so the scan skips quickly; the cut may leave a space,
// comma or bracket before it, which tidySubject drops.
/** Not after documents the subject itself names ("… các nghị quyết, kết luận của Trung ương, Bộ Chính
 *  trị về …"): their issuers are the subject's words. A lookbehind, shared by the two issuer stops. */
const NAMED_DOCS = String.raw`(?<!(?:cac|nhung) +(?:nghi quyet|ket luan|chi thi|quy dinh|van ban|chu truong)(?:,? +[a-z]+){0,6} *)`
  // …nor of a board whose functions or members the subject is about ("… chức năng, nhiệm vụ, quyền hạn
  // của Ban Chỉ đạo Trung ương …", "… quy chế làm việc của Ban Chấp hành …").
  + String.raw`(?<!(?:chuc nang(?:,? +nhiem vu)?(?:,? +quyen han)?|quyen han|co cau to chuc|to chuc bo may|quy che lam viec|thanh vien) *)`;

const STOP = new RegExp([
  // a date: ", ngày 12/9/2025", " ngày 5 tháng 6", "(tháng 12.2024)"
  // English: "… in the new situation and the Action Program to implement Resolution No. 59-NQ/TW": the
  // speech's second topic, not the subject's words
  String.raw`(?<![a-z])and +(?:the +|its +)?(?:government'?s? +)?(?:action +(?:program(?:me)?|plan)|plan|program(?:me)?) +(?:to|for) +(?:implement|carry|carrying|implementing)(?![a-z])`,
  // English: "… and lifestyle on Saturday", "… on the morning of May 18": when, not what about
  String.raw`(?<![a-z])on +(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the +(?:morning|afternoon|evening|night) +of)(?![a-z])`,
  // a page's dateline it ran into: "… nông thôn Thứ hai, 01/10/2018 Chia sẻ"
  String.raw`(?<![a-z])(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday) *,? +\d{1,2} *[/.-] *\d{1,2} *[/.-] *(?:19|20)\d\d`,
  String.raw`(?<![a-z])(?:(?:ban hanh|ky|truoc|sau|tu|vao) +)?ngay +\d`,
  String.raw`[,(] *thang +\d{1,2} *[./] *(?:19|20)\d\d`,
  // an English date: "… on private sector development on May 4, 2025", "… in June 2024"
  String.raw`(?<![a-z])(?:on|dated) +(?:january|february|march|april|may|june|july|august|september|october|november|december) +\d`,
  String.raw`(?<![a-z])(?:on|dated) +\d{1,2} +(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])`,
  String.raw`(?<![a-z])in +(?:january|february|march|april|may|june|july|august|september|october|november|december) +(?:19|20)\d\d`,
  // when it was issued: ", ban hành năm 2017", ", adopted in 2017"
  String.raw`, *(?:ban hanh|thong qua|adopted|issued|passed)(?: +(?:tu|vao|in))? +(?:nam +)?(?:19|20)\d\d`,
  // …and without the comma, where a year says so: "… về Hải Phòng ban hành năm 2019"
  String.raw`(?<![a-z])(?:duoc +)?(?:ban hanh|thong qua|ky) +(?:tu +|vao +)?nam +(?:19|20)\d\d`,
  // a note in brackets: "(thay thế Quy định số 47-QĐ/TW …)", "(năm 2013)"
  String.raw`\( *(?:thay the|thay cho|ke thua|nam +(?:19|20)\d\d *\))`,
  // "(adopted at the fifth plenum …)", "(ban hành ngày …)": when and where, not what about
  String.raw`\( *(?:adopted|issued|signed|dated|passed|approved|ban hanh|thong qua)(?![a-z])`,
  // English: "… by the Politburo" (not "of the Politburo", which a subject may hold)
  String.raw`(?<![a-z])by +the +(?:\d{1,2}(?:st|nd|rd|th)[- ](?:tenure|term) +)?(?:politburo|secretariat|(?:party +)?central +committee)(?![a-z])`,
  // the issuer: "của Bộ Chính trị", ", Ban Tổ chức Trung ương hướng dẫn"
  // (not the issuer of documents the subject itself names: "… các nghị quyết, kết luận của Trung ương, Bộ Chính trị về …")
  String.raw`(?<![a-z])` + NAMED_DOCS + String.raw`(?:cua|do) +(?:bo chinh tri|ban bi thu|ban chap hanh|bch|trung uong|tinh uy|thanh uy|huyen uy|quan uy|dang uy|ban thuong vu|thuong truc|chinh phu|thu tuong|quoc hoi|ban to chuc|ban chi dao|uy ban kiem tra|ban tuyen giao)(?![a-z])`,
  NAMED_DOCS +
    String.raw`, *(?:bo chinh tri|ban bi thu|ban chap hanh|ban to chuc|ban chi dao|uy ban kiem tra|ban tuyen giao|ban thuong vu|thuong truc|tinh uy|thanh uy|huyen uy|chinh phu|thu tuong)(?![a-z])`,
  // the next clause: "…, trong đó", "… và các văn bản chỉ đạo", "… và Chương trình hành động của Chính phủ", "…, như sau"
  // (", nhất là / đặc biệt là" goes on where it names whose duty or which level, as official subjects
  // do: "…, nhất là người đứng đầu", "…, nhất là cấp chiến lược"; elsewhere it is the writer's)
  String.raw`, *(?:trong do|theo do|qua do|dong thoi|nham|tu do|sau do|(?:nhat la|dac biet la)(?! +(?:nguoi dung dau|can bo|cap (?:chien luoc|co so|uy|xa|huyen|tinh)|trach nhiem|doi ngu|dang vien))|tao thanh|gop phan|khang dinh|chi ro|neu ro|nhu sau|cu the|tiep theo|the following|including the following|as follows)(?![a-z])`,
  // "… to 2030, with a vision to 2045 and related contents in the Resolution of the 13th Congress":
  // what else the sentence asks to carry out, not the subject's words.
  String.raw`(?<![a-z])(?:and +(?:the +)?related +(?:contents?|tasks|provisions) +(?:in|of)|va +(?:cac +)?noi dung +lien quan +(?:trong|tai|cua))(?![a-z])`,
  // "… và chỉ đạo của UBND tỉnh tại văn bản số …": the sentence's second ground, another body's word.
  String.raw`(?<![a-z])va +(?:y kien +)?(?:chi dao|huong dan|yeu cau|de nghi) +cua +(?:ubnd|uy ban nhan dan|tinh uy|thanh uy|huyen uy|dang uy|ban thuong vu|thuong truc|bo +(?!chinh tri)[a-z]+|so +[a-z]+|chu tich|thu tuong|chinh phu)(?![a-z])`,
  String.raw`(?<![a-z])(?:va|cung) +(?:cac +)?(?:van ban|nghi quyet|ket luan|chi thi|quy dinh|chuong trinh|ke hoach|thong bao|huong dan|quyet dinh|luat|nghi dinh|thong tu|de an)(?![a-z])`,
  String.raw`\((?:sau day|goi tat|viet tat|nghi quyet|ket luan|chi thi|quy dinh|hereinafter|referred|abbreviated|shortened|called)`,
  '_',
  String.raw`(?<![a-z])nguon *:`,
  // a year closing a subject is followed by a new clause unless the subject goes on ("đến năm 2030, tầm nhìn …")
  String.raw`(?<=nam \d{4} *),(?! *(?:tam nhin|dinh huong|va |giai doan|phuong huong|nhiem vu|co tinh den|ke hoach|du toan))`,
  // (…and after "tầm nhìn 2045", the end official subjects have: "… đến năm 2030, tầm nhìn 2045, tỷ lệ đô thị hóa …")
  String.raw`(?<=tam nhin(?: den)? \d{4} *),`,
  // …nor the words that lead to it: "… năm 1979 với các nội dung chính: làm tốt …", "… trên các lĩnh vực: sản xuất …"
  String.raw`(?<![a-z])(?:voi|tren|gom|bao gom) +(?:cac|nhung) +(?:[a-z]+ +){0,2}?(?:noi dung|linh vuc|nhiem vu|giai phap|muc tieu|chi tieu|diem|van de)(?: +(?:chinh|chu yeu|sau|co ban|trong tam|nhu sau))? *:(?= |$)`,
  // a page's timestamp run into a headline's subject: "… về đảng viên nơi cư trú 09/01/2026 08:52"
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d,? +\d{1,2}:\d\d`,
  // a review's period in brackets after it: "… trong tình hình mới (2010 – 2025), đã tạo nên …"
  String.raw`\( *(?:19|20)\d\d *[-–] *(?:19|20)\d\d *\)`,
  // "… trong thời kỳ mới tính đến nay đã …": the time the sentence counts to
  String.raw`(?<![a-z])tinh den (?:nay|hien nay|thoi diem nay|het)(?![a-z])`,
  // a colon opens what follows, never the subject's own words ("trách nhiệm nêu gương: cán bộ …")
  String.raw`:(?= )`,
  // English: what the document sets or has, not what it is about: "… of Ho Chi Minh with 62
  // connecting points nationwide", "…, with the overall goal of “by 2030 …”"
  // (The literal first, the lookbehind after it: an alternative that opens with a lookbehind or a
  // space is tried at every position of every subject.)
  String.raw`with(?<![a-z]with) +(?:(?:over|more than|nearly|about|around|some) +)?\d[\d.,]* +[a-z]`,
  String.raw`with(?<![a-z]with) +the +(?:(?:overall|general|main|key|ultimate|specific) +)?(?:goals?|aims?|objectives?|targets?)(?![a-z])`,
  // …nor is the verb that leads to it: "… về giám sát trong Đảng nêu: …", "… quy định, như sau:"
  String.raw`(?:neu(?: ro)?|ghi(?: ro)?|chi ro|quy dinh|xac dinh|viet|states?|stipulates?|says)(?<= (?:neu|ghi|chi|quy|xac|viet|state|stipulate|say)[a-z ]{0,6})(?: *,? *(?:nhu sau|cu the|as follows))? *:`,
  // English lists: "…, and Resolution …", ", andResolution" (glued by a page)
  // (Not "and law enforcement", "and enforcement of law": the law as what people do, not a law cited;
  // nor "and regulation of functions": a regulation or a decision is one cited only with its number.)
  String.raw`(?<![a-z])and *(?=(?:the +)?(?:[a-z]+ +){0,3}?(?:[a-z]+'s? +)?(?:resolution|conclusion|directive|article|clause|decree|(?:regulation|decision)(?= +(?:no\.?|number|\d))|(?<!of +)law(?! +(?:enforcement|making|abiding|and order|firms?|students?|schools?)(?![a-z]))) )`,
].join('|'), 'g');

/** A year ending a short subject: " năm 2022" of "về đất đai năm 2022" is the document's, not its words
 *  ("đến năm 2030", "nhiệm vụ năm 2026" are targets). */
export const SUBJECT_YEAR = /^(?:\S+\s+){0,2}\S+(?<!\s(?:đến|tới|vụ|hoạch|hội|đoạn|từ|to|by))\s+năm\s+((?:19|20)\d\d)$/u;

// Words after which a subject never goes on (original text, NFC, lowercase): a verb of the sentence.
// Named groups of alternatives, joined into one expression each; order does not matter (only where a
// match starts is read).

/** Vietnamese: the sentence's own verbs and what it goes on to say ("đã", "sẽ", "là", "cho thấy", "khẳng định"). */
const PREDICATE_VI = [
  // "… ở nước ngoài luôn là kim chỉ nam", "… các cấp nên còn lúng túng": what the sentence says of it.
  String.raw`(?:luôn|vẫn|đều|cũng|chính|thực sự)(?= là )`, String.raw`nên(?= (?:còn|chưa|vẫn|đã|cần|phải|không) )`,
  // "… kinh tế tập thể trong giai đoạn mới coi hợp tác xã là nòng cốt" (not "coi trọng", "coi sóc")
  String.raw`coi(?! (?:trọng|sóc|giữ|thường|nhẹ|như))`, String.raw`phải được(?= (?:mỗi|các|toàn thể|tất cả|từng|mọi) )`,
  String.raw`vào (?:cuộc sống|thực tiễn)(?<!đưa .{0,160}vào \S+ \S+)`, String.raw`với \d+ (?:nhóm|nhiệm vụ|giải pháp|đề án|chương trình|mục tiêu|chỉ tiêu)`,
  String.raw`với (?:kinh phí|tổng (?:thu|chi|vốn|kinh phí|mức đầu tư)|\d[\d.,]* (?:dự án|công trình|tỷ|triệu|nghìn))`,
  String.raw`tiếp tục (?:khẳng định|nhấn mạnh)`, String.raw`có (?:quan hệ|vai trò|tác động)`,
  String.raw`không thay thế mà`,
  String.raw`từng (?:được|đặt|là|có|bị|nêu|đề ra|khẳng định|chỉ rõ|xác định|yêu cầu|giúp|tạo|mang|góp)`,
  String.raw`đã`, String.raw`đang được`, String.raw`sẽ`, String.raw`(?<!nhỏ và )vừa`, String.raw`vẫn`,
  String.raw`cũng(?! như)`, String.raw`mà (?:cả|còn)`, String.raw`kế thừa (?:và phát triển|các|những)`,
  String.raw`giao (?:ban|cho|các|sở|ủy ban|văn phòng|đảng ủy)`, String.raw`đề nghị (?:các|cấp ủy)`,
  String.raw`một lần nữa`, String.raw`(?<!(?:hiện|ngày|đến|trước đến) )nay đã`, String.raw`tiếp tục kế thừa,?`,
  String.raw`(?<!(?:đồng|công bằng|cân|đầy|đẹp) )đều(?! đặn| khắp| nhau)(?= )`,
  String.raw`cần (?:có|được|phải|tiếp tục|tập trung|quan tâm|đẩy mạnh|sớm)`, String.raw`mở đầu`,
  String.raw`đề ra (?:mục tiêu|nhiệm vụ|chỉ tiêu|yêu cầu)`,
  String.raw`thay thế (?:quy định|nghị quyết|kết luận|chỉ thị|quyết định|hướng dẫn|thông báo)`,
  String.raw`(?:bao )?gồm(?= \d)`, String.raw`(?<!(?:trước hết|trước tiên|tức|nhất|đặc biệt|lấy tên|gọi|(?:những|các) người) )là`,
  String.raw`với mục đích`, String.raw`nhằm mục đích`, String.raw`cho thấy`, String.raw`có ý nghĩa`,
  String.raw`khẳng định`, String.raw`đạt được`, String.raw`xác lập`, String.raw`tạo ra`, String.raw`đi vào`,
  String.raw`(?<!(?:đưa nước ta|kinh tế tư nhân|cơ bản|đưa đất nước|đưa [^\s]+|du lịch) )trở thành(?! (?:ngành|trung tâm|đô thị|thành phố|cực tăng trưởng|động lực tăng trưởng))`,
  String.raw`khác với`, String.raw`quy định rõ`, String.raw`lần đầu tiên`, String.raw`càng (?:phải|cần|được)`,
  String.raw`thể hiện (?:tư duy|quyết tâm|tầm nhìn|sự|rõ)`,
  String.raw`(?:đặt|đề) (?:ra )?(?:mục tiêu|yêu cầu|nhiệm vụ|chỉ tiêu|lộ trình)`, String.raw`nghiêm cấm`,
  String.raw`yêu cầu (?:chi bộ|các|cấp ủy|cán bộ|đảng viên|mỗi|toàn)`, String.raw`chính thức (?:có|được|đi|ra)`,
  String.raw`chính thức$`, String.raw`sau (?:hơn |gần |tròn )?\d+ năm`,
  String.raw`(?:đã |vẫn )?tiếp tục (?:được|là)`, String.raw`(?:đã |vẫn )tiếp tục`, String.raw`tiếp tục$`,
  String.raw`mở ra`, String.raw`ra đời`, String.raw`nêu rõ`, String.raw`chỉ rõ`,
];

/** Vietnamese passives of the sentence: what was done with the document ("được ban hành", "được triển khai", "được các địa phương …"). */
const PREDICATE_PASSIVE_VI = [
  String.raw`được xây dựng trên`, String.raw`được đề nghị`, String.raw`được lồng ghép`,
  String.raw`được (?:đông đảo|hưởng ứng|đón nhận|(?:ngành|cộng đồng|dư luận|nhân dân|người dân|các địa phương|cán bộ, đảng viên) )`,
  String.raw`chưa được`, String.raw`phải được (?:thực hiện|triển khai|quán triệt|tổ chức|đẩy mạnh|coi là|xem là|ưu tiên|tiếp tục)`, String.raw`tiếp tục được`, String.raw`được ban hành`,
  String.raw`được triển khai`, String.raw`được thực hiện`, String.raw`được gửi`, String.raw`được công bố`,
  String.raw`được đưa vào`, String.raw`được quán triệt`, String.raw`được phổ biến`, String.raw`được thông qua`,
  String.raw`được ký`, String.raw`được nâng lên`, String.raw`được xác định`, String.raw`được đánh giá`,
  String.raw`được coi là`, String.raw`được xem là`, String.raw`được ví`, String.raw`được đặt (?:ở|vào|lên)`, String.raw`(?:được|bị) thay thế`,
  String.raw`được (?:thể chế hóa|thể chế hoá|cụ thể hóa|cụ thể hoá|tổng kết|sơ kết|áp dụng|sửa đổi|bổ sung|chỉ đạo|ghi nhận|đề cập|nhắc đến|nhắc lại|tiếp tục|đẩy mạnh|ký|lấy ý kiến|công khai)`,
  String.raw`được (?:các|những|nhiều|toàn|cả|hầu hết)`, String.raw`nay được`, String.raw`được kỳ vọng`,
  String.raw`được (?:tỉnh|thành phố|huyện|xã|các|nhiều)(?: [^\s]+)? (?:cụ thể hóa|cụ thể hoá|triển khai|thực hiện)`,
  String.raw`được (?:xây dựng|ban hành|triển khai) (?:trên|theo) tinh thần`, String.raw`được tiếp nối`,
];

/** Vietnamese: whether it is in force ("có hiệu lực", "hết hiệu lực"). */
const IN_FORCE_VI = [
  String.raw`không (?:liên quan|còn hiệu lực|áp dụng)`, String.raw`có hiệu lực`,
  String.raw`cũng (?:hết|còn) hiệu lực`, String.raw`(?:đã )?hết hiệu lực`,
];

/** English: the sentence's verbs after an English subject ("is", "sets out", "took effect"). */
const PREDICATE_EN = [
  String.raw`form the`, String.raw`into (?:practice|life|reality|effect|force)`,
  String.raw`succeeds`, String.raw`shifts`, String.raw`follows`, String.raw`brings`, String.raw`opens`, String.raw`lays`,
  String.raw`pushes`, String.raw`drives`, String.raw`offers`, String.raw`grants`, String.raw`enables`, String.raw`expands`,
  String.raw`removes`, String.raw`abolishes`, String.raw`reaffirms`, String.raw`reiterates`, String.raw`stipulates`,
  String.raw`laid the`, String.raw`paved the`, String.raw`complements`, String.raw`complemented`, String.raw`and with the`,
  String.raw`bans`, String.raw`prohibits`, String.raw`forbids`, String.raw`obliges`, String.raw`mandates`,
  String.raw`(?<!who )is`, String.raw`(?<!who )was`, String.raw`(?<!who )were`, String.raw`(?<!who )are`, String.raw`(?<!who )has`, String.raw`(?<!who )have`,
  String.raw`(?<!who )had`, String.raw`will`, String.raw`would`, String.raw`which`, String.raw`that`, String.raw`issued`,
  String.raw`signed`, String.raw`adopted`, String.raw`dated`, String.raw`approved`,
  String.raw`to be(?! (?:streamlined|lean|leaner|effective|efficient|compact))`, String.raw`as well as`,
  String.raw`in order to`, String.raw`aims`, String.raw`aimed`, String.raw`calls`, String.raw`sets`,
  String.raw`stresses`, String.raw`emphasises`, String.raw`emphasizes`, String.raw`marks`, String.raw`represents`,
  // (Not in a subject that names what one may or may not do: "on what party members cannot do".)
  String.raw`has been`, String.raw`(?<!(?<![a-z])what (?:[a-z-]+ ){0,3})cannot`, String.raw`(?<!(?<![a-z])what (?:[a-z-]+ ){0,3})can(?! (?:bo|thiet|cu|thiep|nhac|doi|ke)(?![a-z]))`,
  String.raw`treats`, String.raw`defines`, String.raw`identifies`, String.raw`requires`, String.raw`affirms`,
  String.raw`regards`, String.raw`considers`, String.raw`highlights`, String.raw`underlines`,
  String.raw`underscores`, String.raw`outlines`, String.raw`lays out`, String.raw`sets out`, String.raw`targets`,
  String.raw`seeks`, String.raw`provides for`, String.raw`focuses`, String.raw`prioritises`, String.raw`prioritizes`,
  String.raw`encourages`, String.raw`allows`, String.raw`remains`, String.raw`continues`, String.raw`says`,
  String.raw`said`,
  String.raw`(?<!(?<![a-z])(?:to|will|would|can|must|should|and|or) )(?:remain|continue|serve|help|require|call|make|create|provide|give|aim|stand)`,
  String.raw`serves`, String.raw`helps`, String.raw`makes`, String.raw`creates`, String.raw`gives`,
  String.raw`stands`, String.raw`supplements`, String.raw`amends`, String.raw`replaces`, String.raw`implements`,
  String.raw`replaced`, String.raw`amended`, String.raw`supplemented`, String.raw`required`, String.raw`stressed`,
  String.raw`affirmed`, String.raw`identified`, String.raw`defined`, String.raw`marked`, String.raw`set out`,
  String.raw`laid out`, String.raw`called for`, String.raw`created`, String.raw`opened`, String.raw`helped`,
  String.raw`brought`, String.raw`guides`, String.raw`guided`, String.raw`directed`, String.raw`urged`,
  String.raw`ordered`, String.raw`instructed`, String.raw`details`, String.raw`specifies`, String.raw`governs`,
  String.raw`took effect`, String.raw`takes effect`, String.raw`came into`, String.raw`comes into`,
  String.raw`(?<!(?<!on )to )set (?:the|a|an|targets?|goals?)`, String.raw`builds on`, String.raw`built on`, String.raw`asks`,
  String.raw`asked`, String.raw`urges`, String.raw`paved`, String.raw`paves`, String.raw`promises`,
  String.raw`applies to`, String.raw`concretises`, String.raw`concretizes`, String.raw`concretised`,
  String.raw`concretized`, String.raw`supports`,
  String.raw`(?<!to )support (?:resolution|directive|conclusion|decision|regulation)`,
  // News verbs of what a document did or brought (blind round AG): none of them is a subject's word.
  // (Not in a relative clause of the subject: "people who came back from abroad".)
  String.raw`(?<!(?:who|that|which) )(?:[a-z]{3,}ly )?(?:came|arrived|puts|emphasised|emphasized|underlined|promised|promises|allowed|proved|proves|showed|took|takes|went|goes|became|becomes|began|begins|spurred|sparked|unleashed|boosted|envisions|envisages|envisaged|emerged|warned|warns|argued|argues|followed|served|already)`,
  String.raw`until(?! (?:the end of )?(?:19|20)\d\d)`,
  String.raw`(?:actually|finally|eventually|ultimately|initially) [a-z]{3,}(?:ed|s)`,
];

const VERB_STOP = new RegExp(` (?:${[...PREDICATE_VI, ...PREDICATE_PASSIVE_VI, ...IN_FORCE_VI, ...PREDICATE_EN].join('|')}) `, 'g');

/** Not after a body's or a place's name: ", Đảng ủy X" there lists organisations, it opens no clause. */
const NOT_AFTER_ORG = '(?<!(?:Chính trị|Bí thư|Trung ương|Chính phủ|Quốc hội|Tỉnh ủy|Thành ủy|Huyện ủy|tỉnh|thành phố|huyện|quận|xã|phường|Khối|Đảng|Tổ chức|Tuyên giáo|Kiểm tra|Nội chính|Dân vận))';
/** A word of an organisation's name after its kind ("Đảng ủy xã Tân Lập"). */
const NAME_WORD = String.raw`(?: (?!về |của |và |với )[^\s,.;:]+)`;
/** ", Đảng ủy xã Đồng Văn hướng dẫn …": a party or state body opening the sentence's main clause. */
const BODY_ACTOR = new RegExp(`${NOT_AFTER_ORG}, (?:Đảng ủy|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Ban Thường vụ|Ban Chấp hành|Ban Tuyên giáo|Ban Tổ chức|Ban Dân vận|Ban Nội chính|Ủy ban Kiểm tra|Chi bộ|UBND|Ủy ban nhân dân|Sở|Quân ủy|Bộ Chính trị|Ban Bí thư|Chính phủ|Quốc hội|Thủ tướng|Trung ương)${NAME_WORD}{0,5}? (?:(?:đã|đang|sẽ|vừa) [^\\s,.;:]+|hướng dẫn|tổ chức|thực hiện|xây dựng|triển khai|ban hành|chỉ đạo|yêu cầu|quán triệt|giao|đề nghị|lãnh đạo|có (?:Kế hoạch|Nghị quyết|Chỉ thị|Kết luận|Hướng dẫn|Công văn|Thông báo|Quyết định|văn bản))(?= )`, 'gu');
/** The same body ending what was read, its verb cut off before it ("…, Đảng ủy Quân khu 4"). */
const TRAILING_ACTOR = new RegExp(`${NOT_AFTER_ORG}, (?:Đảng ủy|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quân ủy|Ban Thường vụ|Thường trực|Ban Tuyên giáo|Ban Tổ chức|Ủy ban Kiểm tra)${NAME_WORD}{0,6} $`, 'gu');
/** A quotation closed, then a name the cut left behind ("… cuộc vận động “…”, Hội LHPN Việt Nam"
 *  before its "đã thành lập"): the next clause's actor, not the subject's. */
const TRAILING_NAME_AFTER_QUOTE = /(?<=[”"]), (?:\p{Lu}\p{L}*)(?: (?:\p{Lu}\p{L}*|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)){0,4} $/gu;
/** "… effectively and efficiently (Steering Committee) held its second meeting": a short name in
 *  brackets, then the sentence going on in lowercase — the subject ended before the bracket. */
const BRACKET_NAME_THEN_CLAUSE = / \((?:\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+){0,3}\) (?=\p{Ll})/gu;
/** "… with a vision to 2045 names Ho Chi Minh City as …": an English verb whose object is a name. */
const NAMING_VERB = / (?:names|lists|cites|ranks|calls|picks) (?=\p{Lu})/gu;
/** Read in the original case (CLAUSE_STOPS see lowercase): ", Đắk Lắk thu hút 12 dự án". */
// (An abbreviation is a name's word too: ", Hội LHPN Việt Nam đã thành lập …".)
const NAMED_ACTOR = /, (?:\p{Lu}\p{Ll}*|\p{Lu}{2,})(?: (?:\p{Lu}\p{Ll}*|\p{Lu}{2,})){0,3} (?:(?:đã|đang|sẽ|vừa) [^\s,.;:]+|thu hút|đạt|có|tăng|giảm|xuất khẩu|hoàn thành|triển khai|tổ chức)(?= )/gu;
/** A passive with its agent named: "… được Ban Thường vụ Tỉnh ủy ban hành" (original case). */
const PASSIVE_AGENT = / được (?=\p{Lu})/gu;
/** "Hội nghị sơ kết Kết luận 100 về … và Hội nghị triển khai nhiệm vụ năm 2024": a capitalised event
 *  joined to the one the citation belongs to is the sentence's next item, not the subject's. */
// (Not an event the subject itself names: "… về tổ chức Hội thảo khoa học và Hội nghị tổng kết …".)
const AND_EVENT = / và (?=(?:Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Diễn đàn|Lễ) )(?<!(?:tổ chức|Tổ chức|chuẩn bị|Chuẩn bị|kỷ niệm|Kỷ niệm)[^.;]{0,300} và )/gu;
/** English: "…, comrade Luong Cuong, Politburo member, emphasised": the speaker, by name (original case). */
const SPEAKER = /, (?:[Cc]omrade|General Secretary|President|Prime Minister|Chairman|Chairwoman|Deputy Prime Minister|Secretary|Mr\.?|Ms\.?|Mrs\.?) (?=\p{Lu}\p{Ll}+ \p{Lu})/gu;
/** "20 năm Nghị quyết 36 về công tác người Việt Nam ở nước ngoài - Nhịp cầu gắn kết": a headline's
 *  hyphen before a capital, after a word in lowercase (not "Bà Rịa - Vũng Tàu", "Đông - Tây", "Kinh tế - Xã hội"). */
// (The lookbehind after the literal: tried only where " - " stands, not at every position.)
const HYPHEN_HEADLINE = / - (?=\p{Lu}\p{Ll})(?<=(?:^|\s)\p{Ll}[\p{L}\p{M}]* - )/gu;

/**
 * Verbs that also stand inside subjects ("đáp ứng yêu cầu nhiệm vụ"): the sentence's own only after
 * two words of the subject, and not after the words that make them a noun.
 */
const LATE_VERB = /(?<=\S \S+)(?<!(?:đáp ứng|theo|với|những|các|nhiều|đúng|trước|cao|mới|về))(?= (?:yêu cầu|đặt ra|xác định rõ|chỉ ra|mang lại)[ ,])/g;

/** After a figure, the sentence's own verb: "… giai đoạn 2022-2026 yêu cầu tinh giản …". */
const AFTER_FIGURE = /(?<=\d) (?:yêu cầu|đề ra|đặt ra|nhấn mạnh|xác định|requires|sets) /g;

/**
 * A dash between words, not inside "kinh tế - xã hội", "thương mại – dịch vụ" (the second half of a
 * pair the press joins with a dash) or "2020 - 2025" (original text).
 */
const DASH_STOP = / [–—] (?!\d|vũng tàu|thể thao|(?:xã hội|dịch vụ|an ninh|quốc phòng|công nghệ|xây dựng|thủy sản|thuỷ sản|lâm nghiệp|du lịch|chính trị|văn hóa|văn hoá|giáo dục|đào tạo|nông thôn|môi trường|kinh tế|tài chính|ngân hàng|thương mại|khoa học|kỹ thuật|hành chính|pháp luật|công nghiệp|nông nghiệp|y tế|đô thị|dân vận|tư tưởng|tổ chức|kiểm tra|giám sát)(?![\p{L}])|(?:nông|lâm|ngư) )/gu;

/**
 * After a comma, a clause of its own: a few words, then a verb no subject uses ("…, diện tích cây ăn
 * quả đạt 1.250 ha", "…, hình thức khai trừ được áp dụng"). Official subjects list with commas too
 * ("tinh gọn, hoạt động hiệu lực, hiệu quả"), but not with these verbs (original text, lowercase).
 */
/** Vietnamese: after a comma, someone else doing something, a contrast, a figure, a name for it. */
const COMMA_CLAUSE_VI = [
  String.raw`, có (?:hành vi|biểu hiện|dấu hiệu|sai phạm|vi phạm) `,
  // An interview's question: "…, cá nhân ông nhìn nhận thế nào …"; a guest: "…, với nguyên Thứ trưởng …".
  String.raw`, (?:cá nhân )?(?:ông|bà|anh|chị|đồng chí) (?:nhìn nhận|đánh giá|cho biết|nghĩ|thấy|có thể|có nhận xét|chia sẻ)`,
  String.raw`, với (?:nguyên |ông |bà |đồng chí )?(?:thứ trưởng|bộ trưởng|đại sứ|phó thủ tướng|thủ tướng|chủ tịch|phó chủ tịch|bí thư|tổng bí thư|giám đốc|viện trưởng|tiến sĩ|ts\.|pgs|gs\.?) `,
  String.raw`, (?:[^\s,.;:]+ ){1,7}?(?:đã|đang|sẽ) được (?:bố trí|kiện toàn|sắp xếp|thành lập|phân công|bổ sung|điều động)`,
  String.raw`, (?:còn|nhưng|tuy nhiên|trong khi|và|vốn|cả nước|toàn quốc|đến nay|đến cuối|đến hết|hiện nay|sau đó|từ đó|qua đó|tính đến) `,
  String.raw`, (?:báo cáo|hoàn thành|trình) (?:(?:trước|kết quả|trong|tỉnh ủy|thành ủy|huyện ủy|ban thường vụ|thường trực) | *$)`,
  String.raw`, (?:văn kiện|văn bản) (?:mà|này|đó) `,
  String.raw`, (?:(?!sẽ |đã |đang )[^\s,.;:]+ ){1,8}?(?:được áp dụng|có thể) `,
  String.raw`, (?![“"'«]|(?:quản lý|điều hành|sắp xếp|đổi mới|nâng cao|phát huy|tăng cường|xây dựng|hoàn thiện|phát triển|củng cố|kiện toàn|đẩy mạnh|chỉnh đốn|tinh gọn|bảo vệ|bảo đảm|đảm bảo|thực hiện|chăm sóc|cơ cấu|tầm nhìn|định hướng|đảng viên|cán bộ) )(?:[^\s,.;:]+ ){1,7}?(?:đã|đang|sẽ) (?:tổ chức|triển khai|ban hành|có|đạt|thực hiện)`,
  String.raw`, (?:[^\s,.;:]+ ){1,14}?(?:đạt|tăng|giảm)(?: (?:khoảng|gần|hơn|trên|dưới|được|lên|xuống|còn|thêm|bình quân|tới|đến))* (?:\d|gấp|mạnh|nhanh|đáng kể|rõ rệt)`,
  String.raw`, (?:các|những|nhiều|toàn(?= (?!diện))|tỉnh|huyện|thành phố|xã(?! hội)|phường|đơn vị|ngành|cấp) (?:[^\s.;:]+ ){0,6}?(?:đã|sẽ|đang|đều|cũng|vẫn|được|phải) `,
  // "… điều chỉnh quy mô …, lãnh đạo từ 05 tổ dân phố còn 03 tổ dân phố": what the change came to.
  String.raw`, (?:[^\s,.;:]+ ){0,3}từ \d+ (?:[^\s,.;:]+ ){0,4}(?:còn|xuống|lên|thành) \d`,
  // "… về chính sách dân số trong tình hình mới, có nêu quan điểm:": what the document says, not its subject.
  String.raw`, (?:có|đã) (?:nêu|nêu rõ|chỉ rõ|xác định|khẳng định|đề ra) `,
  // "Thực hiện công văn … về …, chi bộ trường mầm non X tổ chức sinh hoạt …": a party cell the main clause is about.
  String.raw`, (?:chi bộ|đảng bộ|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|chi ủy|chi uỷ) (?:(?!và )[^\s,.;:]+ ){0,8}?(?:đã |sẽ |đang |vừa )?(?:tổ chức|triển khai|ban hành|quán triệt) `,
  String.raw`, (?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|ban thường vụ|thường trực|ủy ban kiểm tra|sở) (?:(?!và )[^\s,.;:]+ ){0,3}?(?:đã |sẽ |đang )?(?:tổ chức|triển khai|ban hành|thực hiện|yêu cầu|chỉ đạo|thi hành|xem xét|quyết định|lấy|kiểm tra) `,
  String.raw`, (?:[^\s,.;:]+ ){1,8}?(?:đã |đang |ngày càng )?được (?:cải thiện|nâng lên|nâng cao|củng cố|tăng cường|bảo đảm|giữ vững)(?=[\s,.;:])`,
  String.raw`, (?:đề nghị|kiến nghị|yêu cầu) (?:bộ chính trị|ban bí thư|trung ương|cấp có thẩm quyền|các cấp) `,
  String.raw`, chúng (?:ta |tôi )?`, String.raw`, có thể (?:thấy|nói|khẳng định) `,
  String.raw`, với \d+ (?:nhóm|nhiệm vụ|giải pháp|mục tiêu|chỉ tiêu|chương trình)`,
  String.raw`, (?:nên|dù|mặc dù|trong bối cảnh|dành) `,
  String.raw`, (?:song song với|cùng thời điểm|cùng lúc|bám sát|theo (?:chỉ thị|nghị quyết|kết luận|quy định|quyết định|hướng dẫn|kế hoạch|thông báo|tinh thần)) `,
  String.raw`, (?:tỉnh|huyện|thành phố|xã(?! hội)|phường|thị xã|quận|bộ|ngành|sở|đảng ủy|tỉnh ủy|thành ủy|huyện ủy|quân khu|quân ủy|đơn vị|địa phương)(?: [^\s,.;:]+){0,4}? (?:(?:đã|đang|sẽ) [^\s,.;:]+|rà soát|thành lập|đánh giá|ban hành|hoàn thành|đề ra|chỉ đạo|yêu cầu|phê duyệt|giao|tập trung|quyết định|đặt mục tiêu|huy động|khởi công|ra mắt|bố trí|kiểm tra) `,
  String.raw`, (?:[^\s,.;:]+ ){1,8}?(?:ngày càng |đã |đều )?được (?:bảo vệ|coi trọng|quan tâm|khuyến khích|chú trọng|đề cao|phát huy) `,
  String.raw`, (?:thường gọi là|gọi tắt là|còn gọi là|hay còn gọi là|gọi là|đánh dấu|mở ra|góp phần) `,
  String.raw`, (?:[^\s,.;:]+ ){1,7}?(?:đã|đang) (?:lớn mạnh|trưởng thành|xây dựng|phát triển|ban hành|tổ chức|triển khai) `,
  String.raw`, do (?:đồng chí|tổng bí thư|thủ tướng|chủ tịch|bí thư|phó bí thư|ông|bà) `,
  String.raw`, (?:thực chất|nói cách khác|tức là|có nghĩa là) `,
  // "Theo Hướng dẫn 12 về … sinh hoạt chi bộ, chi bộ phải …": a party organisation's duty, the main clause.
  String.raw`, (?:chi bộ|cấp ủy|đảng bộ|đảng ủy) (?:[^\s,.;:]+ ){0,3}?(?:phải|cần|đã|sẽ|đang) `,
  // "Theo Nghị quyết 71 về …, Nhà nước bảo đảm …": the state or the people acting, the main clause.
  String.raw`, (?:nhà nước|chính phủ|quốc hội) (?:[^\s,.;:]+ ){0,2}?(?:bảo đảm|đảm bảo|phải|cần|sẽ|đã|đang|có trách nhiệm|yêu cầu|giao|miễn) `,
  // "Theo Chỉ thị 35 về …, người đứng đầu cấp ủy phải …": the main clause's actor and its duty.
  String.raw`, (?:người đứng đầu|thủ trưởng|bí thư|lãnh đạo|mỗi|từng|mọi) (?:[^\s,.;:]+ ){0,4}?(?:phải|cần|có trách nhiệm|chịu trách nhiệm) `,
];

/** English: after a comma, the main clause ("…, the province held", "…, Vietnam reduced", "…, as …"). */
const COMMA_CLAUSE_EN = [
  // "…, schools still struggle", "…, provincial Party committees have …": a clause of its own (no list's
  // "and" before it; not a subject's own ", with a vision to 2045", ", especially …").
  // (Nor an -ing phrase: an item of a list of them, or COMMA_GERUND's to judge.)
  String.raw`, (?!with |towards? |to |in |for |of |by |on |at |from |including |especially |particularly |notably |through |via |[a-z]+ing )(?:(?!and |or )[^\s,.;:]+ ){1,6}?(?:still|also|already|have|has|had|will|must|should|can|could|are|were|is|was) `,
  // (Not the middle item of a list: "members of the Politburo, the Secretariat and the Central Committee".)
  // (A list's items name theirs: "…, the Secretariat and the Party Central Committee members"; not where a
  // verb comes before the "and": "…, the provinces cut red tape and the …".)
  String.raw`, (?:the|many|most|some|several|these|those|their|its|his|her|each|every) (?!(?:(?![a-z]+ed |[a-z]{3,}ly |cut |set |put |made |won |led |took |gave |began |became |saw )[^\s,.;:]+ ){1,4}and the )`,
  // The next task of the sentence's verb ("directed ministries to implement Regulation 189 about …,
  // and to report by June 30").
  String.raw`, and to `,
  // "… in 2025, the Politburo and the Secretariat request Party committees …": the bodies' own clause.
  String.raw`, the (?:politburo|secretariat|party central committee|central committee|government|national assembly|prime minister)(?: and the (?:politburo|secretariat|government|prime minister))? (?:also |further )?(?:request|require|ask|direct|assign|urge|decide|instruct|call|order)s? `,
  String.raw`, (?:not|rather than|unlike|instead of|together with|along with) `,
  String.raw`, (?:the|its|this|our) (?:[^\s,.;:]+ ){0,5}(?:reported|said|noted|announced|added|received|faced|got|has|have|is|was|are|were|will|decides|decided|requires|required|sets|set|issued|adopted|passed|approved|launched|signed|agreed|requested|ordered|instructed|urged|directed|stressed|emphasised|emphasized|asked|allowed) `,
  String.raw`, (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands) [a-z]+ `,
  String.raw`, (?:[^\s,.;:]+ ){1,10}?(?:must|should|need to|have to|has to) `,
  String.raw`, (?:[^\s,.;:]+ ){1,8}?(?:reported|said|says|noted|told|wrote|quoted|cited)(?=[ .,;:]|$)`,
  // (blind round AI) "…, business associations say …", "…, provincial Party committees decide …",
  // "…, and the province's own plan …", "…, tackled the question …"
  String.raw`, (?:[^\s,.;:]+ ){1,4}?(?:say|argue|argues|believe|believes|expect|expects|agree|agrees|warn)(?= )`,
  String.raw`, (?:provincial|local|municipal|district|commune|ward) (?:[^\s,.;:]+ ){0,3}?(?:committees?|authorities|governments?|officials|leaders|units) (?:now |also |must |may |can )?(?!and |or )[a-z]+ `,
  String.raw`, and (?:the|its|their) [a-z-]+['’]s `,
  String.raw`, [a-z]{3,}ed (?:the|a|an|its|their) `,
  String.raw`, (?:served|acted|functioned|stood) as `,
  String.raw`, (?:both|each|all) (?:of them |of which )?(?:issued|adopted|signed|approved|dated|of|by|in|were|are|was|is) `,
  String.raw`, (?:calling|saying|describing|stressing|noting|promising|urging|setting|aiming|with the aim|considering|identifying|making|seeing|treating|viewing|building on|based on|in line with|in accordance with|concretising|concretizing|(?:concluded|reviewed|summed up|adopted|issued|approved|signed|passed|endorsed) by) `,
  String.raw`, (?:as|while|whereas|when|after|before|since|because|although|though|even as|amid|it|they|we|he|she) `,
  // ", thus demonstrating …": the writer's comment on it.
  String.raw`, (?:thus|thereby|hence) `,
  // A subject lists these as often ("for cadres, Party members, officials and civil servants"): only
  // with the next clause's verb a few words on, and no "and" closing a list before it ("…, Vietnam
  // reduced its provinces").
  String.raw`, (?:vietnam|viet nam|the country|localities|officials|authorities|ministries|provinces|agencies|businesses|enterprises|the (?:party|central committee|politburo|secretariat|government|national assembly|prime minister|ministry|province|city)) (?:(?!and |or )[^\s,.;:]+ ){0,8}?(?:who|is|are|was|were|has|have|had|will|would|can|could|must|should|[a-z]{3,}ed|[a-z]{3,}ly [a-z]{3,}s|set|made|held|took|gave|put|cut|began|became|sent|brought|built|led|met|won|saw|found|kept|left|paid|told|said|laid|paved) `,
  String.raw`, (?:laid|paved|set|created|opened|made|marked|helped|brought|gave|became|remains|remained|has|have|had|is|was|were|will|would|can|could|must|should) `,
  // What is said of it, not what it is about (blind round AG): "…, whose target …", "…, long regarded
  // as …", "…, with a fund of …", "…, an official who …", "…, form a unified set …".
  String.raw`, whose `,
  String.raw`, [a-z]{3,}s (?:heavily|largely|mainly|directly|strongly|clearly|explicitly|firmly|squarely) `,
  String.raw`, (?:(?:long|widely|once|often|still|now) )?(?:regarded|seen|considered|viewed|described|hailed|dubbed) (?:as|by) `,
  String.raw`, with (?:a|an|its|their) (?:fund|budget|capital|total|target|investment|package|goal|price tag) `,
  String.raw`, (?:an?|any|every|each) [a-z]+(?: [a-z]+)? (?:who|that|whose) `,
  String.raw`, (?:form|forms|formed|constitute|constitutes) (?:a|an|the) `,
];

const COMMA_CLAUSE = new RegExp([...COMMA_CLAUSE_VI, ...COMMA_CLAUSE_EN].join('|'), 'g');
/** "…, creating …", "…, causing …": what the document (or the deed) brings about, a clause of its own —
 *  unless the subject itself is a list of such phrases ("on continuing to renew …, improving …,
 *  creating a driving force …"), as official English subjects are (see GERUND_SUBJECT). */
const COMMA_GERUND = /, (?:requiring|replacing|superseding|amending|moving|helping|bringing|creating|marking|opening|paving|laying|turning|putting|giving|taking|allowing|enabling|leaving|sending|showing|raising|cutting|reducing|adding|pushing|driving|prompting|triggering|sparking|causing|leading|resulting) /g;
/** A subject that opens with a verb's -ing form ("continuing to renew …", "promoting …"), not a noun
 *  of that ending ("housing loans", "planning", "training centres"). */
const GERUND_SUBJECT = /^ (?!(?:housing|pricing|banking|thing|something|nothing|everything|meetings?|earnings|savings|shipping|clothing|lodging|buildings|offerings|findings|proceedings|ceilings?|spring|string|wing|king|morning|evening|settings|listings|rulings|warnings|openings|holdings|dwellings|siblings|wording|timing) )[a-z]+ing /;
/** "…, creating jobs for 5,000 workers": an -ing phrase with a quantity (a figure and its unit) tells
 *  what came of it, whatever the subject's shape; an official subject's figures are years, ordinals
 *  and names ("to 2030", "the 12th Congress", "COVID-19", "5G", "Industry 4.0"). */
const COMMA_GERUND_FIGURE = /, [a-z]+ing [^,.;:]*?(?<![\w-])(?:vnd|usd|\$)?\d[\d.,]*\s*(?:%|per ?cent|workers?|jobs?|people|persons|households?|hectares?|ha|billion|million|trillion|thousand|tons?|tonnes?|km|units?|enterprises|firms|companies|projects|students|beds|vnd|usd|dong)(?![a-z])/g;

/**
 * What the document is for, or what the sentence does with it: "… nhằm nâng cao …", "… để khai thác
 * …", "… với mục tiêu …", "… xác định 4 nhóm giải pháp", "… tạo động lực cho …". The few official
 * subjects that go on through these words are restored from the catalog (official-tail.ts). Not
 * the words' own compounds ("sáng tạo", "đào tạo") nor "tạo điều kiện", "tạo nguồn cán bộ",
 * "tạo việc làm", which official subjects use (original text, lowercase).
 */
const PURPOSE = /(?<=\S) (?:nhằm(?! mục đích)|để(?! lại)|với mục tiêu|hướng tới mục tiêu|xác định(?! rõ)) |(?<=[^\s,])(?<!(?:sáng|đào|cải|chế|kiến|cấu|giả|tái|nhào|đúc|và|hỗ trợ|thúc đẩy|giải quyết)) tạo (?!(?:điều kiện|nguồn cán bộ|việc làm|thuận lợi|sự đồng thuận))|, (?:trên cơ sở|căn cứ|aiming|with the aim|so as|saying|while|whereas|into|so that|but|thay thế|thể chế hóa|thể chế hoá|cụ thể hóa|cụ thể hoá|tạo (?:cơ sở|nền tảng|tiền đề|hành lang)) | while | tiếp tục có | thì | và giao | giúp (?!việc|đỡ)(?=\S+ \S)| nhấn mạnh | đến nay |, tạo (?:[^\s,.;:]+ ){1,3}để /g;

/** The words PURPOSE begins with, tried first: most subjects have none, and its lookbehinds are slow to scan. */
const PURPOSE_CUE = /nhằm|để|mục tiêu|xác định|tạo|while|tiếp tục có|trên cơ sở|căn cứ|aiming|with the aim|so as|saying|whereas|into|so that|but|thì|và giao|giúp|nhấn mạnh|đến nay|thay thế|thể chế|cụ thể/;

/** Whom a document is taken to, or the other end of a range of documents: not its subject. */
const AUDIENCE_STOP = /, cho (?:lãnh đạo|các|toàn thể|cán bộ|đảng viên) | tới (?:hơn |gần |trên |khoảng )?\d| đến (?:hơn|gần|trên|khoảng) \d| (?:tới|đến) (?:toàn thể|toàn bộ|các cấp|các chi bộ|cán bộ|đảng viên|mọi|nghị quyết|kết luận|chỉ thị|quy định) |(?<! từ [^,.;:]{0,80}) (?:tới|đến) (?:bí thư|người đứng đầu|lãnh đạo chủ chốt) | cho \d| cho (?:hơn|gần|trên|khoảng) \d| cho (?:toàn thể|toàn bộ) (?:cán bộ|đảng viên)|(?<!(?:của|đối với|trong|giữa|với)) các (?:tỉnh, thành ủy|tỉnh ủy|thành ủy|huyện ủy|tỉnh(?= $)) /g;

/**
 * What the sentence goes on to do after naming the document ("…, tổ chức hội nghị quán triệt …"): a
 * new clause, not the subject.
 */
const NEXT_CLAUSE = /, (?:tổ chức|chỉ đạo|yêu cầu|đề nghị|giao|phân công) (?:hội nghị|cho|việc) /g;

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function hasLower(s: string): boolean {
  for (const ch of s) if (isLower(ch)) return true;
  return false;
}

/** End (original index) of the sentence a subject starts in: ". ! ? ;" before a space, or a line break
 *  that a careful reader does not read through (a heading in capitals goes on in capitals; a line
 *  cut mid-phrase goes on in lowercase). */
function sentenceEnd(orig: string, from: number, limit: number): number {
  const caps = (a: number, b: number) => !hasLower(orig.slice(a, b));
  for (let i = from; i < limit; i++) {
    const c = orig[i];
    if (c === '\n' || c === '\r') {
      let j = i;
      while (j < limit && /\s/.test(orig[j])) j++;
      if (j >= limit) return i;
      const blank = /\n\s*\n/.test(orig.slice(i, j));
      const nextLine = orig.slice(j, Math.min(limit, orig.indexOf('\n', j) < 0 ? limit : orig.indexOf('\n', j)));
      if (!blank && isLower(orig[j])) { i = j - 1; continue; }
      if (!blank && caps(from, i) && nextLine.length > 2 && caps(j, j + nextLine.length) && /[A-ZĐÀ-Ỹ]/.test(nextLine)) { i = j - 1; continue; }
      return i;
    }
    // The Party's own subjects that hold a semicolon, word for word ("… xây dựng, chỉnh đốn Đảng; ngăn
    // chặn, đẩy lùi sự suy thoái …" of the 4th plenums of terms XI and XII, Conclusion 21): read on.
    if (c === ';' && OFFICIAL_SEMICOLON.test(orig.slice(i, i + 40))) continue;
    // A heading in capitals goes on in capitals past its semicolon ("VỀ TĂNG CƯỜNG CÔNG TÁC CHÍNH TRỊ
    // TƯ TƯỞNG; CỦNG CỐ TỔ CHỨC ĐẢNG …"): the document's own subject line.
    // (A subject line of its own — "VỀ …" opening it —, not a headline's clause: "TỈNH ỦY TRIỂN KHAI NGHỊ
    // QUYẾT SỐ 57-NQ/TW VỀ …; HUYỆN ỦY … TỔ CHỨC …".)
    if (c === ';' && i > from + 3 && caps(from, i) && /^\s*[A-ZĐÀ-Ỹ]{2}/u.test(orig.slice(i + 1, i + 8)) && caps(i + 1, Math.min(limit, i + 40))
      && /^\s*(?:VỀ|Về|V\/[vV])?\s*$/u.test(orig.slice(orig.lastIndexOf('\n', from - 1) + 1, from))) continue;
    // A table flattened into text: "… về phát triển kinh tế số | Ban Tuyên giáo Tỉnh ủy | Quý III".
    if ((c === '|' || c === '\t') && i > from) return i;
    // An ellipsis before the next sentence's capital ("… trong kỷ nguyên mới… Đây là …").
    if (c === '…' && /^\s+\p{Lu}/u.test(orig.slice(i + 1, i + 4))) return i;
    if ((c === '.' || c === '!' || c === '?' || c === ';') && (i + 1 >= orig.length || /\s/.test(orig[i + 1]))) {
      // "TP. Hồ Chí Minh", "Resolution No. 18": an abbreviation, not an end.
      if (c === '.' && abbreviationBefore(orig, i)) continue;
      return i;
    }
  }
  return limit;
}

const OFFICIAL_SEMICOLON = /^;\s+(?:(?:kiên quyết\s+)?ngăn chặn,\s*đẩy lùi|(?:resolutely\s+)?(?:preventing|prevent)(?:,|\s+and)\s+(?:repelling|repel|reversing|pushing back))/i;

/** Where the quote or bracket opened before `from` closes, within reach; -1 when it does not. */
function closingOf(orig: string, from: number, opener: string): number {
  const close = CLOSERS[opener];
  if (!close) return -1;
  const limit = Math.min(orig.length, from + MAX + 80);
  const straight = opener === '"' || close === '"';
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = orig[i];
    if ((opener === '(' && c === '(') || (!straight && c === opener && opener !== close)) { depth++; continue; }
    if (straight && c === '"' && i > from && /\s/.test(orig[i - 1]) && /\p{L}/u.test(orig[i + 1] ?? '')) { depth++; continue; }
    if (c === close || (close === '”' && c === '"') || (close === '"' && c === '”')) {
      if (depth-- === 0) return i;
    } else if (c === '\n' && orig[i + 1] === '\n') return -1;
  }
  return -1;
}

/** Tidy a printed subject for display: one space, no outer quotes or dangling punctuation, no
 *  bracketed abbreviation ("(BĐKH)"), sentence case when printed in capitals. */
export function tidySubject(raw: string): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  // (As the gold corpus's annotators print it: "… biến đổi khí hậu, tăng cường …" for "… khí hậu (BĐKH), …".)
  // (Several of them too: "(KHCN, ĐMST)".)
  if (t.includes('(')) t = t.replace(/ ?\((?:[A-ZĐ]{2,10}|[A-ZĐ][A-ZĐa-z-]{1,8}[A-ZĐ])(?:, ?(?:[A-ZĐ]{2,10}|[A-ZĐ][A-ZĐa-z-]{1,8}[A-ZĐ]))*\)/g, '');
  // A header's subject line keeps its "Về"; the subject is what follows it.
  t = t.replace(/^(?:về|on|regarding)\s+(?=\S)/i, '');
  // (A header's "VỀĐÁNH GIÁ …", its space lost.)
  t = t.replace(/^VỀ(?=[A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])/u, '');
  // A table of contents' leader and page: "… khoa học ........ 5", "… bộ máy (trang 12)".
  t = replaceEnd(t, /\s*(?:[.…·_]{3,}\s*\d*|\((?:trang|tr\.|page|p\.)\s*\d+\))$/i, 80);
  // A footnote's marker: "… trong tình hình mới(1)", "… giai đoạn mới [2]".
  t = replaceEnd(t, /\s*(?:\(\d{1,2}\)|\[\d{1,3}\])+$/, 40);
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/^[\s"“”'‘’«»:,(–—-]+/, '');
    // The tail of punctuation, found from the end (a regex ending in "$" tries every position of the string).
    let e = t.length;
    while (e > 0 && TRAILING.includes(t[e - 1])) e--;
    if (e < t.length) t = t.slice(0, e) + keepClosingQuote(t.slice(e), e, t);
    // A verb or a word the cut left dangling; "… những năm tiếp theo", "học tập và làm theo" keep their "theo".
    t = replaceEnd(t, /(?<!\s(?:tiếp|làm|noi)) theo$| (?:và|and|với|của|on|of|cùng|hoặc|or|alone)$|(?<!\skhông) (?:được|đã|đang|sẽ)$/i, 24);
  }
  // A short name the page gives what the subject names: "thành lập Ban Chỉ đạo Trung ương về …
  // (Ban Chỉ đạo)" — its words already in the subject.
  const alias = /\s*\(([^()]{3,40})\)$/.exec(t);
  if (alias && t.slice(0, alias.index).includes(alias[1])) t = t.slice(0, alias.index);
  const open = t.lastIndexOf('('), shut = t.lastIndexOf(')');
  if (open > shut) t = t.slice(0, open).replace(/[\s,;:–—-]+$/, '');
  // A subject read inside brackets keeps their closing one; a term's "của khóa XIII" is no subject.
  else if (open < 0 && t.endsWith(')')) t = t.slice(0, -1).trimEnd();
  t = replaceEnd(t, /\s+của\s+khóa\s+[IVXL]+$/u, 40);
  // The full stop a quotation closed on ("“… xây dựng Đảng hiện nay.”").
  if (t.endsWith('.') && /[\p{Ll}\d]\.$/u.test(t.slice(-2)) && !/(?:^|\s)(?:v\.v|TP|tp|St|No)\.$/.test(t.slice(-5))) t = t.slice(0, -1);
  return sentenceCaseIfCapitals(t);
}

/** What a subject's tail of punctuation is made of. */
const TRAILING = ' "“”\'‘’«»:,;(–—-\t\n\r\u00a0';

/** `re`, anchored at the end, tried on the last `n` characters only: a regex ending in "$" is tried at
 *  every position of the string, and subjects run to hundreds of characters. */
function replaceEnd(t: string, re: RegExp, n: number): string {
  if (t.length <= n) return t.replace(re, '');
  const tail = t.slice(-n);
  const cut = tail.replace(re, '');
  return cut === tail ? t : t.slice(0, t.length - n) + cut;
}

/** The tail of punctuation a subject ends with, dropped, but for a ” that closes a “ inside it. */
function keepClosingQuote(tail: string, at: number, whole: string): string {
  const k = tail.indexOf('”');
  if (k >= 0) {
    const before = whole.slice(0, at + k);
    const opened = (before.match(/“/g) ?? []).length, closed = (before.match(/”/g) ?? []).length;
    return opened > closed ? '”' : '';
  }
  // A straight quote closes one opened inside: 'việc "Đẩy mạnh phong trào thi đua"'.
  const q = tail.indexOf('"');
  return q >= 0 && (whole.slice(0, at + q).match(/"/g) ?? []).length % 2 === 1 ? '"' : '';
}

/** A subject printed all in capitals ("VỀ ĐỔI MỚI …"), in sentence case; any other left as printed. */
export function sentenceCaseIfCapitals(t: string): string {
  if (t.length <= 12 || hasLower(t)) return t;
  let out = t.charAt(0) + t.slice(1).toLowerCase();
  // What stays capitalised in the Party's own subjects: a term or congress in Roman numerals, the
  // country, Hồ Chí Minh, the central bodies, "Đại hội XIV", "của Đảng".
  // (Two letters are a Vietnamese word as often — "vi phạm", "phạm vi", "xi măng" — so only after a
  // word that numbers: "khóa IX", "lần thứ VI", "Đại hội XI".)
  out = out.replace(/(?<![\p{L}])[ivxl]{3,}(?![\p{L}])|(?<=(?:^|[^\p{L}])(?:khóa|khoá|đại hội|hội nghị|lần thứ|nhiệm kỳ|phần|chương|mục|thế kỷ|thứ) )[ivxl]{2}(?![\p{L}])(?! (?:phạm|mô|sinh|khuẩn|tính|ba|rút|xử|măng))/giu, (r) => r.toUpperCase());
  for (const [re, name] of PROPER) out = out.replace(re, name);
  return out;
}

const PROPER: Array<[RegExp, string]> = [
  ['Việt Nam', 'Hồ Chí Minh', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Quốc hội', 'Chính phủ', 'Mặt trận Tổ quốc', 'Vietnam', 'Ho Chi Minh'],
].flat().map((n) => [new RegExp(`(?<![\\p{L}])${n.toLowerCase()}(?![\\p{L}])`, 'gu'), n] as [RegExp, string])
  .concat([[/(?<![\p{L}])đại hội(?= (?:[IVXL]{2,}(?![\p{L}])|đại biểu toàn quốc))/gu, 'Đại hội'], [/(?<![\p{L}])của đảng(?![\p{L}])/gu, 'của Đảng']]);

/** After a comma, a place or body by name doing something: "… vùng Tây Nguyên, Đắk Lắk thu hút 12 dự án",
 *  ", đến năm 2030 vùng có …", ", the province held a forum". */
const NAMED_CLAUSE = /, (?:đến năm \d{4},? (?:[^\s,.;:]+ ){0,3}?(?:có|đạt|sẽ|phải|cần|phấn đấu)|the (?:[a-z]+ ){0,2}(?:held|hosted|organised|organized|convened|launched|introduced|approved|set up|rolled out|took|made))(?= )/gu;

// A short passive closing the sentence (three words at most) is its verb: "… về học tập và làm theo
// Bác được lồng ghép." (not "… những điều đảng viên không được làm"; a longer one may be the
// subject's own: "… để nhân dân được tham gia xây dựng chính quyền"); "… không phải là …" sets it
// against another document.
const CLOSING_PASSIVE = /(?<!(?:không|chưa|ai|được|mới)) được(?: [^\s,.;:]+){1,3} $| không phải(?: là)? /g;
// A target year, then what came of it: "… đến năm 2025 đạt nhiều kết quả", "… năm 2030 mang lại …".
const YEAR_VERB = /(?<=năm \d{4}) (?:đạt|mang lại|đem lại|tạo ra|giúp|có|thu hút|đã|đang|sẽ|được|gắn với|phải)(?= )|(?<=\d{4} ?[-–] ?\d{4}) (?:hướng dẫn|quy định|yêu cầu|xác định)(?= )/g;
// When the sentence does it: "(học lại Quy định …) trước kỳ đánh giá cuối năm". (Not "nhân dịp …",
// "trong dịp Tết …": guidance on a commemoration or a holiday has them in its subject.)
const WHEN_STOP = / trước (?:kỳ|đợt|thềm|hạn chót)(?= )| trong (?:năm|tháng|quý|tuần) (?:nay|này|tới|qua)(?= |$)|(?<=[“"]về [^”"]{3,300}[”"]) gắn với(?= )/g;

// "… phong trào thi đua “Dân vận khéo”, các cấp uỷ Đảng, chính quyền … đã triển khai": after a name in
// quotes closing the subject, a plural opens the sentence's own clause, however long its list of actors.
// (A pattern of its own, tried only where a quote closes before a comma: one opening with a lookbehind
// is tried at every position, and in COMMA_CLAUSE would cost that one its quick scan for ", ".)
// (Only where that clause has its verb: "…“Người Việt Nam ưu tiên dùng hàng Việt Nam”, các chương trình kích
// cầu …" goes on listing what the subject is about.)
const QUOTE_THEN_PLURAL = /(?<=[”"»]), (?:các|những|mọi|toàn thể) (?=[^.;]*? (?:đã|đang|sẽ|vừa|đều|cũng|phải|cần) )/g;
const CLAUSE_STOPS = [VERB_STOP, AFTER_FIGURE, LATE_VERB, DASH_STOP, COMMA_CLAUSE, AUDIENCE_STOP, NEXT_CLAUSE, WHEN_STOP, YEAR_VERB, NAMED_CLAUSE, CLOSING_PASSIVE, COMMA_GERUND_FIGURE];
const WITH_PURPOSE = [...CLAUSE_STOPS, PURPOSE];
const WITH_GERUND = [...CLAUSE_STOPS, COMMA_GERUND];
const WITH_BOTH = [...WITH_PURPOSE, COMMA_GERUND];

/** Where a subject read apart (one part of "lần lượt về A; về B") ends: before the sentence's own
 *  verb or clause, or a bracket. The whole of it when nothing ends it. */
export function subjectPartEnd(part: string): number {
  const seg = ' ' + part.toLowerCase() + ' ';
  if (seg.length !== part.length + 2) return part.length;
  const v = firstOf(GERUND_SUBJECT.test(seg) ? CLAUSE_STOPS : WITH_GERUND, seg);
  const bracket = part.indexOf('(');
  const cut = [v >= 0 ? Math.max(0, v - 1) : -1, bracket].filter((x) => x >= 0);
  return cut.length ? Math.min(...cut) : part.length;
}

/** The first match of any of `res` in `s` from `at`, or -1. */
function firstOf(res: RegExp[], s: string, at = 0): number {
  let best = -1;
  for (const re of res) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** The issuer phrases among STOP's: "của Bộ Chính trị", ", Ban Tổ chức Trung ương …". */
const ISSUER_STOP = /^(?:, *|(?:cua|do) +)/;

/** The first STOP in `win`, but past an issuer phrase naming a body that cannot have issued the document. */
function firstStop(win: string, base: number, mayIssue?: (foldedAt: number) => boolean): number {
  for (let at = 0; ;) {
    const k = firstOf([STOP], win, at);
    if (k < 0) return k;
    const lead = ISSUER_STOP.exec(win.slice(k, k + 6));
    // A subject that so far only names another document's kind ("về Chương trình hành động của Ban
    // Thường vụ Tỉnh ủy thực hiện …"): the issuer after it is that document's, inside the subject.
    if (lead && lead[0].startsWith('c') && KIND_ONLY.test(win.slice(0, k))) { at = k + lead[0].length; continue; }
    if (!lead || !mayIssue || mayIssue(base + k + lead[0].length)) return k;
    at = k + lead[0].length;
  }
}
const KIND_ONLY = /^ *(?:chuong trinh(?: hanh dong)?|ke hoach|de an|quy che) *$/;

/** Index of the first citation that ends after `pos` (citations are sorted and do not overlap). */
export function firstCiteAfter(cites: readonly Span[], pos: number): number {
  let lo = 0, hi = cites.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cites[mid].end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Read the subject starting at `from`. Quoted or bracketed: up to the closing mark. Otherwise up to
 * the first place a careful reader stops, reading through citations embedded in it.
 */
export function readSubject(inp: SubjectInput): Subject | null {
  const { f, orig } = inp;
  const oFrom = f.orig(inp.from);
  if (inp.opener) {
    const close = closingOf(orig, oFrom, inp.opener);
    if (close > oFrom) return finish(orig, oFrom, close);
  }
  const oEnd = sentenceEnd(orig, oFrom, Math.min(orig.length, oFrom + MAX));
  let end = f.toFolded(oEnd);
  // Citations inside the window: embedded (the subject goes on through them and their facts) or the
  // next item of a list (the subject ends before it). Work on the window alone: a page may hold
  // thousands of citations and megabytes of text.
  const base = inp.from;
  let win = f.text.slice(base, end);
  // The next citation when an embedded one is followed by another the subject lists with it
  // ("thực hiện Nghị quyết số 71-NQ/TW, Nghị quyết số 72-NQ/TW của Bộ Chính trị").
  let listed = -1;
  // "from Resolution 57 on science to Resolution 80 on culture": a range's "to" before the next one.
  const ranged = /\bfrom\s+(?:the\s+)?(?:\S+\s+){1,5}$/i.test(orig.slice(Math.max(0, oFrom - 80), oFrom));
  for (let k = firstCiteAfter(inp.cites, base); k < inp.cites.length; k++) {
    const c = inp.cites[k];
    if (c.start >= end) break;
    // Joined by a space only ("tổng kết Nghị quyết số 18"): embedded. After a comma, "và", a bracket: a list.
    const before = orig.slice(oFrom, f.orig(c.start));
    // "phù hợp với Quy định 368" embeds it: the subject goes on.
    // "… và ban hành Nghị quyết số 05": the sentence's next clause, not a citation inside the subject.
    const clause = /\s(?:và|and)\s+(?:(?:shortly\s+)?(?:afterwards|after that|then|later)\s*$|sau đó\s*$|(?:đã\s+|vừa\s+|sẽ\s+)?(?:ban hành|thông qua|ký|triển khai|quán triệt|tổ chức|issued|adopted)|(?:(?:sau|gần|hơn|trên|qua|sau hơn|sau gần)\s+)?\S+\s+năm\s+(?:thực hiện|triển khai))\s*$/i.exec(before);
    if (clause) { end = f.toFolded(oFrom + clause.index); break; }
    // "… về thi hành Điều lệ Đảng và điểm 3.2 mục 3 Hướng dẫn số 06-HD/TW": a part of another document
    // cited next, not a document inside the subject.
    const part = /\s(?:và|cùng|and)\s+(?:điểm|khoản|điều|mục|tiết|chương|phần|point|clause|article|section)\s[^,;]{0,40}$/i.exec(before);
    if (part) { end = f.toFolded(oFrom + part.index); break; }
    // "…, thực hiện Chỉ thị số 45-CT/TW", "… kế thừa tinh thần Nghị quyết …", "… khác hẳn Nghị quyết 36":
    // the document the subject's own one carries out, continues or differs from, not one inside it.
    const tie = TIE_BEFORE_CITATION.exec(before) ?? ACTOR_BEFORE_CITATION.exec(before);
    if (tie) { end = f.toFolded(oFrom + tie.index); break; }
    // ("… and the National Assembly's Resolution 198": a list, its second item another body's.)
    // ("… and No. 72-NQ/TW on …": the list's number sign stands between.)
    const joined = c.start === listed || /\S\s+$/.test(before) && !/(?:[,;:(]|\s(?:và|and|hoặc|or|cùng|(?<!phù hợp\s)với|như|as well as)(?:\s+(?:No\.?|số))?|\sand\s+(?:the\s+)?(?:\S+\s+){0,3}?\S+['’]s)\s*$/i.test(before)
      && !(ranged && /\sto\s*$/i.test(before));
    if (!joined) {
      // "…, gắn với Nghị quyết số 62": the clause that leads to the next citation is not the subject's.
      // (Not "…, sáng tạo và Kết luận số 14": the words before a list's "và" are the subject's.)
      const lead = / *, *(?:(?!va |and )[a-z]+ +){0,3}(?:voi|theo|cua|cho|tai|with)? *[("“]? *$|(?<![a-z]) *gan voi +$/.exec(win.slice(0, c.start - base));
      // "… gắn với Chỉ thị 05": the tie to another document is not the subject's either.
      end = lead && lead.index > 0 && /,|gan voi/.test(lead[0]) ? base + lead.index : c.start;
      // "… and the National Assembly's Resolution 198": the owner of the next item is not the subject's.
      const owner = /\s+and\s+(?:the\s+)?(?:[^\s,]+\s+){0,3}?[^\s,]+['’]s\s*$/i.exec(before);
      if (owner) end = Math.min(end, f.toFolded(oFrom + owner.index));
      // "… and No. 72-NQ/TW on …", "from … to Resolution 80": the list's words are not the subject's.
      const sign = (ranged ? /\s+(?:(?:và|and)\s+(?:No\.?|số)|to)\s*$/i : /\s+(?:và|and)\s+(?:No\.?|số)\s*$/i).exec(before);
      if (sign) end = Math.min(end, f.toFolded(oFrom + sign.index));
      break;
    }
    const factsEnd = Math.min(end, Math.max(c.end, inp.factsEnd(c.end)));
    win = win.slice(0, c.start - base) + 'x'.repeat(factsEnd - c.start) + win.slice(factsEnd - base);
    // The embedded citation's facts close the subject unless its own subject follows ("… về …"),
    // or another citation it lists with, one with no subject of its own.
    if (/^ *(?:,|;|va |and )/.test(f.text.slice(factsEnd, factsEnd + 5))) {
      const next = inp.cites[k + 1];
      // (One that ends the phrase: not "…, Kế hoạch số 11-KH/TU triển khai …", an item of its own.)
      const lists = !!next && next.start < end && /^ *(?:,|va|and) *$/.test(f.text.slice(factsEnd, next.start))
        && /^ *(?:(?:cua|of) +[a-z ]{1,40}?)?(?:[.;:!?)"”,]|$| (?:va|and) )/.test(f.text.slice(inp.factsEnd(next.end), inp.factsEnd(next.end) + 50));
      if (!lists) { end = factsEnd; break; }
      listed = next.start;
    }
  }
  const bound = f.orig(end);
  const stopF = firstStop(win.slice(0, end - base), base, inp.mayIssue);
  if (stopF >= 0) end = base + stopF;
  // Verbs and dashes are read in the original (folding would confuse "đã" with "da", "là" with "la");
  // only where lowercasing keeps offsets (NFC text, as nearly all pages are).
  let oStop = f.orig(end);
  // (Old-style tones read as the patterns write them: "Uỷ ban Kiểm tra" is "Ủy ban Kiểm tra".)
  const modern = modernTones(orig.slice(oFrom, oStop));
  const seg = ' ' + modern.toLowerCase() + ' ';
  if (seg.length === oStop - oFrom + 2) {
    const gerund = !GERUND_SUBJECT.test(seg);
    let v = firstOf(PURPOSE_CUE.test(seg) ? (gerund ? WITH_BOTH : WITH_PURPOSE) : (gerund ? WITH_GERUND : CLAUSE_STOPS), seg);
    if (seg.includes('”, ') || seg.includes('", ') || seg.includes('», ')) {
      const q = firstOf([QUOTE_THEN_PLURAL], seg);
      if (q >= 0 && (v < 0 || q < v)) v = q;
    }
    if (v >= 0) oStop = Math.min(oStop, oFrom + Math.max(0, v - 1));
    const a = firstOf([PASSIVE_AGENT, NAMED_ACTOR, BODY_ACTOR, TRAILING_ACTOR, TRAILING_NAME_AFTER_QUOTE, BRACKET_NAME_THEN_CLAUSE, NAMING_VERB, AND_EVENT, HYPHEN_HEADLINE, SPEAKER], ' ' + modern.slice(0, oStop - oFrom) + ' ');
    if (a >= 0) oStop = Math.min(oStop, oFrom + Math.max(0, a - 1));
    if (inp.sentenceSubject) oStop = throughToPredicate(f, orig, oStop, bound, inp.mayIssue) ?? oStop;
  }
  return finish(orig, oFrom, unopenedClose(orig, oFrom, oStop));
}

/** What a sentence's main verb looks like: done, being done, to be done, done by someone named. */
const PREDICATE = /^ (?:đã|đang|sẽ|vừa|được (?:ban hành|triển khai|thực hiện|quán triệt|thông qua|ký|công bố|áp dụng|tổng kết|sơ kết))(?= )/;

/** After the comma, someone else doing something ("…, các cấp ủy đã …", "…, Tỉnh ủy đã …": a topic, then
 *  its comment) or when and how it was done ("…, sau gần ba năm triển khai đã …"), not the subject
 *  going on ("…, đơn vị đã …" of "cơ quan, đơn vị"). */
const NEW_ACTOR = /^\s*(?:\p{Lu}|(?:sau|qua|trải qua|kể từ|từ|khi|với|bên cạnh|đến nay|hiện|nay|trong|tại|ở|nhờ|do|vì|và|nhưng|còn|mà|thì|rồi|sau đó|trong khi|các|những|nhiều|mọi|toàn|cả|hầu hết|tỉnh|huyện|thành phố|xã|phường|ngành|địa phương|chúng ta|chúng tôi|đảng bộ|chi bộ|cấp ủy|cán bộ|đảng viên|người|ông|bà|đồng chí)(?!\p{L}))/u;

/**
 * A document that opens its sentence is what the sentence is about: the sentence's verb comes after
 * its subject, so a comma before that verb is most often the subject's own ("Chỉ thị số 08 về tăng
 * cường kỷ luật, kỷ cương, nhất là trách nhiệm của người đứng đầu cơ quan, đơn vị đã tạo chuyển
 * biến …"). Where the reading stopped at a comma, the subject runs on to the sentence's verb when
 * the next stop is that verb ("đã", "được <Somebody>", "được ban hành" …) and nothing else between
 * would stop it. Null when it does not. `stop` and `bound` are original offsets.
 */
function throughToPredicate(f: Folded, orig: string, stop: number, bound: number, mayIssue?: (foldedAt: number) => boolean): number | null {
  const comma = /^\s*[,;]/.exec(orig.slice(stop, bound));
  if (!comma || bound - stop > 200) return null;
  const from = stop + comma[0].length;
  const seg = ' ' + modernTones(orig.slice(from, bound)).toLowerCase() + ' ';
  if (seg.length !== bound - from + 2) return null;
  const verb = firstOf([VERB_STOP], seg);
  const agent = firstOf([PASSIVE_AGENT], ' ' + orig.slice(from, bound) + ' ');
  const at = agent >= 0 && (verb < 0 || agent <= verb) ? agent : verb >= 0 && PREDICATE.test(seg.slice(verb)) ? verb : -1;
  if (at <= 1) return null;
  // Nothing between the comma and the verb may stop a subject itself: another clause, a date, an issuer.
  const mid = seg.slice(0, at + 1);
  if (firstOf(WITH_BOTH, mid) >= 0 || /[“"«(\d]/.test(mid) || NEW_ACTOR.test(orig.slice(from, from + 24))) return null;
  const fFrom = f.toFolded(from);
  if (firstStop(f.text.slice(fFrom, f.toFolded(from + at - 1)), fFrom, mayIssue) >= 0) return null;
  return from + at - 1;
}

/** "(Quy định số 144-QĐ/TW … về chuẩn mực …), mỗi đảng viên …": a bracket the subject did not open
 *  closes the citation's, and the subject with it. */
function unopenedClose(orig: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = orig.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return i;
  }
  return to;
}

// Not a list of verbs sharing the citation: "tổ chức học tập, quán triệt Nghị quyết Trung ương 5".
const TIE_BEFORE_CITATION = /(?:,\s*(?:implementing|to implement|in line with|following|pursuant to|under)(?:\s+the)?(?:\s+[A-Za-z-]+(?:['’]s)?){0,3}|(?<!(?:học tập|quán triệt|tuyên truyền|nghiên cứu|phổ biến|triển khai|thực hiện|chỉ đạo|lãnh đạo|sơ kết|tổng kết|tổ chức|giáo dục|vận động|hướng dẫn|kiểm tra|giám sát))\s*,\s*(?:thực hiện|tiếp nối|bám sát|cụ thể hóa|cụ thể hoá|theo tinh thần|triển khai|quán triệt|gắn với|trên cơ sở|căn cứ)|\s(?:kế thừa|khác hẳn|khác với|tiếp nối|thay thế cho))(?:\s+(?:việc\s+)?(?:thực hiện|triển khai|tinh thần))?\s+$/i;

/** "…, tỉnh tiếp tục triển khai Nghị quyết 18-NQ/TW": someone doing something with the next citation
 *  after a comma is the sentence's next clause, not the subject's words. */
const ACTOR_BEFORE_CITATION = /,\s*(?:(?:các|những)\s+)?(?:tỉnh|huyện|thành phố|xã|phường|ngành|địa phương|đơn vị|chúng ta|chi bộ|đảng bộ|cấp ủy|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Ban Thường vụ(?: \p{Lu}\p{L}*)*)(?:\s+\p{Lu}\p{L}*){0,3}\s+(?:(?:đã|đang|sẽ|vừa|tiếp tục|cũng|vẫn)\s+)*(?:triển khai|quán triệt|thực hiện|ban hành|học tập|tổ chức|sơ kết|tổng kết|cụ thể hóa|cụ thể hoá)(?:\s+(?:thực hiện|quán triệt))?(?:\s+tinh thần)?\s+$/u;

/** A clause a cut left behind after the subject's last comma: one adverb ("…, hiện" of "…, hiện đã …"). */
const LEFT_CLAUSE = /,\s*(?:hiện|nay|cũng|vẫn|đều|thì|mà|qua|sau|từ|đến)\s*$/i;

/** An emoji ends what a post says of a document ("… chuẩn mực đạo đức lắm 😍"). */
const EMOJI = /\p{Extended_Pictographic}/u;
/** Chat words before it: "nhé", "lắm", "các bạn ơi". */
// A chat's question ends in "không", "chưa", "ko": "ai có file nq 18 về đất đai không?" (no official
// subject ends in them; "chưa" only after a question's "đã … chưa" would, and that is no subject).
const CHAT_TAIL = /(?:\s+(?:đó|đấy|vậy|thế))?\s+(?:nhé|nha|lắm|quá|ạ|à|các bạn ơi|mọi người ơi|mọi người|mn|bạn ơi|không|chưa|ko|k)(?:\s+(?:nhé|nha|lắm|quá|ạ|à|các bạn ơi|mọi người ơi|mọi người|mn|bạn ơi))*\s*\??$/iu;

/** A chat's question at the end of what was read ("… ban hành khi nào", "… áp dụng với những ai",
 *  "… có điểm gì mới vậy mn"): no official subject ends so. */
const QUESTION_END = /(?:\s(?:vậy|nhỉ|ạ|mn|mọi người|không|chưa|ko|nào|gì|ai|sao|thế nào|bao giờ|đâu|hả))+\s*\??$/iu;
/** …and the verb it asks about, where the subject ends. */
const QUESTION_VERB = /\s+(?:ban hành|áp dụng|có|còn|là|được|quy định|thay thế|thay|hết|so với|khác|đọc|xem|tải|nắm)(?=\s).*$/su;

/** What was read, without a chat's question after the subject. */
function withoutQuestion(s: string): string {
  if (!QUESTION_END.test(s)) return s;
  const cut = s.replace(QUESTION_VERB, '');
  return cut !== s && cut.trim().split(/\s+/).length >= 2 ? cut : s;
}

/** Words after "về" / "on" that name no subject: "(triển khai) cùng nội dung", "the same subject", a
 *  date without its year ("issued by the Politburo on May 9"), a bare noun ("Resolution 29 on the work is …"). */
const NO_SUBJECT = /^(?:(?:triển khai|thực hiện|ban hành|về)\s+)?(?:cùng|cùng một|tương tự|the same|a similar|similar)\s+(?:nội dung|vấn đề|chủ đề|lĩnh vực|subjects?|topics?|issues?|matters?)$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?$|^(?:the\s+|this\s+|that\s+)?(?:work|matter|issue|task|topic|subject|things?)$|^(?:the\s+)?(?:morning|afternoon|evening|night|occasion|basis)\s+of\s/iu;
/** Words after "về" / "on" that name another document, not a subject: "Directive 05-CT/TW on the
 *  Secretariat's Plan 03-KH/TW on …", "… về Kế hoạch số 12 …" (what that one is about is its own). */
const ANOTHER_DOCUMENT = /^(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,5}?\p{L}+[’']s\s+)?(?:Plan|Resolution|Directive|Conclusion|Regulation|Decision|Programme|Program|Kế hoạch|Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Chương trình)\s+(?:No\.?\s*|số\s*)?\d/u;

/** "… về kiểm soát quyền lực … lần lượt trong công tác kiểm tra … và trong hoạt động điều tra …": a
 *  subject several documents share, respectively — no one of them has it all. */
const SHARED_SUBJECT = /(?:^|\s)(?:lần lượt|respectively)(?=\s|,|$)/iu;

function finish(orig: string, start: number, end: number): Subject | null {
  const emoji = EMOJI.exec(orig.slice(start, end));
  if (emoji) end = start + emoji.index;
  end = start + openQuoteClosed(orig, start, end);
  end = quoteRunOn(orig, start, end);
  const text = tidySubject(withoutQuestion(orig.slice(start, end).replace(LEFT_CLAUSE, '')).replace(CHAT_TAIL, ''));
  if (text.length < 4 || !/\p{L}{2}/u.test(text) || NO_SUBJECT.test(text) || SHARED_SUBJECT.test(text) || ANOTHER_DOCUMENT.test(text)) return null;
  return { text: text.length > 300 ? cutAtWord(text, 300) : text, start, end };
}

/**
 * '"Resolution No. 22-NQ/TW … on international integration" at the meeting': a quotation opened
 * before the citation closes inside what was read, and the subject with it. Where it closes (relative
 * to `start`), or `end - start` when none does.
 */
function openQuoteClosed(orig: string, start: number, end: number): number {
  const near = orig.slice(Math.max(0, start - 200), start);
  // Quotes before the citation's type word only: one right before the subject is the subject's own.
  let cite = -1;
  for (const m of near.matchAll(CITATION_WORD)) cite = m.index!;
  if (cite < 0) return end - start;
  const before = near.slice(0, cite);
  const seg = orig.slice(start, end);
  // Curly: the last “ before it is not closed before it.
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”') && !seg.includes('“') ? seg.indexOf('”') : -1;
  if (curly > 0) return curly;
  // Straight: an odd number of them in its line before it.
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const straight = (line.split('"').length - 1) % 2 === 1 ? seg.indexOf('"') : -1;
  return straight > 0 ? straight : end - start;
}

/**
 * 'on the “things that Party members must not do”': a quotation the subject opened is the subject
 * whole, whatever a stop found inside it ("that … must"): read on to where it closes, in its sentence.
 */
function quoteRunOn(orig: string, start: number, end: number): number {
  const seg = orig.slice(start, end);
  const open = seg.lastIndexOf('“');
  if (open < 0 || seg.indexOf('”', open) >= 0 || open > 12) return end;
  const rest = orig.slice(end, end + 200);
  const close = rest.search(/[”\n]/);
  return close >= 0 && rest[close] === '”' && !/[.!?;]\s/.test(rest.slice(0, close)) ? end + close + 1 : end;
}

/** A citation's type word (its last one in a stretch is what openQuoteClosed looks for). */
const CITATION_WORD = /Nghị quyết|Kết luận|Chỉ thị|Quy định|Hướng dẫn|Kế hoạch|Resolution|Conclusion|Directive|Regulation|Decision/g;

function cutAtWord(t: string, n: number): string {
  const k = t.lastIndexOf(' ', n);
  return t.slice(0, k > n / 2 ? k : n) + ' …';
}
