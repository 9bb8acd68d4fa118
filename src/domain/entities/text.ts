/**
 * Text plumbing: an NFC view of a block with a map back to the offsets of the text as given, lexicon
 * keys, and the tokenizer the rules walk over.
 */

function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** The ranges of isCombining, as a regular expression: its compiled scan is ~3x a charCodeAt loop. One class per range: lint reads marks after a range end as combined. */
const COMBINING = /[\u0300-\u036f]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/;

function hasCombining(s: string): boolean {
  return COMBINING.test(s);
}

/** An NFC copy of a text; `toOriginal` maps a [start, end) range of the copy back to the original. */
export interface NfcView {
  text: string;
  toOriginal(start: number, end: number): [number, number];
}

/** NFC of a base character and its marks: clusters repeat a lot in Vietnamese text. */
const clusterNfc = new Map<string, string>();
const CLUSTER_CACHE_LIMIT = 20_000;

function composeCluster(cluster: string): string {
  let c = clusterNfc.get(cluster);
  if (c === undefined) {
    c = cluster.normalize('NFC');
    if (clusterNfc.size >= CLUSTER_CACHE_LIMIT) clusterNfc.clear();
    clusterNfc.set(cluster, c);
  }
  return c;
}

export function nfcView(original: string): NfcView {
  if (!hasCombining(original)) {
    // Precomposed text (the usual case) is its own NFC view for every rule here.
    return { text: original, toOriginal: (s, e) => [s, e] };
  }
  const len = original.length;
  const parts: string[] = [];
  // For each NFC code unit: the original range it comes from (a composed cluster maps as a whole).
  // NFC hardly ever makes a cluster longer; twice the length leaves room for the odd one that does.
  const from = new Int32Array(2 * len + 1);
  const to = new Int32Array(2 * len + 1);
  let n = 0;
  let i = 0;
  while (i < len) {
    let j = i;
    while (j < len && !isCombining(original.charCodeAt(j))) j++;
    // Cluster: the base before the first mark (a surrogate pair counts as one) and all the marks.
    let base = j > i ? j - 1 : j;
    if (j < len && base > i && isLowSurrogate(original.charCodeAt(base)) && isHighSurrogate(original.charCodeAt(base - 1))) base--;
    const runEnd = j >= len ? len : base;
    if (runEnd > i) {
      parts.push(original.slice(i, runEnd));
      for (let q = i; q < runEnd; q++, n++) {
        from[n] = q;
        to[n] = q + 1;
      }
    }
    if (j >= len) break;
    let e = j;
    while (e < len && isCombining(original.charCodeAt(e))) e++;
    const nfc = composeCluster(original.slice(base, e));
    parts.push(nfc);
    for (let q = 0; q < nfc.length; q++, n++) {
      from[n] = base;
      to[n] = e;
    }
    i = e;
  }
  const text = parts.join('');
  return {
    text,
    toOriginal: (s, e) => {
      const os = s < n ? from[s]! : len;
      const oe = e > 0 ? to[Math.min(e, n) - 1]! : 0;
      return [os, Math.max(os, oe)];
    },
  };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Old-style tone placement on the last syllable vowel pair → new style ("uỷ" → "ủy", "hoá" → "hóa"). */
const OLD_TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_TONE_END = /(?<!q)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/u;

/** Lexicon key of a word: lower case, new-style tone placement. */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  const m = OLD_TONE_END.exec(lower);
  return m ? lower.slice(0, m.index) + OLD_TONE[m[1]!]! : lower;
}

/** Diacritic-free form for tolerant name comparison ("Khánh" ~ "Khanh"). */
const folded = new Map<string, string>();

export function foldKey(s: string): string {
  let f = folded.get(s);
  if (f !== undefined) return f;
  f = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  if (folded.size >= WORD_CACHE_LIMIT_FOLD) folded.clear();
  folded.set(s, f);
  return f;
}
const WORD_CACHE_LIMIT_FOLD = 10_000;

const V = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const VI_SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${V}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u');
const syllableOk = new Map<string, boolean>();

/**
 * Could this lexicon key be a Vietnamese syllable (onset, one to three vowels, a final consonant)?
 * "nguyễn", "khuyến", "a" are; "jong", "biden", "blinken" are not. A single letter ("Nguyễn Văn B")
 * passes: news writes initials for people it does not name.
 */
export function isVietnameseSyllable(key: string): boolean {
  let ok = syllableOk.get(key);
  if (ok === undefined) {
    ok = key.length === 1 || VI_SYLLABLE.test(key);
    if (syllableOk.size >= WORD_CACHE_LIMIT_FOLD) syllableOk.clear();
    syllableOk.set(key, ok);
  }
  return ok;
}

/** isVietnameseSyllable of a token's key, kept on a word's shared info: hot loops skip the Map lookup. */
export function isVietnameseToken(t: Token): boolean {
  const w = t.w;
  if (w === null) return isVietnameseSyllable(t.k);
  if (w.vi === undefined) w.vi = isVietnameseSyllable(w.k);
  return w.vi;
}

