/**
 * DOM adapter between the rendered article body and plain-text offsets (domain/article/plainText.ts).
 *
 * The body renders each block as an element carrying `data-block="<i>"`; inside a block the text is
 * split into text nodes (bare, or inside entity/highlight spans). An offset inside a block is the sum
 * of the lengths of the block's text nodes before the point (TreeWalker order); a plain-text offset
 * is `blockStarts[i] + offset in block`, so a range across blocks counts the "\n\n" separators.
 *
 * Text inside an element marked `data-no-text` is not article text (e.g. an inline control) and is
 * skipped both ways. No React here: plain DOM only.
 */
import type { PlainText } from '../domain/article/plainText';
import { snapToWords, type Span } from './wordSnap';

export interface TextOffsets {
  start: number;
  end: number;
}

const BLOCK_SELECTOR = '[data-block]';
const SKIP_SELECTOR = '[data-no-text]';

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The block element holding `node`, when it is a block of this body. */
function blockOf(body: Element, node: Node): Element | null {
  const el = isElement(node) ? node : node.parentElement;
  const block = el?.closest(BLOCK_SELECTOR) ?? null;
  return block && body.contains(block) ? block : null;
}

function blockIndex(block: Element): number {
  const n = Number(block.getAttribute('data-block'));
  return Number.isInteger(n) && n >= 0 ? n : -1;
}

/** Article text nodes of a block, in document order. */
function textNodes(block: Element): Text[] {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => {
      const skip = n.parentElement?.closest(SKIP_SELECTOR);
      return skip && block.contains(skip) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */;
    },
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING

/** Whether the whole of `node` lies before the boundary point (container, offset). */
function nodeBeforePoint(node: Node, container: Node, offset: number): boolean {
  const hasChildOffsets = isElement(container) || container.nodeType === 9 || container.nodeType === 11;
  if (!hasChildOffsets) {
    // A character-data container: the node is before the point when it precedes the container.
    return node !== container && (container.compareDocumentPosition(node) & PRECEDING) !== 0 && !node.contains(container);
  }
  const ref = container.childNodes[offset];
  if (ref) return node !== ref && !ref.contains(node) && (ref.compareDocumentPosition(node) & PRECEDING) !== 0;
  // The point is at the end of `container`: everything inside it or before it.
  return container.contains(node) ? node !== container : (container.compareDocumentPosition(node) & PRECEDING) !== 0;
}

/** Where a boundary point lies relative to an element: -1 before it, 0 inside it, 1 after it. */
function comparePointTo(el: Element, container: Node, offset: number): -1 | 0 | 1 {
  if (el.contains(container)) return 0;
  return nodeBeforePoint(el, container, offset) ? 1 : -1;
}

/** Offset of a boundary point inside `block`, counting article text only. */
export function offsetInBlock(block: Element, container: Node, offset: number): number {
  let sum = 0;
  for (const t of textNodes(block)) {
    if (t === container) return sum + Math.max(0, Math.min(offset, t.data.length));
    if (!nodeBeforePoint(t, container, offset)) return sum;
    sum += t.data.length;
  }
  return sum;
}

function blocksOf(body: Element): Element[] {
  return Array.from(body.querySelectorAll(BLOCK_SELECTOR)).filter((b) => blockIndex(b) >= 0);
}

function blockLength(plain: PlainText, i: number): number {
  const start = plain.blockStarts[i] ?? 0;
  const next = plain.blockStarts[i + 1];
  return next === undefined ? plain.text.length - start : next - start - 2;
}

/**
 * Plain-text offset of a boundary point. A point outside every block snaps to the nearest block
 * edge: `side: 'start'` moves forward to the next block's start, `side: 'end'` back to the previous
 * block's end; before/after the whole body it clamps to 0 / the text length.
 */
export function pointToOffset(
  body: Element,
  plain: PlainText,
  container: Node,
  offset: number,
  side: 'start' | 'end',
): number {
  const block = blockOf(body, container);
  if (block) {
    const i = blockIndex(block);
    const start = plain.blockStarts[i];
    if (start !== undefined) return start + Math.min(offsetInBlock(block, container, offset), blockLength(plain, i));
  }
  const blocks = blocksOf(body);
  if (side === 'start') {
    for (const b of blocks) {
      if (comparePointTo(b, container, offset) <= 0) return plain.blockStarts[blockIndex(b)] ?? plain.text.length;
    }
    return plain.text.length;
  }
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    if (comparePointTo(b, container, offset) >= 0) {
      const i = blockIndex(b);
      return (plain.blockStarts[i] ?? 0) + blockLength(plain, i);
    }
  }
  return 0;
}

