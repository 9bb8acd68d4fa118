import { approxSearch, editDistance } from './myers';
import type { TextRange } from './types';

/**
 * Approximate anchoring, scored like Hypothesis (quote 50, prefix 20, suffix 20, position 2).
 * Bounded: at most MAX_ERRORS edits (so at most ~9 bit-vector blocks are active per text character),
 * at most CANDIDATES candidates scored, and quotes longer than LONG_QUOTE are matched by their head
 * and tail only.
 */
export const MAX_ERROR_RATE = 0.25;
export const MAX_ERRORS = 256;
/** Minimum weighted score (0..1) for an approximate match to be accepted. */
export const MIN_SCORE = 0.75;
/** Quotes shorter than this also need their context to mostly match (no landing on lookalikes). */
export const SHORT_QUOTE = 32;
const MIN_CONTEXT_FOR_SHORT = 0.5;
const CANDIDATES = 32;
const LONG_QUOTE = 2048;
const PIECE = 256;

export interface FuzzyResult extends TextRange {
  score: number;
}

function contextSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

function fuzzyShort(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | null,
): FuzzyResult | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  let best: FuzzyResult | null = null;
  for (const m of approxSearch(text, exact, maxErrors, CANDIDATES)) {
    const quoteSim = 1 - m.errors / exact.length;
    const prefixSim = contextSimilarity(prefix, text.slice(Math.max(0, m.start - prefix.length), m.start));
    const suffixSim = contextSimilarity(suffix, text.slice(m.end, m.end + suffix.length));
    if (exact.length < SHORT_QUOTE && (prefixSim + suffixSim) / 2 < MIN_CONTEXT_FOR_SHORT) continue;
    const posSim = hint === null ? 1 : 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    const score = (50 * quoteSim + 20 * prefixSim + 20 * suffixSim + 2 * posSim) / 92;
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { start: m.start, end: m.end, score };
  }
  return best;
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
