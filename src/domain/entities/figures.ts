/**
 * Figures: a number in digits with what it counts or measures. "246.797 đảng viên", "15%",
 * "2,5 tỷ đồng", "195/160 đảng viên", "16-17%", "hơn 1.200 hộ dân", "654km", "2%/năm".
 * Not figures: numbers in names or codes ("Quận 10", "điều 49", "Covid-19"), ordinals ("thứ 3"),
 * durations ("37 tháng"), bare numbers with nothing counted ("240 được công nhận").
 * Change words ("tăng", "giảm") stay outside the span; approximators ("hơn", "gần") are inside.
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import * as numbers from './numbers';
import type { TokenSpan } from './organizations';
import * as textModule from './text';
import { Trie } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { APPROXIMATORS, CODE_WORDS, COMPARATIVES, CONTINUATION_OK, DOC_CODE_WORDS, DOC_HEADS, MULTIPLIERS, NOUN_EXCEPTIONS, ORG_ACRONYMS, STOPWORDS, TIME_UNITS, UNITS, VERB_NOUNS } = lexicons;
const { parseViNumber } = numbers;
const { WORD, NUM, PUNCT } = textModule;

export interface FigureSpan extends TokenSpan {
  value: number;
}

const DASHES = '-–';
const OPEN_QUOTES = '“"«';
const CLOSE_QUOTES = '”"»';
const PER_CENT_OF = new Set(['gdp', 'grdp', 'cpi']);
const MAX_NOUN_WORDS = 4;
/** Acronyms after a number that are no counted thing: measures, currencies, places, diseases. */
const NOT_COUNTED = new Set(['gdp', 'grdp', 'cpi', 'fdi', 'oda', 'ppp', 'usd', 'vnd', 'eur', 'tp', 'tphcm', 'hcm', 'hn', 'vn', 'covid', 'sars']);

function wordAt(ctx: BlockCtx, j: number): boolean {
  return ctx.isWord(j);
}

/** Number preceded by a code word or a capitalised name word ("Quận 10", "Sư đoàn 363", "điều 49"). */
function isCode(ctx: BlockCtx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.sp && i > 0) {
    const prev = ctx.tokens[i - 1]!;
    if (prev.kind === WORD || prev.kind === NUM) return true;
    if ((prev.s === '-' || prev.s === '.' || prev.s === '/') && i > 1 && !prev.sp) return true;
  }
  if (i === 0) return false;
  const prev = ctx.tokens[i - 1]!;
  if (prev.kind !== WORD) return false;
  // A quantity whatever stands before it: "ở mức 1,6%", "đã cấp 2,1 triệu giấy", "GDP 6,5%".
  if (quantityAhead(ctx, i)) return false;
  // "trong số 9 loại báo cáo", "tổng số 620 doanh nghiệp": "số" is "the number of", not "No.".
  if (prev.k === 'số' && i > 1 && COUNT_OF.has(ctx.keys[i - 2] ?? '') && countedNounAhead(ctx, i)) return false;
  // "Luật 5" is a code, "kỷ luật 5 đồng chí" a count: document words are codes only capitalised.
  if (CODE_WORDS.has(prev.k) && !(DOC_CODE_WORDS.has(prev.k) && !prev.cap)) return true;
  if (i > 1 && ctx.isWord(i - 2)) {
    const two = ctx.tokens[i - 2]!.k + ' ' + prev.k;
    if (CODE_WORDS.has(two) && !(DOC_CODE_WORDS.has(two) && !ctx.tokens[i - 2]!.cap)) return true;
  }
  if (prev.cap && !STOPWORDS.has(prev.k) && APPROXIMATORS.match(ctx.keys, i - 1) === 0) return true;
  return false;
}

/** Words before "số" that make it "the number of": "tổng số", "trong số", "cả số". */
const COUNT_OF = new Set(['tổng', 'trong', 'cả']);
/** Nouns of addresses: "số 5 đường Lê Lợi", "số 12 ngõ 3" stay codes. */
const ADDRESS_NOUNS = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'tầng', 'lô', 'căn', 'tổ', 'khu', 'thôn', 'ấp', 'xóm', 'phường', 'xã', 'quận', 'huyện', 'phòng']);
/** Abbreviated units written apart from the number ("350 g", "12 km"): a measure even after a name. */
const SHORT_UNIT = /^(g|kg|mg|km|km2|m2|m3|ha|ml|cm|mm|mw|kw|kwh|usd|vnd|eur)$/;

