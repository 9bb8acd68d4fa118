/**
 * Officials: named people with a position.
 * - Prefix role: "Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải", chains "Ủy viên Bộ Chính trị, Phó Thủ
 *   tướng Chính phủ Nguyễn Xuân Phúc"; ranks between role and name are skipped ("PGS.TS").
 * - Apposition: "Nguyễn Mạnh Cường, Bí thư Quận ủy Quận 5", "… - Chủ tịch UBND TPHCM",
 *   "(đại diện Tổng công ty 319)", "…, đại diện một doanh nghiệp du lịch tại TPHCM chia sẻ".
 * - Later mentions: the full name again, or honorific/title + given name ("ông Hải", "Bộ trưởng
 *   Dũng"), carry the full name of the first mention. A full name with a slip in its tone marks still
 *   links; a given name alone must match exactly ("Chính" never links to "Chinh"), and a syllable
 *   inside an organisation ("Chính phủ") or followed by more of a name is no short mention.
 * People never given a role anywhere in the article are not officials.
 */
import type { BlockCtx } from './context';
import { successorBefore } from './context';
import * as lexicons from './lexicons';
import type { TokenSpan } from './organizations';
import * as organizations from './organizations';
import * as phrases from './phrases';
import * as places from './places';
import * as textModule from './text';
import { Trie } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { ADMIN_UNITS, BARE_TITLES, HONORIFICS, SURNAMES, LOWERCASE_APPOSITION_TITLES, LOWERCASE_BARE_TITLES, LOWERCASE_PREFIX_TITLES, RANKS, RANK_ABBREVIATIONS, REPORT_VERBS, ROLE_MODIFIERS, STOPWORDS } = lexicons;
const { orgAt } = organizations;
const { COUNTRIES, MAJOR_PLACES, PLACES } = places;
const { scanComplement, wordsBeforeName } = phrases;
const { foldKey, isVietnameseSyllable, keyOf, NUM, WORD, PUNCT } = textModule;

export interface OfficialSpan extends TokenSpan {
  block: number;
  name: string;
  role: string | null;
}

interface Mention {
  i: number;
  j: number;
  /** Full name as written (NFC), or the given name for a short mention. */
  text: string;
  role: string | null;
  short: boolean;
  /** Holds an office the text does not write next to the name ("A trúng cử Tổng thống"). */
  office?: boolean;
  /** A short mention after a title that a lower-case word follows: maybe a body's syllable ("Trưởng phòng Thông tin"). */
  weak?: boolean;
}

/** A lower-case word at j that is no function word or verb of speech: it goes on with the word before. */
function wordGoesOn(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tok(j);
  return !!t && t.kind === WORD && !t.cap && !STOPWORDS.has(t.k) && REPORT_VERBS.match(ctx.keys, j) === 0;
}

function keyOfSpan(ctx: BlockCtx, i: number, j: number): string {
  let k = ctx.tokens[i]!.k;
  for (let q = i + 1; q < j; q++) k += ' ' + ctx.tokens[q]!.k;
  return k;
}

/** "nguyên Chủ tịch", "tân Bộ trưởng": a modifier before a capitalised title; the title's index or i. */
function afterModifier(ctx: BlockCtx, i: number): number {
  const t = ctx.tok(i);
  if (!t || t.kind !== WORD || !ROLE_MODIFIERS.has(t.k)) return i;
  if (t.k === 'quyền' && i > 0 && ctx.keys[i - 1] === 'chính') return i; // "Chính quyền Tổng thống …": the government
  const next = ctx.tok(i + 1);
  if (!next || next.kind !== WORD || ctx.titleLen[i + 1]! === 0) return i;
  // "nguyên thủ tướng", "cựu bộ trưởng": a lower-case office after a lower-case modifier, or after
  // one capitalised only because it opens the sentence ("Cựu giám đốc FBI …").
  return next.cap || ((!t.cap || ctx.startsSentence(i)) && lowerTitleAt(ctx, i + 1)) ? i + 1 : i;
}

/** A lower-case title that may stand before a person's name ("giám đốc Sở …", "thủ tướng"). */
function lowerTitleAt(ctx: BlockCtx, i: number): boolean {
  const key = keyOfSpan(ctx, i, i + ctx.titleLen[i]!);
  return LOWERCASE_PREFIX_TITLES.has(key) || LOWERCASE_BARE_TITLES.has(key);
}

/** "bộ trưởng Nguyễn Chí Dũng": a lower-case office that needs no body before the name. */
function lowerBareTitleAt(ctx: BlockCtx, i: number): boolean {
  return LOWERCASE_BARE_TITLES.has(keyOfSpan(ctx, i, i + ctx.titleLen[i]!));
}

