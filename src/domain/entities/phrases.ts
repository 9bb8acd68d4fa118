/**
 * The name grammar shared by organisations and roles: what may follow an organisation head or a
 * title ("Bộ" + "Kế hoạch và Đầu tư", "Chủ tịch" + "UBND tỉnh Thanh Hóa").
 *
 * Vietnamese names of bodies are in sentence case: each word starts with a capital and may carry one
 * lower-case syllable after it ("Tài chính", "Nội vụ"); place names are runs of capitals ("Cần Thơ");
 * acronyms ("TPHCM", "GD-ĐT"), numbers after a unit ("Quận 10"), administrative units ("tỉnh Thanh
 * Hóa") and a small vocabulary of lower-case name words ("vận tải", "quốc tế") also continue a name.
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import * as places from './places';
import * as textModule from './text';
import { Trie } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { ADMIN_UNITS, CONTINUATION_OK, DOC_HEADS, COUNCIL_VERBS, HONORIFICS, LONG_NAME_HEADS, NOT_ORG_AFTER_HEAD, ORG_ACRONYMS, ORG_NOUNS, REPORT_VERBS, SELF_NAMED, SPECIFIC_BARE_UNITS, STOPWORDS, SURNAMES } = lexicons;
const { WORD, NUM, PUNCT, isVietnameseSyllable } = textModule;
const { COUNTRIES, DISTRICTS, MAJOR_PLACES, PLACES, isKnownPlace } = places;
const { TIME_STARTERS } = lexicons;

/** Capitalised words that are whole: no lower-case syllable continues them ("Đảng nêu", "Lào mong"). */
const WHOLE_WORDS = new Set(['đảng']);

export interface Complement {
  /** Token index after the complement. */
  end: number;
  /** It holds a capitalised word, an acronym, a number or a name word: enough to name a body. */
  substance: boolean;
}

/** School levels that alone after "trường" name no school. */
export const SCHOOL_LEVEL_NAMES = new Trie(['đh', 'cđ', 'tccn', 'thpt', 'thcs', 'th', 'mầm non', 'tiểu học', 'trung học', 'trung học cơ sở', 'trung học phổ thông', 'phổ thông', 'đại học', 'cao đẳng', 'trung cấp', 'dạy nghề', 'chuyên']);

/**
 * What may follow "Trường" in a school's name: a lower-case word or an acronym ("Trường mầm non …",
 * "Trường THPT …"), a school level, a body noun or head ("Trường Chính trị", "Trường Đảng"), or a
 * person's name ("Trường Lương Thế Vinh").
 */
export function schoolNameAt(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  if (!t || t.kind !== WORD || !t.title) return true;
  return SCHOOL_LEVEL_NAMES.match(ctx.keys, j) > 0 || ORG_NOUNS.match(ctx.keys, j) > 0 || ctx.headLen[j]! > 0 || ctx.nameEnd[j]! > 0;
}

/** Heads of bodies often named after a person: "Viện Phan Châu Trinh", "Quỹ Lê Văn Tám", "Học viện Lê Quý Đôn". */
const PERSON_NAMED_HEADS = new Set(['viện', 'học viện', 'quỹ', 'trường', 'trường đại học', 'đại học', 'nhà hát cải lương', 'nhà hát chèo', 'nhà hát tuồng', 'nhà hát kịch']);

/** A person's name at j right after a capitalised head that bodies are named after a person with. */
export function namedAfterPerson(ctx: BlockCtx, j: number): boolean {
  for (let h = 1; h <= 4 && j - h >= 0; h++) {
    if (ctx.headLen[j - h] !== h || !ctx.tokens[j - h]!.cap) continue;
    let k = ctx.tokens[j - h]!.k;
    for (let q = j - h + 1; q < j; q++) k += ' ' + ctx.tokens[q]!.k;
    return PERSON_NAMED_HEADS.has(k);
  }
  return false;
}

/** A person's name at j right after "Trường" and a school level: "Trường THPT Lê Quý Đôn", "Trường Tiểu học Kim Đồng". */
function schoolLevelBefore(ctx: BlockCtx, j: number): boolean {
  for (let s = 1; s <= 3 && j - s - 1 >= 0; s++) {
    const head = ctx.tokens[j - s - 1]!;
    if (SCHOOL_LEVEL_NAMES.match(ctx.keys, j - s) === s && head.cap && head.k === 'trường') return true;
  }
  return false;
}

const DASHES = '-–—';

/** Is a title (2+ syllables, capitalised) starting at j? Such a word starts a new role. */
export function titleAt(ctx: BlockCtx, j: number): number {
  const t = ctx.tok(j);
  if (!t || t.kind !== WORD) return 0;
  return ctx.titleLen[j]!;
}

/** Is an organisation head starting at j (capitalised or an acronym head)? */
export function orgHeadAt(ctx: BlockCtx, j: number): number {
  const t = ctx.tok(j);
  if (!t || t.kind !== WORD || !t.cap) return 0;
  return ctx.headLen[j]!;
}

function capOrAcr(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  return !!t && t.kind === WORD && t.cap;
}

/** A capitalised word after a connector continues the name unless a new body, role or person starts. */
function continues(ctx: BlockCtx, j: number): boolean {
  if (!capOrAcr(ctx, j)) return false;
  if (ctx.tokens[j]!.acr && ORG_ACRONYMS.has(ctx.tokens[j]!.k)) return false; // "… và WHO": a second body
  if (REPORTER_MARKS.has(ctx.tokens[j]!.k)) return false; // "(Sở Văn hóa - PV)": the reporter's note
  if (ctx.nameEnd[j]! > 0 || (HONORIFICS.match(ctx.keys, j) === 1 && ctx.tok(j + 1)?.title)) return false; // "… Anh - Ông Boris Johnson"
  // "Khối Dân – Chính – Đảng": "Đảng" without a party's name after it is a word of this name.
  const partyWord = ctx.keys[j] === 'đảng' && ctx.headLen[j] === 1 && !ctx.tok(j + 1)?.title;
  if ((orgHeadAt(ctx, j) > 0 && !partyWord) || DOC_HEADS.match(ctx.keys, j) > 0) return false;
  const tl = titleAt(ctx, j);
  return tl === 0 || (tl === 1 && !ctx.tokens[j]!.title);
}

/**
 * "Viện … Trung ương và TP. Hà Nội": a unit and a place, or a province, after "và" is a second party
 * of the clause, not a word of the name ("Bộ Tài nguyên và Môi trường" goes on).
 */
function placeStartsAt(ctx: BlockCtx, j: number): boolean {
  const unit = ADMIN_UNITS.match(ctx.keys, j);
  if (unit > 0) {
    const dot = ctx.isPunct(j + unit, '.') ? 1 : 0;
    return !!ctx.tok(j + unit + dot)?.cap;
  }
  return MAJOR_PLACES.match(ctx.keys, j) > 0 && COUNTRIES.match(ctx.keys, j) === 0;
}

/** Countries' short syllables in joint names ("Việt - Sing", "Việt - Nhật", "Hàn - Việt"). */
const COUNTRY_SHORTS = new Set(['việt', 'sing', 'nhật', 'hàn', 'mỹ', 'pháp', 'đức', 'nga', 'lào', 'thái', 'úc', 'ấn', 'xô', 'séc', 'ý', 'triều', 'miên', 'hoa']);

/** Verbs written as a pair with a comma before their shared object ("khám, chữa bệnh"), by syllable. */
const COORDINATED = new Set(['khám chữa', 'phòng chống', 'phòng chữa', 'xuất nhập', 'mua bán']);

