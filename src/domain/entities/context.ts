/** One block prepared for the rules: NFC view, tokens, and the person-name starts. */
import * as lexicons from './lexicons';
import { opensClause } from './phrases';
import * as places from './places';
import type { NfcView, Token } from './text';
import * as textModule from './text';
import type { KeyList } from './trie';
import { Trie, trieEpoch } from './trie';

// Bound once: namespace lookups stay out of the hot loops.
const { ADMIN_UNITS, HONORIFICS, LOWERCASE_APPOSITION_TITLES, LOWERCASE_BARE_TITLES, LOWERCASE_PREFIX_TITLES, MAJOR_SURNAMES, ORG_ACRONYMS, ORG_HEADS, ORG_NOUNS, SELF_NAMED, STOPWORDS, SURNAMES, SURNAME_PLACES, TIME_STARTERS, TITLES } = lexicons;
const { COUNTRIES, MAJOR_PLACES, isKnownPlace } = places;
const { NUM, WORD, PUNCT, isVietnameseSyllable, isVietnameseToken, nfcView, startsSentence, tokenize } = textModule;

/** A key list with each token's start bits (see KeyList): tries answer most misses without a Map lookup. */
function keyList(tokens: readonly Token[], n: number): (string | null)[] & KeyList {
  const keys: (string | null)[] & { starts?: number[]; epoch?: number } = [];
  const starts: number[] = [];
  const epoch = trieEpoch();
  for (let j = 0; j < n; j++) {
    const w = tokens[j]!.w;
    if (w === null) {
      keys.push(null);
      starts.push(0, 0);
      continue;
    }
    // Kept on the word form's shared info: computed once per form, not per token.
    if (w.startsEpoch !== epoch) {
      w.starts0 = Trie.startBits(w.k, 0);
      w.starts1 = Trie.startBits(w.k, 1);
      w.startsEpoch = epoch;
    }
    keys.push(w.k);
    starts.push(w.starts0, w.starts1);
  }
  keys.starts = starts;
  keys.epoch = epoch;
  return keys;
}

/** n + 1 zeros: a plain array, as typed arrays past 64 bytes cost an off-heap allocation each, per block. */
function zeros(n: number): number[] {
  return new Array<number>(n + 1).fill(0);
}

export class BlockCtx {
  readonly view: NfcView;
  readonly text: string;
  readonly tokens: Token[];
  /** Tokens considered: the article body ends at "./." (the agency's end mark; a byline may follow). */
  readonly n: number;
  /** If a person's name starts at token j, the index after its last token; else 0. */
  readonly nameEnd: number[];
  /** Lexicon key of each token before n: the word's key, or null for numbers and punctuation. */
  readonly keys: (string | null)[] & KeyList;
  /** Length in tokens of the title (TITLES) starting at j, 0 if none. */
  readonly titleLen: number[];
  /** Length in tokens of the organisation head (ORG_HEADS) starting at j, 0 if none. */
  readonly headLen: number[];
  /** Units ("xã", "huyện") of which the article names exactly one place: "UBND xã" is that commune's. */
  soleUnits: ReadonlySet<string> = NO_UNITS;

  constructor(original: string) {
    this.view = nfcView(original);
    this.text = this.view.text;
    this.tokens = tokenize(this.text);
    this.n = bodyEnd(this.tokens);
    const tokens = this.tokens;
    const n = this.n;
    const keys = (this.keys = keyList(tokens, n));
    const titleLen = (this.titleLen = zeros(n));
    const headLen = (this.headLen = zeros(n));
    for (let j = 0; j < n; j++) {
      titleLen[j] = TITLES.match(keys, j);
      // "Chánh TTGT", "Chánh VP": alone, "Chánh" is a given name or a place's syllable ("Bình Chánh"); before an acronym it is a title.
      if (titleLen[j] === 0 && keys[j] === 'chánh' && tokens[j]!.cap && j + 1 < n && tokens[j + 1]!.acr && tokens[j + 1]!.kind === WORD) titleLen[j] = 1;
      headLen[j] = ORG_HEADS.match(keys, j);
    }
    this.nameEnd = zeros(n);
    findNames(this);
  }

  /** Key of token j (null past the body or for a number or punctuation): a method, not a closure per block. */
  keyAt(j: number): string | null {
    return j < this.n ? this.keys[j]! : null;
  }

  tok(j: number): Token | undefined {
    return j < this.n ? this.tokens[j] : undefined;
  }

  isWord(j: number): boolean {
    return j < this.n && this.tokens[j]!.kind === WORD;
  }

  isPunct(j: number, chars: string): boolean {
    if (j >= this.n) return false;
    const t = this.tokens[j]!;
    return t.kind === PUNCT && chars.includes(t.s);
  }

  /** NFC text of tokens [i, j). */
  slice(i: number, j: number): string {
    return this.text.slice(this.tokens[i]!.start, this.tokens[j - 1]!.end);
  }

  startsSentence(i: number): boolean {
    return startsSentence(this.tokens, i);
  }
}

const NO_UNITS: ReadonlySet<string> = new Set();

/** Units below a province: a bare one after a body ("Công an huyện") is generic unless the article names one place of it. */
const LOCAL_UNITS = new Set(['xã', 'huyện', 'quận', 'phường', 'thị xã', 'thị trấn']);

/**
 * The local units the article names exactly one place of ("xã Tam Hưng" and no other commune): a
 * body with that unit alone ("UBND xã", "Công an huyện") is then the named place's, not a kind of body.
 */
