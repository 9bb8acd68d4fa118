/**
 * Documents: a capitalised head ("Chỉ thị", "Luật", "Nghị quyết" …) with a number or code
 * ("số 10-CT/TW", "281/QĐ-TTg", "281"), a session reference ("Trung ương 4 khóa XI, XII"), a name in
 * words for laws ("Luật Đất đai 2013"), or a subject ("Nghị quyết về tổ chức chính quyền đô thị").
 */
import type { BlockCtx } from './context';
import * as dates from './dates';
import * as lexicons from './lexicons';
import type { TokenSpan } from './organizations';
import * as organizations from './organizations';
import * as places from './places';
import * as plans from './plans';
import * as textModule from './text';
import type { Token } from './text';
import { Trie } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { CODE_ONLY_DOC_HEADS, DOC_HEADS, LAW_HEADS, MULTIPLIERS, ORG_HEADS, RULEBOOK_HEADS, STOPWORDS, SUBJECT_DOC_HEADS, TIME_STARTERS, TIME_UNITS, TREATY_HEADS, UNITS } = lexicons;
const { orgAt } = organizations;
const { towardsAt, byMeansLen, COMMA_HALVES, commaCompound, countedPeriodEnd, dashCompound, listTailEnd, namedPlanEnd, periodEnd, PLAN_HEADS, setPhraseLen, settingTailLen } = plans;
const { WORD, NUM, PUNCT, startsSentence } = textModule;
const { COUNTRIES, PLACES } = places;
const { dateAt } = dates;

const ROMAN = /^[IVXLC]+$/;

/** Words that end a document's name in words. */
const DOC_STOP = new Set(
  (
    'được|là|đã|đang|sẽ|thì|mà|nhưng|cho|có|này|đó|với|theo|nhằm|để|khi|nếu|hay|hoặc|bị|vừa|cũng|đều|' +
    'vẫn|còn|trong|từ|đến|cần|phải|không|chưa|ra|vào|lên|các|những|một|số|và|của|tại|ở|quy|ngày|năm|' +
    'nay|hiện|trên|dưới|qua|sau|trước|do|vì|nên|gồm|như|tới|kể|thuộc|về|lần|trình|dành'
  ).split('|'),
);

/** Adverbs and verbs that follow a law's name in a clause ("Luật Biểu tình rất quan trọng", "Luật Đấu thầu bao gồm", "… cùng có hiệu lực"). */
const LAW_NAME_STOP = new Set(['rất', 'lại', 'chỉ', 'chắc', 'luôn', 'nhận', 'ký', 'mới', 'cấm', 'bao', 'cùng']);
/** "Luật Cán bộ, công chức", "Luật Khiếu nại, tố cáo": law names whose two halves a comma joins. */
/** Verbs and adverbs that open a clause after "và" ("và đặc biệt là", "và triển khai"), not a law name's second half. */
const CLAUSE_AFTER_AND = new Set(['đặc biệt', 'thực hiện', 'triển khai', 'hướng dẫn', 'quy định', 'chỉ đạo', 'tổ chức thực', 'bảo đảm', 'đảm bảo', 'nhất là']);
/** Compounds whose second syllable is in LAW_NAME_STOP: "Đăng ký", "Đổi mới". */
const COMPOUND_SECOND = new Set(['đăng ký', 'đổi mới', 'tiếp nhận', 'thừa nhận', 'công nhận', 'bao gồm']);

function isCapWord(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  return !!t && t.kind === WORD && t.cap;
}

/** Verbs a document does, right after its name: "hướng dẫn", "quy định", "thay thế", "sửa đổi". */
const OWN_VERBS = new Set(['hướng dẫn', 'quy định', 'thay thế', 'sửa đổi', 'có hiệu']);
/** "Đề án 06", "Chương trình 135": a number that is no year and ends the phrase names the plan. */
function namedByNumber(ctx: BlockCtx, k: number, capHead = false): boolean {
  const t = ctx.tokens[k]!;
  // "Đề án 06", "Kế hoạch 2467": up to four digits, but a year ("Báo cáo 2020") dates the document instead.
  if (!/^\d{1,4}$/.test(t.s) || /^(19|20)\d\d$/.test(t.s)) return false;
  const next = ctx.tok(k + 1);
  // "Chương trình 135 giai đoạn III": the programme's stage after its number.
  if (next?.k === 'giai' && ctx.keyAt(k + 2) === 'đoạn') return true;
  if (!next || next.kind === PUNCT || (STOPWORDS.has(next.k) && !TIME_UNITS.has(next.k))) return true;
  // "thông tư 200 hướng dẫn …", "nghị định 46 quy định …": the document's own verb after its number.
  if (next.kind === WORD && OWN_VERBS.has(`${next.k} ${ctx.keyAt(k + 2)}`)) return true;
  // "Chương trình 135 tiếp tục …": after a capitalised head a number of two digits or more names it, before any
  // word but a unit of time or money ("Kế hoạch 5 năm", "Chương trình 100 tỷ đồng"); a round one counts ("500 suất quà").
  return capHead && t.s.length >= 2 && (t.s[0] === '0' || !t.s.endsWith('0')) && next.kind === WORD && !next.cap && !TIME_UNITS.has(next.k) && !MULTIPLIERS.has(next.k) && UNITS.match(ctx.keys, k + 1) === 0;
}

/** Abbreviated types of document inside a code: "QĐ", "NĐ", "TT", "NQ", "CT", "KH", "TB", "HD", "CĐ", "KL", "TTLT". */
const TYPE_CODES = new Set(['qđ', 'nđ', 'tt', 'nq', 'ct', 'kh', 'tb', 'hd', 'cđ', 'kl', 'ttlt', 'qđi']);

/** A year glued to the slash after it ("2017/"): the middle of a code, never a count. */
const datedSlash = (ctx: BlockCtx, q: number): boolean => ctx.tok(q)?.kind === NUM && /^(19|20)\d\d$/.test(ctx.tokens[q]!.s) && ctx.isPunct(q + 1, '/') && !ctx.tokens[q + 1]!.sp;

/** A code glued together: "10-CT/TW", "167/2008/QĐ-TTg", "52/2017". Returns the end index. */
function codeEnd(ctx: BlockCtx, j: number): number {
  let e = j + 1;
  const glue = (): void => {
    while (e < ctx.n && !ctx.tokens[e]!.sp) {
      const t = ctx.tokens[e]!;
      if (t.kind === PUNCT && !'/-.'.includes(t.s)) break;
      e++;
    }
  };
  glue();
  // "1234 /QĐ-UBND", "02 /2017/TT-BTC": a stray space before the slash, the type (or the year and a slash) glued after it.
  if (e === j + 1 && ctx.isPunct(e, '/') && (ctx.tok(e + 1)?.acr || datedSlash(ctx, e + 1)) && !ctx.tokens[e + 1]!.sp) {
    e++;
    glue();
  }
  // "301/ BGDĐT-GDMN", "46/ 2016/NĐ-CP": a stray space after the slash, before the issuer or the year.
  if (e > j + 1 && ctx.tokens[e - 1]!.s === '/' && (ctx.tok(e)?.acr || datedSlash(ctx, e))) {
    e++;
    glue();
  }
  while (e > j + 1 && ctx.tokens[e - 1]!.kind === PUNCT) e--;
  // "439 – QĐNS/TW": the issuer's code after a spaced dash (letters glued to a slash).
  if (ctx.isPunct(e, '-–') && ctx.tok(e + 1)?.acr && ctx.isPunct(e + 2, '/') && !ctx.tokens[e + 2]!.sp) return codeEnd(ctx, e + 1);
  // "2200/QĐ - UBND", "59/2015/NĐ – CP", "12/QĐ - TTg": the document's type after the slash, then its issuer after a loose dash.
  const type = ctx.tokens[e - 1]!;
  if (ctx.isPunct(e, '-–') && type.kind === WORD && TYPE_CODES.has(type.k) && ctx.tokens[e - 2]!.s === '/' && /^[A-ZĐ]{2,}[a-z]?$/.test(ctx.tok(e + 1)?.s ?? '')) {
    let q = e + 2;
    while (q + 1 < ctx.n && !ctx.tokens[q]!.sp && '-/'.includes(ctx.tokens[q]!.s) && !ctx.tokens[q + 1]!.sp && ctx.tokens[q + 1]!.kind !== PUNCT) q += 2;
    return q;
  }
  // "02/2017 - BYT", "15/2020- CP": a dated code, then its issuer after a loose dash (a clause or a name may follow, not more code).
  const issuer = ctx.tok(e + 1);
  const glued = ctx.tok(e + 2);
  if (ctx.isPunct(e, '-–') && issuer?.acr && issuer.k.length >= 2 && hasSlash(ctx, j, e) && !issuerCode(ctx, j, e) && !isCapWord(ctx, e + 2) && !(glued && !glued.sp && glued.kind !== PUNCT)) return e + 2;
  return e;
}

/** "Luật Doanh nghiệp số 59/2020/QH14": a law's number after its name belongs to it. Returns the end. */
function numberedEnd(ctx: BlockCtx, e: number): number {
  if (ctx.keyAt(e) !== 'số' || ctx.tok(e + 1)?.kind !== NUM) return e;
  const c = codeEnd(ctx, e + 1);
  return hasSlash(ctx, e + 1, c) ? c : e;
}

const hasSlash = (ctx: BlockCtx, a: number, b: number): boolean => ctx.tokens.slice(a, b).some((u) => u.s === '/');

/** "15/2014/TT-BCA", "123/UBND-KT", "21-KL/TW": a code that names its issuer in capitals (two letters or more) after a slash or a dash. */
function issuerCode(ctx: BlockCtx, a: number, b: number): boolean {
  let sep = false;
  for (let q = a + 1; q < b; q++) {
    const u = ctx.tokens[q]!;
    if (u.s === '/' || u.s === '-' || u.s === '–') sep = true;
    else if (sep && u.kind === WORD && u.acr && u.k.length >= 2) return true;
  }
  return false;
}

const isRoman = (ctx: BlockCtx, j: number): boolean => j < ctx.n && ctx.tokens[j]!.kind === WORD && ROMAN.test(ctx.tokens[j]!.s);

/** "khóa XI, XII", "lần thứ XII", "nhiệm kỳ 2015 – 2020", "(Khóa XI)", "XIII": which session. Returns its end or 0. */
function qualifierEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  if (ctx.isPunct(e, ',') && ctx.keyAt(e + 1) !== null) e++;
  const bracket = ctx.isPunct(e, '(');
  if (bracket) e++;
  const k = ctx.keyAt(e);
  if (k === 'khóa' || k === 'lần' || k === 'nhiệm') {
    e++;
    if (k === 'nhiệm' && ctx.keyAt(e) === 'kỳ') e++;
    if (ctx.keyAt(e) === 'thứ') e++;
  } else if (!isRoman(ctx, e)) return 0;
  const t = ctx.tok(e);
  // "khóa 12": the term in digits.
  if (k === 'khóa' && t?.kind === NUM && /^\d{1,2}$/.test(t.s) && !ctx.isPunct(e + 1, '/')) return bracket ? (ctx.isPunct(e + 1, ')') ? e + 2 : 0) : e + 1;
  if (t?.kind === NUM && /^\d{4}$/.test(t.s)) {
    // "nhiệm kỳ 2015 – 2020"
    e++;
    if (ctx.isPunct(e, '-–') && /^\d{4}$/.test(ctx.tok(e + 1)?.s ?? '')) e += 2;
  } else {
    let romans = 0;
    while (isRoman(ctx, e)) {
      romans++;
      e++;
      const sep = ctx.tok(e);
      if (sep && (sep.s === ',' || sep.k === 'và') && isRoman(ctx, e + 1)) e++;
      else break;
    }
    if (romans === 0) return 0;
  }
  if (bracket) return ctx.isPunct(e, ')') ? e + 1 : 0;
  return e;
}

/** Ordinals in words: "lần thứ tư", "lần thứ mười hai". */
const ORDINAL_WORDS = new Set(['nhất', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'mốt', 'một', 'lăm', 'nhì']);

/**
 * The long form of a plenum: "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", "Hội nghị
 * Trung ương lần thứ 6 (khóa XII)", "Hội nghị lần thứ 5 BCH Trung ương". Returns the end or 0.
 */
function plenumEnd(ctx: BlockCtx, j: number): number {
  if (ctx.keyAt(j) !== 'hội' || ctx.keyAt(j + 1) !== 'nghị') return 0;
  let e = j + 2;
  const central = ctx.keyAt(e) === 'trung' && ctx.keyAt(e + 1) === 'ương';
  if (central) e += 2;
  if (ctx.keyAt(e) !== 'lần' || ctx.keyAt(e + 1) !== 'thứ') return 0;
  e += 2;
  if (ctx.tok(e)?.kind === NUM) e++;
  else {
    const start = e;
    while (ORDINAL_WORDS.has(ctx.keyAt(e) ?? '') && e - start < 3) e++;
    if (e === start) return 0;
  }
  if (!central) {
    // "Ban Chấp hành Trung ương (Đảng)", "BCH Trung ương": whose plenum.
    if (ctx.keyAt(e) === 'ban' && ctx.keyAt(e + 1) === 'chấp' && ctx.keyAt(e + 2) === 'hành') e += 3;
    else if (ctx.tok(e)?.s === 'BCH') e++;
    else return 0;
    if (ctx.keyAt(e) !== 'trung' || ctx.keyAt(e + 1) !== 'ương') return 0;
    e += 2;
    if (ctx.keyAt(e) === 'đảng') e++;
  }
  return qualifierEnd(ctx, e) || e;
}

/** "… lần thứ XIX, nhiệm kỳ 2015-2020": a congress's term after its number belongs to the name. Returns the end. */
function termAfter(ctx: BlockCtx, e: number): number {
  const q = ctx.isPunct(e, ',') ? e + 1 : e;
  if (ctx.keyAt(q) !== 'nhiệm' || ctx.keyAt(q + 1) !== 'kỳ') return e;
  return qualifierEnd(ctx, e) || e;
}

/** A plenum's number: one or two digits. */
const plenumNumber = (ctx: BlockCtx, q: number): boolean => ctx.tok(q)?.kind === NUM && /^\d{1,2}$/.test(ctx.tokens[q]!.s);

/** Words naming whose congress it was: "Đảng", "Đảng bộ tỉnh", "Đảng toàn quốc", "đại biểu toàn quốc". */
const CONGRESS_WORDS = new Set(['đảng', 'bộ', 'toàn', 'quốc', 'đại', 'biểu', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'đoàn']);

/**
 * Party resolutions by session: "Trung ương 4 khóa XI, XII", "Hội nghị Trung ương 5, Khóa XII",
 * "Trung ương 8 (Khóa XI)", "Đại hội XIII", "Đại hội Đảng toàn quốc lần thứ XII", "Đại hội Đảng bộ
 * tỉnh nhiệm kỳ 2015 – 2020". Returns the end or 0.
 */
function sessionEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  const plenum = plenumEnd(ctx, e);
  if (plenum > 0) return plenum;
  if (ctx.keyAt(e) === 'hội' && ctx.keyAt(e + 1) === 'nghị' && ctx.keyAt(e + 2) === 'trung') e += 2;
  // "Trung ương 4", or its abbreviation "TƯ 4" / "TW 4" / "T.Ư 4".
  const dotted = ctx.tok(e)?.s === 'T' && ctx.isPunct(e + 1, '.') && (ctx.tok(e + 2)?.s === 'Ư' || ctx.tok(e + 2)?.s === 'W') && !ctx.tokens[e + 1]!.sp && !ctx.tokens[e + 2]!.sp;
  if (dotted) e += 2;
  const abbreviated = (dotted || ctx.tok(e)?.s === 'TƯ' || ctx.tok(e)?.s === 'TW') && ctx.tok(e + 1)?.kind === NUM;
  if ((ctx.keyAt(e) === 'trung' && ctx.keyAt(e + 1) === 'ương') || abbreviated) {
    e += abbreviated ? 1 : 2;
    if (!plenumNumber(ctx, e)) return 0;
    e++;
    // "Trung ương 4, 5, 6 khóa XII", "Trung ương 4 và 5": several plenums of one term.
    let more = e;
    while ((ctx.isPunct(more, ',') || ctx.keyAt(more) === 'và') && plenumNumber(ctx, more + 1)) more += 2;
    const listed = more > e ? qualifierEnd(ctx, more) : 0;
    if (listed > 0) return listed;
    return qualifierEnd(ctx, e) || e;
  }
  if (ctx.keyAt(e) !== 'đại' || ctx.keyAt(e + 1) !== 'hội') return 0;
  e += 2;
  const direct = qualifierEnd(ctx, e);
  if (direct) return termAfter(ctx, direct);
  // Whose congress: a few words, or a place after a unit ("Đảng bộ tỉnh Yên Bái").
  let q = e;
  while (q < ctx.n && q - e < 6) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD || !(CONGRESS_WORDS.has(t.k) || (t.cap && q > e))) break;
    q++;
  }
  const whose = q > e ? qualifierEnd(ctx, q) : 0;
  return whose ? termAfter(ctx, whose) : 0;
}

