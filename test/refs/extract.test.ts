import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';

/** [what, text, expected [span, key] pairs in order]. Sentences are invented for these tests. */
type Row = [string, string, Array<[string, string]>];

const keysOf = (text: string) =>
  extractReferences(text).mentions.map((m) => [text.slice(m.start, m.end), m.key] as [string, string]);

const FULL: Row[] = [
  ['full citation', 'Tỉnh đã học tập Nghị quyết số 21-NQ/TW trong tháng Ba.', [['Nghị quyết số 21-NQ/TW', '21-NQ/TW']]],
  ['no "số"', 'Thực hiện Chỉ thị 08-CT/TW, các chi bộ họp ngay.', [['Chỉ thị 08-CT/TW', '08-CT/TW']]],
  ['zero padding added', 'Theo Kết luận số 7-KL/TW, việc này làm trước.', [['Kết luận số 7-KL/TW', '07-KL/TW']]],
  ['spaced hyphen', 'Quy định số 51 - QĐ/TW được phổ biến.', [['Quy định số 51 - QĐ/TW', '51-QĐ/TW']]],
  ['en dash', 'Chỉ thị số 44 – CT/TW yêu cầu rõ.', [['Chỉ thị số 44 – CT/TW', '44-CT/TW']]],
  ['space after hyphen', 'Nghị quyết số 33- NQ/TW đã nêu.', [['Nghị quyết số 33- NQ/TW', '33-NQ/TW']]],
  ['missing hyphen', 'Quy định 12QĐ/TW có hiệu lực.', [['Quy định 12QĐ/TW', '12-QĐ/TW']]],
  ['dot for the hyphen', 'Đảng ủy quán triệt Nghị quyết số 39.NQ/TW tới chi bộ.', [['Nghị quyết số 39.NQ/TW', '39-NQ/TW']]],
  ['dot then a new sentence', 'Ban hành Kế hoạch số 8. KH/TU nay đã hết hiệu lực.', []],
  ['a year and a dot', 'Trong năm 2023.Nghị quyết mới chưa có.', []],
  ['spaced slash', 'Nghị quyết 14-NQ / TW rất quan trọng.', [['Nghị quyết 14-NQ / TW', '14-NQ/TW']]],
  ['TƯ for TW', 'Chỉ thị số 09-CT/TƯ của Ban Bí thư.', [['Chỉ thị số 09-CT/TƯ', '09-CT/TW']]],
  ['T.Ư for TW', 'Thông báo số 222-TB/T.Ư được gửi đi.', [['Thông báo số 222-TB/T.Ư', '222-TB/TW']]],
  ['state-style separators for a party document', 'Quy định 61/QĐ-TW về kỷ luật.', [['Quy định 61/QĐ-TW', '61-QĐ/TW']]],
  ['hyphen instead of slash', 'Directive 17-CT-TW was studied.', [['Directive 17-CT-TW', '17-CT/TW']]],
  ['slash instead of hyphen, military', 'Quy định số 711/QĐ/QUTW của Quân ủy.', [['Quy định số 711/QĐ/QUTW', '711-QĐ/QUTW']]],
  ['QĐi kept', 'QUY ĐỊNH SỐ 05-QĐI/TW ĐƯỢC BAN HÀNH', [['QUY ĐỊNH SỐ 05-QĐI/TW', '05-QĐi/TW']]],
  ['ASCII QD', 'Regulation No. 88-QD/TW applies.', [['Regulation No. 88-QD/TW', '88-QĐ/TW']]],
  ['provincial', 'Kế hoạch số 131-KH/TU của Ban Thường vụ Tỉnh ủy.', [['Kế hoạch số 131-KH/TU', '131-KH/TU']]],
  ['district and grassroots', 'Kế hoạch 77-KH/HU và Công văn 912-CV/ĐU đã gửi.', [['Kế hoạch 77-KH/HU', '77-KH/HU'], ['Công văn 912-CV/ĐU', '912-CV/ĐU']]],
  ['central commission', 'Hướng dẫn số 31-HD/BTCTW nêu rõ.', [['Hướng dẫn số 31-HD/BTCTW', '31-HD/BTCTW']]],
  ['TB with KL symbol: symbol wins', 'Thông báo Kết luận số 64-KL/TW vừa ban hành.', [['Thông báo Kết luận số 64-KL/TW', '64-KL/TW']]],
  ['TB partial symbol, issuer in words', 'Thông báo Kết luận số 93-TB của Bộ Chính trị.', [['Thông báo Kết luận số 93-TB', '93-TB/TW']]],
];

const TEXT_FORMS: Row[] = [
  ['ALL CAPS headline', 'TRIỂN KHAI NGHỊ QUYẾT SỐ 27-NQ/TW', [['NGHỊ QUYẾT SỐ 27-NQ/TW', '27-NQ/TW']]],
  ['lowercase with symbol', 'đã ký kết luận 212-KL/TW hôm qua', [['kết luận 212-KL/TW', '212-KL/TW']]],
  ['no diacritics', 'Nghi quyet so 31-NQ/TW da duoc trien khai', [['Nghi quyet so 31-NQ/TW', '31-NQ/TW']]],
  ['NFD input', 'Theo Nghị quyết số 31-NQ/TW nhé'.normalize('NFD'), [['Nghị quyết số 31-NQ/TW'.normalize('NFD'), '31-NQ/TW']]],
  ['old tone placement', 'Nghị quyết Trung ương 5 khoá XI được nhắc lại.', [['Nghị quyết Trung ương 5 khoá XI', 'NQ-HNTW5-XI']]],
  ['scrambled diacritics', 'Kết lụận số 141-KL/TW và Kết lũận 141', [['Kết lụận số 141-KL/TW', '141-KL/TW'], ['Kết lũận 141', '141-KL/TW']]],
  ['non-breaking spaces', 'Nghị\u00a0quyết\u00a0số\u00a018-NQ/TW', [['Nghị\u00a0quyết\u00a0số\u00a018-NQ/TW', '18-NQ/TW']]],
  ['line break inside', 'theo Quy định\nsố 90-QĐ/TW của', [['Quy định\nsố 90-QĐ/TW', '90-QĐ/TW']]],
  ['zero-width space inside', 'Nghị quyết số 4\u200b5-NQ/TW'.replace('4\u200b5', '45').replace('quyết', 'quy\u200bết'), [['Nghị quy\u200bết số 45-NQ/TW', '45-NQ/TW']]],
  ['header number line', 'BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 402-QĐ/TW\nHà Nội, ngày 2 tháng 3 năm 2026', [['402-QĐ/TW', '402-QĐ/TW']]],
  ['header with colon', 'Số: 17-HD/UBKTTW', [['17-HD/UBKTTW', '17-HD/UBKTTW']]],
  ['garbled type word read as the type word (the span is the whole citation)', 'Ngh quyết số 52-NQ/TW', [['Ngh quyết số 52-NQ/TW', '52-NQ/TW']]],
  ['glued next word', 'including Resolution No. 61-NQ/TWand others', [['Resolution No. 61-NQ/TW', '61-NQ/TW']]],
];