export function markSoleUnits(ctxs: readonly BlockCtx[]): void {
  const named = new Map<string, Set<string>>();
  for (const ctx of ctxs) {
    for (let j = 0; j + 1 < ctx.n; j++) {
      // match answers a miss from the block's start bits: no Map lookup per token.
      const u = ADMIN_UNITS.match(ctx.keys, j);
      if (u === 0) continue;
      const unit = ctx.keys.slice(j, j + u).join(' ');
      const next = ctx.tok(j + u);
      if (!LOCAL_UNITS.has(unit) || !next || !(next.kind === NUM || (next.kind === WORD && next.title))) continue;
      const place = next.kind === NUM ? next.s : `${next.k} ${ctx.keyAt(j + u + 1) ?? ''}`;
      let set = named.get(unit);
      if (!set) named.set(unit, (set = new Set()));
      set.add(place);
      j += u;
    }
  }
  const sole = new Set<string>();
  for (const [unit, places] of named) if (places.size === 1) sole.add(unit);
  if (sole.size > 0) for (const ctx of ctxs) ctx.soleUnits = sole;
}

function bodyEnd(tokens: readonly Token[]): number {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    if (a.s === '.' && tokens[i + 1]!.s === '/' && tokens[i + 2]!.s === '.' && !tokens[i + 1]!.sp && !tokens[i + 2]!.sp) {
      return i + 1;
    }
  }
  return tokens.length;
}

/**
 * Person names: within a run of title-case syllables ("Thanh Hóa Nguyễn Đình Xứng"), the name is the
 * earliest family name that leaves 2–4 syllables to the end of the run and is not a known place.
 * A run stops before a multi-word title or organisation head ("… Giám đốc"). Every syllable after the
 * family name must be shaped like a Vietnamese syllable: "Kim Jong Un" is no Vietnamese name.
 */
function findNames(ctx: BlockCtx): void {
  const { tokens, n } = ctx;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    // "Ông Trịnh Lê Đức": a capitalised honorific opens the sentence, it does not start the name.
    if (t.kind !== WORD || (!t.title && !particleAt(ctx, i)) || (HONORIFICS.match(ctx.keys, i) === 1 && tokens[i + 1]?.title)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end >= n || end - i >= 8) break;
      const u = tokens[end]!;
      if ((u.title || mixedCaseName(u)) && u.sp && !startsPhrase(ctx, end) && !lostFullStop(ctx, end) && !initialThenName(ctx, end) && !(end - i >= 2 && (opensClause(ctx, end) || neverName(ctx, end)))) end++;
      // "George W. Bush": a middle initial and its full stop inside a foreign name.
      else if (u.s.length === 1 && u.cap && u.sp && end + 2 < n && tokens[end + 1]!.s === '.' && !tokens[end + 1]!.sp && tokens[end + 2]!.title && tokens[end + 2]!.sp && !isVietnameseSyllable(tokens[end - 1]!.k) && !isVietnameseSyllable(tokens[end + 2]!.k)) end += 3;
      // "Jean-Claude": a hyphen glued on both sides inside a name.
      else if (u.s === '-' && !u.sp && end + 1 < n && tokens[end + 1]!.title && !tokens[end + 1]!.sp) end += 2;
      // "K'Mák", "H'Bơ": a highland name's one-letter prefix glued by an apostrophe.
      else if (APOSTROPHES.has(u.s) && !u.sp && tokens[end - 1]!.s.length === 1 && tokens[end - 1]!.cap && end + 1 < n && tokens[end + 1]!.title && !tokens[end + 1]!.sp) end += 2;
      // "Ahmad al-Mesmari": an Arabic article glued to the next part of the name.
      else if (particleAt(ctx, end)) end += 3;
      // "Yusuf bin Alawi", "Ursula von der Leyen": lower-case particles between parts of a foreign name.
      else if (u.kind === WORD && !u.cap && u.sp && NAME_PARTICLES.has(u.k) && end > i) {
        let q = end;
        while (q < n && q - end < 2 && tokens[q]!.kind === WORD && !tokens[q]!.cap && NAME_PARTICLES.has(tokens[q]!.k)) q++;
        if (q < n && tokens[q]!.title && tokens[q]!.sp && !isVietnameseSyllable(tokens[end - 1]!.k)) end = q + 1;
        else break;
      }
      else break;
    }
    // "Đinh Dậu", "Mậu Tuất": a year of the sixty-year cycle, not a person.
    if (end - i === 2 && STEMS.has(tokens[i]!.k) && BRANCHES.has(tokens[i + 1]!.k)) {
      i = end;
      continue;
    }
    // "Moon Jae-in": a foreign name may end in a hyphen and a lower-case syllable.
    if (end < n && tokens[end]!.s === '-' && !tokens[end]!.sp && end + 1 < n && tokens[end + 1]!.kind === WORD && !tokens[end + 1]!.cap && !tokens[end + 1]!.sp && !isVietnameseSyllable(tokens[end - 1]!.k + tokens[end + 1]!.k)) {
      end += 2;
    }
    // "Masayoshi Yamazaki Đài NHK": a body's head after a foreign name starts the next phrase.
    if (end - i >= 3 && ctx.headLen[end - 1] === 1 && isVietnameseSyllable(tokens[end - 1]!.k) && !isVietnameseSyllable(tokens[end - 2]!.k)) end--;
    // "al-Mahdi al-Barghathi", "Ngài Mahn Win Khaing Than": a foreign name after a title or an honorific.
    const cued = foreignNameAfterCue(ctx, i, end);
    if (cued >= 0) {
      ctx.nameEnd[cued] = end;
      i = end;
      continue;
    }
    // "Tổng thống Putin", "Ngoại trưởng Tillerson": a foreign family name alone after a head of state's or government's title.
    if (end - i === 1 && familyNameAfterOffice(ctx, i)) {
      ctx.nameEnd[i] = end;
      i = end;
      continue;
    }
    const foreign = nameAfterCountry(ctx, i, end);
    if (foreign >= 0) {
      ctx.nameEnd[foreign] = end;
      i = end;
      continue;
    }
    // "…: Somdy Douangdy, Phó thủ tướng, …": a foreign name that an apposition's title follows.
    const before = foreignNameBeforeTitle(ctx, i, end);
    if (before >= 0) {
      ctx.nameEnd[before] = end;
      i = end;
      continue;
    }
    let found = -1;
    for (let p = i; p < end; p++) {
      const len = end - p;
      if (len < 2) break;
      if (len > 4 || !SURNAMES.has(tokens[p]!.k)) continue;
      if (isPlace(ctx, p, end)) continue;
      if (found < 0) found = p;
      // Mid-run, a family name may end a place ("Bình Dương Nguyễn Văn Lợi", "Bạch Mai Đào Xuân
      // Cơ"): a major family name right after it, or any family name that leaves a three-syllable
      // name, starts the person instead.
      const q = p + 1;
      if (p === found && p > i && q < end - 1 && (MAJOR_SURNAMES.has(tokens[q]!.k) || (SURNAMES.has(tokens[q]!.k) && end - q === 3))) {
        if (!isPlace(ctx, q, end)) found = q;
      }
      break;
    }
    // "Đoàn Thanh niên": a head running past the run in lower case names a body, not "Đoàn Thanh".
    if (found >= 0 && ctx.headLen[found]! > end - found) found = -1;
    // "Tòng Thị Phóng": "Thị"/"Văn" second in a run of three or four makes it a person's name,
    // whatever its family name.
    if (found < 0) {
      for (let p = Math.max(i, end - 4); p <= end - 3; p++) {
        if (MIDDLE_NAMES.has(tokens[p + 1]!.k) && !isPlace(ctx, p, end) && ctx.headLen[p]! === 0) {
          found = p;
          break;
        }
      }
    }
    // "Tổng Bí thư Trường Chinh", "anh Trường Giang": two syllables after a title or an honorific, the
    // first a body's head that is also a name syllable, and no place.
    if (found < 0 && end - i === 2 && NAME_HEADS.has(tokens[i]!.k) && personCueBefore(ctx, i) && !isPlace(ctx, i, end) && ORG_NOUNS.match(ctx.keys, i + 1) === 0 && !wordGoesOn(ctx, end)) found = i;
    if (found >= 0 && vietnameseName(ctx, found, end)) ctx.nameEnd[found] = end;
    else {
      const f = foreignNameAfterTitle(ctx, i, end);
      if (f >= 0) ctx.nameEnd[f] = end;
    }
    i = end;
  }
}

