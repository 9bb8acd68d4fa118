/**
 * Plans named in words: "Đề án tái cơ cấu ngành hàng lúa gạo", "Quy hoạch chung TP Đà Nẵng",
 * "Kế hoạch hành động quốc gia về tăng trưởng xanh", "Kế hoạch sử dụng đất năm 2024". News writes a
 * generic plan in lower case ("kế hoạch", "đề án"); a capitalised head inside a sentence, followed by
 * the plan's own words, names one document. Sentence starts and bodies ("Vụ Kế hoạch", "Viện Chiến
 * lược") are not plans.
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import * as places from './places';
import * as textModule from './text';
import { Trie } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { DOC_HEADS, ORG_HEADS, STOPWORDS, TIME_STARTERS } = lexicons;
const { WORD, NUM, PUNCT } = textModule;
const { COUNTRIES, PLACES } = places;

/** Heads whose capitalised form names a plan by its words alone. */
export const PLAN_HEADS: ReadonlySet<string> = new Set([
  'kế hoạch',
  'kế hoạch hành động',
  'đề án',
  'quy hoạch',
  'chiến lược',
  'chương trình hành động',
  'chương trình mục tiêu',
]);

const MAX_WORDS = 16;
/** Two-word bodies complete in themselves: a plan after them is submitted to them. */
const WHOLE_BODIES = new Set(['chính phủ', 'quốc hội']);
/** Determiners and verbs of the clause around a plan: a name never runs through them (its own verbs, "phát triển", "sử dụng", do). */
const NOT_NAME = new Set(
  'các|những|một|mỗi|rất|đây|kia|ấy|nào|gì|ai|chủ trì|phối hợp|ban hành|phê duyệt|thực hiện|yêu cầu|đề nghị|cho biết|nhấn mạnh|khẳng định|tham gia|gửi|nêu|đề ra|đặt ra|trình|đạt|tăng|giảm|nhằm|như'.split('|'),
);
/** Compounds whose second syllable is also a function word: "hàng không" (aviation), "nhà ở", "tự do". */
const COMPOUNDS = new Set(['hàng không', 'nhà ở', 'tự do']);
/** Verbs of NOT_NAME that make a noun with the next syllable: "giảm nghèo" (poverty reduction), "tăng trưởng" (growth). */
const VERB_NOUNS = new Set(['giảm nghèo', 'tăng trưởng', 'tăng cường', 'giảm thiểu']);
/** Punctuation after which a capital starts a sentence, a quote or a list item, not a name. */
const OPENERS = '.!?:;…“”"(-–•';
/** Words that may follow a plan's name: a clause goes on. Any other word means the name was cut short. */
const AFTER_NAME = new Set(
  'được|đã|đang|sẽ|là|để|nhằm|và|với|trong|theo|do|vì|nên|cho|của|có|thì|mà|này|đó|tới|đến|từ|khi|nhưng|cũng|vẫn|chưa|không|sau|trước|trên|tại|ở|bị|thuộc|gồm|về|vừa|mới|nay|hiện|lên|ra|vào|qua|cùng'.split('|'),
);
/** Words no item of a plan's list runs through. */
const NAME_STOPS: ReadonlySet<string> = new Set([...AFTER_NAME, ...NOT_NAME, ...STOPWORDS]);
/** Function words that may stand inside a plan's name before the next content word. */
const JOINERS = new Set(['của', 'tại', 'ở', 'về', 'và', 'cho']);

/** "theo hướng" (towards) before a content word, inside a plan's or a document's title ("theo hướng dẫn" is "as guided"). */
export const towardsAt = (ctx: BlockCtx, q: number): boolean =>
  ctx.keyAt(q) === 'theo' && ctx.keyAt(q + 1) === 'hướng' && ctx.isWord(q + 2) && !ctx.tokens[q + 2]!.cap && ctx.keyAt(q + 2) !== 'dẫn' && !STOPWORDS.has(ctx.keyAt(q + 2) ?? '');

