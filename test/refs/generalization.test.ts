import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';

/**
 * Failure classes found by running invented news-style sentences through the engine; each table is
 * one class, with the near misses that must stay out. Sentences are invented for these tests.
 * [what, text, expected [span, key] pairs in order].
 */
type Row = [string, string, Array<[string, string]>];

const keysOf = (text: string) =>
  extractReferences(text).mentions.map((m) => [text.slice(m.start, m.end), m.key] as [string, string]);

/** A short form of a state document printed in full elsewhere is that state document, not a party one. */
const STATE_COREFERENCE: Row[] = [
  ['government resolution, then its short form', 'Chính phủ ra Nghị quyết số 31/NQ-CP về vốn vay. Nghị quyết 31 giao các bộ thực hiện ngay.', [['Nghị quyết số 31/NQ-CP', '31/NQ-CP'], ['Nghị quyết 31', '31/NQ-CP']]],
  ['decree short form takes the year of the full one', 'Nghị định 212/2025/NĐ-CP thay thế quy định cũ. Theo Nghị định 212, hồ sơ nộp trực tuyến.', [['Nghị định 212/2025/NĐ-CP', '212/2025/NĐ-CP'], ['Nghị định 212', '212/2025/NĐ-CP']]],
  ['Prime Minister decision short form', 'Quyết định 1877/QĐ-TTg được công bố; Quyết định 1877 nêu danh mục dự án.', [['Quyết định 1877/QĐ-TTg', '1877/QĐ-TTg'], ['Quyết định 1877', '1877/QĐ-TTg']]],
  ['circular short form, a common word, found through its full citation', 'Thông tư 14/2025/TT-BYT có hiệu lực. Thông tư 14 bỏ bớt thủ tục.', [['Thông tư 14/2025/TT-BYT', '14/2025/TT-BYT'], ['Thông tư 14', '14/2025/TT-BYT']]],
  ['National Assembly resolution short form in a text that names the Politburo', 'Bộ Chính trị đã cho ý kiến. Nghị quyết số 136/2024/QH15 của Quốc hội về đô thị; Nghị quyết 136 mở cơ chế mới.', [['Nghị quyết số 136/2024/QH15', '136/2024/QH15'], ['Nghị quyết 136', '136/2024/QH15']]],
  ['a different year is a different decree', 'Nghị định 15/2018/NĐ-CP đã hết hiệu lực; Nghị định 15 năm 2024 thay thế.', [['Nghị định 15/2018/NĐ-CP', '15/2018/NĐ-CP'], ['Nghị định 15 năm 2024', '15/2024/NĐ-CP']]],
  ['a party short form still prefers the party citation', 'Chính phủ ban hành Nghị quyết số 44/NQ-CP để thực hiện Nghị quyết số 44-NQ/TW. Nghị quyết 44 là định hướng lớn.', [['Nghị quyết số 44/NQ-CP', '44/NQ-CP'], ['Nghị quyết số 44-NQ/TW', '44-NQ/TW'], ['Nghị quyết 44', '44-NQ/TW']]],
  ['a state sibling lends its issuer, not a party one', 'Quyết định 1509/QĐ-TTg và Quyết định 1511 cùng ngày ký.', [['Quyết định 1509/QĐ-TTg', '1509/QĐ-TTg'], ['Quyết định 1511', '1511/QĐ-TTg']]],
  ['"căn cứ" a state document, then another of its kind: the list goes on', 'Căn cứ Quyết định số 1509/QĐ-TTg và căn cứ Quyết định 1511 cùng ngày ký, Bộ ban hành kế hoạch.', [['Quyết định số 1509/QĐ-TTg', '1509/QĐ-TTg'], ['Quyết định 1511', '1511/QĐ-TTg']]],
  ['nor to a short form the next clause "bám sát" a state document for', 'Tổ công tác về thực hiện NQ52 họp hằng tháng; các sở bám sát Nghị quyết 09/NQ-CP của Chính phủ.', [['NQ52', '52-NQ'], ['Nghị quyết 09/NQ-CP', '09/NQ-CP']]],
];

/** A short form whose own words name its issuer is not the same-numbered citation of another issuer. */
const OWN_ISSUER_WINS: Row[] = [
  ['Prime Minister directive next to a party directive of the same number', 'Chỉ thị 07 của Thủ tướng và Chỉ thị số 07-CT/TW cùng được nhắc tới.', [['Chỉ thị 07', '07/CT-TTg'], ['Chỉ thị số 07-CT/TW', '07-CT/TW']]],
  ['provincial resolution next to a central one of the same number', 'Nghị quyết số 09-NQ/TW rất quan trọng. Nghị quyết 09 của Tỉnh ủy cụ thể hóa nó.', [['Nghị quyết số 09-NQ/TW', '09-NQ/TW'], ['Nghị quyết 09', '09-NQ/TU']]],
  ['a short form of a "/TƯ" citation settled as provincial is provincial too', 'Nghị quyết số 21-NQ/TƯ của Tỉnh ủy về cảng biển. Nghị quyết 21 đã đi vào cuộc sống.', [['Nghị quyết số 21-NQ/TƯ', '21-NQ/TU'], ['Nghị quyết 21', '21-NQ/TU']]],
  ['the same issuer still corefers', 'Nghị quyết số 09-NQ/TW rất quan trọng. Nghị quyết 09 của Bộ Chính trị nêu rõ.', [['Nghị quyết số 09-NQ/TW', '09-NQ/TW'], ['Nghị quyết 09', '09-NQ/TW']]],
];

/** Plenum names that list several plenums or several terms name one document each. */
const PLENUM_LISTS: Row[] = [
  ['several plenums, one term', 'Quán triệt Nghị quyết Trung ương 5, 6 và 7 khóa XII trong toàn Đảng bộ.', [['Nghị quyết Trung ương 5, 6 và 7 khóa XII', 'NQ-HNTW5-XII'], ['Nghị quyết Trung ương 5, 6 và 7 khóa XII', 'NQ-HNTW6-XII'], ['Nghị quyết Trung ương 5, 6 và 7 khóa XII', 'NQ-HNTW7-XII']]],
  ['one plenum, two terms', 'Đẩy mạnh thực hiện Nghị quyết Trung ương 4 khóa XI, XII về xây dựng Đảng.', [['Nghị quyết Trung ương 4 khóa XI, XII', 'NQ-HNTW4-XI'], ['Nghị quyết Trung ương 4 khóa XI, XII', 'NQ-HNTW4-XII']]],
  ['two terms, each with "khóa"', 'Nghị quyết Trung ương 4 khóa XI và khóa XII được sơ kết.', [['Nghị quyết Trung ương 4 khóa XI và khóa XII', 'NQ-HNTW4-XI'], ['Nghị quyết Trung ương 4 khóa XI và khóa XII', 'NQ-HNTW4-XII']]],
  ['two terms in parentheses', 'Nghị quyết Trung ương 4 (khóa XI, XII) là kim chỉ nam.', [['Nghị quyết Trung ương 4 (khóa XI, XII)', 'NQ-HNTW4-XI'], ['Nghị quyết Trung ương 4 (khóa XI, XII)', 'NQ-HNTW4-XII']]],
  ['ALL CAPS two terms', 'NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XI, XII', [['NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XI, XII', 'NQ-HNTW4-XI'], ['NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XI, XII', 'NQ-HNTW4-XII']]],
  ['dash before the term', 'Học tập Nghị quyết Trung ương 8 - khóa XIII tại chi bộ.', [['Nghị quyết Trung ương 8 - khóa XIII', 'NQ-HNTW8-XIII']]],
  ['a list of plenums needs a term to close it', 'Nghị quyết Trung ương 4, 5 năm qua đã thấm sâu.', [['Nghị quyết Trung ương 4', 'NQ-HNTW4']]],
  ['an Arabic number after the term is not another term', 'Nghị quyết Trung ương 6 khóa XII, 12 tỉnh đã sơ kết.', [['Nghị quyết Trung ương 6 khóa XII', 'NQ-HNTW6-XII']]],
  ['a lowercase word after the term is not another term', 'Nghị quyết Trung ương 7 khóa XII, xi măng và thép.', [['Nghị quyết Trung ương 7 khóa XII', 'NQ-HNTW7-XII']]],
];