/** Token kinds (plain numbers: cheap to compare in hot loops). */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export type TokenKind = typeof WORD | typeof NUM | typeof PUNCT;

export interface Token {
  /** Text as in the NFC view. */
  s: string;
  /** Lexicon key (words), digits (numbers) or the character (punctuation). */
  k: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Word starting with an upper-case letter. */
  cap: boolean;
  /** Word in capitals (2+ letters, or a capital followed by capitals/digits): "UBND", "TPHCM". */
  acr: boolean;
  /** Title-case syllable: one capital then lower case ("Nguyễn"). */
  title: boolean;
  /** Whitespace (or block start) before the token. */
  sp: boolean;
  /** The word form's shared info (words), null for numbers and punctuation. */
  w: WordInfo | null;
}

// Character classes, computed once per UTF-16 code unit on first sight.
const C_UNKNOWN = 0;
const C_LETTER = 1;
const C_MARK = 2;
const C_DIGIT = 3;
const C_SPACE = 4;
const C_OTHER = 5;
const charClass = new Uint8Array(65536);
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/;

function classOf(c: number): number {
  let k = charClass[c]!;
  if (k !== C_UNKNOWN) return k;
  if (c >= 48 && c <= 57) k = C_DIGIT;
  else if (c >= 0xd800 && c <= 0xdfff) k = C_OTHER;
  else {
    const ch = String.fromCharCode(c);
    k = LETTER_RE.test(ch) ? C_LETTER : MARK_RE.test(ch) ? C_MARK : SPACE_RE.test(ch) ? C_SPACE : C_OTHER;
  }
  charClass[c] = k;
  return k;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** What a word form's tokens share: computed once per form. */
export interface WordInfo {
  s: string;
  k: string;
  cap: boolean;
  acr: boolean;
  title: boolean;
  /** Trie.startBits of the key (tries 0–31 and 32–63), computed under trie epoch `startsEpoch`; -1 until then. */
  starts0: number;
  starts1: number;
  startsEpoch: number;
  /** isVietnameseSyllable of the key, once asked. */
  vi: boolean | undefined;
}

/**
 * Words repeat a lot in news text: their key and case shape are computed once, in an open-addressing
 * table hashed straight from the text, so a known word costs neither a slice nor a Map lookup.
 * The table starts small and doubles at half full: an article's few thousand words stay in cache.
 * Each word's characters sit in one flat pool next to its hash and length: a lookup compares them
 * there, never touching the word's objects scattered over the heap.
 */
const WORD_CACHE_LIMIT = 50_000;
let wordSlots = 1 << 12;
let slotHash = new Int32Array(wordSlots);
/** Length of the slot's word; 0 for an empty slot (no word is empty). */
let slotLen = new Int32Array(wordSlots);
/** Where the slot's word starts in `pool`. */
let slotOff = new Int32Array(wordSlots);
let slotInfo: (WordInfo | undefined)[] = emptySlots(wordSlots);
let pool = new Uint16Array(1 << 15);
let poolLen = 0;
let wordCount = 0;

function emptySlots(size: number): (WordInfo | undefined)[] {
  const a: (WordInfo | undefined)[] = [];
  for (let i = 0; i < size; i++) a.push(undefined);
  return a;
}

/** Doubles the table, re-placing every word by its stored hash. */
function growWords(): void {
  const [oldHash, oldLen, oldOff, oldInfo] = [slotHash, slotLen, slotOff, slotInfo];
  wordSlots *= 2;
  const mask = wordSlots - 1;
  slotHash = new Int32Array(wordSlots);
  slotLen = new Int32Array(wordSlots);
  slotOff = new Int32Array(wordSlots);
  slotInfo = emptySlots(wordSlots);
  for (let i = 0; i < oldLen.length; i++) {
    if (oldLen[i] === 0) continue;
    let slot = oldHash[i]! & mask;
    while (slotLen[slot] !== 0) slot = (slot + 1) & mask;
    slotHash[slot] = oldHash[i]!;
    slotLen[slot] = oldLen[i]!;
    slotOff[slot] = oldOff[i]!;
    slotInfo[slot] = oldInfo[i];
  }
}

/** FNV-1a over UTF-16 code units: the tokenizer hashes a word while scanning it. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function samePooled(off: number, text: string, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (pool[off + i] !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The word text[start, end), whose FNV-1a hash is h. */
function wordAt(text: string, start: number, end: number, h: number): WordInfo {
  const len = end - start;
  let mask = wordSlots - 1;
  let slot = h & mask;
  for (let l = slotLen[slot]; l !== 0; l = slotLen[slot]) {
    if (slotHash[slot] === h && l === len && samePooled(slotOff[slot]!, text, start, len)) return slotInfo[slot]!;
    slot = (slot + 1) & mask;
  }
  if (wordCount >= WORD_CACHE_LIMIT) {
    slotLen.fill(0);
    slotInfo.fill(undefined);
    poolLen = 0;
    wordCount = 0;
    slot = h & mask;
  } else if (2 * (wordCount + 1) > wordSlots) {
    growWords();
    mask = wordSlots - 1;
    slot = h & mask;
    while (slotLen[slot] !== 0) slot = (slot + 1) & mask;
  }
  if (poolLen + len > pool.length) {
    const bigger = new Uint16Array(Math.max(2 * pool.length, poolLen + len));
    bigger.set(pool.subarray(0, poolLen));
    pool = bigger;
  }
  for (let i = 0; i < len; i++) pool[poolLen + i] = text.charCodeAt(start + i);
  slotOff[slot] = poolLen;
  poolLen += len;
  slotHash[slot] = h;
  slotLen[slot] = len;
  const info = shapeOf(text.slice(start, end));
  slotInfo[slot] = info;
  wordCount++;
  return info;
}

function shapeOf(s: string): WordInfo {
  const cap = UPPER.test(s[0]!);
  let upperRest = cap && s.length > 1;
  let lowerRest = true;
  for (let i = 1; i < s.length && (upperRest || lowerRest); i++) {
    const c = s.charCodeAt(i);
    let upper: boolean;
    let lower: boolean;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      lower = c >= 97 && c <= 122;
    } else {
      const ch = s[i]!;
      upper = UPPER.test(ch);
      lower = LOWER.test(ch);
    }
    if (upper) lowerRest = false;
    else if (lower) upperRest = false;
  }
  return { s, k: keyOf(s), cap, acr: upperRest, title: cap && lowerRest, starts0: 0, starts1: 0, startsEpoch: -1, vi: undefined };
}