function headKey(ctx: BlockCtx, i: number, len: number): string {
  let k = ctx.tokens[i]!.k;
  for (let q = i + 1; q < i + len; q++) k += ' ' + ctx.tokens[q]!.k;
  return k;
}

/** Does a country or region end right before token f ("châu Âu", "Ấn Độ")? */
function endsPlace(ctx: BlockCtx, f: number): boolean {
  for (let k = 1; k <= 4 && f - k >= 0; k++) if (COUNTRIES.exact(ctx.keys, f - k, f)) return true;
  return false;
}

/** A foreign name behind a Vietnamese family name ("Kim Jong Un") is no Vietnamese person's name. */
function vietnameseName(ctx: BlockCtx, p: number, end: number): boolean {
  for (let q = p + 1; q < end; q++) if (!isVietnameseSyllable(ctx.tokens[q]!.k)) return false;
  return true;
}

const MAX_BETWEEN_TITLE_AND_NAME = 6;

/**
 * "Ngoại trưởng Mỹ Antony Blinken", "Thủ tướng Nhật Bản Fumio Kishida", "Chủ tịch Triều Tiên Kim
 * Jong Un": a foreign person's name is the last two title-case words of a run (three after a family
 * name such as "Kim") when the first of the two is no Vietnamese syllable, a title stands before the
 * run with only words between (a country, a body), and no organisation head stands right before the
 * name ("Tập đoàn Samsung Electronics" names a company). Returns the name's start or -1.
 */