/** A lower-case counted noun right after the number: "620 doanh nghiệp", not "5 đường" or "9 được". */
function countedNounAhead(ctx: BlockCtx, i: number): boolean {
  const t = ctx.tok(i + 1);
  if (!t || t.kind !== WORD || !t.sp) return false;
  // "620 DNNN": an acronym counts what it abbreviates.
  if (t.acr) return !ORG_ACRONYMS.has(t.k) && !NOT_COUNTED.has(t.k);
  return !t.cap && !STOPWORDS.has(t.k) && !TIME_UNITS.has(t.k) && !ADDRESS_NOUNS.has(t.k);
}

/** A decimal number, or a number (or range) followed by "%" or a multiplier, counts something. */
function quantityAhead(ctx: BlockCtx, i: number): boolean {
  const s = ctx.tokens[i]!.s;
  // Decimals and grouped thousands ("1.700") are amounts; codes are short plain numbers.
  if (s.includes(',') || /\d\.\d{3}(?!\d)/.test(s)) return true;
  let j = i + 1;
  // A unit glued to the number ("1.700m", "30m") measures something.
  const glued = ctx.tok(j);
  if (glued && glued.kind === WORD && !glued.sp && UNITS.match(ctx.keys, j) > 0) return true;
  if (glued && glued.kind === WORD && SHORT_UNIT.test(glued.k)) return true;
  const next = ctx.tok(j);
  if (next && DASHES.includes(next.s) && ctx.tok(j + 1)?.kind === NUM) j += 2;
  const after = ctx.tok(j);
  if (!after) return false;
  if (after.s === '%') return true;
  return after.kind === WORD && after.sp && MULTIPLIERS.has(after.k) && after.k !== 'trăm';
}

/** Verbs of place before "trên" (on): "ngồi", "đứng", "nằm", "đặt", "chở", "in", "đăng". */
const PLACING_VERBS = new Set(['ngồi', 'đứng', 'nằm', 'đặt', 'để', 'chở', 'treo', 'in', 'đăng', 'ghi', 'viết', 'đỗ', 'đậu']);

function approxStart(ctx: BlockCtx, i: number): number {
  for (let k = 3; k >= 1; k--) {
    if (i - k < 0) continue;
    if (APPROXIMATORS.match(ctx.keys, i - k) !== k) continue;
    // "thấp hơn 1-2 điểm": after an adjective, "hơn" compares ("lower by"); it is no approximator.
    if (ctx.keys[i - k] === 'hơn' && i - k > 0 && COMPARATIVES.has(ctx.keys[i - k - 1] ?? '')) return i;
    // "ngồi trên 1 xe máy", "in trên 2 trang": after a verb of place, "trên" is "on", not "more than".
    if (ctx.keys[i - k] === 'trên' && i - k > 0 && PLACING_VERBS.has(ctx.keys[i - k - 1] ?? '')) return i;
    return i - k;
  }
  return i;
}

/** "m2", "km2", "m3": a square or cubic unit is a word with a glued 2 or 3 after it. */
function powerEnd(ctx: BlockCtx, j: number): number {
  const t = ctx.tok(j);
  if (t && t.kind === NUM && !t.sp && (t.s === '2' || t.s === '3') && ctx.tokens[j - 1]!.kind === WORD) {
    const after = ctx.tok(j + 1);
    if (after && !after.sp && after.kind !== PUNCT) return j; // "m2a": a code
    return j + 1;
  }
  return j;
}

/** "/năm", "/người", "/m2": a rate after a unit, glued. */
function perEnd(ctx: BlockCtx, j0: number): number {
  const j = powerEnd(ctx, j0);
  const t = ctx.tok(j);
  if (t && t.s === '/' && !t.sp && wordAt(ctx, j + 1) && !ctx.tokens[j + 1]!.sp) {
    // "m3/ngày đêm": a day and night is one unit of time.
    if (ctx.keyAt(j + 1) === 'ngày' && ctx.keyAt(j + 2) === 'đêm') return j + 3;
    const e = powerEnd(ctx, j + 2);
    // "58 triệu đồng/người/năm": a rate per person per year.
    const t2 = ctx.tok(e);
    if (t2 && t2.s === '/' && !t2.sp && wordAt(ctx, e + 1) && !ctx.tokens[e + 1]!.sp && TIME_UNITS.has(ctx.tokens[e + 1]!.k)) return e + 2;
    return e;
  }
  return j;
}