/**
 * "theo phương thức/hình thức" (by way of) before a lower-case content word, inside a title: "Luật Đầu
 * tư theo phương thức đối tác công tư". `formal`: "phương thức" only (after a law's name "theo hình
 * thức …" is mostly the clause's). Returns 3, or 0.
 */
export const byMeansLen = (ctx: BlockCtx, q: number, formal = false): number =>
  ctx.keyAt(q) === 'theo' &&
  (ctx.keyAt(q + 1) === 'phương' || (!formal && ctx.keyAt(q + 1) === 'hình')) &&
  ctx.keyAt(q + 2) === 'thức' &&
  ctx.isWord(q + 3) &&
  !ctx.tokens[q + 3]!.cap &&
  !STOPWORDS.has(ctx.keyAt(q + 3) ?? '')
    ? 3
    : 0;

const isYear = (ctx: BlockCtx, j: number): boolean => ctx.tok(j)?.kind === NUM && /^(19|20)\d\d$/.test(ctx.tokens[j]!.s);

function startsSentence(ctx: BlockCtx, i: number): boolean {
  if (i === 0) return true;
  const prev = ctx.tokens[i - 1]!;
  return prev.kind === PUNCT && OPENERS.includes(prev.s);
}

/** Words after "năm" that make it a time of the clause ("năm nay", "năm tới", "năm ngoái"). */
const RELATIVE_YEARS = new Set(['nay', 'tới', 'qua', 'sau', 'trước', 'ngoái', 'đó', 'này', 'ấy']);

/** "năm nay", "năm tới": when the clause happens, after a name, not a word of it. */
const relativeYearAt = (ctx: BlockCtx, q: number): boolean => ctx.keyAt(q) === 'năm' && ctx.isWord(q + 1) && RELATIVE_YEARS.has(ctx.keyAt(q + 1) ?? '');

/** A word that may go on a plan's name: a content word, or a capitalised name. */
function contentAt(ctx: BlockCtx, q: number): boolean {
  const t = ctx.tok(q);
  if (!t || t.kind !== WORD) return false;
  // "tiếng Anh": a language's name, not the pronoun "anh".
  if (t.cap) return !TIME_STARTERS.has(t.k) && !(t.title && STOPWORDS.has(t.k) && ctx.keyAt(q - 1) !== 'tiếng') && DOC_HEADS.match(ctx.keys, q) === 0;
  const next = ctx.tok(q + 1);
  if (relativeYearAt(ctx, q)) return false;
  if (AFTER_NAME.has(t.k) || NOT_NAME.has(t.k)) return COMPOUNDS.has(`${ctx.keyAt(q - 1)} ${t.k}`) || (next?.kind === WORD && VERB_NOUNS.has(`${t.k} ${next.k}`));
  return !(next && next.kind === WORD && NOT_NAME.has(t.k + ' ' + next.k));
}

/**
 * The end of a plan named in words after its head (head at i, words from j), or 0. The name runs
 * over content words and capitalised names, through "của/tại/về/và/cho" when a content word follows,
 * and may end in a year ("năm 2024"). A number, a nested document or a run past the limit is no name.
 */
