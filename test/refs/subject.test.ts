import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { tidySubject } from '../../utils/refs/subject';

/** Subject printed for `key` in `text` (engine without the catalog: only what the text says). */
function subjectOf(text: string, key: string): string | undefined {
  const d = extractReferences(text, { catalog: false }).documents.find((x) => x.key === key);
  return d?.sources.title === 'text' ? d.title : undefined;
}

// Our own sentences; each row is one boundary a careful reader draws.
const ROWS: Array<[name: string, text: string, key: string, subject: string | undefined]> = [
  ['each item of a list with its own bracket: the first', 'Ba trụ cột là Nghị quyết 21 (về đổi mới giáo dục nghề nghiệp), 25 (về phát triển du lịch cộng đồng) và 27 (về kinh tế biển) của Tỉnh ủy.', '21-NQ/TU', 'đổi mới giáo dục nghề nghiệp'],
  ['each item of a list with its own bracket: the middle', 'Ba trụ cột là Nghị quyết 21 (về đổi mới giáo dục nghề nghiệp), 25 (về phát triển du lịch cộng đồng) và 27 (về kinh tế biển) của Tỉnh ủy.', '25-NQ/TU', 'phát triển du lịch cộng đồng'],
  ['a bracket that is not a subject gives none', 'Tỉnh ủy tổng kết Nghị quyết 21 (năm 2016), 25 (năm 2018) và 27 của Tỉnh ủy.', '21-NQ/TU', undefined],
  ['the issuer after the last item\'s bracket', 'Nghị quyết 27 (về kinh tế biển) của Tỉnh ủy đã được sơ kết.', '27-NQ/TU', 'kinh tế biển'],
  ['a quoted subject ending in "làm theo" keeps it', 'Chỉ thị 05 "về học tập và làm theo" của Ban Thường vụ Tỉnh ủy đã được sơ kết.', '05-CT/TU', 'học tập và làm theo'],
  ['ends before someone doing something with the next citation', 'Sau 4 năm thực hiện Nghị quyết 09-NQ/TU về du lịch, huyện tiếp tục triển khai Nghị quyết 12-NQ/TU.', '09-NQ/TU', 'du lịch'],
  ['no dangling "được" before a verb and a date', 'Nghị quyết 12-NQ/TU về phát triển đô thị Vĩnh Yên đến năm 2030 được ban hành ngày 3/4/2021.', '12-NQ/TU', 'phát triển đô thị Vĩnh Yên đến năm 2030'],
  ['ends at the target year when what came of it follows', 'Nghị quyết 08-NQ/TU về phát triển du lịch sinh thái đến năm 2025 đạt nhiều kết quả.', '08-NQ/TU', 'phát triển du lịch sinh thái đến năm 2025'],
  ['ends before a place by name doing something', 'Ba năm thực hiện Nghị quyết 15-NQ/TU về phát triển vùng ven biển, Quảng Ngãi thu hút 9 dự án lớn.', '15-NQ/TU', 'phát triển vùng ven biển'],
  ['English: after a clause saying who issued it and when ("…, which the committee issued in 2016 on …")', 'The committee said Resolution 21, which the Politburo issued in 2016 on coastal roads, guided its plans.', '21-NQ/TW', 'coastal roads'],
  ['English: after ", signed by … on <date>,"', 'Directive No. 31-CT/TW, signed by the Party chief on May 2, 2024, on flood control work was sent to all provinces.', '31-CT/TW', 'flood control work'],
  ['English: after "in <month> <year>" following its issuer', 'Resolution 33-NQ/TW, adopted by the 11th Party Central Committee in June 2014 on culture and people, is reviewed.', '33-NQ/TW', 'culture and people'],
  ['English: ends before ", as …"', 'Under Conclusion No. 301-KL/TW on rural schools at all levels, as the province merges its districts, teachers moved.', '301-KL/TW', 'rural schools at all levels'],
  ['English: ends before ", Vietnam …" (the next clause\'s subject)', 'Following Resolution 93-NQ/TW on fisheries, Vietnam reduced its fleet by a tenth.', '93-NQ/TW', 'fisheries'],
  ['English: ends before ", officials …"', 'Under Regulation No. 188-QD/TW on asset declarations, officials who hide assets are disciplined.', '188-QĐ/TW', 'asset declarations'],
  ['ends before "phải được" (what must be done with it)', 'Chỉ thị số 05/CT-TTg năm 2026 về đẩy mạnh giải ngân vốn đầu tư công phải được thực hiện nghiêm.', '05/CT-TTg', 'đẩy mạnh giải ngân vốn đầu tư công'],
  ['a subject of one part per item of the list before it is none of theirs', 'Các Nghị quyết số 46, 47 và 48-NQ/TU về giao thông, thủy lợi và đô thị đã được sơ kết.', '48-NQ/TU', undefined],
  ['English: ends before ", laid …" (the sentence\'s verb after a comma)', 'Resolution No. 47-NQ/TW, adopted by the Politburo on May 3, 2009, on rural credit, laid the ground for new funds.', '47-NQ/TW', 'rural credit'],
  ['English: ends before ", the Central Committee …"', 'Resolution No. 91-NQ/TW on port logistics to 2030, the Central Committee at its third plenum set new goals.', '91-NQ/TW', 'port logistics to 2030'],
  ['English: after "adopted in <year> by <body>,"', 'Resolution No. 92-NQ/TW, adopted in 2016 by the 12th Party Central Committee, on border trade was reviewed.', '92-NQ/TW', 'border trade'],
  ['English: a subject of three with commas ends before ", and the Politburo\'s …"', 'Officials apply Regulation No. 293-QD/TW on inspection, supervision and discipline, and the Politburo\'s Directive 49 on congresses.', '293-QĐ/TW', 'inspection, supervision and discipline'],
  ['ends before ", thực chất là …" (a comment on it)', 'Huyện ủy ban hành Nghị quyết 61-NQ/HU về khoán sản phẩm trong hợp tác xã, thực chất là khoán hộ.', '61-NQ/HU', 'khoán sản phẩm trong hợp tác xã'],
  ['ends before "nay đã …"', 'Quy định 17-QĐ/TU về công tác kiểm tra đảng viên nay đã được thay thế.', '17-QĐ/TU', 'công tác kiểm tra đảng viên'],
  ['ends before "tiếp tục kế thừa"', 'Kết luận số 71-KL/TU về xây dựng Đảng bộ trong sạch tiếp tục kế thừa, phát triển tinh thần đó.', '71-KL/TU', 'xây dựng Đảng bộ trong sạch'],
  ['ends before "và gần 8 năm thực hiện …" another document', 'Nghị quyết số 03-NQ/TU về y tế cơ sở và gần 8 năm thực hiện Nghị quyết số 20-NQ/TW đã cho thấy nhiều kết quả.', '03-NQ/TU', 'y tế cơ sở'],
  ['ends at a table cell\'s edge', 'Kế hoạch số 12-KH/TU về phát triển kinh tế số | Ban Tuyên giáo Tỉnh ủy | Quý III/2025', '12-KH/TU', 'phát triển kinh tế số'],
  ['a programme\'s subject keeps the term of office of the congress it carries out', 'Chương trình hành động số 03-CTr/ĐU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.', '03-CTr/ĐU', 'thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030'],
  ['"lần lượt về A; về B": the first item\'s own', 'Tỉnh ủy ban hành các Nghị quyết số 31 và 32-NQ/TU lần lượt về giao thông nông thôn; về chuyển đổi số cấp xã.', '31-NQ/TU', 'giao thông nông thôn'],
  ['"lần lượt về A; về B": the second item\'s own', 'Tỉnh ủy ban hành các Nghị quyết số 31 và 32-NQ/TU lần lượt về giao thông nông thôn; về chuyển đổi số cấp xã.', '32-NQ/TU', 'chuyển đổi số cấp xã'],
  ['English: ends before ", the number of …" (the next clause)', 'Under Resolution 48-NQ/TU on merging agencies, the number of departments fell by a third.', '48-NQ/TU', 'merging agencies'],
  ['English: ends before ", moving …" (what it did)', 'Resolution 66-NQ/TU on trade, moving the province beyond farming, was welcomed.', '66-NQ/TU', 'trade'],
  ['a Vietnamese subject keeps ", an ninh" (no English article)', 'Nghị quyết 06-NQ/TU về kinh tế biển gắn với quốc phòng, an ninh đến năm 2030 được ban hành.', '06-NQ/TU', 'kinh tế biển gắn với quốc phòng, an ninh đến năm 2030'],
  ['English: a list of those who ("for cadres, Party members, officials and civil servants") is the subject\'s', 'Regulation 44-QD/TU on ethical standards for cadres, Party members, officials and civil servants was issued.', '44-QĐ/TU', 'ethical standards for cadres, Party members, officials and civil servants'],
  ['English: "…, Vietnam and Cambodia" closes a list', 'Resolution 33-NQ/TU on trade relations between Laos, Vietnam and Cambodia is key.', '33-NQ/TU', 'trade relations between Laos, Vietnam and Cambodia'],
  ['"hiện nay đã": the subject keeps "hiện nay"', 'Chỉ thị số 21-CT/TU về phòng, chống thiên tai trong tình hình hiện nay đã phát huy hiệu quả.', '21-CT/TU', 'phòng, chống thiên tai trong tình hình hiện nay'],
  ['"phải được kê khai" inside a subject is the subject\'s', 'Quy định 31-QĐ/TU về tài sản, thu nhập phải được kê khai của cán bộ diện Ban Thường vụ quản lý được triển khai.', '31-QĐ/TU', 'tài sản, thu nhập phải được kê khai của cán bộ diện Ban Thường vụ quản lý'],
  ['"lần lượt về A; B": "về" said once, the parts between semicolons', 'Tỉnh ủy ban hành các Nghị quyết số 51, 52 và 53-NQ/TU, lần lượt về giao thông nông thôn; chuyển đổi số, kinh tế số cấp xã; du lịch.', '52-NQ/TU', 'chuyển đổi số, kinh tế số cấp xã'],
  ['"lần lượt về A và về B"', 'Đảng ủy quán triệt Quy định số 61-QĐ/TU và 62-QĐ/TU, lần lượt về tiếp công dân và về tiếp nhận đơn thư, cho 120 đảng viên.', '62-QĐ/TU', 'tiếp nhận đơn thư'],
  ['"lần lượt về A, B và C" when the parts are as many as the items', 'Các Nghị quyết số 71, 72 và 73-NQ/TU lần lượt về công tác cán bộ, tiền lương và bảo hiểm xã hội đã tạo chuyển biến.', '72-NQ/TU', 'tiền lương'],
  ['near miss: commas that do not make as many parts as items give none', 'Các Nghị quyết số 71 và 72-NQ/TU lần lượt về công tác cán bộ, tiền lương và bảo hiểm xã hội đã tạo chuyển biến.', '72-NQ/TU', undefined],
  ['English: "and No. <next>" is the list\'s, not the subject\'s', 'The board issued resolutions No. 21-NQ/TU on rural roads and No. 22-NQ/TU on digital services.', '21-NQ/TU', 'rural roads'],
  ['ends before ", người đứng đầu … phải …", the main clause', 'Theo Chỉ thị 07-CT/TU về tiếp công dân, giải quyết khiếu nại, tố cáo, người đứng đầu cấp ủy phải trực tiếp tiếp dân.', '07-CT/TU', 'tiếp công dân, giải quyết khiếu nại, tố cáo'],
  ['"lần lượt về A; về B …": the last part ends before the sentence\'s verb', 'Tỉnh ủy ban hành các Nghị quyết số 41 và 42-NQ/TU lần lượt về giao thông nông thôn; về chuyển đổi số cấp xã đã mang lại nhiều kết quả.', '42-NQ/TU', 'chuyển đổi số cấp xã'],
  ['"toàn diện" after a comma is the subject\'s word, not "toàn" (all) of a new clause', 'Nghị quyết 29-NQ/TU về đổi mới căn bản, toàn diện giáo dục nghề nghiệp đã đặt nền móng.', '29-NQ/TU', 'đổi mới căn bản, toàn diện giáo dục nghề nghiệp'],
  ['ends before ", có hành vi …" (what someone did)', 'Ông bị kỷ luật vì vi phạm Quy định 14-QĐ/TU về chuẩn mực đạo đức, có hành vi ứng xử thiếu chuẩn mực.', '14-QĐ/TU', 'chuẩn mực đạo đức'],
  ['a plan\'s subject "tuyên truyền, đưa <resolution> vào cuộc sống" is whole', 'Đảng ủy xã ban hành Kế hoạch số 07-KH/ĐU tuyên truyền, đưa Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I vào cuộc sống.', '07-KH/ĐU', 'tuyên truyền, đưa Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I vào cuộc sống'],
  ['a working rule\'s subject with no "về" ("Quy chế … phối hợp giữa …")', 'Tỉnh ủy ban hành Quy chế số 05-QC/TU phối hợp giữa Ủy ban Kiểm tra với các cơ quan tham mưu.', '05-QC/TU', 'phối hợp giữa Ủy ban Kiểm tra với các cơ quan tham mưu'],
  ['"đưa … vào cuộc sống": the subject ends before it', 'Tỉnh đưa Nghị quyết 15-NQ/TU về đất đai vào cuộc sống.', '15-NQ/TU', 'đất đai'],
  ['ends before "với 6 nhóm nhiệm vụ" (what the plan holds)', 'Chương trình hành động số 26-CTr/TU về chuyển đổi số với 6 nhóm nhiệm vụ, 65 đề án đã được ban hành.', '26-CTr/TU', 'chuyển đổi số'],
  ['English: ends before "form the …" (the sentence\'s plural verb)', 'Regulation 22-QD/TU on inspection and discipline of the Party form the legal basis of the work.', '22-QĐ/TU', 'inspection and discipline of the Party'],
  ['English: ends before ", and shortly afterwards <next citation>"', 'Resolution 48-NQ/TU on the legal system to 2010, and shortly afterwards Resolution No. 49-NQ/TU on the courts, set the course.', '48-NQ/TU', 'the legal system to 2010'],
  ['English: ends before ", <title and name> said"', 'Resolution 20-NQ/TU on people\'s health in the new situation, Minister of Health Dao Hong Lan said, is key.', '20-NQ/TU', 'people\'s health in the new situation'],
  ['ends before ", Sở Y tế đã …" (an agency doing something)', 'Thực hiện Nghị quyết số 09-NQ/TU về y tế cơ sở, Sở Y tế đã sáp nhập năm bệnh viện.', '09-NQ/TU', 'y tế cơ sở'],
  ['English: ends before a verb of the sentence with no comma ("… succeeds …")', 'Resolution 45-NQ/TU on building the role of intellectuals in the new period succeeds Resolution 27-NQ/TU on the same work.', '45-NQ/TU', 'building the role of intellectuals in the new period'],
  ['English: ends before ", schools still struggle …"', 'Seven years into Resolution 29-NQ/TU on renewing education, schools still struggle with rote learning.', '29-NQ/TU', 'renewing education'],
  ['English: keeps ", with a vision to 2045"', 'Resolution 30-NQ/TU on the delta to 2030, with a vision to 2045 is being implemented.', '30-NQ/TU', 'the delta to 2030, with a vision to 2045'],
  ['English: "who have" inside the subject is no verb of the sentence', 'Conclusion 35-KL/TU on disciplining members who have violated rules was issued.', '35-KL/TU', 'disciplining members who have violated rules'],
  ['English: after "issued in <month> <year>" with no comma', 'Resolution 61-NQ/TU issued in March 2021 on rural roads was reviewed.', '61-NQ/TU', 'rural roads'],
  ['English: an official subject with ", improving …" keeps it', 'Resolution 77-NQ/TU on renewing public units, improving their efficiency, was reviewed.', '77-NQ/TU', 'renewing public units, improving their efficiency'],
  ['after a place of two names joined by a dash', 'Chỉ thị số 14-CT/TU ngày 2/3/2024 của Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm về việc chỉnh trang vỉa hè được triển khai.', '14-CT/TU', 'việc chỉnh trang vỉa hè'],
  ['English: ends before ", the province held …"', 'Under Resolution 11-NQ/TU on rural roads, the province held a review conference.', '11-NQ/TU', 'rural roads'],
  ['a quote after a colon is the document quoted, not its subject', 'Bài viết dẫn Chỉ thị 12-CT/TU: “mỗi đảng viên là một tuyên truyền viên”.', '12-CT/TU', undefined],
  ['a short passive closing the sentence is its verb', 'Chỉ thị 14-CT/TU về học tập lý luận chính trị được chú trọng hơn.', '14-CT/TU', 'học tập lý luận chính trị'],
  ['but not "không được" inside the subject', 'Quy định 08-QĐ/TU về những việc cán bộ không được làm.', '08-QĐ/TU', 'những việc cán bộ không được làm'],
  ['ends before "không phải là"', 'Nghị quyết 66/NQ-CP về cắt giảm thủ tục hành chính không phải là Nghị quyết 66-NQ/TW.', '66/NQ-CP', 'cắt giảm thủ tục hành chính'],
  ['English: ends before "and the National Assembly\'s Resolution …"', 'Resolution 41-NQ/TU on rural tourism and the National Assembly\'s Resolution 111/2024/QH15 opened new room for farms.', '41-NQ/TU', 'rural tourism'],
  ['ends before the date', 'Công văn số 12-CV/BCĐ về việc rà soát biên chế khối đảng ngày 3/4/2025, Ban Chỉ đạo yêu cầu báo cáo.', '12-CV/BCĐ', 'việc rà soát biên chế khối đảng'],
  ['a year alone between the symbol and the issuer', 'Nghị quyết số 10-NQ/TW năm 1988 của Bộ Chính trị về đổi mới quản lý kinh tế nông nghiệp đã tạo bước ngoặt.', '10-NQ/TW', 'đổi mới quản lý kinh tế nông nghiệp'],
  ['after the full name of a Đảng ủy Khối', 'Nghị quyết số 09 của Đảng ủy Khối các cơ quan Trung ương về nâng cao chất lượng sinh hoạt chi bộ, các đảng bộ trực thuộc đã tổ chức nhiều buổi sinh hoạt.', '09-NQ/ĐUK', 'nâng cao chất lượng sinh hoạt chi bộ'],
  ['a programme\'s subject straight after its symbol', 'Tỉnh ủy ban hành Chương trình hành động số 41-CTr/TU thực hiện Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân.', '41-CTr/TU', 'thực hiện Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân'],
  ['ends before what the sentence goes on to do', 'Thực hiện Chỉ thị số 40-CT/TW về tín dụng chính sách xã hội, tổ chức hội nghị sơ kết tại các huyện.', '40-CT/TW', 'tín dụng chính sách xã hội'],
  ['ends at a colon', 'Chi bộ học Quy định số 08-QĐi/TW về trách nhiệm nêu gương: cán bộ càng cao càng phải gương mẫu.', '08-QĐi/TW', 'trách nhiệm nêu gương'],
  ['ends before a clause after a comma', 'Huyện thực hiện Nghị quyết số 09-NQ/HU về phát triển chăn nuôi, tổng đàn bò của huyện tăng gấp đôi.', '09-NQ/HU', 'phát triển chăn nuôi'],
  ['keeps a subject that lists with commas', 'Thực hiện Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.', '18-NQ/TW', 'tiếp tục đổi mới, sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả'],
  ['ends before whom it is taken to', 'Đảng ủy quán triệt Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc tới toàn thể cán bộ, chiến sĩ.', '44-NQ/TW', 'Chiến lược bảo vệ Tổ quốc'],
  ['ends before "vẫn" (still …)', 'Chỉ thị số 27-CT/TW về công tác thi đua khen thưởng vẫn giữ nguyên giá trị.', '27-CT/TW', 'công tác thi đua khen thưởng'],
  ['ends before a verb of the sentence', 'Chỉ thị số 07-CT/TW của Ban Bí thư về tăng cường công tác dân vận đã tạo chuyển biến rõ rệt.', '07-CT/TW', 'tăng cường công tác dân vận'],
  ['ends before the issuer that follows it', 'Quy định số 88 về công tác kiểm tra nội bộ của Bộ Chính trị được quán triệt rộng rãi.', '88-QĐ/TW', 'công tác kiểm tra nội bộ'],
  ['reads through a citation embedded in it', 'Bộ Chính trị ban hành Kết luận số 301-KL/TW về tổng kết Nghị quyết số 44-NQ/TW của Ban Chấp hành Trung ương khóa XI và giao nhiệm vụ mới.', '301-KL/TW', 'tổng kết Nghị quyết số 44-NQ/TW của Ban Chấp hành Trung ương khóa XI'],
  ['keeps the embedded citation\'s date and body', 'Kết luận số 302-KL/TW ngày 5/3/2025 của Bộ Chính trị về việc điều chỉnh một số nội dung Chỉ thị số 41-CT/TW, ngày 2/2/2024 của Bộ Chính trị; các cấp ủy triển khai.', '302-KL/TW', 'việc điều chỉnh một số nội dung Chỉ thị số 41-CT/TW, ngày 2/2/2024 của Bộ Chính trị'],
  ['stops before a document named after ", cũng như"', 'Nghị quyết số 98-NQ/TW về nhà nước pháp quyền trong giai đoạn mới, cũng như Nghị quyết số 99-NQ/TW về trí thức, đều được nhắc đến.', '98-NQ/TW', 'nhà nước pháp quyền trong giai đoạn mới'],
  ['stops before the next item of a list', 'Thực hiện Nghị quyết số 91-NQ/TW về phát triển nông thôn và Nghị quyết số 92-NQ/TW về phát triển đô thị.', '91-NQ/TW', 'phát triển nông thôn'],
  ['reads the last item of a list too', 'Thực hiện Nghị quyết số 91-NQ/TW về phát triển nông thôn và Nghị quyết số 92-NQ/TW về phát triển đô thị.', '92-NQ/TW', 'phát triển đô thị'],
  ['a quoted subject is what is inside the quotes', 'Chỉ thị số 09-CT/TW của Bộ Chính trị về “Đổi mới, nâng cao chất lượng sinh hoạt chi bộ; siết chặt kỷ cương” được triển khai.', '09-CT/TW', 'Đổi mới, nâng cao chất lượng sinh hoạt chi bộ; siết chặt kỷ cương'],
  ['a quote right after the body', 'Nghị quyết số 31-NQ/TW của Ban Chấp hành Trung ương khóa XII "Một số vấn đề về văn hóa học đường" đi vào cuộc sống.', '31-NQ/TW', 'Một số vấn đề về văn hóa học đường'],
  ['nested straight quotes', 'Nghị quyết số 33-NQ/TW về "chống biểu hiện "lợi ích nhóm" trong nội bộ" được quán triệt.', '33-NQ/TW', 'chống biểu hiện "lợi ích nhóm" trong nội bộ'],
  ['a subject in brackets', 'Các nghị quyết mới, gồm Nghị quyết số 93-NQ/TW (về kinh tế biển) và Nghị quyết số 94-NQ/TW (về y tế), được ban hành.', '93-NQ/TW', 'kinh tế biển'],
  ['skips a month in brackets', 'Nghị quyết số 95-NQ/TW (tháng 3.2025) về chuyển đổi xanh; Nghị quyết số 96-NQ/TW về năng lượng.', '95-NQ/TW', 'chuyển đổi xanh'],
  ['a year followed by a vision goes on', 'Nghị quyết số 97-NQ/TW về phát triển vùng Tây Bắc đến năm 2030, tầm nhìn đến năm 2045, mở ra dư địa mới.', '97-NQ/TW', 'phát triển vùng Tây Bắc đến năm 2030, tầm nhìn đến năm 2045'],
  ['a year followed by a new clause ends it', 'Sau 15 năm thực hiện Nghị quyết số 98-NQ/TW về phát triển vùng duyên hải đến năm 2020, vùng duyên hải thay đổi rõ rệt.', '98-NQ/TW', 'phát triển vùng duyên hải đến năm 2020'],
  ['drops a bracketed abbreviation', 'Nghị quyết số 99-NQ/TW về ứng phó biến đổi khí hậu (BĐKH), bảo vệ môi trường và Chương trình hành động của Chính phủ.', '99-NQ/TW', 'ứng phó biến đổi khí hậu, bảo vệ môi trường'],
  ['…every one, a hyphenated one too', 'Nghị quyết số 98-NQ/TW về phát triển khoa học, công nghệ (KH-CN), đổi mới sáng tạo (ĐMST) và chuyển đổi số (CĐS) quốc gia đã được quán triệt.', '98-NQ/TW', 'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'],
  ['a line cut mid-phrase goes on', 'Quy định số 140-QĐ/TW về việc đánh\ngiá cán bộ hằng năm.', '140-QĐ/TW', 'việc đánh giá cán bộ hằng năm'],
  ['a new line that starts a sentence ends it', 'Kết luận số 303-KL/TW về phát triển văn hóa đọc\nTheo đó, các cấp ủy cần', '303-KL/TW', 'phát triển văn hóa đọc'],
  ['a heading in capitals, shown in sentence case', 'Số: 21-HD/BTCTW\nHà Nội, ngày 2 tháng 3 năm 2024\nHƯỚNG DẪN\nMỘT SỐ VẤN ĐỀ VỀ NGHIỆP VỤ\nCÔNG TÁC ĐẢNG VIÊN\nCăn cứ Điều lệ Đảng', '21-HD/BTCTW', 'Một số vấn đề về nghiệp vụ công tác đảng viên'],
  ['English subject after "on"', 'The Politburo issued Resolution No. 61-NQ/TW on developing the digital economy, which sets targets for 2030.', '61-NQ/TW', 'developing the digital economy'],
  ['English list glued by the page', 'Resolution No. 62-NQ/TWof the Politburo on green growth;Resolution No. 63-NQ/TWof the Politburo on clean energy, andResolution No. 64-NQ/TW on ports.', '63-NQ/TW', 'clean energy'],
  ['a clause leading to the next citation is not the subject', 'Thực hiện Chỉ thị số 61-CT/TW về học tập lý luận, gắn với Nghị quyết số 62-NQ/TW về cán bộ.', '61-CT/TW', 'học tập lý luận'],
  ['a plan without "về"', 'Ban Thường vụ đã ban hành Kế hoạch số 77-KH/TU ngày 3-4-2021 triển khai thực hiện Chỉ thị số 12-CT/TW của Bộ Chính trị, tổ chức quán triệt sâu rộng.', '77-KH/TU', 'triển khai thực hiện Chỉ thị số 12-CT/TW của Bộ Chính trị'],
  ['no subject printed', 'Các cấp ủy tiếp tục thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương.', '18-NQ/TW', undefined],
  ['ends before a clause of figures after a comma, however long', 'Sau hai năm thực hiện Nghị quyết số 07-NQ/HU về phát triển cây dược liệu, sản lượng dược liệu khô của các hợp tác xã trong huyện tăng hơn 40%.', '07-NQ/HU', 'phát triển cây dược liệu'],
  ['keeps "tăng trưởng" inside a subject', 'Quán triệt Nghị quyết số 93-NQ/TW về đổi mới mô hình, nâng cao chất lượng tăng trưởng kinh tế.', '93-NQ/TW', 'đổi mới mô hình, nâng cao chất lượng tăng trưởng kinh tế'],
  ['ends before "trước ngày" (a deadline)', 'Các chi bộ học tập Quy định số 95-QĐ/TW về chuẩn mực ứng xử của đảng viên trước ngày 20/7.', '95-QĐ/TW', 'chuẩn mực ứng xử của đảng viên'],
  ['"can bo" without diacritics is not the English "can"', 'Cac chi bo hoc tap Quy dinh so 96-QD/TW ve tieu chuan can bo, dang vien trong tinh hinh moi.', '96-QĐ/TW', 'tieu chuan can bo, dang vien trong tinh hinh moi'],
  ['an English subject ends before the verb of the sentence', 'Experts said Resolution 97-NQ/TW on rural housing treats housing as a basic right of every family.', '97-NQ/TW', 'rural housing'],
  ['an apostrophe inside a word opens no subject', "Delegates discussed Resolutions 98 and 99 of the 13th Party Central Committee's seventh plenum on new tasks.", '99-NQ/TW', undefined],
  ['an English plenum after the reference, then its subject', 'Cities reviewed Resolution 94-NQ/TW of the ninth plenum of the 11th Party Central Committee on building urban culture.', '94-NQ/TW', 'building urban culture'],
  ['ends before a passive verb of the sentence', 'Hướng dẫn số 61-HD/BTGTW về tuyên truyền kỷ niệm ngày thành lập Đảng được gửi tới các đảng bộ trực thuộc.', '61-HD/BTGTW', 'tuyên truyền kỷ niệm ngày thành lập Đảng'],
  ['ends before a passive with its agent', 'Chỉ thị số 62-CT/TW về công tác bầu cử đại biểu Quốc hội được các tỉnh triển khai ngay.', '62-CT/TW', 'công tác bầu cử đại biểu Quốc hội'],
  ['ends before "có hiệu lực"', 'Quy định số 63-QĐ/TW về chế độ họp của cấp ủy có hiệu lực kể từ ngày ký.', '63-QĐ/TW', 'chế độ họp của cấp ủy'],
  ['ends before "thay thế" another document', 'Quy định số 64-QĐ/TW về công tác bảo vệ chính trị nội bộ thay thế Quy định số 126-QĐ/TW.', '64-QĐ/TW', 'công tác bảo vệ chính trị nội bộ'],
  ['ends before "gồm" and a figure', 'Quy định số 65-QĐ/TW về tiêu chuẩn cán bộ trẻ gồm 4 nhóm tiêu chí.', '65-QĐ/TW', 'tiêu chuẩn cán bộ trẻ'],
  ['ends before the verb after a figure', 'Kết luận số 66-KL/TW về biên chế khối đảng giai đoạn 2026-2030 yêu cầu giảm 10% đầu mối.', '66-KL/TW', 'biên chế khối đảng giai đoạn 2026-2030'],
  ['ends before a new clause after a comma', 'Sau 5 năm thực hiện Nghị quyết số 67-NQ/TW về phát triển nông nghiệp xanh, bền vững, nông dân đã có thu nhập cao hơn.', '67-NQ/TW', 'phát triển nông nghiệp xanh, bền vững'],
  ['a passive after the last item of a list keeps the list', 'Quy định số 87-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm đã được triển khai.', '87-QĐ/TW', 'kỷ luật tổ chức đảng, đảng viên vi phạm'],
  ['a vision after a comma, then a passive, keeps the vision', 'Nghị quyết số 88-NQ/TW về kinh tế biển đến năm 2030, tầm nhìn đến năm 2045 đã được cụ thể hóa.', '88-NQ/TW', 'kinh tế biển đến năm 2030, tầm nhìn đến năm 2045'],
  ['"lãnh đạo, quản lý" is one phrase, not a new clause', 'Quy định số 68-QĐ/TW về đánh giá cán bộ lãnh đạo, quản lý các cấp sẽ được áp dụng từ năm sau.', '68-QĐ/TW', 'đánh giá cán bộ lãnh đạo, quản lý các cấp'],
  ['ends before "còn" (while)', 'Nghị quyết số 69-NQ/TW về phát triển công nghiệp văn hóa, còn Kết luận số 70-KL/TW về thể thao.', '69-NQ/TW', 'phát triển công nghiệp văn hóa'],
  ['ends before ", và" and what follows', 'Kết luận số 90-KL/TW về sắp xếp tổ chức bộ máy năm 2025, và chỉ hai tuần sau các bộ đã hợp nhất.', '90-KL/TW', 'sắp xếp tổ chức bộ máy năm 2025'],
  ['ends before a clause about the whole country', 'Sau bảy năm thực hiện Nghị quyết số 91-NQ/TW về tinh gọn bộ máy, hoạt động hiệu lực, hiệu quả, cả nước giảm hàng nghìn đầu mối.', '91-NQ/TW', 'tinh gọn bộ máy, hoạt động hiệu lực, hiệu quả'],
  ['ends before a clause of time', 'Thực hiện Chỉ thị số 05-CT/TU về xây dựng nông thôn mới, đến cuối năm 2025 toàn tỉnh có 80 xã đạt chuẩn.', '05-CT/TU', 'xây dựng nông thôn mới'],
  ['"đưa nước ta … trở thành" is the subject\'s own', 'Nghị quyết số 93-NQ/TW về đổi mới thể chế, tạo động lực đưa nước ta trở thành nước phát triển đã được ban hành.', '93-NQ/TW', 'đổi mới thể chế, tạo động lực đưa nước ta trở thành nước phát triển'],
  ['"trở thành" as the sentence\'s verb still ends it', 'Nghị quyết số 94-NQ/TW về chuyển đổi số trở thành kim chỉ nam cho các cấp.', '94-NQ/TW', 'chuyển đổi số'],
  ['ends before the sentence\'s "đặt ra"', 'Quy định số 95-QĐ/TW về chuẩn mực đạo đức của cán bộ đặt ra năm nhóm chuẩn mực.', '95-QĐ/TW', 'chuẩn mực đạo đức của cán bộ'],
  ['ends before the sentence\'s "yêu cầu"', 'Chỉ thị số 96-CT/TW về công tác phòng chống thiên tai yêu cầu các địa phương chủ động.', '96-CT/TW', 'công tác phòng chống thiên tai'],
  ['"đáp ứng yêu cầu" stays in', 'Nghị quyết số 97-NQ/TW về nâng cao chất lượng cán bộ đáp ứng yêu cầu nhiệm vụ được quán triệt.', '97-NQ/TW', 'nâng cao chất lượng cán bộ đáp ứng yêu cầu nhiệm vụ'],
  ['"trước hết là …" is the subject\'s own', 'Quy định số 09-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Ban Chấp hành Trung ương, các đồng chí đã gương mẫu.', '09-QĐi/TW', 'trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Ban Chấp hành Trung ương'],
  ['"là" as the sentence\'s verb still ends it', 'Nghị quyết số 57-NQ/TW về khoa học, công nghệ là đột phá quan trọng hàng đầu.', '57-NQ/TW', 'khoa học, công nghệ'],
  ['ends before ", vốn"', 'Nghị quyết số 92-NQ/TW về đơn vị sự nghiệp công lập, vốn không thuộc lĩnh vực tam nông, cũng được nhắc đến.', '92-NQ/TW', 'đơn vị sự nghiệp công lập'],
  ['ends before ", tiếp theo"', 'Nghị quyết số 71-NQ/TW về kinh tế số, tiếp theo các nghị quyết chiến lược trước đó.', '71-NQ/TW', 'kinh tế số'],
  ['ends before when it was issued', 'Nghị quyết số 72-NQ/TW về kinh tế tập thể, ban hành năm 2022, đã đi vào cuộc sống.', '72-NQ/TW', 'kinh tế tập thể'],
  ['a pair joined by a dash stays', 'Huyện ủy ban hành Nghị quyết số 08-NQ/HU về phát triển thương mại – dịch vụ giai đoạn 2026-2030.', '08-NQ/HU', 'phát triển thương mại – dịch vụ giai đoạn 2026-2030'],
  ['a dash before a remark still ends it', 'Nghị quyết số 73-NQ/TW về hội nhập quốc tế – một quyết sách lớn của Đảng.', '73-NQ/TW', 'hội nhập quốc tế'],
  ['a year after the issuer, then the subject', 'Chỉ thị số 74 của Bộ Chính trị năm 2024 về công tác dân vận được quán triệt.', '74-CT/TW', 'công tác dân vận'],
  ['English: ends before the sentence\'s verb', 'Decree 95/2026/ND-CP on allowances for cadres supplements Resolution 18-NQ/TW of the 12th Party Central Committee.', '95/2026/ND-CP', 'allowances for cadres'],
  ['ends before a passive with its agent named', 'Kế hoạch số 76-KH/TU về chuyển đổi số trong cơ quan đảng được Ban Thường vụ Tỉnh ủy ban hành tháng trước.', '76-KH/TU', 'chuyển đổi số trong cơ quan đảng'],
  ['ends before "được ví như"', 'Nghị quyết số 77-NQ/TW về khoa học, công nghệ được ví như một cú hích.', '77-NQ/TW', 'khoa học, công nghệ'],
  ['a list of verbs after a comma stays in', 'Nghị quyết số 78-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy đã đạt kết quả bước đầu.', '78-NQ/TW', 'tiếp tục đổi mới, sắp xếp tổ chức bộ máy'],
  ['the Party\'s own subject with a semicolon reads on', 'Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái trong nội bộ đã tạo chuyển biến.', 'NQ-HNTW4-XII', 'tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái trong nội bộ'],
  ['any other semicolon still ends it', 'Tỉnh quán triệt Nghị quyết số 84-NQ/TW về kinh tế số; nâng cao chất lượng nguồn nhân lực.', '84-NQ/TW', 'kinh tế số'],
  ['ends before a tie to another document', 'Kết luận số 85-KL/TW về chỉnh đốn Đảng gắn với Chỉ thị 05 của Bộ Chính trị được quán triệt.', '85-KL/TW', 'chỉnh đốn Đảng'],
  ['quoted words after a comma stay in', 'Kết luận số 86-KL/TW về ngăn chặn biểu hiện “tự diễn biến”, “tự chuyển hóa” đã được quán triệt.', '86-KL/TW', 'ngăn chặn biểu hiện “tự diễn biến”, “tự chuyển hóa”'],
  ['English: ends before a date', 'The Politburo issued Resolution 79-NQ/TW on rural development on May 4, 2026.', '79-NQ/TW', 'rural development'],
  ['English: ends before a new clause after a comma', 'After years of implementing Resolution 75-NQ/TW on marine economy, the ministry reported steady growth.', '75-NQ/TW', 'marine economy'],
  ['ends before "nhằm" and what the document is for', 'Huyện ủy ban hành Nghị quyết số 31-NQ/HU về trồng cây mắc ca nhằm tăng thu nhập cho hộ nghèo.', '31-NQ/HU', 'trồng cây mắc ca'],
  ['ends before "để"', 'Thành ủy ban hành Nghị quyết số 32-NQ/TU về chỉnh trang bờ sông để thu hút khách du lịch.', '32-NQ/TU', 'chỉnh trang bờ sông'],
  ['ends before "với mục tiêu", with or without a comma', 'Nghị quyết số 33-NQ/TU về phát triển cây cà phê đặc sản, với mục tiêu xuất khẩu 20 nghìn tấn, được triển khai.', '33-NQ/TU', 'phát triển cây cà phê đặc sản'],
  ['ends before the sentence\'s "xác định"', 'Nghị quyết số 34-NQ/ĐUK về củng cố chi bộ doanh nghiệp xác định ba khâu then chốt.', '34-NQ/ĐUK', 'củng cố chi bộ doanh nghiệp'],
  ['ends before "tạo" with no comma', 'Chỉ thị số 35-CT/TU về phát triển làng nghề tạo sức bật cho kinh tế nông thôn.', '35-CT/TU', 'phát triển làng nghề'],
  ['"sáng tạo", "đào tạo" and "tạo điều kiện" stay in', 'Nghị quyết số 36-NQ/TU về đào tạo nghề và tạo điều kiện cho khởi nghiệp sáng tạo đã đi vào cuộc sống.', '36-NQ/TU', 'đào tạo nghề và tạo điều kiện cho khởi nghiệp sáng tạo'],
  ['ends before ", trên cơ sở" another document', 'Chỉ thị số 37-CT/TU về chuẩn bị đại hội chi bộ, trên cơ sở Chỉ thị số 45-CT/TW của Bộ Chính trị.', '37-CT/TU', 'chuẩn bị đại hội chi bộ'],
  ['ends before a clause about the districts, commas inside it', 'Thực hiện Chỉ thị số 38-CT/TU về an toàn giao thông đường thủy, các quận, huyện đã ra quân đồng loạt.', '38-CT/TU', 'an toàn giao thông đường thủy'],
  ['ends before "đều hướng tới"', 'Nghị quyết 39-NQ/TU về kinh tế ban đêm và Chỉ thị 40-CT/TU về du lịch đêm đều hướng tới phát triển dịch vụ.', '40-CT/TU', 'du lịch đêm'],
  ['English: ends before ", aiming to"', 'The provincial Party Committee issued Resolution 41-NQ/TU on seaweed farming, aiming to double exports.', '41-NQ/TU', 'seaweed farming'],
  ['English: ends before a verb in the past', 'Directive 46-CT/TW on village elections replaced Directive 30 last year.', '46-CT/TW', 'village elections'],
  ['ends before ", cấp huyện sẽ …"', 'Theo Kết luận số 47-KL/TW về sắp xếp đơn vị hành chính, cấp huyện sẽ kết thúc hoạt động.', '47-KL/TW', 'sắp xếp đơn vị hành chính'],
  ['ends before a clause whose subject "được cải thiện"', 'Sau mười năm thực hiện Nghị quyết số 48-NQ/TW về chính sách nhà ở, đời sống người dân được cải thiện.', '48-NQ/TW', 'chính sách nhà ở'],
  ['ends before ", tạo … để" what it leads to', 'Nghị quyết số 49-NQ/TU về đô thị thông minh, tạo nền tảng để tỉnh trở thành trung tâm vùng.', '49-NQ/TU', 'đô thị thông minh'],
  ['ends before the committees a meeting gathers', 'Hội nghị giao ban thực hiện Chỉ thị số 53-CT/TW về học tập và làm theo Bác các tỉnh, thành ủy khu vực miền Trung.', '53-CT/TW', 'học tập và làm theo Bác'],
  ['English: ends before ", the number of … has"', 'After years of implementing Resolution 54-NQ/TW on reorganising the apparatus, the number of focal points has fallen.', '54-NQ/TW', 'reorganising the apparatus'],
  ['English: ends before "in June 2024"', 'The Politburo issued Directive 55-CT/TW on party congresses in June 2024.', '55-CT/TW', 'party congresses'],
  ['English: ends before ", ten officials …"', 'Under Regulation 56-QD/TW on resignation of officials, ten officials stepped down.', '56-QĐ/TW', 'resignation of officials'],
  ['English: ends before ", localities must …"', 'In Conclusion 57-KL/TW on staff management, localities must cut payroll.', '57-KL/TW', 'staff management'],
  ['ends before "được thay thế bởi" another document', 'Nghị quyết số 58-NQ/TW về hội nhập quốc tế được thay thế bởi Nghị quyết 59-NQ/TW.', '58-NQ/TW', 'hội nhập quốc tế'],
  ['no "cùng" left before the next document', 'Quy định 60-QĐ/TW về luân chuyển cán bộ cùng Quy định 61-QĐ/TW về quy hoạch cán bộ.', '60-QĐ/TW', 'luân chuyển cán bộ'],
  ['nor before "cùng được ban hành"', 'Nghị quyết 62-NQ/TW về đội ngũ trí thức cùng được ban hành.', '62-NQ/TW', 'đội ngũ trí thức'],
  ['ends before ", HĐND tỉnh tổ chức …"', 'Theo Quy định 63-QĐ/TW về lấy phiếu tín nhiệm, HĐND tỉnh tổ chức lấy phiếu.', '63-QĐ/TW', 'lấy phiếu tín nhiệm'],
  ['a straight quote that closes one opened inside stays', 'Thông báo số 64-TB/TU của Tỉnh ủy về việc "Đẩy mạnh thi đua".', '64-TB/TU', 'việc "Đẩy mạnh thi đua"'],
  ['a header\'s subject line drops its "Về"', 'TỈNH ỦY HÀ NAM\nSố 65-NQ/TU\nNGHỊ QUYẾT\nVề nhiệm vụ trọng tâm năm 2026', '65-NQ/TU', 'nhiệm vụ trọng tâm năm 2026'],
  ['a header\'s subject line in lowercase', 'TỈNH ỦY YÊN BÁI\nSố 66-KH/TU\nYên Bái, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n-----\nNội dung.', '66-KH/TU', 'thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị'],
  ['"khác với" compares, it ends the subject', 'Kết luận số 75-KL/TW về tuyển dụng, đãi ngộ cán bộ khác với Quy định số 205-QĐ/TW năm 2019 ở nhiều điểm.', '75-KL/TW', 'tuyển dụng, đãi ngộ cán bộ'],
  ['"nay được tiếp nối bằng" ends it', 'Nghị quyết số 76-NQ/TW về chăm sóc sức khỏe nhân dân trong tình hình mới nay được tiếp nối bằng Nghị quyết 72.', '76-NQ/TW', 'chăm sóc sức khỏe nhân dân trong tình hình mới'],
  ['"đặt mục tiêu" ends it', 'Nghị quyết 77-NQ/TW về hoàn thiện Nhà nước pháp quyền trong giai đoạn mới đặt mục tiêu đến năm 2030.', '77-NQ/TW', 'hoàn thiện Nhà nước pháp quyền trong giai đoạn mới'],
  ['"được xây dựng trên tinh thần" ends it', 'Quyết định số 1212/QĐ-BCT của Bộ Công Thương về quy hoạch dự trữ xăng dầu được xây dựng trên tinh thần Nghị quyết 55-NQ/TW.', '1212/QĐ-BCT', 'quy hoạch dự trữ xăng dầu'],
  ['", báo cáo trước ngày" is the task given, not the subject', 'Giao xã thực hiện Nghị quyết số 78-NQ/TU ngày 20/8/2025 của Tỉnh ủy về lâm nghiệp bền vững, báo cáo trước ngày 30/9/2025.', '78-NQ/TU', 'lâm nghiệp bền vững'],
  ['but "báo cáo" inside a subject stays', 'Chỉ thị số 79-CT/TU về công tác thống kê, báo cáo và kiểm tra.', '79-CT/TU', 'công tác thống kê, báo cáo và kiểm tra'],
  ['"du lịch trở thành ngành kinh tế mũi nhọn" is one subject', 'Nghị quyết số 80-NQ/TU của Tỉnh ủy về phát triển du lịch trở thành ngành kinh tế mũi nhọn đã đạt kết quả.', '80-NQ/TU', 'phát triển du lịch trở thành ngành kinh tế mũi nhọn'],
  ['a part of another document cited next is not inside the subject', 'Căn cứ Quy định số 81-QĐ/TW của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và điểm 3.2 mục 3 Hướng dẫn số 06-HD/TW của Ban Bí thư, thời gian dự bị là 12 tháng.', '81-QĐ/TW', 'thi hành Điều lệ Đảng'],
  ['a long clause of its own after a comma ("…, chất lượng giáo dục phổ thông đã được nâng lên")', 'Sau 10 năm thực hiện Nghị quyết 82-NQ/TW về đổi mới giáo dục và đào tạo, chất lượng giáo dục phổ thông đã được nâng lên.', '82-NQ/TW', 'đổi mới giáo dục và đào tạo'],
  ['English: ", calling …" after it', 'The Politburo issued Resolution No. 83-NQ/TW on private economic development, calling the private sector a driving force.', '83-NQ/TW', 'private economic development'],
  ['English: "… bans …"', 'Regulation No. 84-QD/TW on controlling power in law-making work bans lobbying.', '84-QĐ/TW', 'controlling power in law-making work'],
  ['English: ", officials rated low … must …"', 'Under Regulation 85-QD/TW on votes of confidence, officials rated low by more than half of the voters must consider resigning.', '85-QĐ/TW', 'votes of confidence'],
  ['"cũng hết hiệu lực" ends it', 'Quy định số 86-QĐ/TW về xử lý tổ chức đảng vi phạm cũng hết hiệu lực.', '86-QĐ/TW', 'xử lý tổ chức đảng vi phạm'],
  ['", do Tổng Bí thư … làm Trưởng ban" ends it', 'Bộ Chính trị ban hành Quyết định 87-QĐ/TW về việc thành lập Ban Chỉ đạo tổng kết, do Tổng Bí thư làm Trưởng ban.', '87-QĐ/TW', 'việc thành lập Ban Chỉ đạo tổng kết'],
  ['"đặt yêu cầu" ends it', 'Kết luận 88-KL/TW về tuyển dụng, đãi ngộ cán bộ đặt yêu cầu thu hút người giỏi.', '88-KL/TW', 'tuyển dụng, đãi ngộ cán bộ'],
  ['a header\'s subject line that names its issuer first', 'ĐẢNG ỦY CHÍNH PHỦ\nSố 89-NQ/ĐU\nNGHỊ QUYẾT\ncủa Ban Thường vụ Đảng ủy Chính phủ về lãnh đạo nhiệm vụ năm 2026', '89-NQ/ĐU', 'lãnh đạo nhiệm vụ năm 2026'],
  ['an issuer the vocabulary lacks, its lowercase syllables read past', 'Quán triệt Nghị quyết số 90-NQ/ĐU ngày 15/9/2025 của Ban Chấp hành Đảng bộ xã về phát triển kinh tế đến năm 2030.', '90-NQ/ĐU', 'phát triển kinh tế đến năm 2030'],
  ['", thực hiện <another document>" is what the subject\'s own one carries out, not part of it', 'Đảng ủy phường ban hành Chỉ thị số 91-CT/ĐU về lãnh đạo đại hội chi bộ trực thuộc, thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị.', '91-CT/ĐU', 'lãnh đạo đại hội chi bộ trực thuộc'],
  ['"kế thừa tinh thần <another>" neither', 'Nghị quyết số 92-NQ/TW về đổi mới giáo dục và đào tạo kế thừa tinh thần Nghị quyết Trung ương 2 khóa VIII về giáo dục.', '92-NQ/TW', 'đổi mới giáo dục và đào tạo'],
  ['"khác hẳn <another>" neither', 'Nghị quyết số 93-NQ/TW về công nghệ sinh học trong tình hình mới khác hẳn Nghị quyết 36-NQ/TW năm 2018 về kinh tế biển.', '93-NQ/TW', 'công nghệ sinh học trong tình hình mới'],
  ['and so is a list of verbs sharing the citation ("học tập, quán triệt Nghị quyết …")', 'Tổng cục Chính trị ban hành Hướng dẫn số 103-HD/TW về tổ chức học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII trong toàn quân.', '103-HD/TW', 'tổ chức học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII trong toàn quân'],
  ['the issuers of the documents a subject names are the subject\'s words', 'Bộ Chính trị đã có Kết luận 104-KL/TW ngày 25/5/2025 về triển khai thực hiện các nghị quyết, kết luận của Trung ương, Bộ Chính trị về sắp xếp tổ chức bộ máy.', '104-KL/TW', 'triển khai thực hiện các nghị quyết, kết luận của Trung ương, Bộ Chính trị về sắp xếp tổ chức bộ máy'],
  ['but "tiếp tục thực hiện <another>" is the subject', 'Kết luận số 94-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.', '94-KL/TW', 'tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị'],
  ['a bracketed note "(thay thế …)" is not the subject', 'Theo Quy định số 95-QĐ/TW về những điều đảng viên không được làm (thay thế Quy định số 47-QĐ/TW), đảng viên phải gương mẫu.', '95-QĐ/TW', 'những điều đảng viên không được làm'],
  ['nor ", thường gọi là …"', 'Nghị quyết 96-NQ/TW của Bộ Chính trị về đổi mới quản lý kinh tế nông nghiệp, thường gọi là "Khoán 10", đã giải phóng sức sản xuất.', '96-NQ/TW', 'đổi mới quản lý kinh tế nông nghiệp'],
  ['"… và những năm tiếp theo" keeps its "theo"', 'Nghị quyết số 97-NQ/QUTW về huấn luyện giai đoạn 2013 - 2020 và những năm tiếp theo; đến nay vẫn là kim chỉ nam.', '97-NQ/QUTW', 'huấn luyện giai đoạn 2013 - 2020 và những năm tiếp theo'],
  ['", đội ngũ cán bộ đã trưởng thành" is the main clause', 'Sau 25 năm thực hiện Nghị quyết số 98-NQ/TW về chiến lược cán bộ, đội ngũ cán bộ đã trưởng thành.', '98-NQ/TW', 'chiến lược cán bộ'],
  ['a citation inside brackets: its closing bracket ends the subject', 'Theo Quy định 144 (Quy định số 99-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức của cán bộ, đảng viên trong giai đoạn mới), mỗi đảng viên phải trung thành.', '99-QĐ/TW', 'chuẩn mực đạo đức của cán bộ, đảng viên trong giai đoạn mới'],
  ['the words before a list\'s "và" are the subject\'s', 'Kết luận số 100-KL/TW về khuyến khích và bảo vệ cán bộ năng động, sáng tạo và Kết luận số 14-KL/TU về du lịch.', '100-KL/TW', 'khuyến khích và bảo vệ cán bộ năng động, sáng tạo'],
  ['"của khóa XIII" after it is its term, not its subject', 'Nghị quyết số 20 năm 2002 khác với Nghị quyết số 101-NQ/TW năm 2022 về kinh tế tập thể của khóa XIII.', '101-NQ/TW', 'kinh tế tập thể'],
  ['a quoted subject inside brackets', 'Nghị quyết số 102-NQ/TW (“Về đổi mới căn bản, toàn diện giáo dục”) đã đi vào cuộc sống.', '102-NQ/TW', 'đổi mới căn bản, toàn diện giáo dục'],
  ['"đặt lộ trình", "nghiêm cấm", "yêu cầu chi bộ", "được kỳ vọng" start the main clause', 'Nghị quyết 105-NQ/TW về nâng cao sức khỏe Nhân dân đặt lộ trình miễn viện phí; Quy định 106-QĐ/TW về kiểm soát quyền lực trong xây dựng pháp luật nghiêm cấm việc cài cắm lợi ích.', '106-QĐ/TW', 'kiểm soát quyền lực trong xây dựng pháp luật'],
  ['so do "chính thức có hiệu lực" and "sau hơn 3 năm thực hiện"', 'Nghị quyết 107-NQ/TW về nông nghiệp, nông dân, nông thôn sau hơn 3 năm thực hiện đã đạt kết quả.', '107-NQ/TW', 'nông nghiệp, nông dân, nông thôn'],
  ['and "tiếp tục được triển khai", but not a subject\'s own "tiếp tục phát huy"', 'Nghị quyết 108-NQ/TW về tiếp tục phát huy truyền thống đại đoàn kết tiếp tục được triển khai.', '108-NQ/TW', 'tiếp tục phát huy truyền thống đại đoàn kết'],
  ['"được tỉnh cụ thể hóa bằng <another>" ends it', 'Nghị quyết 109-NQ/TW về ứng dụng công nghệ sinh học được tỉnh cụ thể hóa bằng Kế hoạch 150-KH/TU.', '109-NQ/TW', 'ứng dụng công nghệ sinh học'],
  ['English: ", considering it …"', 'The Politburo issued Resolution 110-NQ/TW on private sector development, considering it the most important driving force.', '110-NQ/TW', 'private sector development'],
  ['"của <a body that cannot have issued it>" is the subject\'s own words', 'Quy định số 111-QĐ/TU ngày 1/3/2025 về chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tổ chức Tỉnh ủy có hiệu lực từ ngày ký.', '111-QĐ/TU', 'chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tổ chức Tỉnh ủy'],
  ['but "của <its issuer>" after the subject is not', 'Hướng dẫn số 112-HD/BTCTU về kiểm điểm của Ban Tổ chức Tỉnh ủy được ban hành.', '112-HD/BTCTU', 'kiểm điểm'],
  ['"doanh nghiệp nhỏ và vừa", "tham mưu, giúp việc", "Luật Đất đai (sửa đổi)", "Bà Rịa – Vũng Tàu" are names, not clause ends', 'Kế hoạch số 113-KH/TU về lấy ý kiến đối với dự thảo Luật Đất đai (sửa đổi) và hỗ trợ doanh nghiệp nhỏ và vừa tỉnh Bà Rịa – Vũng Tàu được triển khai.', '113-KH/TU', 'lấy ý kiến đối với dự thảo Luật Đất đai (sửa đổi) và hỗ trợ doanh nghiệp nhỏ và vừa tỉnh Bà Rịa – Vũng Tàu'],
  ['a year-end resolution\'s "năm 2025, phương hướng, nhiệm vụ năm 2026"', 'Nghị quyết số 114-NQ/TU về tình hình thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026 xác định tăng trưởng 10%.', '114-NQ/TU', 'tình hình thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026'],
  ['a list of verbs sharing the citation, then "giao …" ends it', 'Kế hoạch số 115-KH/TU về tổ chức, triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị giao Ban Tuyên giáo chủ trì theo dõi.', '115-KH/TU', 'tổ chức, triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị'],
  ['a table of contents\' leader and page are not the subject', 'MỤC LỤC\n1. Nghị quyết số 73-NQ/TW của Bộ Chính trị về phát triển khoa học ........ 5\n2. Kết luận', '73-NQ/TW', 'phát triển khoa học'],
  ['nor its page in brackets', 'Kết luận số 74-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy (trang 12)\n- Kết luận khác', '74-KL/TW', 'sắp xếp bộ máy'],
  ['a notice\'s genre line is not its subject', 'TỈNH ỦY LÂM ĐỒNG\nSố 68-TB/TU\nLâm Đồng, ngày 05 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác chuẩn bị đại hội\n-----', '68-TB/TU', 'công tác chuẩn bị đại hội'],
  ['nor on one line with its type', 'TỈNH ỦY LÂM ĐỒNG\nSố 69-TB/TU\nTHÔNG BÁO KẾT LUẬN\nvề kinh tế tập thể', '69-TB/TU', 'kinh tế tập thể'],
  ['a notice "kết luận về …" in running text', 'Tỉnh ủy ban hành Thông báo số 70-TB/TU ngày 12/11/2025 kết luận về phòng, chống thiên tai. Các xã triển khai ngay.', '70-TB/TU', 'phòng, chống thiên tai'],
  ['… "kết luận của" its issuer "về …"', 'Thông báo số 71-TB/TU ngày 18/12/2025 kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số.', '71-TB/TU', 'chuyển đổi số'],
  ['a central agency\'s committee named before the subject', 'Nghị quyết số 72-NQ/ĐU ngày 12/5/2025 của Ban Thường vụ Đảng ủy Chính phủ về chuyển đổi số, các bộ đã làm.', '72-NQ/ĐU', 'chuyển đổi số'],
  ['a header\'s subject on the type\'s own line', 'ĐẢNG ỦY QUÂN KHU 3\nSố 67-NQ/ĐU\nNGHỊ QUYẾT về lãnh đạo nhiệm vụ quốc phòng năm 2025\nNội dung.', '67-NQ/ĐU', 'lãnh đạo nhiệm vụ quốc phòng năm 2025'],
  ['a chat\'s question word is not the subject', 'Ai có file Nghị quyết 61-NQ/TW về nhà ở xã hội không?', '61-NQ/TW', 'nhà ở xã hội'],
  ['nor "đó ko" after it', 'Quy định 62-QĐ/TW về kiểm soát quyền lực trong công tác cán bộ đó ko', '62-QĐ/TW', 'kiểm soát quyền lực trong công tác cán bộ'],
  ['a post\'s emoji and chat words are not the subject', 'Mọi người đọc Quy định 68-QĐ/TW về chuẩn mực đạo đức nhé các bạn ơi 😍😍', '68-QĐ/TW', 'chuẩn mực đạo đức'],
  ['a citation in quotes: its facts and subject after the closing quote', 'Tinh thần “Nghị quyết 69-NQ/TW” của Bộ Chính trị về khoa học công nghệ đã lan tỏa.', '69-NQ/TW', 'khoa học công nghệ'],
  ['English: ends before a plural verb of the sentence', 'Resolutions 57-NQ/TW and 70-NQ/TW on science, energy and health remain key drivers in 2026.', '70-NQ/TW', 'science, energy and health'],
  ['English: "to continue …" stays in', 'Conclusion 71-KL/TW on a number of tasks to continue building local government was issued.', '71-KL/TW', 'a number of tasks to continue building local government'],
  ['ends before "thì" and the sentence it opens', 'Với Nghị quyết 72-NQ/TW về phát triển kinh tế tư nhân thì kinh tế tư nhân trở thành động lực.', '72-NQ/TW', 'phát triển kinh tế tư nhân'],
  ['ends before ", thay thế" another document', 'Nghị định 178/2024/NĐ-CP về chính sách tinh giản, thay thế Nghị định 29/2023/NĐ-CP, được ban hành.', '178/2024/NĐ-CP', 'chính sách tinh giản'],
  ['after "của Thành ủy TP.HCM", its subject', 'Chỉ thị số 73-CT/TU của Thành ủy TP.HCM về an toàn giao thông được quán triệt.', '73-CT/TU', 'an toàn giao thông'],
  ['near miss: a new sentence after the committee is no subject', 'Chỉ thị số 74-CT/TU của Tỉnh ủy Yên Bái. Về phía huyện, cần chủ động.', '74-CT/TU', undefined],
  ['English: ends before "and Article …"', 'Law No. 60/2020/QH14 on Investment and Article 18 of Regulation 69 apply.', '60/2020/QH14', 'Investment'],
  ['English: ends before ", while …"', 'The Government issued Resolution 04/NQ-CP on tax relief, while the Assembly debated.', '04/NQ-CP', 'tax relief'],
  ['English: ends before ", the Politburo decides …"', 'Under Regulation 81-QD/TW on cadre rotation, the Politburo decides on key posts.', '81-QĐ/TW', 'cadre rotation'],
  ['a cut leaves no lone adverb after a comma', 'Nghị quyết số 50-NQ/TU về đô thị loại I, hiện đã hoàn thành mục tiêu.', '50-NQ/TU', 'đô thị loại I'],
  ['"phù hợp với" another document embeds it', 'Quy định số 51-QĐ/TU về phân cấp cán bộ cho phù hợp với Quy định 368-QĐ/TW được ban hành.', '51-QĐ/TU', 'phân cấp cán bộ cho phù hợp với Quy định 368-QĐ/TW'],
  ['ends before "tiếp tục có …"', 'Nghị quyết số 52-NQ/TW về vùng Tây Bắc đến năm 2030 tiếp tục có chuyển biến.', '52-NQ/TW', 'vùng Tây Bắc đến năm 2030'],
  ['"cùng nội dung" names no subject', 'Huyện ủy ban hành Kế hoạch số 41-KH/HU; Đảng ủy phường ban hành Kế hoạch số 08-KH/ĐU về cùng nội dung.', '08-KH/ĐU', undefined],
  ['…nor "triển khai cùng nội dung"', 'Đảng ủy xã ban hành Kế hoạch số 09-KH/ĐU triển khai cùng nội dung.', '09-KH/ĐU', undefined],
  ['English: "the same subject" names none', 'Directive 77-CT/TU of 2019 on the same subject was replaced last year.', '77-CT/TU', undefined],
  ['English: a date without its year is no subject', 'Regulation 512-QD/TU, issued by the provincial committee on March 3, sets out duties.', '512-QĐ/TU', undefined],
  ['English: ends before a reporter\'s attribution', 'The committee reviewed Resolution 61-NQ/TU on rural roads, Hanoi Times reported.', '61-NQ/TU', 'rural roads'],
  ['English: ends before ", both issued …"', 'Resolution 62-NQ/TU on rural roads and Resolution 63-NQ/TU on clean water, both issued in May, were discussed.', '63-NQ/TU', 'clean water'],
  ['ends before ", các cơ quan phải …"', 'Nghị quyết số 65-NQ/TU về kinh tế biển, các cơ quan phải hoàn thành rà soát trong quý II.', '65-NQ/TU', 'kinh tế biển'],
  ['an embedded citation listed with another: both are the subject\'s', 'Thành ủy ban hành Chương trình số 04-CTr/TU thực hiện Nghị quyết số 71-NQ/TW, Nghị quyết số 72-NQ/TW của Bộ Chính trị.', '04-CTr/TU', 'thực hiện Nghị quyết số 71-NQ/TW, Nghị quyết số 72-NQ/TW của Bộ Chính trị'],
  ['…but not one with a subject of its own', 'Tỉnh ban hành Kế hoạch số 46-KH/TU về thực hiện Nghị quyết số 57-NQ/TW, Chỉ thị số 47-CT/TU về cải cách hành chính.', '46-KH/TU', 'thực hiện Nghị quyết số 57-NQ/TW'],
  ['ends before ", gắn với thực hiện" another document', 'Huyện ủy ban hành Nghị quyết số 13-NQ/HU về du lịch cộng đồng, gắn với thực hiện Nghị quyết số 08-NQ/TW của Bộ Chính trị.', '13-NQ/HU', 'du lịch cộng đồng'],
  ['ends before a body opening the main clause', 'Thực hiện Quy định số 514-QĐ/TU về kiểm điểm tập thể, cá nhân, Đảng ủy xã Tân Lập hướng dẫn các chi bộ.', '514-QĐ/TU', 'kiểm điểm tập thể, cá nhân'],
  ['ends before the audience counted ("tới hơn 600 đảng viên")', 'Đảng ủy phường quán triệt Chỉ thị số 48-CT/TU về phòng chống thiên tai tới hơn 600 đảng viên.', '48-CT/TU', 'phòng chống thiên tai'],
  ['"lấy tên là" is the subject\'s own', 'Tỉnh ủy ban hành Nghị quyết số 36-NQ/TU về chủ trương hợp nhất tỉnh, lấy tên là tỉnh Hòa Bình Mới.', '36-NQ/TU', 'chủ trương hợp nhất tỉnh, lấy tên là tỉnh Hòa Bình Mới'],
  ['near miss: the documents a subject lists are its own', 'Kế hoạch số 49-KH/TU về học tập Văn kiện Đại hội XIV, các nghị quyết của Trung ương khóa XIV.', '49-KH/TU', 'học tập Văn kiện Đại hội XIV, các nghị quyết của Trung ương khóa XIV'],
  ['near miss: "những giải pháp cần thực hiện" is the subject\'s', 'Nghị quyết số 50-NQ/TU về phát triển du lịch, những giải pháp cần thực hiện đến năm 2030.', '50-NQ/TU', 'phát triển du lịch, những giải pháp cần thực hiện đến năm 2030'],
  ['near miss: bodies a subject names in a list', 'Quy chế số 06-QC/TU về phối hợp giữa Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối Doanh nghiệp tỉnh thực hiện công tác phát triển đảng viên.', '06-QC/TU', 'phối hợp giữa Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối Doanh nghiệp tỉnh thực hiện công tác phát triển đảng viên'],
  ['near miss: a listed citation followed by its own plan is no part of the subject', 'Tỉnh ủy ban hành Kế hoạch số 10-KH/TU triển khai Nghị quyết số 57-NQ/TW, Kế hoạch số 11-KH/TU triển khai Nghị quyết số 68-NQ/TW.', '10-KH/TU', 'triển khai Nghị quyết số 57-NQ/TW'],
  ['near miss: "trong dự thảo" of the subject\'s own', 'Kế hoạch số 53-KH/TU về lấy ý kiến đối với các nội dung trong dự thảo Văn kiện Đại hội XIV.', '53-KH/TU', 'lấy ý kiến đối với các nội dung trong dự thảo Văn kiện Đại hội XIV'],
  ['English: "to be streamlined" is the subject\'s own', 'Resolution 54-NQ/TU on the apparatus to be streamlined and operate effectively requires cuts.', '54-NQ/TU', 'the apparatus to be streamlined and operate effectively'],
  ['English: ends before "set the target", "builds on", "asks"', 'Resolution 55-NQ/TU on land use set the target of a new law.', '55-NQ/TU', 'land use'],
  ['English: ends before ", the results were …"', 'After years of Resolution 56-NQ/TU on roads, the results were modest.', '56-NQ/TU', 'roads'],
  ['English: ends before ", the former minister received …"', 'Under Regulation 58-QD/TU on disciplining members, the former director received a warning.', '58-QĐ/TU', 'disciplining members'],
  ['English: ends before ", the minister said..."', 'Reviewing Resolution 57-NQ/TU on border trade, the minister said...', '57-NQ/TU', 'border trade'],
  ['a footnote\'s marker is no part of it', 'Nghị quyết số 58-NQ/TU về chuyển đổi số trong tình hình mới(1) đã được quán triệt.', '58-NQ/TU', 'chuyển đổi số trong tình hình mới'],
  ['ends before a central body opening the main clause', 'Thực hiện Nghị quyết số 59-NQ/TU về quốc phòng những năm tiếp theo, Quân ủy Trung ương ban hành kế hoạch.', '59-NQ/TU', 'quốc phòng những năm tiếp theo'],
  ['…but not at a body inside it ("của Trung ương, Bộ Chính trị về …")', 'Kết luận số 60-KL/TU về thực hiện các nghị quyết của Trung ương, Bộ Chính trị về sắp xếp bộ máy.', '60-KL/TU', 'thực hiện các nghị quyết của Trung ương, Bộ Chính trị về sắp xếp bộ máy'],
  ['ends before "được đông đảo …"', 'Quy định số 61-QĐ/TU về nêu gương được đông đảo cán bộ đón nhận.', '61-QĐ/TU', 'nêu gương'],
  ['ends before "thể hiện tư duy …"', 'Nghị quyết số 62-NQ/TU về đổi mới giáo dục thể hiện tư duy nhất quán của tỉnh.', '62-NQ/TU', 'đổi mới giáo dục'],
  ['a subject several documents share "lần lượt" is none of theirs', 'Quy định số 63-QĐ/TU và Quy định số 64-QĐ/TU cùng ngày 2/3/2024 về kiểm soát quyền lực lần lượt trong công tác cán bộ và trong kiểm tra.', '64-QĐ/TU', undefined],
  ['English: ends before ", implementing the Politburo\'s Resolution …"', 'The provincial committee issued Resolution 65-NQ/TU on forest protection, implementing the Politburo\'s Resolution 05-NQ/TW.', '65-NQ/TU', 'forest protection'],
  ['ends before ", <body> có Kế hoạch …"', 'Thực hiện Chỉ thị số 66-CT/TU về giáo dục lý tưởng cho thanh niên, Trung ương Đoàn có Kế hoạch riêng.', '66-CT/TU', 'giáo dục lý tưởng cho thanh niên'],
  ['ends before ", <body> … đã <verb>"', 'Một năm thực hiện Nghị quyết số 67-NQ/TU về chống chủ nghĩa cá nhân, Đảng ủy Quân khu 9 đã xử lý nhiều vụ việc.', '67-NQ/TU', 'chống chủ nghĩa cá nhân'],
  ['…but a joint issuer is no new clause', 'Huyện ủy ban hành Kế hoạch số 68-KH/HU triển khai Kết luận 126 của Bộ Chính trị, Ban Bí thư.', '68-KH/HU', 'triển khai Kết luận 126 của Bộ Chính trị, Ban Bí thư'],
  ['ends before ", đề nghị Bộ Chính trị …"', 'Ủy ban Kiểm tra ra Thông báo số 69-TB/UBKTTU về kết quả kỳ họp, đề nghị Bộ Chính trị thi hành kỷ luật.', '69-TB/UBKTTU', 'kết quả kỳ họp'],
  ['ends before "quy định rõ …"', 'Hướng dẫn số 70-HD/TU về thành lập tổ chức đảng ở xã quy định rõ việc bàn giao.', '70-HD/TU', 'thành lập tổ chức đảng ở xã'],
  ['a quoted citation\'s subject ends with the quotation', 'Thông tin về “Nghị quyết số 71-NQ/TU của Tỉnh ủy về giảm giờ làm cho cán bộ” lan truyền trên mạng.', '71-NQ/TU', 'giảm giờ làm cho cán bộ'],
  ['…and a quotation the sentence calls fake gives none', 'Trang tin giả mạo đăng “Kết luận 72-KL/TU về sáp nhập 20 xã”. Thực tế, Tỉnh ủy chưa bàn việc này.', '72-KL/TU', undefined],
  ['"cùng ngày" before it hides no subject', 'Nghị quyết số 74-NQ/TU ngày 2/3/2024 về y tế và Nghị quyết số 75-NQ/TU cùng ngày về công tác dân số đã được quán triệt.', '75-NQ/TU', 'công tác dân số'],
  ['ends before "càng phải …"', 'Việc thực hiện Nghị quyết số 76-NQ/TU về đất đai càng phải được chú trọng.', '76-NQ/TU', 'đất đai'],
  ['ends before "lần đầu tiên …"', 'Nghị quyết số 77-NQ/TU về hội nhập quốc tế lần đầu tiên mở rộng hội nhập ra mọi lĩnh vực.', '77-NQ/TU', 'hội nhập quốc tế'],
  ['a slogan quoted after it in lower case is no subject', 'Không để Nghị quyết số 78-NQ/TU \'trên nóng dưới lạnh\'.', '78-NQ/TU', undefined],
  ['…a quoted subject opens with its capital', 'Nghị quyết số 79-NQ/TU “Về phát triển du lịch” được quán triệt.', '79-NQ/TU', 'phát triển du lịch'],
  ['ends before ", Đảng ủy xã … tổ chức …"', 'Thực hiện Kế hoạch số 80-KH/TU về chuyển đổi số, Đảng ủy xã Tân Lập tổ chức hội nghị quán triệt.', '80-KH/TU', 'chuyển đổi số'],
  ['near miss: party organisations a subject lists', 'Quyết định số 81-QĐ/TU về việc thành lập Đảng bộ các cơ quan Đảng tỉnh, Đảng bộ Ủy ban nhân dân tỉnh.', '81-QĐ/TU', 'việc thành lập Đảng bộ các cơ quan Đảng tỉnh, Đảng bộ Ủy ban nhân dân tỉnh'],
  ['an embedded list of several, by commas', 'Kế hoạch số 82-KH/TU về thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết số 59-NQ/TW, Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị.', '82-KH/TU', 'thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết số 59-NQ/TW, Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị'],
  ['a lower-case subject in double quotes is a subject', 'Tỉnh ủy ban hành Kế hoạch số 83-KH/TU “tiếp tục đẩy mạnh chuyển đổi số đến năm 2030”.', '83-KH/TU', 'tiếp tục đẩy mạnh chuyển đổi số đến năm 2030'],
  ['near miss: a quoted citation in a sentence that later speaks of false news keeps its subject', 'Tỉnh tổ chức hội thảo “Triển khai Nghị quyết số 84-NQ/TU về du lịch bền vững”, góp phần đấu tranh với thông tin sai sự thật.', '84-NQ/TU', 'du lịch bền vững'],
  ['near miss: ", cùng ngày về thăm …" is what someone did that day', 'Thường trực Tỉnh ủy công bố Quyết định số 85-QĐ/TU, cùng ngày về thăm và làm việc tại huyện.', '85-QĐ/TU', undefined],
  ['ends before ", với 6 nhóm nhiệm vụ"', 'Tỉnh ủy ban hành Chương trình số 73-CTr/TU về nông thôn mới, với 6 nhóm nhiệm vụ trọng tâm.', '73-CTr/TU', 'nông thôn mới'],
  ['a quoted citation\'s closing quote opens no subject', 'Một số văn bản ghi “Nghị quyết số 66-NQ/TU ngày 2/3/2024” và “Kết luận số 67-KL/TU”.', '66-NQ/TU', undefined],
  ['English: "remain" after a word ending in "and"', 'Resolution 64-NQ/TU on land remain the texts officials cite.', '64-NQ/TU', 'land'],
  ['English: ends before ", building on" another resolution', 'The city issued Resolution 31-NQ/TU on smart ports, building on the Politburo\'s Resolution 36-NQ/TW dated October 22, 2018.', '31-NQ/TU', 'smart ports'],
  ['ends before ", theo Chỉ thị …" (what it follows is no part of it)', 'Huyện ủy ban hành Kế hoạch số 42-KH/HU về học tập lý luận chính trị, theo Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy.', '42-KH/HU', 'học tập lý luận chính trị'],
  ['English: ends before ", reviewed by …" and the verb after it', 'Resolution 26-NQ/TU on coastal tourism, reviewed by the provincial committee, paved the way for new resorts.', '26-NQ/TU', 'coastal tourism'],
  ['English: ends before "concretises"', 'Plan 14-KH/TU on digital villages concretises the province\'s earlier resolution.', '14-KH/TU', 'digital villages'],
  ['ends before "tiếp tục khẳng định" (the predicate, no comma)', 'Nghị quyết 08-NQ/TU về phát triển du lịch đến năm 2030 tiếp tục khẳng định vai trò mũi nhọn.', '08-NQ/TU', 'phát triển du lịch đến năm 2030'],
  ['ends before "không thay thế mà …"', 'Nghị quyết 11-NQ/TU về kinh tế số không thay thế mà bổ sung Nghị quyết 09-NQ/TU.', '11-NQ/TU', 'kinh tế số'],
  ['English: "on" a subject that begins with a year is a subject', 'The province issued Resolution 22-NQ/TU on 2026 socio-economic tasks and solutions.', '22-NQ/TU', '2026 socio-economic tasks and solutions'],
  ['ends before "có vai trò …" (the predicate)', 'Nghị quyết 18-NQ/TU về phát triển kinh tế tư nhân có vai trò quan trọng trong tăng trưởng.', '18-NQ/TU', 'phát triển kinh tế tư nhân'],
  ['near miss: "không thay thế" inside a subject', 'Ban Thường vụ ban hành Quy định 15-QĐ/TU về việc không thay thế cán bộ chủ chốt trước đại hội.', '15-QĐ/TU', 'việc không thay thế cán bộ chủ chốt trước đại hội'],
  ['English: "on" a date is when, not what about', 'Following Resolution 21-NQ/TU, on March 9 the province issued its plan.', '21-NQ/TU', undefined],
  ['English: ends before ", the Politburo agreed …"', 'In Conclusion 31-KL/TU on staffing policies, the committee agreed to suspend new hiring.', '31-KL/TU', 'staffing policies'],
  ['ends before ", nên …" (what follows from it)', 'Tỉnh thực hiện Nghị quyết 16-NQ/TU về sắp xếp bộ máy, nên áp lực lên cán bộ cấp xã tăng.', '16-NQ/TU', 'sắp xếp bộ máy'],
  ['ends before "với kinh phí …"', 'Ủy ban ban hành Kế hoạch 17-KH/TU về chăm lo Tết cho người lao động với kinh phí 1.280 tỷ đồng.', '17-KH/TU', 'chăm lo Tết cho người lao động'],
  ['ends before "từng" and the verb it goes with', 'Chỉ thị 09-CT/TU về học tập Nghị quyết Đại hội tỉnh từng đặt yêu cầu cao cho các chi bộ.', '09-CT/TU', 'học tập Nghị quyết Đại hội tỉnh'],
  ['near miss: "từng bước" is the subject\'s own', 'Nghị quyết 12-NQ/TU về từng bước hoàn thiện hạ tầng số được sơ kết.', '12-NQ/TU', 'từng bước hoàn thiện hạ tầng số'],
  ['"do … ban hành" inside a subject is what its words are about, not who issued it', 'Hướng dẫn số 12-HD/BTGTU về tuyên truyền các nghị quyết do Trung ương ban hành trong năm 2025.', '12-HD/BTGTU', 'tuyên truyền các nghị quyết do Trung ương ban hành trong năm 2025'],
  ['English: "to support the …" is the subject\'s own', 'Conclusion 14-KL/TU on policies to support the development of cooperatives was issued in 2021.', '14-KL/TU', 'policies to support the development of cooperatives'],
  ['near miss: "tăng cường" after a comma and "địa phương" is the subject\'s own', 'Chỉ thị số 12-CT/TU về việc các cơ quan, đơn vị, địa phương tăng cường phòng, chống thiên tai.', '12-CT/TU', 'việc các cơ quan, đơn vị, địa phương tăng cường phòng, chống thiên tai'],
  ['a fronted clause ends before the main clause\'s agent and verb', 'Thực hiện Nghị quyết 05-NQ/TU về phát triển cây dược liệu, tỉnh Lai Châu thành lập ba vùng trồng tập trung.', '05-NQ/TU', 'phát triển cây dược liệu'],
  ['near miss: a place inside the subject, no verb after it', 'Tỉnh ủy ban hành Nghị quyết 06-NQ/TU về phát triển du lịch, huyện Sa Pa và vùng phụ cận.', '06-NQ/TU', 'phát triển du lịch, huyện Sa Pa và vùng phụ cận'],
  ['the subject printed after a range is the range\'s, not its last number\'s', 'Bộ Chính trị ban hành các Kết luận 41–43 về y tế, giáo dục và giao thông.', '43-KL/TW', undefined],
  ['ends before ", song song với …"', 'Đảng ủy triển khai Nghị quyết 06-NQ/ĐU về chuyển đổi số, song song với việc sơ kết Chỉ thị 07.', '06-NQ/ĐU', 'chuyển đổi số'],
  ['ends before ", cùng thời điểm …"', 'Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về sắp xếp thôn, tổ dân phố, cùng thời điểm các tỉnh bạn triển khai.', '09-NQ/TU', 'sắp xếp thôn, tổ dân phố'],
  ['English near miss: a main clause with "and" after ", the" is no list of bodies', 'Under Resolution No. 23-NQ/TU on the river economy, the provinces cut red tape and simplified procedures.', '23-NQ/TU', 'the river economy'],
  ['English: a noun ending in -ing opens no list of -ing phrases ("housing loans, causing …")', 'Regulation No. 13-QĐ/TU on housing loans, causing losses to the budget, was broken.', '13-QĐ/TU', 'housing loans'],
  ['English: an -ing phrase with a quantity is what came of it', 'Resolution No. 21-NQ/TU on building new-style rural areas, creating jobs for 5,000 workers, was reviewed.', '21-NQ/TU', 'building new-style rural areas'],
  ['English near miss: a list of -ing phrases naming a year stays whole', 'Resolution No. 22-NQ/TU on planning, building, managing and developing urban areas to 2030 was reviewed.', '22-NQ/TU', 'planning, building, managing and developing urban areas to 2030'],
  ['English: "went on to set" is the sentence\'s', 'Resolution No. 29-NQ/TU on industrial development went on to set the course for 2030.', '29-NQ/TU', 'industrial development'],
  ['English: a news verb without a comma ends it ("came first")', 'Resolution No. 15-NQ/TU on rural roads came first, before the plan on ports.', '15-NQ/TU', 'rural roads'],
  ['English: "… alone promises" is what is said of it', 'Resolution No. 16-NQ/TU on health alone promises free check-ups for all.', '16-NQ/TU', 'health'],
  ['English: ends before ", whose …"', 'Resolution No. 28-NQ/TU on social insurance, whose benefits reach farmers in the region.', '28-NQ/TU', 'social insurance'],
  ['English: ends before ", long regarded as …"', 'Resolution No. 18-NQ/TU on streamlining the apparatus, long regarded as a dead letter, was revived.', '18-NQ/TU', 'streamlining the apparatus'],
  ['English: ends before ", with a fund of …"', 'Resolution No. 68-NQ/TU regarding private economic development, with a fund of VND5 trillion, was issued.', '68-NQ/TU', 'private economic development'],
  ['English: ends before ", an official who …"', 'Under Regulation No. 96-QĐ/TU on votes of confidence, an official who receives low confidence steps down.', '96-QĐ/TU', 'votes of confidence'],
  ['English: "from … on A to … on B" gives each its own', 'The resolutions, from Resolution No. 57-NQ/TU on science to Resolution No. 80-NQ/TU on culture, were discussed.', '57-NQ/TU', 'science'],
  ['English: "respectively on A and on B"', 'The board adopted Resolutions No. 20-NQ/TU and 21-NQ/TU, respectively on protecting public health and on population work.', '21-NQ/TU', 'population work'],
  ['near miss: "lần lượt về A và B, góp phần …" is not three parts', 'Tỉnh ủy ban hành Nghị quyết số 71, 72 và 73-NQ/TU, lần lượt về giáo dục và y tế, góp phần phát triển xã hội.', '73-NQ/TU', undefined],
  ['near miss: "phòng, chống" is one subject, not two parts', 'Tỉnh ủy ban hành Nghị quyết số 71 và 72-NQ/TU lần lượt về phòng, chống tham nhũng.', '72-NQ/TU', undefined],
  ['English: "and law enforcement" is no law cited', 'Officials discussed Resolution No. 66-NQ/TU on law-making and law enforcement and Resolution No. 68-NQ/TU on the private economy.', '66-NQ/TU', 'law-making and law enforcement'],
  ['"lần lượt về" after citations each printed whole', 'Hội nghị quán triệt Nghị quyết số 59-NQ/TU và Nghị quyết số 66-NQ/TU, lần lượt về hội nhập quốc tế và về đổi mới công tác pháp luật.', '59-NQ/TU', 'hội nhập quốc tế'],
  ['…the second of them', 'Hội nghị quán triệt Nghị quyết số 59-NQ/TU và Nghị quyết số 66-NQ/TU, lần lượt về hội nhập quốc tế và về đổi mới công tác pháp luật.', '66-NQ/TU', 'đổi mới công tác pháp luật'],
  ['"một số vấn đề về …" right after the facts is the subject, no "về" before it', 'Tỉnh tổng kết Nghị quyết số 18-NQ/TU ngày 25/10/2017 của Tỉnh ủy một số vấn đề về sắp xếp bộ máy, hoạt động hiệu quả.', '18-NQ/TU', 'một số vấn đề về sắp xếp bộ máy, hoạt động hiệu quả'],
  ['ends before ", Ban Tuyên giáo Tỉnh ủy … đề nghị …"', 'Thực hiện Hướng dẫn số 96-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kỷ niệm ngày sinh đồng chí Chu Huy Mân, Ban Tuyên giáo Huyện ủy Châu Phú đề nghị các chi bộ tổ chức tuyên truyền.', '96-HD/BTGTU', 'tuyên truyền kỷ niệm ngày sinh đồng chí Chu Huy Mân'],
  ['ends before ", Thường trực Tỉnh ủy X đã …"', 'Thực hiện Kết luận số 21-KL/TU về tổng kết công tác cán bộ, Thường trực Tỉnh ủy Lạng Sơn đã ban hành kế hoạch.', '21-KL/TU', 'tổng kết công tác cán bộ'],
  ['near miss: a list of party boards inside the subject', 'Tỉnh ủy ban hành Quy định số 05-QĐ/TU về chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy trong năm 2025.', '05-QĐ/TU', 'chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy trong năm 2025'],
  ['near miss: "học sinh, sinh viên …" is a list, not the state acting', 'Tỉnh ủy ban hành Nghị quyết số 06-NQ/TU về chính sách hỗ trợ học sinh, sinh viên không có nơi ở ổn định.', '06-NQ/TU', 'chính sách hỗ trợ học sinh, sinh viên không có nơi ở ổn định'],
  ['near miss: a campaign\'s quoted name and "gắn với" are a plan\'s subject', 'Huyện ủy ban hành Kế hoạch số 07-KH/HU về đẩy mạnh phong trào thi đua “Cả nước chung tay vì người nghèo” gắn với chương trình giảm nghèo bền vững.', '07-KH/HU', 'đẩy mạnh phong trào thi đua “Cả nước chung tay vì người nghèo” gắn với chương trình giảm nghèo bền vững'],
  ['near miss: "từ … đến bí thư chi bộ" is a range, not who was briefed', 'Tỉnh ủy ban hành Quy định số 08-QĐ/TU về phân cấp quản lý cán bộ từ tỉnh ủy viên đến bí thư chi bộ.', '08-QĐ/TU', 'phân cấp quản lý cán bộ từ tỉnh ủy viên đến bí thư chi bộ'],
  ['near miss: "một số vấn đề về" after a comma opens the sentence\'s clause, no subject', 'Sau 5 năm thực hiện Nghị quyết 09-NQ/TU, một số vấn đề về bộ máy vẫn còn tồn tại.', '09-NQ/TU', undefined],
  ['near miss: "lần lượt về A và B, C" after three citations is not split at commas', 'Tỉnh quán triệt Nghị quyết số 57-NQ/TU, Nghị quyết số 59-NQ/TU và 66-NQ/TU lần lượt về hội nhập quốc tế và xây dựng, thi hành pháp luật.', '57-NQ/TU', undefined],
  ['English: "respectively on" one-word parts', 'Resolutions No. 91-NQ/TU, 92-NQ/TU and 93-NQ/TU, respectively on education, healthcare and culture, were issued.', '92-NQ/TU', 'healthcare'],
  ['English near miss: a figure in a name (COVID-19) is no quantity', 'Resolution No. 12-NQ/TU on socio-economic recovery, preventing and controlling COVID-19 and developing tourism was issued.', '12-NQ/TU', 'socio-economic recovery, preventing and controlling COVID-19 and developing tourism'],
  ['English near miss: a verb in the subject\'s own relative clause', 'Resolution No. 13-NQ/TU on support for people who came back from abroad was issued.', '13-NQ/TU', 'support for people who came back from abroad'],
  ['English near miss: "the Politburo, the Secretariat and the … members" is one list', 'Regulation No. 14-QĐ/TU on the responsibility of the Politburo, the Secretariat and the Party Central Committee members for setting examples was issued.', '14-QĐ/TU', 'the responsibility of the Politburo, the Secretariat and the Party Central Committee members for setting examples'],
  ['English near miss: "building …, raising …" is a list of -ing phrases', 'Resolution No. 15-NQ/TU on building a contingent of cadres, raising the quality of the apparatus was issued.', '15-NQ/TU', 'building a contingent of cadres, raising the quality of the apparatus'],
  ['ends before ", Nhà nước bảo đảm …", the main clause', 'Theo Nghị quyết 71-NQ/TU về phát triển giáo dục, Nhà nước bảo đảm miễn học phí cho học sinh.', '71-NQ/TU', 'phát triển giáo dục'],
  ['ends before "tới bí thư các chi bộ", who was briefed', 'Tỉnh ủy quán triệt Chỉ thị số 50-CT/TU về nâng cao chất lượng sinh hoạt chi bộ tới bí thư các chi bộ.', '50-CT/TU', 'nâng cao chất lượng sinh hoạt chi bộ'],
  ['ends at a closing quote before "gắn với …"', 'Đảng ủy thực hiện Kết luận số 01-KL/TU về tiếp tục thực hiện Chỉ thị số 05-CT/TU "về học tập và làm theo Bác" gắn với chuyên đề năm 2025.', '01-KL/TU', 'tiếp tục thực hiện Chỉ thị số 05-CT/TU "về học tập và làm theo Bác"'],
  ['English: ", which concerns …" says what it is about', 'Ministries follow Resolution No. 27-NQ/TU, adopted on November 9, 2022, which concerns building the rule-of-law province, and set goals.', '27-NQ/TU', 'building the rule-of-law province'],
  ['English: an official subject\'s "; preventing and repelling …" goes on', 'Resolution No. 14-NQ/TU on strengthening Party building and rectification; preventing and repelling degradation within the Party is being studied.', '14-NQ/TU', 'strengthening Party building and rectification; preventing and repelling degradation within the Party'],
  ['English: ends before "(adopted at …)"', 'Resolution No. 21-NQ/TU on party members in the new period (adopted at the fifth plenum of the committee) should not be confused with older ones.', '21-NQ/TU', 'party members in the new period'],
  ['English: ends before ", <verb>s heavily …"', 'Resolution No. 68-NQ/TU on the development of the private economy, borrows heavily from older texts.', '68-NQ/TU', 'the development of the private economy'],
  ['English: ends before "until …"', 'Resolution No. 111-NQ/TU on industrial development until a new one is adopted remains in force.', '111-NQ/TU', 'industrial development'],
  ['English near miss: "until 2030" is the subject\'s own', 'Resolution No. 70-NQ/TU on ensuring energy security until 2030, with a vision to 2045, was issued.', '70-NQ/TU', 'ensuring energy security until 2030, with a vision to 2045'],
  ['a bracket of its own right after the citation is its subject', 'Quy định 80-QĐ/TU (phân cấp quản lý cán bộ và bổ nhiệm cán bộ) được Tỉnh ủy ban hành năm 2022.', '80-QĐ/TU', 'phân cấp quản lý cán bộ và bổ nhiệm cán bộ'],
  ['near miss: a bracketed note is no subject', 'Nghị định 17/2024/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số 67/2025/NĐ-CP) vẫn có hiệu lực.', '17/2024/NĐ-CP', undefined],
  ['near miss: a bracketed short name is no subject', 'Nghị quyết số 57-NQ/TU (Nghị quyết 57 của tỉnh) được quán triệt.', '57-NQ/TU', undefined],
  ['a subject in square brackets', 'Doanh nhân học tập Nghị quyết số 41-NQ/TU [xây dựng đội ngũ doanh nhân của tỉnh trong thời kỳ mới] trong năm nay.', '41-NQ/TU', 'xây dựng đội ngũ doanh nhân của tỉnh trong thời kỳ mới'],
  ['a bracketed year before "về"', 'Quy định 96-QĐ/TU (2023) về lấy phiếu tín nhiệm đối với chức danh lãnh đạo, qua đó đánh giá cán bộ.', '96-QĐ/TU', 'lấy phiếu tín nhiệm đối với chức danh lãnh đạo'],
  ['ends before "cho hơn 300 đảng viên"', 'Chi bộ quán triệt Quy định 14-QĐ/TU về chuẩn mực đạo đức của cán bộ giai đoạn mới cho hơn 300 đảng viên của 18 chi bộ.', '14-QĐ/TU', 'chuẩn mực đạo đức của cán bộ giai đoạn mới'],
  ['English: ends before "by the Politburo"', 'Resolution 68-NQ/TU on private economic development by the Politburo has been welcomed.', '68-NQ/TW', 'private economic development'],
  ['ends before ", chi bộ phải …", the main clause', 'Theo Hướng dẫn số 12-HD/BTCTU về nâng cao chất lượng sinh hoạt chi bộ, chi bộ phải chuẩn bị kỹ nội dung.', '12-HD/BTCTU', 'nâng cao chất lượng sinh hoạt chi bộ'],
  ['ends before "năm 2045 được …", the sentence\'s verb', 'Hội nghị quán triệt Nghị quyết 19-NQ/TU về nông nghiệp đến năm 2030, tầm nhìn đến năm 2045 được tổ chức trực tuyến.', '19-NQ/TU', 'nông nghiệp đến năm 2030, tầm nhìn đến năm 2045'],
  ['English: ends before ", the Politburo directly manages …"', 'According to Regulation 80-QĐ/TU on the nomination of cadres, the Politburo directly manages ministers and provincial secretaries.', '80-QĐ/TU', 'the nomination of cadres'],
  ['English: ends before ", the number of … and …" with no "and the"', 'Under Conclusion 137-KL/TU on the project on merging communes, the number of communes and wards fell by half.', '137-KL/TU', 'the project on merging communes'],
  ['English: an adverb before the sentence\'s verb is not the subject\'s', 'Directive 35-CT/TU on party congresses at all levels originally allowed provinces more time.', '35-CT/TU', 'party congresses at all levels'],
  ['English: "names <Name>" is the sentence\'s verb', 'Resolution 24-NQ/TU on the Southeast region to 2030, with a vision to 2045 names Ho Chi Minh City as its engine.', '24-NQ/TU', 'the Southeast region to 2030, with a vision to 2045'],
  ['"lần lượt về A và B" after citations each printed whole, no comma', 'Bộ Chính trị ban hành Nghị quyết 79-NQ/TU và Nghị quyết 80-NQ/TU, lần lượt về phát triển kinh tế nhà nước và phát triển văn hóa Việt Nam.', '80-NQ/TU', 'phát triển văn hóa Việt Nam'],
  ['ends before "coi … là", the sentence\'s verb', 'Trong khi Nghị quyết 20-NQ/TU về phát triển kinh tế tập thể trong giai đoạn mới coi hợp tác xã là nòng cốt.', '20-NQ/TU', 'phát triển kinh tế tập thể trong giai đoạn mới'],
  ['near miss: "coi trọng" is the subject\'s own', 'Tỉnh ủy ban hành Nghị quyết 21-NQ/TU về coi trọng công tác dân vận trong tình hình mới.', '21-NQ/TU', 'coi trọng công tác dân vận trong tình hình mới'],
  ['ends before a term of office\'s "hướng dẫn …", the sentence\'s verb', 'Hướng dẫn số 12-HD/BTCTU về đại hội chi bộ nhiệm kỳ 2025-2030 hướng dẫn chi tiết Chỉ thị 45.', '12-HD/BTCTU', 'đại hội chi bộ nhiệm kỳ 2025-2030'],
  ['English: ends before ", business associations say …"', 'Under Resolution No. 31-NQ/TU on private economic development, business associations say the mood has lifted.', '31-NQ/TU', 'private economic development'],
  ['English: ends before ", provincial Party committees decide …"', 'Under Regulation 81-QĐ/TU on decentralising the management of cadres, provincial Party committees decide on deputies.', '81-QĐ/TU', 'decentralising the management of cadres'],
  ['English: ends before "actually achieved"', 'Experts asked what Resolution 29-NQ/TU on renovating education actually achieved.', '29-NQ/TU', 'renovating education'],
  ['English: ends before ", and the province\'s own plan"', 'They reviewed Resolution 26-NQ/TU on the coastal region to 2030, and the province\'s own plan for the island.', '26-NQ/TU', 'the coastal region to 2030'],
  ['English: ends before ", tackled the …"', 'Resolution 19-NQ/TU on land management and use, tackled the question of who may hold farmland.', '19-NQ/TU', 'land management and use'],
  ['ends before "luôn là …"', 'Nghị quyết 36-NQ/TU về công tác đối với người dân ở xa quê luôn là kim chỉ nam của tỉnh.', '36-NQ/TU', 'công tác đối với người dân ở xa quê'],
  ['ends before "nên còn …", the main clause', 'Nhiều chi bộ chưa nghiên cứu kỹ Chỉ thị 35-CT/TU về đại hội chi bộ nên còn lúng túng khi chuẩn bị.', '35-CT/TU', 'đại hội chi bộ'],
  ['ends before "trong năm nay", when it is carried out', 'Tỉnh quán triệt tinh thần cốt lõi của NQ 18-NQ/TU về đất đai trong năm nay.', '18-NQ/TU', 'đất đai'],
  ['English: ends before "followed on …"', 'Resolution 66-NQ/TU on renovating law-making in the new era followed on April 30.', '66-NQ/TU', 'renovating law-making in the new era'],
  ['English: ends before ", served as …"', 'Resolution 48-NQ/TU on the legal strategy to 2010, with orientation to 2020, served as the blueprint.', '48-NQ/TU', 'the legal strategy to 2010, with orientation to 2020'],
  ['English: ends before "already set …"', 'Resolution 27-NQ/TU on building the rule-of-law province already set 2030 as the deadline.', '27-NQ/TU', 'building the rule-of-law province'],
  ['ends before "phải được mỗi cán bộ …", the sentence\'s own', 'Quy định 14-QĐ/TU về chuẩn mực đạo đức cách mạng phải được mỗi cán bộ tự giác thực hiện.', '14-QĐ/TU', 'chuẩn mực đạo đức cách mạng'],
  ['ends before a year\'s "gắn với …"', 'Tỉnh triển khai Nghị quyết 23-NQ/TU về phát triển vùng biển đến năm 2030, tầm nhìn đến năm 2045 gắn với lợi thế mới về biển.', '23-NQ/TU', 'phát triển vùng biển đến năm 2030, tầm nhìn đến năm 2045'],
  ['near miss: a download link in square brackets is no subject', 'Quy định 15-QĐ/TU [tải về] được triển khai.', '15-QĐ/TU', undefined],
  ['near miss: "(gọi là …)" names it, it is no subject', 'Nghị quyết 57-NQ/TU (gọi là Nghị quyết bộ tứ trụ cột) được quán triệt.', '57-NQ/TU', undefined],
  ['English near miss: "provincial Party committees and mass organisations" is a list', 'Conclusion 127-KL/TU on reorganising district agencies, provincial Party committees and mass organisations was welcomed.', '127-KL/TU', 'reorganising district agencies, provincial Party committees and mass organisations'],
  ['English: the quotation after "titled" is the subject', 'The plan follows Resolution No. 14-NQ/TU dated May 2, 2024 titled "Developing the river port to 2030, with a vision to 2045".', '14-NQ/TU', 'Developing the river port to 2030, with a vision to 2045'],
  ['"mang tên" a quotation too', 'Tỉnh ủy ban hành Nghị quyết số 14-NQ/TU mang tên “Phát triển cảng sông đến năm 2030”.', '14-NQ/TU', 'Phát triển cảng sông đến năm 2030'],
  ['English: "to set an example" is no predicate', 'The board reviewed Regulation No. 11-QĐ/TU concerning the responsibility to set an example of commune leaders, which was issued in 2023.', '11-QĐ/TU', 'the responsibility to set an example of commune leaders'],
  ['English: a list of bodies inside the subject ("the Politburo, the Secretariat and …")', 'The board reviewed Regulation No. 11-QĐ/TU on setting an example for members of the standing board, the inspection commission and the office, which was issued in 2023.', '11-QĐ/TU', 'setting an example for members of the standing board, the inspection commission and the office'],
  ['English: ends before ", and to <verb>", the sentence\'s next task', 'The board told wards to apply Regulation No. 12-QĐ/TU about the use of public land, and to report by June 30.', '12-QĐ/TU', 'the use of public land'],
  ['English: ends before ", causing …" after a subject that is no list of -ing phrases', 'Two members broke Regulation No. 13-QĐ/TU on things members must not do, causing losses to the budget.', '13-QĐ/TU', 'things members must not do'],
  ['English: a subject listing -ing phrases goes on through ", creating …"', 'Resolution No. 15-NQ/TU on renewing land policy, improving its management, creating a driving force for growth, was reviewed.', '15-NQ/TU', 'renewing land policy, improving its management, creating a driving force for growth'],
  ['ends before "và Hội nghị …", the next event the sentence names', 'Huyện ủy tổ chức Hội nghị sơ kết Chỉ thị số 09-CT/HU về đẩy mạnh học tập và làm theo gương Bác ở cơ sở và Hội nghị biểu dương điển hình năm 2025.', '09-CT/HU', 'đẩy mạnh học tập và làm theo gương Bác ở cơ sở'],
  ['printed before the bracket the citation opens, in quotes', 'Hội nghị thống nhất ban hành Nghị quyết mới về “Phát triển vùng đồi thành vùng kinh tế động lực” (Nghị quyết số 31-NQ/TU, ngày 6/3/2024 của Tỉnh ủy).', '31-NQ/TU', 'Phát triển vùng đồi thành vùng kinh tế động lực'],
  ['…and without quotes', 'Tỉnh ủy ban hành Nghị quyết chuyên đề về phát triển du lịch ven hồ (Nghị quyết số 32-NQ/TU ngày 3/5/2023).', '32-NQ/TU', 'phát triển du lịch ven hồ'],
  ['near miss: before the bracket, a subject of another kind of document', 'Tỉnh ủy ban hành Kết luận về phát triển du lịch ven hồ (Nghị quyết số 33-NQ/TU ngày 3/5/2023).', '33-NQ/TU', undefined],
  ['a body that goes on with its own verb, in the old tone style ("Uỷ ban")', 'Thực hiện Quy định số 24-QĐ/TU ngày 15-10-2017 về xử lý kỷ luật đảng viên vi phạm, Uỷ ban Kiểm tra Tỉnh ủy hướng dẫn như sau.', '24-QĐ/TU', 'xử lý kỷ luật đảng viên vi phạm'],
  ['English: ends before ", the Politburo and the Secretariat request …", the bodies\' own clause', 'Conclusion No. 16-KL/TU on several tasks to streamline the apparatus in 2025, the Politburo and the Secretariat request committees to act.', '16-KL/TU', 'several tasks to streamline the apparatus in 2025'],
  ['English: "and enforcement of law" is the subject\'s, not a law cited next', 'Resolution No. 17-NQ/TU on renovating the making and enforcement of law to meet the needs of the new era was adopted.', '17-NQ/TU', 'renovating the making and enforcement of law to meet the needs of the new era'],
  ['English: ends before ", including the following …"', 'Resolution 18-NQ/TU on the coastal economy to 2030, with a vision to 2045, including the following tasks:', '18-NQ/TU', 'the coastal economy to 2030, with a vision to 2045'],
  ['ends before "và chỉ đạo của UBND tỉnh …", the sentence\'s other ground', 'Thực hiện Chỉ thị số 19-CT/TU ngày 3/1/2018 về đẩy mạnh phong trào thi đua và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-VX, Sở hướng dẫn.', '19-CT/TU', 'đẩy mạnh phong trào thi đua'],
  ['near miss: "sự lãnh đạo và chỉ đạo của Đảng" is the subject\'s own', 'Chỉ thị số 20-CT/TU về tăng cường sự lãnh đạo và chỉ đạo của Đảng đối với công tác dân vận đã được quán triệt.', '20-CT/TU', 'tăng cường sự lãnh đạo và chỉ đạo của Đảng đối với công tác dân vận'],
  ['English: ends before "and related contents in …"', 'Localities must carry out Resolution 21-NQ/TU on the coastal economy to 2030, with a vision to 2045 and related contents in the provincial congress resolution.', '21-NQ/TU', 'the coastal economy to 2030, with a vision to 2045'],
  ['English: ", term 11" between the issuer and the subject', 'Resolution No. 22-NQ/TU of the Provincial Party Committee, term 11 on building the role of local businesses was replaced.', '22-NQ/TU', 'building the role of local businesses'],
  ['a subject in capitals: "VI" of "VI PHẠM" is a word, not a numeral', 'QUY ĐỊNH SỐ 23-QĐ/TU VỀ XỬ LÝ KỶ LUẬT ĐẢNG VIÊN VI PHẠM VÀ PHẠM VI ÁP DỤNG', '23-QĐ/TU', 'Xử lý kỷ luật đảng viên vi phạm và phạm vi áp dụng'],
  ['…"VI" after "lần thứ" is a numeral', 'NGHỊ QUYẾT SỐ 24-NQ/TU VỀ TỔ CHỨC HỘI NGHỊ LẦN THỨ VI CỦA BAN CHẤP HÀNH', '24-NQ/TU', 'Tổ chức hội nghị lần thứ VI'],
  ['a sentence wrapped across lines (a PDF\'s fixed lines) is read whole', 'Kết luận số 25-KL/TU ngày 25 tháng 5 năm 2012 của Ban Chấp hành\nĐảng bộ tỉnh về phòng, chống tham nhũng giai đoạn\n2012-2016 được quán triệt.', '25-KL/TU', 'phòng, chống tham nhũng giai đoạn 2012-2016'],
  ['ends before a dateline the page ran into it ("Thứ hai, 01/10/2018")', 'Liên minh công nông trong thực hiện Nghị quyết số 26-NQ/TU về nông nghiệp, nông thôn Thứ hai, 01/10/2018 Chia sẻ', '26-NQ/TU', 'nông nghiệp, nông thôn'],
  ['a letter\'s "V/v" line under its number', 'BAN TUYÊN GIÁO TỈNH ỦY\nSố: 1510-CV/BTGTU\nV/v tuyên truyền kỷ niệm ngày thành lập Đảng\n\nKính gửi: các huyện ủy', '1510-CV/BTGTU', 'tuyên truyền kỷ niệm ngày thành lập Đảng'],
  ['"X là chỉ thị của Bộ Chính trị về …": what it is, then its subject', 'Chỉ thị số 27-CT/TU là chỉ thị của Ban Thường vụ về đẩy mạnh học tập và làm theo gương Bác.', '27-CT/TU', 'đẩy mạnh học tập và làm theo gương Bác'],
  ['English: "… is a resolution of the Politburo on …"', 'Resolution No. 28-NQ/TU is a resolution of the Politburo on the digital economy.', '28-NQ/TU', 'the digital economy'],
  ['a congress\'s resolution has no subject of its own: "về …" is what of it the sentence is about', 'Huyện tiếp tục thực hiện Nghị quyết Đại hội XIII của Đảng về phát triển kinh tế số trên địa bàn.', 'NQ-ĐH-XIII', undefined],
  ['the short name it goes by in brackets, then its facts and subject ("(Nghị quyết 09)")', 'Nghị quyết số 29-NQ/TU (Nghị quyết 29) của Tỉnh ủy khóa XV về phát huy vai trò doanh nhân được ban hành.', '29-NQ/TU', 'phát huy vai trò doanh nhân'],
  ['a header padded with blank lines: its type word and subject further down', 'ĐẢNG ỦY KHỐI\n\nSố 31-HD/ĐUK\n\n \n\n \n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n \n\n \n\nBình Lâm, ngày 16 tháng 4 năm 2024\n\n \n\nHƯỚNG DẪN\n\nxây dựng mô hình dân vận khéo\n\nThực hiện kế hoạch của tỉnh.', '31-HD/ĐUK', 'xây dựng mô hình dân vận khéo'],
  ['a headline\'s hyphen before a capital ends it', '20 năm Nghị quyết 33-NQ/TU về công tác kiều bào - Nhịp cầu gắn kết quê hương', '33-NQ/TU', 'công tác kiều bào'],
  ['near miss: a place of two names joined by a hyphen', 'Nghị quyết 34-NQ/TU về phát triển tỉnh Bà Rịa - Vũng Tàu đến năm 2030 được ban hành.', '34-NQ/TU', 'phát triển tỉnh Bà Rịa - Vũng Tàu đến năm 2030'],
  ['English: the short name in brackets ("(Directive No. 45)"), then its issuer and subject', 'Directive No. 41-CT/TU (Directive No. 41) of the Provincial Party Committee on party congresses at all levels was studied.', '41-CT/TU', 'party congresses at all levels'],
  ['English: a date in brackets, then the issuer and subject', 'Conclusion No. 42-KL/TU (June 20, 2025) of the Provincial Party Committee on completing the apparatus was studied.', '42-KL/TU', 'completing the apparatus'],
  ['English: ends before ", comrade <Name> …", the speaker', 'At the study of Directive 43-CT/TU on party congresses at all levels, comrade Luong Cuong emphasised discipline.', '43-CT/TU', 'party congresses at all levels'],
  ['English: ends before "on Saturday"', 'Members studied Regulation 44-QD/TU on ethical standards and lifestyle on Saturday.', '44-QĐ/TU', 'ethical standards and lifestyle'],
  ['English: "from the Politburo (12th tenure), which focuses on …"', 'Directive 46-CT/TU, dated May 15, 2016, from the Provincial Party Committee, which focuses on "Promoting the study of the provincial history", was reviewed.', '46-CT/TU', 'Promoting the study of the provincial history'],
  ['"… quy định về …" after the issuer of a regulation', 'Quy định 47-QĐ/TU, ngày 19-12-2017, của Tỉnh ủy quy định về phân cấp quản lý cán bộ được thay thế.', '47-QĐ/TU', 'phân cấp quản lý cán bộ'],
  ['English: a subject printed before the bracket, after "a resolution on"', 'The board issued a resolution on fostering local entrepreneurs (Resolution 48-NQ/TU dated October 10, 2023).', '48-NQ/TU', 'fostering local entrepreneurs'],
  ['English: ", which focuses on" a quotation closed after its comma', 'Directive 49-CT/TU, which focuses on "Promoting the study of local history," a reporter asked the secretary.', '49-CT/TU', 'Promoting the study of local history'],
  ['English: ends before "(abbreviated as …)"', 'Conclusion No. 50-KL/TU on completing the merger of communes (abbreviated as Conclusion No. 50) was issued.', '50-KL/TU', 'completing the merger of communes'],
  ['ends before ", tạo cơ sở pháp lý …", what it brings about', 'Tỉnh ủy ban hành Quy định số 51-QĐ/TU về đánh giá, xếp loại cán bộ, tạo cơ sở pháp lý cho công tác cán bộ.', '51-QĐ/TU', 'đánh giá, xếp loại cán bộ'],
  ['ends at the comma after "tầm nhìn 2045", as after "tầm nhìn đến năm 2045"', 'Theo Nghị quyết số 52-NQ/TU về quy hoạch đô thị đến năm 2030, tầm nhìn 2045, tỷ lệ đô thị hóa của tỉnh năm 2045 thuộc nhóm cao của vùng.', '52-NQ/TU', 'quy hoạch đô thị đến năm 2030, tầm nhìn 2045'],
  ['an English edition\'s header: the type word, "OF THE …", then "REGARDING …"', 'THE PROVINCIAL PARTY COMMITTEE |\nNo. 53-NQ/TU |\nBinh Lam, April 30, 2025 |\nRESOLUTION\nOF THE STANDING BOARD\nREGARDING DIGITAL TRANSFORMATION IN VIETNAM\'S BORDER COMMUNES\nIn recent years the province has grown.', '53-NQ/TU', 'Digital transformation in Vietnam\'s border communes'],
  ['ends before "với các nội dung chính:", what leads to a list', 'Tỉnh ủy ban hành Nghị quyết số 55-NQ/TU về những nhiệm vụ chủ yếu của năm 1979 với các nội dung chính: làm tốt công tác lương thực.', '55-NQ/TU', 'những nhiệm vụ chủ yếu của năm 1979'],
  ['a header\'s "VỀĐÁNH GIÁ …", its space lost', 'ĐẢNG ỦY XÃ\nSố 56-HD/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHƯỚNG DẪN\n\nVỀĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG\n\nCăn cứ quy định.', '56-HD/ĐU', 'Đánh giá chất lượng tổ chức cơ sở đảng'],
  ['English: "and regulation of functions" is the subject\'s, not a regulation cited next', 'The board issued Regulation No. 57-QD/TU on the establishment and regulation of functions of the steering committee.', '57-QĐ/TU', 'the establishment and regulation of functions of the steering committee'],
  ['English: near miss: "and Regulation No. 69" is one cited next', 'Resolution No. 58-NQ/TU on the apparatus and Regulation No. 69-QD/TU on discipline were studied.', '58-NQ/TU', 'the apparatus'],
  ['English: ends before "on the morning of May 18"', 'The conference on Resolution 59-NQ/TU on private sector development on the morning of May 18 was held.', '59-NQ/TU', 'private sector development'],
  ['near miss: before a bracket, a phrase with a clause of its own is no subject', 'Hồi tháng 5, Tỉnh ủy ban hành nghị quyết về kinh tế tư nhân, được doanh nghiệp đón nhận (Nghị quyết 60-NQ/TU).', '60-NQ/TU', undefined],
  ['near miss: "a resolution on December 22 (…)" is a date, no subject', 'In 2024 the board issued a resolution on December 22 (Resolution 61-NQ/TU), a landmark for the province.', '61-NQ/TU', undefined],
  ['English near miss: titles inside the subject are no speaker', 'The board issued Regulation No. 62-QD/TU on criteria for positions of ministers, deputy ministers and equivalent titles.', '62-QĐ/TU', 'criteria for positions of ministers, deputy ministers and equivalent titles'],
  ['near miss: events the subject itself names ("về tổ chức Hội thảo … và Hội nghị …")', 'Tỉnh ủy ban hành Kế hoạch số 63-KH/TU về tổ chức Hội thảo khoa học và Hội nghị tổng kết 40 năm đổi mới của tỉnh.', '63-KH/TU', 'tổ chức Hội thảo khoa học và Hội nghị tổng kết 40 năm đổi mới của tỉnh'],
  ['near miss: a headline, then its source in brackets on the next line', 'Tỉnh ủy ban hành Nghị quyết 64-NQ/TU về phát triển kinh tế tư nhân\n(Báo Bình Lâm) - Ngày 4/5, hội nghị khai mạc.', '64-NQ/TU', 'phát triển kinh tế tư nhân'],
  ['a subject in capitals: "thành phần vi phạm" keeps its word', 'QUY ĐỊNH SỐ 65-QĐ/TU VỀ XỬ LÝ KỶ LUẬT ĐỐI VỚI THÀNH PHẦN VI PHẠM', '65-QĐ/TU', 'Xử lý kỷ luật đối với thành phần vi phạm'],
  ['a number line, then a run of blank lines longer than a header: no header subject', 'Số: 66-NQ/TU\n' + '\n \n'.repeat(300) + 'NGHỊ QUYẾT\nVỀ PHÁT TRIỂN DU LỊCH', '66-NQ/TU', undefined],
  ['ends before ", với nguyên Thứ trưởng …", the guest', 'Mười năm thực hiện Nghị quyết số 67-NQ/TU về hội nhập quốc tế, với nguyên Thứ trưởng Ngoại giao Trần Văn A, đây là dịp nhìn lại.', '67-NQ/TU', 'hội nhập quốc tế'],
  ['ends before "được đặt ở …"', 'Trong đó, Nghị quyết 68-NQ/TU về giáo dục và đào tạo được đặt ở vị trí đặc biệt.', '68-NQ/TU', 'giáo dục và đào tạo'],
  ['ends before an interview\'s question (", cá nhân ông nhìn nhận …")', 'Nhìn lại 7 năm thực hiện Nghị quyết 69-NQ/TU của Tỉnh ủy về sắp xếp bộ máy, cá nhân ông nhìn nhận thế nào về kết quả?', '69-NQ/TU', 'sắp xếp bộ máy'],
  ['ends before ", cho lãnh đạo các sở …", whom it was carried to', 'UBND tỉnh triển khai Kế hoạch số 70-KH/TU về phát triển kinh tế tư nhân, cho lãnh đạo các sở, ban ngành.', '70-KH/TU', 'phát triển kinh tế tư nhân'],
  ['a legal database\'s title line: the year straight after the symbol, then the subject', 'Nghị quyết 71-NQ/TU 2018 chiến lược phát triển kinh tế biển của tỉnh', '71-NQ/TU', 'chiến lược phát triển kinh tế biển của tỉnh'],
  ['…in English, with or without "on"', 'Resolution 72-NQ/TU 2017 the continued reform of the provincial apparatus', '72-NQ/TU', 'the continued reform of the provincial apparatus'],
  ['near miss: a year after the symbol that begins a clause is no title line', 'Nghị quyết 73-NQ/TU 2025 là năm bản lề của tỉnh.', '73-NQ/TU', undefined],
  ['…but the subject its text prints after "về" replaces the title line\'s', 'Nghị quyết 74-NQ/TU 2018 chính sách phát triển công nghiệp đến 2030\n\nNghị quyết 74-NQ/TU của Tỉnh ủy về định hướng xây dựng chính sách phát triển công nghiệp đến năm 2030\nCơ quan ban hành: Tỉnh ủy', '74-NQ/TU', 'định hướng xây dựng chính sách phát triển công nghiệp đến năm 2030'],
  ['near miss: a year after a citation inside a sentence starts no title line', 'Theo Nghị quyết 75-NQ/TU 2024 Ban Thường vụ xác định du lịch là mũi nhọn.', '75-NQ/TU', undefined],
  ['near miss: "với các nước láng giềng:" is the subject\'s own before a headline\'s colon', 'Kết luận 76-KL/TU về tăng cường quan hệ với các nước láng giềng: nhiều kết quả quan trọng.', '76-KL/TU', 'tăng cường quan hệ với các nước láng giềng'],
  ['no subject across a blank line: the next paragraph\'s words are another document\'s', 'Căn cứ Nghị quyết số 77-NQ/TU, ngày 12/4/2025 của Tỉnh ủy,\n\nBan Thường vụ quy định về phân cấp quản lý cán bộ như sau:', '77-NQ/TU', undefined],
  ['ends at an ellipsis before the next sentence\'s capital', 'Nghị quyết số 78-NQ/TU về đổi mới công tác xây dựng pháp luật trong kỷ nguyên mới… Đây là Nghị quyết có ý nghĩa.', '78-NQ/TU', 'đổi mới công tác xây dựng pháp luật trong kỷ nguyên mới'],
  ['English: the quotation after "themed:"', 'Resolution 79-NQ/TU themed: “Some urgent issues of party building in the province” was studied.', '79-NQ/TU', 'Some urgent issues of party building in the province'],
  ['English: ends before "and the Action Program to implement …", the speech\'s second topic', 'The secretary presented Resolution No. 80-NQ/TU on coastal integration in the new situation and the Action Program to implement Resolution No. 80-NQ/TU.', '80-NQ/TU', 'coastal integration in the new situation'],
  ['English: "of the 5th Conference of the 13th Party Central Committee" between the citation and "on"', 'Resolution No. 81-NQ/TU of the 5th Conference of the 13th Party Central Committee on farmers and rural areas was reviewed.', '81-NQ/TW', 'farmers and rural areas'],
  ['a legal database\'s title line with "năm" before the year', 'Nghị quyết 82-NQ/TU năm 2013 đổi mới căn bản giáo dục đào tạo của tỉnh', '82-NQ/TU', 'đổi mới căn bản giáo dục đào tạo của tỉnh'],
  ['the full stop a quotation closed on is no part of the subject', 'Chi bộ quán triệt Nghị quyết số 83-NQ/TU mang tên “Một số vấn đề cấp bách về xây dựng Đảng bộ hiện nay.”', '83-NQ/TU', 'Một số vấn đề cấp bách về xây dựng Đảng bộ hiện nay'],
  ['…after a year too ("… tầm nhìn đến năm 2045.”")', 'Tỉnh ủy ban hành Nghị quyết số 85-NQ/TU về “Tiếp tục đẩy mạnh công nghiệp hóa đến năm 2030, tầm nhìn đến năm 2045.”', '85-NQ/TU', 'Tiếp tục đẩy mạnh công nghiệp hóa đến năm 2030, tầm nhìn đến năm 2045'],
  ['near miss: "và hội nghị" in lowercase is the subject\'s own', 'Tỉnh ủy ban hành Quy định số 21-QĐ/TU về tổ chức đại hội và hội nghị của chi bộ trực thuộc.', '21-QĐ/TU', 'tổ chức đại hội và hội nghị của chi bộ trực thuộc'],
  // Blind round AP (real published text; these sentences are our own).
  ['ends before ", chi bộ … tổ chức": the party cell of the main clause', 'Thực hiện công văn số 31-CV/ĐU của Đảng ủy về rà soát hồ sơ đảng viên, chi bộ trường tiểu học Hoa Sen tổ chức sinh hoạt chuyên đề.', '31-CV/ĐU', 'rà soát hồ sơ đảng viên'],
  ['near miss: "đảng bộ, chi bộ cơ sở" listed in the subject goes on', 'Ban Thường vụ ban hành Hướng dẫn số 32-HD/TU về sinh hoạt của đảng bộ, chi bộ cơ sở trong doanh nghiệp tư nhân.', '32-HD/TU', 'sinh hoạt của đảng bộ, chi bộ cơ sở trong doanh nghiệp tư nhân'],
  ['the verb that leads to a colon is the sentence\'s: "… nêu:"', 'Điều 5 Quy định số 33-QĐ/TU ngày 2/3/2020 của Tỉnh ủy về giám sát cán bộ nêu: cấp ủy phải báo cáo hằng quý.', '33-QĐ/TU', 'giám sát cán bộ'],
  ['…and "… quy định, như sau:"', 'Hướng dẫn số 34-HD/TU của Tỉnh ủy về kiểm tra đảng viên quy định, như sau: chi bộ lập kế hoạch.', '34-HD/TU', 'kiểm tra đảng viên'],
  ['English: "with 62 connecting points" is what the event had, not the subject', 'Directive 35-CT/TU on promoting the study of Ho Chi Minh\'s moral example with 62 connecting points nationwide was reviewed.', '35-CT/TU', 'promoting the study of Ho Chi Minh\'s moral example'],
  ['English: ", with the overall goal of …" is the document\'s aim, not its subject', 'Resolution 36-NQ/TU on industrial development policy through 2030, with a vision toward 2045, with the overall goal of becoming an industrial province.', '36-NQ/TU', 'industrial development policy through 2030, with a vision toward 2045'],
  ['English: "on the work is the first …": a bare noun is no subject', 'Resolution 37-NQ/TU on the work is the first of its kind in the province.', '37-NQ/TU', undefined],
  ['English: "on the morning of May 19" is a time, not a subject', 'Directive 38-CT/TU was reviewed on the morning of May 19 in the provincial hall.', '38-CT/TU', undefined],
  ['English header in a table row (number and date side by side), then "RESOLUTION / OF THE … / on …" in lowercase', 'THE PROVINCIAL PARTY COMMITTEE ---------- No. 88-NQ/TU | THE COMMUNIST PARTY OF VIETNAM ---------- Hanoi, March 3, 2021 |\nRESOLUTION\nOF THE STANDING BOARD\non developing tourism in the province\n----------\nI- THE SITUATION\nTourism grew.', '88-NQ/TU', 'developing tourism in the province'],
  ['an apposition before its issuer (", nghị quyết đầu tiên của … “Về …”"): the quoted subject is its own', 'Sau hai năm thực hiện Nghị quyết số 41-NQ/TU ngày 2/3/2021, nghị quyết đầu tiên của Ban Chấp hành Đảng bộ tỉnh “Về phát triển công nghiệp chế biến đến năm 2030”, tăng trưởng đạt 19%.', '41-NQ/TU', 'phát triển công nghiệp chế biến đến năm 2030'],
  ['a quotation closed, then the next clause\'s actor by an abbreviated name', 'Thực hiện Hướng dẫn số 42-HD/TU của Tỉnh ủy về tổ chức cuộc vận động “Sống đẹp, sống có ích”, Hội LHPN tỉnh đã thành lập Ban Chỉ đạo.', '42-HD/TU', 'tổ chức cuộc vận động “Sống đẹp, sống có ích”'],
  ['English: "the Political Politburo" (a word-for-word translation) is the Politburo, its subject after it', 'Implementation of Resolution No. 43-NQ/TU of the Political Politburo on the development direction of the province.', '43-NQ/TW', 'the development direction of the province'],
  ['a decision\'s subject printed without "về" ("… (ngày …) thành lập …"), its short name in brackets left out', 'Thay mặt Bộ Chính trị, Tổng Bí thư vừa ký Quyết định số 56-QĐ/TU (ngày 25-2-2026) thành lập Ban Chỉ đạo phát triển văn hóa của tỉnh (Ban Chỉ đạo).', '56-QĐ/TU', 'thành lập Ban Chỉ đạo phát triển văn hóa của tỉnh'],
  ['a page\'s timestamp run into a headline ends its subject', 'Bộ Chính trị yêu cầu sớm thay thế Quy định 52-QĐ/TU về đảng viên nơi cư trú 09/01/2026 08:52 Theo đó …', '52-QĐ/TU', 'đảng viên nơi cư trú'],
  ['a review\'s period in brackets after it is not the subject\'s', 'Chỉ thị số 53-CT/TU về phòng, chống tội phạm trong tình hình mới (2010 – 2025), đã tạo nên chuyển biến.', '53-CT/TU', 'phòng, chống tội phạm trong tình hình mới'],
  ['"tính đến nay" counts the sentence\'s time', 'Nghị quyết số 54-NQ/TU về phát triển văn học nghệ thuật trong thời kỳ mới tính đến nay đã tròn 15 năm.', '54-NQ/TU', 'phát triển văn học nghệ thuật trong thời kỳ mới'],
  ['", với các nội dung như sau:" leads to the contents, no part of the subject', 'Chỉ thị số 51-CT/TU ngày 3/9/2019 của Tỉnh ủy về tăng cường quan hệ lao động trong tình hình mới, với các nội dung như sau: một là …', '51-CT/TU', 'tăng cường quan hệ lao động trong tình hình mới'],
  ['a quotation the subject opens is read whole, whatever stop stands inside it', 'On behalf of the Standing Board, the secretary signed Regulation No. 60-QĐ/TU on the “things that Party members must not do”. It takes effect now.', '60-QĐ/TU', 'the “things that Party members must not do”'],
  ['", có nêu quan điểm" is what the document says', 'Tại Nghị quyết 61-NQ/TU năm 2017 về chính sách dân số trong tình hình mới, có nêu quan điểm: mỗi gia đình …', '61-NQ/TU', 'chính sách dân số trong tình hình mới'],
  ['English: "was issued by the Politburo on August 20, 2019, on …": the subject after the body and the date', 'Resolution No. 62-NQ / TU was issued by the Politburo on August 20, 2019, on perfecting institutions for foreign investment to 2030. It matters.', '62-NQ/TW', 'perfecting institutions for foreign investment to 2030'],
  ['English header: the type word, its body and "on" on one line; the date day first', 'No :63-CT/TU\nHanoi, 05 June 2008\n\nDIRECTIVE OF THE STANDING BOARD OF THE PROVINCIAL COMMITTEE on enhancing labour relations in enterprises\n\nOver the past year …', '63-CT/TU', 'enhancing labour relations in enterprises'],
  ['English: a short name in brackets, then the sentence going on, ends the subject before it', 'The Steering Committee on summarizing Resolution No. 68-NQ/TU on streamlining the provincial apparatus (Steering Committee) held its second meeting.', '68-NQ/TU', 'streamlining the provincial apparatus'],
  ['English: ", thus demonstrating …" is the writer\'s comment', 'The Party adopted Resolution No. 69-NQ/TU on the response to climate change, thus demonstrating its dedication.', '69-NQ/TU', 'the response to climate change'],
  ['English: "on the basis of …" names no subject', 'Directives 70 and 71 of the Politburo (term X and XI), on the basis of profound understanding, were applied.', '71-CT/TW', undefined],
  ['a legal database\'s English title line: the subject after the date and a comma, to the line\'s end', 'Nghị quyết 72-NQ/TU\n\nResolution No. 72-NQ/TU dated April 17, 2015, downsizing and restructuring of provincial officials\n\nFull text of the resolution', '72-NQ/TU', 'downsizing and restructuring of provincial officials'],
  ['near miss: a clause after the date is no title line', 'Resolution No. 73-NQ/TU dated March 3, 2021, the committees have carried out the plan\nNext line.', '73-NQ/TU', undefined],
  ['near miss: nor a Vietnamese sentence that opens with its citation', 'Nghị quyết số 74-NQ/TU ngày 3/3/2021, các cấp ủy đã triển khai kế hoạch cụ thể cho năm tới', '74-NQ/TU', undefined],
  ['several abbreviations in one bracket are left out like one', 'Nghị quyết số 58-NQ/TU về phát triển khoa học, công nghệ, đổi mới sáng tạo (KHCN, ĐMST) và chuyển đổi số được ban hành.', '58-NQ/TU', 'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'],
  ['a later printing that holds a headline\'s shortened subject word for word, a word or two more, replaces it', 'Triển khai Nghị quyết 59-NQ/TU về một số nhiệm vụ trọng tâm công tác tư pháp thời gian tới\nNgày 2/1/2002, Tỉnh ủy ban hành Nghị quyết số 59-NQ/TU về "Một số nhiệm vụ trọng tâm công tác tư pháp trong thời gian tới".', '59-NQ/TU', 'Một số nhiệm vụ trọng tâm công tác tư pháp trong thời gian tới'],
  ['a quotation opened before the citation ends the subject where it closes', 'He recalled "Resolution No. 48-NQ/TW of the Politburo on tourism" at the meeting.', '48-NQ/TW', 'tourism'],
  ['…curly quotes too', 'Ông nhắc lại “Nghị quyết số 49-NQ/TU của Tỉnh ủy về du lịch” trong buổi làm việc.', '49-NQ/TU', 'du lịch'],
  ['near miss: a quotation inside the subject is its own', 'Nghị quyết số 50-NQ/TU về cuộc vận động “Sống đẹp” được triển khai rộng rãi.', '50-NQ/TU', 'cuộc vận động “Sống đẹp”'],
  ['a guide\'s own kind as the verb after it: what it guides on is the subject', 'Ban Tuyên giáo Tỉnh ủy có văn bản số 27-HD/BTGTU hướng dẫn việc tổ chức hội thi báo cáo viên giỏi năm 2026.', '27-HD/BTGTU', 'việc tổ chức hội thi báo cáo viên giỏi năm 2026'],
  ['…after its date and issuer too, and a regulation\'s "quy định" likewise', 'Tỉnh ủy ban hành Quy định số 31-QĐ/TU ngày 2/3/2026 của Ban Thường vụ Tỉnh ủy quy định chế độ đi cơ sở của cán bộ lãnh đạo.', '31-QĐ/TU', 'chế độ đi cơ sở của cán bộ lãnh đạo'],
  ['near miss: what it spells out ("quy định rõ")', 'Quy định số 32-QĐ/TU của Tỉnh ủy quy định rõ trách nhiệm của người đứng đầu.', '32-QĐ/TU', undefined],
  ['near miss: whom it guides ("hướng dẫn các cấp ủy")', 'Ban Tổ chức có Hướng dẫn số 28-HD/BTCTU hướng dẫn các cấp ủy chuẩn bị đại hội.', '28-HD/BTCTU', undefined],
  ['near miss: a decision printed so ("Quyết định 33-QĐ/TU … quy định khá cụ thể")', 'Trước đây, Quyết định 33-QĐ/TU năm 2016 của Tỉnh ủy quy định khá cụ thể về thi đua.', '33-QĐ/TU', undefined],
  ['near miss: what points back ("hướng dẫn thực hiện quy định này")', 'Các chi bộ triển khai Hướng dẫn 29-HD/BTGTU của Ban Tuyên giáo hướng dẫn thực hiện quy định này.', '29-HD/BTGTU', undefined],
  ['near miss: a heading printed twice ("Quy định số 34↵Quy định số 34: …")', 'Quy định số 34-QĐ/TU\nQuy định số 34-QĐ/TU: sắp xếp lại bộ máy', '34-QĐ/TU', undefined],
  ['a subject that only names another document\'s kind keeps that document\'s issuer', 'Tỉnh ủy có văn bản số 17-CTr/TU về Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 41-NQ/TU của Tỉnh ủy về phát triển nghề muối.', '17-CTr/TU', 'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 41-NQ/TU của Tỉnh ủy về phát triển nghề muối'],
  ['near miss: a subject of its own words ends before its issuer as before', 'Tỉnh ủy có Nghị quyết số 42-NQ/TU về phát triển nghề muối của Tỉnh ủy Bạc Liêu được triển khai.', '42-NQ/TU', 'phát triển nghề muối'],
  ['a copy from a PDF that lost the space after "về" ("vềnâng cao …")', 'Căn cứ Nghị quyết số 43-NQ/TU ngày 2/3/2008 của Tỉnh ủy vềnâng cao chất lượng đội ngũ cán bộ;', '43-NQ/TU', 'nâng cao chất lượng đội ngũ cán bộ'],
  ['near miss: a word that only begins with "ve" is no "về"', 'Căn cứ Nghị quyết số 44-NQ/TU ngày 2/3/2008 của Tỉnh ủy ven biển được triển khai;', '44-NQ/TU', undefined],
  ['a name in quotes closing the subject, then a plural opening the sentence\'s clause with a long list of actors', 'Thực hiện Chỉ thị số 07-CT/TU của Tỉnh ủy về phong trào thi đua “Dân vận khéo”, các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể trong toàn tỉnh đã triển khai sâu rộng.', '07-CT/TU', 'phong trào thi đua “Dân vận khéo”'],
  ['a heading in capitals goes on past its semicolon', 'Số: 36-CT/TU\nHà Nội, ngày 3 tháng 5 năm 2001\nCHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC TƯ TƯỞNG; CỦNG CỐ TỔ CHỨC ĐẢNG TRONG CÁC TRƯỜNG HỌC\nThi hành chủ trương …', '36-CT/TU', 'Tăng cường công tác tư tưởng; củng cố tổ chức đảng trong các trường học'],
  ['near miss: a sentence\'s semicolon still ends its subject', 'Tỉnh ủy ban hành Chỉ thị số 37-CT/TU về tăng cường công tác tư tưởng; các chi bộ đã học tập.', '37-CT/TU', 'tăng cường công tác tư tưởng'],
  ['English: a subject that names what one may not do keeps its "cannot"', 'Regulation No. 38-QD/TU on what party members cannot do was reissued in 2022.', '38-QĐ/TU', 'what party members cannot do'],
  ['near miss: whom a guide guides ("hướng dẫn cấp ủy các cấp tổ chức …")', 'Hướng dẫn số 29-HD/BTCTU hướng dẫn cấp ủy các cấp tổ chức kiểm điểm cuối năm.', '29-HD/BTCTU', undefined],
  ['near miss: what a regulation spells out, a clause of its own ("quy định đảng viên vi phạm phải bị …")', 'Quy định số 35-QĐ/TU quy định đảng viên vi phạm phải bị xem xét kỷ luật.', '35-QĐ/TU', undefined],
  ['near miss: the verb of another citation ("Quy định 08 và Chỉ thị 05-CT/TU quy định …")', 'Đảng ủy yêu cầu thực hiện Quy định 08 và Chỉ thị 36-CT/TU quy định trách nhiệm nêu gương.', '36-CT/TU', undefined],
  ['near miss: after a name in quotes, a plural that goes on listing what it is about', 'Tỉnh ủy ban hành Kế hoạch số 46-KH/TU về Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, các chương trình kích cầu tiêu dùng giai đoạn 2024-2025.', '46-KH/TU', 'Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, các chương trình kích cầu tiêu dùng giai đoạn 2024-2025'],
  ['near miss: a headline in capitals: its semicolon ends the subject', 'TỈNH ỦY TRIỂN KHAI NGHỊ QUYẾT SỐ 47-NQ/TU VỀ PHÁT TRIỂN DU LỊCH; HUYỆN ỦY TỔ CHỨC HỘI NGHỊ SƠ KẾT\nSáng nay, hội nghị đã diễn ra.', '47-NQ/TU', 'Phát triển du lịch'],
  ['what "on" names is another document: its subject is that one\'s', 'The event marked three years of Directive 39-CT/TU on the Standing Board\'s Plan 05-KH/TU on studying the late leader\'s ideology.', '39-CT/TU', undefined],
];