/** English plenum and congress forms that do not start with the type word. */
const ENGLISH_PLENUM_CONGRESS: Row[] = [
  ['"Central Resolution N" is a plenum, not resolution N', 'Officials reviewed Central Resolution 7 on wage reform.', [['Central Resolution 7', 'NQ-HNTW7']]],
  ['ordinal plenum before the type word', 'the 7th Plenum Resolution of the 12th Party Central Committee was reviewed', [['7th Plenum Resolution of the 12th Party Central Committee', 'NQ-HNTW7-XII']]],
  ['plenum with the term in parentheses', 'the Resolution of the 6th Plenum of the Party Central Committee (13th tenure) on industry', [['Resolution of the 6th Plenum of the Party Central Committee (13th tenure)', 'NQ-HNTW6-XIII']]],
  ['"Party Congress" without "National"', 'guided by the 14th Party Congress Resolution', [['14th Party Congress Resolution', 'NQ-ĐH-XIV']]],
  ['a numbered resolution of the Central Committee is still numbered', 'Resolution 29 of the Central Committee on education', [['Resolution 29', '29-NQ/TW']]],
  ['"Central Resolution N" with its term after it', 'cadres studied the Central Resolution 5 of the 13th tenure on land', [['Central Resolution 5 of the 13th tenure', 'NQ-HNTW5-XIII']]],
  ['"Central Resolution N", term in parentheses', 'Central Resolution 6 (term XII) cut the apparatus', [['Central Resolution 6 (term XII)', 'NQ-HNTW6-XII']]],
  ['committee and ordinal before the type word', "the 11th Party Central Committee's fifth plenum resolution on social policy", [["11th Party Central Committee's fifth plenum resolution", 'NQ-HNTW5-XI']]],
  ['"Central Conference" for the plenum', 'under the resolution of the 8th Central Conference (13th tenure)', [['resolution of the 8th Central Conference (13th tenure)', 'NQ-HNTW8-XIII']]],
  ['the plenum meeting itself', 'the 8th plenum of the 13th Party Central Committee opened on Monday', []],
];

/** Type words that were missing: state and English ones, with a printed symbol. */
const MORE_TYPE_WORDS: Row[] = [
  ['Công điện', 'Công điện số 12/CĐ-TTg về ứng phó bão.', [['Công điện số 12/CĐ-TTg', '12/CĐ-TTg']]],
  ['joint resolution', 'Nghị quyết liên tịch số 03/2019/NQLT-CP-ĐCT được ký.', [['Nghị quyết liên tịch số 03/2019/NQLT-CP-ĐCT', '03/2019/NQLT-CP-ĐCT']]],
  ['joint circular', 'Thông tư liên tịch 08/2016/TTLT-BNV-BTC hướng dẫn.', [['Thông tư liên tịch 08/2016/TTLT-BNV-BTC', '08/2016/TTLT-BNV-BTC']]],
  ['joint resolution of four issuers, the last one long', 'Nghị quyết liên tịch số 404/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết.', [['Nghị quyết liên tịch số 404/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', '404/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN']]],
  ['English law with a number', 'Law No. 47/2024/QH15 on archives', [['Law No. 47/2024/QH15', '47/2024/QH15']]],
  ['English plan', 'Plan No. 27-KH/TW of the Secretariat', [['Plan No. 27-KH/TW', '27-KH/TW']]],
  ['English official dispatch', 'Official Dispatch No. 1560-CV/VPTW', [['Official Dispatch No. 1560-CV/VPTW', '1560-CV/VPTW']]],
  ['English words too common to stand alone', 'The plan 2 and law 5 and rule 3 were debated.', []],
];

/**
 * "Kết luận", "Quy định" are common words; a capitalised short form is a document when "số", a
 * date or a title follows, or when central bodies are named and the number ends the phrase.
 */
const CITED_COMMON_WORDS: Row[] = [
  ['title after the short form', 'Cán bộ phải thuộc Quy định 37 về những điều đảng viên không được làm.', [['Quy định 37', '37-QĐ']]],
  ['title, with central bodies in the text', 'Bộ Chính trị yêu cầu nghiêm túc. Mọi người thuộc Quy định 114 về kiểm soát quyền lực.', [['Quy định 114', '114-QĐ/TW']]],
  ['date after the short form', 'Kết luận 137 ngày 28/3/2025 yêu cầu hoàn thành sớm.', [['Kết luận 137', '137-KL']]],
  ['"số" before the number', 'Thực hiện Kết luận số 150, các tỉnh rà soát.', [['Kết luận số 150', '150-KL']]],
  ['central bodies and the number ends the phrase', 'Theo Kết luận 162, Bộ Chính trị giao Chính phủ chủ trì.', [['Kết luận 162', '162-KL/TW']]],
  ['a count after the word is not a document', 'Bộ Chính trị họp. Kết luận 2 vụ án, cơ quan điều tra chuyển hồ sơ.', []],
  ['a count in a headline', 'Ban Bí thư chỉ đạo. KẾT LUẬN 3 CUỘC THANH TRA', []],
  ['a rule about an age', 'Bộ Chính trị họp. Quy định 6 tuổi vào lớp 1 vẫn giữ.', []],
  ['lowercase common word stays out', 'Bộ Chính trị họp. Theo quy định 15 ngày phải báo cáo.', []],
  ['days are counts, dates are not', 'Chỉ thị 20 ngày cao điểm; Chỉ thị 21 ngày 3/5/2024 của Ban Bí thư.', [['Chỉ thị 21', '21-CT/TW']]],
  ['"lần" (times) is a count, "lan" (spread) is not', 'Bộ Chính trị họp. Chỉ thị 3 lần nhắc; CHỈ THỊ 4 LẦN NHẮC; NQ 57 lan rộng.', [['NQ 57', '57-NQ/TW']]],
  ['English units of time', 'The Politburo met. Resolution 5 minutes later, Decision 2 hours on.', []],
  ['a verb after the number is not a unit', 'Tinh thần NQ 57 lan tỏa, Nghị quyết 68 đột phá, Quy định 69 buộc tuân thủ; Bộ Chính trị nhấn mạnh.', [['NQ 57', '57-NQ/TW'], ['Nghị quyết 68', '68-NQ/TW']]],
];

/** Whose congress: what follows "Đại hội … lần thứ N" decides, and so does a number too high for a national one. */
const WHOSE_CONGRESS: Row[] = [
  ['the congress of a mass organisation', 'Nghị quyết Đại hội lần thứ VIII của Hội Nông dân Việt Nam đề ra.', []],
  ['the congress of the trade union', 'Nghị quyết Đại hội XIII Công đoàn Việt Nam', []],
  ['the congress of the Youth Union', 'Nghị quyết Đại hội lần thứ XII của Đoàn', []],
  ['the party\'s own congress', 'Nghị quyết Đại hội lần thứ XIII của Đảng', [['Nghị quyết Đại hội lần thứ XIII', 'NQ-ĐH-XIII']]],
  ['"Đảng bộ" after the term makes it local', 'Nghị quyết Đại hội lần thứ XVIII Đảng bộ tỉnh đã xác định.', [['Nghị quyết Đại hội lần thứ XVIII', 'NQ-ĐHĐB-XVIII']]],
  ['a number the national congress has not reached is local', 'Tỉnh quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XX.', [['Nghị quyết Đại hội XX', 'NQ-ĐHĐB-XX']]],
  ['English provincial congress', 'Resolution of the 17th provincial Party Congress', [['Resolution of the 17th provincial Party Congress', 'NQ-ĐHĐB-XVII']]],
];

/** Lowercase short forms with something that marks them as citations. */
const LOWERCASE_MARKED: Row[] = [
  ['a lowercase list is no count', 'Bộ Chính trị chỉ đạo sát sao; các nghị quyết 70, 71, 72 đi vào cuộc sống.', [['nghị quyết 70, 71, 72', '70-NQ/TW'], ['nghị quyết 70, 71, 72', '71-NQ/TW'], ['nghị quyết 70, 71, 72', '72-NQ/TW']]],
  ['lowercase with "số"', 'thực hiện nghị quyết số 39 trong năm.', [['nghị quyết số 39', '39-NQ']]],
  ['lowercase with a title', 'Bộ Chính trị nhấn mạnh; chỉ thị 46 về đấu tranh phòng chống tội phạm.', [['chỉ thị 46', '46-CT/TW']]],
  ['lowercase common word with "số" stays out', 'Bộ Chính trị nhấn mạnh; theo quy định số 3 về thời gian làm việc.', []],
  ['lowercase alone stays out', 'Bộ Chính trị nhấn mạnh; đã có nghị quyết 3 lần trước.', []],
];