export function namedPlanEnd(ctx: BlockCtx, i: number, j: number): number {
  // Opening a sentence, the head is mostly the common noun ("Kế hoạch phòng chống lụt bão được …"): only a stage closes a name there.
  const atStart = startsSentence(ctx, i);
  if (!atStart) {
    // "Bộ Kế hoạch và Đầu tư", "Vụ Kế hoạch", "phòng Kế hoạch tài chính": a body's name, not a plan.
    const prev = ctx.tokens[i - 1]!;
    // A capitalised function word before it ("Theo Quy hoạch …") opens the sentence; any other is a name's word.
    if (prev.kind === WORD && prev.cap && !STOPWORDS.has(prev.k)) return 0;
    // A whole body ("trình Chính phủ Đề án …", "trình Quốc hội Kế hoạch …") is given the plan, not named by it.
    const whole = i > 1 && WHOLE_BODIES.has(`${ctx.keyAt(i - 2)} ${ctx.keyAt(i - 1)}`);
    if (!whole && (ORG_HEADS.match(ctx.keys, i - 1) === 1 || (i > 1 && ORG_HEADS.match(ctx.keys, i - 2) === 2))) return 0;
  }
  if (ctx.keyAt(j) === 'gia') return 0; // "Chiến lược gia": a strategist
  let q = j;
  let words = 0;
  let limit = MAX_WORDS;
  let carries = false; // the name opens with "thực hiện": what it carries out must follow
  while (q < ctx.n) {
    if (words >= limit) return 0;
    const t = ctx.tokens[q]!;
    if (t.kind === WORD && t.k === 'năm' && isYear(ctx, q + 1)) return words >= 2 && !atStart ? q + 2 : 0;
    // "Quy chế tuyển sinh vào lớp 10 năm học 2017-2018": a school year closes the name as a year does.
    if (t.kind === WORD && t.k === 'năm' && ctx.keyAt(q + 1) === 'học' && isYear(ctx, q + 2)) return words >= 2 && !atStart ? (ctx.isPunct(q + 3, '-–') && isYear(ctx, q + 4) ? q + 5 : q + 3) : 0;
    // "giai đoạn đến 2020, có xét đến năm 2025", "đến năm 2030": the period ends the name.
    if (t.kind === WORD && (t.k === 'giai' || t.k === 'đến')) {
      if (words < 2) return 0;
      const p = periodEnd(ctx, q);
      if (p > 0) return p;
      if (t.k === 'giai') return 0;
    }
    const phrase = setPhraseLen(ctx, q);
    if (phrase > 0) {
      q += phrase;
      words += phrase;
      continue;
    }
    // After "về" the subject is often a verb of the plan's own ("về xây dựng nông thôn mới"): only the clause's verbs (NOT_NAME) stop it.
    if (t.kind === WORD && JOINERS.has(t.k) && words > 0 && contentAt(ctx, q + 1) && (t.k === 'về' || !STOPWORDS.has(ctx.keyAt(q + 1) ?? ''))) {
      q++;
      continue;
    }
    // "Kế hoạch thực hiện chính sách …": right after the head, "thực hiện" is the plan's own verb (later it opens the clause).
    if (words === 0 && t.k === 'thực' && ctx.keyAt(q + 1) === 'hiện' && contentAt(ctx, q + 2) && ctx.keyAt(q + 2) !== 'việc') {
      q += 2;
      words += 2;
      carries = true;
      continue;
    }
    // "chính sách đối với người có công": whom a policy is for.
    if (words > 0 && t.k === 'đối' && ctx.keyAt(q + 1) === 'với' && contentAt(ctx, q + 2)) {
      q += 2;
      continue;
    }
    // "Đề án phát triển nhân lực trong lĩnh vực y tế", "… trong quản lý nhà nước giai đoạn 2021-2025": where the plan works is part of its title.
    if (t.kind === WORD && t.k === 'trong' && words >= 2) {
      const w = withinEnd(ctx, q);
      if (w > 0) {
        q = w;
        continue;
      }
    }
    if (contentAt(ctx, q)) {
      q++;
      words++;
      continue;
    }
    // "Đề án tái cơ cấu ngành nông nghiệp theo hướng nâng cao giá trị gia tăng": the direction the plan takes is part of its name.
    // The direction runs as long as a name of its own.
    if (words >= 2 && towardsAt(ctx, q)) {
      q += 2;
      limit = words + MAX_WORDS;
      continue;
    }
    // "Đề án đào tạo theo hình thức liên kết quốc tế": the way the plan works, like its direction.
    const means = words >= 2 ? byMeansLen(ctx, q) : 0;
    if (means > 0) {
      q += means;
      limit = words + MAX_WORDS;
      continue;
    }
    // "kinh tế - xã hội", "chính trị - xã hội": a dash between lower-case words joins one compound of the name.
    if (dashCompound(ctx, q) && words > 0) {
      q++;
      continue;
    }
    // "Chiến lược quốc gia phòng, chống tham nhũng": the comma between the halves of one compound.
    if (words > 0 && commaCompound(ctx, q)) {
      q++;
      continue;
    }
    // "Đề án phát triển du lịch, dịch vụ vùng Tây Bắc đến năm 2030": a list inside the name.
    if (t.kind === PUNCT && t.s === ',' && words >= 1) {
      const tail = listTailEnd(ctx, q, j, NAME_STOPS);
      if (tail > 0) return atStart ? 0 : tail;
    }
    // A number inside ("Đề án tổng kết 15 năm …") or a document inside: not a name this rule can bound.
    if (t.kind === NUM || (t.kind === WORD && t.cap && DOC_HEADS.match(ctx.keys, q) > 0)) return 0;
    break;
  }
  if (atStart || (carries && words < 4)) return 0;
  // "Kế hoạch Marshall", "Kế hoạch Colombo mới": a plan named after a person or a place abroad, by a capitalised name alone.
  if (words === 1 && q === j + 1 && ctx.tokens[j]!.cap && !ctx.tokens[j]!.acr && PLACES.match(ctx.keys, j) === 0 && COUNTRIES.match(ctx.keys, j) === 0) {
    const after = ctx.tok(q);
    // "mới" (new) right before the clause ends is the plan's own word ("the New Colombo Plan").
    if (after && after.k === 'mới' && (!ctx.tok(q + 1) || ctx.tokens[q + 1]!.kind === PUNCT)) return q + 1;
    if (!after || after.kind === PUNCT || (!after.cap && AFTER_NAME.has(after.k))) return q;
  }
  if (words < 2) return 0;
  // The name must end where the clause goes on: "Đề án đầu tư xây dựng" cut at "xây" (a listed verb) is no name.
  const after = ctx.tok(q);
  if (after && after.kind === WORD && !after.cap && !AFTER_NAME.has(after.k) && !relativeYearAt(ctx, q)) return 0;
  if (after && after.kind === PUNCT && after.s === '(') return 0; // an abbreviation inside the name, or its alias: unbounded
  return q;
}

