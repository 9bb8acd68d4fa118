/**
 * Documents: a capitalised head ("Chỉ thị", "Luật", "Nghị quyết" …) with a number or code
 * ("số 10-CT/TW", "281/QĐ-TTg", "281"), a session reference ("Trung ương 4 khóa XI, XII"), a name in
 * words for laws ("Luật Đất đai 2013"), or a subject ("Nghị quyết về tổ chức chính quyền đô thị").
 */
import type { BlockCtx } from './context';
import * as lexicons from './lexicons';
import type { TokenSpan } from './organizations';
import * as organizations from './organizations';
import * as textModule from './text';

// Bound once: namespace lookups stay out of the hot loops.
const { CODE_ONLY_DOC_HEADS, DOC_HEADS, LAW_HEADS, SUBJECT_DOC_HEADS } = lexicons;
const { orgAt } = organizations;
const { WORD, NUM, PUNCT } = textModule;

const ROMAN = /^[IVXLC]+$/;

/** Words that end a document's name in words. */
const DOC_STOP = new Set(
  (
    'được|là|đã|đang|sẽ|thì|mà|nhưng|cho|có|này|đó|với|theo|nhằm|để|khi|nếu|hay|hoặc|bị|vừa|cũng|đều|' +
    'vẫn|còn|trong|từ|đến|cần|phải|không|chưa|ra|vào|lên|các|những|một|số|và|của|tại|ở|quy|ngày|năm|' +
    'nay|hiện|trên|dưới|qua|sau|trước|do|vì|nên|gồm|như|tới|kể|thuộc|về'
  ).split('|'),
);

function isCapWord(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  return !!t && t.kind === WORD && t.cap;
}

/** A code glued together: "10-CT/TW", "167/2008/QĐ-TTg", "52/2017". Returns the end index. */
function codeEnd(ctx: BlockCtx, j: number): number {
  let e = j + 1;
  while (e < ctx.n && !ctx.tokens[e]!.sp) {
    const t = ctx.tokens[e]!;
    if (t.kind === PUNCT && !'/-.'.includes(t.s)) break;
    e++;
  }
  while (e > j + 1 && ctx.tokens[e - 1]!.kind === PUNCT) e--;
  return e;
}

/** "Trung ương 4 khóa XI, XII", "Đại hội XIII": a session reference after a head. */
function sessionEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  if (ctx.keyAt(e) === 'trung' && ctx.keyAt(e + 1) === 'ương') e += 2;
  else if (ctx.keyAt(e) === 'đại' && ctx.keyAt(e + 1) === 'hội') e += 2;
  else return 0;
  if (ctx.tok(e)?.kind === NUM) e++;
  if (ctx.keyAt(e) === 'khóa' || ctx.keyAt(e) === 'lần') e++;
  if (ctx.keyAt(e) === 'thứ') e++;
  let romans = 0;
  while (e < ctx.n && ROMAN.test(ctx.tokens[e]!.s)) {
    romans++;
    e++;
    const sep = ctx.tok(e);
    if (sep && (sep.s === ',' || sep.k === 'và') && ctx.tok(e + 1) && ROMAN.test(ctx.tokens[e + 1]!.s)) e++;
    else break;
  }
  return romans > 0 || ctx.tokens[e - 1]!.kind === NUM ? e : 0;
}

/** A law's name in words: "Ngân sách Nhà nước", "hoạt động giám sát của Quốc hội và HĐND", "Đất đai 2013". */
function lawNameEnd(ctx: BlockCtx, j: number): number {
  let e = j;
  let words = 0;
  while (e < ctx.n && words < 12) {
    const t = ctx.tokens[e]!;
    if (t.kind === WORD) {
      if ((t.k === 'của' || t.k === 'và') && words > 0 && isCapWord(ctx, e + 1) && !DOC_HEADS.match(ctx.keys, e + 1)) {
        e++;
        continue;
      }
      if (t.k === 'năm' && words > 0 && /^\d{4}$/.test(ctx.tok(e + 1)?.s ?? '')) {
        e += 2;
        break;
      }
      if (!t.cap && DOC_STOP.has(t.k)) break;
      if (t.cap && words > 0 && DOC_HEADS.match(ctx.keys, e) > 0) break;
      e++;
      words++;
      continue;
    }
    if (t.kind === NUM && words > 0 && /^\d{4}$/.test(t.s)) {
      e++;
      break;
    }
    // "Luật Phòng, chống bệnh truyền nhiễm", "sửa đổi, bổ sung".
    if (t.s === ',' && words > 0 && (ctx.keyAt(e + 1) === 'chống' || (ctx.keyAt(e + 1) === 'bổ' && ctx.keyAt(e + 2) === 'sung'))) {
      e++;
      continue;
    }
    if (t.kind === PUNCT && '-–'.includes(t.s) && isCapWord(ctx, e + 1) && words > 0) {
      e++;
      continue;
    }
    break;
  }
  while (e > j && (ctx.tokens[e - 1]!.k === 'của' || ctx.tokens[e - 1]!.k === 'và' || ctx.tokens[e - 1]!.kind === PUNCT)) e--;
  return words > 0 ? amendmentEnd(ctx, e) : 0;
}

