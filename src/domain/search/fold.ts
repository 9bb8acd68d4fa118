/**
 * Vietnamese search folding: "Đảng ủy" and "dang uy" meet as "dang uy".
 * NFD splits every Vietnamese vowel into its base letter, its shape mark (breve, circumflex, horn)
 * and its tone; đ/Đ is its own letter with no decomposition, so it is mapped to d by hand.
 */
const COMBINING_MARKS = /\p{M}/gu;

export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Pagefind folds diacritics by Unicode decomposition, which leaves đ as đ: "duong" then never finds
 * "đường". The text it indexes spells đ as ḏ (d with line below, which decomposes to d + U+0331 and
 * never occurs in Vietnamese), so it folds to d while the exact spelling still ranks first.
 * Queries go through the same mapping; excerpts and titles come back through `fromIndexText`.
 */
export function toIndexText(text: string): string {
  return text.normalize('NFC').replace(/đ/g, '\u1E0F').replace(/Đ/g, '\u1E0E');
}

/**
 * Ends every indexed word (ǂ, a letter that never occurs in Vietnamese and has no decomposition), so a
 * query word ending with it matches that word only: Pagefind matches every query word as a prefix,
 * and a 1–2 letter prefix extends to thousands of words ("t": every t-word) at a cost that grows with
 * the words × their pages (bench/README.md, section 7). Pagefind drops the punctuation inside a token
 * ("TP.HCM" is "tphcm"), so the mark goes after the token's last letter or digit.
 */
export const WORD_END = '\u01C2';

const LAST_LETTER = /([\p{L}\p{N}][\p{M}]*)(?=[^\p{L}\p{N}\p{M}]*$)/u;

/** Every whitespace-separated token with a letter or digit, ended by WORD_END ("Hà Nội," → "Hàǂ Nộiǂ,"). */
export function markWords(text: string): string {
  return text.replace(/\S+/g, (token) => token.replace(LAST_LETTER, `$1${WORD_END}`));
}

/** Index text back to what the reader wrote: đ spelled back, word ends dropped. */
export function fromIndexText(text: string): string {
  return text.replace(/\u1E0F/g, 'đ').replace(/\u1E0E/g, 'Đ').replaceAll(WORD_END, '');
}
