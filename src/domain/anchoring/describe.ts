import type { TextPositionSelector, TextQuoteSelector } from '../notes/annotation';
import { contextEndAfter, contextStartBefore } from './graphemes';

/** Context kept on each side of a quote, in UTF-16 units (Hypothesis also uses 32). */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for the range [start, end) of the article plain text: the exact quote with up to 32
 * characters of grapheme-aligned context, and the UTF-16 position. Throws RangeError for an empty or
 * out-of-bounds range (a collapsed selection is not a highlight).
 */
export function describe(
  plainText: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > plainText.length || start >= end) {
    throw new RangeError(`describe: invalid range [${start}, ${end}) for a text of length ${plainText.length}`);
  }
  const prefixStart = contextStartBefore(plainText, start, CONTEXT_LENGTH);
  const suffixEnd = contextEndAfter(plainText, end, CONTEXT_LENGTH);
  return [
    {
      type: 'TextQuoteSelector',
      exact: plainText.slice(start, end),
      prefix: plainText.slice(prefixStart, start),
      suffix: plainText.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
