import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import {
  expectHighlightStyles,
  highlight,
  highlightFocused,
  highlightInViewport,
  openArticle,
  paintedHighlight,
  phraseIn,
  SEED,
  seriousViolations,
} from './support/reader';
import { APP_FILE } from './support/build';

/**
 * Export and import of notes, driven with a real mouse and keyboard against the production build:
 * highlights with notes made in the reader → export (JSON, Markdown, CSV, copy) → a fresh browser
 * profile → import → the very same stored records, shown in place; the same file twice changes
 * nothing; broken, wrong-shaped, huge and hostile files; records that cannot be read; axe scans.
 */

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

// The service worker would answer requests from its cache; these tests are about storage.
test.use({ serviceWorkers: 'block' });
// Each test makes several highlights with the real mouse, exports, imports and scans with axe:
// more than the default budget on a busy machine (other suites run alongside).
test.describe.configure({ timeout: 90_000 });

// ---- Storage --------------------------------------------------------------------------------------

type Records = Record<string, unknown>;

/** Every `anno:` record in Margin's IndexedDB store, by key (only once the app has opened the store). */
async function storedRecords(page: Page): Promise<Records> {
  return page.evaluate(
    () =>
      new Promise<Records>((resolve, reject) => {
        const req = indexedDB.open('margin');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('annotations')) {
            db.close();
            reject(new Error('the app has not created its store yet'));
            return;
          }
          const tx = db.transaction('annotations', 'readonly');
          const store = tx.objectStore('annotations');
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            const out: Records = {};
            keys.result.forEach((k, i) => {
              if (String(k).startsWith('anno:')) out[String(k)] = values.result[i];
            });
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Puts a raw value under a key of the app's store (for records the app cannot read). */
async function putRaw(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('margin');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('annotations', 'readwrite');
          tx.objectStore('annotations').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}

// ---- The notes page -------------------------------------------------------------------------------

async function openNotes(page: Page): Promise<void> {
  await page.goto('/notes');
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi chú' })).toBeVisible();
}

const exportButton = (page: Page) => page.locator('main').getByRole('button', { name: 'Xuất' }).first();
const importDialog = (page: Page) => page.getByRole('dialog');
const noteItems = (page: Page) => page.locator('.nx-list > li');

/** Opens the export menu with the mouse and clicks a choice; returns the download it starts. */
async function exportVia(page: Page, trigger: ReturnType<typeof exportButton>, choice: RegExp | string): Promise<Download> {
  await trigger.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const download = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: choice }).click();
  return download;
}

async function downloadedText(d: Download): Promise<string> {
  return readFile(await d.path(), 'utf8');
}

/** Picks a file through the "Nhập" button's file chooser. */
async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(importDialog(page)).toBeVisible();
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'vi-VN' });
  return context.newPage();
}

// ---- Tests ----------------------------------------------------------------------------------------

