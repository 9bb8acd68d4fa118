// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blocksNear } from './nearViewport';

/** Blocks stacked from `top` (viewport coordinates), each `height` px tall; holes are missing block numbers. */
function stack(count: number, height: number, top: number, holes: number[] = []): (Element | undefined)[] {
  const out: (Element | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    if (holes.includes(i)) {
      out.push(undefined);
      continue;
    }
    const el = document.createElement('p');
    const y = top + i * height;
    el.getBoundingClientRect = () => ({ top: y, bottom: y + height, left: 0, right: 100, width: 100, height, x: 0, y, toJSON: () => ({}) });
    out.push(el);
  }
  return out;
}

describe('blocksNear', () => {
  it.each([
    // 100 blocks of 100 px, viewport 900 px tall.
    { name: 'at the top, no margin', top: 0, margin: 0, want: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    { name: 'at the top, one viewport below', top: 0, margin: 900, want: Array.from({ length: 19 }, (_, i) => i) },
    { name: 'scrolled to 5,000 px, half a viewport each way', top: -5000, margin: 450, want: Array.from({ length: 19 }, (_, i) => 45 + i) },
    { name: 'at the end (a block touching the edge counts)', top: -9100, margin: 0, want: Array.from({ length: 10 }, (_, i) => 90 + i) },
    { name: 'past every block', top: -20000, margin: 100, want: [] },
    { name: 'before every block', top: 5000, margin: 100, want: [] },
  ])('$name', ({ top, margin, want }) => {
    expect(blocksNear(stack(100, 100, top), 900, margin)).toEqual(want);
  });

  it('skips block numbers with no element', () => {
    expect(blocksNear(stack(10, 100, 0, [1, 2]), 300, 0)).toEqual([0, 3]);
  });
});
