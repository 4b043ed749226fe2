/**
 * The one list of supported sites. The manifest's content-script matches and the options page
 * are generated from it, so adding a site here is all it takes.
 */
import type { Site, SiteGroup } from './types';
import { ANY_SITE_UNDER, covers, isTestHost, normalizeHost } from './url-shape';
import { VN_DOMAIN_SITE } from './vn-domain-site';

export { isTestHost } from './url-shape';
export { siteLabel } from './site-label';

export type { Site, SiteFamily, SiteGroup } from './types';

/** A built-in site: always says which group it belongs to. */
export type BuiltinSite = Site & { group: SiteGroup };

/** A provincial party paper (or station) of a province. */
const tinh = (host: string, name: string, province: string, extra: Partial<Site> = {}): BuiltinSite =>
  ({ host, name, lang: 'vi', group: 'provincial', locality: `Đảng bộ tỉnh ${province}`, ...extra });
/** The same for a centrally-run city. */
const thanhPho = (host: string, name: string, city: string, extra: Partial<Site> = {}): BuiltinSite =>
  ({ host, name, lang: 'vi', group: 'provincial', locality: `Đảng bộ thành phố ${city}`, ...extra });

/**
 * Every host below was seen in a real address (a crawler's configuration, a feed list, a saved
 * link, or a passage of the dev corpus); none is guessed. Archives of the papers of the provinces
 * merged in July 2025 keep their old province as their locality: that is whose documents they cite.
 */
