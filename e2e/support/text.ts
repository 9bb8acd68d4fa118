import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The text of an article block as the reader sees it (entity and highlight marks included). */
export async function blockText(page: Page, block: number): Promise<string> {
  return page.locator(`[data-block="${block}"]`).evaluate((el) => el.textContent ?? '');
}

/** Viewport box of the character at `offset` of a block's text, across the block's text nodes. */
export async function charBox(page: Page, block: number, offset: number): Promise<Box> {
  return page.locator(`[data-block="${block}"]`).evaluate((el, offset) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let left = offset;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (left < n.data.length) {
        const r = document.createRange();
        r.setStart(n, left);
        r.setEnd(n, left + 1);
        const b = r.getClientRects()[0] ?? r.getBoundingClientRect();
        return { x: b.left, y: b.top, w: b.width, h: b.height };
      }
      left -= n.data.length;
    }
    throw new Error(`offset ${offset} is past the end of block`);
  }, offset);
}
