/**
 * Some sources carry a whole article as one line. A wall of text is hard to read, so a paragraph
 * longer than MAX is cut into paragraphs of a few sentences; every sentence stays as written.
 */
const MAX = 1200;
const TARGET = 600;

/**
 * A sentence ends at . ! ? or … (closing quotes may follow) before a space and a capital or an opening
 * quote. The word before a full stop must be a real lower-case word, not "TP." or an initial "S.".
 */
const BOUNDARY = /(?<=\p{Ll}{2}[.!?…]["”’»)]?|[!?…]["”’»)]?)\s+(?=["“‘«(]?\p{Lu})/gu;

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(BOUNDARY)) starts.push(m.index + m[0].length);
  return starts;
}

export function splitLongParagraph(text: string): string[] {
  if (text.length <= MAX) return [text];
  const starts = sentenceStarts(text);
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < starts.length; i++) {
    const cut = starts[i]!;
    if (cut - from >= TARGET && text.length - cut >= TARGET / 2) {
      out.push(text.slice(from, cut).trimEnd());
      from = cut;
    }
  }
  out.push(text.slice(from));
  return out;
}