/** One title (after an optional modifier) and what stands after it; returns the end token index or 0. */
function titleSegment(ctx: BlockCtx, i0: number, apposition: boolean): number {
  const i = afterModifier(ctx, i0);
  const t = ctx.tok(i);
  if (!t || t.kind !== WORD) return 0;
  let tl = ctx.titleLen[i]!;
  if (tl === 0) return 0;
  let key = keyOfSpan(ctx, i, i + tl);
  const lowerOk = (k: string) => (apposition ? LOWERCASE_APPOSITION_TITLES : LOWERCASE_PREFIX_TITLES).has(k) || (!apposition && LOWERCASE_BARE_TITLES.has(k));
  // "trưởng phòng Cảnh sát hình sự": a lower-case title may be the head of a longer one the lexicon knows.
  if (!t.cap && !lowerOk(key)) {
    while (tl > 1 && !lowerOk(key)) key = keyOfSpan(ctx, i, i + --tl);
    // Only where the rest is a capitalised body's name ("giám đốc điều hành" is one lower-case title).
    if (!lowerOk(key) || !ctx.tokens[i + tl]!.cap) return 0;
  }
  let e = i + tl;
  // "Tổng thống đương nhiệm", "Tổng thống đắc cử": the term of the office, after the title.
  e += TERM_WORDS.match(ctx.keys, e);
  // "Phó Giám đốc phụ trách Sở Y tế": the body the title is in charge of.
  if (ctx.keyAt(e) === 'phụ' && ctx.keyAt(e + 1) === 'trách' && ctx.tok(e + 2)?.cap) e += 2;
  // "Đặc phái viên của Tổng thống Nga về vấn đề Syria Alexander Lavrentyev": an envoy's sender and
  // mandate, capitalised words (and the lower-case syllables after them) joined by "của" and "về (vấn đề)", run on to the name.
  if (MANDATE_TITLES.has(key)) {
    let q = e;
    while (q < ctx.n && q - e <= MAX_MANDATE && ctx.isWord(q) && ctx.nameEnd[q]! === 0 && (ctx.tokens[q]!.cap || MANDATE_LINKS.has(ctx.keys[q]!) || ctx.tokens[q - 1]!.cap)) q++;
    if (q > e && ctx.nameEnd[q]! > 0 && ctx.tokens[q - 1]!.cap) return q;
  }
  if (key === 'đại diện') {
    const org = orgAt(ctx, e);
    if (org) return org.j;
    // "Đại diện Thương mại Hoa Kỳ": a capitalised office named by a name complement.
    if (t.cap && ctx.tok(e)?.cap) {
      const c = scanComplement(ctx, e);
      if (c.substance) return c.end;
    }
    // "đại diện một doanh nghiệp du lịch tại TPHCM" up to the reporting verb.
    let q = e;
    while (q < ctx.n && q - e < 10 && ctx.tokens[q]!.kind !== PUNCT && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
    return q > e && (q >= ctx.n || ctx.tokens[q]!.kind === PUNCT || REPORT_VERBS.match(ctx.keys, q) > 0) ? q : 0;
  }
  // "Trạm trưởng Trạm kiểm lâm Đakrông", "Tổ trưởng Tổ hợp tác chăn nuôi xã Hòa Định": a unit's head,
  // then that unit by its noun, its lower-case purpose and the place it serves.
  if (tl === 2 && (ctx.keys[i + 1] === 'trưởng' || ctx.keys[i + 1] === 'phó') && ctx.keyAt(e) === ctx.keys[i] && ctx.tokens[e]!.cap) {
    const u = unitBody(ctx, e + 1);
    if (u > 0) return u;
  }
  if (BARE_TITLES.has(key)) {
    // "ĐB Lưu Văn A", "đại biểu Trần Thị B": a deputy's title stands alone before the name.
    if (DEPUTY_TITLES.has(key) && ctx.nameEnd[e]! > 0) return e;
    const org = orgAt(ctx, e);
    if (org) return wordsBeforeName(ctx, org.j) || org.j;
    // "cán bộ địa chính xã Đức Bồng", "cán bộ xử lý tai nạn Đội CSGT …": in an apposition, a staff grade, the
    // field in lower case, then the body or the commune it serves.
    if (apposition && STAFF_GRADES.has(key) && ctx.isWord(e) && !ctx.tokens[e]!.cap) {
      const place = placeAfterPurpose(ctx, e);
      if (place > 0) return place;
      let q = e;
      while (q < ctx.n && q - e < MAX_FIELD_WORDS && ctx.isWord(q) && !ctx.tokens[q]!.cap && !PURPOSE_BREAKS.has(ctx.keys[q]!) && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
      const body = q > e && ctx.tok(q)?.cap ? orgAt(ctx, q) : null;
      if (body) return body.j;
    }
    // "Trưởng BTC giải", "Phó chánh TTGT Đà Nẵng": a body written as an acronym, maybe with its province.
    const a = ctx.tok(e);
    if (a?.acr && a.kind === WORD && ctx.nameEnd[e]! === 0) {
      if (ctx.nameEnd[e + 1]! > 0) return e + 1;
      // "Chánh TTGT tỉnh Bình Định", "Phó Chánh VP UBND tỉnh …": the acronym's province after its unit, or the body the unit serves.
      const u = ADMIN_UNITS.match(ctx.keys, e + 1);
      const place = PLACES.match(ctx.keys, e + 1 + u);
      if (place > 0 && (u === 0 || ctx.tokens[e + 1 + u]!.cap)) return e + 1 + u + place;
      const parent = ctx.tok(e + 1)?.cap ? orgAt(ctx, e + 1) : null;
      return parent ? parent.j : e + 1;
    }
    return 0;
  }
  // "Trưởng khoa Hồi sức tích cực, Bệnh viện …", "Phó Trưởng phòng Cảnh sát truy nã tội phạm": a unit named in
  // sentence case (its first word capitalised, the rest not) after a title ending in the unit's noun.
  if (tl >= 2 && BODY_NOUNS.has(ctx.keys[e - 1]!) && ctx.tok(e)?.cap) {
    const u = sentenceCaseUnit(ctx, e);
    if (u > 0) return u;
  }
  // "Trưởng Ban tổ chức Trung ương", "Trưởng ban quản lý Khu du lịch … Tuyền Lâm": a title ending in
  // the body's own noun, then the rest of that body's name in lower case.
  if (tl >= 2 && BODY_NOUNS.has(ctx.keys[e - 1]!) && ctx.isWord(e) && !ctx.tokens[e]!.cap) {
    // "Trưởng ban chỉ huy phòng chống lụt bão và tìm kiếm cứu nạn huyện Mù Cang Chải": the unit's purpose
    // in lower case, then the place it serves.
    const place = placeAfterPurpose(ctx, e);
    const own = orgAt(ctx, e - 1, 0, true);
    if ((own && own.j > e) || place > 0) return Math.max(own?.j ?? 0, place);
    // "Trưởng phòng quản lý lao động thuộc Hepza": the unit's lower-case name, then the body it belongs to.
    let q = e;
    while (q < ctx.n && q - e < 5 && ctx.isWord(q) && !ctx.tokens[q]!.cap && !STOPWORDS.has(ctx.keys[q]!) && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
    if (q > e && (ctx.keyAt(q) === 'thuộc' || ctx.keyAt(q) === 'của') && ctx.tok(q + 1)?.cap) {
      const parent = orgAt(ctx, q + 1);
      if (parent) return parent.j;
      // "thuộc Hepza": a body named by an acronym or a brand alone.
      const b = ctx.tokens[q + 1]!;
      if ((b.acr || !isVietnameseSyllable(b.k)) && ctx.nameEnd[q + 1]! === 0 && !ctx.tok(q + 2)?.cap) return q + 2;
    }
    // "Trưởng ban chỉ đạo Tây Nguyên cho biết", "Phó Trưởng Ban tổ chức Lễ hội,": the board's purpose, then the
    // capitalised rest of its name (no person's), closed by a pause or a verb of speech.
    let r = e;
    while (r < ctx.n && r - e < MAX_PURPOSE && ctx.isWord(r) && !ctx.tokens[r]!.cap && !PURPOSE_BREAKS.has(ctx.keys[r]!) && REPORT_VERBS.match(ctx.keys, r) === 0) r++;
    let c = r;
    // A capitalised word may carry one lower-case syllable ("Lễ hội").
    while (c < ctx.n && c - r < MAX_BOARD_NAME && ctx.isWord(c) && (ctx.tokens[c]!.cap ? ctx.nameEnd[c]! === 0 : c > r && ctx.tokens[c - 1]!.cap && !PURPOSE_BREAKS.has(ctx.keys[c]!) && REPORT_VERBS.match(ctx.keys, c) === 0)) c++;
    if (r > e && c > r && (c >= ctx.n || ctx.isPunct(c, ',.;:') || SAY_VERBS.match(ctx.keys, c) > 0)) return c;
  }
  // "Đại sứ nước Cộng hòa xã hội chủ nghĩa Việt Nam tại …": the envoy's state after "nước", in its long form.
  const state = ENVOY_TITLES.has(key) && ctx.keyAt(e) === 'nước' ? COUNTRIES.match(ctx.keys, e + 1) : 0;
  const c = state > 0 ? { end: e + 1 + state, substance: true } : scanComplement(ctx, e);
  // "Đại sứ Việt Nam tại Mỹ", "Tổng lãnh sự Việt Nam tại Houston": an envoy's post abroad.
  if (ENVOY_TITLES.has(key) && c.end > e && ctx.keyAt(c.end) === 'tại' && ctx.tok(c.end + 1)?.cap) {
    const place = Math.max(COUNTRIES.match(ctx.keys, c.end + 1), MAJOR_PLACES.match(ctx.keys, c.end + 1));
    let q = c.end + 1 + place;
    if (place === 0) while (q < ctx.n && q - c.end <= 3 && ctx.tokens[q]!.title && ctx.nameEnd[q]! === 0) q++;
    if (q > c.end + 1) return q;
  }
  // The body may run on where the complement stops: over "của Quốc hội" or "về …", a company's lower-case
  // trade words ("Cty vàng Phú Nhuận"), or the office that names a council ("Hội đồng Bộ trưởng").
  // Only then is the body parsed (titles are frequent; orgAt is not free).
  const h = e < ctx.n ? ctx.headLen[e]! : 0;
  // "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội": over the committee's subject after "về" (or "Các vấn đề …") too.
  const mayRunOn = ctx.keyAt(c.end) === 'của' || ctx.keyAt(c.end) === 'về' || (h > 0 && ctx.keyAt(e + h) === 'các') || ctx.titleLen[c.end]! > 0 || (h > 0 && COMPANY_TITLE_HEADS.has(keyOfSpan(ctx, e, e + h)));
  const body = mayRunOn && ctx.tok(e)?.cap ? orgAt(ctx, e) : null;
  if (body && body.j > c.end && (ctx.titleLen[c.end]! === 0 || body.j === c.end + ctx.titleLen[c.end]!)) {
    return (c.substance && wordsBeforeName(ctx, body.j)) || body.j;
  }
  if (c.end <= e) {
    // "…, người phát ngôn của Bộ Ngoại giao": in an apposition the body may follow "của";
    // "Chủ tịch tập đoàn BRG": a body with a lower-case head.
    const owner = apposition && ctx.keyAt(e) === 'của' ? orgAt(ctx, e + 1) : ctx.isWord(e) && !ctx.tokens[e]!.cap ? orgAt(ctx, e) : null;
    // "Giám đốc điều hành của Microsoft - ông Satya Nadella": before the name, "của" and the body (or a
    // brand) are the role's when a pause and an honorific follow them.
    if (!apposition && ctx.keyAt(e) === 'của') {
      const o = owner?.j ?? (brandClosing(ctx, e + 1) ? e + 2 : 0);
      if (o > 0 && ctx.isPunct(o, ',-–') && HONORIFICS.match(ctx.keys, o + 1) > 0) return o;
    }
    if (owner) return owner.j;
    // "giám đốc điều hành hãng Lamborghini": a company named by "hãng" and its brand.
    if (ctx.keyAt(e) === 'hãng' && ctx.tok(e + 1)?.cap && ctx.nameEnd[e + 1]! === 0) {
      let q = e + 1;
      while (q < ctx.n && q - e <= MAX_BRAND && ctx.tokens[q]!.cap && ctx.tokens[q]!.kind === WORD && ctx.nameEnd[q]! === 0) q++;
      return q;
    }
    // "…, người phát ngôn của LNA, cho biết", "Giám đốc điều hành của Microsoft - ông …": after "của" in an
    // apposition, one acronym or foreign brand that the clause closes is the body.
    if (apposition && ctx.keyAt(e) === 'của' && brandClosing(ctx, e + 1)) return e + 2;
    // "Phó Chủ tịch tập đoàn, ông Lee Jae-yong", "Chủ tịch xã, ông A": the body the text speaks of,
    // named by its head in lower case, then the name after a comma and an honorific.
    const generic = ctx.isWord(e) && !ctx.tokens[e]!.cap ? ctx.headLen[e]! || ADMIN_UNITS.match(ctx.keys, e) : 0;
    if (generic > 0 && ctx.isPunct(e + generic, ',-–') && HONORIFICS.match(ctx.keys, e + generic + 1) > 0) return e + generic;
    // "Phó Giám đốc công ty Phạm Văn Đức", "Chủ tịch xã Lò Văn Mạnh": the generic body, then the name.
    if (generic > 0 && !apposition && ctx.nameEnd[e + generic]! > 0) return e + generic;
    return e;
  }
  return (c.substance && wordsBeforeName(ctx, c.end)) || unitClosing(ctx, c.end) || c.end;
}

/**
 * "Chủ tịch UBND xã, cho biết", "Trưởng Công an huyện cho hay": a body ending in a bare administrative
 * unit, the unit the text speaks of, then a pause or a verb of speech; the end after the unit or 0.
 */
function unitClosing(ctx: BlockCtx, j: number): number {
  const t = ctx.tok(j);
  if (!t || t.kind !== WORD || t.cap || ctx.tokens[j - 1]!.kind !== WORD) return 0;
  const u = ADMIN_UNITS.match(ctx.keys, j);
  if (u === 0) return 0;
  const q = j + u;
  return q >= ctx.n || ctx.isPunct(q, ',.;:)-–—') || REPORT_VERBS.match(ctx.keys, q) > 0 ? q : 0;
}

const MAX_PURPOSE = 12;
const MAX_BOARD_NAME = 4;
const MAX_BRAND = 3;
/** Words that end a unit's purpose: the clause goes on ("Trưởng ban cho biết tại huyện …"). */
const PURPOSE_BREAKS = new Set(['là', 'của', 'được', 'bị', 'đã', 'đang', 'sẽ', 'cho', 'tại', 'trong', 'từ', 'đến', 'tới', 'với', 'ở', 'khi', 'thì', 'mà', 'nhưng', 'về', 'theo', 'nay', 'vừa', 'cũng']);

/** Lower-case words of a unit's purpose from e ("và" among them), then an administrative unit and its place; the place's end or 0. */
function placeAfterPurpose(ctx: BlockCtx, e: number): number {
  let q = e;
  while (q < ctx.n && q - e < MAX_PURPOSE && ctx.isWord(q) && !ctx.tokens[q]!.cap && ADMIN_UNITS.match(ctx.keys, q) === 0 && !PURPOSE_BREAKS.has(ctx.keys[q]!) && (ctx.keys[q] === 'và' || REPORT_VERBS.match(ctx.keys, q) === 0)) q++;
  const u = q > e ? ADMIN_UNITS.match(ctx.keys, q) : 0;
  if (u === 0 || !ctx.tok(q + u)?.title || ctx.nameEnd[q + u]! > 0) return 0;
  let r = q + u;
  while (r < ctx.n && r - (q + u) < 4 && ctx.tokens[r]!.title && (r === q + u || ctx.nameEnd[r]! === 0)) r++;
  return r;
}

const MAX_UNIT_REST = 5;

/**
 * From e: capitalised words, then the lower-case rest of a unit's name, closed by a pause, a verb of speech
 * or a person's name; or then the parent body so closed ("Hồi sức ngoại BV Nhi đồng 1"). The end, or 0.
 */
function sentenceCaseUnit(ctx: BlockCtx, e: number): number {
  let q = e;
  while (q < ctx.n && q - e < 3 && ctx.isWord(q) && ctx.tokens[q]!.cap && ctx.nameEnd[q]! === 0) q++;
  const r = q;
  while (q < ctx.n && q - r < MAX_UNIT_REST && ctx.isWord(q) && !ctx.tokens[q]!.cap && !STOPWORDS.has(ctx.keys[q]!) && !PURPOSE_BREAKS.has(ctx.keys[q]!) && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
  if (q === r) return 0;
  const closes = (j: number) => j >= ctx.n || ctx.isPunct(j, ',;:(') || SAY_VERBS.match(ctx.keys, j) > 0 || ctx.nameEnd[j]! > 0;
  if (closes(q)) return q;
  const parent = ctx.tok(q)?.cap ? orgAt(ctx, q) : null;
  return parent && closes(parent.j) ? parent.j : 0;
}

/** After a unit's noun: its lower-case purpose, then maybe an administrative unit, then a place's name; the end or 0. */
function unitBody(ctx: BlockCtx, e: number): number {
  let q = e;
  while (q < ctx.n && q - e < MAX_PURPOSE && ctx.isWord(q) && !ctx.tokens[q]!.cap && ADMIN_UNITS.match(ctx.keys, q) === 0 && !PURPOSE_BREAKS.has(ctx.keys[q]!) && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
  if (q === e) return 0;
  // "Đội quản lý thị trường số 3": the unit's number.
  if (ctx.keys[q - 1] === 'số' && ctx.tok(q)?.kind === NUM) return q + 1;
  const u = ADMIN_UNITS.match(ctx.keys, q);
  const p = q + u;
  let r = p;
  while (r < ctx.n && r - p < 4 && ctx.tokens[r]!.title && ctx.nameEnd[r]! === 0) r++;
  return r > p ? r : u === 0 ? q : 0;
}

/** One acronym or foreign word at q, then a pause or a verb of speech: a body named by its brand. */
function brandClosing(ctx: BlockCtx, q: number): boolean {
  const t = ctx.tok(q);
  if (!t || t.kind !== WORD || !t.cap || ctx.nameEnd[q]! > 0 || !(t.acr || !isVietnameseSyllable(t.k))) return false;
  return q + 1 >= ctx.n || ctx.isPunct(q + 1, ',.;:-–—)') || REPORT_VERBS.match(ctx.keys, q + 1) > 0;
}

/** Is the chain one title alone, maybe after a modifier ("Thủ tướng", "nguyên Chủ tịch nước")? */
function bareTitle(ctx: BlockCtx, chain: TokenSpan): boolean {
  const ti = afterModifier(ctx, chain.i);
  return ti + ctx.titleLen[ti]! === chain.j;
}

/** Titles several people hold at once besides the deputies' ("Phó …"). */
const MANY_HOLDER_TITLES = new Set(['ủy viên', 'thứ trưởng', 'đại biểu', 'đbqh', 'thẩm phán', 'hội thẩm', 'kiểm sát viên', 'điều tra viên']);

/** Is the chain one title (after a modifier) that several people hold at once ("Phó Chủ tịch Quốc hội", "Thứ trưởng Bộ Y tế")? */
function manyHold(ctx: BlockCtx, chain: TokenSpan): boolean {
  const ti = afterModifier(ctx, chain.i);
  const tl = ctx.titleLen[ti]!;
  if (tl === 0 || ti + tl > chain.j || ctx.isPunct(ti + tl, ',') || ctx.keyAt(ti + tl) === 'kiêm') return false;
  return ctx.keys[ti] === 'phó' || MANY_HOLDER_TITLES.has(keyOfSpan(ctx, ti, ti + tl));
}

/** Words before a title that make it the office of someone the sentence's subject meets or serves. */
const OTHER_PARTY = new Set(['với', 'gặp', 'của', 'cho', 'và', 'tiếp', 'thăm']);

/** Words before "lãnh đạo" that make it a body of leaders, not one person's title. */
const COLLECTIVES = new Set(['các', 'những', 'tổ', 'ban', 'nhóm', 'cấp', 'giới', 'đoàn', 'cơ quan', 'vai trò']);

/** Words before a title that make it several people's ("các Phó Chủ tịch …"). */
const PLURALS = new Set(['các', 'hai', 'ba', 'bốn', 'năm', 'những']);

/** Words before a title that make it someone else's: "con rể Tổng thống", "phu nhân Thủ tướng". */
const RELATIVES = new Set(['con', 'vợ', 'chồng', 'cha', 'mẹ', 'bố', 'phu nhân', 'con rể', 'con dâu', 'con gái', 'con trai', 'trợ lý', 'cố vấn']);

function relativeBefore(ctx: BlockCtx, i: number): boolean {
  if (i > 0 && RELATIVES.has(ctx.keys[i - 1] ?? '')) return true;
  // "Trợ lý của Thủ tướng, ông …": staff "of" the title.
  // "Vợ của Tổng thống, bà …": a relative "of" the title.
  if (i > 1 && ctx.keys[i - 1] === 'của' && (RELATIVES.has(ctx.keys[i - 2] ?? '') || RELATIVES.has(`${ctx.keys[i - 3] ?? ''} ${ctx.keys[i - 2] ?? ''}`))) return true;
  if (i > 0 && ctx.keys[i - 1] === 'của') {
    for (let q = i - 2; q >= 0 && i - q <= MAX_STAFF_WORDS + 2; q--) if (STAFF_WORDS.has(ctx.keys[q] ?? '') || STAFF_WORDS.has(`${ctx.keys[q] ?? ''} ${ctx.keys[q + 1] ?? ''}`)) return true;
  }
  return i > 1 && RELATIVES.has(`${ctx.keys[i - 2] ?? ''} ${ctx.keys[i - 1] ?? ''}`);
}

/** Staff of someone named after "của": "Cố vấn chiến lược của Tổng thống Mỹ Donald Trump, ông Steve Bannon". */
const STAFF_WORDS = new Set(['cố vấn', 'trợ lý', 'thư ký', 'người phát ngôn', 'phát ngôn viên']);
const MAX_STAFF_ROLE = 14;
/** Words between the staff word and "của": "Cố vấn cao cấp phụ trách chiến lược của …". */
const MAX_STAFF_WORDS = 10;

/**
 * "Cố vấn chiến lược của Tổng thống Mỹ Donald Trump, ông Steve Bannon": a capitalised staff word, a
 * few words, "của" and the person served, then a comma, an honorific and the name: that phrase is
 * the name's role. Returns it or null.
 */
function staffRoleBefore(ctx: BlockCtx, p: number): string | null {
  const h = p >= 1 && HONORIFICS.match(ctx.keys, p - 1) === 1 ? 1 : p >= 2 && HONORIFICS.match(ctx.keys, p - 2) === 2 ? 2 : 0;
  const comma = p - h - 1;
  if (h === 0 || comma < 3 || !ctx.isPunct(comma, ',')) return null;
  let of = -1;
  for (let q = comma - 1; q >= 0 && comma - q <= MAX_STAFF_ROLE; q--) {
    const t = ctx.tokens[q]!;
    if (t.kind === PUNCT) return null;
    if (t.k === 'của') {
      of = q;
      break;
    }
  }
  for (let q = of - 1; q >= 0 && of - q <= MAX_STAFF_WORDS; q--) {
    const t = ctx.tokens[q]!;
    if (t.kind !== WORD) return null;
    const two = q + 1 < of ? `${t.k} ${ctx.keys[q + 1]}` : '';
    if (t.cap && (STAFF_WORDS.has(t.k) || STAFF_WORDS.has(two))) return ctx.slice(q, comma);
  }
  return null;
}

/** Lower-case words a body's name may carry between its capitalised words ("phe Dân chủ tại Thượng viện"). */
const BODY_LINKS = new Set(['tại', 'của', 'phe', 'đảng', 'xứ', 'bang', 'điện', 'thuộc']);
const MAX_BODY_RUN = 8;

/**
 * From j: capitalised words, the lower-case syllables right after them and BODY_LINKS, up to a
 * person's name; the name's start, or 0 ("Hạ nghị sĩ đảng Dân chủ tại Ủy ban Giám sát Hạ viện Elijah Cummings").
 */
function bodyRunToName(ctx: BlockCtx, j: number): number {
  let caps = 0;
  for (let q = j; q < ctx.n && q - j <= MAX_BODY_RUN; q++) {
    if (ctx.nameEnd[q]! > 0) return caps > 0 && ctx.tokens[q - 1]!.cap ? q : 0;
    const t = ctx.tokens[q]!;
    // A capitalised "Ông"/"Bà" starts a new clause whose full stop was lost ("… tỉnh Yên Bái Ông A sinh năm …").
    if (t.kind !== WORD || (t.cap && HONORIFICS.match(ctx.keys, q) > 0)) return 0;
    if (t.cap) caps++;
    else if (!BODY_LINKS.has(t.k) && !(q > j && ctx.tokens[q - 1]!.cap && !STOPWORDS.has(t.k))) return 0;
  }
  return 0;
}

const MAX_YEAR_PART = 4;

/** In a bracket from j: "SN 1954" or "40 tuổi", a comma, then a title chain closed by ")", "," or ";": the title, or null. */
function titleAfterYear(ctx: BlockCtx, j: number): string | null {
  let q = j;
  let year = false;
  for (; q < ctx.n && q - j < MAX_YEAR_PART && !ctx.isPunct(q, ',()'); q++) if (ctx.tokens[q]!.kind === NUM) year = true;
  if (!year || !ctx.isPunct(q, ',')) return null;
  const chain = roleChain(ctx, q + 1, true);
  return chain && ctx.isPunct(chain.j, '),;') ? ctx.slice(chain.i, chain.j) : null;
}

const MAX_CHARGE_WORDS = 6;

/**
 * "Ông A, phụ trách phòng kỹ thuật của Công ty B, cho biết": in an apposition, "phụ trách", the field or
 * unit in lower case, maybe "của"/"thuộc"/"tại", then the body, closed by a pause or a verb of speech: the role, or null.
 */
function inChargeRole(ctx: BlockCtx, end: number): string | null {
  if (!ctx.isPunct(end, ',-–') || ctx.keyAt(end + 1) !== 'phụ' || ctx.keyAt(end + 2) !== 'trách') return null;
  let q = end + 3;
  while (q < ctx.n && q - end - 3 < MAX_CHARGE_WORDS && ctx.isWord(q) && !ctx.tokens[q]!.cap && REPORT_VERBS.match(ctx.keys, q) === 0) q++;
  if (!ctx.tok(q)?.cap) return null;
  // "… Công ty B thì khẳng định": "thì" after the subject's apposition closes it too.
  const closes = (j: number) => j >= ctx.n || ctx.isPunct(j, ',.;') || REPORT_VERBS.match(ctx.keys, j) > 0 || ctx.keyAt(j) === 'thì';
  const body = orgAt(ctx, q);
  if (!body || !closes(body.j)) return null;
  // "phụ trách Phòng Kỹ thuật, Công ty B": the parent body after the comma closes the role.
  const parent = ctx.isPunct(body.j, ',') && ctx.tok(body.j + 1)?.cap ? orgAt(ctx, body.j + 1) : null;
  return ctx.slice(end + 1, parent && closes(parent.j) ? parent.j : body.j);
}

/** "Thay mặt Ban Tổ chức, ông A …": the words before a title that make the speaker act for it, not hold it. */
function onBehalfBefore(ctx: BlockCtx, i: number): boolean {
  return i >= 2 && ctx.keys[i - 2] === 'thay' && ctx.keys[i - 1] === 'mặt';
}

/**
 * "Ông Nguyễn Văn Sơn là Phó Giám đốc Sở Xây dựng", "Ông Sơn hiện là Chủ tịch …": "là" (maybe after a
 * word of time) right after the name, then a capitalised title: that title is the name's role, or null.
 */
function copulaRole(ctx: BlockCtx, end: number): string | null {
  const link = ctx.keyAt(end) === 'là' ? 1 : APPOSITION_LINKS.match(ctx.keys, end);
  if (link === 0 || ctx.keyAt(end + link - 1) !== 'là') return null;
  const ti = afterModifier(ctx, end + link);
  if (!ctx.tok(ti)?.cap || ctx.titleLen[ti]! === 0) return null;
  const chain = roleChain(ctx, end + link, true);
  return chain ? ctx.slice(chain.i, chain.j) : null;
}

/** Words between an apposition's pause and its title: "A - khi đó là Giám đốc …", "B, hiện là Chủ tịch …". */
const APPOSITION_LINKS = new Trie(['khi đó là', 'lúc đó là', 'khi ấy là', 'lúc ấy là', 'hiện là', 'nay là', 'từng là', 'đương kim']);

/** Words before an appointment ("vừa được bổ nhiệm"). */
const APPOINT_ADVERBS = new Set(['vừa', 'đã', 'chính', 'thức', 'được', 'bị']);
/** Verbs that give a person an office, and the links to the office after them. */
// "thôi làm", "bị cách chức": leaving an office, or being removed from it, shows it was held.
const APPOINT_VERBS = new Trie(['bổ nhiệm', 'tái bổ nhiệm', 'bầu', 'bầu lại', 'điều động', 'luân chuyển', 'phân công', 'chỉ định', 'trúng cử', 'đắc cử', 'tái đắc cử', 'tái cử', 'nhậm chức', 'tuyên thệ nhậm chức', 'thôi', 'xin thôi', 'cách chức', 'miễn nhiệm', 'bãi nhiệm']);
/** Verbs a person does to win an office; the others are done to the person, and need "được" ("Tổng thống A chỉ định làm …" names the one who appoints). */
const WIN_VERBS = new Set(['trúng cử', 'đắc cử', 'tái đắc cử', 'tái cử', 'nhậm chức', 'tuyên thệ nhậm chức', 'thôi', 'xin thôi']);
const APPOINT_LINKS = new Trie(['làm', 'chức', 'chức vụ', 'giữ chức', 'giữ chức vụ', 'giữ cương vị', 'vào chức', 'vào chức vụ', 'đảm nhiệm chức', 'đảm nhiệm chức vụ', 'đảm nhận chức', 'đảm nhận chức vụ']);
const MAX_APPOINT_ADVERBS = 3;
const MAX_DAY_TOKENS = 6;

/**
 * "Ông A được bổ nhiệm làm Giám đốc Sở …", "bầu bà B giữ chức Chủ tịch …": the office an appointment
 * gives the name right before it is that name's role. "Ông C trúng cử Tổng thống Mỹ": an office won
 * makes C an official, but the election is no title written next to the name (role null).
 */
function appointedRole(ctx: BlockCtx, end: number): { role: string | null; office: boolean } | null {
  let q = end;
  let passive = false;
  // "Ông A hôm 14-5 đã tuyên thệ nhậm chức …": a day written between the name and the verb.
  if (q < ctx.n && (ctx.keys[q] === 'hôm' || ctx.keys[q] === 'ngày') && ctx.tok(q + 1)?.kind === NUM) {
    q += 2;
    while (q < ctx.n && q - end < MAX_DAY_TOKENS && (ctx.tokens[q]!.kind === NUM || (ctx.isPunct(q, '-/.') && !ctx.tokens[q]!.sp))) q++;
  }
  for (; q < ctx.n && q - end < MAX_APPOINT_ADVERBS + MAX_DAY_TOKENS && APPOINT_ADVERBS.has(ctx.keys[q] ?? ''); q++) passive ||= ctx.keys[q] === 'được' || ctx.keys[q] === 'bị';
  const verb = APPOINT_VERBS.match(ctx.keys, q);
  const won = verb > 0 && WIN_VERBS.has(keyOfSpan(ctx, q, q + verb));
  if (verb > 0 && !passive && !won) return null;
  q += verb;
  const link = APPOINT_LINKS.match(ctx.keys, q);
  if (link === 0 && verb === 0) return null;
  // After "làm" alone, the office must be capitalised ("làm việc", "làm giám đốc" read as work).
  const at = q + link;
  if (verb === 0 && !ctx.tok(afterModifier(ctx, at))?.cap) return null;
  // An office won or taken up may be written in lower case ("nhậm chức tổng thống Pháp").
  if (won && ctx.titleLen[afterModifier(ctx, at)]! > 0) return { role: null, office: true };
  const chain = roleChain(ctx, at, true);
  if (!chain) return null;
  return won ? { role: null, office: true } : { role: ctx.slice(chain.i, chain.j), office: true };
}

/** Company heads whose name may start with lower-case trade words ("Cty vàng Phú Nhuận"). */
const COMPANY_TITLE_HEADS = new Set(['công ty', 'tổng công ty', 'cty', 'tcty', 'xí nghiệp', 'hợp tác xã']);

/** Civil servants' grades: the field they work in may stand between the grade and the body. */
const STAFF_GRADES = new Set(['cán bộ', 'chuyên viên', 'chuyên viên chính', 'chuyên viên cao cấp']);
const MAX_FIELD_WORDS = 5;

/** Last syllables of titles that are the body's own noun ("Trưởng ban", "Trưởng phòng", "Trưởng khoa"). */
const BODY_NOUNS = new Set(['ban', 'phòng', 'khoa']);

/** Envoys sent on a mandate: who sent them and on what follow ("của Tổng thống Nga về vấn đề Syria"). */
const MANDATE_TITLES = new Set(['đặc phái viên', 'đặc sứ']);
const MANDATE_LINKS = new Set(['của', 'về', 'vấn', 'đề', 'tình', 'hình']);
const MAX_MANDATE = 10;

/** Envoys: their post abroad follows "tại". */
const ENVOY_TITLES = new Set(['đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'lãnh sự', 'trưởng đại diện', 'tùy viên', 'tham tán']);

/** Words for the country of the article between a title and a name ("Tổng thống nước này …"). */
const COUNTRY_PRONOUNS = new Trie(['nước này', 'nước láng giềng', 'nước chủ nhà', 'nước sở tại', 'nước bạn', 'xứ sở này']);

/** Words for the term or the standing of an office, written after the title ("Tổng thống đắc cử Donald Trump", "Phó Giám đốc thường trực Sở …"). */
const TERM_WORDS = new Trie(['đầu tiên', 'mới', 'thường trực', 'danh dự', 'đương nhiệm', 'đắc cử', 'mãn nhiệm', 'sắp mãn nhiệm', 'lâm thời', 'tạm quyền']);

/** Deputies: a title that needs no body when a name follows it. */
const DEPUTY_TITLES = new Set(['đại biểu', 'đb', 'đbqh']);

/**
 * "Đại biểu Quốc hội khóa XIV", "Ủy viên Ban Chấp hành Trung ương Đảng khóa XII", "… khóa XIV đơn vị
 * thành phố Đà Nẵng": the term of an elected body (a Roman numeral or a number), then maybe the
 * constituency, belong to the role. Returns the end after them, or e.
 */
function termAfter(ctx: BlockCtx, e: number): number {
  if (e === 0 || ctx.tokens[e - 1]!.kind === PUNCT) return e;
  // "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh", "Đại biểu Quốc hội chuyên trách": a full-time seat, maybe with its province.
  if (ctx.keyAt(e) === 'chuyên' && ctx.keyAt(e + 1) === 'trách') {
    const u = ADMIN_UNITS.match(ctx.keys, e + 2);
    const place = u > 0 ? PLACES.match(ctx.keys, e + 2 + u) : 0;
    return e + 2 + (place > 0 || (u > 0 && ctx.nameEnd[e + 2 + u]! > 0) ? u + place : 0);
  }
  if (ctx.keyAt(e) !== 'khóa') return e;
  const t = ctx.tok(e + 1);
  if (!t || !(t.kind === NUM || (t.acr && /^[IVXL]+$/.test(t.s)))) return e;
  let q = e + 2;
  // "đơn vị tỉnh Quảng Nam", "đơn vị thành phố Đà Nẵng": a deputy's constituency.
  if (ctx.keyAt(q) === 'đơn' && ctx.keyAt(q + 1) === 'vị') {
    const u = ADMIN_UNITS.match(ctx.keys, q + 2);
    const place = PLACES.match(ctx.keys, q + 2 + u);
    if (place > 0) q += 2 + u + place;
  }
  return q;
}

/** Titles joined by "," or "kiêm": "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ". */
function roleChain(ctx: BlockCtx, i: number, apposition: boolean): TokenSpan | null {
  let e = titleSegment(ctx, i, apposition);
  if (e === 0) return null;
  // "lãnh đạo" names a leader only right before the name ("lãnh đạo SPD Martin Schulz"); in a chain or
  // after a collective noun it is a leadership ("các lãnh đạo tỉnh, Bí thư …", "tổ lãnh đạo kinh tế").
  const ti = afterModifier(ctx, i);
  if (ctx.keyAt(ti) === 'lãnh' && ctx.titleLen[ti] === 2) return i > 0 && COLLECTIVES.has(ctx.keys[i - 1] ?? '') ? null : { i, j: e };
  for (;;) {
    const termed = termAfter(ctx, e);
    // A body with its term ("Quốc hội khóa XIV") has no parent body after it: a body after its comma opens the next clause.
    const afterTerm = termed > e;
    e = termed;
    const sep = ctx.tok(e);
    // "Chủ tịch Ủy ban … - Bí thư Thành ủy …": titles joined by a dash too, when a capitalised title follows it.
    const next = afterModifier(ctx, e + 1);
    const dash = !!sep && '-–'.includes(sep.s) && sep.s.length === 1 && !!ctx.tok(next)?.cap && ctx.titleLen[next]! > 0;
    if (!sep || !(sep.s === ',' || sep.k === 'kiêm' || dash)) break;
    // After a comma, a chained title is capitalised ("Bộ trưởng, đại biểu Nguyễn Thị A" is two
    // people) and is no bare deputy title ("của Bộ trưởng, Đại biểu Phạm Văn C").
    if (sep.s === ',' && !apposition && !ctx.tok(afterModifier(ctx, e + 1))?.cap) break;
    const e2 = titleSegment(ctx, e + 1, apposition && (sep.k === 'kiêm' || dash));
    // "… - Trưởng ban tổ chức": after a dash, a title with no body of its own ends the role before it.
    if (dash && sep.s !== ',' && e2 <= next + ctx.titleLen[next]!) break;
    if (e2 === 0) {
      // "Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương": the parent body closes the role.
      const parent = sep.s === ',' && !afterTerm ? orgAt(ctx, e + 1) : null;
      if (parent && (parent.j >= ctx.n || ctx.isPunct(parent.j, ',.;)') || (apposition && REPORT_VERBS.match(ctx.keys, parent.j) > 0))) e = parent.j;
      break;
    }
    if (sep.s === ',' && DEPUTY_TITLES.has(keyOfSpan(ctx, e + 1, e2)) && ctx.titleLen[e + 1] === e2 - e - 1) break;
    e = e2;
  }
  // "…, Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam (PVN)": the body's short name closes the role.
  if (apposition && ctx.isPunct(e, '(') && ctx.tok(e + 1)?.acr) {
    const a = acronymEnd(ctx, e + 1); // "(GD-ĐT)"
    const close = ctx.tok(a)?.kind === NUM && !ctx.tokens[a]!.sp ? a + 1 : a; // "(PC46)"
    if (ctx.isPunct(close, ')')) {
      e = close + 1;
      // "… (PC46), Công an tỉnh Nghệ An cho biết", "… (PC45) Công an tỉnh Tiền Giang cho biết": the parent body closes the role.
      const parent = ctx.isPunct(e, ',') ? orgAt(ctx, e + 1) : ctx.tok(e)?.cap ? orgAt(ctx, e) : null;
      if (parent && (parent.j >= ctx.n || ctx.isPunct(parent.j, ',.;)') || REPORT_VERBS.match(ctx.keys, parent.j) > 0)) e = parent.j;
    }
  }
  return { i, j: e };
}

/** Skips ranks ("Thượng tướng", "PGS.TS", "TS.") from j. */
function skipRanks(ctx: BlockCtx, j: number, lower = false): number {
  for (let guard = 0; guard < 3; guard++) {
    const r = RANKS.match(ctx.keys, j);
    // "NGƯT", "TTND": an honorary title abbreviated in capitals is a rank as its written-out form is
    // ("PGS." glued to its full stop is read below, with the abbreviations that follow it).
    const glued = r > 0 && ctx.isPunct(j + r, '.') && !ctx.tokens[j + r]!.sp;
    if (r > 0 && (ctx.tok(j)!.title || ((ctx.tok(j)!.acr || lower) && !glued))) {
      j += r;
      continue;
    }
    // Glued abbreviation: PGS.TS, GS.TSKH, TS.
    let q = j;
    let letters = '';
    while (q < ctx.n) {
      const t = ctx.tokens[q]!;
      if (q > j && t.sp) break;
      if (t.kind === WORD) letters += t.k;
      else if (t.s !== '.') break;
      q++;
    }
    if (letters && RANK_ABBREVIATIONS.has(letters) && q > j) {
      j = q;
      continue;
    }
    break;
  }
  return j;
}

/** Honorific or rank standing right before token p. */
function honorificBefore(ctx: BlockCtx, p: number): boolean {
  for (let k = 1; k <= 2; k++) {
    if (p - k >= 0 && HONORIFICS.match(ctx.keys, p - k) === k) return true;
  }
  return false;
}

/** Does any title end right before p? */
function titleEndsBefore(ctx: BlockCtx, p: number): boolean {
  for (let k = 1; k <= 4 && p - k >= 0; k++) if (ctx.titleLen[p - k] === k) return true;
  return false;
}

/** A title ending right before p: "Bộ trưởng Dũng". Returns its start or -1. */
function titleBefore(ctx: BlockCtx, p: number): number {
  for (let k = 4; k >= 1; k--) {
    if (p - k < 0) continue;
    const t = ctx.tokens[p - k]!;
    if (t.kind === WORD && t.cap && ctx.titleLen[p - k]! === k) return p - k;
  }
  return -1;
}

const MAX_BRACKET = 8;
const MAX_LIST_ITEM = 16;

/**
 * Names listed after a colon: "A – Phó Bí thư …; B, C và D". Each item starts with a name (ranks
 * skipped) and may carry words after it up to the next ",", ";" or "và" that a name follows.
 */
/** A list item's name start: after a lower-case honorific ("và ông B") and ranks. */
function itemStart(ctx: BlockCtx, q: number): number {
  const h = ctx.isWord(q) && !ctx.tokens[q]!.cap ? HONORIFICS.match(ctx.keys, q) : 0;
  return skipRanks(ctx, q + (h > 0 && ctx.nameEnd[q + h]! > 0 ? h : 0));
}

function listedNames(ctx: BlockCtx, j: number): number[] {
  const out: number[] = [];
  let q = j;
  while (q < ctx.n) {
    q = itemStart(ctx, q);
    const end = ctx.nameEnd[q]!;
    if (end === 0) break;
    out.push(q);
    q = end;
    // Skip the item's own words up to a separator followed by the next name.
    let k = q;
    let next = -1;
    while (k < ctx.n && k - q < MAX_LIST_ITEM) {
      const t = ctx.tokens[k]!;
      if ((t.s === ',' || t.s === ';' || t.k === 'và') && ctx.nameEnd[itemStart(ctx, k + 1)]! > 0) {
        next = k + 1;
        break;
      }
      if (t.kind === PUNCT && '.!?:'.includes(t.s)) break;
      k++;
    }
    if (next < 0) break;
    q = next;
  }
  return out;
}

/** "GD-ĐT", "TN&MT": from an acronym at q, acronyms glued by "-" or "&"; the index after the last. */
function acronymEnd(ctx: BlockCtx, q: number): number {
  let e = q + 1;
  while (ctx.isPunct(e, '-&') && !ctx.tokens[e]!.sp && ctx.tok(e + 1)?.acr && !ctx.tokens[e + 1]!.sp) e += 2;
  return e;
}

/** "(EVN)", "(GD-ĐT)", "(Thượng viện)": an acronym or one or two capitalised words in brackets at j; the ")" index or 0. */
function bracketShut(ctx: BlockCtx, j: number): number {
  if (ctx.tok(j + 1)?.acr) {
    const q = acronymEnd(ctx, j + 1);
    return ctx.isPunct(q, ')') ? q : 0;
  }
  // A body's head and at most one more word ("Thượng viện", "Hạ viện Mỹ").
  const h = ctx.tok(j + 1)?.cap ? ctx.headLen[j + 1]! : 0;
  if (h === 0) return 0;
  const q = j + 1 + h;
  if (ctx.isPunct(q, ')')) return q;
  return ctx.tok(q)?.cap && ctx.isPunct(q + 1, ')') ? q + 1 : 0;
}

const MAX_OF_BODY = 8;

/** After "của": a body's name in capitalised words (its head in lower case may open it) up to "là"; the "là" index or 0. */
function ofBodyBeforeCopula(ctx: BlockCtx, j: number): number {
  let q = j;
  if (ctx.isWord(q) && !ctx.tokens[q]!.cap) q += ctx.headLen[q]!;
  const start = q;
  while (q < ctx.n && q - j < MAX_OF_BODY && ctx.tokens[q]!.cap && ctx.nameEnd[q]! === 0) q++;
  return q > start && ctx.keyAt(q) === 'là' ? q : 0;
}

/** "(Sở Giáo dục và Đào tạo Hà Nội)": a body alone in brackets at j; the ")" index or 0. */
function parentBracket(ctx: BlockCtx, j: number): number {
  const org = ctx.tok(j + 1)?.cap ? orgAt(ctx, j + 1) : null;
  return org && ctx.isPunct(org.j, ')') ? org.j : 0;
}

const MAX_PLACE_BRACKET = 12;

/** "(xã An Định, huyện Tuy An)": a bracket at j that opens with an administrative unit and holds no other bracket; the ")" index or 0. */
function placeBracket(ctx: BlockCtx, j: number): number {
  if (ctx.tok(j + 1)?.cap !== false || ADMIN_UNITS.match(ctx.keys, j + 1) === 0) return 0;
  for (let q = j + 2; q < ctx.n && q - j <= MAX_PLACE_BRACKET; q++) {
    if (ctx.isPunct(q, ')')) return q;
    if (ctx.isPunct(q, '(.;:')) return 0;
  }
  return 0;
}

/** Does an organisation cover all of [i, j)? */
function orgHolds(orgs: readonly TokenSpan[], i: number, j: number): boolean {
  return orgs.some((o) => o.i <= i && j <= o.j);
}

/** Company offices: after another name's apposition, the foreign words they run into are the company. */
const COMPANY_OFFICES = new Set(['giám đốc điều hành', 'tổng giám đốc', 'ceo', 'chủ tịch hđqt', 'chủ tịch hội đồng quản trị']);

/**
 * "Lloyd Blankfein, Chủ tịch kiêm Giám đốc điều hành Goldman Sachs;": titles alone, the last a company
 * office, in the apposition of a name before the comma, then foreign name-shaped words at p: those
 * words are the company the apposed person heads, not a second person.
 */
function companyAfterApposedTitles(ctx: BlockCtx, chain: TokenSpan, p: number): boolean {
  if (p !== chain.j || chain.i < 2 || !ctx.isPunct(chain.i - 1, ',-–')) return false;
  let last = -1;
  for (let k = 1; k <= 4 && chain.j - k >= chain.i; k++) if (ctx.titleLen[chain.j - k] === k) last = chain.j - k;
  if (last < 0 || !COMPANY_OFFICES.has(keyOfSpan(ctx, last, chain.j))) return false;
  let apposed = false;
  for (let q = chain.i - 2; q >= 0 && chain.i - 1 - q <= 4 && !apposed; q--) apposed = ctx.nameEnd[q] === chain.i - 1;
  if (!apposed) return false;
  for (let q = p; q < ctx.nameEnd[p]!; q++) if (ctx.tokens[q]!.kind === WORD && isVietnameseSyllable(ctx.keys[q]!)) return false;
  return true;
}

const MAX_NAME_WORDS = 4;

/**
 * "ông TRẦN ANH TUẤN, Phó Giám đốc …": an interview's or a profile's name set in capitals after an
 * honorific, 2–4 Vietnamese syllables from a family name, is a person's name as the title-case one is.
 */
function markCapitalNames(ctx: BlockCtx): void {
  for (let q = 0; q + 2 < ctx.n; q++) {
    const t = ctx.tokens[q + 1]!;
    // Cheap test first: a word in capitals after a word.
    if (!t.acr || t.kind !== WORD || ctx.tokens[q]!.kind !== WORD) continue;
    const h = HONORIFICS.match(ctx.keys, q);
    const i = q + h;
    if (h === 0 || h > 2 || ctx.nameEnd[i]! > 0 || !ctx.tok(i)?.acr || !SURNAMES.has(ctx.keys[i]!)) continue;
    let end = i;
    while (end < ctx.n && end - i <= MAX_NAME_WORDS && ctx.tokens[end]!.kind === WORD && ctx.tokens[end]!.acr && ctx.tokens[end]!.sp && isVietnameseSyllable(ctx.keys[end]!)) end++;
    if (end - i >= 2 && end - i <= MAX_NAME_WORDS && !(ctx.tok(end)?.kind === WORD && ctx.tokens[end]!.acr)) ctx.nameEnd[i] = end;
  }
}

/** Military and police ranks: who bears one serves in a force ("Thượng tá A, Công an tỉnh B"). */
const ARMED_RANKS = new Trie(['đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'đô đốc', 'phó đô đốc', 'chuẩn đô đốc']);

/**
 * "Trung tá Lê Văn A, Công an huyện B, cho biết": a military or police rank before the name and the body
 * alone after its comma, closed by a pause or a verb of speech: an officer of that body, with no title written.
 */
function armedServant(ctx: BlockCtx, p: number, end: number): boolean {
  let ranked = false;
  for (let k = 2; k <= 3 && !ranked; k++) ranked = p - k >= 0 && ctx.tokens[p - k]!.cap && ARMED_RANKS.match(ctx.keys, p - k) === k;
  if (!ranked || !ctx.isPunct(end, ',-–') || !ctx.tok(end + 1)?.cap) return false;
  const body = orgAt(ctx, end + 1);
  return !!body && (body.j >= ctx.n || ctx.isPunct(body.j, ',.;') || REPORT_VERBS.match(ctx.keys, body.j) > 0);
}

/** Verbs of speech that quote a person (not the clause words "đã", "và" of REPORT_VERBS). */
const SAY_VERBS = new Trie(['cho biết', 'cho rằng', 'cho hay', 'chia sẻ', 'nói', 'khẳng định', 'nhấn mạnh', 'nhận định', 'nhận xét', 'cảnh báo', 'giải thích', 'lý giải', 'phân tích', 'khuyến cáo', 'bày tỏ', 'tiết lộ', 'xác nhận', 'thông tin', 'đánh giá']);

/**
 * "Theo ông A, Hiệp hội B, …", "bà A, Viện B, cảnh báo", "ông A - Tổng công ty B cho biết": an honorific,
 * the name and the body alone after its pause, then the quote: the person speaks for the body, with no title written.
 */
function speaksForBody(ctx: BlockCtx, p: number, end: number): boolean {
  if (p === 0 || HONORIFICS.match(ctx.keys, p - 1) !== 1 || !ctx.isPunct(end, ',-–') || !ctx.tok(end + 1)?.cap) return false;
  const body = orgAt(ctx, end + 1);
  if (!body) return false;
  const said = (j: number) => SAY_VERBS.match(ctx.keys, j) > 0 || ctx.isPunct(j, ':');
  return said(body.j) || (ctx.isPunct(body.j, ',') && (said(body.j + 1) || (p >= 2 && ctx.keys[p - 2] === 'theo')));
}

/** Mentions of people in one block, in token order. */
function blockMentions(ctx: BlockCtx, orgs: readonly TokenSpan[]): Mention[] {
  markCapitalNames(ctx);
  // inner: inside an organisation after its head; inOrg: anywhere in one ("Chính phủ").
  const inner = new Uint8Array(ctx.n + 1);
  const inOrg = new Uint8Array(ctx.n + 1);
  for (const o of orgs) {
    inOrg[o.i] = 1;
    for (let q = o.i + 1; q < o.j; q++) inner[q] = inOrg[q] = 1;
  }
  const prefix = new Map<number, string>();
  const fromList = new Set<number>(); // names given a role by a list header
  for (let i = 0; i < ctx.n; i++) {
    const t = ctx.tokens[i]!;
    if (inner[i] || t.kind !== WORD || ctx.nameEnd[i]! > 0) continue;
    if (ctx.titleLen[i]! === 0 && (ctx.titleLen[i + 1]! === 0 || !ROLE_MODIFIERS.has(t.k))) continue;
    const ti = afterModifier(ctx, i);
    if (ctx.titleLen[ti]! === 0) continue;
    // "Phủ Chủ tịch", "Dinh Thống đốc": a building named after the office, no one's role.
    if (i > 0 && ctx.tokens[i - 1]!.cap && (ctx.keys[i - 1] === 'phủ' || ctx.keys[i - 1] === 'dinh')) continue;
    // A lower-case title ("giám đốc Sở …") only where a body and then a name follow it.
    const lower = !ctx.tokens[ti]!.cap;
    if (lower && !lowerTitleAt(ctx, ti)) continue;
    const chain = roleChain(ctx, i, false);
    // "đại biểu Trần Thị B", "nguyên thủ tướng Nguyễn Tấn Dũng": a lower-case title with the name right after it.
    const bareLower = lower && chain !== null && ctx.nameEnd[chain.j]! > 0 && (DEPUTY_TITLES.has(keyOfSpan(ctx, ti, ti + ctx.titleLen[ti]!)) || lowerBareTitleAt(ctx, ti));
    if (!chain || (lower && chain.j <= ti + ctx.titleLen[ti]! && !bareLower)) continue;
    // "Tại cuộc gặp với Tổng Giám đốc WHO, Thủ tướng Nguyễn Xuân Phúc …": after "với", a title with
    // its body before the last comma names the person met, not the one named here ("gặp Tổng Bí
    // thư, Chủ tịch Trung Quốc Tập Cận Bình" is one person: a bare title before the comma).
    // "bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao, Chủ nhiệm … Lê Thị Nga": after a count the
    // title is several people's, and the name holds the title after the comma.
    const counted = i > 0 && ctx.tokens[i - 1]!.kind === NUM;
    if (i > 0 && (ctx.keyAt(i - 1) === 'với' || counted)) {
      for (let q = chain.j - 1; q > chain.i; q--) {
        const ti2 = afterModifier(ctx, chain.i);
        if (ctx.isPunct(q, ',') && ctx.titleLen[afterModifier(ctx, q + 1)]! > 0 && (counted || q > ti2 + ctx.titleLen[ti2]!)) {
          chain.i = q + 1;
          break;
        }
      }
    }
    let p = skipRanks(ctx, chain.j);
    // "Tổng thống nước này Rodrigo Duterte": a word for the country between the title and the name.
    const pronoun = ctx.nameEnd[p]! === 0 ? COUNTRY_PRONOUNS.match(ctx.keys, p) : 0;
    if (pronoun > 0 && ctx.nameEnd[p + pronoun]! > 0) p += pronoun;
    // "Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An": an acronym in brackets; "Chủ tịch
    // Ủy ban Đối ngoại Hội đồng Liên bang (Thượng viện) Nga Konstantin Kosachev": the body's other name.
    const shut = ctx.isPunct(chain.j, '(') ? bracketShut(ctx, chain.j) : 0;
    if (ctx.nameEnd[p]! === 0 && shut > 0) {
      // "Mặt trận Tổ quốc (MTTQ) Việt Nam Nguyễn Văn A": the body's country may follow its short name.
      const country = COUNTRIES.match(ctx.keys, shut + 1);
      const close = shut + 1 + (country > 0 && ctx.nameEnd[skipRanks(ctx, shut + 1 + country)]! > 0 ? country : 0);
      const q = skipRanks(ctx, close);
      if (ctx.nameEnd[q]! > 0) {
        chain.j = close;
        p = q;
      }
    }
    // "Chủ tịch Ngân hàng Thế giới (WB), ông Jim Yong Kim", "Trưởng Phòng Giáo dục (Sở Giáo dục Hà Nội), bà …":
    // the body's short name or parent in brackets, then a comma, an honorific and the name.
    const closed = ctx.nameEnd[p]! === 0 && ctx.isPunct(chain.j, '(') ? shut || parentBracket(ctx, chain.j) || placeBracket(ctx, chain.j) : 0;
    // "Trưởng thôn Phong Hậu (xã An Định, huyện Tuy An) Phan Ngọc Thất": the body's place in brackets, then the name.
    if (closed > 0 && ctx.nameEnd[skipRanks(ctx, closed + 1)]! > 0 && placeBracket(ctx, chain.j) === closed) {
      chain.j = closed + 1;
      p = skipRanks(ctx, closed + 1);
    }
    if (closed > 0 && ctx.isPunct(closed + 1, ',') && !relativeBefore(ctx, chain.i)) {
      const h = HONORIFICS.match(ctx.keys, closed + 2);
      const q = skipRanks(ctx, closed + 2 + (h === 1 ? 1 : 0));
      if (q > closed + 2 && ctx.nameEnd[q]! > 0) {
        chain.j = closed + 1;
        p = q;
      }
    }
    // "Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng", "Giám đốc Trung tâm, ông Bùi Quang Hưng": a
    // rank or an honorific after a comma, then the name.
    // Not after a relative: "con rể Tổng thống Trump, ông Jared Kushner" names the relative.
    // Not after "thay mặt": "Thay mặt lãnh đạo tỉnh, ông A - Phó Bí thư …" speaks for the leaders, it names none of them.
    if (ctx.nameEnd[p]! === 0 && ctx.isPunct(chain.j, ',-–—') && !relativeBefore(ctx, chain.i) && !onBehalfBefore(ctx, chain.i)) {
      // "Giám đốc Bệnh viện Bạch Mai, bác sĩ Nguyễn Văn An": a rank in lower case too, right after the comma.
      let q = skipRanks(ctx, chain.j + 1, true);
      // Not when the title is itself another name's apposition ("A – Phó Chủ tịch …, bà B – …").
      const apposed = chain.i > 0 && ctx.isPunct(chain.i - 1, '-–—,(');
      if (q === chain.j + 1 && !apposed && HONORIFICS.match(ctx.keys, q) === 1) q++;
      if (q > chain.j + 1 && ctx.nameEnd[q]! > 0) p = q;
      // "Phó phòng TN&MT quận 12, Phan Văn Bình cho rằng …": a title with its body, a comma, then a bare
      // name that a verb of speech follows: the speaker holds the title.
      // Not after "với", "gặp", "của": "Trao đổi với Giám đốc Sở Y tế, A cho biết" may name someone else.
      else if (q === chain.j + 1 && !apposed && ctx.isPunct(chain.j, ',') && !OTHER_PARTY.has(ctx.keyAt(chain.i - 1) ?? '') && !bareTitle(ctx, chain) && ctx.nameEnd[q]! > 0 && REPORT_VERBS.match(ctx.keys, ctx.nameEnd[q]!) > 0) p = q;
    }
    // "Giám đốc Sở Y tế tỉnh là ông Nguyễn Văn A": a title with its body, "là", then the name that holds it.
    // "Chủ tịch HĐQT của công ty Thép Hòa Phát là ông A": the body after "của" runs to "là".
    let cop = p === chain.j && ctx.keyAt(p) === 'của' ? ofBodyBeforeCopula(ctx, p + 1) : p;
    // "Tổng thống Hàn Quốc khi đó là ông B": a word of time before "là".
    if (cop === chain.j && ctx.keyAt(cop) !== 'là') cop += Math.max(0, APPOSITION_LINKS.match(ctx.keys, cop) - 1);
    if (ctx.nameEnd[p]! === 0 && cop >= chain.j && ctx.keyAt(cop) === 'là' && !(cop === chain.j && bareTitle(ctx, chain) && p === cop) && !relativeBefore(ctx, chain.i)) {
      const h = HONORIFICS.match(ctx.keys, cop + 1);
      const q = skipRanks(ctx, cop + 1 + (h > 0 && !ctx.tokens[cop + 1]!.cap ? h : 0));
      if (ctx.nameEnd[q]! > 0) {
        if (cop > chain.j && ctx.keyAt(chain.j) === 'của') chain.j = cop;
        p = q;
      }
      // "Hai Phó Chủ tịch UBND tỉnh là ông A và ông B": after a plural, every listed name holds the title.
      if (p === q && i > 0 && PLURALS.has(ctx.keys[i - 1] ?? '')) for (const r of listedNames(ctx, q)) if (r !== q && !prefix.has(r)) prefix.set(r, ctx.slice(chain.i, chain.j));
    }
    // "Thứ trưởng Ngoại giao Nga ông Sergei Ryabkov": an honorific between a title with its body and the name.
    if (ctx.nameEnd[p]! === 0 && p === chain.j && chain.j > afterModifier(ctx, chain.i) + ctx.titleLen[afterModifier(ctx, chain.i)]! && !relativeBefore(ctx, chain.i)) {
      const h = HONORIFICS.match(ctx.keys, p);
      if (h > 0 && !ctx.tokens[p]!.cap && ctx.nameEnd[p + h]! > 0) p += h;
    }
    // "Thủ lĩnh phe Dân chủ tại Thượng viện Chuck Schumer", "Tổng Thư ký điện Elysee Alexis Kohler": the
    // body runs on over capitalised words, their lower-case syllables and a few linking words to the name.
    if (ctx.nameEnd[p]! === 0 && p === chain.j && !relativeBefore(ctx, chain.i)) {
      const q = bodyRunToName(ctx, chain.j);
      if (q > 0) {
        chain.j = q;
        p = q;
      }
    }
    if (ctx.nameEnd[p]! > 0 && !prefix.has(p) && !companyAfterApposedTitles(ctx, chain, p)) {
      prefix.set(p, ctx.slice(chain.i, chain.j));
      // "Các Phó Chủ tịch UBND tỉnh A và B": after a plural, every name of the list holds the title.
      if (i > 0 && PLURALS.has(ctx.keys[i - 1] ?? '')) for (const q of listedNames(ctx, p)) if (!prefix.has(q)) prefix.set(q, ctx.slice(chain.i, chain.j));
      // "Phó Thủ tướng Vương Đình Huệ và Trịnh Đình Dũng": a bare title shared by two names joined by "và"
      // (not when the second has its own apposition: "A và B, Chủ tịch …").
      const second = ctx.nameEnd[p]! + 1;
      const e2 = ctx.nameEnd[second] ?? 0;
      const ownApposition = e2 > 0 && ctx.isPunct(e2, ',-–(') && ctx.titleLen[afterModifier(ctx, e2 + 1)]! > 0;
      if (bareTitle(ctx, chain) && ctx.keyAt(second - 1) === 'và' && e2 > 0 && !prefix.has(second) && !ownApposition) {
        prefix.set(second, ctx.slice(chain.i, chain.j));
      }
      // "Phó Chủ tịch Quốc hội Phùng Văn A, Uông Văn B": a title many hold at once, then bare names
      // listed after the first by "," or "và", each with no title or bracket of its own.
      if (manyHold(ctx, chain)) {
        for (let q = ctx.nameEnd[p]!; q < ctx.n && (ctx.isPunct(q, ',') || ctx.keyAt(q) === 'và'); ) {
          const r = q + 1;
          const e3 = ctx.nameEnd[r] ?? 0;
          if (e3 === 0 || prefix.has(r) || ctx.isPunct(e3, '(-–') || (ctx.isPunct(e3, ',') && ctx.titleLen[afterModifier(ctx, e3 + 1)]! > 0)) break;
          prefix.set(r, ctx.slice(chain.i, chain.j));
          q = e3;
        }
      }
    }
    // "các đồng chí Phó Bí thư Tỉnh ủy: A – …; B, C": a list header gives its title to every name.
    if (ctx.nameEnd[p]! === 0 && ctx.isPunct(chain.j, ':')) {
      const role = ctx.slice(chain.i, chain.j);
      for (const q of listedNames(ctx, chain.j + 1)) {
        if (prefix.has(q)) continue;
        prefix.set(q, role);
        fromList.add(q);
      }
    }
    if (chain.j > i + 1) i = chain.j - 1;
  }
  const out: Mention[] = [];
  for (let p = 0; p < ctx.n; p++) {
    const end = ctx.nameEnd[p]!;
    // A name the organisation finder holds as a body ("Chủ tịch Vietcombank …") is no person.
    if (end > 0 && orgHolds(orgs, p, end)) {
      p = end - 1;
      continue;
    }
    if (end > 0) {
      let role = prefix.get(p) ?? null;
      // A listed name's own apposition is the title next to it ("…: A, Phó Thủ tướng; B, Bộ trưởng …").
      if ((role === null || fromList.has(p)) && ctx.isPunct(end, ',-–—(')) {
        // "James Comey - khi đó là Giám đốc FBI": a word of time and "là" between the pause and the title.
        const link = APPOSITION_LINKS.match(ctx.keys, end + 1);
        const chain = roleChain(ctx, end + 1, true) ?? (link > 0 ? roleChain(ctx, end + 1 + link, true) : null);
        // "…, Thủ tướng Nguyễn Xuân Phúc cảm ơn": a bare title with a name after it is that name's
        // (after a body, a name-shaped word may be the body's place: "UBND phường Phạm Đình Hổ").
        // "Dự có A, Ủy viên …; B": a chain with its body and a name right after it is that name's too,
        // unless the name-shaped words are the place of a unit ("UBND phường Phạm Đình Hổ").
        const after = chain ? skipRanks(ctx, chain.j) : 0;
        // After titles alone ("Chủ tịch kiêm Giám đốc điều hành Goldman Sachs") the name-shaped words are the company.
        const another = !!chain && ctx.nameEnd[after]! > 0 && !companyAfterApposedTitles(ctx, chain, after) && (bareTitle(ctx, chain) || (after === chain.j && !ADMIN_UNITS.has(ctx.keys[after - 1] ?? '') && !titleEndsBefore(ctx, after)));
        if (chain && !another) role = ctx.slice(chain.i, chain.j);
      }
      if (role === null && ctx.isPunct(end, '(')) {
        // "Nguyễn Văn Hùng (SN 1968), nguyên Giám đốc Sở …": a short bracket (birth year, age, home)
        // between the name and its apposition.
        let close = end + 1;
        while (close < ctx.n && close - end <= MAX_BRACKET && !ctx.isPunct(close, '()')) close++;
        if (ctx.isPunct(close, ')') && ctx.isPunct(close + 1, ',-–—')) {
          const chain = roleChain(ctx, close + 2, true);
          if (chain) role = ctx.slice(chain.i, chain.j);
        }
        // "Trần Văn A (SN 1954, nguyên Tổng Giám đốc công ty …)", "(40 tuổi, nguyên cán bộ …)": a birth year
        // or an age, a comma, then the title inside the bracket.
        if (role === null) role = titleAfterYear(ctx, end + 1);
      }
      if (role === null) role = staffRoleBefore(ctx, p);
      if (role === null) role = copulaRole(ctx, end);
      if (role === null) role = inChargeRole(ctx, end);
      let office = false;
      if (role === null) {
        const appointed = appointedRole(ctx, end);
        if (appointed) ({ role, office } = appointed);
      }
      // "người tiền nhiệm Francois Hollande": a predecessor or successor in office holds one, with no title written.
      if (role === null && !office && (successorBefore(ctx.keys, p) || (ctx.isPunct(end, ',-–(') && successorBefore(ctx.keys, end + 4)))) office = true;
      if (role === null && !office && (armedServant(ctx, p, end) || speaksForBody(ctx, p, end))) office = true;
      out.push({ i: p, j: end, text: ctx.slice(p, end), role, short: false, office });
      p = end - 1;
      continue;
    }
    const t = ctx.tokens[p]!;
    if (t.kind !== WORD || !t.title || inOrg[p]) continue;
    const prev = p > 0 ? ctx.tokens[p - 1]! : undefined;
    const next = ctx.tok(p + 1);
    if (prev && prev.kind === WORD && prev.title && t.sp && !honorificBefore(ctx, p) && titleBefore(ctx, p) < 0) continue;
    // More of a name right after it ("Chính Phạm", "Hải-Phòng"): not a given name standing alone.
    if (next && next.kind === WORD && next.title) continue;
    if (next && !next.sp && next.s === '-' && ctx.tok(p + 2)?.cap && !ctx.tokens[p + 2]!.sp) continue;
    const tb = titleBefore(ctx, p);
    // "Trưởng phòng Thông tin …": a lower-case word that goes on makes the syllable a body's, too weak to make anyone an official.
    if (tb >= 0) out.push({ i: p, j: p + 1, text: t.s, role: ctx.slice(tb, p), short: true, weak: wordGoesOn(ctx, p + 1) });
    else if (honorificBefore(ctx, p)) out.push({ i: p, j: p + 1, text: t.s, role: copulaRole(ctx, p + 1), short: true });
  }
  return out;
}

const AUTHOR_PREFIX = new Set(['bài', 'và', 'ảnh', 'theo', 'nhóm', 'thực', 'hiện', 'ghi', 'tác', 'giả']);
const SENTENCE_END = '.!?…';

/**
 * An author line at the top or the end of an article: names only, joined by "-", ",", "và", maybe
 * after "Bài và ảnh:", ranks or "Theo", maybe with one bracket at the end ("TS Lê Văn Tám (Viện
 * trưởng Viện Kinh tế Việt Nam)", "Hoàng Hà - Minh Anh"). Its people are authors, not officials.
 */
function isAuthorLine(ctx: BlockCtx): boolean {
  const n = ctx.n;
  if (n === 0 || n > 24) return false;
  const lastTok = ctx.tokens[n - 1]!;
  if (lastTok.kind === PUNCT && SENTENCE_END.includes(lastTok.s)) return false;
  let q = 0;
  while (q < n && (AUTHOR_PREFIX.has(ctx.tokens[q]!.k) || ctx.isPunct(q, ':'))) q++;
  let names = 0;
  for (;;) {
    q = skipRanks(ctx, q);
    // A person's name, or a pen name: a run of title-case syllables.
    const start = q;
    if (ctx.nameEnd[q]! > 0) q = ctx.nameEnd[q]!;
    else while (q < n && ctx.tokens[q]!.kind === WORD && ctx.tokens[q]!.title) q++;
    if (q === start || q - start > 5) return false;
    names++;
    if (q >= n) return true;
    if (ctx.isPunct(q, '-–—,/|') || ctx.keyAt(q) === 'và') {
      q++;
      continue;
    }
    // One bracket closing the line: the author's post or agency.
    if (ctx.isPunct(q, '(') && ctx.isPunct(n - 1, ')')) {
      for (let k = q + 1; k < n - 1; k++) if (ctx.isPunct(k, '()')) return false;
      return names > 0;
    }
    return false;
  }
}

interface Person {
  name: string;
  fold: string;
  /** Lexicon key of the last syllable ("chính"); short mentions must match it exactly. */
  given: string;
  /** An East Asian family name written first ("park" of "Park Geun-hye"), or null. */
  family: string | null;
  /** Role at the first full mention (null if none stood there). */
  role: string | null;
  /** First role seen anywhere so far. */
  anyRole: string | null;
  lastSeen: number;
}

/**
 * "Albanese", "A. Albanese" after "Anthony Albanese", "Park" after "Park Geun-hye": a foreign leader's
 * family name alone, or with the first name's initial, is the person already named in full. Only
 * non-Vietnamese family names link this way (Vietnamese names are written in full or by the given name).
 */
function sameForeignPerson(people: ReadonlyMap<string, Person>, text: string): Person | undefined {
  const parts = text.replace(/^(\p{Lu})\.(?=\p{Lu})/u, '$1. ').split(' '); // "N.Modi" is "N. Modi"
  const last = keyOf(parts[parts.length - 1]!);
  if (isVietnameseSyllable(last)) return undefined;
  const initial = parts.length === 2 && /^\p{Lu}\.$/u.test(parts[0]!) ? foldKey(parts[0]![0]!) : null;
  if (parts.length !== 1 && initial === null) return undefined;
  for (const p of people.values()) {
    const words = p.name.split(' ');
    if (words.length < 2) continue;
    if (p.given !== last) {
      if (initial === null && p.family === last) return p;
      continue;
    }
    if (initial === null || foldKey(words[0]![0]!) === initial) return p;
  }
  return undefined;
}

/** "Park Geun-hye", "Moon Jae-in": an East Asian name writes the family name first and the given name with a hyphen. */
function familyFirst(words: readonly string[], family: string): boolean {
  return keyOf(words[0]!) === family && words.slice(1).some((w) => w.includes('-'));
}

/** The family name of an East Asian name written first ("park"), or null. */
function familyOf(name: string): string | null {
  const sp = name.indexOf(' ');
  return sp > 0 && name.includes('-', sp) ? keyOf(name.slice(0, sp)) : null;
}

/** The first full mention (two words or more) whose last word is the one foreign word `text`. */
function laterFullName(mentions: readonly (readonly Mention[])[], text: string): Mention | undefined {
  if (text.includes(' ')) return undefined;
  const last = keyOf(text);
  if (isVietnameseSyllable(last)) return undefined;
  for (const ms of mentions) {
    for (const m of ms) {
      if (m.short || !m.text.includes(' ')) continue;
      const words = m.text.split(' ');
      if (keyOf(words[words.length - 1]!) === last || familyFirst(words, last)) return m;
    }
  }
  return undefined;
}

/** Officials of a whole article, linking later mentions across blocks. */
export function findOfficials(ctxs: readonly BlockCtx[], orgsPerBlock: readonly (readonly TokenSpan[])[]): OfficialSpan[] {
  const last = ctxs.length - 1;
  const mentions = ctxs.map((ctx, b) =>
    (b === last || b <= 1) && last > 1 && isAuthorLine(ctx) ? [] : blockMentions(ctx, orgsPerBlock[b] ?? []),
  );
  // People who hold a role somewhere in the article.
  const roleful = new Set<string>();
  for (const ms of mentions) for (const m of ms) if (!m.short && (m.role || m.office)) roleful.add(foldKey(m.text));
  // "Ông Nguyễn Văn Sơn cho biết … Ông Sơn là Phó Giám đốc Sở …", "… Bộ trưởng Sơn": a title given later
  // to the short mention makes the last full name with that given name an official too.
  const lastFull = new Map<string, string>(); // given name → fold of the last full mention
  for (const ms of mentions) {
    for (const m of ms) {
      if (!m.short) {
        const syl = m.text.split(' ');
        if (syl.length > 1) lastFull.set(keyOf(syl[syl.length - 1]!), foldKey(m.text));
      } else if (m.role && !m.weak) {
        const fold = lastFull.get(keyOf(m.text));
        if (fold) roleful.add(fold);
      }
    }
  }

  const people = new Map<string, Person>();
  const out: OfficialSpan[] = [];
  let clock = 0;
  mentions.forEach((ms, b) => {
    for (const m of ms) {
      clock++;
      if (!m.short) {
        const fold = foldKey(m.text);
        if (!roleful.has(fold)) continue;
        let person = people.get(fold) ?? sameForeignPerson(people, m.text);
        // "Tân Tổng thống Pháp Macron" in the title, "Emmanuel Macron" in the text: a foreign family name
        // alone before the full name is that person, with the role of the full mention.
        const full = person ? undefined : laterFullName(mentions, m.text);
        if (full) {
          person = { name: full.text, fold: foldKey(full.text), given: keyOf(m.text), family: familyOf(full.text), role: full.role, anyRole: full.role ?? m.role, lastSeen: clock };
          people.set(person.fold, person);
          out.push({ block: b, i: m.i, j: m.j, name: person.name, role: full.role ?? m.role });
          continue;
        }
        if (!person) {
          const syl = m.text.split(' ');
          person = { name: m.text, fold, given: keyOf(syl[syl.length - 1]!), family: familyOf(m.text), role: m.role, anyRole: m.role, lastSeen: clock };
          people.set(fold, person);
          out.push({ block: b, i: m.i, j: m.j, name: person.name, role: m.role });
        } else {
          person.anyRole ??= m.role;
          person.lastSeen = clock;
          out.push({ block: b, i: m.i, j: m.j, name: person.name, role: m.role ?? person.anyRole });
        }
        continue;
      }
      // Given names compare exactly (case and tone placement aside): "Chính" is not "Chinh".
      const given = keyOf(m.text);
      let best: Person | undefined;
      // "ông Moon" after "Moon Jae-in": an East Asian family name, written first, stands for the person too.
      for (const p of people.values()) if ((p.given === given || p.family === given) && (!best || p.lastSeen > best.lastSeen)) best = p;
      if (!best) continue;
      best.lastSeen = clock;
      out.push({ block: b, i: m.i, j: m.j, name: best.name, role: m.role ?? best.anyRole });
    }
  });
  return out;
}
