/**
 * The reviewed table behind English renderings of Vietnamese official titles. Only what is listed
 * here is translated; anything else stays in Vietnamese (see translateTitle). English follows the
 * usage of Vietnamese state media in English (VNA, VietnamPlus, Nhân Dân English): "Chairman of the
 * … People's Committee", "Standing Deputy Secretary", "Minister of Finance", British spelling.
 * Vietnamese keys are matched ignoring case and the old/new tone-mark placement (Uỷ/Ủy, Hoá/Hóa).
 */
export interface HeadEntry {
  vi: string;
  en: string;
  /** With "Phó" before it, when not simply "Deputy <en>". */
  deputy?: string;
  /** Heads of a ministry take the ministry's field: "Bộ trưởng Bộ Tài chính" → "Minister of Finance". */
  ministerial?: true;
  /** Bodies the head already says: "Thủ tướng Chính phủ" → "Prime Minister". */
  absorbs?: string[];
}

export interface BodyEntry {
  vi: string[];
  en: string;
  /** Without a place after it, when it differs ("Thành ủy" → "City Party Committee"). */
  bare?: string;
  /** The field a minister of this ministry holds ("Finance"). */
  ministry?: string;
  /** This body's "Chủ tịch" is a President ("Mặt trận Tổ quốc": President, not Chairman). */
  president?: true;
}

export const HEADS: HeadEntry[] = [
  { vi: 'Tổng Bí thư', en: 'General Secretary' },
  { vi: 'Bí thư', en: 'Secretary' },
  { vi: 'Chủ tịch', en: 'Chairman', deputy: 'Vice Chairman' },
  { vi: 'Thủ tướng', en: 'Prime Minister', absorbs: ['Chính phủ'] },
  { vi: 'Bộ trưởng', en: 'Minister', ministerial: true },
  { vi: 'Thứ trưởng', en: 'Deputy Minister', ministerial: true },
  { vi: 'Tổng cục trưởng', en: 'Director General' },
  { vi: 'Cục trưởng', en: 'Director' },
  { vi: 'Tổng Giám đốc', en: 'General Director' },
  { vi: 'Giám đốc', en: 'Director' },
  { vi: 'Chủ nhiệm', en: 'Chairman', deputy: 'Vice Chairman' },
  { vi: 'Chánh Văn phòng', en: 'Chief of Office' },
  { vi: 'Ủy viên', en: 'Member' },
  { vi: 'Trưởng', en: 'Head' },
  { vi: 'Đại diện', en: 'Representative' },
  { vi: 'Người phát ngôn', en: 'Spokesperson' },
];

/** Modifiers before the head. */
export const BEFORE_HEAD: Record<string, string> = { Phó: 'Deputy' };
/** Modifiers after the head, put before it in English ("Phó Bí thư Thường trực" → "Standing Deputy Secretary"). */
export const AFTER_HEAD: Record<string, string> = { 'Thường trực': 'Standing' };

const ministry = (field: string, ...vi: string[]): BodyEntry => ({ vi: vi.map((v) => `Bộ ${v}`).concat(vi), en: `Ministry of ${field}`, ministry: field });