test('JSON round trip: notes made in the reader, exported, imported into an empty browser → identical records, shown in place', async ({
  page,
  browser,
  baseURL,
}) => {
  await openArticle(page);
  const p1 = await phraseIn(page, 3, 3, 6);
  const p2 = await phraseIn(page, 4, 4, 5);
  const p3 = await phraseIn(page, 6, 2, 4);
  const id1 = await highlight(page, 3, p1, 'Tô vàng', 'Cần đối chiếu, "số liệu" năm trước\ndòng thứ hai');
  const id2 = await highlight(page, 4, p2, 'Tô xanh lá', 'Ông Cường — Quận 5');
  const id3 = await highlight(page, 6, p3, 'Tô tím');
  const before = await storedRecords(page);
  expect(Object.keys(before)).toHaveLength(3);

  // The all-notes page lists them, newest first, with their article.
  await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Ghi chú' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi chú' })).toBeVisible();
  await expect(page.getByText('2 ghi chú và 1 đoạn tô (không ghi chú) trong 1 bài viết.')).toBeVisible();
  await expect(noteItems(page)).toHaveCount(3);
  await expect(noteItems(page).nth(0)).toHaveAttribute('data-note', id3);
  await expect(noteItems(page).nth(2)).toHaveAttribute('data-note', id1);
  await expect(noteItems(page).nth(2).locator('.nx-note')).toHaveText('Cần đối chiếu, "số liệu" năm trước\ndòng thứ hai');
  await expect(page.getByRole('heading', { level: 2, name: /Chú trọng công tác đánh giá chất lượng/ })).toBeVisible();

  // Colour filter.
  await page.getByRole('group', { name: 'Lọc theo màu' }).getByRole('button', { name: /Trích dẫn/ }).click();
  await expect(noteItems(page)).toHaveCount(1);
  await expect(noteItems(page).first()).toHaveAttribute('data-note', id2);
  await page.getByRole('group', { name: 'Lọc theo màu' }).getByRole('button', { name: /Tất cả/ }).click();
  await expect(noteItems(page)).toHaveCount(3);

  // Export JSON.
  const download = await exportVia(page, exportButton(page), /JSON/);
  expect(download.suggestedFilename()).toBe(`margin-ghi-chu-${today()}.json`);
  const json = JSON.parse(await downloadedText(download));
  expect(json.type).toBe('AnnotationCollection');
  expect(json.total).toBe(3);
  expect(json.first.items.map((a: { id: string }) => a.id).sort()).toEqual([id1, id2, id3].sort());
  await expect(page.getByRole('status').filter({ hasText: `Đã tải xuống margin-ghi-chu-${today()}.json (3 ghi chú).` })).toBeVisible();
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) };

  // A browser profile with nothing stored.
  const fresh = await freshPage(browser);
  await fresh.goto(`${baseURL}/notes`);
  await expect(fresh.getByRole('heading', { name: 'Ghi chú của bạn sẽ ở đây' })).toBeVisible();
  expect(await storedRecords(fresh)).toEqual({});

  await importFile(fresh, file);
  const dialog = importDialog(fresh);
  await expect(dialog.getByText('Trong tệp có 3 ghi chú: 3 mới.')).toBeVisible();
  await expect(dialog.getByText('Sẽ lưu 3 ghi chú vào máy này.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập' })).toBeFocused();
  expect(await storedRecords(fresh), 'nothing is written before "Nhập"').toEqual({});
  await dialog.getByRole('button', { name: 'Nhập' }).click();
  await expect(dialog.getByText('Đã nhập 3 ghi chú.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(fresh.getByRole('button', { name: 'Nhập', exact: true })).toBeFocused();
  await expect(fresh.getByRole('status').filter({ hasText: `Đã nhập 3 ghi chú từ tệp “${file.name}”.` })).toBeVisible();
  await expect(noteItems(fresh)).toHaveCount(3);
  expect(await storedRecords(fresh)).toEqual(before);

  // The same file again: nothing new, nothing written.
  await importFile(fresh, file);
  await expect(dialog.getByText('Trong tệp có 3 ghi chú: 3 đã có.')).toBeVisible();
  await expect(dialog.getByText('Không có ghi chú mới nào để nhập; không có gì thay đổi.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập' })).toHaveCount(0);
  await fresh.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await storedRecords(fresh)).toEqual(before);

  // From the list to the highlight, in place in the article.
  await fresh.locator(`[data-note="${id1}"]`).getByRole('link').click();
  await expect(fresh).toHaveURL(new RegExp(`/a/${SEED}#hl-`));
  await expect.poll(() => highlightFocused(fresh, id1)).toBe(true);
  await expect.poll(() => highlightInViewport(fresh, id1)).toBe(true);
  await expect.poll(async () => (await paintedHighlight(fresh, id1))?.text).toBe(p1);
  await expectHighlightStyles(fresh, id1, ['yellow', 'note']);
  await expectHighlightStyles(fresh, id2, ['green']);
  await expectHighlightStyles(fresh, id3, ['purple']);
  await fresh.context().close();
});

