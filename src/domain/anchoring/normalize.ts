import { graphemes } from './graphemes';

/**
 * An NFC copy of a text with offset maps back to the text as given. Matching happens in NFC so an
 * article stored decomposed (NFD, common when text was pasted from macOS) still anchors NFC quotes,
 * while every offset returned to callers points into the original string.
 */
export interface NormalizedText {
  /** The NFC text that is searched. */
  readonly text: string;
  /** Original offset for a range start at `i` in `text` (rounds down inside a changed cluster). */
  toOriginalStart(i: number): number;
  /** Original offset for a range end at `i` in `text` (rounds up inside a changed cluster). */
  toOriginalEnd(i: number): number;
  /** NFC offset for an original offset (rounds down inside a changed cluster). */
  toNormalized(original: number): number;
}

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Grapheme clusters, segmenting only the non-ASCII runs (with the ASCII base letter before them) that
 * NFC changes: an ASCII character never composes with what precedes it, so it always starts a new
 * normalisation unit.
 * Intl.Segmenter is slow on very long strings; this keeps normalising a 200,000-character NFD
 * article linear.
 */
function* clusters(text: string): Generator<{ index: number; segment: string }> {
  const runs = /\p{ASCII}?\P{ASCII}+/gu;
  let last = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    for (let i = last; i < m.index; i++) yield { index: i, segment: text[i]! };
    const run = m[0];
    if (nfc(run) === run) {
      yield { index: m.index, segment: run };
    } else {
      for (const g of graphemes(run)) yield { index: m.index + g.index, segment: g.segment };
    }
    last = m.index + run.length;
  }
  for (let i = last; i < text.length; i++) yield { index: i, segment: text[i]! };
}

const clamp = (i: number, max: number) => Math.max(0, Math.min(max, i));

export function normalizeText(original: string): NormalizedText {
  if (nfc(original) === original) {
    const n = original.length;
    return {
      text: original,
      toOriginalStart: (i) => clamp(i, n),
      toOriginalEnd: (i) => clamp(i, n),
      toNormalized: (i) => clamp(i, n),
    };
  }
  // Normalise cluster by cluster (composition never crosses a grapheme boundary in practice), so each
  // NFC cluster maps to exactly one original cluster.
  const parts: string[] = [];
  const startMap: number[] = [];
  const endMap: number[] = [];
  const toNorm = new Int32Array(original.length + 1);
  let normLength = 0;
  for (const { index, segment } of clusters(original)) {
    const composed = nfc(segment);
    parts.push(composed);
    const originalEnd = index + segment.length;
    if (composed === segment) {
      for (let k = 0; k < segment.length; k++) {
        startMap.push(index + k);
        endMap.push(index + k);
        toNorm[index + k] = normLength + k;
      }
    } else {
      for (let k = 0; k < composed.length; k++) {
        startMap.push(index);
        endMap.push(k === 0 ? index : originalEnd);
      }
      for (let k = 0; k < segment.length; k++) toNorm[index + k] = normLength;
    }
    normLength += composed.length;
  }
  startMap.push(original.length);
  endMap.push(original.length);
  toNorm[original.length] = normLength;
  return {
    text: parts.join(''),
    toOriginalStart: (i) => startMap[clamp(i, normLength)]!,
    toOriginalEnd: (i) => endMap[clamp(i, normLength)]!,
    toNormalized: (i) => toNorm[clamp(i, original.length)]!,
  };
}
