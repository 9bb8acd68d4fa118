import type { Block } from './types';

/**
 * Annotation positions count in the article's plain text: block texts joined by this separator.
 * Two newlines keep paragraphs apart for quote context and never occur inside a block.
 */
export const BLOCK_SEPARATOR = '\n\n';

export interface PlainText {
  text: string;
  /** Offset of each block's first character in `text`. */
  blockStarts: number[];
}

export function toPlainText(blocks: readonly Block[]): PlainText {
  const blockStarts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    blockStarts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blockStarts };
}

/** Maps a plain-text offset to (block, offset in block); separator offsets snap to the next block. */
export function locate(plain: PlainText, offset: number): { block: number; offset: number } {
  const starts = plain.blockStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { block: lo, offset: offset - (starts[lo] ?? 0) };
}
