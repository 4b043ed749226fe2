import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { localityOfUrl } from '../../utils/article/sites';

const docs = (text: string, locality?: string) =>
  extractReferences(text, { catalog: false, locality }).documents.map((d) => [d.key, d.locality ?? null, d.sources.locality ?? null]);

// Our own sentences: where a careful reader finds the party organisation of a local document.
const ROWS: Array<[name: string, text: string, site: string | undefined, expected: Array<[string, string | null, string | null]>]> = [
  ['named in the congress phrase', 'Toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII.', undefined,
    [['NQ-ĐHĐB-XXII', 'Đảng bộ tỉnh Quảng Nam', 'text']]],
  ['named after the term', 'Nghị quyết Đại hội lần thứ XVIII Đảng bộ thành phố Hải Phòng đề ra ba đột phá.', undefined,
    [['NQ-ĐHĐB-XVIII', 'Đảng bộ thành phố Hải Phòng', 'text']]],
  ['a short congress reference takes the organisation named before it', 'Đại hội Đảng bộ tỉnh Sơn La đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV.', undefined,
    [['NQ-ĐHĐB-XIV', 'Đảng bộ tỉnh Sơn La', 'text']]],
  ['two provinces, same key: two documents', 'Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX và Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XX cùng đặt mục tiêu cao.', undefined,
    [['NQ-ĐHĐB-XX', 'Đảng bộ tỉnh Nghệ An', 'text'], ['NQ-ĐHĐB-XX', 'Đảng bộ tỉnh Hà Tĩnh', 'text']]],
  ['a heading in capitals', 'NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC KẠN LẦN THỨ XII', undefined,
    [['NQ-ĐHĐB-XII', 'Đảng bộ tỉnh Bắc Kạn', 'text']]],
  ['the issuer before a numbered document', 'Ban Thường vụ Tỉnh ủy Cao Bằng ban hành Chỉ thị số 12-CT/TU về phòng cháy. Thành ủy Đà Nẵng có Chương trình số 05-CTr/TU.', undefined,
    [['12-CT/TU', 'Đảng bộ tỉnh Cao Bằng', 'text'], ['05-CTr/TU', 'Đảng bộ thành phố Đà Nẵng', 'text']]],
  ['the issuer after it', 'Thực hiện Kế hoạch số 88-KH/TU của Tỉnh ủy Bình Định, các huyện đã triển khai.', undefined,
    [['88-KH/TU', 'Đảng bộ tỉnh Bình Định', 'text']]],
  ['a district', 'Kế hoạch số 31-KH/QU của Ban Thường vụ Quận ủy Quận 10 được ban hành.', undefined,
    [['31-KH/QU', 'Đảng bộ Quận 10', 'text']]],
  ['a clause after the organisation is not its name', 'Ban Tổ chức Tỉnh ủy Tổ chức hội nghị quán triệt Kế hoạch số 14-KH/TU.', undefined,
    [['14-KH/TU', null, null]]],
  ['nothing in the text: the site\'s own organisation', 'Các cấp ủy thực hiện Nghị quyết số 09-NQ/TU về phát triển du lịch.', 'Đảng bộ tỉnh Lào Cai',
    [['09-NQ/TU', 'Đảng bộ tỉnh Lào Cai', 'site']]],
  ['the text wins over the site', 'Tỉnh ủy Yên Bái ban hành Nghị quyết số 09-NQ/TU về du lịch.', 'Đảng bộ tỉnh Lào Cai',
    [['09-NQ/TU', 'Đảng bộ tỉnh Yên Bái', 'text']]],
  ['a district document is not the province\'s', 'Huyện ủy ban hành Kế hoạch số 40-KH/HU về chuyển đổi số.', 'Đảng bộ tỉnh Lào Cai',
    [['40-KH/HU', null, null]]],
  ['the level printed again before the name', 'Thành ủy TP. Hồ Chí Minh ban hành Chỉ thị số 19-CT/TU về an toàn giao thông.', undefined,
    [['19-CT/TU', 'Đảng bộ thành phố Hồ Chí Minh', 'text']]],
  ['a district whose name folds like a common word', 'Huyện ủy Đức Trọng ban hành Nghị quyết số 06-NQ/HU về cà phê.', undefined,
    [['06-NQ/HU', 'Đảng bộ huyện Đức Trọng', 'text']]],
  ['a commune\'s Đảng ủy', 'Đảng ủy xã Tân Lập ban hành Nghị quyết số 05-NQ/ĐU về xây dựng nông thôn mới.', undefined,
    [['05-NQ/ĐU', 'Đảng bộ xã Tân Lập', 'text']]],
  ['central documents have none', 'Nghị quyết số 57-NQ/TW của Bộ Chính trị được Tỉnh ủy Hòa Bình quán triệt.', undefined,
    [['57-NQ/TW', null, null]]],
  ['English: a Provincial Party Committee named before it', 'Resolution No. 07-NQ/TU of the Lao Cai Provincial Party Committee on border trade was reviewed.', undefined,
    [['07-NQ/TU', 'Đảng bộ tỉnh Lào Cai', 'text']]],
  ['English: the Party Committee of a province', 'Resolution No. 08-NQ/TU of the Party Committee of Tra Vinh province on coconut farming was issued.', undefined,
    [['08-NQ/TU', 'Đảng bộ tỉnh Trà Vinh', 'text']]],
  ['English: a city\'s Party Committee, possessive', "Can Tho's Party Committee issued Directive 09-CT/TU on flood control.", undefined,
    [['09-CT/TU', 'Đảng bộ thành phố Cần Thơ', 'text']]],
  ['a provincial agency\'s Đảng ủy Khối', 'Đảng ủy Khối các cơ quan tỉnh Hà Nam ban hành Nghị quyết số 04-NQ/ĐUK về sinh hoạt chi bộ.', undefined,
    [['04-NQ/ĐUK', 'Đảng bộ Khối các cơ quan tỉnh Hà Nam', 'text']]],
  ['the provincial police\'s Đảng ủy, named again without its place', 'Đảng bộ Công an tỉnh Yên Bái quán triệt Nghị quyết số 05-NQ/ĐU của Đảng ủy Công an tỉnh về cải cách hành chính.', undefined,
    [['05-NQ/ĐU', 'Đảng bộ Công an tỉnh Yên Bái', 'text']]],
  ['one agency\'s organisation never stands for another\'s', 'Đảng ủy Khối các cơ quan tỉnh Hưng Yên ban hành Nghị quyết số 07-NQ/ĐUK về sinh hoạt chi bộ; Ban cán sự đảng UBND tỉnh ban hành Chương trình số 12-CTr/BCSĐ về đầu tư.', undefined,
    [['07-NQ/ĐUK', 'Đảng bộ Khối các cơ quan tỉnh Hưng Yên', 'text'], ['12-CTr/BCSĐ', null, null]]],
  ['a Ban cán sự đảng, as printed', 'Ban cán sự đảng UBND tỉnh Long An ban hành Nghị quyết số 06-NQ/BCSĐ về đầu tư công.', undefined,
    [['06-NQ/BCSĐ', 'Ban cán sự đảng UBND tỉnh Long An', 'text']]],
  ['a Tỉnh ủy commission is the province\'s', 'Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu ban hành Hướng dẫn số 07-HD/UBKTTU về kiểm tra đảng viên.', undefined,
    [['07-HD/UBKTTU', 'Đảng bộ tỉnh Bạc Liêu', 'text']]],
  ['"Hội" in a ward\'s name', 'Đảng ủy phường Vĩnh Hội ban hành Nghị quyết số 08-NQ/ĐU về chỉnh trang đô thị.', undefined,
    [['08-NQ/ĐU', 'Đảng bộ phường Vĩnh Hội', 'text']]],
  ['a congress resolution, the province named later in its sentence', 'Sau hai năm thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, tỉnh Tây Ninh đã đạt 15 chỉ tiêu.', undefined,
    [['NQ-ĐHĐB-XIX', 'Đảng bộ tỉnh Tây Ninh', 'text']]],
  ['but not when the sentence names two', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX được tỉnh Tây Ninh và tỉnh Long An cùng nhắc.', undefined,
    [['NQ-ĐHĐB-XIX', null, null]]],
  ['English: a provincial congress with its place', 'The Resolution of the 16th Phu Tho Provincial Party Congress set ten targets.', undefined,
    [['NQ-ĐHĐB-XVI', 'Đảng bộ tỉnh Phú Thọ', 'text']]],
  ['English: a city\'s congress', 'Implementing the Resolution of the 17th Hai Phong Party Congress, the city built two bridges.', undefined,
    [['NQ-ĐHĐB-XVII', 'Đảng bộ thành phố Hải Phòng', 'text']]],
  ['a heading\'s name ends at its line', 'ỦY BAN KIỂM TRA TỈNH ỦY NINH BÌNH\nKỳ họp thứ 12 xem xét Kết luận số 09-KL/UBKTTU.', undefined,
    [['09-KL/UBKTTU', 'Đảng bộ tỉnh Ninh Bình', 'text']]],
  ['a province named without its level, the sentence\'s only one', 'Tại Thừa Thiên Huế, Tỉnh ủy từng ban hành Nghị quyết 14-NQ/TU về đô thị di sản.', undefined,
    [['14-NQ/TU', 'Đảng bộ tỉnh Thừa Thiên Huế', 'text']]],
  ['but a provincial paper\'s own province comes first', 'Tỉnh ủy học tập kinh nghiệm Quảng Ninh khi ban hành Nghị quyết 15-NQ/TU về du lịch.', 'Đảng bộ tỉnh Lào Cai',
    [['15-NQ/TU', 'Đảng bộ tỉnh Lào Cai', 'site']]],
  ['English: a city that issued what follows, not what came before', "Hai Phong's Party Committee adopted Plan No. 04-KH/TU, while Can Tho issued Programme No. 46-CTr/TU.", undefined,
    [['04-KH/TU', 'Đảng bộ thành phố Hải Phòng', 'text'], ['46-CTr/TU', 'Đảng bộ thành phố Cần Thơ', 'text']]],
  ['a Quận ủy board\'s guidance is the district\'s', 'Hướng dẫn số 13-HD/BTGQU của Ban Tuyên giáo Quận ủy Ba Đình về tuyên truyền.', undefined,
    [['13-HD/BTGQU', 'Đảng bộ quận Ba Đình', 'text']]],
  ['"(cũ)" and "(mới)": two organisations since the 2025 mergers', 'Tỉnh ủy Hà Giang (cũ) ban hành Nghị quyết 16-NQ/TU; nay Tỉnh ủy Hà Giang (mới) ban hành Nghị quyết 03-NQ/TU.', undefined,
    [['16-NQ/TU', 'Đảng bộ tỉnh Hà Giang (cũ)', 'text'], ['03-NQ/TU', 'Đảng bộ tỉnh Hà Giang (mới)', 'text']]],
  ['"TP.HCM": the city by its abbreviation', 'Chỉ thị số 23-CT/TU của Thành ủy TP.HCM về an toàn giao thông.', undefined,
    [['23-CT/TU', 'Đảng bộ thành phố Hồ Chí Minh', 'text']]],
  ['English: a short form of the provincial committee is its document', 'Directive 05 of the Politburo and Directive 05 of the Provincial Party Committee were studied.', undefined,
    [['05-CT/TW', null, null], ['05-CT/TU', null, null]]],
  ['a central agency\'s committee, no place after its name', 'Ban Thường vụ Đảng ủy Chính phủ ban hành Nghị quyết số 31-NQ/ĐU về cải cách hành chính.', undefined,
    [['31-NQ/ĐU', 'Đảng bộ Chính phủ', 'text']]],
  ['… and after the citation, its subject read on', 'Thực hiện Chỉ thị số 32-CT/ĐU của Đảng ủy Quốc hội về công tác lập pháp, các cơ quan đã xây dựng kế hoạch.', undefined,
    [['32-CT/ĐU', 'Đảng bộ Quốc hội', 'text']]],
  ['named in a header\'s capitals, written as its name is', 'ĐẢNG ỦY QUỐC HỘI\nSố 34-NQ/ĐU\nNGHỊ QUYẾT\nvề công tác lập pháp', undefined,
    [['34-NQ/ĐU', 'Đảng bộ Quốc hội', 'text']]],
  ['"Thanh Chương", "Chương Mỹ": places, not "Chương trình"', 'Huyện ủy Thanh Chương ban hành Nghị quyết số 36-NQ/HU; Huyện ủy Chương Mỹ ban hành Nghị quyết số 37-NQ/HU.', undefined,
    [['36-NQ/HU', 'Đảng bộ huyện Thanh Chương', 'text'], ['37-NQ/HU', 'Đảng bộ huyện Chương Mỹ', 'text']]],
  ['a province\'s city prints ThU: its Thành ủy is not the Tỉnh ủy\'s organisation', 'Tỉnh ủy Hà Nam và Thành ủy Phủ Lý đã ban hành Nghị quyết số 38-NQ/TU và Nghị quyết số 39-NQ/ThU.', undefined,
    [['38-NQ/TU', 'Đảng bộ tỉnh Hà Nam', 'text'], ['39-NQ/ThU', 'Đảng bộ thành phố Phủ Lý', 'text']]],
  ['a committee of the next clause ("…, trong khi Đảng ủy xã …") is not this document\'s', 'Đảng ủy phường Đông Hà ban hành Nghị quyết số 41-NQ/ĐU về chỉnh trang đô thị, trong khi Đảng ủy xã Cam Lộ ban hành Kế hoạch số 42-KH/ĐU về nông thôn mới.', undefined,
    [['41-NQ/ĐU', 'Đảng bộ phường Đông Hà', 'text'], ['42-KH/ĐU', 'Đảng bộ xã Cam Lộ', 'text']]],
  ['the party committee of a province\'s People\'s Committee', 'Đảng ủy UBND tỉnh Tây Ninh xây dựng Kế hoạch số 43-KH/ĐU thực hiện Kết luận số 195-KL/TW.', undefined,
    [['43-KH/ĐU', 'Đảng bộ UBND tỉnh Tây Ninh', 'text'], ['195-KL/TW', null, null]]],
  ['a ward named like a province is no province', 'Chương trình số 40-CTr/TU của Tỉnh ủy được Đảng ủy phường Hòa Bình triển khai.', undefined,
    [['40-CTr/TU', null, null]]],
  ['the central Party agencies\' committee', 'Đảng ủy các cơ quan Đảng Trung ương vừa ban hành Hướng dẫn số 33-HD/ĐU về đại hội chi bộ.', undefined,
    [['33-HD/ĐU', 'Đảng bộ các cơ quan Đảng Trung ương', 'text']]],
];

describe('locality of local documents', () => {
  it.each(ROWS)('%s', (_name, text, site, expected) => {
    expect(docs(text, site)).toEqual(expected);
  });

  it('a provincial paper gives its organisation; other sites none', () => {
    expect(localityOfUrl('https://baolaocai.vn/bai-viet-123.html')).toBe('Đảng bộ tỉnh Lào Cai');
    expect(localityOfUrl('https://nhandan.vn/bai-viet.html')).toBeUndefined();
    expect(localityOfUrl('not a url')).toBeUndefined();
  });
});