/** Bodies outside the party and the state issue documents that are not mentions, whatever they are called. */
const NON_PARTY_BODIES: Row[] = [
  ['Youth Union secretariat starts like the party one', 'Chỉ thị 09 của Ban Bí thư Trung ương Đoàn về mùa hè xanh.', []],
  ['Youth Union central committee', 'Nghị quyết 04 của Ban Chấp hành Trung ương Đoàn được triển khai.', []],
  ['Youth Union secretariat does not make the text central', 'Ban Bí thư Trung ương Đoàn họp. Nghị quyết 04 về thanh niên được quán triệt.', [['Nghị quyết 04', '04-NQ']]],
  ['provincial Youth Union', 'Kế hoạch 31 của Tỉnh đoàn về tình nguyện.', []],
  ['company board', 'Nghị quyết số 07 của Hội đồng quản trị về chia cổ tức.', []],
  ['shareholders', 'Nghị quyết 02 của Đại hội đồng cổ đông thường niên.', []],
  ['trade union', 'Nghị quyết 03 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam.', []],
  ['women union', 'Chỉ thị 01 của Hội Liên hiệp Phụ nữ Việt Nam.', []],
  ['Fatherland Front', 'Nghị quyết 06 của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.', []],
  ['the party committee of a province, in words', 'Nghị quyết số 11 của Ban Chấp hành Đảng bộ tỉnh về du lịch.', [['Nghị quyết số 11', '11-NQ/TU']]],
  ['the standing committee of a province', 'Kết luận 42 của Thường trực Tỉnh ủy về giải phóng mặt bằng.', [['Kết luận 42', '42-KL/TU']]],
  ['body after "được"', 'Nghị quyết 61 được Bộ Chính trị ban hành tháng trước.', [['Nghị quyết 61', '61-NQ/TW']]],
  ['the standing secretariat', 'Chỉ thị 13 của Thường trực Ban Bí thư về tiếp dân.', [['Chỉ thị 13', '13-CT/TW']]],
];

/** Lists of full symbols written without a space after the comma. */
const TIGHT_LISTS: Row[] = [
  ['comma without a space between symbols', 'Quán triệt Nghị quyết số 71-NQ/TW,72-NQ/TW trong tháng.', [['Nghị quyết số 71-NQ/TW,72-NQ/TW', '71-NQ/TW'], ['Nghị quyết số 71-NQ/TW,72-NQ/TW', '72-NQ/TW']]],
  ['a decimal after a bare number is neither a list nor a document', 'Bộ Chính trị ban hành Nghị quyết 71,5 ngày sau đó.', []],
];

/**
 * A provincial paper names its Tỉnh ủy and the central bodies alike; a bare short form there is the
 * central document, unless its own sentence mixes issuers.
 */
const MIXED_CONTEXT: Row[] = [
  ['provincial paper, central short form', 'Ban Thường vụ Tỉnh ủy họp chuyên đề. Tỉnh tiếp tục thực hiện Nghị quyết 59 về hội nhập; Bộ Chính trị đã chỉ rõ yêu cầu.', [['Nghị quyết 59', '59-NQ/TW']]],
  ['provincial paper, its own document by symbol and a central short form', 'Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU. Cùng với đó, Kết luận 121 của Bộ Chính trị được quán triệt; Nghị quyết 71 cũng vậy.', [['Nghị quyết số 07-NQ/TU', '07-NQ/TU'], ['Kết luận 121', '121-KL/TW'], ['Nghị quyết 71', '71-NQ/TW']]],
  ['related-headline list of a provincial portal', 'Huyện ủy triển khai. Bộ Chính trị chỉ đạo.\nTin liên quan:\n- Nghị quyết 72: chăm sóc sức khỏe nhân dân', [['Nghị quyết 72', '72-NQ/TW']]],
  ['English "Central Committee" names the central bodies', 'The 13th Central Committee met in May. Resolution 60 merged provinces.', [['Resolution 60', '60-NQ/TW']]],
  ['the Youth Union Central Committee does not', 'The Youth Union Central Committee met in May. Resolution 6 on volunteers passed.', [['Resolution 6', '06-NQ']]],
  ['a local-only text settles nothing', 'Huyện ủy triển khai Nghị quyết 72 trong quý.', [['Nghị quyết 72', '72-NQ']]],
];

/** Header and metadata rows: a "Số …" line under a heading or a label is the symbol alone. */
const HEADER_ROWS: Row[] = [
  ['heading then number line', 'NGHỊ QUYẾT\nSố 79-NQ/TW\nvề phát triển kinh tế nhà nước', [['79-NQ/TW', '79-NQ/TW']]],
  ['metadata label then number row', 'Loại văn bản: Quy định\nSố hiệu: 296-QĐ/TW\nNgày ban hành: 30/5/2025', [['296-QĐ/TW', '296-QĐ/TW']]],
  ['a wrapped sentence with a lowercase "số" goes on', 'theo Kết luận\nsố 97-KL/TW của Bộ Chính trị', [['Kết luận\nsố 97-KL/TW', '97-KL/TW']]],
];

/** Symbols in the party shape whose issuer is a state body, and other lookalikes. */
const SYMBOL_LOOKALIKES: Row[] = [
  ['the type word\'s abbreviation in brackets before the number ("Nghị quyết (NQ) 28")', 'Tổng kết 10 năm thực hiện Nghị quyết (NQ) 28 của Ban Thường vụ Thành ủy về phát triển tổ chức đảng.', [['Nghị quyết (NQ) 28', '28-NQ/TU']]],
  ['a state symbol with spaces around its slash ("06 / CP")', 'Policies such as Resolution 06 / CP of the Government on drug control were issued.', [['Resolution 06 / CP', '06/CP']]],
  ['…or spaces on both sides of its dash ("11/NQ – CP"), before an issuer it names', 'The Government then issued No 14/NQ – CP on credit for farmers.', [['14/NQ – CP', '14/NQ-CP']]],
  ['a committee\'s công điện ("công điện số 07-CĐ/TU"): party', 'Tỉnh ủy ban hành công điện số 09-CĐ/TU về phòng, chống bão.', [['công điện số 09-CĐ/TU', '09-CĐ/TU']]],
  ['near miss: the Prime Minister\'s stays the state\'s', 'Thủ tướng ký Công điện số 48/CĐ-TTg về thúc đẩy tăng trưởng.', [['Công điện số 48/CĐ-TTg', '48/CĐ-TTg']]],
  ['near miss: a space after its hyphen, then words, not a code ("125/TB- Văn phòng …")', 'Theo Thông báo số 125/TB- Văn phòng UBND tỉnh, lịch họp được điều chỉnh.', []],
  ['…or a space after its hyphen alone ("2850/QĐ- BVHTTDL")', 'Bộ ban hành Quyết định số 2851/QĐ- BVHTTDL về lễ hội.', [['Quyết định số 2851/QĐ- BVHTTDL', '2851/QĐ-BVHTTDL']]],
  ['near miss: "12/NQ - Chính phủ" is no symbol with the words after its dash', 'Tỉnh triển khai Nghị quyết 12/NQ - Chính phủ đã ban hành hướng dẫn.', [['Nghị quyết 12', '12-NQ']]],
  ['…or a space before its hyphen ("673/QĐ -TTg")', 'Quyết định số 673/QĐ -TTg ngày 10/5/2011 của Thủ tướng Chính phủ được thực hiện.', [['Quyết định số 673/QĐ -TTg', '673/QĐ-TTg']]],
  ['a committee\'s code after a hyphen, as a state symbol is written: party', 'Huyện ủy ban hành Chỉ thị số 08/CT-HU về phòng dịch.', [['Chỉ thị số 08/CT-HU', '08-CT/HU']]],
  ['a central board\'s "TƯ" printed without its mark, the board named in words ("91-HD/BTGTU … của Ban Tuyên giáo Trung ương")', 'Hướng dẫn số 91- HD/BTGTU ngày 04/12/2009 của Ban Tuyên giáo Trung ương về học tập được triển khai.', [['Hướng dẫn số 91- HD/BTGTU', '91-HD/BTGTW']]],
  ['the same symbol printed again with no body of its own reads as the first time ("15-NQ/TU of the Political Bureau … In Resolution No. 15-NQ/TU, …")', 'Resolution No. 17-NQ/TU of the Political Bureau (term VIII) set goals. In Resolution No. 17-NQ/TU, the Political Bureau also defined them.', [['Resolution No. 17-NQ/TU', '17-NQ/TW'], ['Resolution No. 17-NQ/TU', '17-NQ/TW']]],
  ['near miss: printed again with a date and a subject of its own, it may be another document', 'Huyện ủy quán triệt Chỉ thị 19-CT/TU của Bộ Chính trị về học tập. Bên cạnh đó, huyện triển khai Chỉ thị số 19-CT/TU ngày 12/3/2021 về quản lý đất đai trên địa bàn tỉnh.', [['Chỉ thị 19-CT/TU', '19-CT/TW'], ['Chỉ thị số 19-CT/TU', '19-CT/TU']]],
  ['near miss: printed again with a province\'s committee, it is the province\'s', 'Resolution No. 18-NQ/TU of the Political Bureau set goals. Resolution No. 18-NQ/TU of the Provincial Party Committee followed.', [['Resolution No. 18-NQ/TU', '18-NQ/TW'], ['Resolution No. 18-NQ/TU', '18-NQ/TU']]],
  ['near miss: a province\'s board stays the province\'s', 'Hướng dẫn số 92-HD/BTGTU ngày 04/12/2009 của Ban Tuyên giáo Tỉnh ủy về học tập được triển khai.', [['Hướng dẫn số 92-HD/BTGTU', '92-HD/BTGTU']]],
  ['a committee\'s department\'s code after a hyphen ("24/KH-BTGTU"): party', 'Ban Tuyên giáo Tỉnh ủy ban hành Kế hoạch số 26/KH-BTGTU về tuyên truyền.', [['Kế hoạch số 26/KH-BTGTU', '26-KH/BTGTU']]],
  ['a steering committee\'s "-BCĐ" after a hyphen stays the state\'s', 'Ban Chỉ đạo ban hành Quyết định số 12/QĐ-BCĐ về phòng dịch.', [['Quyết định số 12/QĐ-BCĐ', '12/QĐ-BCĐ']]],
  ['English: "of the 12th National Assembly" names a state body', 'The land was merged under Resolution 15 of the 12th National Assembly.', [['Resolution 15', '15/NQ-QH']]],
  ['party-shaped symbol of a People\'s Committee is state', 'Quyết định số 215-QĐ/UBND của UBND huyện.', [['Quyết định số 215-QĐ/UBND', '215/QĐ-UBND']]],
  ['party-shaped symbol of a ministry is state', 'Công văn 4410-CV/BNV gửi các tỉnh.', [['Công văn 4410-CV/BNV', '4410/CV-BNV']]],
  ['a year beside a symbol fragment', 'Tổng kết năm 2024 NQ/TW các cấp.', []],
  ['a number with a letter is no document number', 'Nghị quyết 30a và Chương trình 135 được tổng kết.', []],
  ['English "Nos."', 'Resolutions Nos. 18 and 19 of the Party Central Committee', [['Resolutions Nos. 18 and 19', '18-NQ/TW'], ['Resolutions Nos. 18 and 19', '19-NQ/TW']]],
  ['a year in a TW symbol is a database habit, still party', 'Nghị quyết 23/2018/NQ-TW về công nghiệp quốc gia.', [['Nghị quyết 23/2018/NQ-TW', '23-NQ/TW']]],
  ['the merged propaganda and mass mobilisation commission', 'Hướng dẫn 23 của Ban Tuyên giáo và Dân vận Trung ương.', [['Hướng dẫn 23', '23-HD/BTGDVTW']]],
];