function foreignNameAfterTitle(ctx: BlockCtx, i: number, end: number): number {
  const { tokens } = ctx;
  // "Park Geun-hye": a hyphen and a lower-case syllable end the last word.
  const wEnd = end - i >= 3 && tokens[end - 2]!.s === '-' && !tokens[end - 1]!.cap ? end - 2 : end;
  let f = wEnd - 2;
  // "George W. Bush": the initial's full stop, then the initial.
  if (f - 1 > i && tokens[f]!.s === '.' && tokens[f - 1]!.s.length === 1 && tokens[f - 1]!.cap) f--;
  // "George W Bush": a middle initial belongs to the name before it.
  if (f > i && tokens[f]!.s.length === 1 && tokens[f]!.cap) f--;
  // A hyphenated lower-case syllable ("Jae-in") marks a foreign name whatever its first word looks like.
  if (f < i) return -1;
  // "Bộ trưởng Hải quân Ray Mabus": a whole run of a first name shaped like a Vietnamese syllable and a
  // family name that is not one, right after a capitalised word (not after "thành phố": a town), and no place.
  // "Kim Jong-un": a last word of syllables glued by hyphens is foreign whatever the first word looks like.
  const glued = tokens[end - 1]!.kind === WORD && tokens[end - 1]!.s.includes('-');
  if (isVietnameseToken(tokens[f]!) && wEnd === end && !glued && !((f === i || endsPlace(ctx, f) || selfNamedBefore(ctx, f)) && f + 2 === end && !isVietnameseToken(tokens[f + 1]!) && afterCapitalised(ctx, f) && !isKnownPlace(ctx.keys, f, end) && COUNTRIES.match(ctx.keys, f) === 0)) return -1;
  // "Kim Jong Un": a family name before; but not the end of a place ("châu Âu Donald Tusk").
  if (f - 1 >= i && SURNAMES.has(tokens[f - 1]!.k) && !endsPlace(ctx, f)) f--;
  // Let a name run on to the left while its words are foreign too ("Tedros Adhanom Ghebreyesus").
  while (f - 1 >= i && wEnd - f < 4 && !isVietnameseToken(tokens[f - 1]!) && !endsPlace(ctx, f) && !selfNamedBefore(ctx, f)) f--;
  // "Chủ tịch Atletico Madrid", "Chủ tịch Real Madrid Florentino Perez": a club's or company's name is the
  // body the title names; a person's name may only follow it.
  for (let q = i; q < end; q++) {
    const k = tokens[q]!.k;
    if (BODY_NAME_ENDS.has(k)) f = Math.max(f, q + 1);
    else if (BODY_NAME_STARTS.has(k)) f = Math.max(f, q + 2);
  }
  if (wEnd - f < 2) return -1;
  for (let h = 1; h <= 3 && f - h >= 0; h++) {
    if (ctx.headLen[f - h] !== h || SELF_NAMED.has(headKey(ctx, f - h, h))) continue;
    // "Bộ trưởng Quốc phòng James Mattis": a lower-case head glued after a capitalised syllable is that word's own syllable.
    if (h === 1 && !tokens[f - 1]!.cap && f >= 2 && tokens[f - 2]!.kind === WORD && tokens[f - 2]!.cap) continue;
    // The tail of a longer head ("hội" of "Quốc hội") is judged with that head.
    const outer = f - h - 1;
    if (outer >= 0 && ctx.headLen[outer]! === h + 1 && SELF_NAMED.has(headKey(ctx, outer, h + 1))) continue;
    return -1;
  }
  if (ctx.headLen[f]! > 0) return -1; // "Cty Việt": a body's head starts no name
  if (f > 0 && ADMIN_UNITS.has(tokens[f - 1]!.k) && !tokens[f - 1]!.cap && !endsPlace(ctx, f)) return -1; // "tỉnh Đăk Lăk": a place
  // "(WHO) Tedros …": a short name in brackets of the body the title names.
  let g = f;
  if (g >= 3 && ctx.isPunct(g - 1, ')') && tokens[g - 2]!.acr && ctx.isPunct(g - 3, '(')) g -= 3;
  let skipped = 0; // tokens of brackets passed on the way
  for (let t = g - 1; t >= 0 && g - t - skipped <= MAX_BETWEEN_TITLE_AND_NAME + 6; t--) {
    const tok = tokens[t]!;
    if (tok.kind !== WORD) {
      // "Hội đồng Liên bang (Thượng viện) Nga Konstantin …": a body's other name in brackets on the way.
      let open = -1;
      if (tok.s === ')') for (let k = t - 1; k >= 0 && k >= t - 3 && open < 0; k--) if (tokens[k]!.s === '(') open = k;
      if (open < 0 || !tokens[open + 1]!.cap) return -1;
      skipped += t - open + 1;
      t = open;
      continue;
    }
    const tl = ctx.titleLen[t]!;
    // A body's head right after the title lets its name run longer ("Chủ tịch Ủy ban Đối ngoại Hội đồng Liên bang Nga …").
    const reach = ctx.headLen[t + tl]! > 0 && tokens[t + tl]!.cap ? MAX_BETWEEN_TITLE_AND_NAME + 4 : MAX_BETWEEN_TITLE_AND_NAME;
    if (tl > 0 && titleCue(ctx, t) && t + tl <= g && g - (t + tl) - skipped <= reach) {
      // "CEO Tesla Elon Musk": right after a company title, the first word is the company.
      if (f === t + tl && end - f >= 3 && CORPORATE_TITLES.has(headKey(ctx, t, tl))) return f + 1;
      return f;
    }
  }
  return -1;
}

/** A body that is its own name ends right before f ("Nhà Trắng", "Điện Kremlin"). */
function selfNamedBefore(ctx: BlockCtx, f: number): boolean {
  for (let h = 1; h <= 3 && f - h >= 0; h++) if (ctx.headLen[f - h] === h && SELF_NAMED.has(headKey(ctx, f - h, h))) return true;
  return false;
}

