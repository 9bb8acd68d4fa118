import { expect, test, type Page } from '@playwright/test';
import { startUsing } from './support/reader';

/** Long notes say their limit before it is reached and what a paste kept; reader text is bidi-isolated. */
const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 60_000 });

const editor = (page: Page) => page.getByRole('dialog').filter({ has: page.getByLabel('Ghi chú', { exact: true }) });
const noteField = (page: Page) => editor(page).getByLabel('Ghi chú', { exact: true });

async function openNoteEditor(page: Page): Promise<void> {
  await page.goto(`/a/${SEED}`);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await startUsing(page);
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  await page.locator('[data-block="3"]').evaluate((el) => {
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 15);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.keyboard.press('n');
  await expect(editor(page)).toBeVisible();
}

async function paste(page: Page, length: number): Promise<void> {
  await noteField(page).evaluate((el, length) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Dán một đoạn rất dài. '.repeat(Math.ceil(length / 22)).slice(0, length));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, length);
}

test('a note near its limit shows a counter; a paste past it keeps what fits and says how much', async ({ page }) => {
  await openNoteEditor(page);
  await expect(editor(page).locator('.hl-editor-count')).toHaveText('');
  await noteField(page).fill('a'.repeat(85_000));
  await expect(editor(page)).toContainText('85.000 / 100.000 ký tự');
  await noteField(page).fill('');
  await paste(page, 150_000);
  await expect(editor(page)).toContainText('Chỉ dán được 100.000 trên 150.000 ký tự: ghi chú dài tối đa 100.000 ký tự.');
  expect(await noteField(page).evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(100_000);
  // A long note is laid out in the monospace face (a proportional one takes seconds at this length).
  await expect(noteField(page)).toHaveClass(/hl-editor-text-long/);
  await editor(page).getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(editor(page)).toHaveCount(0);
});

test('titles, names and notes are isolated from the text around them (a U+202E cannot reorder it)', async ({ page }) => {
  await openNoteEditor(page);
  await noteField(page).fill('ghi chú \u202Egnp.exe');
  await editor(page).getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(page.locator('.hl-notes-inline .hl-note-text')).toHaveCount(1);
  const bidi = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).unicodeBidi);
  expect(await bidi('.article-header h1')).toBe('isolate');
  expect(await bidi('.hl-notes-inline .hl-note-text')).toBe('isolate');
  await page.goto('/');
  expect(await bidi('.article-card h2 a')).toBe('isolate');
});