test('Markdown and CSV from the article’s notes panel; copy Markdown; keyboard menu', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openArticle(page);
  const phrase = await phraseIn(page, 3, 3, 6);
  await highlight(page, 3, phrase, 'Tô hồng', '=SUM(A1), "trích dẫn" và <b>không đậm</b>');

  const panelExport = page.locator('.hl-notes-inline').getByRole('button', { name: 'Xuất' });
  const md = await exportVia(page, panelExport, 'Markdown (.md)');
  expect(md.suggestedFilename()).toBe(`${SEED}-ghi-chu-${today()}.md`);
  const text = await downloadedText(md);
  expect(text.startsWith('---\ntitle: "Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng')).toBe(true);
  expect(text).toContain('\nsource: "Thanhuytphcm.vn"\n');
  expect(text).toContain('\npublished: "2022-01-25"\n');
  expect(text).toMatch(/\nexported: "\d{4}-\d\d-\d\dT/);
  expect(text).toContain(`\n> ${phrase}\n`);
  expect(text).toContain('Màu: Câu hỏi');
  expect(text).toContain('=SUM\\(A1\\), "trích dẫn" và \\<b\\>không đậm\\</b\\>');
  await expect(page.getByRole('status').filter({ hasText: `Đã tải xuống ${SEED}-ghi-chu-${today()}.md (1 ghi chú).` })).toBeVisible();

  const csv = await exportVia(page, panelExport, 'CSV (.csv)');
  expect(csv.suggestedFilename()).toBe(`${SEED}-ghi-chu-${today()}.csv`);
  const table = await readFile(await csv.path());
  expect([...table.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  const rows = table.toString('utf8').slice(1).split('\r\n');
  expect(rows[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date,Tags,Màu');
  expect(rows[1]).toContain(phrase);
  // The note is quoted (comma, quotes), its quotes doubled and the formula neutralised.
  expect(rows[1]).toContain(`"'=SUM(A1), ""trích dẫn"" và <b>không đậm</b>"`);
  expect(rows[1]).toMatch(/,,Câu hỏi$/);
  expect(rows[2]).toBe('');

  // Keyboard: Enter opens the menu on its first item, arrows move, Escape closes back to the button.
  await panelExport.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await expect(panelExport).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Sao chép Markdown' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(panelExport).toBeFocused();
  await expect(panelExport).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Markdown (.md)' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Sao chép Markdown' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép Markdown của 1 ghi chú.' })).toBeVisible();
  await expect(panelExport).toBeFocused();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('---\ntitle: ')).toBe(true);
  expect(copied).toContain(`> ${phrase}`);
});

test('all notes as Markdown and CSV; nothing to export says so', async ({ page }) => {
  await openNotes(page);
  await expect(page.getByRole('heading', { name: 'Ghi chú của bạn sẽ ở đây' })).toBeVisible();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await exportButton(page).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Markdown (.md)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chưa có ghi chú nào để xuất.' })).toBeVisible();
  await exportButton(page).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Sao chép Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chưa có ghi chú nào để xuất.' })).toBeVisible();
  expect(downloads).toHaveLength(0);

  await openArticle(page);
  const phrase = await phraseIn(page, 1, 2, 5);
  await highlight(page, 1, phrase, 'Tô xanh dương', 'Hội nghị tổng kết');
  await openNotes(page);
  const md = await downloadedText(await exportVia(page, exportButton(page), 'Markdown (.md)'));
  expect(md.startsWith('---\ntitle: "Margin — tất cả ghi chú"\ntags: []\nexported: "')).toBe(true);
  expect(md).toContain('\n# Margin — tất cả ghi chú\n');
  expect(md).toContain('\n## Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng');
  expect(md).toContain(`> ${phrase}`);
  expect(md).toContain('Hội nghị tổng kết');
  const csvDownload = await exportVia(page, exportButton(page), 'CSV (.csv)');
  expect(csvDownload.suggestedFilename()).toBe(`margin-ghi-chu-${today()}.csv`);
  const csv = await downloadedText(csvDownload);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date,Tags,Màu');
  expect(csv).toContain(`${phrase},`);
  expect(downloads).toHaveLength(2);
});

test('bad files: a clear message and nothing written; a hostile note imports as plain text and runs nothing', async ({ page }, testInfo) => {
  await openArticle(page);
  await highlight(page, 3, await phraseIn(page, 3, 3, 6), 'Tô vàng', 'Đã có từ trước');
  await openNotes(page);
  const before = await storedRecords(page);
  expect(Object.keys(before)).toHaveLength(1);
  const dialog = importDialog(page);

  const refused = async (file: Parameters<typeof importFile>[1], message: RegExp) => {
    await importFile(page, file);
    await expect(dialog.getByRole('heading', { name: 'Không nhập được ghi chú' })).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByRole('button', { name: 'Nhập' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Đóng' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    expect(await storedRecords(page)).toEqual(before);
  };

  await refused(fixture('notes-invalid.json'), /^Tệp không phải JSON hợp lệ.*Không có gì được nhập\.$/);
  await refused(fixture('notes-not-annotations.json'), /^Tệp là JSON nhưng không chứa ghi chú theo định dạng được hỗ trợ\./);
  await refused(fixture('notes-wrong-types.json'), /^Tệp có ghi chú sai định dạng .* không có ghi chú nào được nhập/);
  // The technical detail names the field.
  await importFile(page, fixture('notes-wrong-types.json'));
  await dialog.getByText('Chi tiết kỹ thuật').click();
  await expect(dialog.getByText(/\[0\]\.id: must be a string/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // 50 MB, generated here (never committed): refused from its size, before it is read.
  const huge = testInfo.outputPath('huge.json');
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await refused(huge, /^Tệp “huge\.json” quá lớn \(50 MB\); chỉ nhập được tệp tối đa 10 MB\. Không có gì được nhập\.$/);

  // Hostile but valid: imported, its markup shown as text everywhere, nothing executed.
  const hostileNote = `<script>window.__pwned = 'script'</script><img src=x onerror="window.__pwned = 'img'">`;
  await importFile(page, fixture('notes-hostile.json'));
  await expect(dialog.getByText('Trong tệp có 1 ghi chú: 1 mới.')).toBeVisible();
  await expect(dialog.locator('.nx-preview-note')).toHaveText(hostileNote);
  await expect(dialog.locator('img')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Nhập' }).click();
  await expect(dialog.getByText('Đã nhập 1 ghi chú.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  const item = page.locator('[data-note="https://example.org/annotations/hostile-1"]');
  await expect(item.locator('.nx-note')).toHaveText(hostileNote);
  await expect(item).toHaveClass(/nx-c-pink/);
  await expect(page.locator('main img, main script')).toHaveCount(0);
  expect(Object.keys(await storedRecords(page))).toHaveLength(2);

  // …and in the article, in place, with the note in the notes panel as text.
  await item.getByRole('link').click();
  const hostile = 'https://example.org/annotations/hostile-1';
  await expect.poll(() => highlightFocused(page, hostile)).toBe(true);
  await expect.poll(async () => (await paintedHighlight(page, hostile))?.text).toBe('Thành ủy TPHCM đã tổ chức Hội nghị tổng kết');
  await expect(page.locator('.hl-notes-inline').getByText(hostileNote)).toBeVisible();
  await expect(page.locator('.article img, .reader-aside img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test('the first screen, painted before the application runs, answers: words typed in its search box filter the list, "Nhập" opens the file chooser', async ({ page }) => {
  await openArticle(page);
  await highlight(page, 3, await phraseIn(page, 3, 3, 6), 'Tô vàng');
  // The application's chunk is held back until the reader has acted: they act on the first screen
  // the boot script painted, which the application then replaces with its own.
  let acted!: () => void;
  const afterActing = new Promise<void>((r) => (acted = r));
  await page.route(`**${APP_FILE}`, async (route) => {
    await afterActing;
    await route.continue();
  });
  await page.goto('/notes');
  const button = page.getByRole('button', { name: 'Nhập', exact: true });
  await expect(button).toBeVisible();
  await expect(noteItems(page)).toHaveCount(1);
  await expect(page.locator('html[data-app]')).toHaveCount(0);
  const search = page.getByRole('searchbox', { name: 'Tìm trong ghi chú' });
  await search.click();
  await page.keyboard.type('không có đâu');
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  await button.click();
  acted();
  await (await chooser).setFiles(fixture('notes-invalid.json'));
  await expect(importDialog(page).getByRole('heading', { name: 'Không nhập được ghi chú' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(importDialog(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  // The words are still there, and the application's list heard them.
  await expect(search).toHaveValue('không có đâu');
  await expect(page.getByText('Không có ghi chú nào khớp.')).toBeVisible();
  await expect(noteItems(page)).toHaveCount(0);
});

test('unreadable records: a warning with the raw data, never overwritten by an import', async ({ page }) => {
  await openNotes(page);
  const raw = { v: 2, annotation: { id: 'broken-1', type: 'Annotation', target: 'not a target' } };
  await putRaw(page, `anno:${SEED}:broken-1`, raw);
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: '1 ghi chú đã lưu không đọc được' });
  await expect(warning).toBeVisible();
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Tải bản gốc (JSON)' }).click();
  const saved = JSON.parse(await downloadedText(await download));
  expect(saved).toEqual([expect.objectContaining({ key: `anno:${SEED}:broken-1`, raw })]);

  // A file with a note under the same id: set aside, the raw record stays.
  const file = {
    name: 'same-id.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        id: 'broken-1',
        type: 'Annotation',
        body: 'ghi chú thay thế',
        target: { source: SEED, selector: { type: 'TextQuoteSelector', exact: 'Thành ủy TPHCM' } },
      }),
    ),
  };
  await importFile(page, file);
  const dialog = importDialog(page);
  await expect(dialog.getByText('Trong tệp có 1 ghi chú: 1 trùng với ghi chú hỏng trên máy (giữ nguyên bản gốc).')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  expect(await storedRecords(page)).toEqual({ [`anno:${SEED}:broken-1`]: raw });
});

test('drop a file on the page to import it', async ({ page }) => {
  await openNotes(page);
  const json = await readFile(fixture('notes-hostile.json'), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, json);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(importDialog(page).getByText('dropped.json')).toBeVisible();
  await expect(importDialog(page).getByText('Trong tệp có 1 ghi chú: 1 mới.')).toBeVisible();
  await importDialog(page).getByRole('button', { name: 'Hủy' }).click();
  await expect(importDialog(page)).toHaveCount(0);
  expect(await storedRecords(page)).toEqual({});
});

test('axe: the all-notes page (empty and with notes), the export menu and the import dialog', async ({ page }) => {
  await openNotes(page);
  await expect(page.getByRole('heading', { name: 'Ghi chú của bạn sẽ ở đây' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await openArticle(page);
  await highlight(page, 3, await phraseIn(page, 3, 3, 6), 'Tô vàng', 'Một ghi chú');
  await highlight(page, 4, await phraseIn(page, 4, 4, 5), 'Tô hồng');
  await page.locator('.hl-notes-inline').getByRole('button', { name: 'Xuất' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page, '.reader-aside')).toEqual([]);
  await page.keyboard.press('Escape');

  await openNotes(page);
  await expect(noteItems(page)).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  // A row's choices, opened (edit, delete, the colours), then closed with Escape.
  await noteItems(page).first().getByRole('button', { name: 'Tuỳ chọn' }).click();
  await expect(noteItems(page).first().getByRole('button', { name: 'Thêm ghi chú' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(noteItems(page).first().getByRole('button', { name: 'Tuỳ chọn' })).toHaveAttribute('aria-expanded', 'false');
  await exportButton(page).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await importFile(page, fixture('notes-hostile.json'));
  await expect(importDialog(page).getByRole('button', { name: 'Nhập' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await importDialog(page).getByRole('button', { name: 'Hủy' }).click();
  await importFile(page, fixture('notes-invalid.json'));
  await expect(importDialog(page).getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the all-notes page paints a page of notes at a time and shows more on request', async ({ page }) => {
  await openNotes(page);
  await expect(page.getByRole('region', { name: 'Lưu trữ' })).toBeVisible();
  const seed = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
  for (let i = 0; i < 130; i++) {
    const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const time = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    await putRaw(page, `anno:${seed}:${id}`, {
      v: 2,
      annotation: {
        id,
        type: 'Annotation',
        motivation: 'commenting',
        created: time,
        modified: time,
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: `Ghi chú số ${i}`, format: 'text/plain' },
          { type: 'TextualBody', purpose: 'tagging', value: 'yellow' },
        ],
        target: {
          source: seed,
          selector: [
            { type: 'TextQuoteSelector', exact: 'Thành ủy TPHCM', prefix: 'Ngày 12/11, ', suffix: ' đã tổ chức' },
            { type: 'TextPositionSelector', start: 12, end: 26 },
          ],
        },
      },
    });
  }
  await page.reload();
  await expect(noteItems(page)).toHaveCount(100);
  // Newest first: the last one written leads.
  await expect(noteItems(page).first()).toContainText('Ghi chú số 129');
  await page.getByRole('button', { name: 'Hiện thêm 30 ghi chú (còn 30)' }).click();
  await expect(noteItems(page)).toHaveCount(130);
  await expect(noteItems(page).last()).toContainText('Ghi chú số 0');
  await expect(page.getByRole('button', { name: /^Hiện thêm/ })).toHaveCount(0);
});

/** `n` notes over two articles, as a W3C JSON array the import takes (newest last). */
function manyNotesFile(n: number): { name: string; mimeType: string; buffer: Buffer } {
  const other = 'chu-tich-nuoc-tran-dai-quang-don-tiep-tong-thong-cong-hoa-sec';
  const items = Array.from({ length: n }, (_, i) => {
    const time = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      created: time,
      modified: time,
      body: [
        ...(i % 3 === 0 ? [{ type: 'TextualBody', value: `Ghi chú số ${i} <b>không phải HTML</b>`, format: 'text/plain' }] : []),
        { type: 'TextualBody', purpose: 'tagging', value: ['yellow', 'green', 'pink'][i % 3] },
        ...(i % 4 === 0 ? [{ type: 'TextualBody', purpose: 'tagging', value: 'ngân sách' }] : []),
      ],
      target: { source: i % 2 ? SEED : other, selector: [{ type: 'TextQuoteSelector', exact: `đoạn trích số ${i}` }] },
    };
  });
  return { name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(items)) };
}

test('/notes paints its first page before the application has loaded, and the application takes it over unchanged', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openNotes(page);
  await importFile(page, manyNotesFile(130));
  await importDialog(page).getByRole('button', { name: 'Nhập' }).click();
  await expect(noteItems(page)).toHaveCount(100);

  // The application's chunk is held: whatever is on screen now was painted without it.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  await expect(noteItems(page)).toHaveCount(100);
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi chú' })).toBeVisible();
  await expect(page.locator('.nx-count')).toHaveText('44 ghi chú và 86 đoạn tô (không ghi chú) trong 2 bài viết.');
  // Newest first; a note is text, never markup.
  await expect(page.locator('.nx-note').first()).toHaveText('Ghi chú số 129 <b>không phải HTML</b>');
  await expect(page.locator('main b')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-app'))).toBeNull();
  const isReact = () =>
    page.evaluate(() => {
      const row = document.querySelector('li.nx-item');
      return !!row && Object.keys(row).some((k) => k.startsWith('__react'));
    });
  expect(await isReact()).toBe(false);

  // The reader scrolls and focuses a row's link before the application is there.
  await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 700)));
  const before = await page.screenshot();
  await noteItems(page).nth(5).locator('a.nx-quote-link').focus();
  const focusedNote = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-note'));
  expect(focusedNote).toBeTruthy();

  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect.poll(isReact).toBe(true);
  // One set of rows, one page, the same place and focus: the take-over changed nothing on screen.
  await expect(noteItems(page)).toHaveCount(100);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('header.topbar')).toHaveCount(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(700);
  expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-note'))).toBe(focusedNote);
  await expect(page.locator('a.nx-quote-link:focus')).toHaveCount(1);
  // Not a pixel changed (the focus ring aside: compared without it).
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  const after = await page.screenshot();
  if (!after.equals(before)) {
    await writeFile(test.info().outputPath('before.png'), before);
    await writeFile(test.info().outputPath('after.png'), after);
  }
  expect(after.equals(before)).toBe(true);
});