/** A law's name in words: "Ngân sách Nhà nước", "hoạt động giám sát của Quốc hội và HĐND", "Đất đai 2013". */
function lawNameEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  let words = 0;
  while (e < ctx.n && words < 16) {
    const t = ctx.tokens[e]!;
    if (t.kind === WORD) {
      // "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "… của người nước ngoài tại Việt Nam": whom the law rules, to their country.
      const whom = t.k === 'của' && words > 0 ? ofWhomToPlaceEnd(ctx, e + 1) : 0;
      if (whom > 0) {
        e = whom;
        break;
      }
      // "… giám sát của Quốc hội và HĐND" names whose law; "… của Mỹ" only says which country's.
      if ((t.k === 'của' || t.k === 'và') && words > 0 && isCapWord(ctx, e + 1) && !DOC_HEADS.match(ctx.keys, e + 1) && !(t.k === 'của' && COUNTRIES.match(ctx.keys, e + 1) > 0)) {
        e++;
        continue;
      }
      // "Luật Hôn nhân và gia đình", "Luật Phí và lệ phí": "và" and a lower-case content word that is no document ("và nghị định").
      const next = ctx.tok(e + 1);
      // A short name only ("Luật Viên chức và đặc biệt là …" goes on as a clause).
      const nextKey = next?.kind === WORD ? `${next.k} ${ctx.keyAt(e + 2)}` : '';
      // "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân": "và" and lower-case words up to another body.
      const toBody = t.k === 'và' && words > 0 && next?.kind === WORD && !next.cap ? lowerToBodyEnd(ctx, e + 1) : 0;
      if (toBody > 0) {
        words += toBody - e - 1;
        e = toBody;
        continue;
      }
      if (t.k === 'và' && words > 0 && words <= 2 && next?.kind === WORD && !next.cap && !DOC_STOP.has(next.k) && !LAW_NAME_STOP.has(next.k) && DOC_HEADS.match(ctx.keys, e + 1) === 0 && !STOPWORDS.has(next.k) && !STOPWORDS.has(nextKey) && !CLAUSE_AFTER_AND.has(nextKey)) {
        e++;
        continue;
      }
      if (t.title && words > 0 && TIME_STARTERS.has(t.k)) break; // "… Luật Cảnh vệ Chiều nay": a lost full stop
      // "Luật BHYT Lộ trình tăng giá …": a name in capitals is whole; a title-case word after it opens a lost heading's next sentence.
      // A country or place goes on ("Hiến pháp nước CHXHCN Việt Nam").
      if (t.title && words > 0 && ctx.tokens[e - 1]!.acr && !ctx.tokens[e - 1]!.title && COUNTRIES.match(ctx.keys, e) === 0 && PLACES.match(ctx.keys, e) === 0) break;
      // "… giám sát của các cơ quan", and first "Luật các Tổ chức tín dụng" (a law's name in words).
      const plural = (t.k === 'các' || t.k === 'những') && ctx.isWord(e + 1) && !DOC_STOP.has(ctx.tokens[e + 1]!.k);
      if (plural && (words > 0 ? !ctx.tokens[e + 1]!.cap : ctx.tokens[e + 1]!.cap)) {
        e++;
        continue;
      }
      // "Đạo luật về Tự do Thông tin": "về" and a capitalised subject name the law.
      if (t.k === 'về' && words === 0 && isCapWord(ctx, e + 1)) {
        e++;
        continue;
      }
      if (t.k === 'năm' && /^\d{4}$/.test(ctx.tok(e + 1)?.s ?? '')) {
        e += 2;
        break;
      }
      // "Luật Đầu tư theo phương thức đối tác công tư": the way is part of the law's name.
      const means = words > 0 ? byMeansLen(ctx, e, true) : 0;
      if (means > 0) {
        e += means;
        continue;
      }
      // "Luật Người có công": "có công" (people of merit) is a noun, not "has".
      const ofMerit = t.k === 'có' && ctx.keyAt(e + 1) === 'công';
      // A set phrase may hold a function word ("dân chủ ở cơ sở").
      const phrase = setPhraseLen(ctx, e);
      if (phrase > 0) {
        e += phrase;
        words += phrase;
        continue;
      }
      if (!t.cap && DOC_STOP.has(t.k) && !(t.k === 'quy' && ctx.keyAt(e + 1) !== 'định') && !ofMerit && !COMPOUNDS.has(`${ctx.keyAt(e - 1)} ${t.k}`)) break;
      if (!t.cap && LAW_NAME_STOP.has(t.k) && !COMPOUND_SECOND.has(`${ctx.keyAt(e - 1)} ${t.k}`)) break;
      if (ofMerit) {
        e += 2;
        words += 2;
        // "người có công với cách mạng": the whole set phrase.
        if (ctx.keyAt(e) === 'với' && ctx.keyAt(e + 1) === 'cách' && ctx.keyAt(e + 2) === 'mạng') e += 3;
        continue;
      }
      // "Luật Du lịch sửa đổi": without brackets the amendment is said of the law, not part of its name.
      if (words > 0 && t.k === 'sửa' && ctx.keyAt(e + 1) === 'đổi') break;
      if (t.cap && words > 0 && DOC_HEADS.match(ctx.keys, e) > 0) break;
      e++;
      words++;
      continue;
    }
    if (t.kind === NUM && /^\d{4}$/.test(t.s)) {
      e++;
      break;
    }
    // "Luật Phòng, chống bệnh truyền nhiễm", "sửa đổi, bổ sung".
    const half = `${ctx.keyAt(e + 1)} ${ctx.keyAt(e + 2)}`;
    if (t.s === ',' && words > 0 && (COMMA_HALVES.has(ctx.keyAt(e + 1) ?? '') || COMMA_HALVES.has(half) || half === 'bổ sung')) {
      e++;
      continue;
    }
    // "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ": a list of what the law rules, closed by "và" and its last item.
    if (t.s === ',' && words > 1) {
      const tail = listTailEnd(ctx, e, j, DOC_STOP);
      if (tail > 0) {
        e = tail;
        break;
      }
    }
    // "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam": a last item that whom-to-where closes.
    if (t.s === ',' && words > 0 && ctx.tokens.slice(j, e).some((u) => u.s === ',')) {
      let q = e + 1;
      while (q < e + 3 && ctx.isWord(q) && !ctx.tokens[q]!.cap && !DOC_STOP.has(ctx.tokens[q]!.k)) q++;
      const whom = q > e + 1 && ctx.keyAt(q) === 'của' ? ofWhomToPlaceEnd(ctx, q + 1) : 0;
      if (whom > 0) {
        e = whom;
        break;
      }
    }
    // "Luật Khám bệnh, chữa bệnh", "Luật Xuất nhập cảnh, xuất cảnh, quá cảnh": parallel halves that end in the same syllable.
    if (t.s === ',' && words > 0 && parallelHalf(ctx, e)) {
      e += 3;
      words += 2;
      continue;
    }
    if (t.kind === PUNCT && '-–'.includes(t.s) && (isCapWord(ctx, e + 1) || dashCompound(ctx, e)) && words > 0) {
      e++;
      continue;
    }
    break;
  }
  while (e > j && (ctx.tokens[e - 1]!.k === 'của' || ctx.tokens[e - 1]!.k === 'và' || ctx.tokens[e - 1]!.kind === PUNCT)) e--;
  return e > j ? amendmentEnd(ctx, e) : 0;
}

/**
 * After the comma at e, two lower-case words that repeat a syllable of the two before the comma: the
 * last ("khám bệnh, chữa bệnh") or the first ("tạm giữ, tạm giam").
 */
function parallelHalf(ctx: BlockCtx, e: number): boolean {
  const a = ctx.tok(e + 1);
  const b = ctx.tok(e + 2);
  if (!a || !b || a.kind !== WORD || b.kind !== WORD || a.cap || b.cap || DOC_STOP.has(a.k)) return false;
  // "Luật Đất đai, đất đai thuộc …": the same word again opens the clause.
  if (b.k === ctx.keyAt(e - 1) && a.k !== b.k && a.k !== ctx.keyAt(e - 2)) return true;
  return a.k === ctx.keyAt(e - 2) && b.k !== ctx.keyAt(e - 1) && !DOC_STOP.has(b.k) && ctx.isWord(e - 2) && !ctx.tokens[e - 2]!.cap;
}

/** Lower-case words (up to five, "tại"/"ở" among them) from q through to a country or a place; returns the end of the place, or 0. */
function ofWhomToPlaceEnd(ctx: BlockCtx, q0: number): number {
  let q = q0;
  while (q < ctx.n && q - q0 < 5 && ctx.isWord(q) && !ctx.tokens[q]!.cap && (!DOC_STOP.has(ctx.tokens[q]!.k) || ((ctx.tokens[q]!.k === 'tại' || ctx.tokens[q]!.k === 'ở') && q > q0))) q++;
  if (q === q0 || !isCapWord(ctx, q)) return 0;
  const place = Math.max(COUNTRIES.match(ctx.keys, q), PLACES.match(ctx.keys, q));
  return place > 0 ? q + place : 0;
}

/** One or two lower-case content words then a body's name ("đại biểu Hội đồng nhân dân"); returns the index of the body's first word, or 0. */
function lowerToBodyEnd(ctx: BlockCtx, q0: number): number {
  let q = q0;
  while (q < ctx.n && q - q0 < 2 && ctx.isWord(q) && !ctx.tokens[q]!.cap && !DOC_STOP.has(ctx.tokens[q]!.k) && !STOPWORDS.has(ctx.tokens[q]!.k)) q++;
  return q > q0 && isCapWord(ctx, q) && ctx.headLen[q]! > 0 ? q : 0;
}

/** "Luật Đất đai (sửa đổi)", "(sửa đổi, bổ sung)": the amendment mark belongs to the name. */
function amendmentEnd(ctx: BlockCtx, e: number): number {
  if (!ctx.isPunct(e, '(')) return datedAmendmentEnd(ctx, e);
  let q = e + 1;
  if (ctx.keyAt(q) !== 'sửa' || ctx.keyAt(q + 1) !== 'đổi') return e;
  q += 2;
  if (ctx.isPunct(q, ',') && ctx.keyAt(q + 1) === 'bổ' && ctx.keyAt(q + 2) === 'sung') q += 3;
  // "(sửa đổi, bổ sung năm 2017)": the year of the amendment inside the mark.
  if (ctx.keyAt(q) === 'năm' && isYearAt(ctx, q + 1)) q += 2;
  if (!ctx.isPunct(q, ')')) return e;
  q++;
  // "Luật BHXH (sửa đổi) năm 2014": the year of the amended law follows the mark.
  if (ctx.keyAt(q) === 'năm' && isYearAt(ctx, q + 1)) return q + 2;
  return isYearAt(ctx, q) ? q + 1 : q;
}

/**
 * "Bộ luật Hình sự năm 1999, sửa đổi, bổ sung năm 2009", "… sửa đổi bổ sung năm 2009": an amendment
 * mark without brackets belongs to the law only with its year ("Luật Du lịch sửa đổi" says the law
 * is being amended). Returns the end after the year, or e.
 */
function datedAmendmentEnd(ctx: BlockCtx, e: number): number {
  let q = ctx.isPunct(e, ',') ? e + 1 : e;
  if (ctx.keyAt(q) !== 'sửa' || ctx.keyAt(q + 1) !== 'đổi') return e;
  q += 2;
  if (ctx.isPunct(q, ',')) q++;
  if (ctx.keyAt(q) === 'bổ' && ctx.keyAt(q + 1) === 'sung') q += 2;
  return ctx.keyAt(q) === 'năm' && isYearAt(ctx, q + 1) ? q + 2 : e;
}

/**
 * "sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng": an amending law or decree is named
 * by the document it amends. Returns the end of that document, or 0.
 */
function amendingEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  if (ctx.keyAt(e) !== 'sửa' || ctx.keyAt(e + 1) !== 'đổi') return 0;
  e += 2;
  if (ctx.isPunct(e, ',') || ctx.keyAt(e) === 'và') e++;
  if (ctx.keyAt(e) === 'bổ' && ctx.keyAt(e + 1) === 'sung') e += 2;
  if (ctx.keyAt(e) === 'một' && ctx.keyAt(e + 1) === 'số') e += 2;
  if (ctx.keyAt(e) !== 'điều' || ctx.keyAt(e + 1) !== 'của') return 0;
  const counted = countedLawsEnd(ctx, e + 2);
  if (counted > 0) return counted;
  const inner = documentAt(ctx, e + 2);
  if (!inner) return 0;
  // "… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": every law it amends is in its name.
  let end = inner.j;
  for (;;) {
    const sep = ctx.tok(end);
    if (!sep || !(sep.s === ',' || sep.k === 'và') || !isCapWord(ctx, end + 1) || !LAW_HEADS.has(ctx.tokens[end + 1]!.k === 'bộ' ? 'bộ luật' : ctx.tokens[end + 1]!.k)) return end;
    const next = documentAt(ctx, end + 1);
    if (!next) return end;
    end = next.j;
  }
}

/** "37 luật có liên quan đến quy hoạch": the laws an omnibus law amends, counted. Returns the end, or 0. */
function countedLawsEnd(ctx: BlockCtx, q0: number): number {
  if (ctx.tok(q0)?.kind !== NUM || ctx.keyAt(q0 + 1) !== 'luật') return 0;
  let q = q0 + 2;
  if (ctx.keyAt(q) === 'có') q++;
  if (ctx.keyAt(q) !== 'liên' || ctx.keyAt(q + 1) !== 'quan' || ctx.keyAt(q + 2) !== 'đến') return q0 + 2;
  q += 3;
  const start = q;
  // "quy hoạch": "quy" stops a name only as the verb "quy định".
  while (q < start + 4 && ctx.isWord(q) && !ctx.tokens[q]!.cap && (!DOC_STOP.has(ctx.tokens[q]!.k) || (ctx.tokens[q]!.k === 'quy' && ctx.keyAt(q + 1) !== 'định'))) q++;
  return q > start ? q : q0 + 2;
}

/**
 * Pairs of two-syllable words a comma joins into one item of a title ("phòng cháy, chữa cháy",
 * "cơ chế, chính sách", "xây dựng, phát triển"), as "first|second"; mined from the corpus's most
 * frequent "A B, C D" pairs and the pairs of legal titles.
 */
const COMMA_PAIRS: ReadonlySet<string> = new Set(
  [
    'phòng cháy|chữa cháy', 'khám bệnh|chữa bệnh', 'thanh tra|kiểm tra', 'kiểm tra|giám sát', 'quản lý|giám sát', 'giám sát|phản biện',
    'cơ chế|chính sách', 'chính sách|pháp luật', 'chất lượng|hiệu quả', 'hiệu lực|hiệu quả', 'tổ chức|cá nhân', 'cá nhân|tổ chức', 'cơ quan|tổ chức', 'cơ quan|đơn vị',
    'công chức|viên chức', 'sản xuất|kinh doanh', 'đầu tư|kinh doanh', 'đầu tư|tài chính', 'tài chính|ngân sách', 'tài chính|tiền tệ',
    'kinh tế|thương mại', 'an ninh|trật tự', 'công khai|minh bạch', 'bồi thường|hỗ trợ', 'tuyên truyền|vận động', 'sửa đổi|bổ sung',
    'xây dựng|phát triển', 'xây dựng|hoàn thiện', 'quản lý|sử dụng', 'khai thác|sử dụng', 'sắp xếp|đổi mới', 'đào tạo|bồi dưỡng',
    'bảo tồn|phát huy', 'bảo vệ|phát triển', 'nghiên cứu|ứng dụng', 'tổ chức|hoạt động',
  ],
);