/** A plenum name next to the numbered resolution, in parentheses or after a dash, is that resolution. */
const PLENUM_APPOSITION: Row[] = [
  ['number in parentheses after the plenum name', 'Nghị quyết Trung ương 8 khóa XI (Nghị quyết 29-NQ/TW) về giáo dục.', [['Nghị quyết Trung ương 8 khóa XI', '29-NQ/TW'], ['Nghị quyết 29-NQ/TW', '29-NQ/TW']]],
  ['plenum name in parentheses after the number', 'Nghị quyết số 29-NQ/TW (Nghị quyết Trung ương 8 khóa XI) về giáo dục.', [['Nghị quyết số 29-NQ/TW', '29-NQ/TW'], ['Nghị quyết Trung ương 8 khóa XI', '29-NQ/TW']]],
  ['dash between them', 'Nghị quyết Trung ương 8 khóa XI – Nghị quyết 29-NQ/TW vẫn còn nguyên giá trị.', [['Nghị quyết Trung ương 8 khóa XI', '29-NQ/TW'], ['Nghị quyết 29-NQ/TW', '29-NQ/TW']]],
  ['a comma lists two documents', 'Thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết Trung ương 8 khóa XIII về văn hóa.', [['Nghị quyết số 57-NQ/TW', '57-NQ/TW'], ['Nghị quyết Trung ương 8 khóa XIII', 'NQ-HNTW8-XIII']]],
  ['two numbered resolutions in brackets after the plenum: it keeps its own key', 'Nghị quyết Trung ương 7 khóa XII về tiền lương (Nghị quyết số 27-NQ/TW) và bảo hiểm xã hội (Nghị quyết số 28-NQ/TW) đã tạo bước chuyển.', [['Nghị quyết Trung ương 7 khóa XII', 'NQ-HNTW7-XII'], ['Nghị quyết số 27-NQ/TW', '27-NQ/TW'], ['Nghị quyết số 28-NQ/TW', '28-NQ/TW']]],
  ['an unopened parenthesis after the term stays out of the span', '(xem Nghị quyết Trung ương 7 khóa XII) và tiếp tục.', [['Nghị quyết Trung ương 7 khóa XII', 'NQ-HNTW7-XII']]],
];

/** Words run together where a space was lost (page markup, PDF extraction). */
const GLUED_WORDS: Row[] = [
  ['Vietnamese word glued after the issuer', 'Nghị quyết số 45-NQ/TWngày 24/11/2023 được ban hành.', [['Nghị quyết số 45-NQ/TW', '45-NQ/TW']]],
  ['glued "của"', 'Kết luận số 83-KL/TWcủa Bộ Chính trị', [['Kết luận số 83-KL/TW', '83-KL/TW']]],
  ['glued after a provincial issuer', 'Kế hoạch 19-KH/TUtriển khai ngay.', [['Kế hoạch 19-KH/TU', '19-KH/TU']]],
  ['glued after TƯ', 'Chỉ thị 11-CT/TƯvề công tác dân vận', [['Chỉ thị 11-CT/TƯ', '11-CT/TW']]],
  ['glued after TƯ in NFD text', 'Chỉ thị 11-CT/TƯvề công tác dân vận'.normalize('NFD'), [['Chỉ thị 11-CT/TƯ'.normalize('NFD'), '11-CT/TW']]],
  ['mixed-case issuer is not cut', 'Chương trình 06-CTr/ThU của Thành ủy', [['Chương trình 06-CTr/ThU', '06-CTr/ThU']]],
  ['type word glued to the word before', 'thực hiệnNghị quyết 57 của Bộ Chính trị', [['Nghị quyết 57', '57-NQ/TW']]],
  ['English type word glued to the word before', 'priorities andResolution No. 72-NQ/TWof the Politburo', [['Resolution No. 72-NQ/TW', '72-NQ/TW']]],
  ['a type word inside a lowercase word is not one', 'the unresolution 12 and explanation 5', []],
  ['the space inside the type word lost', 'Nghịquyết số 42-NQ/TW và Kếtluận 90 của Bộ Chính trị', [['Nghịquyết số 42-NQ/TW', '42-NQ/TW'], ['Kếtluận 90', '90-KL/TW']]],
  ['doubled spaces inside the type word', 'Chỉ  thị  số  44 của Ban Bí thư', [['Chỉ  thị  số  44', '44-CT/TW']]],
];

/** Characters that look like the ones a symbol is made of. */
const LOOKALIKE_CHARACTERS: Row[] = [
  ['division slash', 'Nghị quyết số 30-NQ\u2215TW', [['Nghị quyết số 30-NQ\u2215TW', '30-NQ/TW']]],
  ['fraction slash', 'Kết luận 66-KL\u2044TW', [['Kết luận 66-KL\u2044TW', '66-KL/TW']]],
  ['fullwidth digits and letters', 'Chỉ thị số ３５－ＣＴ／ＴＷ', [['Chỉ thị số ３５－ＣＴ／ＴＷ', '35-CT/TW']]],
  ['Cyrillic capital Te for T', 'Nghị quyết số 36-NQ/\u0422W', [['Nghị quyết số 36-NQ/\u0422W', '36-NQ/TW']]],
  ['non-breaking and narrow spaces', 'Nghị\u00a0quyết số\u202f36-NQ/TW', [['Nghị\u00a0quyết số\u202f36-NQ/TW', '36-NQ/TW']]],
];