/** A comma at j between the two verbs of such a pair, the second in lower case. */
export function coordinatedAt(ctx: BlockCtx, j: number): boolean {
  if (j === 0 || !ctx.isPunct(j, ',')) return false;
  const next = ctx.tok(j + 1);
  return !!next && next.kind === WORD && !next.cap && COORDINATED.has(`${ctx.keys[j - 1]} ${next.k}`);
}

/** ", Thương binh và Xã hội": a comma inside a name, only before a final "và" + capital. */
function commaInsideName(ctx: BlockCtx, j: number): boolean {
  // "…, CATP Hà Nội và …": an acronym after the comma starts another body.
  if (!continues(ctx, j + 1) || ctx.tokens[j + 1]!.acr) return false;
  for (let q = j + 1; q < Math.min(ctx.n, j + 8); q++) {
    const t = ctx.tokens[q]!;
    if (t.kind === PUNCT) return false;
    if (t.k === 'và') return continues(ctx, q + 1);
    if (!t.cap && q > j + 1 && !ctx.tokens[q - 1]!.cap) return false;
  }
  return false;
}

/** The lower-case second syllable of a capitalised word ("Tài chính"); after a two-word run only if
 * the name clearly goes on ("Cựu Thanh niên xung phong"), so "Cần Thơ phối hợp" stops at "Thơ". */
function continuationOk(ctx: BlockCtx, j: number, capRun: number): boolean {
  const t = ctx.tokens[j]!;
  if (STOPWORDS.has(t.k) && !CONTINUATION_OK.has(t.k)) return false;
  if (WHOLE_WORDS.has(ctx.tokens[j - 1]!.k)) return false;
  if (!isVietnameseSyllable(ctx.tokens[j - 1]!.k)) return false; // "Việt - Sing thông báo": a foreign word takes no second syllable
  // "Cty Việt - Sing thu tiền": a country's short syllable after a dash is whole ("Lao động - Thương binh" goes on).
  if (j >= 2 && ctx.isPunct(j - 2, DASHES) && COUNTRY_SHORTS.has(ctx.tokens[j - 1]!.k)) return false;
  // A verb of two syllables starts here ("nhấn mạnh", "cho biết"): the name has ended.
  if (!CONTINUATION_OK.has(t.k) && ((ctx.isWord(j + 1) && STOPWORDS.has(t.k + ' ' + ctx.tokens[j + 1]!.k)) || REPORT_VERBS.match(ctx.keys, j) > 1)) return false;
  if (titleAt(ctx, j) > 0 || ADMIN_UNITS.match(ctx.keys, j) > 0) return false;
  if (capRun === 1) return true;
  // "Chí Linh có dự án": after two capitalised words a function word is the clause's.
  if (capRun !== 2 || STOPWORDS.has(t.k)) return false;
  const next = ctx.tok(j + 1);
  if (CARE_VERBS.match(ctx.keys, j) > 0) return false; // "bệnh viện Xanh-Pôn cấp cứu"
  // "Bộ Công Thương giao Cục …": a new body after it makes the syllable a verb.
  if (next && next.kind === WORD && next.cap && ctx.headLen[j + 1]! > 0 && ctx.keys[j + 1] !== 'trung') return false;
  return !!next && next.kind === WORD && ((next.cap && !next.acr) || ORG_NOUNS.match(ctx.keys, j + 1) > 0);
}

/** After a number that ends a name: the end, a pause, a capitalised word, a verb of the subject, or a preposition. */
export function numberClosesName(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  if (!t || t.kind === PUNCT) return !t || t.s !== '/' && t.s !== '.' || t.sp || !ctx.tok(j + 1) || ctx.tok(j + 1)!.kind !== NUM;
  if (t.kind !== WORD || !t.sp) return false;
  if (t.cap) return true;
  // "chuyển lên Bệnh viện Nhi đồng 1 để điều trị", "… 2 từ đầu năm": a preposition or an auxiliary starts the clause.
  return REPORT_VERBS.match(ctx.keys, j) > 0 || DESCRIPTIVE_VERBS.match(ctx.keys, j) > 0 || CARE_VERBS.match(ctx.keys, j) > 0 || AFTER_NUMBERED_NAME.has(t.k);
}
/** Function words that may follow a body's closing number ("Nhi đồng 1 | trong tình trạng …"); no noun a count takes. */
const AFTER_NUMBERED_NAME = new Set('trong|vào|để|sau|từ|tại|với|và|cho|theo|về|ở|đã|đang|sẽ|vừa|cũng|là|được|bị|khi|nhưng|thì|do|nên|vì|có|chịu|phải|cần|không|chưa|luôn|mới|liên tục|phối'.split('|'));

/** Verbs that, capitalised after a capitalised word, are a trade name's syllable ("Công ty Phát Đạt", "Thành Đạt"), not a new clause. */
const NAME_SYLLABLE_VERBS = new Set(['đạt']);

/** Abbreviated units glued to their name or number: "P.5" (phường), "Q.Gò Vấp" (quận), "H.Ngọc Hồi" (huyện), "TX.", "TT.". */
const UNIT_ABBREVIATIONS = new Set(['p', 'q', 'tx', 'tt', 'h']);

/** Capitalised words that open a sentence, not a place's name: an honorific, a photo credit. */
function sentenceOpener(ctx: BlockCtx, j: number): boolean {
  return (HONORIFICS.match(ctx.keys, j) > 0 && !!ctx.tok(j + 1)?.title) || ctx.keys[j] === 'ảnh' || CLAUSE_WORDS.has(ctx.keys[j] ?? '');
}

/** A reporter's or editor's mark after a dash in brackets ("- PV", "- BTV"). */
const REPORTER_MARKS = new Set(['pv', 'ptv', 'btv', 'ctv', 'pv.']);

/** Capitalised function words that open a clause, never a body's name: "Xuân Trường Theo …". */
const CLAUSE_WORDS = new Set('theo|tại|trong|sau|khi|với|để|nếu|nhưng|là|được|vì|về'.split('|'));

/** Two-word openers of a clause: "Mặc dù", "Tuy nhiên". */
const CLAUSE_OPENERS = new Set(
  (
    'mặc dù|tuy nhiên|ngoài ra|bên cạnh|sau đó|trước đó|theo đó|đồng thời|vì vậy|do đó|hiện nay|trong khi|cùng đi|cùng dự|' +
    'chia sẻ|cho biết|cho rằng|cho hay|phát biểu|nhấn mạnh|khẳng định|trình bày|bày tỏ|giải thích|tiết lộ|thừa nhận|lưu ý|' +
    'theo người|theo ông|theo bà|theo anh|theo chị|theo thống|theo báo|theo kế|theo quy|trong đó|tại đây|sau khi|trước khi|' +
    'khi đó|tuy vậy|dù vậy|thế nhưng|cùng ngày|cùng với|cùng thời|hôm qua|hôm nay|như vậy|mặt khác|cũng theo|trước đây|' +
    'hiện tại|dịp này|nhân dịp|đến nay|từ đó|qua đó|nhờ đó|cụ thể|trước mắt|không chỉ'
  ).split('|'),
);

/**
 * "… Đào Văn A Chia sẻ tại …", "… SCIC Mặc dù vậy": a capitalised word and a lower-case one that
 * together are a verb of speech or a clause opener start a sentence whose full stop was lost (a
 * photo caption glued to the text). Names and bodies end before it.
 */
export function opensClause(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  const next = ctx.tok(j + 1);
  if (!t || !next || !t.title || next.kind !== WORD || next.cap) return false;
  return CLAUSE_OPENERS.has(t.k + ' ' + next.k);
}