/** "về tổ chức chính quyền đô thị tại TPHCM": a subject after "về". */
function subjectEnd(ctx: BlockCtx, j: number, lenient = false, regulates = false): number {
  // `regulates`: j is "định" of "quy định" ("Nghị định quy định một số cơ chế …"), whose own subject may hold one "về".
  if (ctx.keyAt(j) !== 'về' && !regulates) return 0;
  let e = j + 1;
  let words = 0;
  let innerAbout = regulates;
  while (e < ctx.n && words < 20) {
    const t = ctx.tokens[e]!;
    // "quy định một số cơ chế đặc thù về đầu tư …": what the mechanisms are about, inside the title.
    if (innerAbout && words >= 2 && t.k === 'về' && ctx.isWord(e + 1) && !ctx.tokens[e + 1]!.cap && !DOC_STOP.has(ctx.tokens[e + 1]!.k)) {
      innerAbout = false;
      e++;
      continue;
    }
    // "về quản lý chất thải rắn, nước thải và khí thải": a list closes the subject.
    if (t.s === ',' && words >= 1) {
      // "phòng, chống tham nhũng", "khiếu nại, tố cáo": the halves of one compound.
      if (COMMA_HALVES.has(ctx.keyAt(e + 1) ?? '') || COMMA_HALVES.has(`${ctx.keyAt(e + 1)} ${ctx.keyAt(e + 2)}`)) {
        e++;
        continue;
      }
      // "phòng cháy, chữa cháy", "cơ chế, chính sách", "xây dựng, phát triển": two words a comma pairs as one.
      if (ctx.isWord(e + 2) && COMMA_PAIRS.has(`${ctx.keyAt(e - 2)} ${ctx.keyAt(e - 1)}|${ctx.keyAt(e + 1)} ${ctx.keyAt(e + 2)}`)) {
        e += 3;
        words += 2;
        continue;
      }
      const tail = listTailEnd(ctx, e, j + 1, DOC_STOP);
      // "… báo nói, báo hình và báo điện tử độc lập với cơ quan báo chí": the list's last item goes on with "với".
      if (tail > 0 && ctx.keyAt(tail) === 'với' && TAKES_WITH.has(`${ctx.keyAt(tail - 2)} ${ctx.keyAt(tail - 1)}`)) {
        words++;
        e = tail + 1;
        continue;
      }
      if (tail > 0) return tail + settingTailLen(ctx, tail);
    }
    // A treaty's subject stays strict: its names run long and are often shortened mid-phrase.
    const inside = lenient && (words > 0 || regulates) ? subjectFunctionWords(ctx, e) : 0;
    if (inside > 0) {
      e += inside;
      words += inside;
      continue;
    }
    if (words > 0 && dashCompound(ctx, e)) {
      e++;
      continue;
    }
    const phrase = setPhraseLen(ctx, e);
    if (phrase > 0) {
      e += phrase;
      words += phrase;
      continue;
    }
    // "… toàn diện ASEAN - Trung Quốc": the parties' names either side of a dash.
    if (words > 0 && ctx.isPunct(e, '-–') && isCapWord(ctx, e - 1) && isCapWord(ctx, e + 1)) {
      e++;
      continue;
    }
    // "về phương hướng phát triển kinh tế - xã hội 5 năm 2021-2025": the period closes the subject.
    if (t.kind === NUM && words >= 2) {
      const counted = countedPeriodEnd(ctx, e);
      if (counted > 0) return counted;
    }
    // "về chuyển doanh nghiệp 100% vốn nhà nước thành …": a share that qualifies the next noun stays inside.
    if (t.kind === NUM && words >= 1 && ctx.isPunct(e + 1, '%') && ctx.isWord(e + 2) && !ctx.tokens[e + 2]!.cap && !DOC_STOP.has(ctx.tokens[e + 2]!.k) && !AMOUNT_VERBS.has(ctx.keyAt(e - 1) ?? '')) {
      e += 2;
      words++;
      continue;
    }
    if (t.kind !== WORD) break;
    if ((t.k === 'tại' || t.k === 'ở' || t.k === 'của') && isCapWord(ctx, e + 1)) {
      e++;
      continue;
    }
    // "… của thành phố Hải Phòng", "… tại tỉnh Quảng Ninh": whose or where, a place's kind in lower case and its name.
    if ((t.k === 'của' || t.k === 'tại') && words > 0) {
      const place = ofWhomToPlaceEnd(ctx, e + 1);
      if (place > 0) return place;
    }
    // "về xử lý nợ xấu của các tổ chức tín dụng", "về quyền của người khuyết tật": whose, in words.
    if (t.k === 'của' && (ctx.keyAt(e + 1) === 'các' || ctx.keyAt(e + 1) === 'những' || ctx.keyAt(e + 1) === 'người') && ctx.isWord(e + 2) && !ctx.tokens[e + 2]!.cap && !DOC_STOP.has(ctx.tokens[e + 2]!.k) && !AMOUNT_VERBS.has(ctx.keyAt(e - 1) ?? '')) {
      e += 2;
      continue;
    }
    // "về các giải pháp …": a plural before the subject's first noun.
    if (words === 0 && (t.k === 'các' || t.k === 'những') && ctx.isWord(e + 1) && !ctx.tokens[e + 1]!.cap && !DOC_STOP.has(ctx.tokens[e + 1]!.k)) {
      e++;
      continue;
    }
    // "về hỗ trợ và phát triển doanh nghiệp", "về lưu chiểu đối với báo nói": "và" before another content word, "đối với".
    // "độc lập với cơ quan báo chí", "thích ứng với biến đổi khí hậu": "với" after a word that takes it.
    const joins = (t.k === 'và' && words > 0 && ctx.isWord(e + 1) && !ctx.tokens[e + 1]!.cap && !DOC_STOP.has(ctx.tokens[e + 1]!.k)) || (t.k === 'với' && (ctx.keyAt(e - 1) === 'đối' || TAKES_WITH.has(`${ctx.keyAt(e - 2)} ${ctx.keyAt(e - 1)}`)));
    if (joins) {
      e++;
      continue;
    }
    // "Chỉ thị về triển khai Nghị quyết số 35/NQ-CP": a document inside the subject is marked on its own;
    // "Nghị quyết về Chương trình giám sát của Quốc hội năm 2018": a head that names no document here is the subject's own word.
    const innerHead = t.cap ? DOC_HEADS.match(ctx.keys, e) : 0;
    if (innerHead > 0) {
      // A legislature's yearly programme is the resolution's own subject ("Nghị quyết về Chương trình giám sát … năm 2019").
      if (documentInside(ctx, e) && !(ctx.keyAt(e) === 'chương' && ctx.keyAt(e + 1) === 'trình' && yearlyProgrammeEnd(ctx, e + 2) > 0)) return 0;
      e += innerHead; // "Chương trình": its second syllable is no clause word
      words += innerHead;
      continue;
    }
    // "về kế hoạch phát triển kinh tế - xã hội năm 2018": the year closes the subject.
    if (t.k === 'năm' && words >= 2 && isYearAt(ctx, e + 1)) return e + 2;
    // "về phát triển tỉnh đến năm 2030[, tầm nhìn đến năm 2045]": the period closes the subject.
    // "… trung hạn giai đoạn 2016-2020": so does a stage's years.
    if ((t.k === 'đến' || (t.k === 'giai' && ctx.keyAt(e + 1) === 'đoạn')) && words >= 2) {
      const period = periodEnd(ctx, e);
      if (period > 0) return period;
    }
    // "về tái cơ cấu nền kinh tế theo hướng nâng cao chất lượng": the direction is part of the subject.
    if (words >= 2 && towardsAt(ctx, e)) {
      e += 2;
      continue;
    }
    // "về đầu tư theo hình thức đối tác công tư": the way, like the direction.
    const means = words >= 1 ? byMeansLen(ctx, e) : 0;
    if (means > 0) {
      e += means;
      continue;
    }
    // "giải quyết vấn đề trên biển": at sea, on land, online — where, not a clause's preposition.
    if (t.k === 'trên' && words > 0 && SETTINGS_ON.has(ctx.keyAt(e + 1) ?? '')) {
      e += 2;
      words += 2;
      continue;
    }
    // "về quy hoạch …", "về quy chế …", "về quy trình …": only "quy định" (regulate) is the clause's verb.
    if (!t.cap && DOC_STOP.has(t.k) && !(t.k === 'quy' && ctx.keyAt(e + 1) !== 'định') && !COMPOUNDS.has(`${ctx.keyAt(e - 1)} ${t.k}`)) break;
    e++;
    words++;
  }
  return words >= 2 ? e : 0;
}

/** Words that take "với" inside a title: "độc lập với", "thích ứng với", "ứng phó với", "gắn kết với", "tương thích với". */
const TAKES_WITH = new Set(['độc lập', 'thích ứng', 'ứng phó', 'gắn kết', 'tương thích', 'phù hợp']);

/** Verbs before a document that name it ("ban hành Nghị định …", "dự thảo Nghị định …"), not a clause whose subject it is. */
const NAMING_VERBS = new Set(['ban hành', 'dự thảo', 'thông qua', 'xây dựng', 'soạn thảo', 'trình']);
const namedByVerb = (ctx: BlockCtx, i: number): boolean => i >= 1 && (ctx.keyAt(i - 1) === 'trình' || (i >= 2 && NAMING_VERBS.has(`${ctx.keyAt(i - 2)} ${ctx.keyAt(i - 1)}`)));

/** A document of its own at e ("Nghị quyết số 35/NQ-CP", "Quy chế tuyển sinh …"); a head no rule bounds ("Chương trình giám sát") is none. */
const documentInside = (ctx: BlockCtx, e: number): boolean => documentAt(ctx, e) !== null;

/** Settings after "trên" that stay inside a subject: "trên biển", "trên bộ", "trên không", "trên mạng". */
const SETTINGS_ON = new Set(['biển', 'bộ', 'không', 'mạng']);
/** Settings after "trong" that stay inside a subject: "trong lĩnh vực …", "trong tình hình mới". */
const SUBJECT_SETTINGS = new Set(['lĩnh vực', 'tình hình']);

/**
 * Function words that stand inside a subject rather than end it: "một số" (some), "các"/"những"
 * before a noun ("cán bộ các cấp"), "quy" of "quy hoạch", "trong lĩnh vực …". Returns how many
 * tokens to take at e, or 0.
 */
function subjectFunctionWords(ctx: BlockCtx, e: number): number {
  const k = ctx.keyAt(e);
  const next = ctx.tok(e + 1);
  const noun = !!next && next.kind === WORD && !next.cap && !DOC_STOP.has(next.k);
  if (k === 'một' && ctx.keyAt(e + 1) === 'số' && ctx.isWord(e + 2) && !ctx.tokens[e + 2]!.cap) return 2;
  if ((k === 'các' || k === 'những') && noun) return 1;
  if (k === 'quy' && next?.kind === WORD && next.k !== 'định') return 1;
  if (k === 'trong' && SUBJECT_SETTINGS.has(`${ctx.keyAt(e + 1)} ${ctx.keyAt(e + 2)}`)) return 3;
  // "… trong thời kỳ mới", "… trong giai đoạn hiện nay": the time a subject is set in.
  if (k === 'trong') return settingTailLen(ctx, e);
  // "hỗ trợ cho cán bộ …", "phụ cấp cho …": whom a support is for ("cho phép", "cho biết" are verbs).
  if (k === 'cho' && noun && !CHO_VERBS.has(next.k) && SUPPORT_ENDS.has(ctx.keyAt(e - 1) ?? '')) return 1;
  // "cán bộ không chuyên trách": part-time, an adjective.
  if (k === 'không' && ctx.keyAt(e + 1) === 'chuyên' && ctx.keyAt(e + 2) === 'trách') return 3;
  // "về những điều đảng viên không được làm": what members must not do, the rules' own words.
  if (k === 'không' && ctx.keyAt(e + 1) === 'được' && ctx.keyAt(e + 2) === 'làm' && ctx.keyAt(e + 3) !== 'gì') return 3;
  // "ở xã", "ở cơ sở", "ở nông thôn": where, a level in lower case.
  if (k === 'ở' && LEVELS.has(next?.k ?? '')) return 1;
  return 0;
}

const CHO_VERBS = new Set(['phép', 'biết', 'rằng', 'thấy', 'là', 'hay', 'nên']);
/** Last syllables of words of support: "hỗ trợ", "ưu đãi", "trợ cấp", "phụ cấp", "mức chi". */
const SUPPORT_ENDS = new Set(['trợ', 'đãi', 'cấp', 'chi']);
const LEVELS = new Set(['xã', 'cơ', 'cấp', 'địa', 'nông', 'đô', 'miền', 'vùng', 'thôn', 'bản', 'huyện', 'tỉnh']);

/** Verbs before a percentage that make it an amount the clause states ("thuế tăng 10% so với …"), not a share inside a name. */
const AMOUNT_VERBS = new Set(['tăng', 'giảm', 'đạt', 'chiếm', 'còn', 'lên', 'xuống', 'hơn', 'gần', 'khoảng', 'trên', 'dưới']);

/** A function word ends a treaty's name, but "về", "và" and "tự do" ("free trade") stand inside one. */
function stopsTreaty(ctx: BlockCtx, q: number): boolean {
  const k = ctx.tokens[q]!.k;
  if (k === 'về') return false;
  // "ứng xử ở Biển Đông": where, before a capitalised place.
  if (k === 'ở') return !isCapWord(ctx, q + 1);
  // "Hữu nghị và Hợp tác", "Công ước của Liên hợp quốc": "và", "của" before a capitalised word; before a lower-case word the clause goes on.
  // "Hiệp định … và Thỏa thuận …": "và" before another document's head joins two documents, not one name.
  // "Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương": "và" before a lower-case content word, inside a run that reaches a capital.
  if (k === 'và' && ctx.isWord(q + 1) && !ctx.tokens[q + 1]!.cap && !DOC_STOP.has(ctx.tokens[q + 1]!.k) && !CLAUSE_AFTER_AND.has(`${ctx.tokens[q + 1]!.k} ${ctx.keyAt(q + 2)}`)) return false;
  if (k === 'và' || k === 'của') return !isCapWord(ctx, q + 1) || (k === 'và' && DOC_HEADS.match(ctx.keys, q + 1) > 0);
  if (k === 'do' && ctx.keyAt(q - 1) === 'tự') return false;
  return DOC_STOP.has(k);
}

/** Lower-case content words from q (at most eight) then a year ("năm 1961", "2015"); returns the end after the year, or 0. */
function subjectYearEnd(ctx: BlockCtx, q0: number): number {
  let q = q0;
  while (q < ctx.n && q - q0 < 8 && ctx.tokens[q]!.kind === WORD && !ctx.tokens[q]!.cap && !(DOC_STOP.has(ctx.tokens[q]!.k) && ctx.tokens[q]!.k !== 'năm')) {
    if (ctx.tokens[q]!.k === 'năm' && isYearAt(ctx, q + 1)) return q > q0 ? q + 2 : 0;
    q++;
  }
  return q > q0 && isYearAt(ctx, q) ? q + 1 : 0;
}

/**
 * Lower-case words from q through to a capitalised word within `max` words ("hòa bình Minsk",
 * "tự do Việt Nam", "về Luật Biển"); returns the capital's index, or 0. A title ("và hoan nghênh
 * Thủ tướng …") or a time word is no part of a name.
 */
function lowerRunToName(ctx: BlockCtx, q0: number, max: number): number {
  let q = q0;
  while (q < ctx.n && q - q0 < max && ctx.tokens[q]!.kind === WORD && !ctx.tokens[q]!.cap && !stopsTreaty(ctx, q)) q++;
  if (q === q0 || !isCapWord(ctx, q) || TIME_STARTERS.has(ctx.tokens[q]!.k) || ctx.titleLen[q]! > 0) return 0;
  return q;
}

/**
 * A treaty's name: "Thương mại tự do Việt Nam-EU", "Paris 2015", "Hữu nghị và Hợp tác Việt Nam -Lào",
 * "về Quy chế biên giới quốc gia Việt Nam -Lào", "Liên hợp quốc về Luật Biển", "hòa bình Minsk".
 * Starts with a capital (or "về" and a capital, or up to four lower-case words and a capital);
 * lower-case words go on only before another capital; a pair of parties ("Việt Nam - EU") or a year
 * ends it; else it ends after a few of its own nouns. Returns the end or 0.
 */
function treatyNameEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  if (ctx.keyAt(e) === 'về') e++;
  if (!isCapWord(ctx, e)) {
    if (e > j) return 0;
    e = lowerRunToName(ctx, e, 4);
    if (e === 0) return 0;
  }
  let end = 0;
  let paired = false;
  while (e < ctx.n) {
    const t = ctx.tokens[e]!;
    if (t.kind === WORD) {
      // "Hội nghị Bộ trưởng Ngoại giao ASEAN": a title right after a meeting's word is whose meeting it is.
      // A person's name after the title ("Hội nghị Thủ tướng Nguyễn …") is the meeting's host, not its kind.
      if (end > 0 && MEETINGS.has(`${ctx.keyAt(e - 1)} ${t.k}`) && ctx.tok(e + 1)?.cap && ctx.titleLen[e + 1]! > 0 && !ctx.nameEnd[e + 1 + ctx.titleLen[e + 1]!]) {
        e += 1 + ctx.titleLen[e + 1]!;
        end = e;
        continue;
      }
      if (t.cap) {
        if (end > 0 && (TIME_STARTERS.has(t.k) || (t.title && STOPWORDS.has(t.k)) || ctx.titleLen[e]! > 0)) break;
        end = ++e;
        continue;
      }
      // "Hiệp định Paris năm 1973": the year after a name of title-case words closes it, as a bare year does ("Paris 2015").
      // A subject after "về" ("về Luật Biển năm 1982") keeps the year out, as before.
      if (t.k === 'năm' && end === e && isYearAt(ctx, e + 1) && ctx.tokens[e - 1]!.title && allCaps(ctx, j, e)) return e + 2;
      const q = lowerRunToName(ctx, e, 8);
      if (q > 0) {
        e = q;
        continue;
      }
      // "Công ước Viên về quan hệ ngoại giao năm 1961": a subject in words that a year closes.
      const dated = t.k === 'về' ? subjectYearEnd(ctx, e + 1) : 0;
      if (dated > 0) return dated;
      // "Việt Nam - EU giúp tăng cường …": the pair of parties closed the name.
      if (paired) return end;
      // "Liên hợp quốc", "Quyền trẻ em": a lone capitalised syllable goes on in lower case for a word or two;
      // after a whole name ("Bắc Kinh chống tham nhũng") the clause goes on.
      if (isCapWord(ctx, end - 2)) return end;
      while (e < ctx.n && e - end < 2 && ctx.tokens[e]!.kind === WORD && !ctx.tokens[e]!.cap && !(DOC_STOP.has(ctx.tokens[e]!.k) && !COMPOUNDS.has(`${ctx.keyAt(e - 1)} ${ctx.tokens[e]!.k}`)) && !LAW_NAME_STOP.has(ctx.tokens[e]!.k)) e++;
      // "Thương mại tự do": a compound's second syllable is never cut off.
      if (COMPOUNDS.has(`${ctx.keyAt(e - 1)} ${ctx.keyAt(e)}`)) e++;
      // "Công ước Liên hợp quốc về chống tham nhũng": a body's name in lower-case syllables, then what the treaty is about.
      // The year after it is when a party joined, as after "về Luật Biển": "… về chống tham nhũng năm 2009".
      if (e > end && ctx.keyAt(e) === 'về') {
        const subject = subjectEnd(ctx, e, true);
        if (subject === 0) return e;
        return ctx.keyAt(subject - 2) === 'năm' && isYearAt(ctx, subject - 1) ? subject - 2 : subject;
      }
      return e;
    }
    if (t.kind === NUM && /^\d{4}$/.test(t.s)) return e + 1;
    // "Giơ-ne-vơ": a name transliterated syllable by syllable, hyphens glued.
    if (t.s === '-' && !t.sp && end === e && ctx.isWord(e + 1) && !ctx.tokens[e + 1]!.sp && !ctx.tokens[e + 1]!.cap) {
      e += 2;
      end = e;
      continue;
    }
    if (t.kind === PUNCT && '-–'.includes(t.s) && isCapWord(ctx, e + 1)) {
      paired = true;
      e++;
      continue;
    }
    // "VPA/FLEGT": two short names joined by a slash.
    if (t.s === '/' && !t.sp && end === e && ctx.tok(e + 1)?.acr && !ctx.tokens[e + 1]!.sp) {
      e++;
      continue;
    }
    break;
  }
  return end;
}

/** Every word of [a, b) is capitalised (hyphens between them aside): a proper name only. */
function allCaps(ctx: BlockCtx, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (ctx.tokens[q]!.kind === WORD ? !ctx.tokens[q]!.cap : ctx.tokens[q]!.s !== '-') return false;
  return true;
}

/** "(gọi tắt là …)", "(sau đây gọi là …)", "(viết tắt là …)": the words that bring in a document's short name. */
function shortNameOpens(ctx: BlockCtx, q: number): boolean {
  const a = ctx.keyAt(q + 1);
  const b = ctx.keyAt(q + 2);
  return (a === 'gọi' && b === 'tắt') || (a === 'viết' && b === 'tắt') || (a === 'sau' && b === 'đây' && ctx.keyAt(q + 3) === 'gọi');
}

/**
 * "Công ước về bảo tồn các vùng đất ngập nước có tầm quan trọng quốc tế (gọi tắt là Công ước Ramsar)":
 * a name in words that the article then shortens runs to the bracket, function words and all (no
 * other punctuation but commas and dashes, no other document inside). Returns the end or 0.
 */
function shortNamedEnd(ctx: BlockCtx, j: number): number {
  for (let q = j; q < ctx.n && q < j + 25; q++) {
    const t = ctx.tokens[q]!;
    if (t.kind === PUNCT) {
      if (t.s === '(') return q > j + 1 && shortNameOpens(ctx, q) ? q : 0;
      if (t.s !== ',' && !'-–'.includes(t.s)) return 0;
    } else if (t.kind === WORD && t.cap && DOC_HEADS.match(ctx.keys, q) > 0) return 0;
  }
  return 0;
}

/** Declarations: a place's name, then often what they declare ("Tuyên bố Hà Nội về …", "Tuyên bố chung Lima về …"). */
const DECLARATIONS = new Set(['tuyên bố', 'tuyên bố chung', 'tuyên ngôn']);

/**
 * After a declaration's name (ending at e), its title goes on with "về" and what it declares when
 * the clause then ends or goes on with its verb. A name closed by its year ("Hiệp định Paris 2015 về
 * …" in the dev gold) keeps the subject out. Returns the end.
 */
function declarationTitleEnd(ctx: BlockCtx, e: number): number {
  if (ctx.keyAt(e) !== 'về' || isYearAt(ctx, e - 1)) return e;
  const end = subjectEnd(ctx, e);
  return end > 0 && clauseGoesOn(ctx, end) ? end : e;
}

/** Words for a meeting whose number follows its name: "Hội nghị cấp cao ASEAN lần thứ 30", "Diễn đàn … lần thứ hai". */
const MEETINGS = new Set(['hội nghị', 'đại hội', 'diễn đàn', 'hội thảo', 'thượng đỉnh']);

/**
 * "Tuyên bố chung Hội nghị cấp cao ASEAN lần thứ 30": a declaration named by a meeting (in [j, e)) keeps the
 * meeting's number, in digits, Roman numerals or words. Returns the end after it, or e.
 */
function meetingNumberEnd(ctx: BlockCtx, j: number, e: number): number {
  if (ctx.keyAt(e) !== 'lần' || ctx.keyAt(e + 1) !== 'thứ') return e;
  let met = false;
  for (let q = j; q + 1 < e && !met; q++) met = MEETINGS.has(`${ctx.keys[q]} ${ctx.keys[q + 1]}`);
  if (!met) return e;
  const q = e + 2;
  if ((ctx.tok(q)?.kind === NUM && /^\d{1,3}$/.test(ctx.tokens[q]!.s)) || isRoman(ctx, q)) return q + 1;
  let w = q;
  while (ORDINAL_WORDS.has(ctx.keyAt(w) ?? '') && w - q < 3) w++;
  return w > q ? w : e;
}

/** Words that open the clause after an issued title ("… về tổ chức nêu rõ: …"). */
const AFTER_TITLE = new Set(['nêu', 'được', 'đã', 'sẽ', 'có', 'là', 'thì', 'mà', 'nhằm', 'để', 'theo', 'ngày', 'này', 'đó', 'gồm']);

/**
 * "ban hành Quy chế phối hợp giữa … về tổ chức", "về việc ban hành Quy định quản lý, sử dụng hành
 * lang trên bờ sông, kênh, rạch …": a rule book's title after "ban hành" runs, commas and all, to
 * the end of the clause (".", ";", ":", brackets) or a word that opens the next. Returns the end or 0.
 */
function issuedTitleEnd(ctx: BlockCtx, i: number, j: number): number {
  if (i < 2 || ctx.keyAt(i - 2) !== 'ban' || ctx.keyAt(i - 1) !== 'hành') return 0;
  return clauseTitleEnd(ctx, j, false);
}

/**
 * "… về việc phê duyệt Đề án đầu tư, cải tạo các bệnh viện tuyến tỉnh, sử dụng vốn trái phiếu":
 * inside another document's title ("về việc phê duyệt/ban hành"), any document's title runs to the
 * end of the clause, commas and years included. Returns the end or 0.
 */
function quotedByTitleEnd(ctx: BlockCtx, i: number, j: number): number {
  if (i < 3) return 0;
  const verb = `${ctx.keyAt(i - 2)} ${ctx.keyAt(i - 1)}`;
  if (verb !== 'phê duyệt' && verb !== 'ban hành') return 0;
  const k = ctx.keyAt(i - 3);
  return k === 'việc' || k === 'về' ? clauseTitleEnd(ctx, j, true) : 0;
}

/** A title from j to the end of its clause; a number inside (a code, a date) bounds none, but a year may stand in one. */
function clauseTitleEnd(ctx: BlockCtx, j: number, years: boolean): number {
  let e = j;
  while (e < ctx.n && e - j < 60) {
    const t = ctx.tokens[e]!;
    // Commas and dashes stand inside a title, and so does a dot inside a word ("TP.HCM").
    const inWord = t.s === '.' && !t.sp && ctx.tok(e + 1)?.kind === WORD && !ctx.tokens[e + 1]!.sp;
    if (t.kind === PUNCT && t.s !== ',' && !'-–'.includes(t.s) && !inWord) break;
    if (t.s === ',' && isCapWord(ctx, e + 1) && DOC_HEADS.match(ctx.keys, e + 1) > 0) break; // ", Quy chế này …": the next sentence part
    // ", các tỉnh phải …", ", UBND tỉnh …": inside a sentence, a function word or a capital after a comma opens the main clause.
    // A body's name after a comma may stand in a list inside the title ("… giám sát của Quốc hội, Ủy ban Thường vụ Quốc hội").
    if (years && t.s === ',' && ctx.isWord(e + 1) && ((ctx.tokens[e + 1]!.cap && ctx.headLen[e + 1] === 0) || STOPWORDS.has(ctx.tokens[e + 1]!.k))) break;
    if (t.kind === WORD && !t.cap && AFTER_TITLE.has(t.k) && !(t.k === 'nêu' && ctx.keyAt(e + 1) === 'gương')) break; // "nêu gương": setting an example, a noun
    if (t.kind === NUM && !(years && isYearAt(ctx, e) && e > j)) return 0; // a number inside: a code or a date, no title this rule can bound
    e++;
  }
  while (e > j && ctx.tokens[e - 1]!.kind === PUNCT) e--;
  return e - j >= 2 && e - j < 60 ? e : 0;
}

/** "Quy chế làm việc của Tỉnh ủy", "Điều lệ Đảng": a rule book named by what it rules and whose it is. */
function rulebookEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  while (e < ctx.n && e - j < 5 && ctx.tokens[e]!.kind === WORD && !ctx.tokens[e]!.cap && !DOC_STOP.has(ctx.tokens[e]!.k)) e++;
  if (ctx.keyAt(e) !== 'của' || !isCapWord(ctx, e + 1)) return 0;
  const org = orgAt(ctx, e + 1);
  // Whose rules: a body, even one named by its head alone ("của Tỉnh ủy"), then what about ("về …").
  let end = org ? org.j : ctx.headLen[e + 1]! > 0 ? e + 1 + ctx.headLen[e + 1]! : 0;
  // "… của Ban Chấp hành Đảng bộ tỉnh khóa XX": the body's term belongs to whose rules they are.
  if (end > 0) {
    const term = qualifierEnd(ctx, end);
    if (term > 0) end = termAfter(ctx, term);
  }
  return end > 0 ? subjectEnd(ctx, end, true) || end : 0;
}

const MAX_PLAN_WORDS = 14;
/** A national programme's title runs long ("… vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030"); its period bounds it. */
const MAX_PERIOD_NAMED_WORDS = 22;
/** Compounds whose second syllable is also a function word: "nhà ở" (housing), "tự do" (free), "thực hiện" (carry out), "thiểu số" (minority), "(chuyển) đổi số", "kỹ thuật số" (digital), "quy trình" (procedure). */
const COMPOUNDS = new Set(['nhà ở', 'tự do', 'thực hiện', 'phát hiện', 'thể hiện', 'xuất hiện', 'thiểu số', 'đa số', 'hàng không', 'trực thuộc', 'phụ thuộc', 'đổi số', 'thuật số', 'quy trình']);
/** Verbs that take "với" inside a plan's name: "ứng phó với", "thích ứng với", "gắn với", "đối phó với". */
const VERBS_WITH = new Set(['phó', 'ứng', 'gắn']);
const isYearAt = (ctx: BlockCtx, j: number): boolean => ctx.tok(j)?.kind === NUM && /^(19|20)\d\d$/.test(ctx.tokens[j]!.s);

/** "2016 – 2020", "2020": a year or a range of years from j; returns the end or 0. */
function yearsEnd(ctx: BlockCtx, j: number): number {
  if (!isYearAt(ctx, j)) return 0;
  return ctx.isPunct(j + 1, '-–') && isYearAt(ctx, j + 2) ? j + 3 : j + 1;
}

/** Words that join a plan's horizon to its period: ", tầm nhìn", "và tầm nhìn", ", định hướng". */
const HORIZON_WORDS = new Set(['tầm nhìn', 'định hướng']);

/**
 * "…đến năm 2020, tầm nhìn đến năm 2030", "… và tầm nhìn đến năm 2030", "…, định hướng đến 2035":
 * the horizon after a plan's period belongs to its name. Returns the end after the year, or 0.
 */
function visionEnd(ctx: BlockCtx, e: number): number {
  let q = e;
  if (ctx.isPunct(q, ',')) q++;
  if (ctx.keyAt(q) === 'và') q++;
  if (q === e || !HORIZON_WORDS.has(`${ctx.keyAt(q)} ${ctx.keyAt(q + 1)}`)) return 0;
  q += 2;
  if (ctx.keyAt(q) === 'đến') q++;
  if (ctx.keyAt(q) === 'năm') q++;
  return yearsEnd(ctx, q);
}

/**
 * Words naming a plan, then its period: "giai đoạn 2016 – 2020", "đến năm 2020[, tầm nhìn đến năm
 * 2030]", "2017-2018". The words are lower- or upper-case content words ("và", "các" inside); a
 * function word before the period ends the search. Returns the end or 0.
 */
function periodNamedEnd(ctx: BlockCtx, j: number): number {
  let q = j;
  while (q < ctx.n && q - j < MAX_PERIOD_NAMED_WORDS) {
    const t = ctx.tokens[q]!;
    let e = 0;
    if (q > j && (dashCompound(ctx, q) || commaCompound(ctx, q))) {
      q++;
      continue;
    }
    // "tuyển sinh vào lớp 10 năm học 2017-2018", "nông thôn mới": a set phrase is the name's words, whatever syllables it has.
    const phrase = q > j ? setPhraseLen(ctx, q) : 0;
    if (phrase > 0) {
      q += phrase;
      continue;
    }
    // "… kinh tế - xã hội 5 năm 2016-2020": a count of years before the period is the plan's own word.
    if (t.kind === NUM && q > j && /^\d{1,2}$/.test(t.s) && ctx.keyAt(q + 1) === 'năm' && !isYearAt(ctx, q)) {
      q += 2;
      continue;
    }
    if (t.k === 'giai' && ctx.keyAt(q + 1) === 'đoạn') e = yearsEnd(ctx, q + 2);
    else if (t.k === 'đến' && ctx.keyAt(q + 1) === 'năm') e = yearsEnd(ctx, q + 2);
    else if (t.kind === NUM) e = q > j ? yearsEnd(ctx, q) : 0;
    if (e > 0) {
      const v = visionEnd(ctx, e);
      if (v > 0) return v;
      return q > j ? e : 0;
    }
    if (t.kind !== WORD) return 0;
    if (DOC_STOP.has(t.k) && t.k !== 'và' && t.k !== 'các' && !COMPOUNDS.has(`${ctx.keyAt(q - 1)} ${t.k}`) && !(t.k === 'với' && VERBS_WITH.has(ctx.keyAt(q - 1) ?? ''))) return 0;
    if (ctx.titleLen[q]! > 0 && t.cap) return 0;
    q++;
  }
  return 0;
}

