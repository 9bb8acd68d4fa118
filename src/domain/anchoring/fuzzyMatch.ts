import { prefixSimilarity, suffixSimilarity } from './context';
import { approxSearch } from './myers';
import type { TextRange } from './types';

/**
 * Approximate anchoring, scored like Hypothesis (quote 50, prefix 20, suffix 20, position 2).
 * Bounded: at most MAX_ERRORS edits (so at most ~9 bit-vector blocks are active per text character),
 * at most REGIONS match regions scored, and quotes longer than LONG_QUOTE are matched by their head
 * and tail only.
 */
export const MAX_ERROR_RATE = 0.25;
export const MAX_ERRORS = 256;
/** Minimum weighted score (0..1) for an approximate match to be accepted. */
export const MIN_SCORE = 0.75;
/** Quotes shorter than this also need their context to mostly match (no landing on lookalikes). */
export const SHORT_QUOTE = 32;
const MIN_CONTEXT_FOR_SHORT = 0.5;
const REGIONS = 16;
/** Characters scanned on each side of the old position before falling back to the whole text. */
const WINDOW = 2048;
/** A match near the old position scoring at least this is accepted without a whole-text scan. */
const CONFIDENT_SCORE = 0.9;
const LONG_QUOTE = 2048;
const PIECE = 256;

export interface FuzzyResult extends TextRange {
  score: number;
}

/** Scans [from, to) of `text` for approximate matches; scores use the whole text. */
function fuzzyIn(
  text: string,
  from: number,
  to: number,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | null,
): FuzzyResult | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  let best: FuzzyResult | null = null;
  const slack = Math.max(2, Math.floor(exact.length * 0.05));
  for (const found of approxSearch(
    text.slice(from, to),
    exact,
    maxErrors,
    REGIONS,
    hint === null ? null : hint - from + exact.length,
  )) {
    const region = {
      start: found.start + from,
      best: { ...found.best, end: found.best.end + from },
      ends: found.ends.map((e) => ({ end: e.end + from, errors: e.errors })),
    };
    const start = region.start;
    const prefixSim = prefixSimilarity(text, start, prefix);
    const posSim = hint === null ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
    const bestQuoteSim = 1 - region.best.errors / exact.length;
    const upperBound = (50 * bestQuoteSim + 20 * prefixSim + 20 + 2 * posSim) / 92;
    if (upperBound < Math.max(MIN_SCORE, best?.score ?? 0)) continue;
    // Where the quote ends is ambiguous when it was edited near its end (fewest edits may stop short):
    // among ends within `slack` edits of the region's best, the suffix decides, then fewer edits.
    let end = region.best.end;
    let errors = region.best.errors;
    let suffixSim = suffixSimilarity(text, end, suffix);
    for (const e of region.ends) {
      if (e.end <= start || e.errors > region.best.errors + slack) continue;
      const sim = suffixSimilarity(text, e.end, suffix);
      if (sim > suffixSim || (sim === suffixSim && e.errors < errors)) {
        end = e.end;
        errors = e.errors;
        suffixSim = sim;
      }
    }
    if (exact.length < SHORT_QUOTE && (prefixSim + suffixSim) / 2 < MIN_CONTEXT_FOR_SHORT) continue;
    const quoteSim = 1 - errors / exact.length;
    const score = (50 * quoteSim + 20 * prefixSim + 20 * suffixSim + 2 * posSim) / 92;
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { start, end, score };
  }
  return best;
}

/**
 * With a position hint, scan a window around it first and accept a confident result there; only
 * otherwise scan the whole text. This keeps re-anchoring an edited article near O(quote) per note.
 */
function fuzzyShort(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | null,
): FuzzyResult | null {
  if (hint !== null) {
    const from = Math.max(0, hint - 2 * exact.length - WINDOW);
    const to = Math.min(text.length, hint + 3 * exact.length + WINDOW);
    const near = fuzzyIn(text, from, to, exact, prefix, suffix, hint);
    if (near && near.score >= CONFIDENT_SCORE) return near;
    if (from === 0 && to === text.length) return near;
  }
  return fuzzyIn(text, 0, text.length, exact, prefix, suffix, hint);
}

/** Best approximate range for the quote in `text` (all in NFC), or null when nothing scores enough. */
export function fuzzyMatch(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | null,
): FuzzyResult | null {
  if (exact.length <= LONG_QUOTE) return fuzzyShort(text, exact, prefix, suffix, hint);
  // Long quote: anchor its head and its tail separately and accept a plausible span between them.
  const head = fuzzyShort(text, exact.slice(0, PIECE), prefix, exact.slice(PIECE, PIECE + 32), hint);
  if (!head) return null;
  const tailHint = head.start + exact.length - PIECE;
  const tail = fuzzyShort(text, exact.slice(-PIECE), exact.slice(-PIECE - 32, -PIECE), suffix, tailHint);
  if (!tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  if (Math.abs(length - exact.length) > exact.length * MAX_ERROR_RATE) return null;
  return { start: head.start, end: tail.end, score: Math.min(head.score, tail.score) };
}