/** Counted nouns of one syllable ("18 xe khách …" counts "xe"); most others are two ("301 dự án …" counts "dự án"). */
const ONE_SYLLABLE_NOUNS = new Set(
  ('người|hộ|xe|con|chiếc|căn|lượt|vụ|ca|tàu|cây|lần|nhà|cái|em|cháu|tỉnh|xã|huyện|quận|phường|trường|lớp|thôn|ấp|làng|ô|phòng|điểm|bài|đội|nước|máy|bộ|cơ|khu|tổ|mỏ|lô|thửa|mẫu|bao|thùng|cặp|đôi|tấm|tờ|cuốn|quyển|ngôi|toà|tòa|cửa|hàng|loại|mặt|suất|phần|gói|bình|chai|lon|' +
    'trạm|viên|nẹp|bên|trận|bàn|quả|hạt|khẩu|cột|cầu|chuyến|nhóm|bức|ống|hố|giếng|tuyến|lá|vị|ly|cốc|bát|đĩa|chén|miếng|thanh|sợi|kiện|bó|đàn|bầy|trụ|dãy|tầng|hòn|ngọn|bể|túi|hộp|két|dặm|phát|chấu|thằng|đứa').split('|'),
);

/**
 * Verbs a counted subject is followed by: the noun phrase stops before them ("2 người | biết bơi",
 * "1 ngàn hộ | sinh sống", "160 giao dịch | trị giá"). Never the first word after the number.
 */
/** Counted party units longer than the word limit: "738 tổ chức cơ sở đảng". */
const PARTY_UNITS = new Trie(['tổ chức cơ sở đảng', 'tổ chức cơ sở']);

const PREDICATES = new Trie(
  (
    'biết|sinh sống|trị giá|đồng ý|tán thành|phản đối|tử vong|thiệt mạng|mất tích|chìm|thoát|tham dự|có mặt|nhập viện|xuất viện|nhiễm|mắc|sở hữu|đổ về|xếp hàng|tập trung|hoạt động|sinh ra|ra đời|' +
    'khiến|gây|phản ánh|chắc|đem|mang|giúp|bắt đầu|trở thành|cho thấy|giành|đoạt|sống|chết|làm việc|tham gia|dự thi|bỏ phiếu'
  ).split('|'),
);