describe('subjects read from the text', () => {
  it.each(ROWS)('%s', (_name, text, key, subject) => {
    expect(subjectOf(text, key)).toBe(subject);
  });

  it('never cuts inside a word, even on a long run-on subject', () => {
    const long = 'Nghị quyết số 55-NQ/TW về ' + Array.from({ length: 120 }, (_, i) => `nhiệm vụ thứ ${i}`).join(' ') + '.';
    const t = subjectOf(long, '55-NQ/TW')!;
    expect(t.endsWith(' …')).toBe(true);
    expect(long).toContain(t.slice(0, -2));
    expect(/\s$/.test(t.slice(0, -2))).toBe(false);
  });

  it('tidies without changing the words', () => {
    expect(tidySubject('  “Phát triển  kinh tế\n tư nhân”, ')).toBe('Phát triển kinh tế tư nhân');
    expect(tidySubject('XÂY DỰNG ĐẢNG VỀ ĐẠO ĐỨC')).toBe('Xây dựng đảng về đạo đức');
    // Capitals a reader keeps: Roman numerals, the country, the bodies, the congress, "của Đảng".
    expect(tidySubject('ĐẠI HỘI ĐẢNG BỘ CÁC CẤP TIẾN TỚI ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG'))
      .toBe('Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng');
    expect(tidySubject('HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG HỒ CHÍ MINH, VÌ VIỆT NAM HÙNG CƯỜNG')).toBe('Học tập và làm theo tư tưởng Hồ Chí Minh, vì Việt Nam hùng cường');
  });
});

