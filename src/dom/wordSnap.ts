/**
 * Word snapping of a selection in plain text — pure, no DOM (the adapter is in ./selection.ts).
 *
 * Vietnamese writes one syllable per space-separated token, so the unit is the token's run of
 * letters/digits: a selection that cuts one ("…cơ sở Đảng v") grows to its whole syllable
 * ("…cơ sở Đảng viên"). Connectors inside a token ("246.797", "1,6%", "TP.HCM", "Dân–Chính")
 * keep it whole; punctuation at a token's edge is never added. A selection that crosses the edge
 * of a unit (a marked name, a figure, a date…) grows to the whole unit ("Lê Thị Thanh | Thúy");
 * one entirely inside a unit is kept, because that part was chosen on purpose.
 */

export interface Span {
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Characters that join two word characters into one token (numbers, abbreviations, compounds). */
const JOINER = /[.,'’\-‐–/:_]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Whether position i (the character text[i]) belongs to a word. */
export function isWordChar(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (isLetter(ch)) return true;
  // A low surrogate of a letter outside the BMP: judge the whole code point.
  if (/[\uDC00-\uDFFF]/.test(ch) && i > 0) return LETTER.test(text.slice(i - 1, i + 1));
  if (/[\uD800-\uDBFF]/.test(ch)) return LETTER.test(text.slice(i, i + 2));
  if (JOINER.test(ch)) return isLetter(text[i - 1]) && isLetter(text[i + 1]);
  // "1,6%": a percent sign sticks to the number before it.
  if (ch === '%') return /\p{N}/u.test(text[i - 1] ?? '');
  return false;
}

/** Whether a boundary at `offset` falls between two characters of the same word. */
export function cutsWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isWordChar(text, offset - 1) && isWordChar(text, offset);
}

/** The selection grown to whole words, then to whole units it crosses; whitespace trimmed. Null when empty. */
export function snapToWords(text: string, span: Span, units: readonly Span[] = []): Span | null {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  while (cutsWord(text, start)) start--;
  while (cutsWord(text, end)) end++;
  // Units may overlap or nest: grow until no unit is crossed any more.
  for (let changed = true; changed; ) {
    changed = false;
    for (const u of units) {
      if (u.end <= start || u.start >= end) continue; // apart
      if (u.start <= start && end <= u.end) continue; // inside (or equal): chosen on purpose
      if (u.start < start) {
        start = u.start;
        changed = true;
      }
      if (u.end > end) {
        end = u.end;
        changed = true;
      }
    }
  }
  return { start, end };
}

/** Entity mentions as spans of the article's plain text (blockStarts from domain/article/plainText). */
export function entityUnits(
  entities: readonly { block: number; start: number; end: number }[],
  blockStarts: readonly number[],
): Span[] {
  const out: Span[] = [];
  for (const e of entities) {
    const base = blockStarts[e.block];
    if (base !== undefined && e.end > e.start) out.push({ start: base + e.start, end: base + e.end });
  }
  return out;
}
