/**
 * Organisations: a head ("Bộ", "UBND", "Thành ủy", "Hội đồng" …) and the name after it, the longest
 * name as written. A head alone is no entity ("Quận ủy", "Hội", "UBND quận" are generic), except the
 * bodies that are their own name ("Chính phủ", "Bộ Chính trị").
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import * as phrases from './phrases';
import * as textModule from './text';

// Bound once: namespace lookups stay out of the hot loops.
const { LONG_NAME_HEADS, LOWERCASE_HEADS, LOWER_NAMED_HEADS, NOT_ORG_AFTER_HEAD, NOT_ORG_ACRONYMS, ORG_ACRONYMS, ORG_NOUNS, PREFIX_HEADS, SELF_NAMED, STOPWORDS } = lexicons;
const { scanComplement } = phrases;
const { WORD } = textModule;

export interface TokenSpan {
  i: number;
  j: number;
}

function headKey(ctx: BlockCtx, i: number, len: number): string {
  let k = ctx.tokens[i]!.k;
  for (let q = i + 1; q < i + len; q++) k += ' ' + ctx.tokens[q]!.k;
  return k;
}

/** The organisation starting at token i, or null. */
export function orgAt(ctx: BlockCtx, i: number, depth = 0): TokenSpan | null {
  const t = ctx.tok(i);
  if (!t || t.kind !== WORD) return null;
  const h = ctx.headLen[i]!;
  if (h === 0) {
    if (t.acr && ORG_ACRONYMS.has(t.k) && !NOT_ORG_ACRONYMS.has(t.k) && (!ctx.isPunct(i + 1, '-') || ctx.tokens[i + 1]!.sp)) {
      return { i, j: i + 1 };
    }
    return null;
  }
  const key = headKey(ctx, i, h);
  if (!t.cap) {
    // "bộ GTVT", "sở GD-ĐT": a lower-case head before an acronym.
    const next = ctx.tok(i + h);
    if (!LOWERCASE_HEADS.has(key) || !next || next.kind !== WORD || !next.acr) return null;
    if (NOT_ORG_ACRONYMS.has(next.k) && next.k !== 'gtvt') return null;
  }
  if (ctx.titleLen[i]! > h) return null;
  const after = ctx.tok(i + h);
  if (after && after.kind === WORD && !after.cap && NOT_ORG_AFTER_HEAD.has(after.k) && h === 1) return null;

  if (PREFIX_HEADS.has(key)) {
    // "Ban Thường vụ Quận ủy", "Thường trực Chính phủ", "Trung ương Hội Khuyến học Việt Nam".
    const inner = depth < 3 ? orgAt(ctx, i + h, depth + 1) : null;
    if (inner && ctx.tokens[i + h]!.cap) return { i, j: inner.j };
    if (key !== 'ban thường vụ' && key !== 'ban chấp hành') return null;
  }

  const c = scanComplement(ctx, i + h, { councilHead: LOWER_NAMED_HEADS.has(key), longName: LONG_NAME_HEADS.match(ctx.keys, i) === h });
  let j = c.end;
  let substance = c.substance;
  if (!substance && LOWER_NAMED_HEADS.has(key) && !ctx.startsSentence(i)) {
    // "Hội phụ nữ", "Hội người cao tuổi": a mass organisation named in lower case.
    const noun = ORG_NOUNS.match(ctx.keys, i + h);
    const w = ctx.tok(i + h);
    if (noun > 0 && w && !STOPWORDS.has(w.k)) {
      j = i + h + noun;
      substance = true;
    }
  }
  if (!substance && !SELF_NAMED.has(key)) return null;
  return { i, j: Math.max(j, i + h) };
}

export function findOrganizations(ctx: BlockCtx): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  while (i < ctx.n) {
    const title = ctx.isWord(i) ? ctx.titleLen[i]! : 0;
    const head = ctx.isWord(i) ? ctx.headLen[i]! : 0;
    if (title > head) {
      // Skip the title, but not a capitalised head at its end ("Phó trưởng Ban Tổ chức …").
      let q = i + 1;
      while (q < i + title && !(ctx.tokens[q]!.cap && !PREFIX_HEADS.has(ctx.tokens[q]!.k + ' ' + (ctx.keyAt(q + 1) ?? '')) && orgAt(ctx, q))) q++;
      i = q;
      continue;
    }
    const span = orgAt(ctx, i);
    if (span) {
      out.push(span);
      i = span.j;
    } else {
      i++;
    }
  }
  return out;
}
