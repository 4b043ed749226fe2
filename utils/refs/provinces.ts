/**
 * Vietnam's provinces and centrally-run cities as English editions print them without marks
 * ("Quang Ninh", "Ba Ria - Vung Tau", "HCM City"), to their Vietnamese names: an English passage's
 * "the Quang Ninh Provincial Party Committee" is the organisation "Đảng bộ tỉnh Quảng Ninh". The 63
 * of before July 2025, whose names the merged provinces kept or whose archives still cite them.
 */
import { foldPhrase } from './normalize';

const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];
const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
  'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];
/** Spellings English editions use besides the plain fold. */
const ALIASES: Record<string, string> = {
  hanoi: 'Hà Nội', 'ho chi minh city': 'Hồ Chí Minh', 'hcm city': 'Hồ Chí Minh', hcmc: 'Hồ Chí Minh',
  haiphong: 'Hải Phòng', danang: 'Đà Nẵng', 'thua thien hue': 'Thừa Thiên Huế', 'ba ria vung tau': 'Bà Rịa - Vũng Tàu',
  'dak lak': 'Đắk Lắk', daklak: 'Đắk Lắk', 'dak nong': 'Đắk Nông', 'bac can': 'Bắc Kạn', 'khanh hoa': 'Khánh Hòa',
};

/** Folded name, words joined by single spaces, no dashes. */
const key = (s: string) => foldPhrase(s).replace(/[^a-z0-9]+/g, ' ').trim();

const BY_NAME = new Map<string, { name: string; city: boolean }>();
for (const p of PROVINCES) BY_NAME.set(key(p), { name: p, city: false });
for (const c of CITIES) BY_NAME.set(key(c), { name: c, city: true });
for (const [alias, name] of Object.entries(ALIASES)) BY_NAME.set(alias, BY_NAME.get(key(name))!);

/**
 * The organisation of the province or city whose name `words` (folded) end with: "of the quang
 * ninh" → "Đảng bộ tỉnh Quảng Ninh". Undefined when the words end with no province's name.
 */
export function provinceOrganisation(words: string): string | undefined {
  const w = key(words).split(' ');
  for (let k = Math.max(0, w.length - 4); k < w.length; k++) {
    const hit = BY_NAME.get(w.slice(k).join(' '));
    if (hit) return `Đảng bộ ${hit.city ? 'thành phố' : 'tỉnh'} ${hit.name}`;
  }
  return undefined;
}

/** The name of the province or city `words` (as printed) are, as it is written ("Quảng trị" → "Quảng Trị"). */
export function provinceName(words: readonly string[]): string | undefined {
  return BY_NAME.get(key(words.join(' ')))?.name;
}

/** Provinces of 1976–1997 whose names hold a later province's ("Hà Nam Ninh", "Nghệ Tĩnh"): history
 *  articles cite their committees, and their names are not cut short to the later one's. */
const FORMER = ['Hà Nam Ninh', 'Nghệ Tĩnh', 'Bình Trị Thiên', 'Hà Sơn Bình', 'Hải Hưng', 'Vĩnh Phú', 'Hoàng Liên Sơn',
  'Cửu Long', 'Minh Hải', 'Nghĩa Bình', 'Phú Khánh', 'Thuận Hải', 'Sông Bé', 'Bắc Thái', 'Hà Bắc', 'Cao Lạng',
  'Hà Tuyên', 'Quảng Nam - Đà Nẵng', 'Gia Lai - Kon Tum', 'Hà Tây'].map(key);

/**
 * How many of the capitalised words read after "Tỉnh ủy" / "Thành ủy" (as printed) are a province's
 * or city's name, the longest that fits: "Quảng Ninh Vũ Đại Thắng" → 2 (a leader's name follows
 * the province's). 0 when they begin with no name VanKien knows.
 */
export function provinceNameLength(words: readonly string[]): number {
  let best = 0;
  for (let k = 1; k <= Math.min(words.length, 5); k++) {
    const name = key(words.slice(0, k).join(' '));
    if (BY_NAME.has(name) || FORMER.includes(name)) best = k;
  }
  return best;
}

/** Longest names first, so "Thừa Thiên Huế" wins over "Huế" and "Hà Nam" does not hide in "Hà Nam Ninh". */
// Vietnamese letters are all in the BMP: a character class, not Unicode mode, keeps the scan fast.
// Not a commune's, ward's or district's name that is also a province's ("phường Hòa Bình").
const NAMED = new RegExp(`(?<!(?:[Pp]hường|[Xx]ã|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Tt]hôn|[Ấấ]p|[Kk]hu phố) )(?<![A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff])(?:${[...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff])`, 'g');

const HCM = key('Hồ Chí Minh');

/** The organisations of the provinces and cities named in `text` as printed (capitalised, with their marks). */
export function provincesNamedIn(text: string): string[] {
  const out = new Set<string>();
  const t = text.normalize('NFC');
  for (const m of t.matchAll(NAMED)) {
    const hit = BY_NAME.get(key(m[0]))!;
    // "Hồ Chí Minh" alone is the President ("tư tưởng, đạo đức, phong cách Hồ Chí Minh"); the city is
    // "Thành phố / TP. Hồ Chí Minh", "Ho Chi Minh City".
    if (key(m[0]) === HCM && !/(?:[Tt]hành phố|THÀNH PHỐ|T[Pp]\.?)\s*$/.test(t.slice(Math.max(0, m.index! - 12), m.index)) && !/^\s*[Cc]ity/.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
    out.add(`Đảng bộ ${hit.city ? 'thành phố' : 'tỉnh'} ${hit.name}`);
  }
  return [...out];
}

/** One of the six cities run from the centre, by its name as printed ("Hà Nội", "TP. Hồ Chí Minh"). */
export function isCentralCity(place: string): boolean {
  const w = key(place).split(' ');
  for (let k = 0; k < w.length; k++) { const hit = BY_NAME.get(w.slice(k).join(' ')); if (hit) return !!hit.city; }
  return false;
}

/**
 * The provinces merged into another on 1 July 2025 (the National Assembly's Nghị quyết 202/2025/QH15 of
 * 12 June 2025: 63 provinces and cities became 34; https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html,
 * https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html). Their names
 * ended there: a party document of a later date is not one of theirs.
 */
export const MERGED_AWAY_2025 = new Set([
  'Hà Giang', 'Yên Bái', 'Bắc Kạn', 'Vĩnh Phúc', 'Hòa Bình', 'Bắc Giang', 'Thái Bình', 'Hải Dương', 'Hà Nam',
  'Nam Định', 'Quảng Bình', 'Quảng Nam', 'Kon Tum', 'Bình Định', 'Phú Yên', 'Ninh Thuận', 'Đắk Nông',
  'Bình Thuận', 'Bình Phước', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre',
  'Trà Vinh', 'Sóc Trăng', 'Hậu Giang', 'Bạc Liêu', 'Kiên Giang',
]);
/** When they ended. */
export const MERGER_2025 = '2025-07-01';

/** Does `organisation` ("Đảng bộ tỉnh Hà Giang") name a province merged away in 2025? */
export function mergedAway(organisation: string): boolean {
  const m = /(?:tỉnh|thành phố)\s+(.+)$/u.exec(organisation);
  return !!m && MERGED_AWAY_2025.has(m[1].trim());
}

