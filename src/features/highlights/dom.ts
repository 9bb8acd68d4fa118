/** Placing popovers around highlights in the rendered article. */

/** A viewport rectangle to place a popover against. */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The box around a range's first or last line (the toolbar sits by the line the reader ended on). */
export function rangeAnchor(range: Range, which: 'first' | 'last' = 'first'): AnchorRect | null {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const r = which === 'first' ? rects[0] : rects[rects.length - 1];
  const box = r ?? range.getBoundingClientRect();
  if (!box || (box.width === 0 && box.height === 0 && box.top === 0 && box.left === 0)) return null;
  return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
}

/** The union of an element list's boxes (a highlight across several segments). */
export function elementsAnchor(els: readonly Element[]): AnchorRect | null {
  const first = els[0]?.getClientRects()[0];
  if (!first) return null;
  return { top: first.top, bottom: first.bottom, left: first.left, right: first.right };
}

/**
 * Page coordinates for a popover of size (w, h) beside `anchor`: above it when there is room
 * (or below when `prefer` is 'below'), centred on it and kept inside the viewport.
 */
export function placePopover(
  anchor: AnchorRect,
  w: number,
  h: number,
  prefer: 'above' | 'below',
  gap = 10,
): { top: number; left: number; side: 'above' | 'below' } {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const roomAbove = anchor.top - gap;
  const roomBelow = vh - anchor.bottom - gap;
  let side: 'above' | 'below' = prefer;
  if (side === 'above' && roomAbove < h && roomBelow >= h) side = 'below';
  else if (side === 'below' && roomBelow < h && roomAbove >= h) side = 'above';
  const topV = side === 'above' ? anchor.top - gap - h : anchor.bottom + gap;
  const centre = (anchor.left + anchor.right) / 2;
  const margin = 8;
  const leftV = Math.max(margin, Math.min(centre - w / 2, vw - w - margin));
  return { top: Math.max(0, topV + window.scrollY), left: leftV + window.scrollX, side };
}