/** Words then a short name in brackets: "quan hệ đối tác kinh tế toàn diện khu vực (RCEP)". Returns the end before the bracket, or 0. */
/** Heads of programmes and plans that may be named by a subject after "về". */
const PROGRAMME_HEADS = new Set(['chương trình', 'kế hoạch', 'đề án', 'chiến lược', 'kế hoạch hành động', 'chương trình hành động']);

/**
 * "Chương trình tổng thể về thực hành tiết kiệm, chống lãng phí", "Kế hoạch của UBND tỉnh về cải cách
 * hành chính giai đoạn 2021-2025": a programme or plan named by its "về" subject (after its owner, if
 * any), where "tổng thể" (master) or the subject's closing stage makes it one document; otherwise the head
 * is the common noun ("kế hoạch về việc này"). Returns the end, or 0.
 */
function programmeSubjectEnd(ctx: BlockCtx, i: number, j: number): number {
  // "Bộ Kế hoạch …", "Sở Kế hoạch …": a body's name.
  const prev = ctx.tok(i - 1);
  if (prev && prev.kind === WORD && prev.cap && !STOPWORDS.has(prev.k)) return 0;
  let q = j;
  const master = ctx.keyAt(q) === 'tổng' && ctx.keyAt(q + 1) === 'thể';
  if (master) q += 2;
  if (ctx.keyAt(q) === 'của') {
    const org = orgAt(ctx, q + 1);
    if (!org) return 0;
    q = org.j;
  }
  if (ctx.keyAt(q) !== 'về') return 0;
  const e = subjectEnd(ctx, q, true);
  if (e === 0) return 0;
  // A stage ("giai đoạn 2021-2025", "đến năm 2030"), not a bare year: "Kế hoạch về doanh thu năm 2023" is a firm's target.
  const staged = isYearAt(ctx, e - 1) && ctx.keys.slice(q, e).some((k) => k === 'giai' || k === 'đến');
  return (master || staged) && (clauseGoesOn(ctx, e) || ctx.keyAt(e) === 'để' || ctx.keyAt(e) === 'nhằm') ? e : 0;
}

/**
 * "Chương trình xây dựng luật, pháp lệnh năm 2018", "Chương trình giám sát của Quốc hội năm 2018": the
 * yearly programmes a legislature adopts, named by their kind, their owner if any, and their year. Returns the end, or 0.
 */
function yearlyProgrammeEnd(ctx: BlockCtx, j: number): number {
  let q = j;
  if (ctx.keyAt(q) === 'xây' && ctx.keyAt(q + 1) === 'dựng' && ctx.keyAt(q + 2) === 'luật') {
    q += 3;
    if (ctx.isPunct(q, ',') && ctx.keyAt(q + 1) === 'pháp' && ctx.keyAt(q + 2) === 'lệnh') q += 3;
  } else if (ctx.keyAt(q) === 'giám' && ctx.keyAt(q + 1) === 'sát') {
    q += 2;
    const owner = ctx.keyAt(q) === 'của' ? orgAt(ctx, q + 1) : null;
    if (owner) q = owner.j;
  } else return 0;
  return ctx.keyAt(q) === 'năm' && isYearAt(ctx, q + 1) ? q + 2 : 0;
}

/** Words after a name where the clause goes on ("… có hiệu lực", "… được ký"). */
const CLAUSE_VERBS = new Set(['được', 'đã', 'sẽ', 'có', 'là', 'với', 'giữa', 'năm', 'vào', 'tại', 'từ', 'này', 'do', 'hay', 'và', 'cũng', 'vẫn', 'đang']);
function clauseGoesOn(ctx: BlockCtx, e: number): boolean {
  const t = ctx.tok(e);
  return !t || t.kind === PUNCT || (t.kind === WORD && !t.cap && CLAUSE_VERBS.has(t.k));
}

/** Short names of kinds of treaty: "FTA" (free trade agreement), "MOU", "BIT". */
const GENERIC_TREATY_ACRONYMS = new Set(['fta', 'mou', 'bit']);

function bracketNamedEnd(ctx: BlockCtx, j: number, treaty = false): number {
  let q = j;
  // A treaty's words may hold function words and its parties' dash ("về ứng xử của các bên ở Biển Đông (DOC)"): the short name bounds them.
  const inName = (u: Token): boolean => (u.kind === WORD && (treaty || !(DOC_STOP.has(u.k) && u.k !== 'và'))) || (treaty && u.kind === PUNCT && '-–'.includes(u.s));
  while (q < ctx.n && q - j < (treaty ? 18 : MAX_PLAN_WORDS) && inName(ctx.tokens[q]!)) {
    // "Hiến chương ASEAN và Hiệp ước … (TAC)": "và" before another document's head joins two documents; the bracket names the second.
    if (ctx.tokens[q]!.k === 'và' && DOC_HEADS.match(ctx.keys, q + 1) > 0) return 0;
    q++;
  }
  if (q - j < 2 || !ctx.isPunct(q, '(') || !ctx.tok(q + 1)?.acr || !ctx.isPunct(q + 2, ')')) return 0;
  if (GENERIC_TREATY_ACRONYMS.has(ctx.tokens[q + 1]!.k)) return 0; // "(FTA)": a kind of treaty, no name
  // The short name closes the name ("(VPA) về …", "(RCEP) đã …"); "(GTVT) đường sắt" abbreviates a term inside it.
  const after = ctx.tok(q + 3);
  return !after || after.kind === PUNCT || DOC_STOP.has(after.k) || after.cap ? q : 0;
}

/** Words of a clause that never stand inside an act's translated name. */
const ACT_CLAUSE_WORDS = new Set(['được', 'đã', 'sẽ', 'bị', 'đang', 'là', 'vừa', 'này', 'đó']);

/** Heads of treaties and bills news writes in lower case before a proper name: "thỏa thuận Minsk", "hiệp ước Lisbon", "dự luật Brexit". */
const LOWER_TREATY_HEADS = new Trie(['hiệp định', 'hiệp ước', 'công ước', 'thỏa thuận', 'nghị định thư', 'dự luật', 'bản ghi nhớ']);
const LOWER_TREATY_FIRST = new Set(['hiệp', 'công', 'thỏa', 'nghị', 'dự', 'bản']);

/**
 * A treaty or bill in lower case named by the capitalised name right after its head ("vi phạm thỏa
 * thuận Minsk", "Điều 50 hiệp ước Lisbon"); "Dự luật" capitalised (no document head of its own) may
 * run through a few lower-case words to its name ("Dự luật giảm nhẹ trừng phạt Nga 2017"). A title, a
 * body's head, a time word or a country alone ("thỏa thuận Mỹ": whose deal) names none. Returns the span or null.
 */
function lowerTreatyAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tokens[i]!;
  if (!LOWER_TREATY_FIRST.has(t.k)) return null;
  const h = LOWER_TREATY_HEADS.match(ctx.keys, i);
  const bill = t.k === 'dự';
  if (h === 0 || (t.cap && !bill) || (i > 0 && bodyBefore(ctx, i))) return null;
  const j = i + h;
  const name = ctx.tok(j);
  if (!name || name.kind !== WORD) return null;
  // "hiệp định thương mại tự do Việt Nam - EU": lower-case words of kind, then the pair of parties, name the treaty.
  if (!name.cap && !(bill && t.cap)) return FORMAL_TREATIES.has(t.k) ? pairNamedEnd(ctx, i, j) : null;
  if (!name.cap) {
    const e = treatyNameEnd(ctx, j);
    return e > j ? { i, j: e } : null;
  }
  if (ctx.titleLen[j]! > 0 || ctx.headLen[j]! > 0 || TIME_STARTERS.has(name.k) || (name.title && STOPWORDS.has(name.k)) || (name.acr && GENERIC_TREATY_ACRONYMS.has(name.k))) return null;
  const e = capNameEnd(ctx, j);
  // "thỏa thuận Hợp tác chiến lược": a capitalised word that lower-case words go on from is a title-cased phrase, no name.
  const next = ctx.tok(e);
  if (next && next.kind === WORD && !next.cap && !DOC_STOP.has(next.k) && !CLAUSE_VERBS.has(next.k) && !STOPWORDS.has(next.k) && !TIME_STARTERS.has(next.k)) return null;
  const country = COUNTRIES.match(ctx.keys, j);
  return country > 0 && j + country === e ? null : { i, j: yearAfter(ctx, e) };
}

/** First syllables of the formal treaties ("hiệp định", "hiệp ước", "công ước") a pair of parties names in lower case; a deal ("thỏa thuận") may be any firms'. */
const FORMAL_TREATIES = new Set(['hiệp', 'công']);
/** Words of the clause, not of a treaty's kind: "giữa" (between), "đầu tiên" (first), "mới" (new). */
const NOT_KIND = new Set(['giữa', 'đầu', 'tiên', 'mới', 'cũ', 'này', 'đó']);

/** Up to five lower-case words of kind from j, then two capitalised parties joined by a dash; returns the span, or null. */
function pairNamedEnd(ctx: BlockCtx, i: number, j: number): TokenSpan | null {
  let q = j;
  const kind = (u: Token): boolean => u.kind === WORD && !u.cap && !NOT_KIND.has(u.k) && (!DOC_STOP.has(u.k) || COMPOUNDS.has(`${ctx.keyAt(q - 1)} ${u.k}`));
  while (q < j + 5 && q < ctx.n && kind(ctx.tokens[q]!)) q++;
  if (q === j || !isCapWord(ctx, q) || ctx.titleLen[q]! > 0 || ctx.headLen[q]! > 0) return null;
  // Each party's name may hold lower-case syllables ("Liên minh châu Âu").
  const e = partyEnd(ctx, q);
  const paired = ctx.tokens.slice(q, e).some((u) => u.kind === PUNCT);
  return paired && !ctx.isPunct(e - 1, '-–') ? { i, j: yearAfter(ctx, e) } : null;
}

/** Capitalised words from j, a pair joined by a dash ("Nga - Mỹ"), hyphens glued inside ("Dodd-Frank"); returns the end. */
function capNameEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  while (isCapWord(ctx, e) || (e > j && ctx.isPunct(e, '-–') && isCapWord(ctx, e + 1))) e++;
  return e;
}

/** Words of the clause that a signed document's title never holds before its parties ("Hiệp định này được ký giữa …"). */
const NOT_IN_TITLE = new Set(['được', 'đã', 'sẽ', 'đang', 'là', 'này', 'đó', 'ký', 'có', 'do', 'vừa', 'cũng', 'vẫn', 'nhằm', 'để', 'thì', 'mà', 'khi', 'tại', 'vào', 'ngày', 'nay']);

/**
 * "Hiệp định vay ưu đãi … giữa Chính phủ nước A và Ngân hàng B", "Bản ghi nhớ hợp tác giai đoạn
 * 2017 - 2020 giữa Học viện A và Trường B": a signed document's title names its two parties and runs
 * to the second (then its subject, "về …"). The words before "giữa" hold no clause word, no other
 * document and no punctuation but dashes. Returns the end, or 0.
 */
function betweenPartiesEnd(ctx: BlockCtx, j: number): number {
  for (let q = j; q < ctx.n && q < j + 30; q++) {
    const t = ctx.tokens[q]!;
    if (t.kind === PUNCT) {
      if (!'-–'.includes(t.s)) return 0;
      continue;
    }
    if (t.kind === NUM) continue; // "giai đoạn 2017 - 2020"
    if (t.k === 'giữa') {
      const e = partiesEnd(ctx, q + 1);
      const subject = e > 0 && ctx.keyAt(e) === 'về' ? subjectEnd(ctx, e, true) : 0;
      if (subject > 0 && clauseGoesOn(ctx, subject)) return subject;
      // "Hiệp định giữa A và B" alone describes; with words of kind before it ("Hiệp định hợp tác … giữa") it names.
      return q > j ? e : 0;
    }
    if (!t.cap && NOT_IN_TITLE.has(t.k)) return 0;
    if (t.cap && q > j && DOC_HEADS.match(ctx.keys, q) > 0) return 0;
  }
  return 0;
}

/** "A và B" from q, each a capitalised party ("Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"); returns the end of B, or 0. */
function partiesEnd(ctx: BlockCtx, q: number): number {
  const first = partyEnd(ctx, q);
  if (first === 0 || ctx.keyAt(first) !== 'và') return 0;
  let e = partyEnd(ctx, first + 1);
  // "… và Bộ Kế hoạch và Đầu tư": a body's name may hold "và" before a capital.
  while (e > 0 && ctx.keyAt(e) === 'và' && isCapWord(ctx, e + 1) && ctx.titleLen[e + 1] === 0 && DOC_HEADS.match(ctx.keys, e + 1) === 0) e = partyEnd(ctx, e + 1);
  return e;
}

/**
 * A party's name from q: capitalised words, a lower-case syllable that ends one ("Chính phủ", "Giáo
 * dục"), up to six lower-case words before the next capital ("nước", "hòa xã hội chủ nghĩa"), dashes
 * between names.
 */
function partyEnd(ctx: BlockCtx, q0: number): number {
  if (!isCapWord(ctx, q0) || ctx.titleLen[q0]! > 0) return 0;
  let q = q0;
  let end = 0;
  const lower = (r: number): boolean => ctx.isWord(r) && !ctx.tokens[r]!.cap && !DOC_STOP.has(ctx.tokens[r]!.k) && ctx.tokens[r]!.k !== 'giữa';
  while (q < ctx.n) {
    if (isCapWord(ctx, q)) {
      end = ++q;
      // "Giáo dục và …", "Giáo dục.": a syllable that ends the name before "và", "về" or the clause's end.
      const after = ctx.tok(q + 1);
      if (lower(q) && (!after || after.kind === PUNCT || after.k === 'và' || after.k === 'về')) end = ++q;
      continue;
    }
    let r = q;
    while (r < q + 6 && lower(r)) r++;
    if (r > q && isCapWord(ctx, r)) {
      q = r;
      continue;
    }
    if (ctx.isPunct(q, '-–') && isCapWord(ctx, q + 1)) {
      q++;
      continue;
    }
    break;
  }
  return end;
}

/** Heads that name a document by its number in any case: "theo công văn số 301/BGDĐT-GDMN", "Văn bản số 12/UBND", "Bản án số 12/2017/HS-ST". */
const LOWER_CODED = 'quyết định|nghị định|thông tư|công văn|văn bản|chỉ thị|nghị quyết|công điện|quy định|thông báo|tờ trình|kế hoạch|sắc lệnh|kết luận|bản án|cáo trạng|thông tri'.split('|');
const LOWER_CODED_HEADS = new Trie(LOWER_CODED);
const BARE_NUMBER_HEADS = new Set(['nghị định', 'nghị quyết', 'thông tư', 'chỉ thị']);
/** Lower-case heads whose bare number names a document when its issuer follows ("quyết định 1956 của Thủ tướng"). */
const ISSUED_NUMBER_HEADS = new Set([...BARE_NUMBER_HEADS, 'quyết định', 'công văn', 'kết luận']);

/** "QĐ 1956 của Thủ tướng", "quyết định 125 của UBND tỉnh": a bare number (a year's shape too) with its issuer after it is a document's number. */
function issuedNumber(ctx: BlockCtx, k: number): boolean {
  return /^\d{1,4}$/.test(ctx.tokens[k]!.s) && ctx.keyAt(k + 1) === 'của' && issuerEnd(ctx, k + 2) > 0;
}
const LOWER_CODED_FIRST = new Set(LOWER_CODED.map((h) => h.split(' ')[0]!));