const SHORT: Row[] = [
  ['short form after the full one', 'Nghị quyết số 29-NQ/TW ra đời năm ấy. Nghị quyết 29 đến nay vẫn đúng.', [['Nghị quyết số 29-NQ/TW', '29-NQ/TW'], ['Nghị quyết 29', '29-NQ/TW']]],
  ['short form before the full one', 'Chỉ thị 11 đi vào cuộc sống. Chỉ thị số 11-CT/TW được ban hành năm ngoái.', [['Chỉ thị 11', '11-CT/TW'], ['Chỉ thị số 11-CT/TW', '11-CT/TW']]],
  ['issuer from "của Bộ Chính trị"', 'Kết luận 77 của Bộ Chính trị được quán triệt.', [['Kết luận 77', '77-KL/TW']]],
  ['"của tỉnh" in a passage about a provincial committee: the committee\'s', 'Tỉnh ủy Bắc Ninh ban hành Nghị quyết số 57-NQ/TU về chuyển đổi số. Nghị quyết 57 của tỉnh bám sát Nghị quyết 57 của Trung ương.', [['Nghị quyết số 57-NQ/TU', '57-NQ/TU'], ['Nghị quyết 57', '57-NQ/TU'], ['Nghị quyết 57', '57-NQ/TW']]],
  ['"của huyện": the district committee\'s', 'Huyện ủy Thạch Hà triển khai Nghị quyết 04 của huyện về nông thôn mới.', [['Nghị quyết 04', '04-NQ/HU']]],
  ['a conclusion followed by what it assigns', 'Kết luận 127 giao Đảng ủy Chính phủ chỉ đạo xây dựng đề án.', [['Kết luận 127', '127-KL']]],
  ['a short form the People\'s Council passed is a state document', 'Hội đồng nhân dân tỉnh thông qua Nghị quyết 57 về chính sách hỗ trợ khởi nghiệp.', [['Nghị quyết 57', '57/NQ-HĐND']]],
  ['"KL", the abbreviation in capitals', 'Thực hiện KL 77 của Bộ Chính trị, huyện đã rà soát biên chế.', [['KL 77', '77-KL/TW']]],
  ['issuer from a date then body', 'Chỉ thị số 22 ngày 3/4/2023 của Ban Bí thư yêu cầu.', [['Chỉ thị số 22', '22-CT/TW']]],
  ['issuer from Tỉnh ủy', 'Nghị quyết số 09 của Tỉnh ủy về giao thông.', [['Nghị quyết số 09', '09-NQ/TU']]],
  ['issuer from a body that issued it before', 'Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 4 về phòng cháy.', [['Chỉ thị số 4', '04-CT/HU']]],
  ['issuer unknown', 'Cán bộ tìm hiểu Chỉ thị 12 rất kỹ.', [['Chỉ thị 12', '12-CT']]],
  ['NQ abbreviation', 'Tinh thần NQ 57 lan tỏa; Nghị quyết số 57-NQ/TW là đột phá.', [['NQ 57', '57-NQ/TW'], ['Nghị quyết số 57-NQ/TW', '57-NQ/TW']]],
  ['compatible types: Quy chế after Quyết định', 'Quyết định số 318-QĐ/TW ban hành quy chế; Quy chế 318 có 5 chương.', [['Quyết định số 318-QĐ/TW', '318-QĐ/TW'], ['Quy chế 318', '318-QĐ/TW']]],
  ['lowercase short form backed by a capitalised one', 'Nghị quyết 71 của Bộ Chính trị; nghị quyết 71 cũng nêu.', [['Nghị quyết 71', '71-NQ/TW'], ['nghị quyết 71', '71-NQ/TW']]],
  ['same document learned from another mention', 'Bộ Chính trị ban hành Kết luận 150. Kết luận 150 nêu bốn việc.', [['Kết luận 150', '150-KL/TW'], ['Kết luận 150', '150-KL/TW']]],
  ['body named once for an enumeration', 'Ban Thường vụ Tỉnh ủy học tập Nghị quyết 12 về đất đai; Nghị quyết 14 và 16 của Bộ Chính trị.', [['Nghị quyết 12', '12-NQ/TW'], ['Nghị quyết 14 và 16', '14-NQ/TW'], ['Nghị quyết 14 và 16', '16-NQ/TW']]],
  ['enumeration whose references disagree settles nothing', 'Nghị quyết 12 về đất đai; Nghị quyết 14 của Bộ Chính trị và Nghị quyết 16 của Tỉnh ủy.', [['Nghị quyết 12', '12-NQ'], ['Nghị quyết 14', '14-NQ/TW'], ['Nghị quyết 16', '16-NQ/TU']]],
  ['English possessive body', "The Politburo's Conclusion 92 was welcomed. Conclusion 92 sets goals.", [['Conclusion 92', '92-KL/TW'], ['Conclusion 92', '92-KL/TW']]],
  ['a chat\'s "nq57", "nq 57" in lower case', 'Mọi người đọc nq57 chưa, nq 57 hay lắm.', [['nq57', '57-NQ'], ['nq 57', '57-NQ']]],
  ['a speech at the UN does not make the Party\'s resolution the UN\'s', 'Phát biểu tại Liên hợp quốc, Thủ tướng nhắc đến Nghị quyết 57 về khoa học.', [['Nghị quyết 57', '57-NQ']]],
  ['"Resolution 27 of the 12th Party Central Committee": no term held 27 plenums', 'Salary reform under Resolution 27 of the 12th Party Central Committee was postponed.', [['Resolution 27', '27-NQ/TW']]],
  ['an article of a regulation cited makes it a citation', 'Trả lời: Điều 24 Quy định 69 và khoản 2 Điều 4 Quy định 114 quy định trách nhiệm.', [['Quy định 69', '69-QĐ'], ['Quy định 114', '114-QĐ']]],
  ['so does a point of a guidance, and its leading zero', 'Theo tiết 4.2 mục 4 Hướng dẫn 06, việc kết nạp lại chỉ xem xét một lần.', [['Hướng dẫn 06', '06-HD']]],
  ['"năm 2017" after it is its year, not a count of years', 'Văn bản mới thay thế Quy định 66 năm 2017.', [['Quy định 66', '66-QĐ']]],
  ['two of one type joined: no count repeats its noun', 'Quy định 80 và Quy định 105 đều quy định về cán bộ.', [['Quy định 80', '80-QĐ'], ['Quy định 105', '105-QĐ']]],
  ['a committee named after an earlier item is that item\'s, not the next one\'s', 'Nghị quyết 12 của Đảng ủy Công an Trung ương và Nghị quyết 57 được quán triệt.', [['Nghị quyết 12', '12-NQ/ĐUCA'], ['Nghị quyết 57', '57-NQ']]],
  ['but one named after the list is every item\'s', 'Nghị quyết 12 và Nghị quyết 13 của Đảng ủy Công an Trung ương được quán triệt.', [['Nghị quyết 12', '12-NQ/ĐUCA'], ['Nghị quyết 13', '13-NQ/ĐUCA']]],
  ['the issuer before a list is each item\'s, not a central document\'s cited before it', 'Thực hiện Nghị quyết số 18-NQ/TW, Tỉnh ủy đã ban hành Kế hoạch 25 và Nghị quyết 05 về sắp xếp.', [['Nghị quyết số 18-NQ/TW', '18-NQ/TW'], ['Kế hoạch 25', '25-KH/TU'], ['Nghị quyết 05', '05-NQ/TU']]],
  ['a plenum\'s second session, then its term', 'Nghị quyết Trung ương 6 (lần 2) khóa VIII về xây dựng Đảng.', [['Nghị quyết Trung ương 6 (lần 2) khóa VIII', 'NQ-HNTW6-VIII']]],
  ['a short form\'s own issuer the vocabulary lacks: not the central bodies named beside it', 'Nghị quyết 57 của Bộ Chính trị và Kế hoạch 02 của Ban Chỉ đạo Trung ương về khoa học.', [['Nghị quyết 57', '57-NQ/TW'], ['Kế hoạch 02', '02-KH']]],
  ['"Quy định A thay thế Quy định B": both', 'Quy định 366 thay thế Quy định 132 năm 2018 về kiểm điểm.', [['Quy định 366', '366-QĐ'], ['Quy định 132', '132-QĐ']]],
  ['English No. short form', 'Directive No. 24 of the Secretariat asks for reports.', [['Directive No. 24', '24-CT/TW']]],
  ['English before-body', 'Politburo Resolution 13 was cited.', [['Resolution 13', '13-NQ/TW']]],
];

const QD_SHORT: Row[] = [
  ['"QĐ 08" is the "Quy định 08-QĐi/TW" the text cites', 'QĐ 08 có còn hiệu lực không? Quy định 08-QĐi/TW năm 2018 là về nêu gương.', [['QĐ 08', '08-QĐi/TW'], ['Quy định 08-QĐi/TW', '08-QĐi/TW']]],
  ['"Quyết định 08" is not', 'Quyết định 08 của Bộ Chính trị và Quy định 08-QĐi/TW năm 2018.', [['Quyết định 08', '08-QĐ/TW'], ['Quy định 08-QĐi/TW', '08-QĐi/TW']]],
];