/** Number/year short forms: the year stands where the symbol would, and is part of the span. */
const NUMBER_YEAR: Row[] = [
  ['a regulation with its year', 'Chi bộ thôn Đồng Tâm học Quy định 80/2022 về phân cấp quản lý cán bộ.', [['Quy định 80/2022', '80-QĐ']]],
  ['lowercase, the year marks the citation', 'Ngành y tế rà soát việc thực hiện nghị quyết 20/2017 trong năm nay.', [['nghị quyết 20/2017', '20-NQ']]],
  ['a conclusion with its year, issuer named', 'Bộ Chính trị yêu cầu thực hiện Kết luận 165/2025 trước tháng 7.', [['Kết luận 165/2025', '165-KL/TW']]],
  ['near miss: a decree with its year is a state document', 'Nghị định 15/2020 quy định xử phạt vi phạm trong lĩnh vực bưu chính.', [['Nghị định 15/2020', '15/2020/NĐ-CP']]],
  ['near miss: a state symbol after the year', 'Quyết định 80/2022/QĐ-TTg được sửa đổi.', [['Quyết định 80/2022/QĐ-TTg', '80/2022/QĐ-TTg']]],
  ['near miss: a fraction is not a year', 'Quy định 5/100 đại biểu phải có mặt là không hợp lý.', []],
  ['a regulation that forbids: what a citation does', 'Quy định 145 nghiêm cấm việc can thiệp vào công tác thẩm định.', [['Quy định 145', '145-QĐ']]],
  ['a regulation closing its phrase', 'Theo Quy định 146, người đứng đầu phải chịu trách nhiệm.', [['Quy định 146', '146-QĐ']]],
  ['"QĐ" and "CT" in capitals with their issuer', 'Xử lý theo QĐ 147 của Bộ Chính trị về kiểm soát quyền lực; thực hiện CT 36 của Ban Bí thư.', [['QĐ 147', '147-QĐ/TW'], ['CT 36', '36-CT/TW']]],
  ['near miss: "QĐ" and "CT" with a number and nothing else', 'Công ty CT 36 nhận QĐ 12 về giao đất.', []],
  ['English: the Central Committee\'s plenary session, its term after it', "Officials studied the Resolution of the Party Central Committee's fourth plenary session (12th tenure) on ideology.", [["Resolution of the Party Central Committee's fourth plenary session (12th tenure)", 'NQ-HNTW4-XII']]],
  ['a plenum of two terms after "các khóa"', 'Nghị quyết Trung ương 4 các khóa XI, XII là kim chỉ nam.', [['Nghị quyết Trung ương 4 các khóa XI, XII', 'NQ-HNTW4-XI'], ['Nghị quyết Trung ương 4 các khóa XI, XII', 'NQ-HNTW4-XII']]],
  ['a plenum numbered in words before its term', 'Học tập Nghị quyết Trung ương bảy khóa XII về tiền lương.', [['Nghị quyết Trung ương bảy khóa XII', 'NQ-HNTW7-XII']]],
  ['a page\'s own numbered list: its labels are no documents', '1. Nghị quyết 18-NQ/TW; 2. Nghị quyết 19-NQ/TW; 3. Quyết định 03 của Chính phủ.', [['Nghị quyết 18-NQ/TW', '18-NQ/TW'], ['Nghị quyết 19-NQ/TW', '19-NQ/TW'], ['Quyết định 03', '03/QĐ-CP']]],
  ['forums\' "/BCT": the Politburo, for a resolution', 'Ai cũng nhắc NQ 57/BCT và Nghị quyết 68 của BCT.', [['NQ 57/BCT', '57-NQ/TW'], ['Nghị quyết 68', '68-NQ/TW']]],
  ['near miss: a ministry\'s "BCT" on a circular stays the state\'s', 'Thông tư 21/2023/TT-BCT được sửa đổi.', [['Thông tư 21/2023/TT-BCT', '21/2023/TT-BCT']]],
  ['invisible characters are never at a span\'s ends', 'Học Nghị quyết số 57-NQ/TW\u200b\u00ad của Bộ Chính trị.', [['Nghị quyết số 57-NQ/TW', '57-NQ/TW']]],
  ['a pair written with a slash (party-documents.md §9)', 'Có thể nói, Quy định 37/144 cùng với Quy định 41 tạo thành bộ khung đạo đức.', [['Quy định 37/144', '37-QĐ'], ['Quy định 37/144', '144-QĐ'], ['Quy định 41', '41-QĐ']]],
  ['a pair of directives with their issuer', 'Chỉ thị 05/35 của Bộ Chính trị được quán triệt.', [['Chỉ thị 05/35', '05-CT/TW'], ['Chỉ thị 05/35', '35-CT/TW']]],
  ['near miss: a fraction of a count', 'Kết luận 15/20 xã đạt chuẩn nông thôn mới.', []],
  ['near miss: a count after a short form is no item of its list', 'Theo Nghị quyết 18, 63 tỉnh được sắp xếp; thực hiện Nghị quyết 68 và 2 nghị định mới.', [['Nghị quyết 18', '18-NQ'], ['Nghị quyết 68', '68-NQ']]],
  ['near miss: a label of the page\'s own list', 'Nhiệm vụ: 3) Nghị quyết 18; 4) Triển khai Nghị quyết 68; 5) Khác.', [['Nghị quyết 18', '18-NQ'], ['Nghị quyết 68', '68-NQ']]],
  ['near miss: an agency\'s conclusion is not the Party\'s', 'Kết luận số 25 của Kiểm toán Nhà nước nêu sai phạm; Quy định số 8 của Bộ Y tế được áp dụng.', []],
  ['a list ending a heading, the next line capitalised', 'Tinh thần của 4 Nghị quyết 59, 70, 71 và 72\n\nTinh thần xuyên suốt là đổi mới.', [['Nghị quyết 59, 70, 71 và 72', '59-NQ'], ['Nghị quyết 59, 70, 71 và 72', '70-NQ'], ['Nghị quyết 59, 70, 71 và 72', '71-NQ'], ['Nghị quyết 59, 70, 71 và 72', '72-NQ']]],
  ['a capitalised list of two conclusions, no issuer named', 'Kết luận 42 và 43 đều được ký cùng ngày.', [['Kết luận 42 và 43', '42-KL'], ['Kết luận 42 và 43', '43-KL']]],
  ['near miss: a list of counts', 'Kết luận 2 và 3 vụ việc được công bố.', []],
  ['a conclusion joined to a resolution, neither with its issuer', 'Đảng ủy xã học tập Kết luận 215 và Nghị quyết 66 tới từng chi bộ.', [['Kết luận 215', '215-KL'], ['Nghị quyết 66', '66-NQ']]],
  ['near miss: a count joined to a resolution', 'Đoàn kiểm tra kết luận 4 và Nghị quyết 66 được nhắc lại.', [['Nghị quyết 66', '66-NQ']]],
  ['near miss: a count of days after "quy định"', 'Quy định 30 ngày làm việc được áp dụng cho hồ sơ này.', []],
];

