/**
 * Place names, so that a place is never taken for a person and a name never runs on past a place:
 * provinces, districts and the surname-shaped communes of Vietnam (derived from the GSO gazetteers
 * by scripts/gen-places.ts) and the countries and regions news writes about. Lexicon keys.
 */
import { DISTRICT_KEYS, PROVINCE_KEYS, SURNAME_COMMUNE_KEYS } from './places.generated';
import { Trie } from './trie';

const split = (s: string): string[] => s.split('|').filter((w) => w !== '');

/** Countries and regions in Vietnamese (official long forms included: "hợp chúng quốc hoa kỳ"). */
export const COUNTRY_KEYS = split(
  'việt nam|lào|campuchia|cam pu chia|thái lan|trung quốc|nhật bản|nhật|hàn quốc|triều tiên|mỹ|hoa kỳ|nga|pháp|đức|anh|ý|' +
    'italy|tây ban nha|bồ đào nha|hà lan|bỉ|thụy sĩ|thụy điển|na uy|phần lan|đan mạch|áo|ba lan|séc|slovakia|hungary|' +
    'romania|bulgaria|hy lạp|thổ nhĩ kỳ|ukraine|belarus|israel|palestine|iran|iraq|syria|ả rập xê út|ai cập|' +
    'ấn độ|pakistan|bangladesh|sri lanka|nepal|myanmar|malaysia|singapore|indonesia|philippines|brunei|đông timor|' +
    'timor-leste|ukraina|mông cổ|đài loan|đài bắc|hồng kông|úc|australia|new zealand|canada|mexico|brazil|argentina|chile|cuba|' +
    'venezuela|colombia|peru|nam phi|nigeria|kenya|ethiopia|algeria|maroc|angola|mozambique|kazakhstan|uzbekistan|' +
    'qatar|kuwait|jordan|li băng|yemen|oman|ireland|scotland|estonia|latvia|litva|serbia|croatia|slovenia|' +
    'luxembourg|monaco|vatican|châu âu|châu á|châu phi|châu mỹ|châu úc|đông nam á|trung đông|bắc mỹ|mỹ latinh|' +
    'trung hoa|liên bang nga|hợp chúng quốc hoa kỳ|vương quốc anh|nhật bản|đại hàn dân quốc|' +
    'thái bình dương|ấn độ dương|đại tây dương|bắc băng dương|biển đông|' +
    'libya|tunisia|sudan|nam sudan|somalia|ghana|senegal|cameroon|congo|zimbabwe|zambia|tanzania|uganda|rwanda|' +
    'madagascar|mali|niger|chad|bolivia|ecuador|paraguay|uruguay|panama|costa rica|guatemala|honduras|nicaragua|' +
    'el salvador|jamaica|haiti|bahrain|uae|lebanon|armenia|azerbaijan|gruzia|georgia|moldova|bosnia|montenegro|' +
    'macedonia|albania|kosovo|síp|malta|iceland|lithuania|turkmenistan|tajikistan|kyrgyzstan|afghanistan|bhutan|' +
    'maldives|fiji|saudi arabia|ả rập saudi|cộng hòa séc|' +
    // States' official long forms ("Đại sứ nước Cộng hòa xã hội chủ nghĩa Việt Nam tại …").
    'cộng hòa xã hội chủ nghĩa việt nam|chxhcn việt nam|cộng hòa nhân dân trung hoa|cộng hòa dân chủ nhân dân lào|cộng hòa pháp|cộng hòa liên bang đức|cộng hòa ấn độ|cộng hòa hàn quốc|cộng hòa indonesia|cộng hòa philippines|cộng hòa singapore|vương quốc campuchia|vương quốc thái lan|' +
    // Regions of Vietnam, written like places after a body ("Viện Khoa học xã hội vùng Nam Bộ").
    'nam bộ|bắc bộ|trung bộ|tây nguyên|tây bắc|đông bắc|nam trung bộ|bắc trung bộ|đông nam bộ|tây nam bộ|đồng bằng sông cửu long|' +
    // Mountain ranges and archipelagos whose first syllable is a body's head ("Trường Sơn").
    'trường sơn|trường sa|hoàng sa|trường giang|' +
    // Countries transliterated with hyphens, as the national news agency writes them ("Thủ tướng Pa-ki-xtan …").
    'pa-ki-xtan|ả-rập xê-út|a-rập xê-út|ả-rập saudi|ô-xtrây-li-a|in-đô-nê-xi-a|ma-lai-xi-a|xin-ga-po|phi-líp-pin|mi-an-ma|' +
    'bru-nây|ca-na-đa|mê-hi-cô|bra-xin|ác-hen-ti-na|chi-lê|pê-ru|cô-lôm-bi-a|vê-nê-xu-ê-la|u-crai-na|bê-la-rút|' +
    'ca-dắc-xtan|u-dơ-bê-ki-xtan|áp-ga-ni-xtan|băng-la-đét|nê-pan|xri lan-ca|i-ran|i-rắc|xy-ri|ix-ra-en|pa-le-xtin|' +
    'li-băng|gioóc-đa-ni|cô-oét|ca-ta|ô-man|ai-len|hung-ga-ri|ru-ma-ni|bun-ga-ri|xlô-va-ki-a|xlô-ven-ni-a|crô-a-ti-a|' +
    'xéc-bi-a|an-ba-ni|ác-mê-ni-a|a-déc-bai-gian|gru-di-a|an-giê-ri|ma-rốc|tuy-ni-di|li-bi|ê-ti-ô-pi-a|kê-ni-a|' +
    'ni-giê-ri-a|ăng-gô-la|mô-dăm-bích|tan-da-ni-a|u-gan-đa|xu-đăng|xô-ma-li|niu di-lân|lít-va|lát-vi-a|ét-xtô-ni-a|' +
    'cu-ba|ni-ca-ra-goa|pa-na-ma|bô-li-vi-a|u-ru-goay|pa-ra-goay|ê-cu-a-đo|xu-ri-nam|mông-cô',
);

export const PROVINCES: ReadonlySet<string> = new Set(split(PROVINCE_KEYS));

/** Every known place as a word trie: provinces, districts, surname-shaped communes, countries. */
export const PLACES = new Trie([...PROVINCES, ...split(DISTRICT_KEYS), ...split(SURNAME_COMMUNE_KEYS), ...COUNTRY_KEYS]);

/** Provinces and districts: no commune, whose names are often a person's ("Lý Học", "Đinh Văn"). */
export const DISTRICTS = new Trie([...PROVINCES, ...split(DISTRICT_KEYS)]);

/** Provinces and countries: well-known enough that a run starting with one is that place ("Hà Nội Dương …" is not). */
export const MAJOR_PLACES = new Trie([...PROVINCES, ...COUNTRY_KEYS]);

/** Countries and regions only (a foreign leader's title names one: "Thủ tướng Ấn Độ Narendra Modi"). */
export const COUNTRIES = new Trie(COUNTRY_KEYS);

/** Is keys[i, end) exactly a known place? */
export function isKnownPlace(keys: readonly (string | null)[], i: number, end: number): boolean {
  return PLACES.exact(keys, i, end);
}
