/**
 * Keyboard selection inside one block's text — pure, no DOM (ReadingKeys in features/reader puts
 * the result on screen as a real selection).
 *
 * Sentences come from ingest's splitter (the one the cards and /people use); words are the runs
 * wordSnap calls words. Only the end of a selection moves, as when a reader drags on from where
 * they started. An entity mention (a name, a figure…) counts as one word, so what is on screen is
 * what `h` stores (a highlight grows to whole mentions anyway).
 */
import { sentenceStarts } from '../domain/ingest/sentences';
import { isWordChar, type Span } from './wordSnap';

/** A block's sentences, each without the spaces that follow it. */
export function sentenceSpans(text: string): Span[] {
  const starts = sentenceStarts(text);
  const out: Span[] = [];
  for (let i = 0; i < starts.length; i++) {
    let start = starts[i]!;
    let end = starts[i + 1] ?? text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Index of the sentence holding `offset` (the one it ends, at a sentence's end). */
function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let k = 0;
  while (k + 1 < sentences.length && sentences[k + 1]!.start <= offset) k++;
  return k;
}

/**
 * The sentence `s` selects. Nothing selected in the block: the first (dir 1) or last (dir -1); a
 * caret: its sentence; exactly a sentence: the next or previous one (staying at either end);
 * anything else: the sentence where it starts.
 */
export function pickSentence(text: string, current: Span | null, dir: 1 | -1): Span | null {
  const sentences = sentenceSpans(text);
  if (sentences.length === 0) return null;
  if (!current) return dir === 1 ? sentences[0]! : sentences[sentences.length - 1]!;
  const k = sentenceIndexAt(sentences, current.start);
  const here = sentences[k]!;
  if (here.start === current.start && here.end === current.end) {
    return sentences[Math.max(0, Math.min(sentences.length - 1, k + dir))]!;
  }
  return here;
}

/** Moves `end` out of any unit it cuts (a unit is one word): past it (dir 1) or back before it (-1). */
function outOfUnits(end: number, units: readonly Span[], dir: 1 | -1): number {
  for (let changed = true; changed; ) {
    changed = false;
    for (const u of units) {
      if (u.start < end && end < u.end) {
        end = dir === 1 ? u.end : u.start;
        changed = true;
      }
    }
  }
  return end;
}

const pastUnits = (end: number, units: readonly Span[]) => outOfUnits(end, units, 1);
const beforeUnits = (end: number, units: readonly Span[]) => outOfUnits(end, units, -1);

/**
 * The selection with its end one word further (dir 1) or one word back (dir -1). Growing over a
 * sentence's last word takes its closing punctuation too; shrinking never empties the selection.
 * With nothing selected, growing selects the block's first word. Unchanged when it cannot move.
 */
export function growByWord(text: string, span: Span | null, dir: 1 | -1, units: readonly Span[] = []): Span | null {
  if (!span) {
    if (dir === -1) return null;
    let start = 0;
    while (start < text.length && !isWordChar(text, start)) start++;
    if (start === text.length) return null;
    return growByWord(text, { start, end: start }, 1, units);
  }
  const { start } = span;
  if (dir === 1) {
    let end = span.end;
    while (end < text.length && !isWordChar(text, end)) end++;
    if (end === text.length) return span;
    while (end < text.length && isWordChar(text, end)) end++;
    end = pastUnits(end, units);
    // Only punctuation left before the next sentence: it belongs to this word.
    const sentenceEnd = sentenceSpans(text).find((s) => s.end >= end)?.end ?? text.length;
    let k = end;
    while (k < sentenceEnd && !isWordChar(text, k) && !/\s/.test(text[k]!)) k++;
    return { start, end: k === sentenceEnd ? sentenceEnd : end };
  }
  let end = span.end;
  while (end > start && !isWordChar(text, end - 1)) end--;
  while (end > start && isWordChar(text, end - 1)) end--;
  end = beforeUnits(end, units);
  while (end > start && !isWordChar(text, end - 1)) end--;
  return end > start ? { start, end } : span;
}

/**
 * The selection with its end at the end of its sentence, or of the next one when it ends a sentence
 * already (dir 1); back to the end of the previous sentence (dir -1), never emptying it. With
 * nothing selected, growing selects the first sentence. Unchanged when it cannot move.
 */
export function growBySentence(text: string, span: Span | null, dir: 1 | -1): Span | null {
  const sentences = sentenceSpans(text);
  if (!span) return dir === 1 ? (sentences[0] ?? null) : null;
  if (dir === 1) {
    const next = sentences.find((s) => s.end > span.end);
    return next ? { start: span.start, end: next.end } : span;
  }
  const back = sentences.filter((s) => s.end < span.end && s.end > span.start).pop();
  return back ? { start: span.start, end: back.end } : span;
}
