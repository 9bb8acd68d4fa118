/**
 * Bodies named without a Vietnamese head: how news writes foreign and brand names that are bodies
 * on their own — groups of states ("G20"), banks by their brand ("VPBank"), firms by a possessive
 * ("Moody's") or an ampersand ("Standard & Poor's"), and palaces that stand for a government
 * ("Điện Élysée").
 */
import type { BlockCtx } from './context';
import type { TokenSpan } from './organizations';
import * as lexicons from './lexicons';
import * as textModule from './text';

const { NUM, PUNCT, WORD, isVietnameseToken } = textModule;
const { HONORIFICS, NOT_ORG_ACRONYMS, REPORT_VERBS, STOPWORDS } = lexicons;

/** Groups of states named "G" and their number ("G7", "G20", "G77"). */
const STATE_GROUPS = new Set(['7', '8', '15', '20', '24', '77']);
/** Firms written as two glued capitals and an ampersand, too short to tell from "R&D" by shape. */
const GLUED_FIRMS = new Set(['s&p', 'at&t', 'h&m', 'p&g']);

/** A capitalised word of no Vietnamese shape ("Moody", "Élysée", "Poors"). */
function foreignCap(ctx: BlockCtx, q: number): boolean {
  const t = ctx.tok(q);
  // isVietnameseToken: the answer kept on the word form, no Map lookup per call.
  return !!t && t.kind === WORD && t.cap && !t.acr && !isVietnameseToken(t);
}

/** "'s" or "’s" glued after token q - 1: the possessive of an English name. Its length, or 0. */
export function possessiveAt(ctx: BlockCtx, q: number): number {
  const apostrophe = ctx.tok(q);
  const s = ctx.tok(q + 1);
  if (!apostrophe || apostrophe.kind !== PUNCT || apostrophe.sp || (apostrophe.s !== "'" && apostrophe.s !== '’')) return 0;
  if (!s || s.kind !== WORD || s.sp || s.k !== 's') return 0;
  const after = ctx.tok(q + 2);
  return after && after.kind === WORD && !after.sp ? 0 : 2;
}

/** Words before a firm quoted as a source ("theo Moody's", "của Fitch's"). */
const SOURCE_WORDS = new Set(['theo', 'của', 'hãng', 'tổ chức']);
/** Words that follow a firm as the subject of a clause ("Moody's vừa hạ", "… đã nâng"). */
const SUBJECT_VERBS = new Set(['vừa', 'đã', 'đang', 'sẽ', 'cũng', 'mới', 'dự báo', 'đánh giá', 'hạ', 'nâng', 'giữ', 'xếp', 'công bố', 'cảnh báo']);

/** "(S&P)", "(J&J)": the capitals in brackets after [i, j) are the initials of its words. */
function initialsInBrackets(ctx: BlockCtx, i: number, j: number): boolean {
  if (!ctx.isPunct(j, '(')) return false;
  let letters = '';
  let q = j + 1;
  while (q < ctx.n && !ctx.isPunct(q, ')') && q - j < 6) letters += ctx.tokens[q++]!.s;
  if (!ctx.isPunct(q, ')')) return false;
  let initials = '';
  for (let k = i; k < j; k++) initials += ctx.tokens[k]!.kind === WORD ? ctx.tokens[k]!.s[0] : ctx.tokens[k]!.s;
  return letters.replace(/\s/g, '') === initials;
}

