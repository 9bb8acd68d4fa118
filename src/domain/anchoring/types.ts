import type { TextPositionSelector, TextQuoteSelector } from '../notes/annotation';

/** A range of UTF-16 offsets into the article plain text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export type AnchorSelector = TextQuoteSelector | TextPositionSelector;