/** Are tokens [i, j) lower-case words? */
function lowerRun(ctx: BlockCtx, i: number, j: number): boolean {
  for (let q = i; q < j; q++) if (ctx.tokens[q]!.kind !== WORD || ctx.tokens[q]!.cap || !ctx.tokens[q]!.sp) return false;
  return true;
}

/** 1–3 lower-case content words from j (no function word, unit, title or honorific), then a capital. */
function shortLowerRun(ctx: BlockCtx, j: number): boolean {
  let q = j;
  while (q < ctx.n && q - j < 4 && ctx.isWord(q) && !ctx.tokens[q]!.cap) {
    if (STOPWORDS.has(ctx.keys[q]!) || ADMIN_UNITS.match(ctx.keys, q) > 0 || titleAt(ctx, q) > 0 || HONORIFICS.match(ctx.keys, q) > 0) return false;
    q++;
  }
  return q > j && q - j <= 3 && !!ctx.tok(q)?.cap;
}

/** A word that is no Vietnamese syllable ("Hotels", "Resorts"). */
function foreignWord(ctx: BlockCtx, j: number): boolean {
  return ctx.tokens[j]!.kind === WORD && !isVietnameseSyllable(ctx.tokens[j]!.k);
}

const MAX_DESCRIPTIVE_WORDS = 12;
/** Houses of parliament that close a committee's descriptive name ("Ủy ban tình báo Thượng viện"). */
const HOUSES = new Set(['thượng viện', 'hạ viện']);
/** "đưa vào Bệnh viện … Thạch Thất cấp cứu": what is done at a hospital ends its name. */
const CARE_VERBS = new Trie(['cấp cứu', 'điều trị', 'chữa trị', 'theo dõi', 'khám', 'mổ', 'chăm sóc']);
const PLACE_ACRONYMS = new Set(['vn', 'tphcm', 'hcm', 'hn', 'tp']);
/** Function words that end a descriptive run (content verbs such as "xây dựng" may stand in it). */
const DESCRIPTIVE_STOP = new Set(
  (
    'của|được|bị|có|đã|đang|sẽ|cho|tại|trong|từ|đến|tới|là|với|như|nhưng|thì|mà|này|đó|kia|ấy|khi|để|' +
    'theo|về|ở|bằng|vào|ra|lên|xuống|chưa|không|cũng|đều|vẫn|còn|trên|dưới|nếu|hay|hoặc|do|vì|nên|nhằm|so|sau|' +
    'trước|nay|đây|những|mỗi|rất|vừa|mới|chỉ|lại|đi|hơn|năm|tháng|ngày|một|hai|ba|nhiều|ít|gồm|thuộc|rồi|song|cùng'
  ).split('|'),
);
/** Verbs a body does as a subject ("Bệnh viện tiếp nhận bệnh nhân Hà Nội"): never words of its name. */
const DESCRIPTIVE_VERBS = new Trie(
  (
    'tiếp nhận|kiểm tra|thăm|gặp|tổ chức|giúp|tặng|trao|gửi|đưa|mời|bắt giữ|khởi tố|xử lý|xử phạt|phát hiện|' +
    'phát động|công bố|thông báo|khen thưởng|hỗ trợ|ủng hộ|vận động|kêu gọi|tuyên truyền|chấp thuận|tạm giữ|' +
    'cảnh báo|thực hiện|triển khai|liên hệ|điều động|tiến hành|ban hành|quyết định|cho phép|khuyến cáo|' +
    'hướng dẫn|xác minh|đình chỉ|thành lập|làm việc|cung cấp|tiếp tục|bắt đầu|trở thành|tham gia|đồng ý|khiến|gây|hợp tác|ký kết|xác định|phụ trách'
  ).split('|'),
);

/**
 * "Ban Quản lý dự án | đầu tư xây dựng các công trình giao thông | Đà Nẵng", "Bệnh viện | đa khoa |
 * tỉnh Hà Tĩnh", "Trung tâm | nghiên cứu | Lý học Đông phương": a body's name may carry a run of
 * lower-case words that ends in a place or a proper name. From j (a lower-case word), up to 12
 * lower-case content words (no function word but "các" and "và", no verb a body does, no title, no
 * reporting verb), then a place (an administrative unit and a name, or a run of capitals that is no
 * person, body, title or document) or a proper name in sentence case, then the end of the clause, a
 * reporting verb or a person's name (title + body + name). Returns the index after the name, or 0.
 */
