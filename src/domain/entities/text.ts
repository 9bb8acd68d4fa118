/**
 * Text plumbing: an NFC view of a block with a map back to the offsets of the text as given, lexicon
 * keys, and the tokenizer the rules walk over.
 */

function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

function hasCombining(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCombining(s.charCodeAt(i))) return true;
  return false;
}

/** An NFC copy of a text; `toOriginal` maps a [start, end) range of the copy back to the original. */
export interface NfcView {
  text: string;
  toOriginal(start: number, end: number): [number, number];
}

export function nfcView(original: string): NfcView {
  if (!hasCombining(original)) {
    // Precomposed text (the usual case) is its own NFC view for every rule here.
    return { text: original, toOriginal: (s, e) => [s, e] };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Clusters: a base character (a surrogate pair counts as one) and the combining marks after it.
  let from = 0;
  while (from < original.length) {
    let to = from + 1;
    const c = original.charCodeAt(from);
    if (c >= 0xd800 && c <= 0xdbff && to < original.length) to++;
    while (to < original.length && isCombining(original.charCodeAt(to))) to++;
    const nfc = original.slice(from, to).normalize('NFC');
    parts.push(nfc);
    for (let k = 0; k < nfc.length; k++) {
      starts.push(from);
      ends.push(to);
    }
    from = to;
  }
  const text = parts.join('');
  return {
    text,
    toOriginal: (s, e) => {
      const os = s < starts.length ? starts[s]! : original.length;
      const oe = e > 0 ? ends[e - 1]! : 0;
      return [os, Math.max(os, oe)];
    },
  };
}

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
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export const enum Kind {
  Word = 0,
  Number = 1,
  Punct = 2,
}

export interface Token {
  /** Text as in the NFC view. */
  s: string;
  /** Lexicon key (words), digits (numbers) or the character (punctuation). */
  k: string;
  start: number;
  end: number;
  kind: Kind;
  /** Word starting with an upper-case letter. */
  cap: boolean;
  /** Word in capitals (2+ letters, or a capital followed by capitals/digits): "UBND", "TPHCM". */
  acr: boolean;
  /** Title-case syllable: one capital then lower case ("Nguyễn"). */
  title: boolean;
  /** Whitespace (or block start) before the token. */
  sp: boolean;
}

const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\d+(?:[.,]\d+)*)|(\S)/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    const sp = prevEnd < 0 || start > prevEnd;
    prevEnd = end;
    if (m[1] !== undefined) {
      const first = s[0]!;
      const cap = isUpper(first);
      let upperRest = cap && s.length > 1;
      let lowerRest = true;
      for (let i = 1; i < s.length && (upperRest || lowerRest); i++) {
        const ch = s[i]!;
        if (isUpper(ch)) lowerRest = false;
        else upperRest = false;
      }
      out.push({ s, k: keyOf(s), start, end, kind: Kind.Word, cap, acr: upperRest, title: cap && lowerRest, sp });
    } else if (m[2] !== undefined) {
      out.push({ s, k: s, start, end, kind: Kind.Number, cap: false, acr: false, title: false, sp });
    } else {
      out.push({ s, k: s, start, end, kind: Kind.Punct, cap: false, acr: false, title: false, sp });
    }
  }
  return out;
}

/** Sentence-level boundaries: a word after one of these starts a sentence or clause. */
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '“', '"', '(', '”', ')', '[', ']', '«', '»']);

export function startsSentence(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  return prev.kind === Kind.Punct && SENTENCE_END.has(prev.s);
}