/**
 * "quyết định số 4898", "văn bản 80/VNCERT-ĐPƯC": a lower-case head is a document only with "số" and
 * a number, or with a code glued to the number ("02/2017", "12/TT-BTC"); "quy định 6 người" is none.
 */
/**
 * "Kết luận kiểm sát số 127/KLKS-TĐ", "quyết định xử phạt số 52/QĐ-XPVPHC": up to four lower-case
 * words of kind, then "số" and a code with a slash. Returns the end of the code, or 0.
 */
/** Kinds of review that name a conclusion or report: "Kết luận Thanh tra số …". */
const REVIEW_KINDS = new Set(['thanh tra', 'kiểm tra', 'kiểm toán', 'giám sát', 'thẩm tra']);

function qualifiedCodeEnd(ctx: BlockCtx, j: number): number {
  let q = j;
  // "quyết định không khởi tố vụ án hình sự số 125": a decision's kind may say what it does not do.
  if (ctx.keyAt(q) === 'không' && ctx.isWord(q + 1) && !ctx.tokens[q + 1]!.cap) q++;
  // "Kết luận Thanh tra số …": a kind of review may stand capitalised.
  // "khởi tố bị can": "bị" (suffer) opens the nouns for the accused, not a passive.
  while (q < j + 7 && ctx.isWord(q) && (!ctx.tokens[q]!.cap || (q === j && REVIEW_KINDS.has(`${ctx.tokens[q]!.k} ${ctx.keyAt(q + 1)}`))) && (!DOC_STOP.has(ctx.tokens[q]!.k) || ACCUSED.has(`${ctx.tokens[q]!.k} ${ctx.keyAt(q + 1)}`))) q++;
  if (q === j || ctx.keyAt(q) !== 'số' || ctx.tok(q + 1)?.kind !== NUM) return 0;
  const e = codeEnd(ctx, q + 1);
  if (ctx.tokens.slice(q + 2, e).some((u) => u.s === '/')) return q - j <= 4 ? e : 0;
  // "… số 125 ngày 9.5.2017", "… số 19 của Cơ quan CSĐT": a bare number that its date or issuer shows to be the document's.
  return e === q + 2 && /^\d{1,5}$/.test(ctx.tokens[q + 1]!.s) && !isYearAt(ctx, q + 1) && issuedAfter(ctx, e) ? e : 0;
}

const ACCUSED = new Set(['bị can', 'bị cáo']);

/** A date of issue ("ngày 9/5", "ngày 9.5.2017"), an issuer ("của …") or whom it concerns ("đối với") right after a document's number. */
function issuedAfter(ctx: BlockCtx, e: number): boolean {
  const k = ctx.keyAt(e);
  if (k === 'của') return isCapWord(ctx, e + 1);
  if (k === 'đối') return ctx.keyAt(e + 1) === 'với';
  return k === 'ngày' && ctx.tok(e + 1)?.kind === NUM && (ctx.isPunct(e + 2, '/-') || ctx.tokens[e + 1]!.s.includes('.'));
}

/** Party rules and conclusions cited in lower case by a bare number: "quy định 102 của Bộ Chính trị", "kết luận 21 về …". */
const PARTY_BARE_HEADS = new Set(['quy định', 'kết luận']);
/** Words after the number that show it names the document, not a count ("quy định 10 ngày", "quy định 5%"). */
const NAMED_AFTER = new Set(['của', 'về', 'do', 'đối']);

/** "quy định 102 của …": two digits or more, then whose it is, what about, or the clause's end. */
function partyNumbered(ctx: BlockCtx, i: number, h: number, k: number): boolean {
  if (h !== 2 || !PARTY_BARE_HEADS.has(`${ctx.tokens[i]!.k} ${ctx.tokens[i + 1]!.k}`) || !/^\d{2,4}$/.test(ctx.tokens[k]!.s) || isYearAt(ctx, k)) return false;
  const next = ctx.tok(k + 1);
  if (!next) return true;
  // "quy định 10, 20 hoặc 30 ngày": a list of counts.
  if (next.kind === PUNCT) return ',.;:)'.includes(next.s) && ctx.tok(k + 2)?.kind !== NUM;
  // "quy định 102 ngày 30/3/2013", "kết luận 21 năm 2017": its date of issue, not a count of days.
  const dated = next.k === 'ngày' ? ctx.tok(k + 2)?.kind === NUM && (ctx.isPunct(k + 3, '/-') || ctx.tokens[k + 2]!.s.includes('.')) : next.k === 'năm' && isYearAt(ctx, k + 2);
  return next.kind === WORD && !next.cap && (NAMED_AFTER.has(next.k) || dated);
}

function lowerCodedAt(ctx: BlockCtx, i: number): TokenSpan | null {
  if (!LOWER_CODED_FIRST.has(ctx.tokens[i]!.k)) return null; // most words: one set lookup
  const h = LOWER_CODED_HEADS.match(ctx.keys, i);
  if (h === 0) return null;
  let k = i + h;
  const qualified = qualifiedCodeEnd(ctx, k);
  if (qualified > 0) return { i, j: qualified };
  // "nghị quyết Trung ương 4 khóa XII", "nghị quyết Đại hội XIII": a party resolution named by its session, in any case.
  if (ctx.tokens[i]!.k === 'nghị' && h === 2 && (isCapWord(ctx, k) || ctx.keyAt(k) === 'trung')) {
    const session = sessionEnd(ctx, k);
    if (session > 0) return { i, j: session };
  }
  const numbered = ctx.keyAt(k) === 'số';
  if (numbered) k++;
  if (ctx.tok(k)?.kind !== NUM) return null;
  const e = codeEnd(ctx, k);
  const coded = ctx.tokens.slice(k + 1, e).some((u) => u.kind === WORD || u.s === '/');
  // "theo nghị định 100", "thông tư 02 có hiệu lực": a decree, circular, resolution or directive is named by a bare number too.
  const head = ctx.tokens.slice(i, i + h).map((u) => u.k).join(' ');
  if (!numbered && !coded && !(BARE_NUMBER_HEADS.has(head) && namedByNumber(ctx, k)) && !partyNumbered(ctx, i, h, k) && !(ISSUED_NUMBER_HEADS.has(head) && issuedNumber(ctx, k))) return null;
  return { i, j: e };
}

/**
 * "Tổ chức Hiệp ước Bắc Đại Tây Dương", "Trung tâm Luật …", "báo Pháp Luật": a head right after a
 * body's head, or "Luật" after "Pháp" (the word "pháp luật", a newspaper's name), is a name's word.
 */
function bodyBefore(ctx: BlockCtx, i: number): boolean {
  const prev = ctx.tokens[i - 1]!;
  if (prev.kind !== WORD) return false;
  if (prev.k === 'pháp' && ctx.tokens[i]!.k === 'luật') return true;
  if (prev.cap && ORG_HEADS.match(ctx.keys, i - 1) === 1) return true;
  // Two-word heads even in lower case: "tổ chức Hiệp ước Bắc Đại Tây Dương"; but a whole body ("trình Chính phủ Đề án …") names none.
  return i > 1 && ORG_HEADS.match(ctx.keys, i - 2) === 2 && !WHOLE_BODIES.has(`${ctx.keyAt(i - 2)} ${ctx.keyAt(i - 1)}`);
}

/** Two-word bodies complete in themselves: a document after them is given or sent to them, not part of their name. */
const WHOLE_BODIES = new Set(['chính phủ', 'quốc hội']);

/**
 * "trung vệ Đình Luật", "ĐH Luật Idaho", "Cty TNHH Luật Bảo Ngọc": "Luật" after a capitalised word
 * inside a sentence is a word of a name ("Dự thảo Luật …" and a function word before it aside).
 */
function nameWordBefore(ctx: BlockCtx, i: number): boolean {
  if (i === 0) return false;
  const prev = ctx.tokens[i - 1]!;
  if (prev.kind !== WORD || !prev.cap || STOPWORDS.has(prev.k) || prev.k === 'thảo' || ROMAN.test(prev.s)) return false;
  return !startsSentence(ctx.tokens, i - 1);
}

/** Syllables before "luật" that make one word in any case: "kỷ luật", "quy luật", "pháp luật", "giới luật". */
const LAW_WORDS_CAPPED = new Set(['kỷ', 'quy', 'pháp', 'giới']);

/** Words that make "luật" part of a common word: "pháp luật", "kỷ luật", "quy luật", "dự luật", "trường luật". */
/** Second syllables that make "luật" a common word: "luật chơi", "luật pháp", "luật lệ", "luật rừng". */
const LAW_WORDS = new Set(['chơi', 'pháp', 'lệ', 'rừng']);
const LAW_WORD_BEFORE = new Set(['pháp', 'kỷ', 'quy', 'dự', 'giới', 'hiến', 'điều', 'trường', 'khoa', 'ngành', 'học', 'thi', 'sinh', 'nhân', 'sĩ', 'sư', 'ty', 'hãng', 'phòng']);
/** Verbs listed as function words that open laws' names. */
const LAW_NAME_VERBS = new Set(['xây dựng', 'ký kết']);
/** Religious law ("luật Hồi giáo", Sharia) is no enacted document. */
const FAITHS = new Set(['hồi', 'do']);

/**
 * "theo luật Đất đai", "bộ luật Hình sự": a law in lower case is named by the capitalised word after
 * it, never a country or place ("luật Mỹ"), a title or a body's head.
 */
function lowerLawAt(ctx: BlockCtx, i: number): TokenSpan | null {
  let j = i + 1;
  const k = ctx.tokens[i]!.k;
  if ((k === 'bộ' || k === 'đạo') && ctx.keyAt(i + 1) === 'luật') j++;
  else if (k !== 'luật') return null;
  // "luật NSNN", "luật BHXH năm 2014": a law's short name in capitals (a country's is none).
  const short = ctx.tok(j);
  if (short?.acr && short.k.length >= 3 && PLACES.match(ctx.keys, j) === 0 && COUNTRIES.match(ctx.keys, j) === 0 && !(i > 0 && LAW_WORD_BEFORE.has(ctx.keyAt(i - 1) ?? ''))) {
    return ctx.isWord(j + 1) && ctx.tokens[j + 1]!.cap && !ctx.tokens[j + 1]!.sp ? null : { i, j: yearAfter(ctx, j + 1) };
  }
  if (!isCapWord(ctx, j) || ctx.tokens[j]!.acr || ctx.titleLen[j]! > 0 || ctx.headLen[j]! > 0 || PLACES.match(ctx.keys, j) > 0) return null;
  // "Nhờn luật Từ cuối năm …": a capitalised function word starts a sentence whose full stop was lost.
  // "luật Xây dựng", "luật Ký kết …": a verb that opens a law's name is no function word.
  if ((STOPWORDS.has(ctx.tokens[j]!.k) && !LAW_NAME_VERBS.has(`${ctx.tokens[j]!.k} ${ctx.keyAt(j + 1)}`)) || FAITHS.has(ctx.tokens[j]!.k)) return null;
  if (i > 0 && LAW_WORD_BEFORE.has(ctx.keyAt(i - 1) ?? '')) return null;
  const e = lawNameEnd(ctx, j);
  return e > j ? { i, j: e } : null;
}

/** A company's shareholders' meeting and board. */
const COMPANY_BODIES = new Set(['đhđcđ', 'đhcđ', 'hđqt', 'đhđ']);