function descriptiveTail(ctx: BlockCtx, j: number): number {
  let q = j;
  let fieldsOnly = true; // every word of the run is a field word ("khu công nghiệp", "giao thông")
  while (q < ctx.n && q - j < MAX_DESCRIPTIVE_WORDS) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || t.cap) break;
    if (ADMIN_UNITS.match(ctx.keys, q) > 0 && ORG_NOUNS.match(ctx.keys, q) <= ADMIN_UNITS.match(ctx.keys, q)) break;
    // A word of a name ("địa chất", "xây dựng") may start with a stop syllable; a stop word alone ends the run.
    const noun = ORG_NOUNS.match(ctx.keys, q);
    if (noun > 0 && lowerRun(ctx, q, q + noun)) {
      q += noun;
      continue;
    }
    if (DESCRIPTIVE_STOP.has(t.k) || DESCRIPTIVE_VERBS.match(ctx.keys, q) > 0 || titleAt(ctx, q) > 0 || REPORT_VERBS.match(ctx.keys, q) > 0 || HONORIFICS.match(ctx.keys, q) > 0) return 0;
    // "các khu công nghiệp": the plural before a field word is still the field.
    if (t.k !== 'các' || ORG_NOUNS.match(ctx.keys, q + 1) === 0) fieldsOnly = false;
    q++;
  }
  if (q === j || ctx.keyAt(q - 1) === 'và' || ctx.keyAt(q - 1) === 'các') return 0;
  // "Phòng cảnh sát kinh tế (PC46)": a short name in brackets closes a name that has no place.
  if (ctx.isPunct(q, '(') && ctx.tok(q + 1)?.acr) {
    const close = ctx.tok(q + 2)?.kind === NUM && !ctx.tokens[q + 2]!.sp ? q + 3 : q + 2; // "(PC46)"
    if (ctx.isPunct(close, ')')) return q;
  }
  let r = q;
  const unit = ADMIN_UNITS.match(ctx.keys, r);
  if (unit > 0) r += unit;
  const placeStart = r;
  // "Ủy ban tình báo Thượng viện Mỹ": a body named by its head, and its country, closes the name.
  const house = unit === 0 && ctx.tok(r)?.cap ? ctx.headLen[r]! : 0;
  if (house === 2 && q - j <= 3 && HOUSES.has(`${ctx.keys[r]} ${ctx.keys[r + 1]}`)) {
    r += house;
    r += COUNTRIES.match(ctx.keys, r);
    const after = ctx.tok(r);
    return !after || after.kind === PUNCT || REPORT_VERBS.match(ctx.keys, r) > 0 || ctx.nameEnd[r]! > 0 ? r : 0;
  }
  // "… an toàn hàng hải miền Bắc": "miền" and a compass word name a region, a place that closes the name.
  const region = unit === 0 && ctx.keys[q - 1] === 'miền' && !!ctx.tok(r)?.title && COMPASS.has(ctx.keys[r]!) ? 1 : 0;
  r += region;
  while (region === 0 && r < ctx.n && r - placeStart < 4) {
    const t = ctx.tokens[r]!;
    // A province, country or region is whole, whatever its syllables ("Nam Bộ").
    const major = t.cap ? MAJOR_PLACES.match(ctx.keys, r) : 0;
    if (major > 0 && r === placeStart && !ctx.tok(r + major)?.title) {
      r += major;
      break;
    }
    // "Bệnh viện đa khoa Trung ương Thái Nguyên": "Trung ương" says whose the body is, like a place.
    if (t.cap && ctx.keys[r] === 'trung' && ctx.keyAt(r + 1) === 'ương' && r + 2 - placeStart <= 4) {
      r += 2;
      continue;
    }
    if (t.kind !== WORD || !t.cap || ctx.nameEnd[r]! > 0 || ctx.headLen[r]! > 0 || titleAt(ctx, r) > 0) break;
    if (DOC_HEADS.match(ctx.keys, r) > 0 || (r > placeStart && !t.title && !t.acr)) break;
    // "Trung tâm Đa dạng sinh học ASEAN": a known body's short name closes the name as its owner, like a place.
    if (r === placeStart && unit === 0 && t.acr && ORG_ACRONYMS.has(t.k) && q - j <= 3) return r + 1;
    // A bare acronym is no place, but for a country's or city's ("VN", "TPHCM").
    if (r === placeStart && unit === 0 && !t.title && !PLACE_ACRONYMS.has(t.k)) break;
    // "… Việt Nam VFF": an acronym after a province or country is the body's short name, not the place's.
    if (t.acr && r > placeStart && (ORG_ACRONYMS.has(t.k) || MAJOR_PLACES.exact(ctx.keys, placeStart, r))) break;
    r++;
  }
  // "Lý học Đông phương", "Mầm non Mai Dịch": a proper name in sentence case goes on.
  if (r > placeStart && unit === 0 && ((ctx.isWord(r) && !ctx.tokens[r]!.cap) || coordinatedAt(ctx, r))) {
    const c = scanComplement(ctx, placeStart);
    if (c.substance && c.end > r) r = c.end;
  }
  if (r === placeStart) return 0;
  // "… công nghiệp Đức-Tunisia": places glued by a hyphen are one joint name.
  while (ctx.isPunct(r, '-') && !ctx.tokens[r]!.sp && ctx.tok(r + 1)?.cap && !ctx.tokens[r + 1]!.sp) r += 2;
  // One title-case word no gazetteer knows ("… xác định Thông đang …") is a name only before a pause, a
  // verb of speech ("… miền Nam cho biết") or a person.
  const weak = r - placeStart === 1 && unit === 0 && region === 0 && !ctx.tokens[placeStart]!.acr && !isKnownPlace(ctx.keys, placeStart, r);
  const pair = ctx.isWord(r + 1) && STOPWORDS.has(`${ctx.keys[r]} ${ctx.keys[r + 1]}`);
  if (weak && ctx.isWord(r) && ctx.nameEnd[r]! === 0 && REPORT_VERBS.match(ctx.keys, r) < 2 && !pair) return 0;
  // "khu di tích Văn Miếu - Quốc Tử Giám": a place named by two names joined with a dash, the second of 2–4 title-case words.
  if (!weak && ctx.isPunct(r, DASHES) && ctx.tokens[r]!.sp) {
    let e = r + 1;
    while (e < ctx.n && e - r - 1 < 4 && ctx.tokens[e]!.title && ctx.tokens[e]!.sp && ctx.headLen[e]! === 0 && ctx.titleLen[e]! === 0 && ctx.nameEnd[e]! === 0 && HONORIFICS.match(ctx.keys, e) === 0) e++;
    const next = ctx.tok(e);
    if (e - r - 1 >= 2 && next && ((next.kind === WORD && !next.cap) || (next.kind === PUNCT && !DASHES.includes(next.s)))) return e;
  }
  // Then the clause ends, the verb of a subject follows, or the person the body is named with:
  // "…, năm 2023", "… Đà Nẵng cho biết", "Giám đốc Bệnh viện … Hà Tĩnh Nguyễn Văn An".
  const after = ctx.tok(r);
  if (!after || after.kind === PUNCT || ctx.nameEnd[r]! > 0 || (after.kind === WORD && after.acr)) return r;
  if (after.kind !== WORD || after.cap) return 0;
  // "Trung tâm nghiên cứu Đông Bắc Á tại tỉnh Cát Lâm": where the body is, or what it belongs to, ends its name.
  if (NAME_CLOSERS.has(after.k) && (ctx.tok(r + 1)?.cap || ADMIN_UNITS.match(ctx.keys, r + 1) > 0)) return r;
  // "Ban Quản lý khu công nghiệp tỉnh Bắc Ninh thu hút …": field words and a province after its unit are a name
  // whole, whatever verb follows.
  if (fieldsOnly && unit > 0 && isKnownPlace(ctx.keys, placeStart, r)) return r;
  const next = ctx.keyAt(r + 1);
  return REPORT_VERBS.match(ctx.keys, r) > 0 || CARE_VERBS.match(ctx.keys, r) > 0 || (next !== null && STOPWORDS.has(after.k + ' ' + next)) ? r : 0;
}

/** Scopes that close a name in sentence case ("… chim thế giới", "… hàng không quốc tế"). */
const SCOPES = new Trie(['thế giới', 'quốc tế', 'quốc gia', 'toàn cầu']);

/** From j: 1–4 lower-case content words, then a scope; the scope's end, or 0. */
function scopeEnd(ctx: BlockCtx, j: number): number {
  for (let q = j; q < ctx.n && q - j <= 4; q++) {
    const scope = q > j ? SCOPES.match(ctx.keys, q) : 0;
    if (scope > 0 && lowerRun(ctx, q, q + scope)) return q + scope;
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || t.cap || !t.sp || DESCRIPTIVE_STOP.has(t.k) || STOPWORDS.has(t.k) || DESCRIPTIVE_VERBS.match(ctx.keys, q) > 0) return 0;
    if (REPORT_VERBS.match(ctx.keys, q) > 0 || titleAt(ctx, q) > 0 || ctx.headLen[q]! > 0 || ADMIN_UNITS.match(ctx.keys, q) > 0) return 0;
  }
  return 0;
}

/** Compass words after "miền" ("miền Bắc", "miền Trung", "miền Tây"). */
const COMPASS = new Set(['bắc', 'nam', 'trung', 'đông', 'tây']);

/** What a board does at a meeting ("Ban Chỉ đạo họp", "… đánh giá cao"): no first word of its task. */
const BOARD_VERBS = new Trie('họp|chỉ đạo|giao|đánh giá|nhận định|thống nhất|quán triệt|ghi nhận|biểu dương|phê bình|nhắc nhở|đôn đốc|chủ trì|xem xét|bàn|thảo luận|nghe|rà soát|phân công|tổng kết|sơ kết|làm|đi|lập|yêu cầu'.split('|'));
/** Words after a task's name that start the clause's predicate ("… tình nguyện đã chỉ đạo"). */
const PREDICATE_STARTS = new Set('đã|sẽ|đang|vừa|mới|cũng|đều|vẫn|là|được|bị|luôn|chưa|không|tiếp tục'.split('|'));
const MAX_TASK_WORDS = 8;
/** Terms of a task with a function word's syllable in them ("nông thôn mới", "xây dựng"). */
const TASK_TERMS = new Trie(['nông thôn mới', 'xây dựng', 'thi hành án', 'phòng chống', 'cải cách hành chính']);

/**
 * "Ban Chỉ đạo quốc gia | vận động hiến máu tình nguyện", "Ban Chỉ đạo | phòng, chống tham nhũng |
 * tỉnh": a steering board is named by its task in lower case. From j: 2–8 lower-case words (a comma only
 * between paired verbs, "và" between words; no function word, title, head or verb of speech), whose first
 * is no verb a board does unless `opened` (a scope word such as "quốc gia" came first); then a unit and
 * its place, or the clause's predicate or a pause. Returns the end, or 0.
 */
