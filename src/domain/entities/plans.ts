/**
 * Plans named in words: "Đề án tái cơ cấu ngành hàng lúa gạo", "Quy hoạch chung TP Đà Nẵng",
 * "Kế hoạch hành động quốc gia về tăng trưởng xanh", "Kế hoạch sử dụng đất năm 2024". News writes a
 * generic plan in lower case ("kế hoạch", "đề án"); a capitalised head inside a sentence, followed by
 * the plan's own words, names one document. Sentence starts and bodies ("Vụ Kế hoạch", "Viện Chiến
 * lược") are not plans.
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import * as textModule from './text';

// Bound once: namespace lookups stay out of the hot loops.
const { DOC_HEADS, ORG_HEADS, STOPWORDS, TIME_STARTERS } = lexicons;
const { WORD, NUM, PUNCT } = textModule;

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

const MAX_WORDS = 12;
/** Determiners and verbs of the clause around a plan: a name never runs through them (its own verbs, "phát triển", "sử dụng", do). */
const NOT_NAME = new Set(
  'các|những|một|mỗi|rất|đây|kia|ấy|nào|gì|ai|chủ trì|phối hợp|ban hành|phê duyệt|thực hiện|yêu cầu|đề nghị|cho biết|nhấn mạnh|khẳng định|tham gia|gửi|nêu|đề ra|đặt ra|trình|đạt|tăng|giảm|nhằm|như'.split('|'),
);
/** Compounds whose second syllable is also a function word: "hàng không" (aviation), "nhà ở", "tự do". */
const COMPOUNDS = new Set(['hàng không', 'nhà ở', 'tự do']);
/** Punctuation after which a capital starts a sentence, a quote or a list item, not a name. */
const OPENERS = '.!?:;…“”"(-–•';
/** Words that may follow a plan's name: a clause goes on. Any other word means the name was cut short. */
const AFTER_NAME = new Set(
  'được|đã|đang|sẽ|là|để|nhằm|và|với|trong|theo|do|vì|nên|cho|của|có|thì|mà|này|đó|tới|đến|từ|khi|nhưng|cũng|vẫn|chưa|không|sau|trước|trên|tại|ở|bị|thuộc|gồm|về|vừa|mới|nay|hiện|lên|ra|vào|qua|cùng'.split('|'),
);
/** Function words that may stand inside a plan's name before the next content word. */
const JOINERS = new Set(['của', 'tại', 'ở', 'về', 'và', 'cho']);

const isYear = (ctx: BlockCtx, j: number): boolean => ctx.tok(j)?.kind === NUM && /^(19|20)\d\d$/.test(ctx.tokens[j]!.s);

function startsSentence(ctx: BlockCtx, i: number): boolean {
  if (i === 0) return true;
  const prev = ctx.tokens[i - 1]!;
  return prev.kind === PUNCT && OPENERS.includes(prev.s);
}

/** A word that may go on a plan's name: a content word, or a capitalised name. */
function contentAt(ctx: BlockCtx, q: number): boolean {
  const t = ctx.tok(q);
  if (!t || t.kind !== WORD) return false;
  if (t.cap) return !TIME_STARTERS.has(t.k) && !(t.title && STOPWORDS.has(t.k)) && DOC_HEADS.match(ctx.keys, q) === 0;
  if (AFTER_NAME.has(t.k) || NOT_NAME.has(t.k)) return COMPOUNDS.has(`${ctx.keyAt(q - 1)} ${t.k}`);
  const next = ctx.tok(q + 1);
  return !(next && next.kind === WORD && NOT_NAME.has(t.k + ' ' + next.k));
}

/**
 * The end of a plan named in words after its head (head at i, words from j), or 0. The name runs
 * over content words and capitalised names, through "của/tại/về/và/cho" when a content word follows,
 * and may end in a year ("năm 2024"). A number, a nested document or a run past the limit is no name.
 */
export function namedPlanEnd(ctx: BlockCtx, i: number, j: number): number {
  if (startsSentence(ctx, i)) return 0;
  // "Bộ Kế hoạch và Đầu tư", "Vụ Kế hoạch", "phòng Kế hoạch tài chính": a body's name, not a plan.
  const prev = ctx.tokens[i - 1]!;
  // A capitalised function word before it ("Theo Quy hoạch …") opens the sentence; any other is a name's word.
  if (prev.kind === WORD && prev.cap && !STOPWORDS.has(prev.k)) return 0;
  if (ORG_HEADS.match(ctx.keys, i - 1) === 1 || (i > 1 && ORG_HEADS.match(ctx.keys, i - 2) === 2)) return 0;
  if (ctx.keyAt(j) === 'gia') return 0; // "Chiến lược gia": a strategist
  let q = j;
  let words = 0;
  while (q < ctx.n) {
    if (words >= MAX_WORDS) return 0;
    const t = ctx.tokens[q]!;
    if (t.kind === WORD && t.k === 'năm' && isYear(ctx, q + 1)) return words >= 2 ? q + 2 : 0;
    // "giai đoạn đến 2020, có xét đến năm 2025", "đến năm 2030": the period ends the name.
    if (t.kind === WORD && (t.k === 'giai' || t.k === 'đến')) {
      if (words < 2) return 0;
      const p = periodEnd(ctx, q);
      if (p > 0) return p;
      if (t.k === 'giai') return 0;
    }
    if (t.kind === WORD && JOINERS.has(t.k) && words > 0 && contentAt(ctx, q + 1) && !STOPWORDS.has(ctx.keyAt(q + 1) ?? '')) {
      q++;
      continue;
    }
    if (contentAt(ctx, q)) {
      q++;
      words++;
      continue;
    }
    // A number inside ("Đề án tổng kết 15 năm …") or a document inside: not a name this rule can bound.
    if (t.kind === NUM || (t.kind === WORD && t.cap && DOC_HEADS.match(ctx.keys, q) > 0)) return 0;
    break;
  }
  if (words < 2) return 0;
  // The name must end where the clause goes on: "Đề án đầu tư xây dựng" cut at "xây" (a listed verb) is no name.
  const after = ctx.tok(q);
  if (after && after.kind === WORD && !after.cap && !AFTER_NAME.has(after.k)) return 0;
  if (after && after.kind === PUNCT && after.s === '(') return 0; // an abbreviation inside the name, or its alias: unbounded
  return q;
}

/** "giai đoạn 2021-2025", "giai đoạn đến 2020", "đến năm 2030", then ", tầm nhìn/có xét đến năm 2045". Returns the end or 0. */
function periodEnd(ctx: BlockCtx, q: number): number {
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
    else return e;
    if (ctx.keyAt(v) === 'đến' && ctx.keyAt(v + 1) === 'năm' && isYear(ctx, v + 2)) return v + 3;
  }
  return e;
}