/** A short form takes an issuer only from its own passage. */
const ISSUER_NEVER_BORROWED: Row[] = [
  ['no issuer named anywhere', 'Nhiều địa phương chuyển đổi số theo tinh thần Nghị quyết 57 và Quy định 08.', [['Nghị quyết 57', '57-NQ'], ['Quy định 08', '08-QĐ']]],
  ['the General Secretary is not an issuer', 'Tổng Bí thư nhấn mạnh Nghị quyết 57 là đột phá.', [['Nghị quyết 57', '57-NQ']]],
  ['a term alone means the Central Committee', 'Nghị quyết 33 (khóa 11) về văn hóa vẫn còn nguyên giá trị.', [['Nghị quyết 33', '33-NQ/TW']]],
  ['near miss: a term alone in a passage about a provincial committee', 'Tỉnh ủy Bình Lâm sơ kết Nghị quyết 05 (khóa XX) về du lịch.', [['Nghị quyết 05', '05-NQ/TU']]],
  ['a term alone in a passage about a town committee', 'Thị ủy Bình Lâm sơ kết Nghị quyết 03 (khóa XX) về đô thị.', [['Nghị quyết 03', '03-NQ/ThU']]],
  ['a citable word joined after its sibling\'s issuer phrase', 'Chỉ thị 05 của Bộ Chính trị và Kết luận 01 được quán triệt.', [['Chỉ thị 05', '05-CT/TW'], ['Kết luận 01', '01-KL/TW']]],
  ['a bare conclusion followed by what follows a citation', 'Sau khi Kết luận 121 được ban hành, các sở lập phương án.', [['Kết luận 121', '121-KL']]],
  ['…its month and year ("tháng 1/2025"), not a count of months', 'Sau đó có Kết luận 121 tháng 1/2025 về sắp xếp.', [['Kết luận 121', '121-KL']]],
  ['…"cho thấy"', 'Kết quả lấy phiếu theo Quy định 262 cho thấy tín nhiệm cao.', [['Quy định 262', '262-QĐ']]],
  ['…"quy định" (what a regulation does) and "gồm"', 'Đảng viên phải gương mẫu. Quy định 262 quy định rõ ba tiêu chí. Quy định 285 gồm năm chương.', [['Quy định 262', '262-QĐ'], ['Quy định 285', '285-QĐ']]],
  ['a headline that ends in the number: the next line\'s first word is no count\'s noun', 'Chỉ thị 38\n\nĐiều chỉnh lịch đại hội chi bộ\n\nTheo Chỉ thị 38 của Bộ Chính trị, các chi bộ họp trước tháng 5.', [['Chỉ thị 38', '38-CT/TW'], ['Chỉ thị 38', '38-CT/TW']]],
  ['near miss: a count of articles on one line', 'Dự thảo có Quy định 12 điều về thi đua khen thưởng.', []],
  ['"lần đầu tiên" after the number is "for the first time", not a count of times', 'Nghị quyết số 84-NQ/TW về văn hóa được ban hành. Nghị quyết 84 lần đầu tiên đưa ra hai phạm trù mới.', [['Nghị quyết số 84-NQ/TW', '84-NQ/TW'], ['Nghị quyết 84', '84-NQ/TW']]],
  ['near miss: a count of months', 'Kết luận 12 tháng qua cho thấy nhiều tiến bộ.', []],
  ['near miss: one digit and a noun', 'Quy định 3 điều kiện được nêu rõ.', []],
  ['a kind of resolution between the word and its number', 'Huyện ủy ban hành Nghị quyết chuyên đề số 07 về nông thôn mới.', [['Nghị quyết chuyên đề số 07', '07-NQ/HU']]],
  ['a plan dated without its year, then its issuer in words', 'Các huyện thực hiện Kế hoạch số 80 ngày 24/11 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.', [['Kế hoạch số 80', '80-KH/TU']]],
  ['"CtrHĐ", an action programme\'s code', 'Triển khai Chương trình hành động số 02-CtrHĐ/TU ngày 16/8/2025 của Thành ủy.', [['Chương trình hành động số 02-CtrHĐ/TU', '02-CTrHĐ/TU']]],
  ['a resolution "vừa được Quốc hội thông qua" is the Assembly\'s', 'Nghị quyết 197 vừa được Quốc hội thông qua đã quy định một số cơ chế đặc thù.', [['Nghị quyết 197', '197/NQ-QH']]],
  ['near miss: "đã được Chính phủ cụ thể hóa" does not make a party resolution the Government\'s', 'Nghị quyết 57 đã được Chính phủ cụ thể hóa bằng một chương trình hành động.', [['Nghị quyết 57', '57-NQ']]],
  ['a list whose issuer is a mass organisation\'s central committee: none of it the Party\'s', 'Hội viên học tập Nghị quyết số 10 về nông dân tham gia xây dựng nông thôn mới và Nghị quyết số 14 của Trung ương Hội Nông dân Việt Nam.', []],
  ['"Đoàn giám sát Quốc hội thực hiện Nghị quyết 88, Nghị quyết 51": the Assembly\'s resolutions', 'Đoàn giám sát Quốc hội thực hiện Nghị quyết 88, Nghị quyết 51 đã ghi nhận nhiều kết quả.', [['Nghị quyết 88', '88/NQ-QH'], ['Nghị quyết 51', '51/NQ-QH']]],
  ['…"công tác" of a work programme', 'Chương trình công tác số 04 của Huyện ủy Bình Lâm về chuyển đổi số được triển khai.', [['Chương trình công tác số 04', '04-CTr/HU']]],
  ['near miss: "công tác" with no "số" and no number of its own', 'Chương trình công tác năm 2025 của Huyện ủy có 12 nội dung.', []],
  ['a central department that "has" a dispatch with its year', 'Ban Tổ chức Trung ương đã có Công văn 8011/2025 gửi các tỉnh.', [['Công văn 8011/2025', '8011-CV/BTCTW']]],
  ['near miss: a count joined to nothing', 'Kết luận 2 vụ án được công bố.', []],
  ['an issuer named in the passage', 'Các tỉnh thực hiện Nghị quyết 57 của Bộ Chính trị một cách quyết liệt.', [['Nghị quyết 57', '57-NQ/TW']]],
];

/** Lists in brackets and English lists: one mention per document, sharing the list's span. */
const BRACKET_LISTS: Row[] = [
  ['a bracketed list, no issuer', 'Bốn nghị quyết (66, 68, 57, 59) được xem là nền tảng mới.', [['nghị quyết (66, 68, 57, 59)', '66-NQ'], ['nghị quyết (66, 68, 57, 59)', '68-NQ'], ['nghị quyết (66, 68, 57, 59)', '57-NQ'], ['nghị quyết (66, 68, 57, 59)', '59-NQ']]],
  ['a bracketed list of the Politburo', 'Các Nghị quyết (57, 59) của Bộ Chính trị mở đường.', [['Nghị quyết (57, 59)', '57-NQ/TW'], ['Nghị quyết (57, 59)', '59-NQ/TW']]],
  ['an English bracketed list', 'The Politburo\'s Resolutions (57, 59, 66 and 68) were discussed.', [['Resolutions (57, 59, 66 and 68)', '57-NQ/TW'], ['Resolutions (57, 59, 66 and 68)', '59-NQ/TW'], ['Resolutions (57, 59, 66 and 68)', '66-NQ/TW'], ['Resolutions (57, 59, 66 and 68)', '68-NQ/TW']]],
  ['near miss: a bracketed remark is no list', 'Nghị quyết (dự thảo) được gửi lấy ý kiến.', []],
  ['near miss: one number in brackets', 'Kết luận (2) nêu rõ yêu cầu.', []],
];

