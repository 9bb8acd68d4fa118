import type { TextPositionSelector, TextQuoteSelector } from '../notes/annotation';
import { exactMatch } from './exactMatch';
import { fuzzyMatch } from './fuzzyMatch';
import { nfc, normalizeText, type NormalizedText } from './normalize';
import type { AnchorSelector, TextRange } from './types';

/**
 * Re-anchoring a highlight in the (possibly edited) article plain text, in the style of Hypothesis'
 * annotator/anchoring: 1) the stored position when the quote still matches there; 2) the exact quote,
 * prefix and suffix deciding between repeats and the old position breaking ties; 3) an approximate
 * match tolerant of small edits with a minimum score; otherwise null (an orphan, which the caller keeps).
 * Matching compares NFC text; returned offsets are UTF-16 offsets into the text as given.
 */
export interface PreparedText {
  readonly original: string;
  readonly normalized: NormalizedText;
}

/** Builds the NFC search copy once; pass the result to anchor() for many annotations. */
export function prepareText(plainText: string): PreparedText {
  return { original: plainText, normalized: normalizeText(plainText) };
}

function quoteOf(selectors: readonly AnchorSelector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

function positionOf(selectors: readonly AnchorSelector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** A collapsed position (start === end) means "unknown" (see annotation.ts UNKNOWN_POSITION). */
function usablePosition(p: TextPositionSelector | undefined): p is TextPositionSelector {
  return !!p && Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end > p.start;
}

export function anchor(
  plainText: string | PreparedText,
  selectors: readonly AnchorSelector[],
): TextRange | null {
  const prepared = typeof plainText === 'string' ? prepareText(plainText) : plainText;
  const { original, normalized } = prepared;
  const quote = quoteOf(selectors);
  if (!quote || quote.exact === '') return null;
  const position = positionOf(selectors);
  const hasPosition = usablePosition(position);

  // 1) The stored position, when the quote is still there.
  if (hasPosition && position.end <= original.length) {
    const there = original.slice(position.start, position.end);
    if (there === quote.exact || nfc(there) === nfc(quote.exact)) {
      return { start: position.start, end: position.end };
    }
  }

  const text = normalized.text;
  const exact = nfc(quote.exact);
  const prefix = nfc(quote.prefix ?? '');
  const suffix = nfc(quote.suffix ?? '');
  const hint = hasPosition ? normalized.toNormalized(position.start) : null;
  const toOriginal = (r: TextRange): TextRange => ({
    start: normalized.toOriginalStart(r.start),
    end: normalized.toOriginalEnd(r.end),
  });

  // 2) The exact quote.
  const found = exactMatch(text, exact, prefix, suffix, hint);
  if (found) return toOriginal(found);

  // 3) An approximate match, or an orphan.
  const fuzzy = fuzzyMatch(text, exact, prefix, suffix, hint);
  return fuzzy ? toOriginal(fuzzy) : null;
}

/** Anchors many annotations on one text, normalising it once. Results align with the input. */
export function anchorAll(
  plainText: string | PreparedText,
  annotations: readonly { target: { selector: readonly AnchorSelector[] } }[],
): (TextRange | null)[] {
  const prepared = typeof plainText === 'string' ? prepareText(plainText) : plainText;
  return annotations.map((a) => anchor(prepared, a.target.selector));
}