/** The body named without a head at token i, or null. */
export function headlessBodyAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== WORD || !t.cap) return null;
  // Inside a longer run of capitalised words the name is someone else's ("Cục An ninh G20"); a
  // capitalised function word ("Theo Moody's") opens the sentence, it starts no run.
  const prev = i > 0 ? ctx.tokens[i - 1]! : undefined;
  const inRun = !!prev && prev.kind === WORD && prev.cap && t.sp && !STOPWORDS.has(prev.k);
  const next = ctx.tok(i + 1);
  // "G20", "G7": the group is named by its letter and its number, glued.
  if (t.s === 'G' && next && next.kind === NUM && !next.sp && STATE_GROUPS.has(next.s)) {
    const after = ctx.tok(i + 2);
    if (!after || after.sp || after.kind === PUNCT) return { i, j: i + 2 };
  }
  // "S&P", "AT&T": a firm whose name is glued capitals around an ampersand.
  if (next && ctx.isPunct(i + 1, '&') && !next.sp && ctx.tok(i + 2)?.cap && !ctx.tokens[i + 2]!.sp) {
    if (GLUED_FIRMS.has(`${t.k}&${ctx.keys[i + 2]}`)) return { i, j: i + 3 };
  }
  // "ông Trump's": after an honorific the name is a person's.
  if (inRun || (i > 0 && HONORIFICS.match(ctx.keys, i - 1) === 1)) return null;
  // "PGBank", "LienVietPostBank": a brand word with capitals inside it ending in "bank" is a bank ("Eubank" is a name).
  if (t.k.length >= 6 && t.k.endsWith('bank') && /^\p{Lu}.*\p{Lu}/u.test(t.s) && /\p{Ll}/u.test(t.s)) return { i, j: i + 1 };
  if (!foreignCap(ctx, i)) return null;
  // "Standard & Poor's", "Johnson & Johnson": foreign words joined by a spaced ampersand.
  let j = i + 1;
  while (j < ctx.n && foreignCap(ctx, j) && ctx.tokens[j]!.sp) j++;
  let joined = false;
  // After the ampersand any title-case word goes on ("Ernst & Young": "Young" has a Vietnamese shape).
  while (ctx.isPunct(j, '&') && ctx.tokens[j]!.sp && !!ctx.tok(j + 1)?.title && ctx.tokens[j + 1]!.sp) {
    j += 2;
    while (j < ctx.n && foreignCap(ctx, j) && ctx.tokens[j]!.sp) j++;
    joined = true;
  }
  const own = possessiveAt(ctx, j);
  // "Standard & Poors (S&P)": the joined name is a firm when a possessive or its initials in brackets
  // close it ("Pride & Prejudice" is a novel).
  if (joined) return own > 0 || initialsInBrackets(ctx, i, j) ? { i, j: j + own } : null;
  // "Theo Moody's", "Moody's vừa hạ": one foreign word and an English possessive, the source or the
  // subject of a clause, name a firm ("Victoria's Secret", "Billy Lynn's …" are names of other things).
  if (own === 0 || j - i !== 1) return null;
  const after = ctx.tok(j + own);
  const source = i > 0 && SOURCE_WORDS.has(ctx.keys[i - 1] ?? '');
  const subject = !!after && after.kind === WORD && !after.cap && (SUBJECT_VERBS.has(after.k) || REPORT_VERBS.match(ctx.keys, j + own) > 0);
  return source || subject ? { i, j: j + own } : null;
}

/** "Điện Élysée", "Điện Buckingham": a palace named by a foreign word stands for its government ("Điện Biên" is a province). */
export function palaceAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tokens[i]!;
  if (t.kind !== WORD || !t.title || t.k !== 'điện') return null;
  if (!foreignCap(ctx, i + 1) || !ctx.tokens[i + 1]!.sp) return null;
  return { i, j: i + 2 };
}

/** Words that open a list of examples ("các hãng như …", "… trong đó có …", "gồm …"); not "là" ("công ty … là Kalanick" names a person). */
const LIST_CUES = new Set(['như', 'gồm', 'có']);
/** Classes of firms whose examples may follow by name alone. */
const FIRM_CLASSES = new Set(['công ty', 'tập đoàn', 'hãng', 'ngân hàng', 'doanh nghiệp', 'nhà mạng', 'nhà sản xuất', 'nhà băng']);
const MAX_CLASS_DISTANCE = 8;
// How far back the examples listed before a name may reach (some twenty names): the walk back is bounded, or a long run of capitalised words makes every word walk back over all before it (quadratic time).
const MAX_LISTED_TOKENS = 64;

/** A firm's name at q: 1–3 capitalised words of foreign shape or acronyms. Its end, or q. */
function firmNameEnd(ctx: BlockCtx, q: number): number {
  let e = q;
  while (e < ctx.n && e - q < 3 && ctx.tokens[e]!.kind === WORD && ctx.tokens[e]!.cap && (e === q || ctx.tokens[e]!.sp)) {
    const t = ctx.tokens[e]!;
    if (t.acr ? NOT_ORG_ACRONYMS.has(t.k) : isVietnameseToken(t)) break;
    e++;
  }
  return e;
}

/**
 * "gần 100 công ty công nghệ lớn – trong đó có Apple, Google và Microsoft": after a class of firms and a
 * word that opens examples, the foreign names listed are firms. The name at i, or null.
 */
export function listedFirmAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const e = firmNameEnd(ctx, i);
  if (e === i) return null;
  // Back over the items listed before this one.
  let q = i - 1;
  const stop = Math.max(-1, i - MAX_LISTED_TOKENS);
  while (q > stop && (ctx.isPunct(q, ',') || ctx.keys[q] === 'và' || (ctx.tokens[q]!.cap && firmNameEnd(ctx, q) > q))) q--;
  if (q <= stop || !(ctx.isPunct(q, ':') || LIST_CUES.has(ctx.keys[q] ?? ''))) return null;
  for (let k = q - 1; k >= 0 && q - k <= MAX_CLASS_DISTANCE; k--) {
    const w = ctx.tokens[k]!;
    if (w.kind === PUNCT ? !'-–,'.includes(w.s) : w.cap) return null;
    if (FIRM_CLASSES.has(ctx.keys[k] ?? '') || (k + 1 < q && FIRM_CLASSES.has(`${ctx.keys[k]} ${ctx.keys[k + 1]}`))) return { i, j: e };
  }
  return null;
}