/**
 * Words (a letter, then letters and combining marks), numbers ("246.797", "2,5") and single
 * punctuation characters, with offsets into `text`. A hand-written scanner: no match objects.
 */
/** From a hyphen at i: the end of the hyphen-joined lower-case syllables after it (i itself if none). */
function gluedSyllables(text: string, i: number): number {
  const n = text.length;
  let end = i;
  while (end + 1 < n && text.charCodeAt(end) === 45 && classOf(text.charCodeAt(end + 1)) === C_LETTER && LOWER.test(text[end + 1]!)) {
    let j = end + 2;
    while (j < n && (classOf(text.charCodeAt(j)) === C_LETTER || classOf(text.charCodeAt(j)) === C_MARK)) j++;
    end = j;
  }
  return end;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === C_SPACE) {
      i++;
      continue;
    }
    const start = i;
    const sp = prevEnd < 0 || start > prevEnd;
    if (k === C_LETTER) {
      // The word's hash is taken as it is scanned: each character is read once.
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      i++;
      while (i < n) {
        const cc = text.charCodeAt(i);
        const kk = classOf(cc);
        if (kk !== C_LETTER && kk !== C_MARK) break;
        h = Math.imul(h ^ cc, FNV_PRIME);
        i++;
      }
      // "Mi-lô-xơ", "Jae-in": lower-case syllables glued by hyphens to a capitalised one make one name word.
      // Not before a number: "X-class 2018", "La-zăng 19 inch" are a thing and its figure.
      if (i + 1 < n && text.charCodeAt(i) === 45 && UPPER.test(text[start]!)) {
        const g = gluedSyllables(text, i);
        let q = g;
        while (q < n && classOf(text.charCodeAt(q)) === C_SPACE) q++;
        if (q >= n || classOf(text.charCodeAt(q)) !== C_DIGIT) {
          for (; i < g; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
        }
      }
      const w = wordAt(text, start, i, h);
      out.push({ s: w.s, k: w.k, start, end: i, kind: WORD, cap: w.cap, acr: w.acr, title: w.title, sp, w });
    } else if (k === C_DIGIT) {
      i++;
      while (i < n && classOf(text.charCodeAt(i)) === C_DIGIT) i++;
      // Groups and decimals: "246.797", "2,5", "1.234,5".
      while (i + 1 < n) {
        const sep = text.charCodeAt(i);
        if ((sep !== 46 && sep !== 44) || classOf(text.charCodeAt(i + 1)) !== C_DIGIT) break;
        i += 2;
        while (i < n && classOf(text.charCodeAt(i)) === C_DIGIT) i++;
      }
      const s = text.slice(start, i);
      out.push({ s, k: s, start, end: i, kind: NUM, cap: false, acr: false, title: false, sp, w: null });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      const s = i - start === 1 ? String.fromCharCode(c) : text.slice(start, i);
      out.push({ s, k: s, start, end: i, kind: PUNCT, cap: false, acr: false, title: false, sp, w: null });
    }
    prevEnd = i;
  }
  return out;
}

/** Sentence-level boundaries: a word after one of these starts a sentence or clause. */
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '“', '"', '(', '”', ')', '[', ']', '«', '»']);

export function startsSentence(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  return prev.kind === PUNCT && SENTENCE_END.has(prev.s);
}
