import { expect, test, type Page } from '@playwright/test';
import { clickHighlight, expectHighlightCount, paintedHighlights, startUsing } from './support/reader';

/**
 * Two tabs on one article: an undo never overwrites a newer edit made in the other tab, and a note
 * being typed survives its highlight being deleted in the other tab (it can be re-created).
 */
const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 60_000 });

const editor = (page: Page) => page.getByRole('dialog').filter({ has: page.getByLabel('Ghi chú', { exact: true }) });
const panel = (page: Page) => page.locator('.hl-notes-inline');

async function open(page: Page): Promise<void> {
  await page.goto(`/a/${SEED}`);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await startUsing(page);
  await expect(panel(page).locator('.hl-notes-title')).toBeVisible();
  await expect(panel(page).locator('.hl-notes-loading')).toHaveCount(0);
}

/** Selects the first `length` characters of block 3's first text node, as a keyboard selection would. */
async function selectStart(page: Page, length: number): Promise<void> {
  await page.locator('[data-block="3"]').evaluate((el, length) => {
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(length, node.data.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, length);
}

async function writeNote(page: Page, text: string): Promise<void> {
  await editor(page).getByLabel('Ghi chú', { exact: true }).fill(text);
  await editor(page).getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(editor(page)).toHaveCount(0);
}

async function openEditorOnMark(page: Page): Promise<void> {
  await expectHighlightCount(page, 1);
  await clickHighlight(page, (await paintedHighlights(page))[0]!.id);
  await expect(editor(page)).toBeVisible();
}

test('undo in one tab after a newer edit in another: refused and said, both texts kept', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await selectStart(a, 18);
  await a.keyboard.press('n');
  await expect(editor(a)).toBeVisible();
  await writeNote(a, 'bản đầu');
  await openEditorOnMark(a);
  await writeNote(a, 'bản của thẻ A');

  const b = await context.newPage();
  await open(b);
  await openEditorOnMark(b);
  await writeNote(b, 'bản mới hơn của thẻ B');
  await expect(panel(a)).toContainText('bản mới hơn của thẻ B');

  await a.bringToFront();
  await a.locator('h1').click();
  await a.keyboard.press('Control+z');
  const alert = a.getByRole('alert').filter({ hasText: 'Đã có thay đổi mới hơn từ thẻ khác' });
  await expect(alert).toContainText('Chưa hoàn tác');
  await expect(alert).toContainText('Bản của thẻ này: bản đầu');
  await expect(panel(a)).toContainText('bản mới hơn của thẻ B');
  await b.reload();
  await open(b);
  await expect(panel(b)).toContainText('bản mới hơn của thẻ B');

  // The reader may still take this tab's text: the other tab's stays one undo away.
  await alert.getByRole('button', { name: 'Vẫn hoàn tác' }).click();
  await expect(panel(a)).toContainText('bản đầu');
  await expect(panel(b)).toContainText('bản đầu');
});

test('a highlight deleted in another tab while its note is typed: the text stays and it can be re-created', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await selectStart(a, 18);
  await a.keyboard.press('h');
  await expectHighlightCount(a, 1);

  const b = await context.newPage();
  await open(b);
  await openEditorOnMark(b);
  await editor(b).getByLabel('Ghi chú', { exact: true }).fill('ghi chú đang viết dở');

  await a.bringToFront();
  await openEditorOnMark(a);
  await editor(a).getByRole('button', { name: 'Xoá đoạn tô' }).click();
  await expectHighlightCount(a, 0);

  await b.bringToFront();
  await expect(editor(b)).toContainText('Đoạn tô này không còn nữa');
  await expect(editor(b).getByLabel('Ghi chú', { exact: true })).toHaveValue('ghi chú đang viết dở');
  await editor(b).getByRole('button', { name: 'Tạo lại đoạn tô và lưu' }).click();
  await expect(editor(b)).toHaveCount(0);
  await expect(panel(b)).toContainText('ghi chú đang viết dở');
  await expect(panel(a)).toContainText('ghi chú đang viết dở');
});