/** "Luật Đất đai (sửa đổi)", "(sửa đổi, bổ sung)": the amendment mark belongs to the name. */
function amendmentEnd(ctx: BlockCtx, e: number): number {
  if (!ctx.isPunct(e, '(')) return e;
  let q = e + 1;
  if (ctx.keyAt(q) !== 'sửa' || ctx.keyAt(q + 1) !== 'đổi') return e;
  q += 2;
  if (ctx.isPunct(q, ',') && ctx.keyAt(q + 1) === 'bổ' && ctx.keyAt(q + 2) === 'sung') q += 3;
  return ctx.isPunct(q, ')') ? q + 1 : e;
}

/** "về tổ chức chính quyền đô thị tại TPHCM": a subject after "về". */
function subjectEnd(ctx: BlockCtx, j: number): number {
  if (ctx.keyAt(j) !== 'về') return 0;
  let e = j + 1;
  let words = 0;
  while (e < ctx.n && words < 14) {
    const t = ctx.tokens[e]!;
    if (t.kind !== WORD) break;
    if ((t.k === 'tại' || t.k === 'ở' || t.k === 'của') && isCapWord(ctx, e + 1)) {
      e++;
      continue;
    }
    if (!t.cap && DOC_STOP.has(t.k)) break;
    e++;
    words++;
  }
  return words >= 2 ? e : 0;
}

export function documentAt(ctx: BlockCtx, i: number): TokenSpan | null {
  const t = ctx.tok(i);
  if (!t || t.kind !== WORD || !t.cap) return null;
  const h = DOC_HEADS.match(ctx.keys, i);
  if (h === 0) return null;
  let key = t.k;
  for (let q = i + 1; q < i + h; q++) key += ' ' + ctx.tokens[q]!.k;
  let j = i + h;
  const after = ctx.tok(j);
  if (!after) return null;
  if (LAW_HEADS.has(key) && (after.k === 'sư' || after.k === 'gia')) return null; // "Luật sư", "Luật gia"

  let k = j;
  if (ctx.keyAt(k) === 'số') k++;
  if (ctx.isPunct(k, ':')) k++;
  if (ctx.tok(k)?.kind === NUM) {
    const e = codeEnd(ctx, k);
    // "Kế hoạch số 45/KH-SXD" but not "Báo cáo 2020": a plan or report needs "số" or a code.
    if (CODE_ONLY_DOC_HEADS.has(key) && ctx.keyAt(j) !== 'số' && e === k + 1) return null;
    return { i, j: e };
  }
  if (CODE_ONLY_DOC_HEADS.has(key)) return null;

  const session = sessionEnd(ctx, j);
  if (session > 0) return { i, j: session };

  if (LAW_HEADS.has(key)) {
    const e = lawNameEnd(ctx, j);
    return e > 0 ? { i, j: e } : null;
  }
  if (SUBJECT_DOC_HEADS.has(key)) {
    // "Nghị quyết của Quốc hội về …"
    if (ctx.keyAt(j) === 'của') {
      const org = orgAt(ctx, j + 1);
      if (!org) return null;
      j = org.j;
    }
    const e = subjectEnd(ctx, j);
    return e > 0 ? { i, j: e } : null;
  }
  return null;
}

export function findDocuments(ctx: BlockCtx): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < ctx.n; ) {
    const d = documentAt(ctx, i);
    if (d) {
      out.push(d);
      i = d.j;
    } else i++;
  }
  return out;
}
