import { useLayoutEffect, type RefObject } from 'react';
import { placePopover, type AnchorRect } from '../dom';

/**
 * Places the popover in `ref` beside the rectangle `getAnchor()` returns (page coordinates, so it
 * scrolls with the text), measuring it first; again when the window is resized.
 */
export function usePlacement(
  ref: RefObject<HTMLElement | null>,
  getAnchor: () => AnchorRect | null,
  prefer: 'above' | 'below',
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = () => {
      const anchor = getAnchor();
      if (!anchor) return;
      const { top, left, side } = placePopover(anchor, el.offsetWidth, el.offsetHeight, prefer);
      el.style.top = `${top}px`;
      el.style.left = `${left}px`;
      el.dataset.side = side;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what moves the anchor
  }, deps);
}