/** Token f-1 is a capitalised word or the lower-case syllable of one ("Quốc phòng"), or ends a capitalised title. */
function afterCapitalised(ctx: BlockCtx, f: number): boolean {
  // Guarded: reading index -1 turns these load sites megamorphic for the whole run.
  const a = f >= 1 ? ctx.tokens[f - 1] : undefined;
  const b = f >= 2 ? ctx.tokens[f - 2] : undefined;
  // Or a capitalised title ends there ("Hạ nghị sĩ Ron …").
  for (let k = 3; k <= 4 && f - k >= 0; k++) if (ctx.titleLen[f - k] === k && ctx.tokens[f - k]!.cap) return true;
  return !!a && a.kind === WORD && (a.cap || (!!b && b.kind === WORD && b.cap));
}

/** A title that cues a name after it: capitalised, or an office written in lower case ("thẩm phán"). */
function titleCue(ctx: BlockCtx, t: number): boolean {
  if (ctx.tokens[t]!.cap) return true;
  const key = headKey(ctx, t, ctx.titleLen[t]!);
  // "phát ngôn viên Nhà Trắng Sean Spicer", "cựu giám đốc FBI James Comey": a lower-case title with a capitalised body after it.
  return LOWERCASE_BARE_TITLES.has(key) || (LOWERCASE_PREFIX_TITLES.has(key) && !!ctx.tok(t + ctx.titleLen[t]!)?.cap);
}

/** Titles a company's name follows directly. */
const CORPORATE_TITLES = new Set(['nhà sáng lập', 'nhà đồng sáng lập', 'đồng sáng lập', 'người sáng lập', 'người đồng sáng lập', 'ceo', 'giám đốc điều hành', 'tổng giám đốc', 'giám đốc', 'chủ tịch hđqt', 'chủ tịch hội đồng quản trị']);

/** Words that open a club's name ("Real Madrid", "Inter Milan") or close a club's or company's ("Manchester United"). */
const BODY_NAME_STARTS = new Set(['real', 'atletico', 'atlético', 'athletic', 'inter', 'sporting', 'olympique', 'borussia', 'bayern', 'dynamo', 'racing']);
const BODY_NAME_ENDS = new Set(
  'united city fc cf club hotspur albion rovers wanderers electronics airlines airways group holdings corp corporation inc ltd motors bank capital technologies studios pictures media entertainment foundation university institute league federation association'.split(' '),
);

/** "McCain", "MacArthur", "DeSantis": a foreign family name with a capital inside goes on with the name before it. */
function mixedCaseName(u: Token): boolean {
  return u.kind === WORD && /^(?:Mc|Mac|De|Di|Le|La|Van)\p{Lu}\p{Ll}+$/u.test(u.s);
}

/** Capitalised function words that start a clause and are no syllable of a name ("… Kim Liên Theo …"). */
const NEVER_NAMES = new Set(['theo', 'tại', 'trong', 'sau', 'khi', 'với', 'về', 'để', 'nếu', 'nhưng', 'và', 'của', 'là', 'được', 'vì', 'cho', 'những', 'các', 'ngành', 'người', 'phía', 'ngoài', 'hiện', 'đây', 'tuy', 'mỗi', 'bên']);

/** A capitalised function word at j that opens a clause; "Tuy" only as "Tuy nhiên" ("Nguyễn Đức Tuy" is a name). */
function neverName(ctx: BlockCtx, j: number): boolean {
  const k = ctx.tokens[j]!.k;
  return NEVER_NAMES.has(k) && (k !== 'tuy' || ctx.keys[j + 1] === 'nhiên');
}

const APOSTROPHES = new Set(["'", '’']);

/** Lower-case particles inside foreign names. */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'von', 'van', 'der', 'de', 'del', 'dos', 'da', 'di', 'du', 'della', 'le', 'la']);

/** "al-", "el-": an Arabic article glued by a hyphen to a title-case part of a name. */
function particleAt(ctx: BlockCtx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || j + 2 >= ctx.n || t.kind !== WORD || t.cap || (t.k !== 'al' && t.k !== 'el')) return false;
  const dash = ctx.tokens[j + 1]!;
  const part = ctx.tokens[j + 2]!;
  return dash.s === '-' && !dash.sp && part.title && !part.sp;
}

/**
 * A run of 2–4 name parts with an Arabic article in it ("al-Mahdi al-Barghathi", "Ahmad al-Mesmari"),
 * or with two words that are no Vietnamese syllable ("Mahn Win Khaing Than"), right
 * after an honorific ("Ngài", "ông") or within a few words after a title, is a foreign person's name.
 * Returns the name's start (the run's start) or -1.
 */
