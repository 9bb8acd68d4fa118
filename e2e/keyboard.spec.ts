import { expect, test } from '@playwright/test';
import { expectSelection, focusedBlock, tabToText } from './support/keyboard';
import { blockText, expectNoSeriousViolations, noteEditor, notesPanel, openArticle, SEED_URL, toolbar } from './support/reader';

/**
 * Keyboard-first reading (issue #15): the article's paragraphs are one tab stop (a roving tabindex),
 * a key selects a sentence and others grow it by words and sentences, as a real selection that `h`,
 * `n` and the toolbar act on; `?` lists every shortcut and Escape closes the list. No mouse here.
 * Results are read from the notes panel, not from how highlights are painted.
 */

test.use({ serviceWorkers: 'block' });

// Block 1 of the seed article: two sentences.
const S1 = 'Ngày 12/11, Thành ủy TPHCM đã tổ chức Hội nghị tổng kết công tác xây dựng tổ chức cơ sở Đảng và đội ngũ đảng viên.';
const S2 = 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị.';

const panelTitle = (page: import('@playwright/test').Page) => notesPanel(page).locator('.hl-notes-title');

test('with the keyboard alone: reach a paragraph, select a sentence, grow it, h highlights it; n writes a note on another', async ({ page }) => {
  await openArticle(page);
  await expect(panelTitle(page)).toHaveText('Ghi chú (0)');
  // The empty panel tells the keys this test goes on to use (not Shift+arrows, which select nothing here).
  const empty = notesPanel(page).locator('.hl-notes-empty');
  for (const said of ['Tab đến đoạn văn', '↑ ↓ đổi đoạn', 'S chọn một câu', '→ thêm một từ', 'H để tô', 'N để ghi chú', '? xem mọi phím tắt']) {
    await expect(empty).toContainText(said);
  }
  await expect(empty).not.toContainText('Shift');
  expect(await blockText(page, 1)).toBe(`${S1} ${S2}`);

  // One tab stop for the whole text, in document order: the first block of the body.
  expect(await tabToText(page)).toBe(0);
  await expect(page.locator('.article-body [data-block][tabindex="0"]')).toHaveCount(1);
  expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible')), 'the focus is shown').toBe(true);
  // Tab still goes on to the names in the text (they stay tab stops), and Shift+Tab comes back.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement!.closest('[data-block]')?.getAttribute('data-block'))).toBe('1');
  expect(await page.evaluate(() => document.activeElement!.hasAttribute('data-ent'))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedBlock(page)).toBe(0);

  // ↓ moves to the next paragraph; with Ctrl it is not ours and moves nothing.
  await page.keyboard.press('ArrowDown');
  expect(await focusedBlock(page)).toBe(1);
  await page.keyboard.press('Control+ArrowDown');
  expect(await focusedBlock(page)).toBe(1);
  // The tab stop moved along: leaving the text and coming back lands on this paragraph.
  await expect(page.locator('.article-body [data-block][tabindex="0"]')).toHaveAttribute('data-block', '1');

  // S selects a sentence, again the next one, Shift+S the previous one.
  await page.keyboard.press('s');
  await expectSelection(page, S1);
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press('s');
  await expectSelection(page, S2);
  await page.keyboard.press('Shift+S');
  await expectSelection(page, S1);
  // → and ← grow and shrink it by a word, Shift+↓ and Shift+↑ by a sentence.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSelection(page, `${S1} Phó Bí`);
  await page.keyboard.press('ArrowLeft');
  await expectSelection(page, `${S1} Phó`);
  await page.keyboard.press('Shift+ArrowDown');
  await expectSelection(page, `${S1} ${S2}`);
  await page.keyboard.press('Shift+ArrowUp');
  await expectSelection(page, S1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const quote = `${S1} Phó Bí thư`;
  await expectSelection(page, quote);

  await page.keyboard.press('h');
  await expect(panelTitle(page)).toHaveText('Ghi chú (1)');
  await expect(notesPanel(page).locator('.hl-note-quote')).toHaveText([quote]);
  expect(await focusedBlock(page), 'focus stays on the paragraph').toBe(1);

  // Another sentence, two paragraphs down (past a heading): n opens the note editor.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focusedBlock(page)).toBe(3);
  const para = await blockText(page, 3);
  const second = para.slice(para.indexOf('Phó Bí thư Thường trực'), para.indexOf('Bí thư chi bộ.') + 'Bí thư chi bộ.'.length);
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expectSelection(page, second);
  await page.keyboard.press('n');
  const editor = noteEditor(page);
  const field = editor.getByLabel('Ghi chú', { exact: true });
  await expect(field).toBeFocused();
  // Typed in the note, "s" and "?" are letters, not shortcuts.
  const note = 'Quận 10 làm thế nào? So sánh với Quận 5.';
  await page.keyboard.type(note);
  await expect(field).toHaveValue(note);
  await expect(page.getByRole('dialog', { name: 'Phím tắt' })).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);

  await expect(panelTitle(page)).toHaveText('Ghi chú (2)');
  const items = notesPanel(page).locator('.hl-note-item');
  await expect(items.locator('.hl-note-quote')).toHaveText([quote, second]);
  await expect(items.nth(1).locator('.hl-note-text')).toHaveText(note);

  // j goes to the first highlight's paragraph; the paragraphs' tab stop follows, and ↓ goes on from there.
  await page.keyboard.press('j');
  await expect.poll(() => focusedBlock(page)).toBe(1);
  await expect(page.locator('.article-body [data-block][tabindex="0"]')).toHaveAttribute('data-block', '1');
  await page.keyboard.press('ArrowDown');
  expect(await focusedBlock(page)).toBe(2);
});