/** Words of time after "trong": "trong năm 2020", "trong tháng này" say when the clause happens, not where the plan works. */
const TIME_WORDS = new Set(['năm', 'tháng', 'tuần', 'quý', 'ngày', 'thời', 'giai', 'đợt', 'dịp', 'lúc', 'khi', 'đó', 'này']);

/**
 * After "trong" (at q) inside a plan's name, where the plan works: "trong lĩnh vực/ngành …" before a
 * content word, a setting ("trong tình hình mới"), or lower-case words that the plan's period or
 * year closes ("trong cộng đồng đến năm 2025"). Returns where the name's words go on, or 0.
 */
function withinEnd(ctx: BlockCtx, q: number): number {
  // "trong thời gian tới" (in the coming time) says when, as "trong năm" does.
  const setting = ctx.keyAt(q + 1) === 'thời' && ctx.keyAt(q + 2) === 'gian' ? 0 : settingTailLen(ctx, q);
  if (setting > 0) return q + setting;
  const field = ctx.keyAt(q + 1) === 'lĩnh' && ctx.keyAt(q + 2) === 'vực' ? 3 : ctx.keyAt(q + 1) === 'ngành' ? 2 : 0;
  if (field > 0) return contentAt(ctx, q + field) && !TIME_WORDS.has(ctx.keyAt(q + field) ?? '') ? q + field : 0;
  let r = q + 1;
  while (r - q <= 6 && contentAt(ctx, r) && !TIME_WORDS.has(ctx.keyAt(r) ?? '')) r++;
  if (r === q + 1) return 0;
  const closed = ctx.keyAt(r) === 'đến' || ctx.keyAt(r) === 'giai' ? periodEnd(ctx, r) > 0 : ctx.keyAt(r) === 'năm' && isYear(ctx, r + 1);
  return closed ? q + 1 : 0;
}

