/**
 * Approximate string matching with Myers' bit-parallel algorithm (G. Myers, "A fast bit-vector
 * algorithm for approximate string matching based on dynamic programming", JACM 1999), block-based
 * for patterns longer than 32 units, with Ukkonen's cut-off so only blocks that can still hold a
 * value <= maxErrors are computed. Same technique as Hypothesis' approx-string-match.
 *
 * Cost: O(text length × active blocks); active blocks ≈ maxErrors / 32 + 1.
 */
const W = 32;

export interface MatchEnd {
  /** Exclusive end offset in the text. */
  end: number;
  errors: number;
}

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

type Peq = Map<number, Int32Array>;

function buildPeq(pattern: string, blocks: number): Peq {
  const peq: Peq = new Map();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let bits = peq.get(c);
    if (!bits) {
      bits = new Int32Array(blocks);
      peq.set(c, bits);
    }
    bits[(i / W) | 0]! |= 1 << i % W;
  }
  return peq;
}

/**
 * Every end offset j (1..text.length) where some substring of `text` ending at j is within
 * `maxErrors` edits (Levenshtein) of `pattern`. With `anchored`, the substring must start at 0
 * (a global prefix alignment), used to find where a match starts by scanning reversed strings.
 */
export function matchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  anchored = false,
): MatchEnd[] {
  const m = pattern.length;
  const out: MatchEnd[] = [];
  if (m === 0) return out;
  const blocks = Math.ceil(m / W);
  const last = blocks - 1;
  const peq = buildPeq(pattern, blocks);
  const none = new Int32Array(blocks);
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const height = (b: number) => Math.min(W, m - b * W);
  const highBit = (b: number) => 1 << (height(b) - 1);
  for (let b = 0; b < blocks; b++) score[b] = Math.min((b + 1) * W, m);
  // Column 0 holds D[i][0] = i, so blocks whose rows start above maxErrors are inactive.
  let y = Math.min(last, Math.max(0, Math.ceil(maxErrors / W) - 1));
  const hin0 = anchored ? 1 : 0;

  const advance = (b: number, eqIn: number, hin: number): number => {
    const pv = P[b]!;
    const mv = M[b]!;
    const xv = eqIn | mv;
    const eq = hin < 0 ? eqIn | 1 : eqIn;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const hb = highBit(b);
    const hout = ph & hb ? 1 : mh & hb ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (hin < 0) mh |= 1;
    else if (hin > 0) ph |= 1;
    P[b] = mh | ~(xv | ph);
    M[b] = ph & xv;
    return hout;
  };

  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? none;
    let carry = hin0;
    for (let b = 0; b <= y; b++) {
      carry = advance(b, eq[b]!, carry);
      score[b]! += carry;
    }
    if (y < last && score[y]! - carry <= maxErrors) {
      // Block y+1 may now hold values <= maxErrors: start it from the all-"+1" column (an upper bound).
      y++;
      P[y] = -1;
      M[y] = 0;
      score[y] = score[y - 1]! - carry + height(y);
      score[y]! += advance(y, eq[y]!, carry);
    } else {
      while (y > 0 && score[y]! >= maxErrors + W) y--;
    }
    if (y === last && score[y]! <= maxErrors) out.push({ end: j + 1, errors: score[y]! });
  }
  return out;
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** Best start for a match of `pattern` ending at `end` with at most `errors` edits. */
function matchStart(text: string, pattern: string, end: number, errors: number): ApproxMatch {
  const from = Math.max(0, end - pattern.length - errors);
  const ends = matchEnds(reverse(text.slice(from, end)), reverse(pattern), errors, true);
  let best: MatchEnd | undefined;
  for (const e of ends) {
    if (
      !best ||
      e.errors < best.errors ||
      (e.errors === best.errors &&
        Math.abs(e.end - pattern.length) < Math.abs(best.end - pattern.length))
    ) {
      best = e;
    }
  }
  const length = best?.end ?? pattern.length;
  return { start: end - length, end, errors: best?.errors ?? errors };
}

/** One region of consecutive match ends; `start` is computed from its best end. */
export interface ApproxRegion {
  start: number;
  /** Every end in the region with its error count (the best is one of them). */
  ends: MatchEnd[];
  best: ApproxMatch;
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits, grouped into regions
 * of consecutive match ends; at most `limit` regions (fewest errors first, then nearest `hint`), each
 * with a start.
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  limit = 16,
  hint: number | null = null,
): ApproxRegion[] {
  const regions: MatchEnd[][] = [];
  let previousEnd = -2;
  for (const e of matchEnds(text, pattern, maxErrors)) {
    if (e.end === previousEnd + 1) regions[regions.length - 1]!.push(e);
    else regions.push([e]);
    previousEnd = e.end;
  }
  const bestOf = (ends: MatchEnd[]) =>
    ends.reduce((a, b) => (b.errors < a.errors ? b : a));
  return regions
    .map((ends) => ({ ends, min: bestOf(ends) }))
    .sort(
      (a, b) =>
        a.min.errors - b.min.errors ||
        (hint === null ? 0 : Math.abs(a.min.end - hint) - Math.abs(b.min.end - hint)) ||
        a.min.end - b.min.end,
    )
    .slice(0, limit)
    .map(({ ends, min }) => {
      const best = matchStart(text, pattern, min.end, min.errors);
      return { start: best.start, ends, best };
    });
}

/** Levenshtein distance (small strings only: O(a × b)). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Edit distance between `expected` and the best-matching prefix of `actual` (trailing characters of
 * `actual` are free). Small strings only: O(a × b).
 */
export function prefixEditDistance(expected: string, actual: string): number {
  let prev = Array.from({ length: actual.length + 1 }, () => 0);
  for (let j = 0; j <= actual.length; j++) prev[j] = j;
  for (let i = 1; i <= expected.length; i++) {
    const cur = [i];
    for (let j = 1; j <= actual.length; j++) {
      const sub = prev[j - 1]! + (expected.charCodeAt(i - 1) === actual.charCodeAt(j - 1) ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return Math.min(...prev);
}