/** Heads of legal and party documents whose title may stand in quotes (a "Chương trình" or "Kế hoạch" in quotes is mostly a show or a ploy). */
const QUOTED_TITLE_HEADS = new Set(['nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'luật', 'kết luận', 'quy định', 'đề án', 'đạo luật']);
const OPEN_QUOTES = '“"«';
const CLOSE_QUOTES = '”"»';

/** A quoted title from j: its closing quote within 30 tokens and before any full stop; returns the end after it, or 0. */
function quotedTitleEnd(ctx: BlockCtx, j: number): number {
  if (!ctx.isPunct(j, OPEN_QUOTES) || !ctx.isWord(j + 1)) return 0;
  for (let q = j + 1; q < Math.min(ctx.n, j + 30); q++) {
    const u = ctx.tokens[q]!;
    if (u.kind !== PUNCT) continue;
    if (CLOSE_QUOTES.includes(u.s)) return q > j + 2 ? q + 1 : 0;
    if ('.!?'.includes(u.s)) return 0;
  }
  return 0;
}

/** The Party's platforms: "Cương lĩnh chính trị", "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội". */
const PLATFORM_TITLES = ['chính trị', 'xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội'].map((t) => t.split(' '));

/** A platform's title from j, then its edition ("năm 1991", "(bổ sung, phát triển năm 2011)"). Returns the end or 0. */
function platformEnd(ctx: BlockCtx, j: number): number {
  const title = PLATFORM_TITLES.find((words) => words.every((w, q) => ctx.keyAt(j + q) === w));
  if (!title) return 0;
  let e = j + title.length;
  if (ctx.keyAt(e) === 'năm' && isYearAt(ctx, e + 1)) e += 2;
  // "(bổ sung, phát triển năm 2011)": the edition in brackets.
  if (ctx.isPunct(e, '(') && ctx.keyAt(e + 1) === 'bổ' && ctx.keyAt(e + 2) === 'sung') {
    for (let q = e + 3; q < e + 10 && q < ctx.n; q++) if (ctx.isPunct(q, ')')) return isYearAt(ctx, q - 1) ? q + 1 : e;
  }
  return e;
}

/** Legal documents a sentence may name by their title in words right after "ban hành" (a decision is mostly described, not named). */
const ISSUED_NAMED_HEADS = new Set(['thông tư', 'nghị định', 'nghị quyết', 'chỉ thị', 'pháp lệnh', 'thông tư liên tịch']);

/** Heads of legal documents written in capitals: "NĐ" (decree), "NQ", "QĐ", "TT", "CT", "KL", "CV". */
const ABBREVIATED_HEADS = new Set(['nđ', 'nq', 'qđ', 'tt', 'ct', 'kl', 'cv', 'ttlt', 'nqlt']);
/** Abbreviations that stand for a document alone ("TT", "CT" also abbreviate bodies and places). */
const BARE_ABBREVIATED = new Set(['nđ', 'nq', 'qđ']);
/** Words before letters and a number that make them a plate, a code or a model. */
const PLATE_WORDS = new Set(['biển', 'số', 'mã', 'hiệu', 'kiểu', 'xe']);

/** "BLHS năm 2015", "BLHS 2015": the year of a code's edition after its short name. Returns the end. */
function yearAfter(ctx: BlockCtx, e: number): number {
  if (ctx.keyAt(e) === 'năm' && isYearAt(ctx, e + 1)) return e + 2;
  return isYearAt(ctx, e) ? e + 1 : e;
}

/** Short names of treaties and codes that news writes alone: "TPP", "EVFTA", "UNCLOS", the South China Sea "DOC" and "COC", "BLHS" (the Criminal Code). */
const TREATY_ACRONYMS = new Set(['tpp', 'cptpp', 'evfta', 'vkfta', 'nafta', 'rcep', 'ttip', 'unclos', 'jcpoa', 'npt', 'ctbt', 'afta', 'atiga', 'doc', 'coc', 'blhs', 'blds', 'bltths', 'blttds']);

/**
 * "“Kế hoạch hành động chống tham nhũng 2017-2018 của G20”": a document whose whole title stands in
 * quotes, head and all, runs to the closing quote (a dated plan's title in quotes counts even where
 * no rule bounds its words). Returns the index of the closing quote, or 0.
 */
function quotedHeadEnd(ctx: BlockCtx, i: number, d: TokenSpan | null, periodOnly: boolean): number {
  if (i === 0 || !ctx.isPunct(i - 1, OPEN_QUOTES)) return 0;
  let dated = false;
  for (let q = i + 1; q < Math.min(ctx.n, i + 40); q++) {
    const u = ctx.tokens[q]!;
    // A programme's title needs its period ("giai đoạn 2016-2020", "đến năm 2030"): a show's title may hold a year.
    if (u.kind === NUM) dated ||= isYearAt(ctx, q) && (!periodOnly || PERIOD_WORDS.has(`${ctx.keyAt(q - 2)} ${ctx.keyAt(q - 1)}`));
    if (u.kind !== PUNCT || u.s === ',' || '-–/'.includes(u.s)) continue;
    if (!CLOSE_QUOTES.includes(u.s)) return 0;
    if (d) return d.j < q && !clauseInside(ctx, d.j, q) ? q : 0;
    return dated && q - i >= 4 ? q : 0;
  }
  return 0;
}

/** Words before a plan's period: "giai đoạn 2016-2020", "đến năm 2030", "thời kỳ 2021-2030". */
const PERIOD_WORDS = new Set(['giai đoạn', 'đến năm', 'thời kỳ']);

/** A function word between a ≤ q < b (but "của" before a capital: whose plan) makes the quote a sentence said, not a title. */
function clauseInside(ctx: BlockCtx, a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const u = ctx.tokens[q]!;
    if (u.kind === WORD && !u.cap && DOC_STOP.has(u.k) && !(u.k === 'của' && isCapWord(ctx, q + 1))) return true;
  }
  return false;
}

/** Heads of documents an issuer dates without a number: "Công điện ngày 14/9 của Thủ tướng", "Kế hoạch ngày 15/3 của UBND tỉnh". */
const DATED_HEADS = new Set(
  'nghị quyết|nghị quyết liên tịch|nghị định|quyết định|chỉ thị|thông tư|thông tư liên tịch|kết luận|thông báo kết luận|công điện|công văn|quy định|quy chế|hướng dẫn|kế hoạch|kế hoạch hành động|chương trình hành động|tờ trình|thông báo|thông tri|đề án|báo cáo|lệnh'.split('|'),
);
/** The same in lower case, where the head is a noun only ("theo quyết định ngày 7/4 của UBND huyện"); "báo cáo", "thông báo" are verbs too. */
const LOWER_DATED_HEADS = new Set('nghị quyết|nghị định|quyết định|chỉ thị|thông tư|kết luận|công điện|công văn|kế hoạch|tờ trình|văn bản|thông tri'.split('|'));
/** Legal heads that a date of issue alone names ("Thủ tướng vừa ký Công điện ngày 5/8 …": the issuer is the clause's subject). */
const DATE_NAMED_HEADS = new Set('nghị quyết|nghị định|quyết định|chỉ thị|thông tư|kết luận|thông báo kết luận|công điện|công văn|tờ trình'.split('|'));
/** Lower-case heads that are nouns only, named by a date of issue alone ("Thủ tướng vừa ký công điện ngày 5/8 …"); "quyết định", "kết luận" are verbs too. */
const LOWER_DATE_NAMED_HEADS = new Set(['nghị quyết', 'nghị định', 'chỉ thị', 'thông tư', 'công điện', 'công văn', 'tờ trình']);
/** Words of recency after a date: "ngày 5/8 vừa qua", "hôm 3/4 mới đây". */
const RECENTLY = new Set(['vừa qua', 'mới đây', 'vừa rồi']);
/** Administrative levels after a council's short name: "UBND huyện", "HĐND tỉnh". */
const ISSUER_LEVELS = new Set(['tỉnh', 'huyện', 'xã', 'quận', 'phường', 'thị', 'thành', 'tp']);

/** The date and the issuer inside a document named by them: other types still mark them. */
const OPEN_PARTS = new WeakMap<TokenSpan, { date: TokenSpan; issuer: TokenSpan }>();

/** The parts of document `d` that marks of `kind` may not overlap: the whole span, less its open date or issuer. */
export function closedParts(d: TokenSpan, kind: 'date' | 'organization'): TokenSpan[] {
  const open = OPEN_PARTS.get(d);
  if (!open) return [d];
  const o = kind === 'date' ? open.date : open.issuer;
  return [{ i: d.i, j: o.i }, { i: o.j, j: d.j }].filter((s) => s.j > s.i);
}

/** Whether any document of the list has an open part (most blocks: none, so callers keep the list as it is). */
export const hasOpenParts = (docs: readonly TokenSpan[]): boolean => docs.some((d) => OPEN_PARTS.has(d));

/**
 * Who issued it: a body ("Sở Nội vụ", "Ban Thường vụ Tỉnh ủy"), a title and its body ("Chủ tịch UBND
 * tỉnh Quảng Ngãi", "Thủ tướng Chính phủ"), a title alone ("Thủ tướng"), or a council and its level
 * ("UBND huyện"). Returns the end, or 0.
 */
function issuerEnd(ctx: BlockCtx, q: number): number {
  if (!isCapWord(ctx, q)) return 0;
  const title = ctx.titleLen[q]!;
  const b = q + title;
  const org = orgAt(ctx, b);
  if (org) return org.j;
  if (ctx.tok(b)?.acr && ctx.headLen[b]! > 0) {
    const level = ctx.keyAt(b + 1) ?? '';
    if (!ISSUER_LEVELS.has(level)) return b + 1;
    return level === 'thành' || level === 'thị' ? (ctx.keyAt(b + 2) === 'phố' || ctx.keyAt(b + 2) === 'xã' ? b + 3 : b + 1) : b + 2;
  }
  return title > 0 ? b : 0;
}

/**
 * "Công điện ngày 14/9 của Thủ tướng Chính phủ", "Chỉ thị của Thủ tướng ngày 30/7", "Công điện khẩn
 * ngày 9/10 của …": a document without a number is named by its date and its issuer (both needed: "Kế
 * hoạch ngày 15/3" alone may be a plan for that day). Records the open parts. Returns the end, or 0.
 */
function datedIssuedEnd(ctx: BlockCtx, span: TokenSpan, j: number, dateAlone = false): number {
  let q = j;
  if (ctx.keyAt(q) === 'khẩn') q++;
  else if (ctx.keyAt(q) === 'hỏa' && ctx.keyAt(q + 1) === 'tốc') q += 2;
  if (ctx.keyAt(q) === 'ngày' || ctx.keyAt(q) === 'hôm') {
    // "ngày 2 tháng 2 năm 2017" is read from "ngày"; "ngày 14/9" from its number.
    const d = dateAt(ctx, q) ?? dateAt(ctx, q + 1);
    if (!d) return 0;
    // "ngày 5/8 vừa qua của Thủ tướng": a word of recency between the date and the issuer.
    const of = RECENTLY.has(`${ctx.keyAt(d.j)} ${ctx.keyAt(d.j + 1)}`) ? d.j + 2 : d.j;
    const e = ctx.keyAt(of) === 'của' ? issuerEnd(ctx, of + 1) : 0;
    if (e === 0 && (!dateAlone || !dateClosesName(ctx, d.j))) return 0;
    const issuer = e === 0 ? { i: d.j, j: d.j } : { i: of + 1, j: e };
    OPEN_PARTS.set(span, { date: { i: q, j: d.j }, issuer });
    return Math.max(d.j, issuer.j);
  }
  if (ctx.keyAt(q) !== 'của') return 0;
  const e = issuerEnd(ctx, q + 1);
  if (e === 0 || ctx.keyAt(e) !== 'ngày') return 0;
  const d = dateAt(ctx, e) ?? dateAt(ctx, e + 1);
  if (!d) return 0;
  OPEN_PARTS.set(span, { date: { i: e, j: d.j }, issuer: { i: q + 1, j: e } });
  return d.j;
}

/** After a date of issue, the name is over: a clause's punctuation, its verb or "về" and a subject, not a count or a time of day ("ngày 5/8 lúc 9 giờ"). */
function dateClosesName(ctx: BlockCtx, e: number): boolean {
  const t = ctx.tok(e);
  if (!t) return true;
  if (t.kind === PUNCT) return t.s !== '/' && t.s !== '-';
  return t.kind === WORD && !t.cap && !TIME_UNITS.has(t.k) && !TIME_STARTERS.has(t.k);
}

/** "theo quyết định ngày 7/4 của UBND huyện": a lower-case head dated and issued. */
function lowerDatedAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const k2 = ctx.keyAt(i + 2);
  if (k2 !== 'ngày' && k2 !== 'của' && k2 !== 'khẩn' && k2 !== 'hôm') return null; // most words: one lookup
  const head = `${ctx.tokens[i]!.k} ${ctx.keyAt(i + 1)}`;
  if (!LOWER_DATED_HEADS.has(head)) return null;
  const span = { i, j: 0 };
  span.j = datedIssuedEnd(ctx, span, i + 2, LOWER_DATE_NAMED_HEADS.has(head));
  return span.j > 0 ? span : null;
}

export function documentAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const d = documentAtInner(ctx, i);
  // Most tokens: no opening quote right before them.
  if (i === 0 || !ctx.tokens[i]!.cap || !ctx.isPunct(i - 1, OPEN_QUOTES)) return d;
  // Only heads of plans named in words ("Kế hoạch", "Đề án", "Chương trình" …) reach the fallback where no rule bounds the words.
  const head = ctx.tokens[i]!.k + ' ' + ctx.keyAt(i + 1);
  const programme = head === 'chương trình';
  const quoted = ctx.tokens[i]!.cap && (d || PLAN_HEADS.has(head) || programme) ? quotedHeadEnd(ctx, i, d, programme) : 0;
  return quoted > 0 ? { i, j: quoted } : d;
}