/** "giai đoạn 2021-2025", "giai đoạn đến 2020", "đến năm 2030", then ", tầm nhìn/có xét/định hướng đến năm 2045". Returns the end or 0. */
export function periodEnd(ctx: BlockCtx, q: number): number {
  let e = q;
  if (ctx.keyAt(e) === 'giai' && ctx.keyAt(e + 1) === 'đoạn') e += 2;
  if (ctx.keyAt(e) === 'đến') e++;
  if (ctx.keyAt(e) === 'năm') e++;
  if (!isYear(ctx, e)) return 0;
  e++;
  if (ctx.isPunct(e, '-–') && isYear(ctx, e + 1)) e += 2;
  if (ctx.isPunct(e, ',')) {
    let v = e + 1;
    if (ctx.keyAt(v) === 'tầm' && ctx.keyAt(v + 1) === 'nhìn') v += 2;
    else if (ctx.keyAt(v) === 'có' && ctx.keyAt(v + 1) === 'xét') v += 2;
    else if (ctx.keyAt(v) === 'định' && ctx.keyAt(v + 1) === 'hướng') v += 2; // ", định hướng đến năm 2030"
    else return e;
    if (ctx.keyAt(v) === 'đến' && ctx.keyAt(v + 1) === 'năm' && isYear(ctx, v + 2)) return v + 3;
  }
  return e;
}

/** "5 năm 2016-2020", "5 năm giai đoạn 2021-2025": a count of years, then the period they are. Returns the end or 0. */
export function countedPeriodEnd(ctx: BlockCtx, q: number): number {
  const t = ctx.tok(q);
  if (!t || t.kind !== NUM || !/^\d{1,2}$/.test(t.s) || ctx.keyAt(q + 1) !== 'năm') return 0;
  return periodEnd(ctx, q + 2);
}

/** Words that may follow a document's name when a list closes it: the clause goes on with its verb. */
const AFTER_LIST = new Set(['được', 'đã', 'sẽ', 'có', 'là', 'nhằm', 'để', 'do', 'của', 'từ', 'này', 'trên', 'tại', 'với', 'cho']);
const MAX_ITEM_WORDS = 10;

/** A run of an item's words from q (lower-case content words, names inside); returns its end. */
function itemEnd(ctx: BlockCtx, q: number, stop: ReadonlySet<string>): number {
  let e = q;
  while (e < ctx.n && e - q < MAX_ITEM_WORDS) {
    const t = ctx.tokens[e]!;
    if (t.kind !== WORD) break;
    // "…, xã giai đoạn 2023-2025", "…, xã năm 2025": the plan's stage or year closes the item.
    if ((t.k === 'giai' || t.k === 'đến') && periodEnd(ctx, e) > 0) break;
    if (t.k === 'năm' && isYear(ctx, e + 1)) break;
    if (t.cap ? DOC_HEADS.match(ctx.keys, e) > 0 || TIME_STARTERS.has(t.k) || ctx.titleLen[e]! > 0 : stop.has(t.k) && !COMPOUNDS.has(`${ctx.keyAt(e - 1)} ${t.k}`)) break;
    e++;
  }
  return e;
}

/**
 * After a comma inside a document's name, the rest of its list: ", nước thải và khí thải công
 * nghiệp", ", dịch vụ vùng Tây Bắc đến năm 2030", ", xét tuyển …" (an item repeating the name's
 * first word). Items are content words; the list closes with "và"/"hoặc" and its last item, or with
 * the plan's period, and then the clause must end or go on with a verb. `first` is the name's first
 * word, `stop` the words no item runs through. Returns the end of the list, or 0.
 */
