/**
 * UTF-16 ⇄ code point offsets. Inside Margin offsets count UTF-16 code units (JavaScript strings);
 * the W3C TextPositionSelector counts code points, so exports and imports convert at the boundary.
 * An offset that falls between the halves of a surrogate pair rounds down to the pair's start.
 */

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** UTF-16 offsets (of the high half) of every well-formed surrogate pair, ascending. */
function pairStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      starts.push(i);
      i++;
    }
  }
  return starts;
}

/** Number of entries of the ascending array `xs` that are < `limit`. */
function countBelow(xs: readonly number[], limit: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface CodePointConverter {
  toCodePoint(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
}

/** Precomputes a converter for many conversions on the same text (O(log pairs) each). */
export function codePointConverter(text: string): CodePointConverter {
  const pairs = pairStarts(text);
  const clampU = (u: number) => Math.max(0, Math.min(text.length, Math.trunc(u)));
  const codePointLength = text.length - pairs.length;
  return {
    codePointLength,
    toCodePoint(utf16Offset) {
      const u = clampU(utf16Offset);
      // Each pair starting before u saves one unit; a pair split by u counts as not yet reached.
      return u - countBelow(pairs, u);
    },
    toUtf16(codePointOffset) {
      const cp = Math.max(0, Math.min(codePointLength, Math.trunc(codePointOffset)));
      // Find u such that u - (pairs below u) === cp: pair i (0-based) lies at code point pairs[i] - i.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid]! - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
  };
}

/** UTF-16 offset → code point offset in `text` (clamped to the text). */
export function utf16ToCodePoint(text: string, offset: number): number {
  return codePointConverter(text).toCodePoint(offset);
}

/** Code point offset → UTF-16 offset in `text` (clamped to the text). */
export function codePointToUtf16(text: string, cpOffset: number): number {
  return codePointConverter(text).toUtf16(cpOffset);
}
