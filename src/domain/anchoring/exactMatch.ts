import type { TextRange } from './types';

/** Length of the common tail of `context` and the text ending at `at`. */
function matchedBefore(text: string, at: number, context: string): number {
  let n = 0;
  while (n < context.length && at - n > 0 && text[at - n - 1] === context[context.length - n - 1]) n++;
  return n;
}

/** Length of the common head of `context` and the text starting at `at`. */
function matchedAfter(text: string, at: number, context: string): number {
  let n = 0;
  while (n < context.length && at + n < text.length && text[at + n] === context[n]) n++;
  return n;
}

const distance = (a: number, hint: number | null) => (hint === null ? 0 : Math.abs(a - hint));

/**
 * Exact occurrence of `exact` in `text`: the one whose surroundings match the most characters of
 * `prefix` and `suffix`; among equals, the one nearest `hint` (else the first). O(n) with indexOf.
 */
export function exactMatch(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number | null,
): TextRange | null {
  if (exact === '') return null;
  let best: TextRange | null = null;
  let bestDistance = Infinity;
  // Fast path: the full context usually still occurs verbatim.
  const full = prefix + exact + suffix;
  for (let i = text.indexOf(full); i !== -1; i = text.indexOf(full, i + 1)) {
    const start = i + prefix.length;
    const d = distance(start, hint);
    if (d < bestDistance) {
      best = { start, end: start + exact.length };
      bestDistance = d;
    }
    if (hint === null) break;
  }
  if (best) return best;
  let bestContext = -1;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const end = i + exact.length;
    const context = matchedBefore(text, i, prefix) + matchedAfter(text, end, suffix);
    const d = distance(i, hint);
    if (context > bestContext || (context === bestContext && d < bestDistance)) {
      best = { start: i, end };
      bestContext = context;
      bestDistance = d;
    }
  }
  return best;
}