/** Verbs and adjectives of two syllables that end a counted noun phrase ("1 trận đấu | hấp dẫn", "1 thông điệp | rõ ràng"): mined from the corpus as words that follow "rất", "đã", "đang" … far more often than a number, reviewed by hand. */
const NP_VERB_PHRASES = new Trie(
  (
    'ban hành|bao giờ|biết bao|biết cách|biết làm|bong tróc|buộc tội|bày tỏ|bác bỏ|bán hết|bán ròng|' +
    'bình thường|bước sang|bạo hành|bận rộn|bắt cóc|bắt giữ|bắt gặp|bắt tay|bắt đầu|bỏ trốn|bỏng nặng|bố trí|' +
    'bổ sung|chi phối|chu đáo|chuyển sang|chính thức|chính xác|chú ý|chơi tốt|chấm dứt|chấp hành|chấp nhận|' +
    'chắc chắn|chặt chẽ|chặt phá|chịu nổi|chờ đợi|chủ trì|chủ động|chứng minh|chứng tỏ|coi trọng|cung cấp|' +
    'cách chức|cân nhắc|công bố|công khai|cảm thấy|cẩn thận|cố gắng|cố tình|củng cố|duy trì|dùng dao|dẫn đầu|' +
    'dễ dàng|ghi nhận|giam giữ|giành chiến thắng|giải quyết|giới hạn|giới thiệu|gây bất ngờ|gây hại|' +
    'gây nguy hiểm|gây thiệt|gây xôn xao|gây ấn tượng|góp phần|gắn bó|gặp gỡ|gọi điện|gửi đơn|hiếp dâm|' +
    'hiểu chuyện|hiện đại|hoàn thiện|hoàn thành|hoàn tất|huy động|hài lòng|hào hứng|hé lộ|hình thành|' +
    'hư hại|hư hỏng|hạnh phúc|hấp dẫn|hắt dầu|hết sức|hồi phục|hợp lý|hữu ích|khai nhận|khai thác|khiến người|' +
    'khoác áo|khuyến khích|khó chịu|khẩn trương|khẳng định|khống chế|khởi tố|kiên quyết|kiềm chế|kiểm soát|' +
    'kém phần|kêu gọi|kích hoạt|kết hôn|kết thúc|kịp thời|kỹ càng|kỹ lưỡng|lan truyền|liên hệ|liên lạc|' +
    'liên quan|liên tục|lo lắng|loay hoay|loại bỏ|loại khỏi|loại trừ|luận tội|làm chủ|làm rõ|làm việc|lây lan|' +
    'lúng túng|lạc quan|lần đầu|lẩn trốn|lập tức|lợi dụng|mang thai|mã hóa|mạnh mẽ|mất tích|mắc bệnh|mắc kẹt|' +
    'mở cửa|mở rộng|nghiêm trọng|nghiêm túc|ngày càng|ngạc nhiên|ngần ngại|ngập sâu|ngộ độc|nhanh chóng|' +
    'nhiễm trùng|nhiệt tình|nhìn thấy|nhóm họp|nhấn mạnh|nhất thiết|nhất trí|nhắc nhở|nhắn tin|nặng nề|' +
    'nổi tiếng|nộp phạt|phá hủy|phát hiện|phát huy|phát triển|phát tán|phát động|phân biệt|phù hợp|phạt tiền|' +
    'phạt tù|phẫu thuật|phối hợp|phổ biến|phủ nhận|phức tạp|quan sát|quan trọng|quan tâm|quyết liệt|quyết tâm|' +
    'rò rỉ|rõ ràng|rút khỏi|rỉ sét|rời khỏi|sa thải|sinh sống|sẵn sàng|sợ hãi|sử dụng|tha thứ|thi hành|' +
    'thiêu rụi|thiệt mạng|thoát khỏi|thoải mái|thu hút|thu hồi|thuyết phục|thành lập|thân thiết|thích hợp|' +
    'thông báo|thú vị|thương nhẹ|thương nặng|thường xuyên|thảo luận|thật sự|thống nhất|thừa nhận|thực hiện|' +
    'thực sự|tin tưởng|tiến hành|tiếp cận|tiếp tục|tiết lộ|tranh thủ|triển khai|triệu tập|trung thực|truy tố|' +
    'trả lời|trẻ trung|trực tiếp|tuân thủ|tái diễn|tìm cách|tìm hiểu|tìm kiếm|tìm thấy|tích cực|tôn trọng|' +
    'tạm giữ|tạm thời|tạo điều kiện|tấn công|tấp nập|tận dụng|tập hợp|tập trung|tỉnh táo|tỏa sáng|tốn kém|' +
    'tốt nghiệp|tự hào|tự tin|vui mừng|vui vẻ|vô tình|vận hành|vắng mặt|vắng vẻ|xem xét|xin lỗi|xuất hiện|' +
    'xác nhận|xác định|xâm hại|xây dựng|xếp hàng|xứng đáng|xử phạt|yên tâm|áp dụng|ý thức|đa dạng|đàm phán|' +
    'đánh bắt|đánh cắp|đáp ứng|đình trệ|đông khách|đông người|đông đúc|đúng chuẩn|đúng mực|đúng quy|đăng tải|' +
    'đơn giản|đảm bảo|đầy đủ|đề cập|đề nghị|đối mặt|đồng bộ|đồng hành|đồng tình|đồng ý|đủ sức|ảnh hưởng|ồ ạt|' +
    'ổn định|ủng hộ'
  ).split('|'),
);

/** Verbs of one syllable that end a counted noun phrase from its third word on ("107 khối đá | nằm", "2 mẹ con | chạy"); adjectives of one syllable stay in, too often part of a compound ("truyện ngắn", "vùng cao"). */
const NP_VERBS = new Set(
  (
    'bay|bán|bỏ|cháy|chơi|chạy|chọn|chờ|dùng|giữ|gặp|gửi|lấy|lật|mua|mất|mở|nghe|ngã|ngồi|nhận|nằm|nổ|rơi|' +
    'thuê|thấy|trả|tìm|uống|vay|xem|xin|ăn|đâm|đóng|đặt|đứng'
  ).split('|'),
);

