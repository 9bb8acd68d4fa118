import { prefixEditDistance } from './myers';

/** Context may have gained or lost a few characters next to the quote. */
export const CONTEXT_SLACK = 8;

const reverse = (x: string) => [...x].reverse().join('');

/** Edits between the expected suffix and the text from `at` (the text may run on). */
export function suffixDistance(text: string, at: number, expected: string): number {
  if (expected.length === 0) return 0;
  return prefixEditDistance(expected, text.slice(at, at + expected.length + CONTEXT_SLACK));
}

/** Edits between the expected prefix and the text ending at `at` (the text may reach further back). */
export function prefixDistance(text: string, at: number, expected: string): number {
  if (expected.length === 0) return 0;
  const actual = text.slice(Math.max(0, at - expected.length - CONTEXT_SLACK), at);
  return prefixEditDistance(reverse(expected), reverse(actual));
}

/** Similarity (0..1) of the expected suffix with the text from `at`. */
export function suffixSimilarity(text: string, at: number, expected: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - suffixDistance(text, at, expected) / expected.length);
}

/** Similarity (0..1) of the expected prefix with the text ending at `at`. */
export function prefixSimilarity(text: string, at: number, expected: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - prefixDistance(text, at, expected) / expected.length);
}
