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

export function fromIndexText(text: string): string {
  return text.replace(/\u1E0F/g, 'đ').replace(/\u1E0E/g, 'Đ');
}