/** Nouns counted by an event or an act: the verb right after them is what is counted ("12 ca ngộ độc", "hơn 10.000 cuộc phẫu thuật"). */
const EVENT_NOUNS = new Set(['vụ', 'cuộc', 'ca', 'lần', 'lượt', 'sự', 'việc', 'đợt', 'trận', 'buổi', 'phiên', 'chuyến']);

/** Words whose last syllable is such a verb ("3 chiếc máy bay", "2 vụ nổ", "xe chữa cháy"): never cut inside (reviewed from corpus bigrams). */
const NP_COMPOUNDS = new Set(
  (
    'buôn bán|bày bán|bày đặt|bán chạy|bùng cháy|bùng nổ|bầu chọn|bịa đặt|bốc cháy|bữa ăn|chiếm giữ|' +
    'chiếm đóng|chuyến bay|cháy nổ|chấp nhận|chặn đứng|chọn lấy|chọn mua|chối bỏ|chống trả|chỗ ngồi|chữa cháy|' +
    'cài đặt|cưới xin|cảm nhận|cất giữ|cắt bỏ|cởi mở|dầu ăn|dẹp bỏ|dỡ bỏ|ghi nhận|ghế ngồi|giam giữ|giành lấy|' +
    'giường nằm|gìn giữ|gạt bỏ|gỡ bỏ|gục ngã|hiếm gặp|hủy bỏ|khoản vay|kiếm tìm|lượt xem|lắng nghe|lắp đặt|lựa chọn|' +
    'máy bay|món vay|món ăn|mở bán|nghiệt ngã|người bán|người chơi|người dùng|người gửi|người mua|người nhận|' +
    'người thuê|người xem|nhà chờ|nhìn nhận|nhìn thấy|níu giữ|nước uống|nấu ăn|nắm giữ|nắm lấy|phiên bán|' +
    'phá bỏ|phủ nhận|quán ăn|quên mất|rao bán|rộng mở|rời bỏ|sân bay|tháo chạy|thường gặp|thẳng đứng|' +
    'thức uống|thức ăn|thừa nhận|tiêu dùng|tiếp nhận|truy tìm|trò chơi|trông chờ|trông thấy|trốn chạy|tàu bay|' +
    'té ngã|tìm thấy|tùy chọn|tạm giữ|vui chơi|vắc xin|vết đâm|vụ cháy|vụ nổ|vứt bỏ|xóa bỏ|ăn uống|điểm bán|' +
    'đơn đặt|đảm nhận|đặt mua|đốt cháy|đồ chơi|đồ dùng|đồ uống|đồ ăn|đợi chờ|đứng chờ'
  ).split('|'),
);

/** Nouns that a place's name follows: "châu Á", "xã Tân Lập", "miền Trung". */
const PLACE_NOUNS = new Set(['châu', 'miền', 'vùng', 'tỉnh', 'huyện', 'xã', 'quận', 'phường', 'thôn', 'ấp', 'làng', 'bang', 'nước', 'thành', 'đảo', 'sông', 'biển']);

/** Parts of a period: "cuối tháng", "đầu năm", "giữa mùa". */
const PERIOD_PARTS = new Set(['cuối', 'đầu', 'giữa']);
/** Words that make a month, year or season a time: "năm nay", "mùa này", "tháng tới", "năm 2016". */
const DEICTIC_TIMES = new Set(['này', 'nay', 'qua', 'tới', 'sau', 'trước', 'ngoái', 'rồi']);

/** A time at e after a counted noun: a part of a period ("cuối tháng") or a period made definite ("mùa này", "năm 2016"). */
function whenAt(ctx: BlockCtx, e: number): boolean {
  const k = ctx.keys[e]!;
  const next = ctx.keyAt(e + 1) ?? '';
  if (PERIOD_PARTS.has(k)) return TIME_UNITS.has(next) || next === 'mùa';
  if (k !== 'năm' && k !== 'tháng' && k !== 'quý' && k !== 'mùa') return false;
  return DEICTIC_TIMES.has(next) || ctx.tok(e + 1)?.kind === NUM;
}