function documentAtInner(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tok(i);
  if (!t || t.kind !== WORD) return null;
  if (t.acr && TREATY_ACRONYMS.has(t.k)) return { i, j: yearAfter(ctx, i + 1) };
  // "NQTW4 khóa XII", "NQ TW4", "NQ TƯ 4": a plenum's resolution abbreviated.
  if (t.acr && t.k === 'nqtw' && ctx.tok(i + 1)?.kind === NUM && !ctx.tokens[i + 1]!.sp) return { i, j: qualifierEnd(ctx, i + 2) || i + 2 };
  if (t.acr && t.k === 'nq') {
    const session = sessionEnd(ctx, i + 1);
    if (session > 0) return { i, j: session };
  }
  // "NQ số 35", "QĐ số 1234/QĐ-UBND": a head abbreviated, "số" and a number.
  if (t.acr && BARE_ABBREVIATED.has(t.k) && ctx.keyAt(i + 1) === 'số' && ctx.tok(i + 2)?.kind === NUM && !isYearAt(ctx, i + 2) && !PLATE_WORDS.has(ctx.keyAt(i - 1) ?? '')) return { i, j: codeEnd(ctx, i + 2) };
  // "NĐ-67/CP", "QĐ-123/UBND": an abbreviated head glued by a hyphen to its number and issuer.
  if (t.acr && BARE_ABBREVIATED.has(t.k) && ctx.isPunct(i + 1, '-') && !ctx.tokens[i + 1]!.sp && ctx.tok(i + 2)?.kind === NUM && !ctx.tokens[i + 2]!.sp) {
    const e = codeEnd(ctx, i + 2);
    if (issuerCode(ctx, i + 2, e)) return { i, j: e };
  }
  // "NĐ 100/2019/NĐ-CP", "TT 39/2016/TT-NHNN": a head abbreviated, then a code with a slash.
  if (t.acr && ABBREVIATED_HEADS.has(t.k) && ctx.tok(i + 1)?.kind === NUM && ctx.tokens[i + 1]!.sp) {
    const e = codeEnd(ctx, i + 1);
    if (hasSlash(ctx, i + 1, e)) return { i, j: e };
    // "QĐ 33", "NĐ 46 về …": a decree, decision or resolution abbreviated is named by a bare number too.
    // A plate or a model ("biển QĐ 123", "mã NQ 5") is no document.
    if (BARE_ABBREVIATED.has(t.k) && !PLATE_WORDS.has(ctx.keyAt(i - 1) ?? '') && e === i + 2 && /^\d{1,4}$/.test(ctx.tokens[i + 1]!.s) && (!isYearAt(ctx, i + 1) || issuedNumber(ctx, i + 1))) return { i, j: e };
  }
  if (!t.cap) return lowerLawAt(ctx, i) ?? lowerCodedAt(ctx, i) ?? lowerTreatyAt(ctx, i) ?? lowerDatedAt(ctx, i);
  const h = DOC_HEADS.match(ctx.keys, i);
  // "Văn bản số 152/TTg-CN": a head that names a document only by its number, capitalised; "Dự luật Brexit".
  if (h === 0) return lowerCodedAt(ctx, i) ?? lowerTreatyAt(ctx, i) ?? lowerDatedAt(ctx, i);
  if (i > 0 && bodyBefore(ctx, i)) return null;
  let key = t.k;
  for (let q = i + 1; q < i + h; q++) key += ' ' + ctx.tokens[q]!.k;
  let j = i + h;
  const after = ctx.tok(j);
  if (!after) return null;
  if (LAW_HEADS.has(key) && (after.k === 'sư' || after.k === 'gia')) return null; // "Luật sư", "Luật gia"
  // "Luật chơi" (rules of the game), "Luật pháp" (the law at large), "Luật lệ", "Luật rừng": words, no law's name.
  if (key === 'luật' && !after.cap && LAW_WORDS.has(after.k)) return null;
  if (key === 'hướng dẫn' && (after.k === 'giải' || after.k === 'cách')) return null; // "Hướng dẫn giải đề thi": a how-to, no document
  // "KỶ LUẬT", "Quy Luật" in a heading of capitals: a word with "luật" (discipline, rule), no law.
  if (key === 'luật' && i > 0 && LAW_WORDS_CAPPED.has(ctx.keyAt(i - 1) ?? '')) return null;
  if (LAW_HEADS.has(key) && nameWordBefore(ctx, i)) return null;
  // "Nghị quyết ĐHĐCĐ thường niên", "Nghị quyết HĐQT": a company's resolution, no legal or party document.
  if (after.acr && COMPANY_BODIES.has(after.k)) return null;

  let k = j;
  // "Quyết định (QĐ) 33/2014": the head's abbreviation in brackets before the number.
  if (ctx.isPunct(k, '(') && ctx.tok(k + 1)?.acr && ABBREVIATED_HEADS.has(ctx.tokens[k + 1]!.k) && ctx.isPunct(k + 2, ')') && ctx.tok(k + 3)?.kind === NUM) k += 3;
  if (ctx.keyAt(k) === 'số') k++;
  if (ctx.isPunct(k, ':')) k++;
  if (ctx.tok(k)?.kind === NUM) {
    // "Quy hoạch 1/500", "quy hoạch 1/2000": a map's scale names a kind of plan, not one plan.
    if (key === 'quy hoạch' && ctx.tokens[k]!.s === '1' && ctx.isPunct(k + 1, '/') && /^\d{3,5}$/.test(ctx.tok(k + 2)?.s ?? '')) return null;
    let e = codeEnd(ctx, k);
    // "Nghị định 105 năm 2014": a bare number's year of issue belongs to it.
    if (e === k + 1 && ctx.keyAt(e) === 'năm' && isYearAt(ctx, e + 1)) e += 2;
    // "Kế hoạch số 45/KH-SXD", "Đề án 06" but not "Báo cáo 2020" or "Kế hoạch 3 năm": a plan or report
    // needs "số", a code, or a bare number (no year) that ends the phrase.
    if (CODE_ONLY_DOC_HEADS.has(key) && ctx.keyAt(j) !== 'số' && e === k + 1 && !namedByNumber(ctx, k, ctx.tokens[i]!.cap)) return null;
    // "Hiến pháp 1992 (sửa đổi, bổ sung năm 2001)": a law dated by its year keeps its amendment mark.
    if (LAW_HEADS.has(key) && e === k + 1 && isYearAt(ctx, k)) return { i, j: amendmentEnd(ctx, e) };
    return { i, j: e };
  }
  if (DATED_HEADS.has(key)) {
    const span = { i, j: 0 };
    span.j = datedIssuedEnd(ctx, span, j, DATE_NAMED_HEADS.has(key));
    if (span.j > 0) return span;
  }
  const qualified = qualifiedCodeEnd(ctx, j);
  if (qualified > 0) return { i, j: qualified };
  const aliased0 = shortNamedEnd(ctx, j);
  if (aliased0 > 0) return { i, j: aliased0 };
  // "Chỉ thị “Nhật - Pháp bắn nhau và hành động của chúng ta”": a title in quotes right after the head.
  if (QUOTED_TITLE_HEADS.has(key)) {
    const e = quotedTitleEnd(ctx, j);
    if (e > 0) return { i, j: e };
  }
  if (key === 'cương lĩnh') {
    const e = platformEnd(ctx, j);
    return e > 0 ? { i, j: e } : null;
  }
  // "Tuyên bố" opening a sentence is the verb "declare".
  if (key === 'tuyên bố' && startsSentence(ctx.tokens, i)) return null;
  const between = TREATY_HEADS.has(key) ? betweenPartiesEnd(ctx, j) : 0;
  if (between > 0) return { i, j: between };
  // "Hiệp định Bảo hộ đầu tư (EVIPA)": words closed by a short name in brackets bound a treaty's name too.
  const aliasedFirst = TREATY_HEADS.has(key) ? bracketNamedEnd(ctx, j, true) : 0;
  if (aliasedFirst > 0) return { i, j: aliasedFirst };
  // "Đạo luật Chống đối thủ của Mỹ thông qua trừng phạt (CAATSA)": a foreign act's name in translated words runs to its short name, as a treaty's does.
  const act = key === 'đạo luật' && isCapWord(ctx, j) ? bracketNamedEnd(ctx, j, true) : 0;
  if (act > 0 && !ctx.keys.slice(j, act).some((k) => k !== null && ACT_CLAUSE_WORDS.has(k))) return { i, j: act };
  if (TREATY_HEADS.has(key)) {
    const named0 = treatyNameEnd(ctx, j);
    // "Hiệp định Marrakesh thành lập Tổ chức Thương mại Thế giới": what a founding treaty founds belongs to its name.
    const founded = named0 > 0 && ctx.keyAt(named0) === 'thành' && ctx.keyAt(named0 + 1) === 'lập' ? orgAt(ctx, named0 + 2) : null;
    const named = founded ? founded.j : named0;
    const e = named > 0 && DECLARATIONS.has(key) ? declarationTitleEnd(ctx, meetingNumberEnd(ctx, j, named)) : named;
    // "Thông cáo chung Việt Nam - Ấn Độ": a joint communiqué is named by its parties.
    if (e > 0 && (key !== 'thông cáo chung' || ctx.tokens.slice(j, e).some((u) => u.kind === PUNCT && '-–'.includes(u.s)))) {
      // "Hiệp định Thương mại tự do" without its parties is the kind of treaty (an FTA), no name.
      return ctx.keys.slice(j, e).join(' ') === 'thương mại tự do' ? null : { i, j: e };
    }
    // "Hiệp định về hợp tác phòng chống tội phạm xuyên quốc gia": a treaty named by its subject, where the clause ends or goes on with its verb ("Tuyên bố về …" is mostly a statement made).
    // "Hiệp định khung về …": a word of kind before the subject.
    // "Bản ghi nhớ hợp tác về …": "hợp tác" (cooperation) is such a word, of two syllables.
    const kind = ctx.keyAt(j) === 'hợp' && ctx.keyAt(j + 1) === 'tác' && ctx.keyAt(j + 2) === 'về' ? 2 : ctx.keyAt(j) !== 'về' && ctx.keyAt(j + 1) === 'về' && ctx.isWord(j) && !ctx.tokens[j]!.cap && !DOC_STOP.has(ctx.tokens[j]!.k) ? 1 : 0;
    // "Hiệp ước hạt nhân năm 2015": a kind in lower-case words that its year makes one treaty.
    const dated = subjectYearEnd(ctx, j);
    if (dated > 0) return { i, j: dated };
    const subject = key !== 'tuyên bố' && key !== 'thông cáo chung' ? subjectEnd(ctx, j + kind) : 0;
    if (subject > 0 && clauseGoesOn(ctx, subject)) return { i, j: subject };
  }
  // "Chiến lược phát triển nhà ở quốc gia đến năm 2020", "Hiệp định đối tác tự nguyện (VPA)":
  // a plan named by its period, or any document named in words and then by its short name.
  const period = periodNamedEnd(ctx, j);
  // A rule book issued ("về ban hành Quy chế …") is bounded by its own rule below.
  const quoted = period > 0 || RULEBOOK_HEADS.has(key) ? 0 : quotedByTitleEnd(ctx, i, j);
  if (quoted > 0) return { i, j: quoted };
  // "Bộ luật Hình sự 2015 (sửa đổi, bổ sung năm 2017)": a dated law keeps its amendment mark.
  if (period > 0) return { i, j: LAW_HEADS.has(key) ? amendmentEnd(ctx, period) : period };
  const aliased = bracketNamedEnd(ctx, j);
  if (aliased > 0) return { i, j: aliased };
  if (PLAN_HEADS.has(key)) {
    const e = namedPlanEnd(ctx, i, j);
    if (e > 0) return { i, j: e };
  }
  if (key === 'chương trình') {
    const yearly = yearlyProgrammeEnd(ctx, j);
    if (yearly > 0) return { i, j: yearly };
  }
  if (PROGRAMME_HEADS.has(key)) {
    const named = programmeSubjectEnd(ctx, i, j);
    if (named > 0) return { i, j: named };
  }
  // "Thông báo kết luận của Thường trực Thành ủy về …": the notice of conclusions takes a subject as the conclusions do.
  if (CODE_ONLY_DOC_HEADS.has(key) && key !== 'văn kiện' && key !== 'thông báo kết luận') return null;


  const session = sessionEnd(ctx, j);
  if (session > 0) return { i, j: session };

  const amending = amendingEnd(ctx, j);
  if (amending > 0) return { i, j: amending };
  // "Luật sửa đổi, bổ sung …" whose amended law this rule cannot bound: no name in words either.
  if (ctx.keyAt(j) === 'sửa' && ctx.keyAt(j + 1) === 'đổi') return null;
  if (LAW_HEADS.has(key)) {
    const e = lawNameEnd(ctx, j);
    // "Luật hạn chế việc nhập cư …" opening a sentence: the common noun "law" (a named law is capitalised or dated).
    if (e > 0 && (key === 'luật' || key === 'đạo luật') && startsSentence(ctx.tokens, i) && !ctx.tokens[j]!.cap && !isYearAt(ctx, e - 1)) return null;
    // "Hiến pháp": the Constitution is named by its head alone.
    return e > 0 ? { i, j: numberedEnd(ctx, e) } : key === 'hiến pháp' ? { i, j } : null;
  }
  if (RULEBOOK_HEADS.has(key) || key === 'hướng dẫn') {
    const issued = issuedTitleEnd(ctx, i, j);
    if (issued > 0) return { i, j: issued };
  }
  // "ban hành Thông tư quản lý chất lượng bệnh viện với 83 tiêu chí": a legal document issued under its title in words.
  if (ISSUED_NAMED_HEADS.has(key) && i >= 2 && ctx.keyAt(i - 2) === 'ban' && ctx.keyAt(i - 1) === 'hành' && ctx.keyAt(j) !== 'về') {
    const named = namedPlanEnd(ctx, i, j);
    // A subject after "về" ("Nghị định quy định về …") is bounded by the subject's own rule below.
    if (named > 0 && !ctx.keys.slice(j, named).includes('về')) return { i, j: named };
  }
  if (RULEBOOK_HEADS.has(key)) {
    const e = rulebookEnd(ctx, j);
    if (e > 0) return { i, j: e };
    // "Quy định những điều đảng viên không được làm": a rule book of "the things" (not) to do is titled by the whole clause.
    const things = ctx.keyAt(j) === 'những' && ctx.keyAt(j + 1) === 'điều' && !startsSentence(ctx.tokens, i) ? thingsTitleEnd(ctx, j + 2) : 0;
    if (things > 0) return { i, j: things };
    // "Quy chế dân chủ ở cơ sở", "Quy chế tuyển sinh đại học", "Quy định xử lý kỷ luật đảng viên vi phạm": a capitalised rule book named by its words, like a plan.
    if (key === 'quy chế' || key === 'nội quy' || key === 'quy định') {
      const named = namedPlanEnd(ctx, i, j);
      if (named > 0) return { i, j: named };
    }
    // "Điều lệ Đảng", "Điều lệ Công đoàn Việt Nam": a charter is named by its body alone.
    if (key === 'điều lệ' && isCapWord(ctx, j)) {
      const org = orgAt(ctx, j);
      let q = org ? org.j : j;
      // "Điều lệ MTTQ Việt Nam": the body's country after its short name.
      if (org && COUNTRIES.match(ctx.keys, q) > 0) q += COUNTRIES.match(ctx.keys, q);
      while (!org && isCapWord(ctx, q) && !TIME_STARTERS.has(ctx.tokens[q]!.k)) q++;
      return { i, j: q };
    }
  }
  // "Quy định về sức khỏe không cho phép …" opening a sentence: the common noun, not a named rule.
  if (SUBJECT_DOC_HEADS.has(key) && (!(RULEBOOK_HEADS.has(key) || key === 'kết luận') || !startsSentence(ctx.tokens, i))) {
    // "Nghị quyết của Quốc hội về …", "Chỉ thị của Thủ tướng Chính phủ về …"
    if (ctx.keyAt(j) === 'của') {
      const by = orgAt(ctx, j + 1)?.j ?? issuingOfficeEnd(ctx, j + 1);
      if (!by) return null;
      j = by;
    }
    // "Nghị quyết chuyên đề về …": a word or two of kind before the subject.
    // "Nghị định quy định về …": the verb "regulate" before the subject too.
    if (ctx.keyAt(j) === 'quy' && ctx.keyAt(j + 1) === 'định' && ctx.keyAt(j + 2) === 'về') j += 2;
    // "ban hành Nghị định quy định một số cơ chế …", "dự thảo Thông tư quy định chi tiết …": the title after the verb "regulate",
    // only where a verb names the document ("Nghị định quy định một số trường hợp …" alone is the decree doing it).
    else if (ctx.keyAt(j) === 'quy' && ctx.keyAt(j + 1) === 'định' && ((ctx.keyAt(j + 2) === 'một' && ctx.keyAt(j + 3) === 'số') || (ctx.keyAt(j + 2) === 'chi' && ctx.keyAt(j + 3) === 'tiết')) && namedByVerb(ctx, i)) {
      const e = subjectEnd(ctx, j + 1, true, true);
      // "… để tạo điều kiện …": a purpose after the title goes on with the clause too.
      return e > 0 && (clauseGoesOn(ctx, e) || ctx.keyAt(e) === 'để' || ctx.keyAt(e) === 'nhằm') ? { i, j: e } : null;
    }
    // "dự thảo Nghị quyết tháo gỡ khó khăn về thuế": after a verb that names it, a longer title before "về".
    const kindWords = namedByVerb(ctx, i) ? 4 : 2;
    for (let q = j; q < j + kindWords && ctx.isWord(q) && !ctx.tokens[q]!.cap && !DOC_STOP.has(ctx.tokens[q]!.k); q++) {
      if (ctx.keyAt(q + 1) === 'về') {
        j = q + 1;
        break;
      }
    }
    const e = subjectEnd(ctx, j, true);
    return e > 0 ? { i, j: e } : null;
  }
  return null;
}

/** "của Thủ tướng Chính phủ về …", "của Chủ tịch UBND tỉnh về …": an office that issues a document (its body after it, if any), then the subject. Returns where "về" stands, or 0. */
function issuingOfficeEnd(ctx: BlockCtx, q: number): number {
  const title = ctx.titleLen[q]!;
  if (title === 0 || !ctx.tokens[q]!.cap) return 0;
  const e = orgAt(ctx, q + title)?.j ?? q + title;
  return ctx.keyAt(e) === 'về' ? e : 0;
}

/** Modal words of a rule: what one must, may or may not do. */
const MODALS = new Set(['được', 'phải', 'cấm']);
/** Words that make "những điều" a reference back ("những điều này"), not a rule book's title. */
const BACK_REFERENCES = new Set(['này', 'đó', 'ấy', 'thì', 'trên']);

/**
 * After "những điều": who ("cán bộ, đảng viên"), then what they must or may not do, closed by the modal
 * and its verb, within twelve words. Returns the end, or 0.
 */
function thingsTitleEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  while (e < ctx.n && e - j < 12) {
    const t = ctx.tokens[e]!;
    if (t.kind === WORD && !t.cap && !BACK_REFERENCES.has(t.k)) {
      e++;
      // "… không được làm": the modal and the verb it rules close the title ("cấm" closes it alone).
      if (MODALS.has(t.k)) return t.k !== 'cấm' && ctx.isWord(e) && !ctx.tokens[e]!.cap ? e + 1 : e;
    } else if (t.s === ',' && ctx.isWord(e + 1) && !ctx.tokens[e + 1]!.cap && e > j) e++;
    else break;
  }
  return 0;
}

/** "Thông tư 15/2015/TT-BVHTTDL Quy định về tổ chức lễ hội": a title right after a code ("Quy định …", "Hướng dẫn …") is that document's. */
function titleOfPrevious(ctx: BlockCtx, out: readonly TokenSpan[], i: number): boolean {
  // Runs at every token: out[-1] on an empty list is a slow named-property lookup, so test the length.
  if (out.length === 0 || out[out.length - 1]!.j !== i) return false;
  const end = ctx.tokens[i - 1]!;
  if (end.kind === WORD && !end.acr) return false;
  const k = ctx.keyAt(i);
  return k === 'quy' || k === 'hướng';
}

/** Separators of a list of documents: "Quyết định số 217, số 218", "Nghị định 15/2020/NĐ-CP và 14/2022/NĐ-CP". */
const LIST_JOINERS = new Set([',', ';', 'và', 'hoặc']);

/** The previous document ends right before i, but for a list separator or two, and ends in its number or code. */
function listedAfter(ctx: BlockCtx, out: readonly TokenSpan[], i: number): boolean {
  if (out.length === 0) return false;
  const last = out[out.length - 1]!;
  if (i - last.j < 1 || i - last.j > 2) return false;
  for (let q = last.j; q < i; q++) if (!LIST_JOINERS.has(ctx.tokens[q]!.k)) return false;
  const end = ctx.tokens[last.j - 1]!;
  return end.kind === NUM || (end.kind === WORD && end.acr);
}

/** Papers that carry a number but are no legal document: a licence, a certificate, a contract, an invoice. */
const PERMITS = new Set(['giấy phép', 'giấy chứng', 'chứng chỉ', 'hợp đồng', 'hóa đơn', 'biên bản', 'biển số']);

/** "giấy phép khai thác khoáng sản … số 582/CNNg-KTM": a permit's noun earlier in the clause (a dozen words at most) owns the number. */
function permitBefore(ctx: BlockCtx, i: number): boolean {
  for (let q = i - 2; q >= 0 && q >= i - 13; q--) {
    if (ctx.tokens[q + 1]!.kind === PUNCT) return false;
    if (PERMITS.has(`${ctx.tokens[q]!.k} ${ctx.tokens[q + 1]!.k}`)) return true;
  }
  return false;
}

/**
 * A document named by its code alone: "số 15/2014/TT-BCA" anywhere (an issuer's capitals after a
 * slash or dash make it a document's number), and in a list after a document "số 218" or a code
 * with its issuer ("và 14/2022/NĐ-CP").
 */
function codeMentionAt(ctx: BlockCtx, out: readonly TokenSpan[], i: number): TokenSpan | null {
  const t = ctx.tokens[i]!;
  const numbered = t.k === 'số' && ctx.tok(i + 1)?.kind === NUM;
  if (!numbered && t.kind !== NUM) return null;
  if (numbered && permitBefore(ctx, i)) return null;
  const k = numbered ? i + 1 : i;
  const e = codeEnd(ctx, k);
  if (issuerCode(ctx, k, e) && (numbered || listedAfter(ctx, out, i))) return { i, j: e };
  return numbered && listedAfter(ctx, out, i) ? { i, j: e } : null;
}

/**
 * "Hiệp định thành lập Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB)": a body's name closes the document,
 * so the short name in brackets after it is the body's, not the document's.
 */
export function bodyClosesName(ctx: BlockCtx, d: TokenSpan): boolean {
  if (!ctx.isPunct(d.j, '(')) return false;
  for (let q = d.i + 1; q < d.j; q++) {
    if (!ctx.tokens[q]!.cap || ctx.headLen[q]! === 0) continue;
    // "… thành lập Tổ chức …": what a founding treaty founds is a body, however far its name runs.
    if (orgAt(ctx, q)?.j === d.j || (ctx.keyAt(q - 2) === 'thành' && ctx.keyAt(q - 1) === 'lập')) return true;
  }
  return false;
}

export function findDocuments(ctx: BlockCtx): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < ctx.n; ) {
    const d = titleOfPrevious(ctx, out, i) ? null : (documentAt(ctx, i) ?? codeMentionAt(ctx, out, i));
    if (d) {
      out.push(d);
      i = d.j;
    } else i++;
  }
  return out;
}
