/**
 * Grapheme-safe context cuts. Quote context (prefix/suffix) is cut on grapheme cluster boundaries so
 * it never starts or ends inside a surrogate pair or between a base letter and its combining marks.
 */
// Made on first use, not when the module loads: building one (ICU's break rules) took 10–50 ms of every
// application start (traced on /notes), which needs it only once a highlight is made or anchored.
let made: Intl.Segmenter | undefined;
const segmenter = (): Intl.Segmenter => (made ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** Extra characters segmented beyond the cut so the boundary near the cut is seen in context. */
const LOOKAROUND = 32;

/** Start offset of the longest grapheme-aligned context of at most `max` UTF-16 units ending at `end`. */
export function contextStartBefore(text: string, end: number, max: number): number {
  const limit = end - max;
  if (limit <= 0) return 0;
  const windowStart = Math.max(0, limit - LOOKAROUND);
  const window = text.slice(windowStart, end);
  for (const { index } of segmenter().segment(window)) {
    const absolute = windowStart + index;
    if (absolute >= limit) return absolute;
  }
  return end;
}

/** End offset of the longest grapheme-aligned context of at most `max` UTF-16 units starting at `start`. */
export function contextEndAfter(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  const windowEnd = Math.min(text.length, limit + LOOKAROUND);
  const window = text.slice(start, windowEnd);
  let best = start;
  for (const { index } of segmenter().segment(window)) {
    const absolute = start + index;
    if (absolute > limit) break;
    best = absolute;
  }
  return best;
}

/** Grapheme clusters of `text` with their UTF-16 start offsets. */
export function* graphemes(text: string): Generator<{ index: number; segment: string }> {
  for (const { index, segment } of segmenter().segment(text)) yield { index, segment };
}