/** English plenum forms and plenum abbreviations. */
const PLENUM_FORMS: Row[] = [
  ['English: a plenum named with its number in apposition, "(No. 24-NQ/TW)", is that resolution', 'They studied the Resolution of the 7th plenum of the 11th Central Committee on climate change (No. 24-NQ/TW) last year.', [['Resolution of the 7th plenum of the 11th Central Committee', '24-NQ/TW'], ['24-NQ/TW', '24-NQ/TW']]],
  ['a space lost between the type word and a plenum\'s words ("Nghị quyếtTrung ương 4 khóa XI")', 'Chi bộ học tập theo tinh thần Nghị quyếtTrung ương 4 khóa XI về xây dựng Đảng.', [['Nghị quyếtTrung ương 4 khóa XI', 'NQ-HNTW4-XI']]],
  ['the plenum\'s number in Roman numerals after "lần thứ", and "Ban chấp hành TƯ"', 'Chi bộ học tập Nghị quyết Hội nghị lần thứ VI Ban chấp hành TƯ Đảng khóa X về nông nghiệp.', [['Nghị quyết Hội nghị lần thứ VI Ban chấp hành TƯ Đảng khóa X', 'NQ-HNTW6-X']]],
  ['"Nghị quyết Hội nghị lần thứ VI" later refers back to the Central Committee\'s plenum named in full', 'Chi bộ học tập Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa X. Sau đó, xã triển khai Nghị quyết Hội nghị lần thứ VI.', [['Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa X', 'NQ-HNTW6-X'], ['Nghị quyết Hội nghị lần thứ VI', 'NQ-HNTW6-X']]],
  ['"các nghị quyết, kết luận của Hội nghị Trung ương 6": the meeting\'s documents as a set, no mention', 'Chi bộ thông qua chương trình thực hiện các nghị quyết, kết luận của Hội nghị Trung ương 6, khóa XIII.', []],
  ['near miss: "Các nghị quyết Trung ương 6 khóa XII gồm …" names them', 'Các nghị quyết Trung ương 6 khóa XII gồm bốn văn bản quan trọng.', [['nghị quyết Trung ương 6 khóa XII', 'NQ-HNTW6-XII']]],
  ['a bare "Nghị quyết 4" after "Nghị quyết Trung ương 4 (khóa XI)" is that plenum\'s', 'Đảng ủy quán triệt Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng, nhằm thực hiện có hiệu quả Nghị quyết 4 trong toàn khối.', [['Nghị quyết Trung ương 4 (khóa XI)', 'NQ-HNTW4-XI'], ['Nghị quyết 4', 'NQ-HNTW4-XI']]],
  ['near miss: "Nghị quyết số 4 của Tỉnh ủy" is the province\'s numbered one', 'Chi bộ học Nghị quyết Trung ương 4 khóa XII. Nghị quyết số 4 của Tỉnh ủy về giao thông cũng được triển khai.', [['Nghị quyết Trung ương 4 khóa XII', 'NQ-HNTW4-XII'], ['Nghị quyết số 4', '04-NQ/TU']]],
  ['a plenum named by its number in words in a citation\'s issuer phrase ("của Hội nghị Trung ương Ba (khóa X)") ties it', 'Nghị quyết số 04-NQ/TW, ngày 21/8/2006 của Hội nghị Trung ương Ba (khóa X) về chống tham nhũng; tiếp tục thực hiện Nghị quyết Hội nghị lần thứ Ba Ban Chấp hành Trung ương Đảng khóa X.', [['Nghị quyết số 04-NQ/TW', '04-NQ/TW'], ['Nghị quyết Hội nghị lần thứ Ba Ban Chấp hành Trung ương Đảng khóa X', '04-NQ/TW']]],
  ['near miss: "nhưng" (but) is no plural ("…, nhưng nghị quyết Hội nghị Trung ương 8 khóa XIII …")', 'Nhiều nơi chậm triển khai, nhưng nghị quyết Hội nghị Trung ương 8 khóa XIII về bảo vệ Tổ quốc đã được quán triệt.', [['nghị quyết Hội nghị Trung ương 8 khóa XIII', 'NQ-HNTW8-XIII']]],
  ['near miss: a plural naming two terms\' plenums names them', 'Đảng ủy quán triệt những nghị quyết Hội nghị Trung ương 4 khóa XI và khóa XII về xây dựng Đảng.', [['nghị quyết Hội nghị Trung ương 4 khóa XI và khóa XII', 'NQ-HNTW4-XI'], ['nghị quyết Hội nghị Trung ương 4 khóa XI và khóa XII', 'NQ-HNTW4-XII']]],
  ['near miss: "BCH TU" without its horn is a Tỉnh ủy\'s', 'Huyện tiếp tục thực hiện Nghị quyết Hội nghị lần thứ 8 BCH TU khóa XX về phát triển nông nghiệp.', []],
  ['near miss: a mass organisation\'s Central Committee ("… Trung ương Hội Nông dân Việt Nam")', 'Hội thảo về Nghị quyết Hội nghị lần thứ IV Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VIII.', []],
  ['a commune carrying out the Central Committee\'s plenum holds no meeting of its own: the reference back stays the Central Committee\'s', 'Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII về chỉnh đốn Đảng, Đảng ủy xã đã ban hành kế hoạch. Sau 5 năm thực hiện Nghị quyết Hội nghị lần thứ 4, suy thoái được đẩy lùi.', [['Nghị quyết Hội nghị Trung ương 4 khóa XII', 'NQ-HNTW4-XII'], ['Nghị quyết Hội nghị lần thứ 4', 'NQ-HNTW4-XII']]],
  ['near miss: a bare "Nghị quyết 4" with a term of its own is not the plenum named before', 'Quán triệt Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng. Đến nay, Nghị quyết 4 khóa XII cũng đã được triển khai.', [['Nghị quyết Trung ương 4 khóa XI', 'NQ-HNTW4-XI'], ['Nghị quyết 4', '04-NQ/TW']]],
  ['a plenum\'s number as the word "tư" right before its term ("Nghị quyết Trung ương tư khóa XII")', 'Chi bộ học tập Nghị quyết Trung ương tư khóa XII về xây dựng Đảng.', [['Nghị quyết Trung ương tư khóa XII', 'NQ-HNTW4-XII']]],
  ['"Ban chấp hành tư" in lowercase with its horn is the Central Committee', 'Chi bộ học Nghị quyết Hội nghị lần thứ 4 Ban chấp hành tư khóa XII.', [['Nghị quyết Hội nghị lần thứ 4 Ban chấp hành tư khóa XII', 'NQ-HNTW4-XII']]],
  ['near miss: with no plenum of the Central Committee named before, "Nghị quyết Hội nghị lần thứ 4" is nobody\'s', 'Xã triển khai Nghị quyết Hội nghị lần thứ 4 về giao thông nông thôn.', []],
  ['near miss: nor when a province\'s committee was named since ("… Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4 và ban hành Nghị quyết Hội nghị lần thứ 4")', 'Thực hiện Nghị quyết Trung ương 4 khóa XIII, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4 và ban hành Nghị quyết Hội nghị lần thứ 4 về chuyển đổi số.', [['Nghị quyết Trung ương 4 khóa XIII', 'NQ-HNTW4-XIII']]],
  ['near miss: nor when a province\'s committee follows it', 'Chi bộ học tập Nghị quyết Trung ương 4 khóa XII. Tỉnh thực hiện Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ tỉnh.', [['Nghị quyết Trung ương 4 khóa XII', 'NQ-HNTW4-XII']]],
  ['"Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X": the meeting\'s number without "Hội nghị"', 'Chi bộ quán triệt những nội dung cơ bản của Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X.', [['Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X', 'NQ-HNTW7-X']]],
  ['near miss: a province\'s "Nghị quyết lần thứ 2 của Ban Chấp hành Đảng bộ tỉnh"', 'Nghị quyết lần thứ 2 của Ban Chấp hành Đảng bộ tỉnh khóa XVI được triển khai.', []],
  ['the meeting that adopted a resolution cited by its short form ties the plenum to it', 'Chương trình hành động thực hiện Nghị quyết Trung ương 7 về nông nghiệp. Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa X đã ban hành Nghị quyết số 26 về nông nghiệp.', [['Nghị quyết Trung ương 7', '26-NQ/TW'], ['Nghị quyết số 26', '26-NQ/TW']]],
  ['near miss: a province\'s meeting ties no central plenum', 'Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XVI đã ban hành Nghị quyết số 27 về du lịch.', [['Nghị quyết số 27', '27-NQ/TU']]],
  ['English: a plenum and its term both in words (a text with neither digit nor numeral)', 'They studied the Resolution of the Fourth Plenum of the Twelfth Party Central Committee.', [['Resolution of the Fourth Plenum of the Twelfth Party Central Committee', 'NQ-HNTW4-XII']]],
  ['English: the term as an ordinal in words ("the ninth Party Central Committee\'s fifth meeting"), no digit anywhere', 'Cadres studied the Resolution of the ninth Party Central Committee\'s fifth meeting on collective farms.', [['Resolution of the ninth Party Central Committee\'s fifth meeting', 'NQ-HNTW5-IX']]],
  ['English: "the fifth plenary meeting\'s Resolution"', 'The Party Central Committee then adopted the fifth plenary meeting\'s Resolution on land.', [['fifth plenary meeting\'s Resolution', 'NQ-HNTW5']]],
  ['English: "Session XIII" after a plenum, a translation of "khóa XIII"', 'The ministry carries out the Resolution of the 11th Central Conference, Session XIII, on the plan.', [['Resolution of the 11th Central Conference, Session XIII', 'NQ-HNTW11-XIII']]],
  ['near miss: a local committee studying the Central Committee\'s plenum ("… held a conference to study the eighth plenum\'s resolution")', 'The Provincial Party Committee held a conference to study the eighth plenum\'s resolution on defence.', [['eighth plenum\'s resolution', 'NQ-HNTW8']]],
  ['near miss: a mass organisation\'s plenum is its own ("The Women\'s Union Central Committee adopted its fifth plenary meeting\'s resolution")', 'The Vietnam Women\'s Union Central Committee adopted its fifth plenary meeting\'s resolution on gender equality.', []],
  ['near miss: "session" before a word is no term ("… fourth plenum session in Hanoi")', 'Officials studied the Resolution of the Party Central Committee\'s fourth plenum session in Hanoi last week.', [['Resolution of the Party Central Committee\'s fourth plenum', 'NQ-HNTW4']]],
  ['near miss: a local committee\'s plenum ("The Hanoi Party Committee adopted its fifth plenum\'s resolution")', 'The Hanoi Party Committee adopted its fifth plenum\'s resolution on traffic.', []],
  ['English: "the 12th Party Resolution" is the 12th Party Congress\'s', 'Cadres studied the 12th Party Resolution in every commune.', [['12th Party Resolution', 'NQ-ĐH-XII']]],
  ['near miss: "the 8th Party Resolution (11th tenure)" is a plenum\'s, no Congress\'s', 'The province has worked to realise the 8th Party Resolution (11th tenure) on education.', []],
  ['near miss: nor a low number ("the 4th Party Resolution")', 'Localities studied the 4th Party Resolution on Party building.', []],
  ['near miss: not another organisation\'s ("… of the Women\'s Union")', 'Members studied the 12th Party Resolution of the Women\'s Union in spring.', []],
  ['English: an ordinal with its suffix spaced off ("the CPVCC\'s 4 th meeting")', 'In the spirit of the Resolution of the 11th CPVCC\'s 4 th meeting, cadres reviewed their work.', [['Resolution of the 11th CPVCC\'s 4 th meeting', 'NQ-HNTW4-XI']]],
  ['English: "the 10 th Congress\'s Resolution"', 'Targets of the 10 th Congress\'s Resolution (2006-2010) were met.', [['10 th Congress\'s Resolution', 'NQ-ĐH-X']]],
  ['English: "Resolution of 13th National Party Congress" (a headline without "the")', 'City moves to implement Resolution of 13th National Party Congress', [['Resolution of 13th National Party Congress', 'NQ-ĐH-XIII']]],
  ['English: "the Resolution adopted at the 13th National Party Congress"', 'The action programme carries out the Resolution adopted at the 13th National Party Congress in 2021.', [['Resolution adopted at the 13th National Party Congress', 'NQ-ĐH-XIII']]],
  ['English: "the 11th CPVCC\'s fourth plenum" (the Central Committee abbreviated)', 'After the Resolution of the 11th CPVCC\'s fourth plenum on Party building was issued, cadres studied it.', [['Resolution of the 11th CPVCC\'s fourth plenum', 'NQ-HNTW4-XI']]],
  ['English: a city\'s plenum is not the Central Committee\'s', 'They studied the resolution of the 10th plenum of the Hanoi Party Committee.', []],
  ['English: nor a front\'s', 'They studied the resolution of the 3rd plenum of the Vietnam Fatherland Front Central Committee.', []],
  ['English: "the resolution of the 5th party plenum", no term', 'Culture grew as stated in the resolution of the 5th party plenum.', [['resolution of the 5th party plenum', 'NQ-HNTW5']]],
  ['English: "Resolution 4 of the Central Committee (term XI)" is the fourth plenum\'s', 'It went with Resolution 4 of the Central Committee (term XI) on Party building.', [['Resolution 4 of the Central Committee (term XI)', 'NQ-HNTW4-XI']]],
  ['English: no term holds a 27th plenum', 'Wages follow Resolution 27 of the Central Committee (12th tenure).', [['Resolution 27', '27-NQ/TW']]],
  ['English: a province\'s plenum is not the Central Committee\'s', 'It followed the resolution of the 5th plenum of the provincial Party Committee.', []],
  ['English: the meeting that adopted it ties the plenum to its number (it closed, adopting …)', 'The 12th Party Central Committee\'s 7th plenum closed on May 12, 2018, adopting Resolution No. 27-NQ/TW on wages. Officials said the Resolution of the 7th plenum would take effect soon.', [['Resolution No. 27-NQ/TW', '27-NQ/TW'], ['Resolution of the 7th plenum', '27-NQ/TW']]],
  ['English: "at its 7th plenum, the 12th Party Central Committee adopted …"', 'At its 7th plenum, the 12th Party Central Committee adopted Resolution No. 27-NQ/TW on wages. The Resolution of the 7th plenum is being carried out.', [['Resolution No. 27-NQ/TW', '27-NQ/TW'], ['Resolution of the 7th plenum', '27-NQ/TW']]],
  ['resolution N of the Nth Central Committee', 'Resolution 6 of the 12th Central Committee set new goals for population work.', [['Resolution 6 of the 12th Central Committee', 'NQ-HNTW6-XII']]],
  ['plenum of the committee\'s resolution, then its short reference', 'The 8th Plenum of the 13th Party Central Committee\'s Resolution guides defence work. The 8th Plenum\'s Resolution was reviewed.', [['8th Plenum of the 13th Party Central Committee\'s Resolution', 'NQ-HNTW8-XIII'], ['8th Plenum\'s Resolution', 'NQ-HNTW8-XIII']]],
  ['near miss: a numbered resolution with its symbol', 'Resolution No. 6-NQ/TW of the Politburo was issued.', [['Resolution No. 6-NQ/TW', '06-NQ/TW']]],
  ['the plenum\'s number before "Central Resolution", its term after', 'The army reviewed ten years of the 8th Central Resolution (9th tenure) on defence.', [['8th Central Resolution (9th tenure)', 'NQ-HNTW8-IX']]],
  ['near miss: a "central resolution" of some other body, with no "the" before its number', 'Item 8th central resolution draft was uploaded.', []],
  ['a list of plenum-named resolutions, its term printed once after the last', 'Đảng bộ tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 4 và Nghị quyết Hội nghị Trung ương 9 khóa XI.', [['Nghị quyết Hội nghị Trung ương 4', 'NQ-HNTW4-XI'], ['Nghị quyết Hội nghị Trung ương 9 khóa XI', 'NQ-HNTW9-XI']]],
  ['near miss: a plenum in another clause keeps no term of the next', 'Nghị quyết Trung ương 4 đã đi vào cuộc sống, còn Nghị quyết Trung ương 9 khóa XI thì chưa.', [['Nghị quyết Trung ương 4', 'NQ-HNTW4'], ['Nghị quyết Trung ương 9 khóa XI', 'NQ-HNTW9-XI']]],
  ['NQTW glued to its number', 'Đảng bộ tiếp tục thực hiện NQTW7 khóa XI về công tác cán bộ.', [['NQTW7 khóa XI', 'NQ-HNTW7-XI']]],
  ['NQ TW with spaces', 'Kết quả thực hiện NQ TW 4 khóa XII được báo cáo.', [['NQ TW 4 khóa XII', 'NQ-HNTW4-XII']]],
  ['near miss: lowercase nqtw is no abbreviation', 'Tệp nqtw7.pdf đã được tải lên.', []],
];