test('? lists every shortcut and Escape closes the list, giving focus back', async ({ page }) => {
  await openArticle(page);
  expect(await tabToText(page)).toBe(0);
  await page.keyboard.press('ArrowDown');

  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(list).toBeVisible();
  const rows = await list.locator('.keys-row').evaluateAll((els) =>
    els.map((el) => [...el.querySelectorAll('dt .keys-combo')].map((c) => [...c.querySelectorAll('kbd')].map((k) => k.textContent).join('+'))),
  );
  const combos = rows.flat();
  for (const key of ['Tab', '↑', '↓', 'S', 'Shift+S', '→', '←', 'Shift+↓', 'Shift+↑', 'H', 'N', 'Ctrl+Enter', 'J', 'K', 'Enter', 'Ctrl+Z', 'Ctrl+Shift+Z', '?', 'Esc', 'T']) {
    expect(combos, `"${key}" is listed`).toContain(key);
  }
  await expect(list.getByText('Tô đoạn chọn bằng màu dùng lần trước')).toBeVisible();
  // Readable in light and in dark (the system theme, as by default).
  await expectNoSeriousViolations(page, '.keys-dialog');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, '.keys-dialog');

  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  expect(await focusedBlock(page), 'focus is back on the paragraph').toBe(1);
});

test('Escape closes whatever is open: a card, the selection toolbar, the note editor, the export menu', async ({ page }) => {
  await openArticle(page);
  await tabToText(page);
  await page.keyboard.press('ArrowDown');
  expect(await focusedBlock(page)).toBe(1);

  // A card, opened with Enter on a name reached with Tab.
  await page.keyboard.press('Tab');
  const mention = await page.evaluate(() => document.activeElement!.textContent);
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: mention! });
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement!.textContent), 'focus back on the name').toBe(mention);

  // The toolbar beside a sentence selected with S: on a name, the name's sentence.
  await page.keyboard.press('s');
  await expectSelection(page, S2);
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toHaveCount(0);

  // The note editor, opened with N on the sentence before.
  await page.keyboard.press('Shift+S');
  await expectSelection(page, S1);
  await page.keyboard.press('n');
  await expect(noteEditor(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(noteEditor(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement!.textContent), 'focus back on the name').toBe(mention);

  // ↓ on a name goes to the next paragraph, as on the paragraph itself.
  await page.keyboard.press('ArrowDown');
  expect(await focusedBlock(page)).toBe(2);

  // The export menu of the notes panel.
  const exportButton = notesPanel(page).getByRole('button', { name: 'Xuất' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });
  test('the list of shortcuts and the empty panel speak the reader’s language', async ({ page }) => {
    await page.goto(SEED_URL);
    await expect(notesPanel(page).locator('.hl-notes-empty')).toContainText('Tab to the text');
    expect(await tabToText(page)).toBe(0);
    await page.keyboard.press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(list.getByText('Highlight the selection in the last colour used')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
  });
});
