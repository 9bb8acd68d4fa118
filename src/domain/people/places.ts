import { foldVietnamese } from '../search/fold';

/**
 * Provinces and centrally-run cities (the 63 of 2008–2025), each with the spellings news text uses.
 * A role that names one places its holder there; that is what keeps two namesakes apart.
 */
const PROVINCES: Record<string, readonly string[]> = {
  'Hà Nội': ['Hà Nội'],
  'TP Hồ Chí Minh': ['Hồ Chí Minh', 'TPHCM', 'TP.HCM', 'TP HCM', 'HCM', 'Sài Gòn'],
  'Hải Phòng': ['Hải Phòng'],
  'Đà Nẵng': ['Đà Nẵng'],
  'Cần Thơ': ['Cần Thơ'],
  'Hà Giang': ['Hà Giang'],
  'Cao Bằng': ['Cao Bằng'],
  'Bắc Kạn': ['Bắc Kạn', 'Bắc Cạn'],
  'Tuyên Quang': ['Tuyên Quang'],
  'Lào Cai': ['Lào Cai'],
  'Điện Biên': ['Điện Biên'],
  'Lai Châu': ['Lai Châu'],
  'Sơn La': ['Sơn La'],
  'Yên Bái': ['Yên Bái'],
  'Hòa Bình': ['Hòa Bình'],
  'Thái Nguyên': ['Thái Nguyên'],
  'Lạng Sơn': ['Lạng Sơn'],
  'Quảng Ninh': ['Quảng Ninh'],
  'Bắc Giang': ['Bắc Giang'],
  'Phú Thọ': ['Phú Thọ'],
  'Vĩnh Phúc': ['Vĩnh Phúc'],
  'Bắc Ninh': ['Bắc Ninh'],
  'Hải Dương': ['Hải Dương'],
  'Hưng Yên': ['Hưng Yên'],
  'Thái Bình': ['Thái Bình'],
  'Hà Nam': ['Hà Nam'],
  'Nam Định': ['Nam Định'],
  'Ninh Bình': ['Ninh Bình'],
  'Thanh Hóa': ['Thanh Hóa'],
  'Nghệ An': ['Nghệ An'],
  'Hà Tĩnh': ['Hà Tĩnh'],
  'Quảng Bình': ['Quảng Bình'],
  'Quảng Trị': ['Quảng Trị'],
  'Thừa Thiên Huế': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế'],
  'Quảng Nam': ['Quảng Nam'],
  'Quảng Ngãi': ['Quảng Ngãi'],
  'Bình Định': ['Bình Định'],
  'Phú Yên': ['Phú Yên'],
  'Khánh Hòa': ['Khánh Hòa'],
  'Ninh Thuận': ['Ninh Thuận'],
  'Bình Thuận': ['Bình Thuận'],
  'Kon Tum': ['Kon Tum', 'Kontum'],
  'Gia Lai': ['Gia Lai'],
  'Đắk Lắk': ['Đắk Lắk', 'Đắc Lắc', 'Daklak'],
  'Đắk Nông': ['Đắk Nông', 'Đắc Nông'],
  'Lâm Đồng': ['Lâm Đồng'],
  'Bình Phước': ['Bình Phước'],
  'Tây Ninh': ['Tây Ninh'],
  'Bình Dương': ['Bình Dương'],
  'Đồng Nai': ['Đồng Nai'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Vũng Tàu', 'BR-VT'],
  'Long An': ['Long An'],
  'Tiền Giang': ['Tiền Giang'],
  'Bến Tre': ['Bến Tre'],
  'Trà Vinh': ['Trà Vinh'],
  'Vĩnh Long': ['Vĩnh Long'],
  'Đồng Tháp': ['Đồng Tháp'],
  'An Giang': ['An Giang'],
  'Kiên Giang': ['Kiên Giang'],
  'Hậu Giang': ['Hậu Giang'],
  'Sóc Trăng': ['Sóc Trăng'],
  'Bạc Liêu': ['Bạc Liêu'],
  'Cà Mau': ['Cà Mau'],
};

/** Folded spelling (words joined by one space) → canonical name, longest spellings tried first. */
const SPELLINGS: readonly (readonly [string, string])[] = Object.entries(PROVINCES)
  .flatMap(([canonical, spellings]) => spellings.map((s) => [foldWords(s), canonical] as const))
  .sort((a, b) => b[0].length - a[0].length);

function foldWords(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Provinces a role names ("Chủ tịch UBND tỉnh Thanh Hoá" → ["Thanh Hóa"]), in canonical spelling. */
export function placesIn(role: string): string[] {
  let text = ` ${foldWords(role)} `;
  const found = new Set<string>();
  for (const [spelling, canonical] of SPELLINGS) {
    const needle = ` ${spelling} `;
    if (!text.includes(needle)) continue;
    found.add(canonical);
    // A longer spelling ("ba ria vung tau") must not be found again as a shorter one ("vung tau").
    text = text.split(needle).join(' | ');
  }
  return [...found].sort();
}