function foreignNameAfterCue(ctx: BlockCtx, i: number, end: number): number {
  const { tokens } = ctx;
  let parts = 0;
  let particle = false;
  let foreign = 0;
  let highland = false;
  for (let q = i; q < end; q++) {
    const t = tokens[q]!;
    if (t.kind !== WORD) continue;
    if (q > i && tokens[q - 1]!.s === '-' && !t.sp) continue; // glued to the part before ("al-Mahdi", "Jean-Claude")
    if (q > i && APOSTROPHES.has(tokens[q - 1]!.s) && !t.sp) {
      highland = true; // "K'Mák": no Vietnamese syllable
      continue;
    }
    parts++;
    if (particleAt(ctx, q) || (!t.cap && NAME_PARTICLES.has(t.k))) particle = true;
    if (particleAt(ctx, q) || !isVietnameseToken(t)) foreign++;
    if (ctx.headLen[q]! > 0 || ctx.titleLen[q]! > 0) return -1;
  }
  // "ông K'Mák": one glued highland name after an honorific is a whole name.
  if (highland) foreign++;
  const glued = parts === 1 && highland && i > 0 && HONORIFICS.match(ctx.keys, i - 1) === 1;
  if ((parts < 2 && !glued) || parts > 4) return -1;
  // "người tiền nhiệm Francois Hollande": a word of succession in an office cues a name as an honorific does.
  // Two foreign-shaped words, or one in a two-word run ("Ksor Phước"), or a foreign first name after an
  // honorific ("ông Jim Yong Kim"): no Vietnamese name is any of these.
  const shaped = particle || foreign >= 2 || (foreign === 1 && parts === 2);
  const honorific = i > 0 && (HONORIFICS.match(ctx.keys, i - 1) === 1 || successorBefore(ctx.keys, i));
  // "ông Y Biêr Niê", "bà H Yâo Knul": after an honorific, one foreign-shaped word, or the Ê Đê's "Y" (men) and
  // "H" (women) first, make an ethnic-minority name whatever its first word.
  const ede = tokens[i]!.s === 'Y' || tokens[i]!.s === 'H';
  if (!shaped && isVietnameseToken(tokens[i]!) && !(honorific && (foreign > 0 || ede))) return -1;
  if (!shaped && !honorific) return -1;
  if (COUNTRIES.match(ctx.keys, i) > 0 || isKnownPlace(ctx.keys, i, end)) return -1;
  return honorific || (particle && titleWithin(ctx, i, MAX_BETWEEN_TITLE_AND_NAME) >= 0) ? i : -1;
}

/** A lower-case syllable that is no function word goes on with the word before ("Sở Xây dựng"). */
function wordGoesOn(ctx: BlockCtx, j: number): boolean {
  const t = j < ctx.n ? ctx.tokens[j]! : undefined;
  return !!t && t.kind === WORD && !t.cap && !STOPWORDS.has(t.k);
}

/** Heads of bodies that are also syllables of people's names ("Trường Chinh", "Sở Điềm", "Đoàn Tân"). */
const NAME_HEADS = new Set(['trường', 'sở', 'đoàn']);

/**
 * "Somdy Douangdy, Phó thủ tướng, Bộ trưởng Bộ Tài chính": a run of 2–3 title-case words, none a
 * head, title or place and at least two of no Vietnamese shape (or two words, the last of none:
 * "Ryan Graves"), then a comma or a dash and a capitalised title, is a foreign person's name. A
 * country may stand first ("nhà phân tích Nga Ivan Petrov - Giám đốc …"). Returns the name's start or -1.
 */
function foreignNameBeforeTitle(ctx: BlockCtx, i0: number, end: number): number {
  const { tokens } = ctx;
  if (end - i0 < 2 || end - i0 > 4 || !(end < ctx.n && (tokens[end]!.s === ',' || '-–—'.includes(tokens[end]!.s)))) return -1;
  // The title first: it is rare, and cheaper to check than the syllables.
  let t = end + 1;
  if (t < ctx.n && ROLE_WORDS.has(tokens[t]!.k) && ctx.titleLen[t + 1]! > 0) t++; // "nguyên Bộ trưởng"
  if (!(t < ctx.n && ctx.titleLen[t]! > 0)) return -1;
  // "Hasse Borg, giám đốc của Malmo", "Pawan Sharma, người phát ngôn Hiệp hội …": a title written in lower
  // case that an apposition may carry; then both words of the name must be foreign-shaped (below).
  const lower = !tokens[t]!.cap;
  if (lower && !LOWERCASE_APPOSITION_TITLES.has(headKey(ctx, t, ctx.titleLen[t]!))) return -1;
  // "Theo Diario Gol, chủ tịch Perez …": a lower-case title with a foreign name right after it is that name's.
  if (lower && tokens[t + ctx.titleLen[t]!]?.title && !isVietnameseSyllable(tokens[t + ctx.titleLen[t]!]!.k)) return -1;
  const c = COUNTRIES.match(ctx.keys, i0);
  // "Theo Jason Miller, cựu phát ngôn viên …": a capitalised function word opening the run is no part of the name.
  const i = c > 0 && end - (i0 + c) >= 2 ? i0 + c : lower && end - i0 >= 3 && NEVER_NAMES.has(tokens[i0]!.k) ? i0 + 1 : i0;
  if (end - i > 3) return -1;
  let foreign = 0;
  for (let q = i; q < end; q++) {
    const t = tokens[q]!;
    if (t.kind !== WORD || !t.title || ctx.headLen[q]! > 0 || ctx.titleLen[q]! > 0) return -1;
    if (!isVietnameseSyllable(t.k)) foreign++;
  }
  const last = tokens[end - 1]!.k;
  // "Tới Brussels, Tổng thống …": a function word or a verb of travel first makes a clause, not a name.
  const enough = foreign >= 2 || (!lower && end - i === 2 && !isVietnameseSyllable(last) && !STOPWORDS.has(tokens[i]!.k) && !NEVER_NAMES.has(tokens[i]!.k) && !TRAVEL_WORDS.has(tokens[i]!.k));
  if (!enough || COUNTRIES.match(ctx.keys, i) > 0 || isKnownPlace(ctx.keys, i, end)) return -1;
  // "New York Times, Tổng thống Trump …", "The Washington Post": a newspaper, then someone else's title.
  return tokens[i]!.k === 'the' || BODY_NAME_ENDS.has(last) || MEDIA_ENDS.has(last) ? -1 : i;
}
const ROLE_WORDS = new Set(['nguyên', 'cựu', 'tân', 'quyền']);
const TRAVEL_WORDS = new Set(['sang', 'rời', 'thăm', 'gặp', 'tiếp', 'đón', 'quanh', 'giữa', 'ngoài', 'bên', 'phía', 'miền', 'vùng']);
/** Words of succession in an office before a name: "người tiền nhiệm Francois Hollande". */
const SUCCESSORS = new Set(['người tiền nhiệm', 'người kế nhiệm', 'vị tiền nhiệm', 'người kế vị']);
export function successorBefore(keys: readonly (string | null)[], p: number): boolean {
  const last = p >= 3 ? keys[p - 1] : null;
  // Checked first: a string is built only after "nhiệm"/"vị".
  return (last === 'nhiệm' || last === 'vị') && SUCCESSORS.has(`${keys[p - 3]} ${keys[p - 2]} ${last}`);
}
const MEDIA_ENDS = new Set('times news post journal herald tribune telegraph guardian today press daily weekly magazine review'.split(' '));