/** Lower-case counted noun after the number: up to 4 words, stopping at function words and predicates. */
function nounEnd(ctx: BlockCtx, j: number): number {
  const t = ctx.tok(j);
  if (!t) return j;
  if (t.kind === PUNCT && OPEN_QUOTES.includes(t.s)) {
    // 164 “Cộng đồng học tập”
    for (let q = j + 1; q < Math.min(ctx.n, j + 8); q++) {
      const u = ctx.tokens[q]!;
      if (u.kind === PUNCT) return CLOSE_QUOTES.includes(u.s) && q > j + 1 ? q + 1 : j;
    }
    return j;
  }
  if (t.kind !== WORD) return j;
  // "1.280 x 720": a multiplication sign counts nothing.
  if (t.k === 'x' || t.s === '×') return j;
  if (t.cap) {
    const title = ctx.titleLen[j]!; // "3 Phó chủ tịch"
    if (title > 0) return j + title;
    // "12 KCN", "25 DN": an acronym counts what it abbreviates (not a body's or a currency's).
    if (t.acr && t.sp && !ORG_ACRONYMS.has(t.k) && !NOT_COUNTED.has(t.k) && ctx.headLen[j] === 0) return j + 1;
    // "3 Nghị quyết", "2 Luật": documents counted.
    const doc = DOC_HEADS.match(ctx.keys, j);
    if (doc > 0 && ctx.tokens[j]!.title) return j + doc;
    // "3 Bộ: Công Thương, Y tế, …", "5 Sở, ngành", "3 Bộ là …": bodies counted by their head, which a list or "là" names.
    const after = ctx.tok(j + 1);
    const listed = !!after && ((after.kind === PUNCT && ':,'.includes(after.s)) || after.k === 'là');
    return ctx.headLen[j] === 1 && ctx.tokens[j]!.title && listed ? j + 1 : j;
  }
  // "40 tổ chức cơ sở đảng": a party unit's name runs past the word limit and is never cut inside.
  const unit = PARTY_UNITS.match(ctx.keys, j);
  if (unit > 0) return j + unit;
  let e = j;
  // The first word may be a noun that is also a verb: "300 kiến nghị"; it is never cut below.
  const first = Math.max(NOUN_EXCEPTIONS.match(ctx.keys, j), VERB_NOUNS.match(ctx.keys, j));
  if (first > 0) e += first;
  while (e < ctx.n && e - j < MAX_NOUN_WORDS) {
    const u = ctx.tokens[e]!;
    if (u.kind !== WORD || u.cap) break;
    const exception = NOUN_EXCEPTIONS.match(ctx.keys, e);
    if (exception > 0) {
      e += exception;
      continue;
    }
    if (STOPWORDS.has(u.k) || (ctx.isWord(e + 1) && STOPWORDS.has(u.k + ' ' + ctx.tokens[e + 1]!.k))) break;
    if (e === j && TIME_UNITS.has(u.k)) return j;
    if (e > j && PREDICATES.match(ctx.keys, e) > 0) break;
    // "1 trận đấu hấp dẫn", "107 khối đá nằm": what is counted ends before a verb or an adjective.
    // "12 ca ngộ độc": an act counted by its event noun; "2 nhà cung cấp": an agent noun made of "nhà" and a verb.
    if (e > j && NP_VERB_PHRASES.match(ctx.keys, e) === 2 && !(e === j + 1 && EVENT_NOUNS.has(t.k)) && ctx.keys[e - 1] !== 'nhà') break;
    if (e >= j + 2 && NP_VERBS.has(u.k) && !NP_COMPOUNDS.has(`${ctx.keys[e - 1]} ${u.k}`)) break;
    // "2 người cuối tháng", "44 trận đấu mùa này": a time after the counted noun says when, not what.
    if (e > j && whenAt(ctx, e)) break;
    // "5 hợp đồng khác": "other" after the counted noun is no part of what is counted.
    if (e > j && u.k === 'khác') break;
    e++;
  }
  // "65 quốc gia châu Á", "100 hộ dân xã Tân Lập": a place noun whose name (capitalised) stops the run is cut back with it.
  if (e - 1 > j && ctx.tok(e)?.cap && ctx.tok(e)?.kind === WORD && PLACE_NOUNS.has(ctx.keys[e - 1]!)) return e - 1;
  // A run cut at the limit in the middle of more words ("24 xe buýt nhanh hoạt | động") would end
  // inside a compound: keep the counted noun itself ("24 xe").
  const next = ctx.tok(e);
  // "1.249 lượt dự án đăng | ký": a second syllable that is also a function word ("ký", "chi") continues the run too.
  if (e - j >= MAX_NOUN_WORDS && next && next.kind === WORD && !next.cap && (!STOPWORDS.has(next.k) || CONTINUATION_OK.has(next.k))) {
    return j + Math.max(first, ONE_SYLLABLE_NOUNS.has(t.k) ? 1 : 2);
  }
  return Math.min(e, j + MAX_NOUN_WORDS);
}