const LISTS: Row[] = [
  ['a later bare mention of a list item whose term settled its issuer is that document', 'Nghị quyết 31, 32 và 33 khóa XI đều được ban hành năm 2013. Trong đó, Nghị quyết 33 về văn hóa vẫn còn nguyên giá trị.', [['Nghị quyết 31, 32 và 33', '31-NQ/TW'], ['Nghị quyết 31, 32 và 33', '32-NQ/TW'], ['Nghị quyết 31, 32 và 33', '33-NQ/TW'], ['Nghị quyết 33', '33-NQ/TW']]],
  ['list with the symbol once', 'Nghị quyết số 26, 27 và 28-NQ/TW được thông qua.', [['Nghị quyết số 26, 27 và 28-NQ/TW', '26-NQ/TW'], ['Nghị quyết số 26, 27 và 28-NQ/TW', '27-NQ/TW'], ['Nghị quyết số 26, 27 và 28-NQ/TW', '28-NQ/TW']]],
  ['range, the symbol at its end', 'Hội nghị thông qua các Nghị quyết từ số 33 đến số 35-NQ/TW.', [['Nghị quyết từ số 33 đến số 35-NQ/TW', '33-NQ/TW'], ['Nghị quyết từ số 33 đến số 35-NQ/TW', '34-NQ/TW'], ['Nghị quyết từ số 33 đến số 35-NQ/TW', '35-NQ/TW']]],
  ['range, a symbol on both ends', 'Tỉnh ủy ban hành Chỉ thị số 11-CT/TU đến 13-CT/TU trong quý.', [['Chỉ thị số 11-CT/TU đến 13-CT/TU', '11-CT/TU'], ['Chỉ thị số 11-CT/TU đến 13-CT/TU', '12-CT/TU'], ['Chỉ thị số 11-CT/TU đến 13-CT/TU', '13-CT/TU']]],
  ['range of symbols that disagree is two citations', 'Rà soát Kết luận số 7-KL/TW đến 9-KL/TU.', [['Kết luận số 7-KL/TW', '07-KL/TW'], ['9-KL/TU', '09-KL/TU']]],
  ['"đến" a year or an hour is no range', 'Thực hiện Kế hoạch số 8-KH/TU đến 2030 và Chỉ thị số 4-CT/TU đến 10 giờ.', [['Kế hoạch số 8-KH/TU', '08-KH/TU'], ['Chỉ thị số 4-CT/TU', '04-CT/TU']]],
  ['"từ" with no range after it is no citation', 'Quyết định từ 5 năm nay chưa sửa.', []],
  ['a range too long to be an enumeration', 'Quy định từ số 1 đến số 90 được rà soát.', []],
  ['the Government\'s issuer is not lent to the document its resolution carries out', 'Nghị quyết 09 của Chính phủ về Chương trình hành động thực hiện Nghị quyết 39 đã được ban hành.', [['Nghị quyết 09', '09/NQ-CP'], ['Nghị quyết 39', '39-NQ']]],
  ['a lowercase type word, a colon, then "số" and the list', 'Hội nghị Trung ương 6 khóa XII có bốn nghị quyết: số 18, 19, 20 và 21.', [['nghị quyết: số 18, 19, 20 và 21', '18-NQ/TW'], ['nghị quyết: số 18, 19, 20 và 21', '19-NQ/TW'], ['nghị quyết: số 18, 19, 20 và 21', '20-NQ/TW'], ['nghị quyết: số 18, 19, 20 và 21', '21-NQ/TW']]],
  ['near miss: a colon before a bare number is a label', 'Số nghị quyết: 18 văn bản đã ban hành.', []],
  ['a range by a dash at the end of a sentence', 'Bộ Chính trị đã ban hành các Kết luận 41–43.', [['Kết luận 41–43', '41-KL/TW'], ['Kết luận 41–43', '42-KL/TW'], ['Kết luận 41–43', '43-KL/TW']]],
  ['a range by a dash', 'Bộ Chính trị ban hành các Kết luận 41–43 trong tuần.', [['Kết luận 41–43', '41-KL/TW'], ['Kết luận 41–43', '42-KL/TW'], ['Kết luận 41–43', '43-KL/TW']]],
  ['a dash between a number and a quantity is no range', 'Sau Nghị quyết 10-15 năm, tỉnh đổi khác; Quy định 3-5 điểm.', []],
  ['list of short forms with a central body', 'Bộ Chính trị chỉ đạo thực hiện Nghị quyết 57, 59 và 66.', [['Nghị quyết 57, 59 và 66', '57-NQ/TW'], ['Nghị quyết 57, 59 và 66', '59-NQ/TW'], ['Nghị quyết 57, 59 và 66', '66-NQ/TW']]],
  ['list of full symbols', 'Quy định 22-QĐ/TW, 24-QĐ/TW đã nêu.', [['Quy định 22-QĐ/TW, 24-QĐ/TW', '22-QĐ/TW'], ['Quy định 22-QĐ/TW, 24-QĐ/TW', '24-QĐ/TW']]],
  ['list with topics in parentheses', 'Bộ Chính trị ban hành Nghị quyết 68 (kinh tế tư nhân) và 59 (hội nhập).', [['Nghị quyết 68 (kinh tế tư nhân) và 59', '68-NQ/TW'], ['Nghị quyết 68 (kinh tế tư nhân) và 59', '59-NQ/TW']]],
  ['a list stops at a year', 'Bộ Chính trị: Nghị quyết 20, 2024 là năm bản lề.', [['Nghị quyết 20', '20-NQ/TW']]],
];