export function listTailEnd(ctx: BlockCtx, comma: number, first: number, stop: ReadonlySet<string>): number {
  let q = comma + 1;
  const repeats = ctx.keyAt(q) === ctx.keyAt(first) && ctx.keyAt(q + 1) === ctx.keyAt(first + 1) && ctx.isWord(q + 1);
  for (let items = 0; items < 6; items++) {
    // An item opens in lower case: a capital after the comma names the next thing of the sentence's list.
    if (!ctx.isWord(q) || ctx.tokens[q]!.cap) return 0;
    const e = itemEnd(ctx, q, stop);
    if (e === q) return 0;
    const period = ctx.keyAt(e) === 'đến' || ctx.keyAt(e) === 'giai' ? periodEnd(ctx, e) : countedPeriodEnd(ctx, e);
    if (period > 0) return period;
    if (ctx.keyAt(e) === 'năm' && isYear(ctx, e + 1)) return e + 2;
    if (ctx.isPunct(e, ',') && ctx.isWord(e + 1)) {
      q = e + 1;
      continue;
    }
    const k = ctx.keyAt(e);
    if (k === 'và' || k === 'hoặc') {
      const last = itemEnd(ctx, e + 1, stop);
      if (last > e + 1 && ctx.keyAt(last) === 'năm' && isYear(ctx, last + 1)) return last + 2; // "… và thu chi năm 2020"
      return last > e + 1 && closesName(ctx, last) ? last : 0;
    }
    return repeats && closesName(ctx, e) ? e : 0;
  }
  return 0;
}

/** Settings that end a subject's list and stay inside it: "… và nâng cao sức khỏe nhân dân trong tình hình mới". */
const SETTING_TAILS = new Trie(['trong tình hình mới', 'trong thời kỳ mới', 'trong giai đoạn mới', 'trong giai đoạn hiện nay', 'trong thời gian tới', 'trong thời kỳ hội nhập']);

/** The length of a setting at e ("trong tình hình mới"), or 0. */
export const settingTailLen = (ctx: BlockCtx, e: number): number => (ctx.keys[e] === 'trong' ? SETTING_TAILS.match(ctx.keys, e) : 0);

/** The clause ends at e, or goes on with a verb or a preposition. */
function closesName(ctx: BlockCtx, e: number): boolean {
  if (settingTailLen(ctx, e) > 0) return true;
  const t = ctx.tok(e);
  // "… và công cụ hỗ trợ và Luật Tín ngưỡng": "và" before another document's head closes this one.
  return !t || t.kind === PUNCT || (t.kind === WORD && !t.cap && (AFTER_LIST.has(t.k) || (t.k === 'và' && DOC_HEADS.match(ctx.keys, e + 1) > 0 && !!ctx.tok(e + 1)?.cap)));
}

/** A spaced dash between two lower-case content words: "kinh tế - xã hội", "văn hóa - thể thao". */
export function dashCompound(ctx: BlockCtx, q: number): boolean {
  if (!ctx.isPunct(q, '-–') || !ctx.tokens[q]!.sp) return false;
  const before = ctx.tok(q - 1);
  const after = ctx.tok(q + 1);
  return !!before && !!after && before.kind === WORD && !before.cap && after.kind === WORD && !after.cap && after.sp && !STOPWORDS.has(after.k);
}

/** Set phrases with a function word inside: "(doanh nghiệp) nhỏ và vừa" (small and medium), "nông thôn mới" (new countryside). Returns their length at q, or 0. */
/**
 * Second halves of compounds a comma splits inside a document's name: "phòng, chống", "cán bộ, công
 * chức", "khiếu nại, tố cáo", "quản lý, sử dụng", "tín ngưỡng, tôn giáo", "xây dựng, chỉnh đốn",
 * "ngăn chặn, đẩy lùi".
 */
export const COMMA_HALVES: ReadonlySet<string> = new Set(['pháp lệnh', 'công chức', 'tố cáo', 'chống', 'khen thưởng', 'sử dụng', 'tôn giáo', 'chỉnh đốn', 'đẩy lùi']);

/** A comma at q before the second half of one compound of a name ("phòng, chống tham nhũng"). */
export function commaCompound(ctx: BlockCtx, q: number): boolean {
  if (!ctx.isPunct(q, ',')) return false;
  return COMMA_HALVES.has(ctx.keyAt(q + 1) ?? '') || COMMA_HALVES.has(`${ctx.keyAt(q + 1)} ${ctx.keyAt(q + 2)}`);
}

