import { prefixDistance, suffixDistance } from './context';
import type { TextRange } from './types';

const distance = (a: number, hint: number | null) => (hint === null ? 0 : Math.abs(a - hint));

/**
 * Exact occurrence of `exact` in `text`: the one whose surroundings are most similar to `prefix` and
 * `suffix` (fewest edits, as for approximate matches, so a lost space or a typo next to the quote does
 * not hand the note to another repeat); among equals, the one nearest `hint` (else the first).
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
  let bestEdits = Infinity;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const end = i + exact.length;
    const edits = prefixDistance(text, i, prefix) + suffixDistance(text, end, suffix);
    const d = distance(i, hint);
    if (edits < bestEdits || (edits === bestEdits && d < bestDistance)) {
      best = { start: i, end };
      bestEdits = edits;
      bestDistance = d;
    }
  }
  return best;
}