const PLENUM_CONGRESS: Row[] = [
  ['plenum, Roman term', 'Nghị quyết Trung ương 8 khóa XI đã chỉ rõ.', [['Nghị quyết Trung ương 8 khóa XI', 'NQ-HNTW8-XI']]],
  ['plenum, Arabic term', 'Nghị quyết TW6 khóa 12 nêu rõ.', [['Nghị quyết TW6 khóa 12', 'NQ-HNTW6-XII']]],
  ['plenum, parenthesised term', 'Nghị quyết Trung ương 7 (khóa XII) đề ra.', [['Nghị quyết Trung ương 7 (khóa XII)', 'NQ-HNTW7-XII']]],
  ['plenum, long form with ordinal word', 'Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa X được tổng kết.', [['Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa X', 'NQ-HNTW5-X']]],
  ['plenum, term unknown', 'Cả nước học Nghị quyết Trung ương 9.', [['Nghị quyết Trung ương 9', 'NQ-HNTW9']]],
  ['plenum, term from the meeting named earlier', 'Hội nghị Trung ương 3 (khóa XIII) bàn nhiều việc. Nghị quyết Trung ương 3 được ban hành.', [['Nghị quyết Trung ương 3', 'NQ-HNTW3-XIII']]],
  ['plenum tied to one numbered resolution', 'Nghị quyết số 32-NQ/TW ngày 5/6/2013 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI về biển. Nghị quyết Trung ương 7 khóa XI có ý nghĩa lớn.', [['Nghị quyết số 32-NQ/TW', '32-NQ/TW'], ['Nghị quyết Trung ương 7 khóa XI', '32-NQ/TW']]],
  ['national congress', 'Nghị quyết Đại hội XIV của Đảng xác định mục tiêu.', [['Nghị quyết Đại hội XIV', 'NQ-ĐH-XIV']]],
  ['national congress, long form', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng.', [['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII', 'NQ-ĐH-XII']]],
  ['local congress', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVIII đề ra.', [['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVIII', 'NQ-ĐHĐB-XVIII']]],
  ['English congress', 'to implement the Resolution of the 14th National Party Congress', [['Resolution of the 14th National Party Congress', 'NQ-ĐH-XIV']]],
  ['English congress possessive', "the 13th National Party Congress's Resolution stressed", [["13th National Party Congress's Resolution", 'NQ-ĐH-XIII']]],
  ['English "the Nth Congress resolution" without "Party"', 'Cadres finished the study of the 12th Congress resolution last spring.', [['12th Congress resolution', 'NQ-ĐH-XII']]],
  ['English plenum', "the Resolution of the 12th Party Central Committee's sixth plenum", [["Resolution of the 12th Party Central Committee's sixth plenum", 'NQ-HNTW6-XII']]],
  ['a list of national congresses: one resolution each, the list\'s span', 'Các Nghị quyết Đại hội VIII, IX và X của Đảng đều nói đến công nghiệp hóa.', [['Nghị quyết Đại hội VIII, IX và X', 'NQ-ĐH-VIII'], ['Nghị quyết Đại hội VIII, IX và X', 'NQ-ĐH-IX'], ['Nghị quyết Đại hội VIII, IX và X', 'NQ-ĐH-X']]],
  ['a local congress numbered in words ("lần thứ nhất")', 'Học tập Nghị quyết Đại hội Đảng bộ phường lần thứ nhất, nhiệm kỳ 2025-2030.', [['Nghị quyết Đại hội Đảng bộ phường lần thứ nhất', 'NQ-ĐHĐB-I']]],
  ['near miss: "khóa" and a number in words is no congress\'s number', 'Nghị quyết Đại hội Đảng bộ xã khóa năm 2025 được quán triệt.', []],
  ['local congress of a province named with a dash', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII đề ra ba khâu đột phá.', [['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII', 'NQ-ĐHĐB-VII']]],
  ['"hay" between a plenum and a numbered resolution is "or", not the same document', 'Việc thực hiện Nghị quyết Trung ương 8 khóa XII hay Nghị quyết số 57-NQ/TW đều cần nguồn lực.', [['Nghị quyết Trung ương 8 khóa XII', 'NQ-HNTW8-XII'], ['Nghị quyết số 57-NQ/TW', '57-NQ/TW']]],
  ['a list of Congresses whose owner follows the list is that organisation\'s', 'Huyện thực hiện thắng lợi Nghị quyết Đại hội XII, XIII của Đảng bộ huyện Quỳnh Lưu.', [['Nghị quyết Đại hội XII, XIII', 'NQ-ĐHĐB-XII'], ['Nghị quyết Đại hội XII, XIII', 'NQ-ĐHĐB-XIII']]],
  ['a term no Central Committee has reached ("khóa XX") is no central issuer, nor lent to a later mention', 'Huyện tiếp tục thực hiện Nghị quyết 06 khóa XX về cây ăn quả. Trong đó, Nghị quyết 06 nhấn mạnh vùng nguyên liệu.', [['Nghị quyết 06', '06-NQ'], ['Nghị quyết 06', '06-NQ']]],
  ['the Congress of a number the passage gave a local organisation before is that one\'s ("lần thứ I" of a merged province)', 'Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ I, nhiệm kỳ 2025-2030 khai mạc. Nghị quyết Đại hội lần thứ I đặt mục tiêu tăng trưởng 10%.', [['Nghị quyết Đại hội lần thứ I', 'NQ-ĐHĐB-I']]],
  ['…but "của Đảng" after it is the national one', 'Đảng bộ tỉnh tổ chức Đại hội lần thứ XIII. Nghị quyết Đại hội lần thứ XIII của Đảng được quán triệt.', [['Nghị quyết Đại hội lần thứ XIII', 'NQ-ĐH-XIII']]],
  ['English near miss: a local Congress named after the mention has ended is not the mention\'s own', 'Officials studied the Resolution of the 13th Congress, as the 13th Congress of the Ha Tinh provincial Party Organisation asked.', [['Resolution of the 13th Congress', 'NQ-ĐH-XIII']]],
  ['English: the Congress the resolution names is a local organisation\'s by the words right after it', 'The Resolution of the 1st Congress of the Da Nang City Party Organisation sets new goals.', [['Resolution of the 1st Congress', 'NQ-ĐHĐB-I']]],
  ['English: the Congress of a number the passage gave a local party organisation before is that one\'s', 'The 1st Congress of the Da Nang City Party Organisation opened. The Resolution of the 1st Congress sets new goals.', [['Resolution of the 1st Congress', 'NQ-ĐHĐB-I']]],
  ['English: a congress number no national congress has reached is a local one', 'The city party organisation turned the Resolution of the 18th Congress into action plans.', [['Resolution of the 18th Congress', 'NQ-ĐHĐB-XVIII']]],
  ['plenum tied to the one numbered resolution the meeting is said to have adopted', 'Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI đã ban hành Nghị quyết số 32-NQ/TW về biển. Các cấp quán triệt Nghị quyết Trung ương 7 khóa XI.', [['Nghị quyết số 32-NQ/TW', '32-NQ/TW'], ['Nghị quyết Trung ương 7 khóa XI', '32-NQ/TW']]],
  ['near miss: a plenum said to include two more keeps its own key', 'Nghị quyết số 27-NQ/TW của Hội nghị Trung ương 6 khóa XIII về Nhà nước pháp quyền. Nghị quyết Trung ương 6 khóa XIII còn bao gồm Nghị quyết số 28-NQ/TW và Nghị quyết số 29-NQ/TW.', [['Nghị quyết số 27-NQ/TW', '27-NQ/TW'], ['Nghị quyết Trung ương 6 khóa XIII', 'NQ-HNTW6-XIII'], ['Nghị quyết số 28-NQ/TW', '28-NQ/TW'], ['Nghị quyết số 29-NQ/TW', '29-NQ/TW']]],
  ['a first Congress after a party organisation named in its headline is that organisation\'s', 'Đảng bộ thành phố Cần Thơ: Quyết tâm thực hiện Nghị quyết Đại hội lần thứ I', [['Nghị quyết Đại hội lần thứ I', 'NQ-ĐHĐB-I']]],
  ['plenum tied through "đã thảo luận và ban hành"', 'Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI đã thảo luận và ban hành Nghị quyết số 32-NQ/TW. Các cấp quán triệt Nghị quyết Trung ương 7 khóa XI.', [['Nghị quyết số 32-NQ/TW', '32-NQ/TW'], ['Nghị quyết Trung ương 7 khóa XI', '32-NQ/TW']]],
  ['near miss: a meeting after which another body issued a resolution adopted none of it', 'Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI diễn ra sau khi Bộ Chính trị ban hành Nghị quyết số 36-NQ/TW. Các cấp quán triệt Nghị quyết Trung ương 7 khóa XI.', [['Nghị quyết số 36-NQ/TW', '36-NQ/TW'], ['Nghị quyết Trung ương 7 khóa XI', 'NQ-HNTW7-XI']]],
  ['near miss: a meeting said to have adopted two keeps the plenum key', 'Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI đã ban hành Nghị quyết số 31-NQ/TW và Nghị quyết số 32-NQ/TW. Các cấp quán triệt Nghị quyết Trung ương 7 khóa XI.', [['Nghị quyết số 31-NQ/TW', '31-NQ/TW'], ['Nghị quyết số 32-NQ/TW', '32-NQ/TW'], ['Nghị quyết Trung ương 7 khóa XI', 'NQ-HNTW7-XI']]],
  ['plenum said to be one numbered resolution ("…, tức Nghị quyết số …")', 'Đảng ủy quán triệt Nghị quyết Trung ương 9 khóa XI, tức Nghị quyết số 33-NQ/TW, tới đảng viên.', [['Nghị quyết Trung ương 9 khóa XI', '33-NQ/TW'], ['Nghị quyết số 33-NQ/TW', '33-NQ/TW']]],
];

const STATE: Row[] = [
  ['the government\'s old symbols with a hyphen, keyed as printed', 'Nghị định 73-CP năm 1995 và Quyết định số 176-HĐBT của Hội đồng Bộ trưởng vẫn được nhắc đến.', [['Nghị định 73-CP', '73-CP'], ['Quyết định số 176-HĐBT', '176-HĐBT']]],
  ['English: the next clause\'s subject after a comma is no issuer ("Resolution 18, the National Assembly passed …")', 'Following Resolution 18, the National Assembly passed a new law.', [['Resolution 18', '18-NQ']]],
  ['a central short form carried out by a provincial resolution keeps no provincial issuer', 'Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về kinh tế tư nhân theo tinh thần Nghị quyết 68.', [['Nghị quyết số 09-NQ/TU', '09-NQ/TU'], ['Nghị quyết 68', '68-NQ']]],
  ['a term in brackets, then the issuer', 'Huyện ủy tiếp tục thực hiện Nghị quyết 06 (khóa XX) của Tỉnh ủy về cây ăn quả.', [['Nghị quyết 06', '06-NQ/TU']]],
  ['a personnel decision "QĐNS"', 'Bộ Chính trị ban hành Quyết định số 1850-QĐNS/TW chỉ định cán bộ.', [['Quyết định số 1850-QĐNS/TW', '1850-QĐNS/TW']]],
  ['two short forms joined, the issuer after the second', 'Ủy ban Kiểm tra thi hành kỷ luật theo Quy định 69 và Hướng dẫn 02 của Ban Bí thư.', [['Quy định 69', '69-QĐ/TW'], ['Hướng dẫn 02', '02-HD/TW']]],
  ['a party short form keeps no state issuer across ";" and a verb', 'Sau 7 năm thực hiện Nghị quyết 73, Trung ương ban hành Kết luận 74; đồng thời Quốc hội ban hành Nghị quyết 190/2025/QH15.', [['Nghị quyết 73', '73-NQ'], ['Kết luận 74', '74-KL/TW'], ['Nghị quyết 190/2025/QH15', '190/2025/QH15']]],
  ['nor in English after "was issued"', 'Seven years after Resolution 75 was issued, the National Assembly passed Resolution 190/2025/QH15.', [['Resolution 75', '75-NQ'], ['Resolution 190/2025/QH15', '190/2025/QH15']]],
  ['near miss: a Women\'s Union resolution is not the Party\'s', 'Nghị quyết số 03-NQ/TWH của Trung ương Hội Liên hiệp Phụ nữ được triển khai.', []],
  ['near miss: nor the Fatherland Front\'s', 'Nghị quyết số 04-NQ/TWMTTQ của Ủy ban Trung ương Mặt trận Tổ quốc được triển khai.', []],
  ['near miss: nor the Veterans\' Association\'s', 'Hướng dẫn số 07-HD/CCB của Hội Cựu chiến binh được triển khai.', []],
  ['a party short form the state resolution institutionalises keeps no state issuer', 'Để thể chế hóa Nghị quyết 71, Quốc hội đã ban hành Nghị quyết số 193/2026/QH15 về thí điểm.', [['Nghị quyết 71', '71-NQ'], ['Nghị quyết số 193/2026/QH15', '193/2026/QH15']]],
  ['nor one made concrete by a government resolution', 'Nghị quyết 72 đã được cụ thể hóa bằng Nghị quyết 03/NQ-CP của Chính phủ.', [['Nghị quyết 72', '72-NQ'], ['Nghị quyết 03/NQ-CP', '03/NQ-CP']]],
  ['a bare number before a dated state symbol does not take it', 'Nghị quyết 76 và Nghị quyết 206/2025/QH15 về cơ chế đặc biệt đều quan trọng.', [['Nghị quyết 76', '76-NQ'], ['Nghị quyết 206/2025/QH15', '206/2025/QH15']]],
  ['an item of a list of state resolutions is one too', 'Quốc hội thông qua Nghị quyết số 193/2026/QH15, Nghị quyết 194 về thí điểm.', [['Nghị quyết số 193/2026/QH15', '193/2026/QH15'], ['Nghị quyết 194', '194/NQ-QH15']]],
  ['government resolution', 'Nghị quyết số 45/NQ-CP của Chính phủ.', [['Nghị quyết số 45/NQ-CP', '45/NQ-CP']]],
  ['decree with year', 'Nghị định 99/2025/NĐ-CP quy định chi tiết.', [['Nghị định 99/2025/NĐ-CP', '99/2025/NĐ-CP']]],
  ['National Assembly resolution', 'Nghị quyết 74/2022/QH15 của Quốc hội.', [['Nghị quyết 74/2022/QH15', '74/2022/QH15']]],
  ['Prime Minister decision keeps TTg', 'Quyết định số 1212/QĐ-TTg được ký.', [['Quyết định số 1212/QĐ-TTg', '1212/QĐ-TTg']]],
  ['state short form with the body in words', 'Chỉ thị số 18 của Thủ tướng Chính phủ yêu cầu.', [['Chỉ thị số 18', '18/CT-TTg']]],
  ['decree short form with year', 'Nghị định số 88/2023/NĐ-CP và Nghị định 88 năm 2023 là một.', [['Nghị định số 88/2023/NĐ-CP', '88/2023/NĐ-CP'], ['Nghị định 88 năm 2023', '88/2023/NĐ-CP']]],
  ['bare state symbol', 'Số hiệu: 305/KH-UBND', [['305/KH-UBND', '305/KH-UBND']]],
  ['English: lawmakers who speak of the Politburo\'s resolution do not make it theirs', 'Lawmakers said the Politburo issued Resolution 57 to spur innovation.', [['Resolution 57', '57-NQ/TW']]],
  ['"Hướng dẫn thực hiện Quy định 144 của Ban Tuyên giáo": the department guides, it issued no regulation', 'Chi bộ nhận Hướng dẫn thực hiện Quy định 91 của Ban Tuyên giáo Trung ương.', [['Quy định 91', '91-QĐ']]],
  ['near miss: a department\'s own decision keeps it', 'Chi bộ nhận Hướng dẫn thực hiện Quyết định 15 của Ban Tổ chức Trung ương.', [['Quyết định 15', '15-QĐ/BTCTW']]],
  ['"TB" for Thông báo, with its issuer', 'Theo TB 81 của Bộ Chính trị, các tỉnh rà soát lại đề án.', [['TB 81', '81-TB/TW']]],
  ['"HD" for Hướng dẫn, with its issuer', 'Chi bộ quán triệt HD 14 của Ban Tổ chức Trung ương về đánh giá cán bộ.', [['HD 14', '14-HD/BTCTW']]],
];

const NOT_MENTIONS: Row[] = [
  ['type word alone', 'Nghị quyết đã đi vào cuộc sống; các nghị quyết của Đảng rất rõ.', []],
  ['this resolution', 'Nghị quyết này có hiệu lực từ ngày ký.', []],
  ['the meeting itself', 'Hội nghị Trung ương 10 khóa XIII bế mạc chiều qua. Đại hội XIV của Đảng thành công.', []],
  ['a count of resolutions', 'Tỉnh đã ban hành 4 nghị quyết chuyên đề và 12 kết luận.', []],
  ['a file named after a document', 'Tải về tệp 68-NQ-TW.pdf và bản 57-NQ-TW.docx tại cổng thông tin.', []],
  ['"KL" for a weight', 'Kiện hàng KL 40 kg được chuyển đi; lô sau KL 12 tấn.', []],
  ['an English congress resolution of an organisation named after it, or of a congress the party has not held', 'The 13th Congress resolution of the Vietnam Women\'s Union and the city 17th Congress resolution were read; delegates to the 20th Congress resolution drafting committee met.', []],
  ['"HD"/"TB" in capitals with a number but no issuer', 'Dự án khu đô thị HD 05 tại Hải Dương; mã bưu chính TB 02.', []],
  ['a colon after a type word heading a tally', 'Hội nghị thông qua nghị quyết: số 45 đại biểu tán thành. Kết luận: số 12 trường hợp bị xử lý.', []],
  ['another organisation\'s congress resolution in English', 'The Youth Union\'s 11th Congress resolution and the Farmers\' Union 8th Congress resolution were read out.', []],
  ['"HD" of a screen, "TB" of an average', 'Màn hình HD 720 sắc nét; điểm TB 75 của cả lớp; tb 75 và hd 26 viết thường.', []],
  ['"nq" glued to one digit: a row of a table as often', 'Xem điểm nq2 và nq 3 trong bảng.', []],
  ['the UN\'s resolutions', 'The UN General Assembly Resolution 2758 and UN Security Council Resolution 2231 were discussed.', []],
  ['a company\'s shareholders\' resolution', 'Đại hội đồng cổ đông thường niên của ngân hàng đã thông qua Nghị quyết số 12 về tăng vốn điều lệ.', []],
  ['a board\'s resolution', 'Hội đồng quản trị Tập đoàn X ban hành Nghị quyết 15 về phát hành cổ phiếu thưởng.', []],
  ['a resolution "of the UN General Assembly"', 'Nghị quyết 2758 của Đại hội đồng Liên hợp quốc được nhắc lại.', []],
  ['"kl" in lowercase', 'Mã hàng kl 40 của Bộ Chính trị không phải văn bản.', []],
  ['common word with a number', 'Theo quy định 5 năm một lần, kế hoạch 3 tháng được duyệt; hướng dẫn 2 bước.', []],
  ['quantity after the type word', 'Nghị quyết 10 năm qua đã đổi thay nhiều.', []],
  ['company documents', 'Nghị quyết ĐHĐCĐ thường niên và Nghị quyết HĐQT số 12/2025/NQ-HĐQT.', []],
  ['Youth Union documents', 'Quyết định số 310-QĐ/TWĐTN-VP của Ban Bí thư Trung ương Đoàn.', []],
  ['law named by title', 'Luật Đất đai 2024 và Báo cáo chính trị được thảo luận.', []],
  ['dates and amounts', 'Ngày 12/3/2025, thu 14.250 tỷ đồng, tăng 8,5%.', []],
  ['plenum without a number', 'Nghị quyết Trung ương khóa XII được nhắc đến.', []],
];

describe.each([
  ['full citations', FULL],
  ['text forms', TEXT_FORMS],
  ['short forms and resolution', SHORT],
  ['"QĐ" short forms', QD_SHORT],
  ['lists', LISTS],
  ['plenum and congress resolutions', PLENUM_CONGRESS],
  ['state documents', STATE],
  ['not mentions', NOT_MENTIONS],
] as const)('%s', (_name, rows) => {
  it.each(rows as Row[])('%s', (_what, text, expected) => {
    expect(keysOf(text)).toEqual(expected);
  });
});

describe('documents', () => {
  it('classifies state documents as party: false and party ones as party: true', () => {
    const r = extractReferences('Nghị quyết số 18-NQ/TW và Nghị định 178/2024/NĐ-CP.');
    expect(r.documents.map((d) => [d.key, d.party])).toEqual([['18-NQ/TW', true], ['178/2024/NĐ-CP', false]]);
  });

  it('can leave state documents out', () => {
    const r = extractReferences('Nghị quyết số 18-NQ/TW và Nghị định 178/2024/NĐ-CP.', { state: false });
    expect(r.documents.map((d) => d.key)).toEqual(['18-NQ/TW']);
    expect(r.mentions.every((m) => r.documents[m.doc].key === m.key)).toBe(true);
  });

  it.each([
    ['the date of a sentence that issues it', 'Ngày 20/02/2026, Bộ Chính trị ban hành Nghị quyết số 82-NQ/TW về vùng Tây Nguyên.', '82-NQ/TW', '2026-02-20', 'XIV'],
    ['…printed in words ("Ngày 07 tháng 10 năm 2008, …")', 'Ngày 07 tháng 10 năm 2008, Ban Bí thư đã ban hành Thông báo số 189-TB/TW về biển đảo.', '189-TB/TW', '2008-10-07', 'X'],
    ['not the date of a meeting that studies it', 'Ngày 20/02/2026, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 82-NQ/TW.', '82-NQ/TW', undefined, undefined],
    ['not a date without its year', 'Ngày 14/4, Bộ Chính trị ban hành Chỉ thị số 83-CT/TW về đại hội.', '83-CT/TW', undefined, undefined],
    ['not the date of an earlier citation in the sentence', 'Chính phủ ban hành Nghị quyết số 03/NQ-CP ngày 9/1/2025, còn Bộ Chính trị ban hành Kết luận số 89-KL/TW về kinh tế.', '89-KL/TW', undefined, undefined],
    ['not a date after a comma that opens the next clause', 'Thực hiện Nghị quyết 91-NQ/TW, ngày 30/5/2026 Chính phủ ban hành Nghị quyết số 155/NQ-CP về chương trình hành động.', '91-NQ/TW', undefined, undefined],
    ['nor one opening a clause whose long issuer issues the next document', 'Để cụ thể hóa Nghị quyết số 93-NQ/TW, ngày 4/6/2026, Ban Thường vụ Tỉnh ủy Lâm Đồng ban hành Kế hoạch số 51-KH/TU.', '93-NQ/TW', undefined, undefined],
    ['…nor the next: the date right behind a citation may be either\'s', 'Để cụ thể hóa Nghị quyết số 93-NQ/TW, ngày 4/6/2026, Ban Thường vụ Tỉnh ủy Lâm Đồng ban hành Kế hoạch số 51-KH/TU.', '51-KH/TU', undefined, undefined],
    ['…nor the next when "của …" follows the date: the citation\'s before', 'Thực hiện Quy định số 94-QĐ/TW, ngày 9/5/2026 của Bộ Chính trị, Đảng ủy phường ban hành Kế hoạch số 53-KH/ĐU.', '53-KH/ĐU', undefined, undefined],
    ['a date after "Trước đó," reaches the document its clause issues', 'Trước đó, ngày 4/6/2026, Ban Thường vụ Tỉnh ủy Lâm Đồng ban hành Kế hoạch số 54-KH/TU.', '54-KH/TU', '2026-06-04', undefined],
    ['nor one after an issuer phrase, opening such a clause', 'Tiếp thu Kết luận số 94-KL/TW của Bộ Chính trị, Ban Bí thư, ngày 8-6-2026, Ban Thường vụ Tỉnh ủy Cà Mau ban hành Kế hoạch số 52-KH/TU.', '94-KL/TW', undefined, undefined],
    ['a ward whose name ends in a figure, and its province in brackets', 'Ngày 9/6/2026, Ban Chấp hành Đảng bộ phường Hà Giang 2 (tỉnh Tuyên Quang) ban hành Nghị quyết số 05-NQ/ĐU về đô thị.', '05-NQ/ĐU', '2026-06-09', undefined],
    ['"thay mặt …, Tổng Bí thư … ký ban hành"', 'Ngày 21/7/2026, thay mặt Ban Chấp hành Trung ương, Tổng Bí thư Nguyễn Văn An ký ban hành Nghị quyết số 96-NQ/TW.', '96-NQ/TW', '2026-07-21', 'XIV'],
    ['not a meeting held that day, however long its name', 'Ngày 21/7/2026, Đảng ủy xã Tân Lập tổ chức hội nghị quán triệt các văn bản Trung ương vừa ban hành Nghị quyết số 97-NQ/TW.', '97-NQ/TW', undefined, undefined],
    ['a steering committee "Trung ương" names is no central issuer', 'Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18 ban hành Kết luận 98 về sắp xếp bộ máy.', '98-KL', undefined, undefined],
    ['a joint issuer between the date and the verb', 'Ngày 17/6/2026, Bộ Chính trị, Ban Bí thư ban hành Kết luận số 95-KL/TW về bộ máy.', '95-KL/TW', '2026-06-17', 'XIV'],
    ['nor one after "tại" a place', 'Quán triệt Kết luận 92-KL/TW, ngày 3/3/2026, tại Hà Nội, Tỉnh ủy đã ban hành Kế hoạch số 45-KH/TU.', '92-KL/TW', undefined, undefined],
    ['a place between the date and the issuer', 'Ngày 20/02/2026, tại Hà Nội, Bộ Chính trị ban hành Nghị quyết số 84-NQ/TW về vùng biển.', '84-NQ/TW', '2026-02-20', 'XIV'],
    ['"được ban hành ngày …" right after it', 'Kết luận số 85-KL/TW được ban hành ngày 28/3/2026.', '85-KL/TW', '2026-03-28', 'XIV'],
    ['English "was issued on …" right after it', 'Conclusion 86-KL/TW was issued on March 28, 2026.', '86-KL/TW', '2026-03-28', 'XIV'],
    ['the plenum that issued it gives its term, and its list\'s', 'Hội nghị Trung ương 7 khóa XII đã ban hành Nghị quyết số 87-NQ/TW và Nghị quyết số 88-NQ/TW.', '88-NQ/TW', undefined, 'XII'],
    ['the plenum named before a comma and the issuing verb', 'Cũng tại Hội nghị Trung ương 5 khóa XI, Trung ương ban hành Nghị quyết số 89-NQ/TW về biển.', '89-NQ/TW', undefined, 'XI'],
    ['a year inside a term says the term', 'Kết luận số 49-KL/TW năm 2019 được quán triệt.', '49-KL/TW', undefined, 'XII'],
    ['a year a congress closed in does not', 'Kết luận số 48-KL/TW năm 2021 được quán triệt.', '48-KL/TW', undefined, undefined],
    ['the issuer and its term after the subject', 'Nghị quyết 92 về cải cách tiền lương của Trung ương khóa XII được tổng kết.', '92-NQ/TW', undefined, 'XII'],
    ['the plenum "gồm" its resolutions', 'Nghị quyết Trung ương 6 khóa XII gồm các Nghị quyết 93, 94 và 95.', '94-NQ/TW', undefined, 'XII'],
    ['the plenum, a date, then "ba nghị quyết:" and its items', 'Hội nghị Trung ương 6 khóa XII, ngày 25-10-2017, đã ban hành ba nghị quyết: Nghị quyết 93 về giáo dục, Nghị quyết 94 về y tế và Nghị quyết 95 về dân số.', '94-NQ/TW', undefined, 'XII'],
    ['near miss: a citation after ";" is no item of the plenum\'s list', 'Hội nghị Trung ương 6 khóa XII đã ban hành các nghị quyết: Nghị quyết 93, Nghị quyết 94; Nghị quyết 99 về giáo dục vẫn còn hiệu lực.', '99-NQ', undefined, undefined],
    ['…each with its subject', 'Nghị quyết Trung ương 6 khóa XII gồm Nghị quyết 93 về giáo dục, Nghị quyết 94 về y tế và Nghị quyết 95 về dân số.', '95-NQ/TW', undefined, 'XII'],
    ['English: ", 12th tenure," after the Central Committee', 'Resolution No. 96-NQ/TW of the Party Central Committee, 12th tenure, on the marine economy.', '96-NQ/TW', undefined, 'XII'],
    ['English: "dated …" after the subject', 'Resolution 97-NQ/TW on land policy, dated June 16, 2022, was reviewed.', '97-NQ/TW', '2022-06-16', 'XIII'],
    ['", ban hành ngày …" after the subject', 'Nghị quyết số 98-NQ/TW về nông nghiệp, ban hành ngày 16/6/2022, rất quan trọng.', '98-NQ/TW', '2022-06-16', 'XIII'],
    ['but not a bare date after the subject: an event\'s as often', 'Hội nghị quán triệt Nghị quyết 99-NQ/TW về y tế ngày 12/9/2025.', '99-NQ/TW', undefined, undefined],
    ['a month and year after it: its year, so its term', 'Nghị quyết số 76-NQ/TW tháng 6 năm 2023 về đất đai được quán triệt.', '76-NQ/TW', undefined, 'XIII'],
    ['a numbered resolution in brackets after its plenum takes its term', 'Nghị quyết Trung ương 7 khóa XII về tiền lương (Nghị quyết số 77-NQ/TW) và bảo hiểm (Nghị quyết số 78-NQ/TW).', '77-NQ/TW', undefined, 'XII'],
    ['English: a date whose own comma is no clause', 'The Politburo issued Resolution No. 79-NQ/TW on December 22, 2024, while the province adopted a plan.', '79-NQ/TW', '2024-12-22', 'XIII'],
    ['a header\'s place and date line', 'TỈNH ỦY YÊN BÁI\nSố 68-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW', '68-KH/TU', '2025-08-05', undefined],
    ['English: the day before the month, "dated 25 October 2017"', 'Resolution 91-NQ/TW dated 25 October 2017 of the 12th-tenure Party Central Committee on the apparatus.', '91-NQ/TW', '2017-10-25', 'XII'],
    ['English: an ordinal day, "dated October 10th, 2023"', 'Resolution No. 73-NQ/TW dated October 10th, 2023 on the role of entrepreneurs was reviewed.', '73-NQ/TW', '2023-10-10', 'XIII'],
    ['…"the 10th of October 2023"', 'Resolution No. 74-NQ/TW dated the 10th of October 2023 on entrepreneurs was reviewed.', '74-NQ/TW', '2023-10-10', 'XIII'],
    ['"ngày22 tháng 7 năm 2010", the space after "ngày" lost', 'Căn cứ Chỉ thị số 71-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị về các ngày kỷ niệm.', '71-CT/TW', '2010-07-22', 'X'],
    ['a header\'s date line below blank lines', 'ĐẢNG ỦY KHỐI\n\nSố 32-HD/ĐUK\n\n \n\n \n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n \n\nBình Lâm, ngày 16 tháng 4 năm 2024\n\nHƯỚNG DẪN\n\nxây dựng mô hình dân vận', '32-HD/ĐUK', '2024-04-16', undefined],
    ['an English header\'s date line ("Hanoi, April 30, 2025")', 'THE PROVINCIAL PARTY COMMITTEE\n\nNo: 54-NQ/TU\n\nBinh Lam, April 30, 2025\n\nRESOLUTION\n\nON DIGITAL TRANSFORMATION', '54-NQ/TU', '2025-04-30', undefined],
    ['English: "the 12th-tenure Party Central Committee"', 'Resolution 83-NQ/TW of the 12th-tenure Party Central Committee on the apparatus is reviewed.', '83-NQ/TW', undefined, 'XII'],
    ['English: "issued on 22 December 2024 by …"', 'Resolution No. 81-NQ/TW issued on 22 December 2024 by the Politburo was welcomed.', '81-NQ/TW', '2024-12-22', 'XIII'],
    ['English: "On 6 July 2022, the Politburo issued …"', 'On 6 July 2022, the Politburo issued Regulation 82-QD/TW on discipline.', '82-QĐ/TW', '2022-07-06', 'XIII'],
    ['a date after a list of documents numbered one after the other is each one\'s', 'Quyết định số 85-QĐ/TW và 86-QĐ/TW ngày 12/12/2013 của Bộ Chính trị được thực hiện.', '85-QĐ/TW', '2013-12-12', 'XI'],
    ['but not of one numbered far apart: another document of another day', 'Chỉ thị 15-CT/TW và Kết luận 87-KL/TW ngày 18/5/2021 của Bộ Chính trị.', '15-CT/TW', undefined, undefined],
    ['older texts\' "ra" for issuing, with the body\'s term', 'Ngày 20/5/1988, Bộ Chính trị khóa VI ra Nghị quyết số 11-NQ/TW về kinh tế nông nghiệp.', '11-NQ/TW', '1988-05-20', 'VI'],
    ['"Ban Bí thư Trung ương Đảng (khóa IV)"', 'Chỉ thị số 101-CT/TW ngày 13/1/1981 của Ban Bí thư Trung ương Đảng (khóa IV) về khoán.', '101-CT/TW', '1981-01-13', 'IV'],
    ['English: "was issued by the Politburo on …" after the subject', 'Regulation No. 69-QD/TW on discipline was issued by the Politburo on July 6, 2022.', '69-QĐ/TW', '2022-07-06', 'XIII'],
    ['the first day of the khóa XIV series', 'Chỉ thị số 01-CT/TW ngày 23/1/2026 của Bộ Chính trị về quán triệt Nghị quyết Đại hội XIV.', '01-CT/TW', '2026-01-23', 'XIV'],
    ['but a date between commas before its subject is its own', 'Nghị quyết số 93-NQ/TW, ngày 24/1/2026, về hội nhập quốc tế được quán triệt.', '93-NQ/TW', '2026-01-24', 'XIV'],
  ])('a date printed before the issuer: %s', (_n, text, key, date, term) => {
    const d = extractReferences(text, { catalog: false }).documents.find((x) => x.key === key)!;
    expect([d.date, d.term]).toEqual([date, term]);
  });

  it('reads type, number, issuer, body, term, date and title from the text', () => {
    const r = extractReferences('Căn cứ Nghị quyết số 35-NQ/TW, ngày 12/7/2019 của Ban Chấp hành Trung ương Đảng khóa XII về phòng chống tham nhũng.', { catalog: false });
    expect(r.documents[0]).toMatchObject({
      key: '35-NQ/TW', party: true, type: 'NQ', typeName: 'Nghị quyết', number: '35', issuer: 'TW',
      body: 'Ban Chấp hành Trung ương', term: 'XII', date: '2019-07-12', title: 'phòng chống tham nhũng',
      sources: { body: 'text', term: 'text', date: 'text', title: 'text' },
    });
  });

  it('ends a title where the next reference begins its own clause', () => {
    const r = extractReferences('Thực hiện Chỉ thị số 61-CT/TW về học tập lý luận, gắn với Nghị quyết số 62-NQ/TW về cán bộ.', { catalog: false });
    expect(r.documents.map((d) => d.title)).toEqual(['học tập lý luận', 'cán bộ']);
  });

  it('gives the body after a list to every item of it', () => {
    const r = extractReferences('Nghị quyết 81 và 82 của Ban Bí thư.', { catalog: false });
    expect(r.documents.map((d) => [d.key, d.body])).toEqual([['81-NQ/TW', 'Ban Bí thư'], ['82-NQ/TW', 'Ban Bí thư']]);
  });

  it('derives the term from the date when the text gives no term', () => {
    const r = extractReferences('Chỉ thị số 41-CT/TW ngày 3/2/2020 của Ban Bí thư về công tác dân vận.', { catalog: false });
    expect(r.documents[0]).toMatchObject({ term: 'XII', date: '2020-02-03', body: 'Ban Bí thư' });
  });

  it('reads English dates and bodies', () => {
    const r = extractReferences('Resolution No. 43-NQ/TW dated November 24, 2023 of the 13th Party Central Committee on unity.', { catalog: false });
    expect(r.documents[0]).toMatchObject({ key: '43-NQ/TW', date: '2023-11-24', term: 'XIII', body: 'Ban Chấp hành Trung ương' });
  });

  it('groups every mention of a document under it', () => {
    const r = extractReferences('Kết luận số 40-KL/TW … Kết luận 40 … kết luận 40-KL/TW');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].mentions).toEqual([0, 1, 2]);
  });

  it('never reports a Youth Union symbol as a party document', () => {
    const r = extractReferences('Số 412-QĐ/TWĐTN ngày 3/4/2024');
    expect(r.documents).toEqual([]);
  });
});

describe('bodies', () => {
  it.each([
    ['the Politburo and the Secretariat together', 'Kết luận số 97-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.', '97-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
    ['in English too', 'Conclusion 98-KL/TW of the Politburo and the Secretariat on restructuring.', '98-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
    ['in English, both possessive ("the Politburo\'s and Secretariat\'s Conclusion …")', 'Provinces act under the Politburo\'s and Secretariat\'s Conclusion No. 96-KL/TW on mergers.', '96-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
    ['the Central Military Commission\'s standing board before its verb', 'Thường vụ Quân ủy Trung ương ban hành Nghị quyết số 1658-NQ/QUTW về huấn luyện.', '1658-NQ/QUTW', 'Thường vụ Quân ủy Trung ương'],
    ['"Ban Chấp hành Đảng bộ tỉnh …" before its verb', 'Ban Chấp hành Đảng bộ tỉnh Quảng Ninh ban hành Nghị quyết số 15-NQ/TU về khoa học.', '15-NQ/TU', 'Tỉnh ủy'],
    ['a committee "(cũ)" before its verb', 'Ban Thường vụ Tỉnh ủy Kiên Giang (cũ) ban hành Công văn số 1520-CV/TU về nhân sự.', '1520-CV/TU', 'Tỉnh ủy'],
    ['"xây dựng" a plan: its issuer', 'Đảng ủy UBND tỉnh Tây Ninh xây dựng Kế hoạch số 05-KH/ĐU thực hiện Kết luận số 195-KL/TW.', '05-KH/ĐU', 'Đảng ủy'],
    ['both named before the issuing verb', 'Bộ Chính trị, Ban Bí thư ban hành Kết luận 239 về sắp xếp các hội.', '239-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
    ['English: a year after "of" is read past, to the issuer', 'Resolution No. 90-NQ/TW of 2012 of the Politburo on science.', '90-NQ/TW', 'Bộ Chính trị'],
    ['English: "the Politburo in 2024 adopted …"', 'The Politburo in 2024 adopted Regulation 149 on ethics.', '149-QĐ/TW', 'Bộ Chính trị'],
    ['English: "the Politburo and Secretariat\'s Conclusion …"', "The Politburo and Secretariat's Conclusion 127 on the apparatus was issued.", '127-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
    ['a local committee\'s board, named as such', 'Hướng dẫn số 14-HD/BTGQU của Ban Tuyên giáo Quận ủy Ba Đình về tuyên truyền.', '14-HD/BTGQU', 'Ban Tuyên giáo Quận ủy'],
    ['the issuer named before a full citation\'s issuing verb', 'Ban Bí thư ban hành Chỉ thị số 22-CT/TW ngày 20/01/2023.', '22-CT/TW', 'Ban Bí thư'],
    ['English: a possessive before a full citation', "The Politburo's Resolution 58-NQ/TW on science was discussed.", '58-NQ/TW', 'Bộ Chính trị'],
    ['but not a body of another issuer than its symbol\'s', 'Tỉnh ủy ban hành Nghị quyết số 59-NQ/TW.', '59-NQ/TW', undefined],
    ['a sibling lends its issuer, not its body', 'Nghị quyết 57 của Bộ Chính trị về khoa học và Nghị quyết số 99 về bộ máy được quán triệt.', '99-NQ/TW', undefined],
    ['who signs on behalf of a body is not the issuer ("Thay mặt Bộ Chính trị, …")', 'Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ký ban hành Kết luận 190-KL/TW về sắp xếp các hội.', '190-KL/TW', 'Bộ Chính trị'],
    ['who announces it is not the issuer ("được Văn phòng Trung ương Đảng thông báo")', 'Kết luận 210-KL/TW được Văn phòng Trung ương Đảng thông báo tới các cấp ủy.', '210-KL/TW', undefined],
    ['"được <body> ban hành" after the subject names the issuer', 'Quy định số 21-QĐ/TU về công tác dân vận được Tỉnh ủy ban hành đầu năm.', '21-QĐ/TU', 'Tỉnh ủy'],
    ['approved by one body, issued by the one its symbol names', 'Kế hoạch số 31-KH/VPTW về số hóa hồ sơ đã được Ban Bí thư thông qua.', '31-KH/VPTW', undefined],
  ])('%s', (_n, text, key, body) => {
    const d = extractReferences(text, { catalog: false }).documents.find((x) => x.key === key)!;
    expect(d.body).toBe(body);
  });
});

describe('two dates printed for one document', () => {
  it('the catalog sides with one of them: that one is shown, the other kept beside it', () => {
    const text = 'Tỉnh quán triệt Quy định số 213-QĐ/TW, ngày 15/4/2020 của Bộ Chính trị về trách nhiệm của đảng viên. Ngày 02/01/2020, Bộ Chính trị ban hành Quy định số 213-QĐ/TW.';
    const d = extractReferences(text).documents.find((x) => x.key === '213-QĐ/TW')!;
    expect([d.date, d.sources.date]).toEqual(['2020-01-02', 'text']);
    expect(d.others?.date).toEqual([{ value: '2020-04-15', from: 'text' }]);
  });
});

describe('the National Assembly named as the issuer', () => {
  it.each([
    ['"Quốc hội đã thông qua Nghị quyết 62"', 'Quốc hội đã thông qua Nghị quyết 62 về chính sách thuế cho doanh nghiệp nhỏ.', '62/NQ-QH'],
    ['"được Quốc hội thể chế hóa bằng Nghị quyết 54"', 'Chủ trương này đã được Quốc hội thể chế hóa bằng Nghị quyết 54 về cơ chế đặc thù.', '54/NQ-QH'],
    ['"Quốc hội khóa XV đã ban hành Nghị quyết 71"', 'Quốc hội khóa XV đã ban hành Nghị quyết 71 về giám sát chuyên đề.', '71/NQ-QH'],
    ['"… đã được Quốc hội thông qua" after the subject', 'NQ 187 về thí điểm cơ chế quản lý đô thị đã được Quốc hội thông qua.', '187/NQ-QH'],
  ])('%s: a state resolution, never the party\'s', (_n, text, key) => {
    const d = extractReferences(text).documents;
    expect(d.map((x) => [x.key, x.party])).toEqual([[key, false]]);
  });
});

describe('state types', () => {
  it.each([
    ['a symbol that is its issuer alone takes the type word\'s type', 'Nghị quyết 954/2020/UBTVQH14 về mức giảm trừ gia cảnh.', '954/2020/UBTVQH14', 'NQ'],
    ['so does an office\'s letter', 'Công văn 1234/VPCP về việc triển khai.', '1234/VPCP', 'CV'],
  ])('%s', (_n, text, key, type) => {
    expect(extractReferences(text).documents.find((d) => d.key === key)?.type).toBe(type);
  });
});

describe('English names of the central boards', () => {
  it.each([
    ['the Commission for Communications and Education', 'Guidance 159 of the Central Commission for Communications and Education was sent to provinces.', '159-HD/BTGTW'],
    ['the Inspection Commission', 'Instruction 05 of the Central Inspection Commission explains the disciplinary rules.', '05-HD/UBKTTW'],
    ['the Organisation Commission', 'Guidance 12 of the Party Central Committee\'s Organisation Commission sets the timetable.', '12-HD/BTCTW'],
    ['the Commission for Mass Mobilisation', 'Guidance 40 of the Central Commission for Mass Mobilisation was discussed.', '40-HD/BDVTW'],
  ])('%s: its code in the key', (_name, text, key) => {
    expect(extractReferences(text, { articleDate: '2024-11-10' }).documents.map((d) => d.key)).toContain(key);
  });
});