export const SITES: readonly BuiltinSite[] = [
  // Party: the Party's own papers, journals and portals; theory, schools, the Front
  { host: 'dangcongsan.vn', name: 'Báo điện tử Đảng Cộng sản Việt Nam', family: 'D', lang: 'vi', group: 'party' },
  { host: 'tulieuvankien.dangcongsan.vn', name: 'Tư liệu Văn kiện Đảng', family: 'party', lang: 'vi', group: 'party' },
  { host: 'dangcongsan.org.vn', name: 'Cổng thông tin điện tử Đảng Cộng sản Việt Nam', family: 'party', lang: 'vi', group: 'party' },
  { host: 'tapchicongsan.org.vn', name: 'Tạp chí Cộng sản', family: 'party', lang: 'vi', group: 'party' },
  { host: 'xaydungdang.org.vn', name: 'Tạp chí Xây dựng Đảng', family: 'party', lang: 'vi', group: 'party' },
  { host: 'xaydungdang.tapchicongsan.org.vn', name: 'Tạp chí Xây dựng Đảng', family: 'party', lang: 'vi', group: 'party' },
  // Provincial party committees' portals: many CMSs, so they are matched on DOM features.
  { host: 'dcs.vn', name: 'Cổng thông tin Đảng bộ tỉnh, thành phố (*.dcs.vn)', family: 'party', lang: 'vi', group: 'party', domain: 'suffix' },
  { host: 'daihoidangtoanquoc.vn', name: 'Đại hội Đảng toàn quốc', lang: 'vi', group: 'party' },
  { host: 'lyluanchinhtri.vn', name: 'Tạp chí Lý luận chính trị', lang: 'vi', group: 'party' },
  { host: 'hcma.vn', name: 'Học viện Chính trị quốc gia Hồ Chí Minh', lang: 'vi', group: 'party' },
  { host: 'giaoduclyluanhcma.vn', name: 'Tạp chí Giáo dục lý luận', lang: 'vi', group: 'party' },
  { host: 'tuyengiao.vn', name: 'Tuyên giáo', lang: 'vi', group: 'party' },
  { host: 'noichinh.vn', name: 'Ban Nội chính Trung ương', lang: 'vi', group: 'party' },
  { host: 'tapchiqptd.vn', name: 'Tạp chí Quốc phòng toàn dân', lang: 'vi', group: 'party' },
  { host: 'hochiminh.vn', name: 'Cổng thông tin điện tử về Chủ tịch Hồ Chí Minh', lang: 'vi', group: 'party' },
  { host: 'mattran.org.vn', name: 'Mặt trận Tổ quốc Việt Nam', lang: 'vi', group: 'party' },
  { host: 'tapchimattran.vn', name: 'Tạp chí Mặt trận', lang: 'vi', group: 'party' },
  { host: 'hcmcpv.org.vn', name: 'Cổng thông tin Đảng bộ Thành phố Hồ Chí Minh', lang: 'vi', group: 'party', locality: 'Đảng bộ thành phố Hồ Chí Minh' },
  { host: 'tinhuyquangtri.vn', name: 'Tỉnh ủy Quảng Trị', lang: 'vi', group: 'party', locality: 'Đảng bộ tỉnh Quảng Trị' },
  { host: 'dangbo.tnut.edu.vn', name: 'Đảng bộ Trường Đại học Kỹ thuật Công nghiệp', lang: 'vi', group: 'party' },
  { host: 'hdll.vn', name: 'Hội đồng Lý luận Trung ương', lang: 'vi', group: 'party' },
  { host: 'quanlynhanuoc.vn', name: 'Tạp chí Quản lý nhà nước', lang: 'vi', group: 'party' },
  { host: 'qpvn.vn', name: 'Quốc phòng Việt Nam', lang: 'vi', group: 'party' },
  { host: 'tuyengiaoangiang.vn', name: 'Ban Tuyên giáo Tỉnh ủy An Giang', lang: 'vi', group: 'party', locality: 'Đảng bộ tỉnh An Giang' },
  { host: 'tinhuybinhphuoc.vn', name: 'Tỉnh ủy Bình Phước', lang: 'vi', group: 'party', locality: 'Đảng bộ tỉnh Bình Phước' },
  { host: 'huyenuybugiamap.vn', name: 'Huyện ủy Bù Gia Mập', lang: 'vi', group: 'party' },
  { host: 'tuyengiaotiengiang.vnpttiengiang.vn', name: 'Ban Tuyên giáo Tỉnh ủy Tiền Giang', lang: 'vi', group: 'party', locality: 'Đảng bộ tỉnh Tiền Giang' },
  { host: 'tinhuyhaiduong.vn', name: 'Tỉnh ủy Hải Dương', lang: 'vi', group: 'party', locality: 'Đảng bộ tỉnh Hải Dương' },
  { host: 'dbkcqdnbacninh.vn', name: 'Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bắc Ninh', lang: 'vi', group: 'party', locality: 'Đảng bộ tỉnh Bắc Ninh' },
  { host: 'doanhnghieptrunguong.vn', name: 'Đảng ủy Khối Doanh nghiệp Trung ương', lang: 'vi', group: 'party' },

  // Mass organisations, unions and the party committees of state enterprises
  { host: 'laodongthudo.vn', name: 'Lao động Thủ đô', lang: 'vi', group: 'organisations' },
  { host: 'hoinhabaohcm.vn', name: 'Hội Nhà báo TP. Hồ Chí Minh', lang: 'vi', group: 'organisations' },
  { host: 'hoinhabaonghean.vn', name: 'Hội Nhà báo Nghệ An', lang: 'vi', group: 'organisations' },
  { host: 'tinhdoancamau.com.vn', name: 'Tỉnh Đoàn Cà Mau', lang: 'vi', group: 'organisations' },
  { host: 'vawe.org.vn', name: 'Hội Nữ doanh nhân Việt Nam', lang: 'vi', group: 'organisations' },
  { host: 'evn.com.vn', name: 'Tập đoàn Điện lực Việt Nam (EVN)', lang: 'vi', group: 'organisations' },
  { host: 'vinacomin.vn', name: 'Tập đoàn Than - Khoáng sản Việt Nam', lang: 'vi', group: 'organisations' },
  { host: 'acccorp.vn', name: 'Tổng công ty ACC', lang: 'vi', group: 'organisations' },
  { host: 'dangbosatra.vn', name: 'Đảng bộ Tổng công ty Thương mại Sài Gòn (SATRA)', lang: 'vi', group: 'organisations' },
  { host: 'haiduongsme.vn', name: 'Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Hải Dương', lang: 'vi', group: 'organisations' },
  { host: 'tapchinghiencuuphathoc.vn', name: 'Tạp chí Nghiên cứu Phật học', lang: 'vi', group: 'organisations' },
  // Every *.org.vn site: the domain VNNIC gives to political, social and professional organisations
  // (the Front, unions, associations), whose pages cite party documents as the party's own do.
  { host: 'org.vn', name: 'Tổ chức chính trị - xã hội, hội, hiệp hội (*.org.vn)', lang: 'vi', group: 'organisations', domain: 'suffix' },
  { host: 'vwu.vn', name: 'Hội Liên hiệp Phụ nữ Việt Nam', lang: 'vi', group: 'organisations' },
  { host: 'vast.vn', name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', lang: 'vi', group: 'organisations' },
  { host: 'avnuc.vn', name: 'avnuc.vn', lang: 'vi', group: 'organisations' },
  { host: 'husta.vn', name: 'husta.vn', lang: 'vi', group: 'organisations' },
  { host: 'hoinongdanhatinh.vn', name: 'Hội Nông dân tỉnh Hà Tĩnh', lang: 'vi', group: 'organisations' },
  { host: 'hiephoiduabentre.vn', name: 'Hiệp hội Dừa Bến Tre', lang: 'vi', group: 'organisations' },

  // Government: every *.gov.vn portal (ministries, provinces, districts, wards), and the two outside it
  { host: 'gov.vn', name: 'Cổng thông tin điện tử cơ quan nhà nước (*.gov.vn)', lang: 'vi', group: 'government', domain: 'suffix' },
  { host: 'chinhphu.vn', name: 'Cổng Thông tin điện tử Chính phủ', lang: 'vi', group: 'government' },
  { host: 'quochoi.vn', name: 'Cổng thông tin điện tử Quốc hội', lang: 'vi', group: 'government' },
  { host: 'cucthongke.vn', name: 'Cục Thống kê', lang: 'vi', group: 'government' },
  // Embassies keep their own domains abroad (most are under mofa.gov.vn); they report the party's resolutions to Vietnamese there.
  { host: 'vnembassy-jp.org', name: 'Đại sứ quán Việt Nam tại Nhật Bản', lang: 'vi', group: 'government' },
  // Schools, universities and academies (*.edu.vn, a domain VNNIC gives only to education and training
  // institutions): their party committees and political-education pages cite party documents constantly.
  { host: 'edu.vn', name: 'Trường học, đại học, học viện (*.edu.vn)', lang: 'vi', group: 'government', domain: 'suffix' },

  // Legal databases
  { host: 'thuvienphapluat.vn', name: 'Thư viện Pháp luật', lang: 'vi', group: 'legal' },
  { host: 'luatvietnam.vn', name: 'LuatVietnam', lang: 'vi', group: 'legal' },
  { host: 'lawnet.vn', name: 'LawNet', lang: 'vi', group: 'legal' },
  { host: 'hethongphapluat.vn', name: 'Hệ thống pháp luật', lang: 'vi', group: 'legal' },
  { host: 'vbpl.vn', name: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', lang: 'vi', group: 'legal' },
  { host: 'trogiupluat.vn', name: 'Trợ giúp luật', lang: 'vi', group: 'legal' },
  { host: 'vietnamlawmagazine.vn', name: 'Vietnam Law & Legal Forum', lang: 'en', group: 'legal' },
  { host: 'vanban123.vn', name: 'Văn bản 123', lang: 'vi', group: 'legal' },
  { host: 'hoatieu.vn', name: 'Hoatieu', lang: 'vi', group: 'legal' },
  { host: 'nhansu.vn', name: 'Nhân sự – Văn bản pháp luật', lang: 'vi', group: 'legal' },
  { host: 'hethongphapluat.com', name: 'Hệ thống pháp luật (.com)', lang: 'vi', group: 'legal' },
  { host: 'tailieuluat.com', name: 'Tài liệu luật', lang: 'vi', group: 'legal' },
  { host: 'luatminhkhue.vn', name: 'Luật Minh Khuê', lang: 'vi', group: 'legal' },
  { host: 'chuyentuvanluat.com', name: 'Chuyên tư vấn luật', lang: 'vi', group: 'legal' },
  { host: 'vanbanphapluat.co', name: 'Văn bản pháp luật (vanbanphapluat.co)', lang: 'vi', group: 'legal' },
  { host: 'ata-legal.com', name: 'ATA Law Firm', lang: 'en', group: 'legal' },
  // Document libraries, where party documents and their study materials are shared
  { host: '123docz.net', name: '123doc', lang: 'vi', group: 'legal' },
  { host: 'tailieumienphi.vn', name: 'Tài liệu miễn phí', lang: 'vi', group: 'legal' },
  { host: 'tailieuthamkhao.com', name: 'Tài liệu tham khảo', lang: 'vi', group: 'legal' },

  // National outlets
  { host: 'nhandan.vn', name: 'Nhân Dân', family: 'A', lang: 'vi', group: 'national' },
  { host: 'baochinhphu.vn', name: 'Báo Điện tử Chính phủ', family: 'B', lang: 'vi', group: 'national' },
  { host: 'vietnamplus.vn', name: 'VietnamPlus', family: 'A', lang: 'vi', group: 'national' },
  { host: 'qdnd.vn', name: 'Quân đội nhân dân', family: 'D', lang: 'vi', group: 'national' },
  { host: 'cand.com.vn', name: 'Công an nhân dân', family: 'cand', lang: 'vi', group: 'national' },
  { host: 'vov.vn', name: 'VOV', family: 'vov', lang: 'vi', group: 'national' },
  { host: 'vtv.vn', name: 'VTV', lang: 'vi', group: 'national' },
  { host: 'vtv.gov.vn', name: 'VTV', lang: 'vi', group: 'national' },
  { host: 'vnexpress.net', name: 'VnExpress', family: 'vnexpress', lang: 'vi', group: 'national' },
  { host: 'tuoitre.vn', name: 'Tuổi Trẻ', family: 'B', lang: 'vi', group: 'national' },
  { host: 'thanhnien.vn', name: 'Thanh Niên', family: 'B', lang: 'vi', group: 'national' },
  { host: 'nld.com.vn', name: 'Người Lao Động', family: 'B', lang: 'vi', group: 'national' },
  { host: 'dantri.com.vn', name: 'Dân trí', family: 'dantri', lang: 'vi', group: 'national' },
  { host: 'laodong.vn', name: 'Lao Động', family: 'laodong', lang: 'vi', group: 'national' },
  { host: 'tienphong.vn', name: 'Tiền Phong', family: 'A', lang: 'vi', group: 'national' },
  { host: 'znews.vn', name: 'Znews', family: 'znews', lang: 'vi', group: 'national' },
  { host: 'plo.vn', name: 'Pháp Luật TP.HCM', family: 'A', lang: 'vi', group: 'national' },
  { host: 'vietnamnet.vn', name: 'VietNamNet', lang: 'vi', group: 'national' },
  { host: 'vtcnews.vn', name: 'VTC News', lang: 'vi', group: 'national' },
  { host: 'baomoi.com', name: 'Báo Mới', lang: 'vi', group: 'national' },
  // Aggregators and small e-magazines that republish or comment on party news.
  { host: 'baomoi.zadn.vn', name: 'Báo Mới (baomoi.zadn.vn)', lang: 'vi', group: 'national' },
  { host: 'baomoi.net.vn', name: 'baomoi.net.vn', lang: 'vi', group: 'national' },
  { host: 'vietgiaitri.com', name: 'Việt Giải Trí', lang: 'vi', group: 'national' },
  { host: 'arttimes.vn', name: 'Arttimes', lang: 'vi', group: 'national' },
  { host: 'taichinhtoandien.vn', name: 'Tài chính toàn diện', lang: 'vi', group: 'national' },
  { host: 'hoanhap.vn', name: 'Hội nhập', lang: 'vi', group: 'national' },
  { host: 'thinhvuongvietnam.com', name: 'Thịnh vượng Việt Nam', lang: 'vi', group: 'national' },
  // Overseas Vietnamese press: commentary on party documents cites them as the news does.
  { host: 'vietbao.com', name: 'Việt Báo', lang: 'vi', group: 'national' },
  // National outlets and trade magazines (and Nhân Dân's former address).
  { host: 'nhandan.org.vn', name: 'Nhân Dân (địa chỉ cũ)', lang: 'vi', group: 'national' },
  { host: 'baocuuchienbinhvietnam.com.vn', name: 'Cựu chiến binh Việt Nam', lang: 'vi', group: 'national' },
  { host: 'danchuphapluat.vn', name: 'Dân chủ và Pháp luật', lang: 'vi', group: 'national' },
  { host: 'tvphapluat.vn', name: 'Truyền hình Pháp luật', lang: 'vi', group: 'national' },
  { host: 'baodauthau.vn', name: 'Báo Đấu thầu', lang: 'vi', group: 'national' },
  { host: 'nhadautu.vn', name: 'Nhà đầu tư', lang: 'vi', group: 'national' },
  { host: 'tapchitaichinh.vn', name: 'Tạp chí Tài chính', lang: 'vi', group: 'national' },
  { host: 'tapchinongthonmoi.vn', name: 'Tạp chí Nông thôn mới', lang: 'vi', group: 'national' },
  { host: 'petronews.vn', name: 'Petronews', lang: 'vi', group: 'national' },
  { host: 'congnghevadoisong.vn', name: 'Công nghệ và Đời sống', lang: 'vi', group: 'national' },
  { host: 'doanhnghiephoinhap.vn', name: 'Doanh nghiệp và Hội nhập', lang: 'vi', group: 'national' },
  { host: 'vanhoadoanhnghiepvn.vn', name: 'Văn hóa doanh nghiệp', lang: 'vi', group: 'national' },
  { host: 'nongnghiephuuco.vn', name: 'Nông nghiệp hữu cơ', lang: 'vi', group: 'national' },
  { host: 'vngreen.vn', name: 'VnGreen', lang: 'vi', group: 'national' },
  { host: 'nangluongsachvietnam.vn', name: 'Năng lượng sạch Việt Nam', lang: 'vi', group: 'national' },
  { host: 'congnghieptauthuyvietnam.vn', name: 'Công nghiệp tàu thủy Việt Nam', lang: 'vi', group: 'national' },
  { host: 'vietnam.vn', name: 'Vietnam.vn', lang: 'vi', group: 'national' },
  { host: 'baotintuc.vn', name: 'Báo Tin tức (TTXVN)', lang: 'vi', group: 'national' },
  { host: 'vnanet.vn', name: 'Thông tấn xã Việt Nam', lang: 'vi', group: 'national' },
  { host: 'bnews.vn', name: 'Bnews (TTXVN)', lang: 'vi', group: 'national' },
  { host: 'vovworld.vn', name: 'VOVWorld (VOV5)', lang: 'vi', group: 'national' },
  { host: 'quochoitv.vn', name: 'Truyền hình Quốc hội Việt Nam', lang: 'vi', group: 'national' },
  { host: 'daibieunhandan.vn', name: 'Đại biểu Nhân dân', lang: 'vi', group: 'national' },
  { host: 'daidoanket.vn', name: 'Đại Đoàn Kết', lang: 'vi', group: 'national' },
  { host: 'cuuchienbinh.vn', name: 'Cựu chiến binh Việt Nam', lang: 'vi', group: 'national' },
  { host: 'phunuvietnam.vn', name: 'Phụ nữ Việt Nam', lang: 'vi', group: 'national' },
  { host: 'baodantoc.vn', name: 'Dân tộc và Phát triển', lang: 'vi', group: 'national' },
  { host: 'baoquocte.vn', name: 'Thế giới và Việt Nam', lang: 'vi', group: 'national' },
  { host: 'congly.vn', name: 'Công lý', lang: 'vi', group: 'national' },
  { host: 'baophapluat.vn', name: 'Pháp luật Việt Nam', lang: 'vi', group: 'national' },
  { host: 'tapchitoaan.vn', name: 'Tạp chí Tòa án nhân dân', lang: 'vi', group: 'national' },
  { host: 'thanhtravietnam.vn', name: 'Tạp chí Thanh tra', lang: 'vi', group: 'national' },
  { host: 'anninhthudo.vn', name: 'An ninh Thủ đô', lang: 'vi', group: 'national' },
  { host: 'kinhtedothi.vn', name: 'Kinh tế & Đô thị', lang: 'vi', group: 'national' },
  { host: 'danviet.vn', name: 'Dân Việt', lang: 'vi', group: 'national' },
  { host: 'vneconomy.vn', name: 'VnEconomy', lang: 'vi', group: 'national' },
  { host: 'baodautu.vn', name: 'Đầu tư', lang: 'vi', group: 'national' },
  { host: 'congthuong.vn', name: 'Công Thương', lang: 'vi', group: 'national' },
  { host: 'nongnghiep.vn', name: 'Nông nghiệp Việt Nam', lang: 'vi', group: 'national' },
  { host: 'nongnghiepmoitruong.vn', name: 'Nông nghiệp và Môi trường', lang: 'vi', group: 'national' },
  { host: 'baotainguyenmoitruong.vn', name: 'Tài nguyên và Môi trường', lang: 'vi', group: 'national' },
  { host: 'tapchimoitruong.vn', name: 'Tạp chí Môi trường', lang: 'vi', group: 'national' },
  { host: 'baoxaydung.vn', name: 'Xây dựng', lang: 'vi', group: 'national' },
  { host: 'suckhoedoisong.vn', name: 'Sức khỏe và Đời sống', lang: 'vi', group: 'national' },
  { host: 'giaoducthoidai.vn', name: 'Giáo dục và Thời đại', lang: 'vi', group: 'national' },
  { host: 'baovanhoa.vn', name: 'Văn hóa', lang: 'vi', group: 'national' },
  { host: 'toquoc.vn', name: 'Tổ Quốc', lang: 'vi', group: 'national' },
  { host: 'thesaigontimes.vn', name: 'Kinh tế Sài Gòn', lang: 'vi', group: 'national' },
  { host: 'vietbao.vn', name: 'Việt Báo', lang: 'vi', group: 'national' },
  // Business, law, education, youth and culture papers and ministries' magazines (seen citing party
  // documents in stored pages, 2022–2026)
  { host: 'ngaynay.vn', name: 'Ngày Nay', lang: 'vi', group: 'national' },
  { host: 'thoibaotaichinhvietnam.vn', name: 'Thời báo Tài chính Việt Nam', lang: 'vi', group: 'national' },
  { host: 'cafef.vn', name: 'CafeF', lang: 'vi', group: 'national' },
  { host: 'congluan.vn', name: 'Nhà báo và Công luận', lang: 'vi', group: 'national' },
  { host: 'soha.vn', name: 'Soha', lang: 'vi', group: 'national' },
  { host: 'giaoduc.net.vn', name: 'Giáo dục Việt Nam', lang: 'vi', group: 'national' },
  { host: 'viettimes.vn', name: 'VietTimes', lang: 'vi', group: 'national' },
  { host: 'tuoitrethudo.vn', name: 'Tuổi trẻ Thủ đô', lang: 'vi', group: 'national' },
  { host: 'phaply.net.vn', name: 'Pháp lý', lang: 'vi', group: 'national' },
  { host: 'qltt.vn', name: 'Quản lý thị trường', lang: 'vi', group: 'national' },
  { host: 'doanhnghiepvn.vn', name: 'Doanh nghiệp Việt Nam', lang: 'vi', group: 'national' },
  { host: 'reatimes.vn', name: 'Reatimes', lang: 'vi', group: 'national' },
  { host: 'vanhoathoidai.vn', name: 'Văn hóa và Thời đại', lang: 'vi', group: 'national' },
  { host: 'vietnamhoinhap.vn', name: 'Việt Nam Hội nhập', lang: 'vi', group: 'national' },
  { host: 'thoidai.com.vn', name: 'Thời Đại', lang: 'vi', group: 'national' },
  { host: 'kinhtenongthon.vn', name: 'Kinh tế nông thôn', lang: 'vi', group: 'national' },

  // Provincial party papers: the 63 provinces before the July 2025 merger (one, Vĩnh Phúc, unverified),
  // and the papers of the 34 after it whose address changed (baobacninhtv.vn, baovinhlong.vn).
  thanhPho('hanoimoi.vn', 'Hànộimới', 'Hà Nội', { family: 'C' }),
  thanhPho('sggp.org.vn', 'Sài Gòn Giải Phóng', 'Hồ Chí Minh', { family: 'A' }),
  thanhPho('baohaiphong.vn', 'Báo Hải Phòng', 'Hải Phòng'),
  thanhPho('baodanang.vn', 'Báo Đà Nẵng', 'Đà Nẵng'),
  thanhPho('baocantho.com.vn', 'Báo Cần Thơ', 'Cần Thơ'),
  thanhPho('huengaynay.vn', 'Báo Huế (Huế ngày nay)', 'Huế'),
  tinh('baoangiang.com.vn', 'Báo An Giang', 'An Giang'),
  tinh('baobariavungtau.com.vn', 'Báo Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'),
  tinh('baobaclieu.vn', 'Báo Bạc Liêu', 'Bạc Liêu'),
  tinh('baobacgiang.vn', 'Báo Bắc Giang', 'Bắc Giang'),
  tinh('baobackan.vn', 'Báo Bắc Kạn', 'Bắc Kạn'),
  tinh('baobackan.org.vn', 'Báo Bắc Kạn', 'Bắc Kạn'),
  tinh('baobacninh.com.vn', 'Báo Bắc Ninh', 'Bắc Ninh'),
  tinh('baobacninhtv.vn', 'Báo và Phát thanh, Truyền hình Bắc Ninh', 'Bắc Ninh'),
  tinh('baodongkhoi.vn', 'Báo Đồng Khởi', 'Bến Tre'),
  tinh('baobinhduong.vn', 'Báo Bình Dương', 'Bình Dương'),
  tinh('baobinhdinh.vn', 'Báo Bình Định', 'Bình Định'),
  tinh('baobinhdinh.com.vn', 'Báo Bình Định', 'Bình Định'),
  tinh('baobinhphuoc.com.vn', 'Báo Bình Phước', 'Bình Phước'),
  tinh('baobinhthuan.com.vn', 'Báo Bình Thuận', 'Bình Thuận'),
  tinh('baocamau.vn', 'Báo Cà Mau', 'Cà Mau'),
  tinh('baocaobang.vn', 'Báo Cao Bằng', 'Cao Bằng'),
  tinh('baodaklak.vn', 'Báo Đắk Lắk', 'Đắk Lắk'),
  tinh('baodaknong.vn', 'Báo Đắk Nông', 'Đắk Nông'),
  tinh('baodaknong.org.vn', 'Báo Đắk Nông', 'Đắk Nông'),
  tinh('baodienbienphu.vn', 'Báo Điện Biên Phủ', 'Điện Biên'),
  tinh('baodongnai.com.vn', 'Báo Đồng Nai', 'Đồng Nai'),
  tinh('baodongthap.vn', 'Báo Đồng Tháp', 'Đồng Tháp'),
  tinh('baogialai.com.vn', 'Báo Gia Lai', 'Gia Lai'),
  tinh('baohagiang.vn', 'Báo Hà Giang', 'Hà Giang'),
  tinh('baohanam.com.vn', 'Báo Hà Nam', 'Hà Nam'),
  tinh('baohatinh.vn', 'Báo Hà Tĩnh', 'Hà Tĩnh'),
  tinh('baohaiduong.vn', 'Báo Hải Dương', 'Hải Dương'),
  tinh('baohaugiang.com.vn', 'Báo Hậu Giang', 'Hậu Giang'),
  tinh('baohoabinh.com.vn', 'Báo Hòa Bình', 'Hòa Bình'),
  tinh('baohungyen.vn', 'Báo Hưng Yên', 'Hưng Yên'),
  tinh('baokhanhhoa.vn', 'Báo Khánh Hòa', 'Khánh Hòa'),
  tinh('baokiengiang.vn', 'Báo Kiên Giang', 'Kiên Giang'),
  tinh('baokontum.com.vn', 'Báo Kon Tum', 'Kon Tum'),
  tinh('baolaichau.vn', 'Báo Lai Châu', 'Lai Châu'),
  tinh('baolamdong.vn', 'Báo Lâm Đồng', 'Lâm Đồng'),
  tinh('baolangson.vn', 'Báo Lạng Sơn', 'Lạng Sơn'),
  tinh('baolaocai.vn', 'Báo Lào Cai', 'Lào Cai', { family: 'A' }),
  tinh('baolongan.vn', 'Báo Long An', 'Long An'),
  tinh('baonamdinh.vn', 'Báo Nam Định', 'Nam Định'),
  tinh('baonghean.vn', 'Báo Nghệ An', 'Nghệ An'),
  tinh('nghean24h.vn', 'Nghệ An 24h', 'Nghệ An'),
  tinh('vinh24h.vn', 'Vinh 24h', 'Nghệ An'),
  tinh('vanhoanghean.vn', 'Văn hóa Nghệ An', 'Nghệ An'),
  tinh('baobackan.com.vn', 'Báo Bắc Kạn', 'Bắc Kạn'),
  tinh('mydongnai.vn', 'My Đồng Nai', 'Đồng Nai'),
  tinh('thtg.vn', 'Truyền hình Tiền Giang', 'Tiền Giang'),
  tinh('truyenhinhthanhhoa.vn', 'Đài Phát thanh và Truyền hình Thanh Hóa', 'Thanh Hóa'),
  thanhPho('baothuathienhue.vn', 'Báo Thừa Thiên Huế', 'Huế'),
  thanhPho('baophunuthudo.vn', 'Phụ nữ Thủ đô', 'Hà Nội'),
  // A city's television portal whose province its pages do not say: no locality rather than a guess.
  { host: 'truyenhinhtpth.vn', name: 'Truyền hình TPTH', lang: 'vi', group: 'provincial' },
  tinh('baoninhbinh.org.vn', 'Báo Ninh Bình', 'Ninh Bình'),
  tinh('baoninhthuan.com.vn', 'Báo Ninh Thuận', 'Ninh Thuận'),
  tinh('baophutho.vn', 'Báo Phú Thọ', 'Phú Thọ'),
  tinh('baophuyen.vn', 'Báo Phú Yên', 'Phú Yên'),
  tinh('baophuyen.com.vn', 'Báo Phú Yên', 'Phú Yên'),
  tinh('baoquangbinh.vn', 'Báo Quảng Bình', 'Quảng Bình'),
  tinh('baoquangnam.vn', 'Báo Quảng Nam', 'Quảng Nam'),
  tinh('baoquangngai.vn', 'Báo Quảng Ngãi', 'Quảng Ngãi'),
  tinh('baoquangninh.vn', 'Báo Quảng Ninh', 'Quảng Ninh'),
  tinh('baoquangninh.com.vn', 'Báo Quảng Ninh', 'Quảng Ninh'),
  tinh('baoquangtri.vn', 'Báo Quảng Trị', 'Quảng Trị'),
  tinh('baosoctrang.org.vn', 'Báo Sóc Trăng', 'Sóc Trăng'),
  tinh('baosonla.vn', 'Báo Sơn La', 'Sơn La'),
  tinh('baotayninh.vn', 'Báo Tây Ninh', 'Tây Ninh'),
  tinh('baothaibinh.com.vn', 'Báo Thái Bình', 'Thái Bình'),
  tinh('baothainguyen.vn', 'Báo Thái Nguyên', 'Thái Nguyên'),
  tinh('baothainguyen.org.vn', 'Báo Thái Nguyên', 'Thái Nguyên'),
  tinh('baothanhhoa.vn', 'Báo Thanh Hóa', 'Thanh Hóa'),
  tinh('baoapbac.vn', 'Báo Ấp Bắc', 'Tiền Giang'),
  tinh('baotravinh.vn', 'Báo Trà Vinh', 'Trà Vinh'),
  tinh('baotuyenquang.com.vn', 'Báo Tuyên Quang', 'Tuyên Quang'),
  tinh('baovinhlong.com.vn', 'Báo Vĩnh Long', 'Vĩnh Long'),
  tinh('baovinhlong.vn', 'Báo và Phát thanh, Truyền hình Vĩnh Long', 'Vĩnh Long'),
  // The merged paper keeps the Bến Tre and Trà Vinh papers' archives on their own subdomains.
  tinh('dongkhoi.baovinhlong.vn', 'Báo Đồng Khởi (Báo và Phát thanh, Truyền hình Vĩnh Long)', 'Bến Tre'),
  tinh('travinh.baovinhlong.vn', 'Báo Trà Vinh (Báo và Phát thanh, Truyền hình Vĩnh Long)', 'Trà Vinh'),
  tinh('baoyenbai.com.vn', 'Báo Yên Bái', 'Yên Bái'),
  // Provincial stations cited for party documents
  tinh('bacgiangtv.vn', 'Đài Phát thanh và Truyền hình Bắc Giang', 'Bắc Giang'),
  tinh('thvl.vn', 'Đài Phát thanh và Truyền hình Vĩnh Long', 'Vĩnh Long'),
  tinh('thainguyentv.vn', 'Đài Phát thanh và Truyền hình Thái Nguyên', 'Thái Nguyên'),

  // English editions
  { host: 'en.nhandan.vn', name: 'Nhan Dan (English)', family: 'A', lang: 'en', group: 'english' },
  { host: 'en.vietnamplus.vn', name: 'VietnamPlus (English)', family: 'A', lang: 'en', group: 'english' },
  { host: 'en.baochinhphu.vn', name: 'Viet Nam Government News (English)', family: 'B', lang: 'en', group: 'english' },
  { host: 'theinvestor.vn', name: 'The Investor', lang: 'en', group: 'english' },
  { host: 'vccinews.com', name: 'VCCI News', lang: 'en', group: 'english' },
  { host: 'en.vcci.com.vn', name: 'VCCI (English)', lang: 'en', group: 'english' },
  { host: 'en.diendandoanhnghiep.vn', name: 'Vietnam Business Forum (English)', lang: 'en', group: 'english' },
  { host: 'lforum.biz', name: 'lforum.biz', lang: 'en', group: 'english' },
  { host: 'en.qdnd.vn', name: "People's Army Newspaper (English)", family: 'D', lang: 'en', group: 'english' },
  { host: 'en.dangcongsan.vn', name: 'Communist Party of Vietnam Online (English)', lang: 'en', group: 'english' },
  { host: 'english.vov.vn', name: 'VOV (English)', family: 'vov', lang: 'en', group: 'english' },
  { host: 'e.vnexpress.net', name: 'VnExpress International', family: 'vnexpress', lang: 'en', group: 'english' },
  { host: 'vietnamnews.vn', name: 'Viet Nam News', lang: 'en', group: 'english' },
  { host: 'tuoitrenews.vn', name: 'Tuoi Tre News', lang: 'en', group: 'english' },
  { host: 'en.baoquocte.vn', name: 'World & Vietnam Report (English)', lang: 'en', group: 'english' },
  { host: 'english.thesaigontimes.vn', name: 'The Saigon Times (English)', lang: 'en', group: 'english' },
  { host: 'english.hochiminh.vn', name: 'Ho Chi Minh Portal (English)', lang: 'en', group: 'english' },
  { host: 'en.sggp.org.vn', name: 'Saigon Giai Phong (English)', lang: 'en', group: 'english', locality: 'Đảng bộ thành phố Hồ Chí Minh' },
  { host: 'en.baobacgiang.vn', name: 'Bac Giang Online (English)', lang: 'en', group: 'english', locality: 'Đảng bộ tỉnh Bắc Giang' },
  { host: 'hanoitimes.vn', name: 'The Hanoi Times', lang: 'en', group: 'english' },
  { host: 'vir.com.vn', name: 'Vietnam Investment Review', lang: 'en', group: 'english' },
  { host: 'e.theleader.vn', name: 'The Leader (English)', lang: 'en', group: 'english' },

  // The Vietnamese-language press abroad, and the world broadcasters' Vietnamese services: their
  // readers meet party documents as a paper's at home do. A broadcaster's site is read only where a
  // page is in Vietnamese or about Vietnam (its other pages pay no more than a look at their headline).
  { host: 'bbc.com', name: 'BBC News Tiếng Việt', lang: 'vi', group: 'abroad', only: 'about-vietnam' },
  { host: 'rfa.org', name: 'RFA Tiếng Việt', lang: 'vi', group: 'abroad', only: 'about-vietnam' },
  { host: 'rfi.fr', name: 'RFI Tiếng Việt', lang: 'vi', group: 'abroad', only: 'about-vietnam' },
  { host: 'dw.com', name: 'DW Tiếng Việt', lang: 'vi', group: 'abroad', only: 'about-vietnam' },
  { host: 'voatiengviet.com', name: 'VOA Tiếng Việt', lang: 'vi', group: 'abroad' },
  { host: 'nguoi-viet.com', name: 'Người Việt', lang: 'vi', group: 'abroad' },
  { host: 'vietbf.com', name: 'VietBF', lang: 'vi', group: 'abroad' },
  { host: 'baotiengdan.com', name: 'Tiếng Dân', lang: 'vi', group: 'abroad' },
  { host: 'luatkhoa.com', name: 'Luật Khoa tạp chí', lang: 'vi', group: 'abroad' },
  { host: 'thongluan-rdp.org', name: 'Thông Luận', lang: 'vi', group: 'abroad' },
  { host: 'nhanvanviet.com', name: 'Nhân Văn Việt', lang: 'vi', group: 'abroad' },
  { host: 'diendantheky.net', name: 'Diễn Đàn Thế Kỷ', lang: 'vi', group: 'abroad' },
  { host: 'danchimviet.info', name: 'Dân Chim Việt', lang: 'vi', group: 'abroad' },
  { host: 'viettan.org', name: 'Việt Tân', lang: 'vi', group: 'abroad' },
  { host: 'vietinfo.eu', name: 'Vietinfo', lang: 'vi', group: 'abroad' },
  { host: 'saigonnhonews.com', name: 'Saigon Nhỏ', lang: 'vi', group: 'abroad' },
  { host: 'thoibao.de', name: 'Thời Báo (Đức)', lang: 'vi', group: 'abroad' },
  { host: 'radiofree.asia', name: 'Radio Free Asia', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  // Analysts, journals and law firms writing in English on Vietnam's policy (Resolution 68 for
  // investors, the Congress for scholars): only their pages about Vietnam are read.
  { host: 'vietnam-briefing.com', name: 'Vietnam Briefing', lang: 'en', group: 'abroad' },
  { host: 'mondaq.com', name: 'Mondaq', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'lexology.com', name: 'Lexology', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'thediplomat.com', name: 'The Diplomat', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'fulcrum.sg', name: 'Fulcrum (ISEAS)', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'iseas.edu.sg', name: 'ISEAS – Yusof Ishak Institute', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'eastasiaforum.org', name: 'East Asia Forum', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'menafn.com', name: 'MENAFN', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'conventuslaw.com', name: 'Conventus Law', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'southeastasia.hss.de', name: 'Hanns Seidel Foundation Southeast Asia', lang: 'en', group: 'abroad', only: 'about-vietnam' },
  { host: 'evbn.org', name: 'EU–Vietnam Business Network', lang: 'en', group: 'abroad' },
  { host: 'vietnam.opendevelopmentmekong.net', name: 'Open Development Vietnam', lang: 'en', group: 'abroad' },

  // Blogs, the encyclopedia, and the study sites where students read and summarise party documents.
  // A blog platform hosts everyone: only its pages in Vietnamese are read.
  { host: 'blogspot.com', name: 'Blog trên Blogger (*.blogspot.com)', lang: 'vi', group: 'community', domain: 'suffix', only: 'vietnamese' },
  { host: 'wordpress.com', name: 'Blog trên WordPress.com (*.wordpress.com)', lang: 'vi', group: 'community', domain: 'suffix', only: 'vietnamese' },
  { host: 'vi.wikipedia.org', name: 'Wikipedia tiếng Việt', lang: 'vi', group: 'community' },
  { host: 'vi.m.wikipedia.org', name: 'Wikipedia tiếng Việt (di động)', lang: 'vi', group: 'community' },
  { host: 'vi.wikisource.org', name: 'Wikisource tiếng Việt', lang: 'vi', group: 'community' },
  { host: 'vi.m.wikisource.org', name: 'Wikisource tiếng Việt (di động)', lang: 'vi', group: 'community' },
  { host: 'vietjack.com', name: 'VietJack', lang: 'vi', group: 'community' },
  { host: 'vietjack.me', name: 'VietJack (vietjack.me)', lang: 'vi', group: 'community' },
  { host: 'loigiaihay.com', name: 'Lời giải hay', lang: 'vi', group: 'community' },
  { host: 'hoc247.net', name: 'HOC247', lang: 'vi', group: 'community' },
  { host: 'vndoc.com', name: 'VnDoc', lang: 'vi', group: 'community' },
  { host: 'thuvienhoclieu.com', name: 'Thư viện học liệu', lang: 'vi', group: 'community' },
  { host: 'wikihoc.com', name: 'Wikihoc', lang: 'vi', group: 'community' },
  { host: 'doctailieu.com', name: 'Đọc tài liệu', lang: 'vi', group: 'community' },
  { host: 'timdapan.com', name: 'Tìm đáp án', lang: 'vi', group: 'community' },
  { host: 'tailieutuoi.com', name: 'Tài liệu tươi', lang: 'vi', group: 'community' },

  // Every other site of the .vn domain (utils/article/vn-domain-site.ts says why).
  VN_DOMAIN_SITE,
];

/**
 * The site a hostname belongs to: the longest listed host equal to it or a parent domain of it,
 * so en.nhandan.vn gets its own entry and www./m./any other subdomain gets the parent's.
 * The `override` is honoured only on a test host (see isTestHost).
 */
export function siteFor(hostname: string, opts: { override?: string | null } = {}): Site | undefined {
  const h = normalizeHost(hostname ?? '');
  if (isTestHost(h)) return opts.override && TEST_OVERRIDES ? siteFor(opts.override) : undefined;
  let best: Site | undefined;
  for (const s of SITES) {
    if (covers(s.host, h) && (!best || s.host.length > best.host.length)) best = s;
  }
  return best;
}

declare const __VANKIEN_TEST_HOSTS__: boolean | undefined;

/**
 * A page on 127.0.0.1 may say which site it stands for only in builds made for tests and the demo
 * (VANKIEN_E2E; wxt.config.ts) and in unit tests: in the store build a local page is just a local page.
 */
export const TEST_OVERRIDES = typeof __VANKIEN_TEST_HOSTS__ === 'undefined' ? true : __VANKIEN_TEST_HOSTS__;

/** A page whose site the page itself may name (a test host, in builds that honour it). */
export function isTestUrl(url: string | undefined): boolean {
  try { return TEST_OVERRIDES && !!url && isTestHost(new URL(url).hostname); } catch { return false; }
}

/** The party organisation whose paper a page is on, when it is a local party paper. */
export function localityOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return siteFor(new URL(url).hostname)?.locality;
  } catch {
    return undefined; // not an address: no site, no locality
  }
}


export const TEST_SITE_META = 'vankien-test-site';

/** siteFor the page, reading <meta name="vankien-test-site"> only on a test host. */
export function siteForPage(doc: Document, url: string): Site | undefined {
  return siteForAddress(url, () => doc.querySelector(`meta[name="${TEST_SITE_META}"]`)?.getAttribute('content'));
}

/**
 * The site of a page at `url`; on a test host, the site the page names (`override`, read only there:
 * the page's <meta name="vankien-test-site">).
 */
export function siteForAddress(url: string | undefined, override: () => string | null | undefined): Site | undefined {
  let hostname = '';
  try {
    hostname = new URL(url ?? '').hostname;
  } catch {
    return undefined;
  }
  if (!isTestHost(hostname)) return siteFor(hostname);
  return siteFor(hostname, { override: override()?.trim() });
}

/**
 * WebExtension match patterns for every site. "*://*.host/*" already matches the bare host in
 * Chrome and Firefox; the bare form is listed too for readers of the manifest. Hosts covered by
 * a listed parent domain are left out.
 */

export function matchPatterns(): string[] {
  const hosts = new Set(SITES.map((s) => s.host));
  const out = new Set<string>();
  for (const host of hosts) {
    // Covered by a listed parent domain: look each parent up rather than compare with every host.
    const labels = host.split('.');
    if (labels.some((_, i) => i > 0 && hosts.has(labels.slice(i).join('.')))) continue;
    // A top-level domain alone is no site: only what is under it.
    if (!ANY_SITE_UNDER.has(host)) out.add(`*://${host}/*`);
    out.add(`*://*.${host}/*`);
  }
  return [...out];
}