/** More types and issuers in words. */
const TYPES_AND_ISSUERS: Row[] = [
  ['an action programme printed CTHĐ', 'Tỉnh ủy ban hành Chương trình hành động số 21-CTHĐ/TU để thực hiện.', [['Chương trình hành động số 21-CTHĐ/TU', '21-CTHĐ/TU']]],
  ['Đảng ủy Khối in words', 'Đảng ủy Khối các cơ quan Trung ương ban hành Kế hoạch số 30 để triển khai.', [['Kế hoạch số 30', '30-KH/ĐUK']]],
  ['Ban cán sự đảng in words', 'Ban cán sự đảng Bộ Xây dựng ban hành Nghị quyết số 11 về quy hoạch cán bộ.', [['Nghị quyết số 11', '11-NQ/BCSĐ']]],
  ['a legacy issuer code kept as printed', 'Nghị quyết số 03-NQ/HNTW ngày 18/6/1997 vẫn được nhắc lại.', [['Nghị quyết số 03-NQ/HNTW', '03-NQ/HNTW']]],
];

/** Damaged text: letters dropped by bad encodings, split headings, old spellings. */
const DAMAGED_TEXT: Row[] = [
  ['a dropped letter in the type word', 'Chi bộ học tập Ngh quyết số 45-NQ/TW của Ban Chấp hành Trung ương.', [['Ngh quyết số 45-NQ/TW', '45-NQ/TW']]],
  ['a split capital word in a heading', 'K ÉT LUẬN SỐ 14-KL/TW CỦA BỘ CHÍNH TRỊ', [['K ÉT LUẬN SỐ 14-KL/TW', '14-KL/TW']]],
  ['a congress name with dropped letters', 'Quán triệt Nghị quyết Đại hội đại biu toàn quc lần thứ XIII của Đảng.', [['Nghị quyết Đại hội đại biu toàn quc lần thứ XIII', 'NQ-ĐH-XIII']]],
  ['the old spelling Qui định', 'Đảng viên thực hiện Qui định số 37-QĐ/TW về những điều không được làm.', [['Qui định số 37-QĐ/TW', '37-QĐ/TW']]],
];

/** Old government symbols without a type code, and press licences. */
const STATE_LOOKALIKES: Row[] = [
  ['an old government resolution', 'Nghị quyết số 38/CP năm 1994 về cải cách thủ tục hành chính.', [['Nghị quyết số 38/CP', '38/CP']]],
  ['an old Prime Minister decision', 'Theo Quyết định số 12/TTg, các bộ báo cáo hằng quý.', [['Quyết định số 12/TTg', '12/TTg']]],
  ['a press licence is no document', 'Giấy phép số 512/GP-BTTTT do Bộ cấp ngày 5/3/2021.', []],
];

describe.each([
  ['state short forms corefer with state citations', STATE_COREFERENCE],
  ['own issuer wins over coreference', OWN_ISSUER_WINS],
  ['plenum lists and several terms', PLENUM_LISTS],
  ['English plenum and congress forms', ENGLISH_PLENUM_CONGRESS],
  ['more type words', MORE_TYPE_WORDS],
  ['common words cited as documents', CITED_COMMON_WORDS],
  ['whose congress', WHOSE_CONGRESS],
  ['lowercase short forms marked as citations', LOWERCASE_MARKED],
  ['bodies outside the party and the state', NON_PARTY_BODIES],
  ['lists without spaces', TIGHT_LISTS],
  ['provincial and central bodies in one text', MIXED_CONTEXT],
  ['header and metadata rows', HEADER_ROWS],
  ['symbol lookalikes', SYMBOL_LOOKALIKES],
  ['plenum names in apposition', PLENUM_APPOSITION],
  ['words run together', GLUED_WORDS],
  ['lookalike characters', LOOKALIKE_CHARACTERS],
  ['number/year short forms', NUMBER_YEAR],
  ['issuer never borrowed', ISSUER_NEVER_BORROWED],
  ['lists in brackets and English lists', BRACKET_LISTS],
  ['English plenum forms and plenum abbreviations', PLENUM_FORMS],
  ['more types and issuers in words', TYPES_AND_ISSUERS],
  ['damaged text', DAMAGED_TEXT],
  ['old government symbols and press licences', STATE_LOOKALIKES],
] as const)('%s', (_name, rows) => {
  it.each(rows as Row[])('%s', (_what, text, expected) => {
    expect(keysOf(text)).toEqual(expected);
  });
});

describe('party and state stay apart', () => {
  it('reports a state short form as party: false', () => {
    const r = extractReferences('Bộ Chính trị chỉ đạo. Nghị định số 73/2024/NĐ-CP; theo Nghị định 73, lương tăng.');
    expect(r.documents.map((d) => [d.key, d.party])).toEqual([['73/2024/NĐ-CP', false]]);
  });
});