/** A school grade's number, 1 to 12, ending its phrase ("lớp 10", not "lớp 10A" or "lớp 10 tuổi"). */
const gradeAt = (ctx: BlockCtx, q: number): boolean => ctx.tok(q)?.kind === NUM && /^(?:[1-9]|1[0-2])$/.test(ctx.tokens[q]!.s) && !(ctx.tok(q + 1)?.kind === WORD && !ctx.tokens[q + 1]!.sp);

/** Words that open a clause's subject after a comma ("người bán", "mọi người"), never a listed noun. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['người', 'các', 'những', 'mọi', 'ai', 'nhiều']);

/** A lower-case content word of a name at q: no function word, no pause. */
const plainWordAt = (ctx: BlockCtx, q: number): boolean => ctx.isWord(q) && !ctx.tokens[q]!.cap && !STOPWORDS.has(ctx.keyAt(q) ?? '');

/**
 * "tác hại của thuốc lá", "tác hại của rượu, bia": the harm a law fights names what causes it, "của"
 * and a short list of nouns included. Returns the phrase's length from q, or 0.
 */
function harmOfLen(ctx: BlockCtx, q: number): number {
  if (ctx.keyAt(q + 1) !== 'hại' || ctx.keyAt(q + 2) !== 'của') return 0;
  let e = q + 3;
  while (e - q < 5 && plainWordAt(ctx, e)) e++;
  if (e === q + 3) return 0;
  // Further items are single nouns ("rượu, bia"); "…, người bán phải …" after a comma opens the clause.
  while (ctx.isPunct(e, ',') && plainWordAt(ctx, e + 1) && !CLAUSE_OPENERS.has(ctx.keyAt(e + 1) ?? '') && !plainWordAt(ctx, e + 2) && e - q < 10) e += 2;
  return e - q;
}

export function setPhraseLen(ctx: BlockCtx, q: number): number {
  const k = ctx.keyAt(q);
  if (k === 'tác') return harmOfLen(ctx, q);
  if (k === 'nhỏ') return ctx.keyAt(q + 1) === 'và' && ctx.keyAt(q + 2) === 'vừa' ? 3 : 0;
  // "dân chủ ở cơ sở" (grassroots democracy): one legal notion, "ở" no clause's preposition.
  if (k === 'ở' && ctx.keyAt(q - 2) === 'dân' && ctx.keyAt(q - 1) === 'chủ' && ctx.keyAt(q + 1) === 'cơ' && ctx.keyAt(q + 2) === 'sở') return 3;
  // "người có công (với cách mạng)", "người có uy tín": people with …, "có" no verb of the clause.
  if (k === 'người' && ctx.keyAt(q + 1) === 'có' && ctx.isWord(q + 2) && !ctx.tokens[q + 2]!.cap && !STOPWORDS.has(ctx.keyAt(q + 2) ?? '')) {
    return ctx.keyAt(q + 2) === 'công' && ctx.keyAt(q + 3) === 'với' && ctx.keyAt(q + 4) === 'cách' && ctx.keyAt(q + 5) === 'mạng' ? 6 : 2;
  }
  // "nông thôn mới", "đô thị mới": "new" is part of the set phrase, not "just now".
  if ((k === 'nông' && ctx.keyAt(q + 1) === 'thôn') || (k === 'đô' && ctx.keyAt(q + 1) === 'thị')) return ctx.keyAt(q + 2) === 'mới' ? 3 : 0;
  // "tuyển sinh vào lớp 10", "thi vào lớp 6": a school grade and the entry into it are words of the title, no clause's time or number.
  if (k === 'vào' && ctx.keyAt(q + 1) === 'lớp' && gradeAt(ctx, q + 2)) return 3;
  if (k === 'lớp' && gradeAt(ctx, q + 1)) return 2;
  // "dịch vụ theo yêu cầu": on demand, an adjective ("theo yêu cầu của …" is whose request).
  if (k === 'theo' && ctx.keyAt(q - 1) === 'vụ' && ctx.keyAt(q + 1) === 'yêu' && ctx.keyAt(q + 2) === 'cầu' && ctx.keyAt(q + 3) !== 'của') return 3;
  return 0;
}