/** A number at j with "%", a multiplier or a unit after it. */
function measuredRangeEnd(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  if (!t || t.kind !== NUM || !t.sp) return false;
  const after = ctx.tok(j + 1);
  if (!after) return false;
  return after.s === '%' || (after.kind === WORD && (MULTIPLIERS.has(after.k) || (UNITS.match(ctx.keys, j + 1) > 0 && !TIME_UNITS.has(after.k))));
}

/** Verbs of ranking that belong to a rank's span: "xếp thứ 12/63", "đứng thứ 3/63". */
const RANK_VERBS = new Set(['xếp', 'đứng']);

/**
 * "xếp thứ 12/63 tỉnh, thành", "đứng thứ 3/63", "hạng 5/20": a rank out of a whole is a figure (a lone
 * ordinal "thứ 3" stays none). Starts at the verb of ranking when one stands before "thứ".
 */
function rankAt(ctx: BlockCtx, i: number): FigureSpan | null {
  const prev = i > 0 ? ctx.keyAt(i - 1) : null;
  // "thứ" ranks after a verb of ranking ("hàng thứ 2/3" lists rows 2 and 3; "vị trí thứ 6/10" is left an ordinal).
  const ranked = prev === 'hạng' || (prev === 'thứ' && i > 1 && RANK_VERBS.has(ctx.keyAt(i - 2) ?? ''));
  if (!ranked) return null;
  const slash = ctx.tok(i + 1);
  if (!slash || slash.s !== '/' || slash.sp || ctx.tok(i + 2)?.kind !== NUM || ctx.tokens[i + 2]!.sp) return null;
  const rank = Number(ctx.tokens[i]!.s);
  const whole = Number(ctx.tokens[i + 2]!.s);
  if (!(rank >= 1 && rank <= whole) || ctx.isPunct(i + 3, '/')) return null;
  let start = i - 1;
  if (start > 0 && RANK_VERBS.has(ctx.keyAt(start - 1) ?? '')) start--;
  const end = Math.max(nounEnd(ctx, i + 3), i + 3);
  return { i: start, j: end, value: rank };
}

/** Words before a share out of a whole: "chiếm 1/2", "tỷ lệ 9/9", "số phiếu 45/47", "đạt 5/5". */
const SHARE_WORDS = new Set(['chiếm', 'lệ', 'phiếu', 'đạt']);