// A document that opens its sentence is the sentence's subject: a comma before the sentence's verb is
// the subject's own (subject.ts, throughToPredicate). Our own sentences; near misses after the rows.
const OPENS_SENTENCE: Array<[name: string, text: string, key: string, subject: string]> = [
  ['", nhất là …" up to "đã"', 'Chỉ thị số 05-CT/TU của Ban Thường vụ Huyện ủy về siết chặt kỷ cương công vụ, nhất là trách nhiệm của người đứng đầu phòng, ban đã giúp giảm hồ sơ trễ hạn.', '05-CT/TU', 'siết chặt kỷ cương công vụ, nhất là trách nhiệm của người đứng đầu phòng, ban'],
  ['", góp phần …" up to "được <Somebody>"', 'Nghị quyết số 07-NQ/HU về phát triển cây ăn quả đặc sản, góp phần nâng cao thu nhập cho nông dân được Huyện ủy sơ kết vào tháng 6.', '07-NQ/HU', 'phát triển cây ăn quả đặc sản, góp phần nâng cao thu nhập cho nông dân'],
  ['", chỉ đạo việc …" up to "được ban hành"', 'Chỉ thị số 11-CT/TU về tăng cường sự lãnh đạo, chỉ đạo việc chăm sóc người cao tuổi được ban hành từ đầu năm.', '11-CT/TU', 'tăng cường sự lãnh đạo, chỉ đạo việc chăm sóc người cao tuổi'],
];
const NOT_OPENING: Array<[name: string, text: string, key: string, subject: string]> = [
  ['when, not what ("…, sau gần ba năm triển khai đã …")', 'Nghị quyết số 05-NQ/TU về phát triển nghề muối, sau gần ba năm triển khai đã đạt nhiều kết quả.', '05-NQ/TU', 'phát triển nghề muối'],
  ['a topic, then someone else\'s comment ("…, các chi bộ đã …")', 'Chỉ thị số 12-CT/TU về siết chặt kỷ luật phát ngôn, các chi bộ đã tổ chức học tập.', '12-CT/TU', 'siết chặt kỷ luật phát ngôn'],
  ['not opening its sentence ("Thực hiện …, …")', 'Thực hiện Nghị quyết số 08-NQ/HU về phát triển cây dược liệu, góp phần tăng thu nhập, huyện đã trồng mới 50 ha.', '08-NQ/HU', 'phát triển cây dược liệu'],
  ['the next verb is not the sentence\'s ("…, sau 3 năm thực hiện, đã …")', 'Nghị quyết số 06-NQ/HU về phát triển nông nghiệp sạch, sau 3 năm thực hiện đã mang lại kết quả.', '06-NQ/HU', 'phát triển nông nghiệp sạch'],
];

