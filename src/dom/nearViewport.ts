/**
 * Which article blocks are near the viewport: the highlight painter registers only their ranges
 * (see highlightPainter.ts for why). Near = within `margin` viewport heights above or below the
 * viewport, so a block's highlights are registered a viewport or more before it is scrolled into view.
 */
import type { NearWatcher } from './highlightPainter';

/** Blocks (in document order, so in vertical order) whose box is within `margin` px of the viewport. */
export function blocksNear(blocks: readonly (Element | undefined)[], viewportHeight: number, margin: number): number[] {
  const present: number[] = [];
  blocks.forEach((el, i) => el && present.push(i));
  // First block whose bottom is below the top of the zone (binary search: one layout, then cheap reads).
  let lo = 0;
  let hi = present.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[present[mid]!]!.getBoundingClientRect().bottom < -margin) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < present.length; k++) {
    if (blocks[present[k]!]!.getBoundingClientRect().top > viewportHeight + margin) break;
    out.push(present[k]!);
  }
  return out;
}

/** A watcher backed by an IntersectionObserver on the viewport, `margin` viewport heights each way. */
export function viewportWatcher(margin = 1.5): NearWatcher {
  let io: IntersectionObserver | null = null;
  return {
    watch(blocks, onChange) {
      const index = new Map<Element, number>();
      blocks.forEach((el, i) => el && index.set(el, i));
      io = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const b = index.get(e.target);
            if (b !== undefined) onChange(b, e.isIntersecting);
          }
        },
        { rootMargin: `${margin * 100}% 0px` },
      );
      for (const el of index.keys()) io.observe(el);
      return blocksNear(blocks, window.innerHeight, window.innerHeight * margin);
    },
    disconnect() {
      io?.disconnect();
      io = null;
    },
  };
}
