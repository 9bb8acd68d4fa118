/**
 * Driving the reader with the keyboard alone: reach the article's text with Tab, read what is
 * focused and what is selected. Shared by the specs that read without a mouse.
 */
import { expect, type Page } from '@playwright/test';

/** `data-block` of the focused element when it is a block of the article body, else null. */
export async function focusedBlock(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.matches('.article-body [data-block]') ? Number(el.getAttribute('data-block')) : null;
  });
}

/** Presses Tab (from wherever focus is) until a block of the article body has focus; returns it. */
export async function tabToText(page: Page, maxTabs = 60): Promise<number> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const block = await focusedBlock(page);
    if (block !== null) return block;
  }
  throw new Error(`no paragraph of the article took focus within ${maxTabs} Tabs`);
}

/** The document's selection as text (what `h` and `n` act on). */
export const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** Waits until the selection reads `text`. */
export async function expectSelection(page: Page, text: string): Promise<void> {
  await expect.poll(() => selectedText(page), { message: 'the selection' }).toBe(text);
}