export function figureAt(ctx: BlockCtx, i: number): FigureSpan | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== NUM) return null;
  const rank = rankAt(ctx, i);
  if (rank) return rank;
  if (isCode(ctx, i)) return null;
  let value = parseViNumber(t.s);
  let j = i + 1;
  // Range "16-17%", "1-5 tầng"; ratio "195/160".
  const next = ctx.tok(j);
  if (next && DASHES.includes(next.s) && ctx.tok(j + 1)?.kind === NUM) {
    j += 2;
  } else if (next && next.s === '/' && !next.sp && ctx.tok(j + 1)?.kind === NUM && !ctx.tokens[j + 1]!.sp) {
    j += 2;
  } else if (next && (next.k === 'đến' || next.k === 'tới') && measuredRangeEnd(ctx, j + 1)) {
    // "3,8 đến 5,6%", "50.000 đến 500.000 đồng": a range whose unit stands after its second number.
    j += 2;
  }
  const after = ctx.tok(j);
  if (!after) return null;
  let end = 0;
  if (after.kind === WORD && !after.sp) {
    // Glued: "654km" is a unit; "1A" is a code, and so is a capital "M" ("BMD-3M", "3M"): metres are written "m".
    const u = after.s === 'M' ? 0 : UNITS.match(ctx.keys, j);
    if (u === 0) return null;
    // "1.5L", "2,4L": an engine's litres have decimals; "LS 460L" is a model's name.
    if (after.k === 'l' && u === 1 && !/[.,]/.test(ctx.tokens[j - 1]!.s)) return null;
    end = perEnd(ctx, j + u);
  } else if (after.s === '%') {
    end = perEnd(ctx, j + 1);
    if (end === j + 1 && ctx.tok(end)?.acr && PER_CENT_OF.has(ctx.tokens[end]!.k)) end++;
  } else if (after.kind === WORD) {
    const mult = MULTIPLIERS.get(after.k);
    if (mult !== undefined && after.k !== 'trăm') {
      value *= mult;
      end = j + 1;
      // "14,6 triệu tỷ đồng": multipliers chain.
      const more = ctx.isWord(end) ? MULTIPLIERS.get(ctx.tokens[end]!.k) : undefined;
      if (more !== undefined && more > 100) {
        value *= more;
        end++;
      }
      // "761 tỷ 036 triệu đồng", "2 triệu 500 nghìn đồng": a smaller amount and multiplier add on.
      const part = ctx.tok(end);
      const smaller = part?.kind === NUM && part.sp && /^\d{1,3}$/.test(part.s) && ctx.isWord(end + 1) ? MULTIPLIERS.get(ctx.tokens[end + 1]!.k) : undefined;
      if (smaller !== undefined && smaller >= 1000 && smaller < mult && ctx.tokens[end + 1]!.k !== 'trăm') {
        value += Number(part!.s) * smaller;
        end += 2;
      }
      const u = UNITS.match(ctx.keys, end);
      if (u > 0) end = perEnd(ctx, end + u);
      else end = nounEnd(ctx, end);
    } else {
      const u = NOUN_EXCEPTIONS.match(ctx.keys, j) > 0 ? 0 : UNITS.match(ctx.keys, j);
      if (u > 0 && !TIME_UNITS.has(after.k)) end = perEnd(ctx, j + u);
      else {
        // "6.500 vòng/phút", "264 lượt/ngày": a rate after the counted noun.
        const n = nounEnd(ctx, j);
        if (n > j) end = perEnd(ctx, n);
      }
    }
  } else if (after.kind === PUNCT && OPEN_QUOTES.includes(after.s)) {
    const n = nounEnd(ctx, j);
    if (n > j) end = n;
  }
  // "chiếm 1/2 chi phí", "tỷ lệ 9/9", "số phiếu 45/47": a share after a word of counting is a figure even where no counted noun is read.
  if (end === 0 && j === i + 3 && ctx.tokens[i + 1]!.s === '/' && i > 0 && SHARE_WORDS.has(ctx.keyAt(i - 1) ?? '') && Number(t.s) <= Number(ctx.tokens[i + 2]!.s)) end = j;
  if (end === 0) return null;
  return { i: approxStart(ctx, i), j: end, value };
}

/** Figures in a block, never running into tokens marked in `taken` (dates, documents, organisations). */
export function findFigures(ctx: BlockCtx, taken: Uint8Array): FigureSpan[] {
  const skip = (i: number): boolean => taken[i] === 1;
  const out: FigureSpan[] = [];
  for (let i = 0; i < ctx.n; ) {
    const f = taken[i] === 1 || ctx.tokens[i]!.kind !== NUM ? null : figureAt(ctx, i);
    if (f) {
      // Never run into a date, document or organisation.
      for (let q = i + 1; q < f.j; q++) {
        if (skip(q)) {
          f.j = q;
          break;
        }
      }
      while (f.i < i && skip(f.i)) f.i++;
      // Approximators may reach back over an earlier figure's end; never overlap.
      // Guarded: reading index -1 turns this load site megamorphic for the whole run.
      const last = out.length > 0 ? out[out.length - 1] : undefined;
      if (last && f.i < last.j) f.i = last.j;
      out.push(f);
      i = f.j;
    } else i++;
  }
  return out;
}