/** Middle names that only people carry: "Đặng Thị Hồng Liên", "Đinh Văn Thu"; Hmong men's "A" and "Seo" ("Giàng A Chu", "Vàng Seo Sử"). */
const MIDDLE_NAMES = new Set(['thị', 'văn', 'a', 'seo']);

/** Heavenly stems and earthly branches: "Đinh Dậu" names a year. */
const STEMS = new Set(['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']);
const BRANCHES = new Set(['tý', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']);

/** "… Nguyễn Văn Thiện Chiều nay 25-5": a capitalised time word before "nay" or a number starts a clause. */
function lostFullStop(ctx: BlockCtx, j: number): boolean {
  if (!TIME_STARTERS.has(ctx.tokens[j]!.k)) return false;
  const next = ctx.tokens[j + 1];
  return !next || next.kind === NUM || next.k === 'nay' || next.k === 'qua' || next.s === ',';
}

/** Is a capitalised title standing within `maxGap` words before token p? Returns its start or -1. */
function titleWithin(ctx: BlockCtx, p: number, maxGap: number): number {
  for (let t = p - 1; t >= 0 && p - t <= maxGap + 4; t--) {
    const tok = ctx.tokens[t]!;
    if (tok.kind !== WORD) return -1;
    const tl = ctx.titleLen[t]!;
    if (tl > 0 && titleCue(ctx, t) && t + tl <= p && p - (t + tl) <= maxGap) return t;
  }
  return -1;
}

/**
 * "Chủ tịch Trung Quốc Tập Cận Bình", "Tổng thống Indonesia Joko Widodo", "Tổng thống Hợp chúng quốc
 * Hoa Kỳ Donald Trump", "Tổng thống Indonesia J. Widodo": after a title and a country, the rest of the
 * run (1–4 words, or an initial and a word) is a foreign leader's name, Vietnamese-shaped or not.
 * A single word must not be a Vietnamese syllable. Returns the name's start or -1.
 */
function nameAfterCountry(ctx: BlockCtx, i: number, end: number): number {
  let c = COUNTRIES.match(ctx.keys, i);
  // "Lào Cai": a province that starts with a country's name is the province.
  if (c > 0 && MAJOR_PLACES.match(ctx.keys, i) > c) c = MAJOR_PLACES.match(ctx.keys, i);
  // "châu Âu", "Hợp chúng quốc Hoa Kỳ": a country that starts before the run and ends inside it.
  for (let k = 1; c === 0 && k <= 2 && i + k <= end; k++) if (endsPlace(ctx, i + k)) c = k;
  if (c === 0 || i + c >= end) {
    // "… Indonesia J. Widodo": an initial with its full stop ends the run early.
    if (c > 0 && i + c === end && initialThenName(ctx, end)) {
      if (titleWithin(ctx, i, 3) < 0) return -1;
      ctx.nameEnd[end] = end + 3;
      return -2;
    }
    return -1;
  }
  // "Bộ Tư lệnh Thái Bình Dương Mỹ Harry Harris": a second place right after the first.
  for (let more = COUNTRIES.match(ctx.keys, i + c); more > 0 && i + c + more < end; more = COUNTRIES.match(ctx.keys, i + c)) c += more;
  const rest = end - (i + c);
  if (rest > 4) return -1;
  if (rest === 1 && isVietnameseSyllable(ctx.tokens[i + c]!.k)) return -1;
  if (titleWithin(ctx, i, 3) < 0) return -1;
  // A body or a place right after the country is no name ("Thủ tướng Nhật Bản Tokyo" is unlikely; "Quốc hội Lào" is a body).
  if (ctx.headLen[i + c]! > 0 || isKnownPlace(ctx.keys, i + c, end)) return -1;
  return i + c;
}

/**
 * Offices whose holder the news names by a foreign family name alone ("Tổng thống Putin", "Thủ tướng
 * Abe"). Offices a company or a club may follow ("Chủ tịch Vinpa", "Giám đốc Google") are not among them.
 */
const STATE_OFFICES = new Set(['tổng thống', 'phó tổng thống', 'thủ tướng', 'phó thủ tướng', 'ngoại trưởng', 'bộ trưởng', 'thứ trưởng', 'thủ hiến', 'thị trưởng', 'thượng nghị sĩ', 'thượng nghị sỹ', 'hạ nghị sĩ', 'hạ nghị sỹ', 'nghị sĩ', 'nghị sỹ', 'tổng thư ký', 'thống đốc', 'tổng chưởng lý']);

/**
 * "Tổng thống Putin", "cựu Tổng thống Obama", "Ngoại trưởng Tillerson": one title-case word that is no
 * Vietnamese syllable, no acronym, country, place or body, right after one of STATE_OFFICES written with
 * a capital, is the office holder's family name ("Tổng thống Pháp" is a country; "Thống đốc Fed" a body;
 * "ngài thị trưởng Cheonan" a town's, “tổng thống Bannon” a nickname).
 */
function familyNameAfterOffice(ctx: BlockCtx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.title || t.acr || t.s.length < 3 || ctx.headLen[i]! > 0 || ctx.titleLen[i]! > 0 || isVietnameseToken(t)) return false;
  // "Tổng thống Donald trump": a first name with the family name typed in lower case is not the family name.
  const u = ctx.tok(i + 1);
  if (u && u.kind === WORD && !u.cap && !isVietnameseToken(u)) return false;
  let office = false;
  for (let k = 1; k <= 4 && i - k >= 0 && !office; k++) office = ctx.titleLen[i - k] === k && STATE_OFFICES.has(headKey(ctx, i - k, k)) && ctx.tokens[i - k]!.cap;
  return office && !ORG_ACRONYMS.has(t.k) && COUNTRIES.match(ctx.keys, i) === 0 && !isKnownPlace(ctx.keys, i, i + 1);
}

/** "J. Widodo": a capital letter, a glued full stop, a title-case word. */
function initialThenName(ctx: BlockCtx, j: number): boolean {
  const a = ctx.tokens[j];
  const dot = ctx.tokens[j + 1];
  const b = ctx.tokens[j + 2];
  // "V.Putin": glued to a family name that is no Vietnamese syllable.
  return !!a && !!dot && !!b && j + 2 < ctx.n && a.kind === WORD && a.s.length === 1 && a.cap && dot.s === '.' && !dot.sp && b.title && (b.sp || !isVietnameseSyllable(b.k));
}

/** A title ends, or an honorific stands, right before token p. */
function personCueBefore(ctx: BlockCtx, p: number): boolean {
  for (let k = 1; k <= 4 && p - k >= 0; k++) {
    const t = ctx.tokens[p - k]!;
    if (t.kind === WORD && t.cap && ctx.titleLen[p - k] === k) return true;
    if (HONORIFICS.match(ctx.keys, p - k) === k) return true;
  }
  return false;
}

function startsPhrase(ctx: BlockCtx, j: number): boolean {
  return ctx.titleLen[j]! >= 2 || ctx.headLen[j]! >= 2;
}

function isPlace(ctx: BlockCtx, p: number, end: number): boolean {
  const { tokens } = ctx;
  let key = tokens[p]!.k;
  let known = false;
  let gazetteer = false;
  // A province or country may start a longer run; a district or commune must be the whole run
  // ("Dương Đức" is a commune, "Dương Đức Tuấn" a person).
  for (let q = p + 1; q < end && !known; q++) {
    key += ' ' + tokens[q]!.k;
    gazetteer = MAJOR_PLACES.exact(ctx.keys, p, q + 1);
    known = gazetteer || SURNAME_PLACES.has(key);
  }
  gazetteer ||= isKnownPlace(ctx.keys, p, end);
  // "đại tá Nguyễn An Ninh": a ward of three syllables or more named after a person is that ward only
  // after its unit ("phường Nguyễn An Ninh"); elsewhere the run is the person's name.
  if (!known && gazetteer && end - p >= 3 && !(p > 0 && ADMIN_UNITS.has(tokens[p - 1]!.k))) return false;
  // "Tổng Bí thư Lê Duẩn": a street named after a leader, known to no gazetteer, is the leader after a title.
  if (known && !gazetteer && personCueBefore(ctx, p)) return false;
  known ||= gazetteer;
  // "Chủ tịch Hồ Chí Minh": right after a title or honorific, a three-syllable place name is the
  // person it was named after; two-syllable ones ("Hà Nội", "Cao Bằng") stay places.
  if (known) return !(end - p >= 3 && personCueBefore(ctx, p));
  // "UBND tỉnh Nguyễn Xuân Đường": after a unit, a run no gazetteer knows that is shaped like a
  // three-syllable name with a common family name is the person, not the place.
  if (end - p >= 3 && (MAJOR_SURNAMES.has(tokens[p]!.k) || MIDDLE_NAMES.has(tokens[p + 1]!.k)) && p > 0 && ADMIN_UNITS.has(tokens[p - 1]!.k)) return false;
  // "TP Hồ Chí Minh", "tỉnh Hà Nam": a place after an administrative unit; but the unit syllable may
  // close a compound noun ("nông thôn", "xã hội"): "… Phát triển nông thôn Phùng Đức Tiến".
  const prev = p > 0 ? tokens[p - 1]! : undefined;
  if (prev && prev.kind === WORD && ADMIN_UNITS.has(prev.k) && !(p >= 2 && ORG_NOUNS.match(ctx.keys, p - 2) === 2)) return true;
  if (prev && prev.s === '.' && p > 1 && tokens[p - 2]!.k === 'tp') return true;
  return false;
}
