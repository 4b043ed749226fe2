/** Word lists for ./generate.ts: invented but plausible pieces of Vietnamese political news. */

export const SITES = [
  'nhandan.vn', 'dangcongsan.vn', 'tapchicongsan.org.vn', 'xaydungdang.org.vn', 'baochinhphu.vn', 'vietnamplus.vn',
  'qdnd.vn', 'cand.com.vn', 'vov.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'nld.com.vn', 'dantri.com.vn',
  'laodong.vn', 'tienphong.vn', 'plo.vn', 'sggp.org.vn', 'hanoimoi.vn', 'vietnamnet.vn',
];

export const PLACES = [
  'Hà Nội', 'TP Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Bắc Ninh',
  'Đắk Lắk', 'Lâm Đồng', 'Khánh Hòa', 'Bình Dương', 'Đồng Nai', 'An Giang', 'Cà Mau', 'Lào Cai', 'Điện Biên',
  'Thừa Thiên Huế', 'Quảng Nam', 'Hà Tĩnh', 'Nam Định', 'Thái Nguyên', 'Sơn La', 'Kiên Giang', 'Tây Ninh',
];

export const ACTORS = [
  'Tỉnh ủy', 'Thành ủy', 'Ban Thường vụ Tỉnh ủy', 'Đảng ủy Khối các cơ quan', 'UBND tỉnh', 'Hội đồng nhân dân',
  'Ban Tuyên giáo', 'Ban Tổ chức', 'Ủy ban Kiểm tra', 'Mặt trận Tổ quốc', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ',
];

export const VERBS = [
  'triển khai', 'quán triệt', 'tổng kết', 'sơ kết', 'đẩy mạnh thực hiện', 'ban hành kế hoạch thực hiện',
  'hướng dẫn thực hiện', 'kiểm tra việc thực hiện', 'học tập, quán triệt', 'cụ thể hóa',
];

export const TOPICS = [
  'tinh gọn tổ chức bộ máy của hệ thống chính trị', 'chuyển đổi số quốc gia', 'phát triển kinh tế tư nhân',
  'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo', 'hội nhập quốc tế trong tình hình mới',
  'đổi mới công tác xây dựng và thi hành pháp luật', 'phòng, chống tham nhũng, lãng phí, tiêu cực',
  'công tác cán bộ', 'đổi mới căn bản, toàn diện giáo dục và đào tạo', 'bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân',
  'xây dựng và phát triển văn hóa, con người Việt Nam', 'bảo vệ nền tảng tư tưởng của Đảng', 'bảo đảm an ninh năng lượng quốc gia',
  'phát triển nông nghiệp, nông dân, nông thôn', 'xây dựng, chỉnh đốn Đảng', 'kiểm soát quyền lực trong công tác cán bộ',
  'phát triển kinh tế biển bền vững', 'xây dựng đội ngũ trí thức', 'phát triển vùng đồng bằng sông Cửu Long',
  'quốc phòng toàn dân', 'cải cách hành chính', 'thu hút đầu tư nước ngoài', 'bảo vệ môi trường', 'phát triển công nghiệp quốc phòng',
  'đổi mới mô hình tăng trưởng', 'xây dựng nông thôn mới', 'phát triển nguồn nhân lực chất lượng cao', 'công tác dân vận',
];

export const PEOPLE = [
  'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Đức', 'Phạm Quốc Hùng', 'Hoàng Thị Lan', 'Võ Thanh Tùng', 'Đặng Thu Hà',
  'Bùi Đức Thắng', 'Đỗ Mạnh Cường', 'Ngô Thị Hồng', 'Dương Văn Khải', 'Lý Thị Mai', 'Trịnh Xuân Phong', 'Huỳnh Ngọc Sơn',
];

export const POSITIONS = [
  'Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Phó Bí thư Thường trực', 'Giám đốc Sở Nội vụ',
  'Trưởng Ban Tuyên giáo', 'Chủ nhiệm Ủy ban Kiểm tra', 'Phó Chủ tịch HĐND tỉnh',
];

export const GOALS = [
  'hoàn thành việc sắp xếp các đơn vị hành chính', 'đưa kinh tế số chiếm 30% GDP', 'giảm ít nhất 15% đầu mối bên trong',
  'nâng tỷ lệ dân số có hồ sơ sức khỏe điện tử lên 95%', 'tăng năng suất lao động bình quân trên 6,5% mỗi năm',
  'xây dựng chính quyền số hiện đại', 'có ít nhất 5 doanh nghiệp công nghệ số ngang tầm khu vực', 'không còn hộ nghèo',
];

export const FILLERS = [
  'Các cấp ủy, tổ chức đảng cần nâng cao nhận thức, trách nhiệm của người đứng đầu.',
  'Trong thời gian tới, địa phương tiếp tục rà soát, hoàn thiện cơ chế, chính sách.',
  'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu cơ sở.',
  'Nhiều ý kiến đề nghị tăng cường kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc.',
  'Công tác tuyên truyền được đổi mới, tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân.',
  'Nguồn lực cho thực hiện nhiệm vụ còn hạn chế, một số chỉ tiêu chưa đạt kế hoạch đề ra.',
  'Đại biểu đánh giá cao kết quả đạt được, đồng thời chỉ rõ những tồn tại cần khắc phục.',
  'Việc phân cấp, phân quyền gắn với kiểm soát quyền lực được thực hiện đồng bộ.',
  'Người dân và doanh nghiệp được hưởng lợi từ việc cắt giảm thủ tục hành chính.',
  'Lãnh đạo tỉnh yêu cầu các sở, ngành xây dựng lộ trình cụ thể, phân công rõ người, rõ việc.',
  'Kết quả thực hiện là tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.',
  'Bên cạnh kết quả đạt được, việc thực hiện ở một số nơi còn chậm, thiếu quyết liệt.',
];

/** Party document types: abbreviation, name, the body that usually issues them, relative weight. */
export const PARTY_TYPES: Array<[string, string, string[], number]> = [
  ['NQ', 'Nghị quyết', ['Ban Chấp hành Trung ương', 'Bộ Chính trị'], 40],
  ['KL', 'Kết luận', ['Bộ Chính trị', 'Ban Bí thư'], 25],
  ['CT', 'Chỉ thị', ['Ban Bí thư', 'Bộ Chính trị'], 15],
  ['QĐ', 'Quy định', ['Bộ Chính trị', 'Ban Chấp hành Trung ương'], 12],
  ['HD', 'Hướng dẫn', ['Ban Tổ chức Trung ương'], 8],
];

/** State document types: abbreviation, name, issuer symbol, body. */
export const STATE_TYPES: Array<[string, string, string, string]> = [
  ['NĐ', 'Nghị định', 'CP', 'Chính phủ'],
  ['NQ', 'Nghị quyết', 'CP', 'Chính phủ'],
  ['CT', 'Chỉ thị', 'TTg', 'Thủ tướng Chính phủ'],
  ['QĐ', 'Quyết định', 'TTg', 'Thủ tướng Chính phủ'],
];

/** Central Committee terms and their years. */
export const TERMS: Array<[string, number, number]> = [['XI', 2011, 2015], ['XII', 2016, 2020], ['XIII', 2021, 2025]];

export const CATALOG_SOURCES = ['https://tulieuvankien.dangcongsan.vn/', 'https://thuvienphapluat.vn/', 'https://chinhphu.vn/'];