export function taskNameEnd(ctx: BlockCtx, j: number, opened: boolean): number {
  let q = j;
  while (q < ctx.n && q - j < MAX_TASK_WORDS) {
    if (q > j && coordinatedAt(ctx, q)) {
      q += 2;
      continue;
    }
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || t.cap) break;
    // "nông thôn mới": a name word is taken whole ("thôn" in it is no unit).
    const noun = Math.max(TASK_TERMS.match(ctx.keys, q), ORG_NOUNS.match(ctx.keys, q));
    if (noun > 0 && lowerRun(ctx, q, q + noun)) {
      q += noun;
      continue;
    }
    if (ADMIN_UNITS.match(ctx.keys, q) > 0) break;
    // "phòng, chống": the first verb of a pair may look like a head.
    if (coordinatedAt(ctx, q + 1)) {
      q += 3;
      continue;
    }
    const verb = DESCRIPTIVE_VERBS.match(ctx.keys, q) > 0 || BOARD_VERBS.match(ctx.keys, q) > 0;
    if (verb && q === j && !opened) return 0;
    // "… tham nhũng họp": after the task, what the board does starts the predicate.
    if (verb && q > j) break;
    if (t.k === 'và' && q > j && ctx.isWord(q + 1) && !ctx.tokens[q + 1]!.cap && !STOPWORDS.has(ctx.keys[q + 1]!)) {
      q++;
      continue;
    }
    if (DESCRIPTIVE_STOP.has(t.k) || STOPWORDS.has(t.k) || REPORT_VERBS.match(ctx.keys, q) > 0 || titleAt(ctx, q) > 0 || HONORIFICS.match(ctx.keys, q) > 0 || ctx.headLen[q]! > 0) break;
    q++;
  }
  if (q - j < 2) return 0;
  const unit = ADMIN_UNITS.match(ctx.keys, q);
  if (unit > 0) {
    let r = q + unit;
    while (r < ctx.n && r - q - unit < 4 && ctx.tokens[r]!.title && ctx.tokens[r]!.sp && ctx.headLen[r]! === 0) r++;
    if (r > q + unit) return r;
    return SPECIFIC_BARE_UNITS.has(ctx.keys.slice(q, q + unit).join(' ')) ? q + unit : 0;
  }
  const after = ctx.tok(q);
  if (!after || after.kind === PUNCT) return q;
  const predicate = PREDICATE_STARTS.has(after.k) || REPORT_VERBS.match(ctx.keys, q) > 0 || BOARD_VERBS.match(ctx.keys, q) > 0 || DESCRIPTIVE_VERBS.match(ctx.keys, q) > 0;
  return after.kind === WORD && !after.cap && predicate ? q : 0;
}

const MAX_SENTENCE_CASE_WORDS = 4;
/** Heads of offices whose name may be all lower case ("Cục quản lý cạnh tranh"). */
const OFFICE_HEADS = new Set(['cục', 'vụ', 'viện', 'quỹ', 'tâm']);
/** Words after which a body's name has ended: where it is, what it belongs to. */
const NAME_CLOSERS = new Set(['tại', 'thuộc']);

/**
 * From j (a lower-case word): 1–4 lower-case content words (no function word, verb a body does, title,
 * unit, head, honorific or verb of speech), then a bracket or "tại"/"thuộc" before a capitalised word.
 * Returns the index after the words, or 0.
 */
function sentenceCaseEnd(ctx: BlockCtx, j: number, minWords: number): number {
  let q = j;
  while (q < ctx.n && q - j < MAX_SENTENCE_CASE_WORDS) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || t.cap || NAME_CLOSERS.has(t.k) || (t.k === 'trực' && ctx.keyAt(q + 1) === 'thuộc')) break;
    if (ctx.headLen[q]! > 0) return 0; // "Hội Sinh viên trường": the school the association is in
    if (DESCRIPTIVE_STOP.has(t.k) || STOPWORDS.has(t.k) || DESCRIPTIVE_VERBS.match(ctx.keys, q) > 0 || titleAt(ctx, q) > 0) return 0;
    if (ADMIN_UNITS.match(ctx.keys, q) > 0 || REPORT_VERBS.match(ctx.keys, q) > 0 || HONORIFICS.match(ctx.keys, q) > 0) return 0;
    q++;
  }
  if (q - j < minWords) return 0;
  const after = ctx.tok(q);
  // A bracket (the parent body, a short name) or "tại"/"thuộc" + a name; a mere pause may follow a verb.
  if (!after) return 0;
  if (after.kind === PUNCT) return after.s === '(' && ctx.tok(q + 1)?.cap ? q : 0;
  const closer = NAME_CLOSERS.has(after.k) ? 1 : after.k === 'trực' && ctx.keyAt(q + 1) === 'thuộc' ? 2 : 0;
  return closer > 0 && ctx.tok(q + closer)?.cap ? q : 0;
}

const MAX_WORDS_BEFORE_NAME = 4;

/** Does a lower-case name word ("thị trường", "nông thôn") end right before j? */
function endsInNameWord(ctx: BlockCtx, j: number): boolean {
  for (let len = 1; len <= 3 && j - len >= 0; len++) {
    if (ctx.tokens[j - len]!.cap) return false;
    if (ORG_NOUNS.match(ctx.keys, j - len) === len) return true;
  }
  return false;
}

/**
 * "Cục trưởng Cục Chế biến và Phát triển thị trường | nông sản | Nguyễn Quốc Toản": after a title and
 * an organisation, lower-case words up to a person's name still belong to the organisation's name
 * (title + body + name is the usual shape). The body must end in a lower-case name word ("thị
 * trường"; "Bộ Y tế thăm hỏi Nguyễn Văn A" is a verb and its object). From j: 1–4 lower-case content words (no function word,
 * honorific, title, unit or reporting verb), then a name. Returns the name's index, or 0.
 */
export function wordsBeforeName(ctx: BlockCtx, j: number): number {
  // Only a run of nouns goes on: the body's name ends in a lower-case name word ("thị trường").
  if (!endsInNameWord(ctx, j)) return 0;
  let q = j;
  while (q < ctx.n && q - j < MAX_WORDS_BEFORE_NAME) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || t.cap) break;
    if (DESCRIPTIVE_STOP.has(t.k) || STOPWORDS.has(t.k) || HONORIFICS.match(ctx.keys, q) > 0 || titleAt(ctx, q) > 0) return 0;
    if (ADMIN_UNITS.match(ctx.keys, q) > 0 || REPORT_VERBS.match(ctx.keys, q) > 0) return 0;
    q++;
  }
  return q > j && ctx.nameEnd[q]! > 0 ? q : 0;
}

/** 2–3 title-case words from j, none a head, title, place or body noun, then no more: a person's name. */
function personAfterCountry(ctx: BlockCtx, j: number): boolean {
  let e = j;
  while (e < ctx.n && e - j < 4 && ctx.tokens[e]!.title && ctx.tokens[e]!.sp && ctx.headLen[e]! === 0 && ctx.titleLen[e]! === 0) e++;
  if (e - j < 2 || e - j > 3 || ctx.tok(e)?.cap) return false;
  if (MAJOR_PLACES.match(ctx.keys, j) > 0 || ORG_NOUNS.match(ctx.keys, j) > 0 || isKnownPlace(ctx.keys, j, e)) return false;
  // "Ngân hàng TMCP Việt Nam Thịnh Vượng": after "Việt Nam" a Vietnamese name starts with a family name; other words go on the body's name.
  if (j >= 2 && ctx.keys[j - 2] === 'việt' && ctx.keys[j - 1] === 'nam' && !SURNAMES.has(ctx.keys[j]!)) return false;
  return true;
}

