import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { blockText } from './support/text';
import { clickHighlight, dragOverPhrase, paintedHighlights, startUsing } from './support/reader';

/**
 * Issue #16: tags, named colours, the notes page (search, edit, delete with undo) and Margin in
 * English. Highlights are made with the real mouse on the seed article.
 */
const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
const ARTICLE = `/a/${SEED}`;

test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 120_000 });

const toolbar = (page: Page) => page.getByRole('toolbar').first();

async function openArticle(page: Page): Promise<void> {
  await page.goto(ARTICLE);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await startUsing(page);
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function selectPhrase(page: Page, block: number, phrase: string): Promise<void> {
  await dragOverPhrase(page, block, phrase);
  await expect(toolbar(page)).toBeVisible();
}

const phraseIn = async (page: Page, block: number, from: number, words: number) =>
  (await blockText(page, block)).split(' ').slice(from, from + words).join(' ');

/** Highlights a phrase in a colour (button name as a pattern); returns the highlight id. */
async function highlight(page: Page, block: number, phrase: string, colour: RegExp): Promise<string> {
  await selectPhrase(page, block, phrase);
  await toolbar(page).getByRole('button', { name: colour }).click();
  // (The stored quote may have grown to whole names: find it by its start.)
  const saved = async () => (await paintedHighlights(page)).find((h) => h.text.includes(phrase.slice(0, 12)) && !h.styles.includes('saving'))?.id;
  await expect.poll(saved, { message: `a saved highlight over "${phrase}"` }).toBeTruthy();
  return (await saved())!;
}

async function exportVia(page: Page, choice: RegExp | string): Promise<Download> {
  await page.locator('main').getByRole('button', { name: 'Xuất' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('menu').getByRole('menuitem', { name: choice }).click();
  return download;
}

const text = async (d: Download) => readFile(await d.path(), 'utf8');
const noteItems = (page: Page) => page.locator('.nx-list > li');

async function freshPage(browser: Browser, locale = 'vi-VN'): Promise<Page> {
  return (await browser.newContext({ serviceWorkers: 'block', locale })).newPage();
}

test('a tag added in the editor: tag filter on /notes, every export, back after import into a fresh profile; a renamed colour in the toolbar and exports', async ({
  page,
  browser,
  baseURL,
}) => {
  await openArticle(page);
  const p1 = await phraseIn(page, 3, 3, 5);
  const p2 = await phraseIn(page, 4, 2, 4);
  const id1 = await highlight(page, 3, p1, /Tô vàng/);
  const id2 = await highlight(page, 4, p2, /Tô hồng/);

  // The tag, in the editor of the first highlight, with completion offered later from tags in use.
  await clickHighlight(page, id1);
  const editor = page.getByRole('dialog').filter({ has: page.getByLabel('Thẻ', { exact: true }) });
  await editor.getByLabel('Thẻ', { exact: true }).fill('ngân sách');
  await editor.getByLabel('Thẻ', { exact: true }).press('Enter');
  await expect(editor.getByRole('listitem').filter({ hasText: '#ngân-sách' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  // The second highlight's editor offers the tag now in use (from the stored per-article summaries).
  await clickHighlight(page, id2);
  await expect(editor.locator('datalist option[value="ngân-sách"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);

  // Rename a colour on /notes; the tag filter finds only the tagged highlight.
  await page.goto('/notes');
  await expect(noteItems(page)).toHaveCount(2);
  await page.getByText('Tên các màu').click();
  const yellowName = page.getByLabel('Tên màu vàng');
  await yellowName.fill('Cần trích dẫn');
  await yellowName.press('Enter');
  await page.getByLabel('Lọc theo thẻ').selectOption('ngân-sách');
  await expect(noteItems(page)).toHaveCount(1);
  await expect(noteItems(page).first()).toHaveAttribute('data-note', id1);
  await expect(noteItems(page).first()).toContainText('#ngân-sách');
  await expect(noteItems(page).first()).toContainText('Cần trích dẫn');

  // Every export carries the tag and the colour's new name.
  const md = await text(await exportVia(page, 'Markdown (.md)'));
  expect(md).toContain('tags: ["ngân-sách"]');
  expect(md).toContain('Màu: Cần trích dẫn  \nThẻ: #ngân-sách');
  const csv = await text(await exportVia(page, 'CSV (.csv)'));
  expect(csv.slice(1).split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date,Tags,Màu');
  expect(csv).toMatch(/,ngân-sách,Cần trích dẫn\r\n/);
  const jsonDownload = await exportVia(page, /JSON/);
  const json = JSON.parse(await text(jsonDownload));
  const item = json.first.items.find((a: { id: string }) => a.id === id1);
  expect(item.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'ngân-sách' });
  expect(item.body).toContainEqual({ id: 'urn:margin:colour:yellow', type: 'TextualBody', purpose: 'classifying', value: 'Cần trích dẫn' });

  // The toolbar names the colour with its new name.
  await openArticle(page);
  await selectPhrase(page, 6, await phraseIn(page, 6, 1, 3));
  await expect(toolbar(page).getByRole('button', { name: 'Tô vàng — Cần trích dẫn' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A fresh profile: import the JSON file, the tag comes back and filters there too.
  const fresh = await freshPage(browser);
  await fresh.goto(`${baseURL}/notes`);
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await fresh.getByRole('dialog').getByRole('button', { name: 'Nhập' }).click();
  await fresh.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
  await expect(noteItems(fresh)).toHaveCount(2);
  await fresh.getByLabel('Lọc theo thẻ').selectOption('ngân-sách');
  await expect(noteItems(fresh)).toHaveCount(1);
  await expect(noteItems(fresh).first()).toHaveAttribute('data-note', id1);
  await fresh.context().close();

  // Another fresh profile: the CSV brings the tag and the renamed colour back too.
  const fromCsv = await freshPage(browser);
  await fromCsv.goto(`${baseURL}/notes`);
  const csvChooser = fromCsv.waitForEvent('filechooser');
  await fromCsv.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await csvChooser).setFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(fromCsv.getByRole('dialog')).toContainText('Trong tệp có 2 ghi chú: 2 mới.');
  await fromCsv.getByRole('dialog').getByRole('button', { name: 'Nhập' }).click();
  await fromCsv.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
  await expect(noteItems(fromCsv)).toHaveCount(2);
  await fromCsv.getByLabel('Lọc theo thẻ').selectOption('ngân-sách');
  await expect(noteItems(fromCsv)).toHaveCount(1);
  await expect(noteItems(fromCsv).first()).toContainText(p1);
  await expect(noteItems(fromCsv).first()).toContainText('#ngân-sách');
  await fromCsv.context().close();
});

test('/notes: search without diacritics finds a note with them; edit and delete with undo right there', async ({ page }) => {
  await openArticle(page);
  const p1 = await phraseIn(page, 3, 3, 5);
  const p2 = await phraseIn(page, 4, 2, 4);
  const id1 = await highlight(page, 3, p1, /Tô xanh lá/);
  await highlight(page, 4, p2, /Tô tím/);
  await page.goto('/notes');
  await expect(page.getByText('0 ghi chú và 2 đoạn tô (không ghi chú) trong 1 bài viết.')).toBeVisible();

  // Edit: add a note from the page (the row's choices are behind its "Tuỳ chọn" button).
  const row = page.locator(`[data-note="${id1}"]`);
  await row.getByRole('button', { name: 'Tuỳ chọn' }).click();
  await row.getByRole('button', { name: 'Thêm ghi chú' }).click();
  await row.getByRole('textbox').fill('Đối chiếu với Nghị quyết của Đảng bộ');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await expect(row.locator('.nx-note')).toHaveText('Đối chiếu với Nghị quyết của Đảng bộ');
  await expect(row).toContainText('Ghi chú ·');
  await expect(page.getByText('1 ghi chú và 1 đoạn tô (không ghi chú) trong 1 bài viết.')).toBeVisible();

  // Search without diacritics.
  await page.getByLabel('Tìm trong ghi chú').fill('nghi quyet dang bo');
  await expect(noteItems(page)).toHaveCount(1);
  await expect(noteItems(page).first()).toHaveAttribute('data-note', id1);
  await page.getByLabel('Tìm trong ghi chú').fill('');
  await expect(noteItems(page)).toHaveCount(2);

  // Recolour, then delete, then undo.
  await row.getByRole('button', { name: 'Tuỳ chọn' }).click();
  await row.getByRole('group', { name: 'Màu' }).getByRole('button', { name: 'Số liệu cần kiểm' }).click();
  await expect(page.getByText('Đã đổi màu thành “Số liệu cần kiểm”.')).toBeVisible();
  await expect(row).toContainText('Ghi chú · Số liệu cần kiểm');
  await expect(row.getByRole('button', { name: 'Tuỳ chọn' })).toBeFocused();
  await row.getByRole('button', { name: 'Tuỳ chọn' }).click();
  await row.getByRole('button', { name: 'Xoá' }).click();
  await expect(noteItems(page)).toHaveCount(1);
  await page.getByRole('status').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(noteItems(page)).toHaveCount(2);
  await expect(page.locator(`[data-note="${id1}"] .nx-note`)).toHaveText('Đối chiếu với Nghị quyết của Đảng bộ');
  await page.reload();
  await expect(noteItems(page)).toHaveCount(2);
});

test('a browser in en-US gets Margin in English (<html lang="en">); the switch brings Vietnamese back after a reload', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, 'en-US');
  await page.goto(`${baseURL}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' })).toBeVisible();

  // An article (prerendered in Vietnamese, shown in English), a card with the English title.
  await page.goto(`${baseURL}${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveAttribute('data-lang-pending', /.*/);
  await expect(page.locator('.article-meta time')).toHaveText('Tuesday, 25 January 2022');
  await expect(page.getByRole('group', { name: 'Marked in the article' })).toBeVisible();
  const mention = page.locator('.article-body .ent-official', { hasText: 'Lê Thị Thanh Thúy' }).first();
  await mention.scrollIntoViewIfNeeded();
  // A card opens on click (hover only tints the name).
  await mention.click();
  const card = page.getByRole('dialog', { name: 'Lê Thị Thanh Thúy' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Deputy Head of the Organisation Commission of the Ho Chi Minh City Party Committee');
  await expect(card).toContainText('Phó trưởng Ban Tổ chức Thành ủy TPHCM');
  await page.mouse.move(0, 0);

  // The notes panel and /notes.
  await expect(page.locator('.hl-notes-inline .hl-notes-title')).toHaveText(/Notes/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your notes will be here' })).toBeVisible();

  // Back to Vietnamese with the switch in the "Aa" menu, remembered across a reload.
  await page.getByRole('button', { name: 'Display options' }).click();
  await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Tiếng Việt' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi chú' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi chú' })).toBeVisible();
  await page.context().close();
});

test('in English: a highlight notice, the export menu, the import dialog, the search box and /people', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, 'en-US');
  await page.goto(`${baseURL}${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  // A highlight: the toolbar names the colour and the notice says what happened, in English.
  const phrase = await phraseIn(page, 3, 3, 4);
  await selectPhrase(page, 3, phrase);
  await toolbar(page).getByRole('button', { name: 'Yellow — Important' }).click();
  const notice = page.locator('.hl-notice-region [role="status"]');
  await expect(notice).toContainText('Highlighted in yellow and saved.');
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Close this message' })).toBeVisible();

  // The export menu on /notes: its choices and what it says after a download.
  await page.goto(`${baseURL}/notes`);
  await expect(noteItems(page)).toHaveCount(1);
  await page.locator('main').getByRole('button', { name: 'Export' }).first().click();
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText([
    'Markdown (.md)',
    'JSON — Web Annotation standard (.json)',
    'CSV (.csv)',
    'Copy as Markdown',
  ]);
  const download = page.waitForEvent('download');
  await page.getByRole('menu').getByRole('menuitem', { name: /JSON/ }).click();
  const file = await download;
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(`Downloaded ${file.suggestedFilename()} (1 note).`);
  const json = await text(file);

  // The import dialog, reading that same file back: nothing new, said in English.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await expect(dialog).toContainText('File: notes.json');
  await expect(dialog).toContainText('The file has 1 note: 1 already here.');
  await expect(dialog).toContainText('There are no new notes to import; nothing changes.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  await page.goto(`${baseURL}/`);
  // "Thêm bài" (in the library, before a search hides the reader's own section): the dialog, and the preview of a pasted text.
  await expect(page.getByRole('button', { name: 'Add article' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add article' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add article' });
  await add.getByLabel('Paste the article text').fill('Một bài thử\n\nĐoạn văn đầu tiên của bài viết thử nghiệm, đủ dài để đọc.');
  await add.getByRole('button', { name: 'Read' }).click();
  await expect(add.getByLabel('Title')).toHaveValue('Một bài thử');
  await expect(add.getByRole('button', { name: 'Save article' })).toBeVisible();
  await add.getByRole('button', { name: 'Cancel' }).click();
  await expect(add).toHaveCount(0);

  // The library's search box, and its results.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toHaveAttribute('placeholder', 'A person, a body, a phrase…');
  await expect(page.getByText('With or without Vietnamese accents: “dang uy” finds “Đảng ủy”.')).toBeVisible();
  await search.fill('dang uy');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status')).toHaveText(/^[\d,]+ articles? match “dang uy”$/);

  // /people.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.locator('.lede')).toContainText('officials and other people named in the library, the most mentioned first.');
  await expect(page.locator('.people-list .person-count').first()).toHaveText(/^[\d,]+ articles?$/);
  await page.context().close();
});

test('the language switch is in the "Aa" menu; English is applied before the first paint after a reload, with no flash of Vietnamese', async ({ page }) => {
  await page.goto('/notes');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  // Not in the top bar any more.
  await expect(page.locator('header.topbar').getByRole('button', { name: /English|Tiếng Việt/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tuỳ chọn hiển thị' }).click();
  const languages = page.getByRole('group', { name: 'Ngôn ngữ' });
  await expect(languages.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
  await languages.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A prerendered (Vietnamese) article, its app code held back: the boot script in <head> has
  // already put <html> in English and keeps the Vietnamese text hidden until the app shows it in English.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // (DOMContentLoaded waits for module scripts: only the response is awaited.)
  await page.goto(ARTICLE, { waitUntil: 'commit' });
  await expect(page.locator('#root h1')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-lang-pending', '');
  expect(await page.locator('#root').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
  release();
  await expect(page.locator('html')).not.toHaveAttribute('data-lang-pending', /.*/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' })).toBeVisible();
  await expect(page.locator('.article-meta time')).toHaveText('Tuesday, 25 January 2022');

  // Remembered: a reload stays in English, and the menu says so.
  await page.unroute(/\/assets\/index-[\w-]+\.js$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Display options' }).click();
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'English' })).toBeChecked();
});

/** Letters only Vietnamese uses (not English or French): a Vietnamese word left in the English interface. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const chromeText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText).join('\n'));

test('in English, the interface around the articles has no Vietnamese word left', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, 'en-US');
  const check = async (where: string, selector: string) => {
    const text = await chromeText(page, selector);
    expect(text.trim(), `${where} is empty`).not.toBe('');
    // Quoted examples (“dang uy” finds “Đảng ủy”) and the name of the language itself are meant.
    const words = text
      .replace(/“[^”]*”/g, '')
      .split(/\s+/)
      .filter((w) => VIETNAMESE.test(w) && w !== 'Tiếng' && w !== 'Việt');
    expect([where, words]).toEqual([where, []]);
  };

  await page.goto(`${baseURL}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator('.storage-status')).toContainText('No notes on this device yet.');
  await check('the top bar and the footer', 'header.topbar, footer.app-footer');
  await check('the library head, search and own-articles bar', '.library-header > h1, .library-header > .lede, .search-box, .own-library-head, .save-offline');
  await page.getByRole('button', { name: 'Display options' }).click();
  await check('the "Aa" menu', '.prefs-panel');
  await page.keyboard.press('Escape');

  await page.goto(`${baseURL}/notes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await check('the empty notes page', 'main');

  await page.goto(`${baseURL}${ARTICLE}`);
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  await check('the article’s legend and notes panel', '.ent-legend, .hl-notes-inline');
  await page.context().close();
});