export const BODIES: BodyEntry[] = [
  { vi: ['Bộ Chính trị'], en: 'Politburo' },
  { vi: ['Ban Bí thư'], en: 'Secretariat' },
  { vi: ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Trung ương Đảng'], en: 'Party Central Committee' },
  { vi: ['Ủy ban Thường vụ Quốc hội'], en: 'National Assembly Standing Committee' },
  { vi: ['Ủy ban Tài chính - Ngân sách', 'Ủy ban Tài chính, Ngân sách'], en: 'Finance and Budget Committee' },
  { vi: ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'], en: 'Central Committee of the Vietnam Fatherland Front', president: true },
  { vi: ['Mặt trận Tổ quốc Việt Nam'], en: 'Vietnam Fatherland Front', president: true },
  { vi: ['Quốc hội'], en: 'National Assembly' },
  { vi: ['Văn phòng Chính phủ'], en: 'Government Office' },
  { vi: ['Chính phủ'], en: 'Government' },
  { vi: ['Nước', 'Nhà nước'], en: 'State', president: true },
  ministry('Finance', 'Tài chính'),
  ministry('Home Affairs', 'Nội vụ'),
  ministry('Justice', 'Tư pháp'),
  ministry('National Defence', 'Quốc phòng'),
  ministry('Public Security', 'Công an'),
  ministry('Foreign Affairs', 'Ngoại giao'),
  ministry('Transport', 'Giao thông Vận tải', 'GTVT'),
  ministry('Planning and Investment', 'Kế hoạch và Đầu tư', 'KH&ĐT'),
  ministry('Industry and Trade', 'Công Thương'),
  ministry('Health', 'Y tế'),
  ministry('Education and Training', 'Giáo dục và Đào tạo', 'GD&ĐT'),
  ministry('Construction', 'Xây dựng'),
  ministry('Natural Resources and Environment', 'Tài nguyên và Môi trường', 'TN&MT'),
  ministry('Agriculture and Rural Development', 'Nông nghiệp và Phát triển Nông thôn', 'NN&PTNT'),
  ministry('Labour, Invalids and Social Affairs', 'Lao động - Thương binh và Xã hội', 'LĐ-TB&XH'),
  { vi: ['Tổng cục Thuế'], en: 'General Department of Taxation' },
  { vi: ['Cục Thuế'], en: 'Tax Department' },
  { vi: ['Sở Ngoại vụ'], en: 'Department of Foreign Affairs' },
  { vi: ['Sở Tài chính'], en: 'Department of Finance' },
  { vi: ['Sở Nội vụ'], en: 'Department of Home Affairs' },
  { vi: ['Trung tâm Xúc tiến Đầu tư Thương mại và Du lịch', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch'], en: 'Investment, Trade and Tourism Promotion Centre' },
  { vi: ['Trung ương Hội Khuyến học Việt Nam'], en: 'Central Committee of the Vietnam Association for Promoting Education' },
  { vi: ['Hội Khuyến học Việt Nam'], en: 'Vietnam Association for Promoting Education' },
  { vi: ['Hội Khuyến học'], en: 'Association for Promoting Education' },
  { vi: ['Ban Tổ chức'], en: 'Organisation Commission' },
  { vi: ['Ban Tuyên giáo'], en: 'Commission for Information and Education' },
  { vi: ['Ban Dân vận'], en: 'Mass Mobilisation Commission' },
  { vi: ['Ủy ban Kiểm tra'], en: 'Inspection Commission' },
  { vi: ['Ủy ban nhân dân', 'UBND'], en: "People's Committee" },
  { vi: ['Hội đồng nhân dân', 'HĐND'], en: "People's Council" },
  { vi: ['Thành ủy'], en: 'Party Committee', bare: 'City Party Committee' },
  { vi: ['Tỉnh ủy'], en: 'Party Committee', bare: 'Provincial Party Committee' },
  { vi: ['Quận ủy', 'Huyện ủy'], en: 'Party Committee', bare: 'District Party Committee' },
  { vi: ['Đảng ủy'], en: 'Party Committee' },
];

/** Places written out in full or by abbreviation, with their English names. */
export const NAMED_PLACES: { vi: string[]; en: string }[] = [
  { vi: ['TPHCM', 'TP.HCM', 'TP HCM', 'TP. HCM', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP.Hồ Chí Minh'], en: 'Ho Chi Minh City' },
  { vi: ['Hà Nội', 'TP Hà Nội', 'TP. Hà Nội', 'Thành phố Hà Nội'], en: 'Hanoi' },
  { vi: ['Việt Nam'], en: 'Vietnam' },
];

/** Kinds of place before a proper name: the English noun form and the form before a body. */
export const PLACE_KINDS: { vi: string[]; noun: (name: string) => string; adjective: (name: string) => string }[] = [
  { vi: ['tỉnh'], noun: (n) => `${n} Province`, adjective: (n) => `${n} Provincial` },
  { vi: ['TP', 'TP.', 'thành phố'], noun: (n) => `${n} City`, adjective: (n) => `${n} City` },
  { vi: ['quận'], noun: (n) => (/^\d+$/.test(n) ? `District ${n}` : `${n} District`), adjective: (n) => (/^\d+$/.test(n) ? `District ${n}` : `${n} District`) },
  { vi: ['huyện'], noun: (n) => `${n} District`, adjective: (n) => `${n} District` },
];
