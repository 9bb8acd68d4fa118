/** One block prepared for the rules: NFC view, tokens, and the person-name starts. */
import * as lexicons from './lexicons';
import type { NfcView, Token } from './text';
import * as textModule from './text';

// Bound once: namespace lookups stay out of the hot loops.
const { ADMIN_UNITS, MAJOR_SURNAMES, ORG_HEADS, ORG_NOUNS, SURNAMES, SURNAME_PLACES, TITLES } = lexicons;
const { WORD, PUNCT, isVietnameseSyllable, nfcView, startsSentence, tokenize } = textModule;

const STARTS_TITLE = 1;
const STARTS_HEAD = 2;
/** Per word key: may a title or an organisation head start with it? Most words start neither. */
const startCache = new Map<string, number>();

function startFlags(k: string): number {
  let f = startCache.get(k);
  if (f === undefined) {
    f = (TITLES.startsWith(k) ? STARTS_TITLE : 0) | (ORG_HEADS.startsWith(k) ? STARTS_HEAD : 0);
    if (startCache.size >= 50_000) startCache.clear();
    startCache.set(k, f);
  }
  return f;
}

export class BlockCtx {
  readonly view: NfcView;
  readonly text: string;
  readonly tokens: Token[];
  /** Tokens considered: the article body ends at "./." (the agency's end mark; a byline may follow). */
  readonly n: number;
  /** If a person's name starts at token j, the index after its last token; else 0. */
  readonly nameEnd: Int32Array;
  readonly keyAt: (j: number) => string | null;
  /** Lexicon key of each token before n: the word's key, or null for numbers and punctuation. */
  readonly keys: (string | null)[];
  /** Length in tokens of the title (TITLES) starting at j, 0 if none. */
  readonly titleLen: Uint8Array;
  /** Length in tokens of the organisation head (ORG_HEADS) starting at j, 0 if none. */
  readonly headLen: Uint8Array;

  constructor(original: string) {
    this.view = nfcView(original);
    this.text = this.view.text;
    this.tokens = tokenize(this.text);
    this.n = bodyEnd(this.tokens);
    const tokens = this.tokens;
    const n = this.n;
    const keys: (string | null)[] = [];
    for (let j = 0; j < n; j++) keys.push(tokens[j]!.kind === WORD ? tokens[j]!.k : null);
    this.keys = keys;
    this.keyAt = (j) => (j < n ? keys[j]! : null);
    this.titleLen = new Uint8Array(n + 1);
    this.headLen = new Uint8Array(n + 1);
    for (let j = 0; j < n; j++) {
      const k = keys[j]!;
      if (k === null) continue;
      const f = startFlags(k);
      if (f & STARTS_TITLE) this.titleLen[j] = TITLES.match(keys, j);
      if (f & STARTS_HEAD) this.headLen[j] = ORG_HEADS.match(keys, j);
    }
    this.nameEnd = new Int32Array(n + 1);
    findNames(this);
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
    if (t.kind !== WORD || !t.title) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && tokens[end]!.title && tokens[end]!.sp && end - i < 8 && !startsPhrase(ctx, end)) end++;
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
    if (found >= 0 && vietnameseName(ctx, found, end)) ctx.nameEnd[found] = end;
    else {
      const f = foreignNameAfterTitle(ctx, i, end);
      if (f >= 0) ctx.nameEnd[f] = end;
    }
    i = end;
  }
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
  let f = end - 2;
  if (f < i || isVietnameseSyllable(tokens[f]!.k)) return -1;
  if (f - 1 >= i && SURNAMES.has(tokens[f - 1]!.k)) f--;
  for (let h = 1; h <= 3 && f - h >= 0; h++) if (ctx.headLen[f - h] === h) return -1;
  for (let t = f - 1; t >= 0 && f - t <= MAX_BETWEEN_TITLE_AND_NAME + 4; t--) {
    const tok = tokens[t]!;
    if (tok.kind !== WORD) return -1;
    const tl = ctx.titleLen[t]!;
    if (tl > 0 && tok.cap && t + tl <= f && f - (t + tl) <= MAX_BETWEEN_TITLE_AND_NAME) return f;
  }
  return -1;
}

function startsPhrase(ctx: BlockCtx, j: number): boolean {
  return ctx.titleLen[j]! >= 2 || ctx.headLen[j]! >= 2;
}

function isPlace(ctx: BlockCtx, p: number, end: number): boolean {
  const { tokens } = ctx;
  let key = tokens[p]!.k;
  for (let q = p + 1; q < end; q++) {
    key += ' ' + tokens[q]!.k;
    if (SURNAME_PLACES.has(key)) return true;
  }
  // "TP Hồ Chí Minh", "tỉnh Hà Nam": a place after an administrative unit; but the unit syllable may
  // close a compound noun ("nông thôn", "xã hội"): "… Phát triển nông thôn Phùng Đức Tiến".
  const prev = p > 0 ? tokens[p - 1]! : undefined;
  if (prev && prev.kind === WORD && ADMIN_UNITS.has(prev.k) && !(p >= 2 && ORG_NOUNS.match(ctx.keys, p - 2) === 2)) return true;
  if (prev && prev.s === '.' && p > 1 && tokens[p - 2]!.k === 'tp') return true;
  return false;
}
