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

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits: the best end of each
 * run of consecutive match ends, at most `limit` of them (fewest errors first), with their starts.
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  limit = 64,
): ApproxMatch[] {
  const ends = matchEnds(text, pattern, maxErrors);
  const local: MatchEnd[] = [];
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i]!;
    const prev = local[local.length - 1];
    const adjacent = i > 0 && ends[i - 1]!.end === e.end - 1;
    if (prev && adjacent) {
      if (e.errors < prev.errors) local[local.length - 1] = e;
    } else {
      local.push(e);
    }
  }
  local.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return local.slice(0, limit).map((e) => matchStart(text, pattern, e.end, e.errors));
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