/**
 * Plain-text offsets of a DOM range, clamped to the body. Null when the range is collapsed, lies
 * entirely outside the body's blocks, or covers no article text.
 */
export function rangeToOffsets(body: Element, plain: PlainText, range: Range): TextOffsets | null {
  if (range.collapsed) return null;
  const start = pointToOffset(body, plain, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(body, plain, range.endContainer, range.endOffset, 'end');
  return end > start ? { start, end } : null;
}

/** Shrinks offsets so they neither start nor end on whitespace (separators included); null if nothing is left. */
export function trimOffsets(text: string, { start, end }: TextOffsets): TextOffsets | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * The reader's current selection as trimmed plain-text offsets inside `body`, or null (no
 * selection, collapsed, or nothing of the article selected).
 */
export function selectionToOffsets(body: Element, plain: PlainText, selection: Selection | null): TextOffsets | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const raw = rangeToOffsets(body, plain, range);
  return raw && trimOffsets(plain.text, raw);
}

/** The DOM point for a plain-text offset (the inverse of pointToOffset for points inside blocks). */
export function offsetToPoint(body: Element, plain: PlainText, offset: number): { node: Node; offset: number } | null {
  let i = plain.blockStarts.length - 1;
  while (i > 0 && plain.blockStarts[i]! > offset) i--;
  if (i < 0) return null;
  const block = body.querySelector(`[data-block="${i}"]`);
  if (!block) return null;
  let local = Math.max(0, Math.min(offset - plain.blockStarts[i]!, blockLength(plain, i)));
  const nodes = textNodes(block);
  for (const t of nodes) {
    if (local <= t.data.length) return { node: t, offset: local };
    local -= t.data.length;
  }
  return { node: block, offset: block.childNodes.length };
}

/** A DOM range covering plain-text offsets [start, end), or null when the blocks are not rendered. */
export function offsetsToRange(body: Element, plain: PlainText, { start, end }: TextOffsets): Range | null {
  const a = offsetToPoint(body, plain, start);
  const b = offsetToPoint(body, plain, end);
  if (!a || !b) return null;
  const range = body.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * The reader's selection as plain-text offsets grown to whole words and to whole units (entity
 * mentions) it cuts — what a highlight stores. Null as for selectionToOffsets.
 */
export function snappedSelectionToOffsets(
  body: Element,
  plain: PlainText,
  selection: Selection | null,
  units: readonly Span[] = [],
): TextOffsets | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const raw = rangeToOffsets(body, plain, selection.getRangeAt(0));
  return raw && snapToWords(plain.text, raw, units);
}

/**
 * Shows `offsets` as the document's selection, keeping the direction the reader dragged in (so a
 * following shift+arrow or handle drag extends from the same end). No-op when it already shows them.
 */
export function showOffsetsAsSelection(body: Element, plain: PlainText, selection: Selection, offsets: TextOffsets): void {
  if (selection.rangeCount === 0) return;
  const current = rangeToOffsets(body, plain, selection.getRangeAt(0));
  const trimmed = current && trimOffsets(plain.text, current);
  if (trimmed && trimmed.start === offsets.start && trimmed.end === offsets.end) return;
  const a = offsetToPoint(body, plain, offsets.start);
  const b = offsetToPoint(body, plain, offsets.end);
  if (!a || !b) return;
  const backward = isBackward(selection);
  if (backward) selection.setBaseAndExtent(b.node, b.offset, a.node, a.offset);
  else selection.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
}

function isBackward(selection: Selection): boolean {
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  if (!anchorNode || !focusNode) return false;
  if (anchorNode === focusNode) return focusOffset < anchorOffset;
  return (anchorNode.compareDocumentPosition(focusNode) & PRECEDING) !== 0;
}
