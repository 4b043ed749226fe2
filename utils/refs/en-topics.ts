/**
 * English editions print a document's subject in their own translation ("Resolution 18 on
 * streamlining the apparatus"), worded as each paper pleases. The catalog's subjects are the
 * Vietnamese ones. What lets the two be compared is the topic: a few words of the English that only
 * one Vietnamese phrase translates. Each row: an English pattern, the folded Vietnamese words (any
 * of them) a subject on that topic carries.
 */
const TOPICS: Array<[RegExp, string[]]> = [
  [/rectif/, ['chinh don']],
  [/party building|building (?:and rectifying )?the party|party-building/, ['xay dung dang', 'xay dung, chinh don dang']],
  [/urgent issues/, ['cap bach']],
  [/market economy/, ['kinh te thi truong']],
  [/state-owned enterprise|state enterprise/, ['doanh nghiep nha nuoc']],
  [/degradation|self-evolution|self-transformation/, ['suy thoai', 'tu dien bien']],
  [/streamlin|lean(?:er)? apparatus|restructur\w* the (?:political )?(?:system|apparatus)/, ['tinh gon', 'sap xep to chuc bo may']],
  [/\bland\b/, ['dat dai', 'su dung dat']],
  [/private (?:econom|sector|firms|enterprises|companies|businesses)/, ['kinh te tu nhan']],
  [/public security|police/, ['cong an']],
  [/defen[cs]e zones?/, ['khu vuc phong thu']],
  [/digital transformation/, ['chuyen doi so']],
  [/science and technology|scientific|technolog/, ['khoa hoc']],
  [/international integration|integration/, ['hoi nhap quoc te']],
  [/law[- ]?making|legislat|law enforcement/, ['phap luat']],
  [/education|training/, ['giao duc']],
  [/health/, ['suc khoe', 'y te']],
  [/salar|wage/, ['tien luong']],
  [/collective econom/, ['kinh te tap the']],
  [/agricultur|farmer|rural/, ['nong nghiep', 'nong dan', 'nong thon']],
  [/population/, ['dan so']],
  [/marine|maritime|\bsea\b|ocean/, ['bien']],
  [/\bcultur/, ['van hoa']],
  [/intellectual/, ['tri thuc']],
  [/youth/, ['thanh nien']],
  [/working class|workers/, ['giai cap cong nhan']],
  [/ethnic/, ['dan toc']],
  [/religio/, ['ton giao']],
  [/defen[cs]e|safeguard\w* the (?:fatherland|homeland)/, ['bao ve to quoc', 'quoc phong']],
  [/corrupt/, ['tham nhung']],
  [/power control|controlling power|control of power/, ['kiem soat quyen luc']],
  [/non-business units|public service (?:units|providers)/, ['don vi su nghiep']],
  [/social insurance/, ['bao hiem xa hoi']],
  [/energy/, ['nang luong']],
  [/infrastructure/, ['ket cau ha tang']],
  [/growth model/, ['mo hinh tang truong']],
  [/industriali[sz]/, ['cong nghiep hoa']],
  [/industrial (?:development )?polic|national industr/, ['cong nghiep']],
  [/central highlands/, ['tay nguyen']],
  [/entrepreneur|business ?(?:people|community)/, ['doanh nhan']],
  [/environmental protection|protecting the environment/, ['moi truong']],
  [/mekong delta/, ['dong bang song cuu long']],
  [/red river delta/, ['dong bang song hong']],
  [/north central|central coast/, ['bac trung bo', 'duyen hai mien trung']],
  [/south[- ]?east(?:ern)? region/, ['dong nam bo']],
  [/midland|northern mountain/, ['trung du va mien nui']],
  [/the capital(?:'s| city)?\b|\bha ?noi\b/, ['thu do']],
  [/rule[- ]of[- ]law/, ['nha nuoc phap quyen']],
  [/national unity|great unity/, ['dai doan ket']],
  [/overseas vietnamese|vietnamese (?:people )?(?:living )?abroad/, ['nguoi viet nam o nuoc ngoai']],
  [/party congresses|congresses at all levels|party congress(?:es)? (?:at|of) (?:all|every)/, ['dai hoi dang bo cac cap']],
  [/party members/, ['dang vien']],
  [/personnel|cadres|officials/, ['can bo']],
  [/discipline/, ['ky luat']],
  [/role model|exemplary|setting examples/, ['neu guong']],
  [/ethic|moral/, ['dao duc']],
  [/grassroots/, ['co so']],
  [/mass mobili[sz]ation/, ['dan van']],
  [/\bpress\b|journalism|information work/, ['bao chi']],
  [/biotechnolog/, ['cong nghe sinh hoc']],
  [/national assembly/, ['quoc hoi']],
  [/establish\w*|set(?:ting)? up/, ['thanh lap']],
  [/\belection|\belectoral|\bvot(?:e|ing)\b/, ['bau cu']],
  [/innovation/, ['doi moi sang tao']],
  [/foreign (?:affairs|relations|policy)|diplomac/, ['doi ngoai']],
  [/touris/, ['du lich']],
  [/urban/, ['do thi']],
  [/poverty/, ['giam ngheo', 'ngheo']],
  [/trade unions?/, ['cong doan']],
  [/\bwomen\b/, ['phu nu']],
  [/judicia/, ['tu phap']],
  [/climate change/, ['bien doi khi hau']],
  [/ideolog/, ['tu tuong']],
  [/theor(?:y|etical)/, ['ly luan']],
  [/inspection|supervision/, ['kiem tra', 'giam sat']],
  [/administrative units?/, ['don vi hanh chinh']],
  [/emulation/, ['thi dua']],
];

/** The Vietnamese topic words (folded) an English subject names: for each topic it names, its phrases. */
export function englishTopics(subject: string): string[][] {
  const s = subject.toLowerCase();
  return TOPICS.filter(([re]) => re.test(s)).map(([, vi]) => vi);
}

/**
 * The press's shorthand for an official subject ("về đất đai", "về tinh gọn bộ máy", "tam nông"): the
 * topic a short Vietnamese subject names, as the folded words an official subject on it carries.
 */
const VI_TOPICS: Array<[RegExp, string[]]> = [
  [/(?<!\p{L})(?:đất đai)(?!\p{L})/u, ['su dung dat', 'dat dai']],
  [/(?<!\p{L})(?:tinh gọn|bộ máy)(?!\p{L})/u, ['tinh gon', 'sap xep to chuc bo may']],
  [/(?<!\p{L})(?:tiền lương)(?!\p{L})/u, ['tien luong']],
  [/(?<!\p{L})(?:kinh tế tư nhân)(?!\p{L})/u, ['kinh te tu nhan']],
  [/(?<!\p{L})(?:khoa học|công nghệ|chuyển đổi số)(?!\p{L})/u, ['khoa hoc']],
  [/(?<!\p{L})(?:giáo dục)(?!\p{L})/u, ['giao duc']],
  [/(?<!\p{L})(?:y tế|sức khỏe|sức khoẻ)(?!\p{L})/u, ['suc khoe', 'y te']],
  [/(?<!\p{L})(?:nông nghiệp|nông dân|nông thôn|tam nông)(?!\p{L})/u, ['nong nghiep', 'nong dan', 'nong thon']],
  [/(?<!\p{L})(?:trí thức)(?!\p{L})/u, ['tri thuc']],
  [/(?<!\p{L})(?:đại đoàn kết)(?!\p{L})/u, ['dai doan ket']],
  [/(?<!\p{L})(?:bảo vệ tổ quốc|quốc phòng)(?!\p{L})/u, ['bao ve to quoc', 'quoc phong']],
  [/(?<!\p{L})(?:người việt nam ở nước ngoài|kiều bào)(?!\p{L})/u, ['nguoi viet nam o nuoc ngoai']],
  [/(?<!\p{L})(?:hội nhập)(?!\p{L})/u, ['hoi nhap quoc te']],
  [/(?<!\p{L})(?:năng lượng)(?!\p{L})/u, ['nang luong']],
  [/(?<!\p{L})(?:văn hóa|văn hoá)(?!\p{L})/u, ['van hoa']],
  [/(?<!\p{L})(?:kinh tế biển|biển)(?!\p{L})/u, ['bien']],
  [/(?<!\p{L})(?:dân số)(?!\p{L})/u, ['dan so']],
  [/(?<!\p{L})(?:bảo hiểm xã hội)(?!\p{L})/u, ['bao hiem xa hoi']],
  [/(?<!\p{L})(?:doanh nhân)(?!\p{L})/u, ['doanh nhan']],
  [/(?<!\p{L})(?:kinh tế tập thể|hợp tác xã)(?!\p{L})/u, ['kinh te tap the']],
  [/(?<!\p{L})(?:đơn vị sự nghiệp)(?!\p{L})/u, ['don vi su nghiep']],
  [/(?<!\p{L})(?:công nghiệp hóa|công nghiệp hoá)(?!\p{L})/u, ['cong nghiep hoa']],
  [/(?<!\p{L})(?:pháp luật|pháp quyền)(?!\p{L})/u, ['phap luat', 'phap quyen']],
  [/(?<!\p{L})(?:tham nhũng)(?!\p{L})/u, ['tham nhung']],
  [/(?<!\p{L})(?:thanh niên)(?!\p{L})/u, ['thanh nien']],
  // (The congress directives: "Đại hội được chuẩn bị theo Chỉ thị 45-CT/TW".)
  [/(?<!\p{L})(?:đại hội)(?!\p{L})/u, ['dai hoi dang bo cac cap']],
  [/(?<!\p{L})(?:tôn giáo)(?!\p{L})/u, ['ton giao']],
  [/(?<!\p{L})(?:dân tộc)(?!\p{L})/u, ['dan toc']],
];

/** The topics a (short) Vietnamese subject names, read with its marks: folded, "hướng dẫn số" would be
 *  "dân số" and "nâng lương" "năng lượng". */
export function vietnameseTopics(subject: string): string[][] {
  const s = subject.normalize('NFC').toLowerCase();
  return VI_TOPICS.filter(([re]) => re.test(s)).map(([, vi]) => vi);
}

/** How many of those topics a folded Vietnamese subject carries. */
export function topicsShared(topics: string[][], foldedTitle: string): number {
  let n = 0;
  for (const any of topics) if (any.some((p) => foldedTitle.includes(p))) n++;
  return n;
}

/** A text in plain ASCII (and typographic quotes), or English printing names with their marks: an English edition's, not Vietnamese. */
export const isEnglish = (s: string): boolean => /^[\x20-\x7e\u2018\u2019\u201c\u201d]*$/.test(s) || namesOnlyMarked(s);

/** English that keeps the marks of the names it prints ("following Hồ Chí Minh's ideology, morality
 *  and lifestyle"): its own words are English, the marked ones few. */
function namesOnlyMarked(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  const marked = words.filter((w) => /[^\x00-\x7f\u2018\u2019\u201c\u201d]/.test(w)).length;
  return words.length >= 4 && marked * 3 <= words.length && / (?:the|and|of|for|to|in|with)(?= )/.test(` ${s.toLowerCase()} `);
}