/**
 * Scan a name complement from token `j0`. `afterHead` allows a council verb right after the head
 * ("Hội đồng thẩm định") and a number right after it ("Tổng công ty 319").
 */
export function scanComplement(ctx: BlockCtx, j0: number, opts: { councilHead?: boolean; longName?: boolean } = {}): Complement {
  let j = j0;
  let longName = opts.longName === true;
  let substance = false;
  let capRun = 0; // consecutive title-case words consumed
  let lastKind: 'start' | 'cap' | 'acr' | 'lower' | 'unit' | 'num' | 'conn' | 'place' = 'start';
  let lastUnitWord = false; // last token was an administrative unit ("Quận", "quận", "phường")
  let placeRun = false; // the capitalised run goes on a place ("phường Nhật Tân"): no lower-case syllable continues it
  while (j < ctx.n) {
    const t = ctx.tokens[j]!;
    if (ctx.nameEnd[j]! > 0) {
      // "Hội đồng Viện Phan Châu Trinh": a nested institute named after a person takes the name.
      if (!((lastKind === 'start' && namedAfterPerson(ctx, j)) || schoolLevelBefore(ctx, j))) break;
      j = ctx.nameEnd[j]!;
      substance = true;
      lastKind = 'cap';
      capRun = 0;
      continue;
    }
    if (t.kind === WORD) {
      if (j > j0 && titleAt(ctx, j) >= 2) break;
      if (t.cap) {
        if (t.title && titleAt(ctx, j) === 1 && j > j0) break;
        // A country or province is a whole place: "Hợp chúng quốc Hoa Kỳ", "Cần Thơ", "Lào" (never "Lào mong").
        const country = Math.max(COUNTRIES.match(ctx.keys, j), MAJOR_PLACES.match(ctx.keys, j));
        // "Vụ Pháp chế": a country's name that starts a longer name word is that word.
        if (country > 0 && (ctx.headLen[j]! === 0 || country > ctx.headLen[j]!) && ORG_NOUNS.match(ctx.keys, j) <= country) {
          // "Bộ Ngoại giao Trung Quốc Cảnh Sảng": a foreign country ends the body; a name after it is a person's.
          if (COUNTRIES.match(ctx.keys, j) === country && personAfterCountry(ctx, j + country)) return { end: j + country, substance: true };
          j += country;
          substance = true;
          capRun = 0;
          lastKind = 'place';
          lastUnitWord = false;
          continue;
        }
        // "Xuân Trường Theo …": a capitalised function word after a head or a name starts a clause.
        // "Phòng GD&ĐT Quận Hai Bà Trưng": a capitalised unit and a known place are taken whole.
        // "TAND TP Thủ Dầu Một": the city's abbreviation in capitals before a known place too.
        const capUnit = t.title || t.k === 'tp' ? ADMIN_UNITS.match(ctx.keys, j) : 0;
        const unitPlace = capUnit > 0 && ctx.tok(j + capUnit)?.cap ? PLACES.match(ctx.keys, j + capUnit) : 0;
        // "Phòng GD&ĐT Hai Bà Trưng", "Công an Hai Bà Trưng": a district of several syllables right after a head or a
        // body's short name is taken whole too ("Bà" is no honorific there); a number may still close it ("Trường THPT Cao Lãnh 1").
        const headPlace = capUnit === 0 && (lastKind === 'acr' || lastKind === 'start') ? DISTRICTS.match(ctx.keys, j) : 0;
        if (unitPlace > 1 || headPlace > 1) {
          j += unitPlace > 1 ? capUnit + unitPlace : headPlace;
          substance = true;
          lastKind = unitPlace > 1 ? 'place' : 'cap';
          lastUnitWord = false;
          capRun = unitPlace > 1 ? 0 : headPlace;
          continue;
        }
        if (t.title && (lastKind === 'cap' || lastKind === 'place') && STOPWORDS.has(t.k) && !CONTINUATION_OK.has(t.k) && !NAME_SYLLABLE_VERBS.has(t.k)) break;
        // "Báo Nghệ An Phối hợp với …": after a place that closes a name, a capitalised verb of two syllables starts a clause.
        if (t.title && lastKind === 'place' && ctx.isWord(j + 1) && !ctx.tokens[j + 1]!.cap && STOPWORDS.has(`${t.k} ${ctx.keys[j + 1]}`)) break;
        if (t.title && j === j0 && CLAUSE_WORDS.has(t.k)) break;
        if (j > j0 && opensClause(ctx, j)) break;
        // "Sở … Hà Nội Khuất Văn Thành": after a province, a run of title-case words with a middle
        // name is the person the body is named with, not more of the body.
        if (t.title && lastKind === 'place' && ctx.tok(j + 1)?.title && (ctx.keyAt(j + 1) === 'văn' || ctx.keyAt(j + 1) === 'thị')) break; // "… Việt Nam Đến nay": a new sentence ("Củ Chi" goes on)
        if (t.title && j > j0 && TIME_STARTERS.has(t.k) && (ctx.tok(j + 1)?.kind === NUM || ctx.keyAt(j + 1) === 'nay')) break; // "… Yên Bái Ngày 5/7": a lost full stop
        // "T.Ư": the abbreviation of "Trung ương", letters and glued full stops.
        if (t.s.length === 1 && ctx.isPunct(j + 1, '.') && !ctx.tokens[j + 1]!.sp && ctx.tok(j + 2)?.cap && !ctx.tokens[j + 2]!.sp && ctx.tokens[j + 2]!.s.length === 1) {
          j += 3;
          substance = true;
          capRun = 0;
          lastKind = 'acr';
          continue;
        }
        // "P.5", "Q.Gò Vấp", "TX.Sơn Tây": a ward, district or town abbreviated and glued to its name.
        if (UNIT_ABBREVIATIONS.has(t.k) && ctx.isPunct(j + 1, '.') && !ctx.tokens[j + 1]!.sp && ctx.tok(j + 2) && !ctx.tokens[j + 2]!.sp && (ctx.tokens[j + 2]!.kind === NUM || capOrAcr(ctx, j + 2))) {
          // "H.Ngọc Hồi": a known place after the abbreviation is whole ("Hồi" is no function word here).
          const place = ctx.tokens[j + 2]!.kind === WORD ? PLACES.match(ctx.keys, j + 2) : 0;
          if (place > 1) {
            j += 2 + place;
            substance = true;
            lastKind = 'place';
            lastUnitWord = false;
            capRun = 0;
            continue;
          }
          j += 2;
          lastKind = 'unit';
          lastUnitWord = true;
          capRun = 0;
          continue;
        }
        // "T.Ư Đảng": "Đảng" without a party's name after it is a plain word of this name.
        let head = ctx.keys[j] === 'đảng' && ctx.headLen[j] === 1 && !ctx.tok(j + 1)?.title ? 0 : ctx.headLen[j]!;
        // "Bộ Khoa học và Công nghệ": a name word that starts with a head's syllable is the word.
        if (head > 0 && t.title && ORG_NOUNS.match(ctx.keys, j) > head) head = 0;
        // "Tập đoàn Ôtô Trường Hải": "Trường" before a plain name word is a syllable of the name.
        if (head === 1 && t.k === 'trường' && t.title && !schoolNameAt(ctx, j + 1)) head = 0;
        // "Trung tâm Hội nghị": a head that names an event here ends the name before it.
        if (head === 1 && j >= j0 && NOT_ORG_AFTER_HEAD.has(ctx.keyAt(j + 1) ?? '') && !ctx.tokens[j + 1]!.cap) break;
        // "Báo Gia đình & Xã hội Báo …": the same one-word head again starts a second body, not a nested one.
        if (head === 1 && j > j0 && j0 > 0 && ctx.keys[j] === ctx.keys[j0 - 1] && ctx.headLen[j0 - 1] === 1) break;
        if (head > 0 && !t.acr && !(lastKind === 'unit' && lastUnitWord)) {
          // A nested head ("Bộ", "Thành ủy", "Ủy ban"): a name word follows, not a place.
          if (!longName) longName = LONG_NAME_HEADS.match(ctx.keys, j) === head;
          // "Ủy ban Giám sát Hạ viện Elijah Cummings": after a house named by its head, a name is a person's.
          if (ctx.tok(j + head)?.title && personAfterCountry(ctx, j + head) && SELF_NAMED.has(ctx.keys.slice(j, j + head).join(' '))) return { end: j + head, substance: true };
          j += head;
          substance = true;
          capRun = 0;
          lastKind = 'start';
          lastUnitWord = ADMIN_UNITS.match(ctx.keys, j - head) === head; // "Tỉnh ủy 2 nhiệm kỳ" takes no number
          continue;
        }
        // "Xuất nhập khẩu", "Tự do": a name word of several syllables written with a capital.
        const noun = t.title ? ORG_NOUNS.match(ctx.keys, j) : 0;
        if (noun >= 2 && lowerRun(ctx, j + 1, j + noun)) {
          j += noun;
          substance = true;
          lastKind = 'lower';
          lastUnitWord = false;
          capRun = 0;
          continue;
        }
        substance = true;
        // "Tp.HCM" as "TP.HCM": the city's abbreviation in title case.
        if (t.acr || !t.title || t.k === 'tp') {
          capRun = 0;
          lastKind = 'acr';
          lastUnitWord = t.k === 'tp';
          // "TP." before a place name, not before a new sentence ("… Trường Chính trị TP. Ông Quang …").
          if (t.k === 'tp' && ctx.isPunct(j + 1, '.') && !ctx.tokens[j + 1]!.sp && capOrAcr(ctx, j + 2) && !sentenceOpener(ctx, j + 2)) {
            j += 2;
            continue;
          }
        } else {
          if (capRun === 0) placeRun = lastKind === 'unit' || lastKind === 'place';
          capRun++;
          lastKind = 'cap';
          lastUnitWord = ADMIN_UNITS.match(ctx.keys, j) === 1;
          // "Pa-ki-xtan", "Xin-ga-po": a name transliterated syllable by syllable, glued by hyphens.
          // The word is whole: no lower-case syllable continues it ("… Xin-ga-po ký").
          while (ctx.isPunct(j + 1, '-') && !ctx.tokens[j + 1]!.sp && ctx.isWord(j + 2) && !ctx.tokens[j + 2]!.sp && !ctx.tokens[j + 2]!.cap) {
            j += 2;
            lastKind = 'acr';
            capRun = 0;
          }
        }
        j++;
        continue;
      }
      // "Cơ quan CSĐT công an tỉnh Hà Nam", "Đội CSGT công an huyện Đức Hòa": a police unit, then the police it
      // belongs to in lower case — a unit and a place after "công an" — is one body.
      const afterAcronym = lastKind === 'acr' || (lastKind === 'start' && j > 0 && ctx.tokens[j - 1]!.acr);
      const police = afterAcronym && t.k === 'công' && ctx.keyAt(j + 1) === 'an' ? ADMIN_UNITS.match(ctx.keys, j + 2) : 0;
      // Or "tỉnh ủy Hà Tĩnh": a party committee written in lower case is still a head.
      if ((police > 0 && ctx.tok(j + 2 + police)?.cap) || (ctx.headLen[j]! === 2 && ctx.keyAt(j + 1) === 'ủy' && ctx.tok(j + 2)?.cap)) {
        j += 2;
        substance = true;
        lastKind = 'start';
        capRun = 0;
        lastUnitWord = false;
        continue;
      }
      // Lower-case word. "châu Âu", "châu Á": a region.
      if (t.k === 'châu' && ctx.tok(j + 1)?.cap && COUNTRIES.match(ctx.keys, j) > 1) {
        j += COUNTRIES.match(ctx.keys, j);
        substance = true;
        capRun = 0;
        lastKind = 'place';
        continue;
      }
      let unit = ADMIN_UNITS.match(ctx.keys, j);
      // "xã hội" is a name word, "xã Hội An" a place.
      if (unit > 0 && lastKind !== 'conn' && ORG_NOUNS.match(ctx.keys, j) > unit && !ctx.tokens[j + unit]!.cap) unit = 0;
      if (unit > 0) {
        // "quận Hai Bà Trưng": a known place after its unit is taken whole ("Bà" is no honorific here).
        const place = ctx.tok(j + unit)?.cap ? PLACES.match(ctx.keys, j + unit) : 0;
        // "Chủ tịch tỉnh Đinh Văn Hùng": a name that starts with a place's syllables and runs past them is the person.
        if (place > 1 && ctx.nameEnd[j + unit]! <= j + unit + place) {
          j += unit + place;
          substance = true;
          lastKind = 'place';
          lastUnitWord = false;
          capRun = 0;
          continue;
        }
        const next = ctx.tok(j + unit);
        if (next && ((next.kind === WORD && next.cap) || next.kind === NUM)) {
          j += unit;
          lastKind = 'unit';
          lastUnitWord = true;
          capRun = 0;
          continue;
        }
        const unitKey = ctx.tokens.slice(j, j + unit).map((x) => x.k).join(' ');
        // "UBND quận, huyện, thị xã": a list of units is every such body, none named.
        const listed = (ctx.isPunct(j + unit, ',') || ctx.keyAt(j + unit) === 'và') && ADMIN_UNITS.match(ctx.keys, j + unit + 1) > 0;
        if ((SPECIFIC_BARE_UNITS.has(unitKey) || ctx.soleUnits.has(unitKey)) && !listed) {
          j += unit;
          substance = true;
        }
        break;
      }
      if (opts.councilHead && j === j0) {
        const cv = COUNCIL_VERBS.match(ctx.keys, j);
        if (cv > 0) {
          j += cv;
          substance = true;
          lastKind = 'lower';
          capRun = 0;
          continue;
        }
      }
      let noun = lastKind === 'conn' ? 0 : ORG_NOUNS.match(ctx.keys, j);
      // "công an huyện Tân Trụ cứu hộ …": after the place the name has ended (a branch may follow it).
      if (noun > 0 && (lastKind === 'place' || (lastKind === 'cap' && placeRun)) && !(ctx.keys[j] === 'chi' && ctx.keyAt(j + 1) === 'nhánh')) noun = 0;
      if (noun > 0) {
        j += noun;
        substance = true;
        lastKind = 'lower';
        capRun = 0;
        continue;
      }
      // "Chính phủ Colombia và ELN": after a place the name is whole; "và" joins a second body.
      if (t.k === 'và' && j > j0 && lastKind !== 'place' && continues(ctx, j + 1) && !placeStartsAt(ctx, j + 1)) {
        j++;
        lastKind = 'conn';
        capRun = 0;
        continue;
      }
      // "Công đoàn KCN và chế xuất Hà Nội", "Viện Hàn lâm khoa học và công nghệ VN": a second field in lower
      // case after "và" (1–3 words), closed by a place or a short name, is the long name's.
      if (t.k === 'và' && longName && j > j0 && (lastKind === 'lower' || lastKind === 'acr') && shortLowerRun(ctx, j + 1)) {
        const tail = descriptiveTail(ctx, j + 1);
        if (tail > 0) return { end: tail, substance: true };
      }
      // "Tổ chức Bảo tồn | chim | thế giới": after a word in sentence case, lower-case words up to a scope
      // ("thế giới", "quốc tế") that closes the name.
      if (lastKind === 'lower') {
        const scoped = scopeEnd(ctx, j);
        if (scoped > 0) {
          j = scoped;
          substance = true;
          lastKind = 'lower';
          capRun = 0;
          continue;
        }
      }
      if (lastKind === 'cap' && !(placeRun && STOPWORDS.has(t.k)) && continuationOk(ctx, j, capRun)) {
        // The lower-case second syllable of a capitalised word: "Tài chính".
        j++;
        lastKind = 'lower';
        lastUnitWord = false;
        capRun = 0;
        continue;
      }
      // "Bệnh viện đa khoa tỉnh Hà Tĩnh", "Hiệp hội chăn nuôi Đồng Nai": right after the head too, a
      // descriptive run of lower-case words up to a place or a proper name.
      if (longName && (lastKind === 'cap' || lastKind === 'lower' || (lastKind === 'start' && (substance || j === j0)))) {
        const tail = descriptiveTail(ctx, j);
        // The place or proper name closes the body: nothing lower-case runs on after it.
        if (tail > 0) return { end: tail, substance: true };
        // "Trung tâm Quản lý di tích tại Sóc Sơn", "Cục quản lý cạnh tranh (Bộ Công Thương)": a name in
        // sentence case that "tại", "thuộc" or a bracket closes.
        // Only after a capitalised word and its own lower-case syllable ("Quản lý"), or right after a
        // capitalised head of an office ("Cục", "Trung tâm"): not after a proper name ("Sen Vàng đánh trẻ").
        const officeHead = lastKind === 'start' && j === j0 && j0 > 0 && ctx.tokens[j0 - 1]!.kind === WORD && OFFICE_HEADS.has(ctx.keys[j0 - 1]!) && ctx.tokens[j0 - 1]!.cap;
        const closed = lastKind === 'lower' || officeHead ? sentenceCaseEnd(ctx, j, officeHead ? 2 : 1) : 0;
        if (closed > 0) return { end: closed, substance: true };
      }
      break;
    }
    if (t.kind === NUM) {
      const plain = /^\d+$/.test(t.s);
      // "Phòng PC45", "Đội U23": a number glued to an acronym is part of it.
      if (plain && lastKind === 'acr' && !t.sp) {
        j++;
        continue;
      }
      // "Bệnh viện Nhi đồng 1", "Khu vực 9": a short number closes a name, before a pause, a place or a verb.
      // "Ban QLDA 85", "Đội CSGT 3": after a short name in capitals too.
      // "Bộ Tư lệnh Quân khu 7", "Tư lệnh Sư đoàn 304": right after a nested head too (not a unit's: "Tỉnh ủy 2 nhiệm kỳ").
      const nested = lastKind === 'start' && j > j0 && !lastUnitWord;
      if (plain && t.s.length <= 3 && (lastKind === 'cap' || lastKind === 'lower' || lastKind === 'acr' || nested) && t.sp && numberClosesName(ctx, j + 1)) {
        j++;
        substance = true;
        lastKind = 'num';
        capRun = 0;
        continue;
      }
      if (ADMIN_UNITS.match(ctx.keys, j + 1) > 0) break; // "UBND 4 tỉnh": a count of units, no name
      if (plain && (lastUnitWord || j === j0) && !ctx.isWord(j + 1)) {
        j++;
        substance = true;
        lastKind = 'num';
        lastUnitWord = false;
        capRun = 0;
        continue;
      }
      if (plain && (lastUnitWord || j === j0)) {
        // "Quận 10 Nguyễn Bắc Nam", "Tổng công ty 319 quản lý": a number then a word.
        const next = ctx.tokens[j + 1]!;
        if (!next.sp) break; // glued: a unit or code ("10km")
        j++;
        substance = true;
        lastKind = 'num';
        lastUnitWord = false;
        capRun = 0;
        continue;
      }
      break;
    }
    // Punctuation.
    if (t.s === '&' && lastKind === 'acr' && !t.sp && ctx.tok(j + 1)?.acr && !ctx.tokens[j + 1]!.sp) {
      // "Sở GD&ĐT", "Bộ KH&CN": acronyms joined by a glued ampersand.
      j++;
      lastKind = 'conn';
      capRun = 0;
      continue;
    }
    if (t.s === '&' && t.sp && lastKind === 'cap' && foreignWord(ctx, j - 1) && ctx.tok(j + 1)?.title && ctx.tokens[j + 1]!.sp && foreignWord(ctx, j + 1)) {
      // "Starwood Hotels & Resorts": an ampersand between words of a foreign trade name.
      j++;
      lastKind = 'conn';
      capRun = 0;
      continue;
    }
    if (t.s === '&' && t.sp && (lastKind === 'lower' || lastKind === 'cap') && j > j0 && ctx.tok(j + 1)?.title && ctx.tokens[j + 1]!.sp && isVietnameseSyllable(ctx.keys[j + 1]!) && continues(ctx, j + 1) && !placeStartsAt(ctx, j + 1)) {
      // "Bộ Thông tin & Truyền thông", "báo Gia đình & Xã hội": a spaced ampersand written for "và" between two
      // name words in sentence case (a place after it is a second party, as after "và").
      j++;
      lastKind = 'conn';
      capRun = 0;
      continue;
    }
    if (DASHES.includes(t.s)) {
      if (j === j0) break; // "Xuân Trường – Tuấn Anh": a name starts with no dash
      // "đường bộ - đường sắt": two name words joined by a dash.
      const pair = lastKind === 'lower' && ctx.tok(j + 1)?.kind === WORD && !ctx.tokens[j + 1]!.cap ? ORG_NOUNS.match(ctx.keys, j + 1) : 0;
      if (pair > 0) {
        j += 1 + pair;
        lastKind = 'lower';
        capRun = 0;
        continue;
      }
      // "Phòng Tài chính - Kế hoạch huyện …": planning as a second field after a dash, no plan ("Kế hoạch số 45" is one).
      if ((lastKind === 'lower' || lastKind === 'cap') && ctx.tok(j + 1)?.title && ctx.keyAt(j + 1) === 'kế' && ctx.keyAt(j + 2) === 'hoạch' && ctx.keyAt(j + 3) !== 'số' && ctx.tok(j + 3)?.kind !== NUM) {
        j += 3;
        lastKind = 'lower';
        capRun = 0;
        continue;
      }
      if (continues(ctx, j + 1) || (!t.sp && ctx.tok(j + 1)?.acr && !ctx.tokens[j + 1]!.sp)) {
        j++;
        lastKind = 'conn';
        capRun = 0;
        continue;
      }
      break;
    }
    // "Cục Quản lý Khám, chữa bệnh", "phòng, chống tham nhũng": two verbs of one object joined by a comma.
    if (t.s === ',' && (lastKind === 'cap' || lastKind === 'lower') && coordinatedAt(ctx, j)) {
      j += 2;
      lastKind = 'cap';
      capRun = 1;
      continue;
    }
    if (t.s === ',' && commaInsideName(ctx, j)) {
      j++;
      lastKind = 'conn';
      capRun = 0;
      continue;
    }
    break;
  }
  // Never end on a connector.
  while (j > j0) {
    const last = ctx.tokens[j - 1]!;
    if ((last.kind === PUNCT && (DASHES.includes(last.s) || last.s === ',')) || last.k === 'và') j--;
    else break;
  }
  return { end: j, substance };
}