describe('a document that opens its sentence: its subject runs on to the sentence\'s verb', () => {
  it.each(OPENS_SENTENCE)('%s', (_name, text, key, subject) => {
    expect(subjectOf(text, key)).toBe(subject);
  });
  it.each(NOT_OPENING)('near miss: %s', (_name, text, key, subject) => {
    expect(subjectOf(text, key)).toBe(subject);
  });
});

describe('subjects run on through the rest of the official one', () => {
  const titleOf = (text: string, key: string) => extractReferences(text).documents.find((x) => x.key === key);
  it('the catalog\'s subject goes on through "nhằm": the text printing it is the whole subject', () => {
    // 13-NQ/TW (2012): "Xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp …".
    const d = titleOf('Sau mười năm, Nghị quyết số 13-NQ/TW ngày 16/1/2012 về xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020 được tổng kết.', '13-NQ/TW')!;
    expect([d.title, d.sources.title]).toEqual(['xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020', 'text']);
  });

  // 55-TB/TW (2019): "Sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị khóa XI về phương hướng, …".
  it('the date of a document the subject cites is no comma where the writer parts from the official subject', () => {
    const d = titleOf('Các chi bộ học tập Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW, ngày 30/7/2013 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020.', '55-TB/TW')!;
    expect(d.title).toBe('sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW, ngày 30/7/2013 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020');
  });

  // 55-QĐ/TW (2016): "Một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên".
  it.each([
    ['the purpose in the text\'s own words', 'Chi bộ học lại Quy định số 55-QĐ/TW ngày 19/12/2016 của Bộ Chính trị về một số việc cần làm ngay để tăng cường trách nhiệm nêu gương.', 'một số việc cần làm ngay để tăng cường trách nhiệm nêu gương'],
    ['near miss: a purpose of the sentence\'s own', 'Chi bộ học lại Quy định số 55-QĐ/TW ngày 19/12/2016 của Bộ Chính trị về một số việc cần làm ngay để chuẩn bị đại hội chi bộ.', 'một số việc cần làm ngay'],
  ])('the official subject\'s purpose ("… để tăng cường …"), printed on in other words: %s', (_n, text, title) => {
    expect(titleOf(text, '55-QĐ/TW')!.title).toBe(title);
  });

  // 08-NQ/TW (2017): "Phát triển du lịch trở thành ngành kinh tế mũi nhọn".
  const PROGRAMME = 'Huyện ủy ban hành Chương trình số 21-CTr/HU thực hiện Nghị quyết số 08-NQ/TW ngày 16/1/2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn';
  it.each([
    ['a clause after a comma, cut from the resolution\'s subject, is cut from the programme\'s too', `${PROGRAMME}, phấn đấu mỗi năm đón thêm khách.`, ''],
    ['near miss: the programme\'s own scope stays its own', `${PROGRAMME} trên địa bàn huyện.`, ' trên địa bàn huyện'],
    ['near miss: nor the programme\'s period after a comma', `${PROGRAMME}, giai đoạn 2025 - 2030.`, ', giai đoạn 2025 - 2030'],
  ])('a subject that ends with a document it embeds ends where that one\'s does: %s', (_n, text, own) => {
    expect(titleOf(text, '08-NQ/TW')!.title).toBe('phát triển du lịch trở thành ngành kinh tế mũi nhọn');
    expect(titleOf(text, '21-CTr/HU')!.title).toBe(`thực hiện Nghị quyết số 08-NQ/TW ngày 16/1/2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn${own}`);
  });

  it('through ", tạo nền tảng để …" too, where the official subject has it (19-NQ/TW, 2012)', () => {
    const d = titleOf('Nghị quyết số 19-NQ/TW ngày 31/10/2012 về tiếp tục đổi mới chính sách, pháp luật về đất đai trong thời kỳ đẩy mạnh toàn diện công cuộc đổi mới, tạo nền tảng để đến năm 2020 nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại được tổng kết.', '19-NQ/TW')!;
    expect(d.title).toMatch(/, tạo nền tảng để đến năm 2020 nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại$/);
  });

  it('ends at the comma where a subject that began like the official one goes elsewhere (80-QĐ/TW)', () => {
    const d = titleOf('Chi bộ quán triệt Quy định số 80-QĐ/TW ngày 18/8/2022 về phân cấp quản lý cán bộ, bảo đảm việc luân chuyển đúng quy trình.', '80-QĐ/TW')!;
    expect(d.title).toBe('phân cấp quản lý cán bộ');
    // Where the official goes on after the comma with the same words, the comma is its own.
    const whole = titleOf('Quy định số 80-QĐ/TW ngày 18/8/2022 về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử đã được quán triệt.', '80-QĐ/TW')!;
    expect(whole.title).toBe('phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử');
  });

  it('no cut where the words after the comma are the official subject\'s own (39-NQ/TW, "xây dựng và phát triển tỉnh Nghệ An")', () => {
    const d = titleOf('Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng, phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045 được quán triệt.', '39-NQ/TW')!;
    expect(d.title).toBe('xây dựng, phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045');
  });

  // The writer's wording differs from the official by a word or two: the subject still runs on to
  // where the text prints the official one's last word (official-tail.ts, officialTailByWords).
  it.each([
    ['"năng lực, uy tín" for "năng lực và uy tín" (26-NQ/TW, 2018)',
      'Sau hai năm thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ, huyện đã bố trí lại 12 trưởng phòng.',
      '26-NQ/TW', 'tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ'],
    ['"ở các cấp" for "các cấp" (101-QĐ/TW, 2012)',
      'Chi bộ học lại Quy định số 101-QĐ/TW ngày 7/6/2012 về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt ở các cấp trước kỳ đánh giá cuối năm.',
      '101-QĐ/TW', 'trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt ở các cấp'],
  ])('%s', (_name, text, key, title) => {
    expect(titleOf(text, key)?.title).toBe(title);
  });

  it('not on to a word that only folds like the official\'s last one ("mỗi" is not "mới")', () => {
    const d = titleOf('Quán triệt Nghị quyết số 26-NQ/TW ngày 19/5/2018 về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất và uy tín, mỗi chi bộ đã có kế hoạch.', '26-NQ/TW')!;
    expect(d.title).not.toMatch(/mỗi/);
  });

  it.each([
    ['a quote closes it',
      'Thành ủy sơ kết Kết luận số 100-KL/TW của Ban Bí thư “Về đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội” và Hội nghị báo cáo viên quý III.'],
    ['the text adds no word of the official subject it lacked ("Việc"), only its last one again',
      'Thành ủy sơ kết Kết luận số 100-KL/TW về đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội và Hội nghị báo cáo viên quý III.'],
  ])('not on to the official subject\'s last word printed again later: %s', (_name, text) => {
    expect(titleOf(text, '100-KL/TW')?.title).toBe('đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội');
  });

  it('to the end of its sentence, where the text prints a long part of the official subject and stops at one of its word ends', () => {
    const d = titleOf('Tỉnh ủy quán triệt Kết luận số 203-KL/TW về việc tiếp tục tập trung thực hiện các nhiệm vụ, giải pháp nhằm bảo đảm thực hiện ở mức cao nhất mục tiêu tăng trưởng năm 2025, tạo đà vững chắc cho tăng trưởng bền vững ở mức 2 con số trong giai đoạn tới. Các sở đã có kế hoạch.', '203-KL/TW')!;
    expect(d.title).toBe('việc tiếp tục tập trung thực hiện các nhiệm vụ, giải pháp nhằm bảo đảm thực hiện ở mức cao nhất mục tiêu tăng trưởng năm 2025, tạo đà vững chắc cho tăng trưởng bền vững ở mức 2 con số trong giai đoạn tới');
  });

  it('near miss: not when the sentence goes on with words of its own', () => {
    const d = titleOf('Tỉnh ủy quán triệt Kết luận số 203-KL/TW về việc tiếp tục tập trung thực hiện các nhiệm vụ, giải pháp nhằm bảo đảm thực hiện ở mức cao nhất mục tiêu của tỉnh trong năm nay.', '203-KL/TW')!;
    expect(d.title).toBe('việc tiếp tục tập trung thực hiện các nhiệm vụ, giải pháp');
  });

  it('only as far as the text goes on with it word for word', () => {
    const d = titleOf('Nghị quyết số 13-NQ/TW ngày 16/1/2012 về xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm thu hút đầu tư đã được tổng kết.', '13-NQ/TW')!;
    expect(d.title).toBe('xây dựng hệ thống kết cấu hạ tầng đồng bộ');
  });
});
