import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { manifest } from './support/build';
import {
  bundledArticle,
  dragOverPhrase,
  notesPanel,
  openArticle,
  phraseIn,
  SEED,
  SEED_URL,
  startUsing,
  textSettled,
} from './support/reader';

/**
 * A chunk that fails to load (flaky network, a redeploy between page and chunk) never blanks the
 * page: the article's text stays, a message says what did not load, and "Thử lại" loads it. Every
 * lazily loaded chunk of the build is listed from Vite's manifest and aborted in turn, on load and on
 * the interactions that load it — a new chunk is covered without editing this file (and the first
 * test fails if the walk below never loads it).
 */

// Lazy chunks, and web workers' scripts (code too, loaded at first use; Vite lists them as assets).
const WORKERS = [...new Set(Object.values(manifest).flatMap((c) => c.assets ?? []))]
  .filter((file) => /\.worker-[^/]*\.js$/.test(file))
  // The name before Vite's 8-character hash, which may itself hold a "-" ("ownIngest.worker-Bed2-3O6.js").
  .map((file) => ({ source: `worker ${file.replace(/^.*\/|-[\w-]{8}\.js$/g, '')}`, file }));
const LAZY = [
  ...Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([source, chunk]) => ({ source, file: chunk.file })),
  ...WORKERS,
].sort((a, b) => a.source.localeCompare(b.source));

const IMPORT_FILE = new URL('./fixtures/notes-invalid.json', import.meta.url).pathname;
const SAVED_PAGE = readFileSync(new URL('./fixtures/own/seed-page.html', import.meta.url));
const SAVED_PAGE_TITLE = 'Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả';
const OWN_TEXT = 'Hội nghị tổng kết công tác năm\n\nPhó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị tổng kết công tác năm của Đảng bộ.';
const FIRST_PARAGRAPH = bundledArticle(SEED).blocks[3]!.text;

// Blocked so that every chunk request goes through page.route (a worker would answer from its cache).
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 90_000 });

const quietly = async (step: Promise<unknown>) => {
  await step.catch(() => undefined);
};

/** A message saying something failed (an empty live region says nothing). */
const failureShown = (page: Page) => page.locator('.island-error, [role="alert"]').filter({ hasText: /\S/ });

/**
 * Waits for the control a walk's next step needs, or for a failure message: once the aborted chunk has
 * been asked for and said so, the steps after it could only wait out their timeouts. True if the control came.
 * A failure elsewhere on the page (the footer's storage status) leaves the control a moment to come.
 */
async function reached(page: Page, control: Locator, timeout = 5_000): Promise<boolean> {
  await quietly(control.or(failureShown(page)).first().waitFor({ state: 'attached', timeout }));
  if ((await control.count()) === 0) await quietly(control.first().waitFor({ state: 'attached', timeout: 1_000 }));
  return (await control.count()) > 0;
}

/** A walk stopped early closes what it opened, so that every island's "Thử lại" can be clicked. */
async function stopWalk(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForLoadState('networkidle');
}

/** Everything that loads code on the article page: first load, idle loads, hover, select + h, select + n, export. */
async function walkArticle(page: Page): Promise<void> {
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.waitForLoadState('networkidle');
  // A person's card opens on click (hover only tints the name).
  await page.locator('.article-body .ent-official').first().click();
  // The card, or the message that its code did not load, before Escape closes it (a fixed 700 ms lost the race under load).
  await reached(page, page.locator('.ent-card'));
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await dragOverPhrase(page, 3, await phraseIn(page, 3, 3, 4));
  await page.keyboard.press('h');
  await page.waitForTimeout(500);
  await dragOverPhrase(page, 4, await phraseIn(page, 4, 2, 4));
  await page.keyboard.press('n');
  await reached(page, page.getByLabel('Ghi chú', { exact: true }), 3_000);
  await page.keyboard.press('Escape');
  const exportButton = notesPanel(page).getByRole('button', { name: 'Xuất' });
  if (await exportButton.isVisible()) {
    await exportButton.click();
    const download = page.waitForEvent('download', { timeout: 3_000 });
    await quietly(page.getByRole('menuitem', { name: /Markdown/ }).first().click({ timeout: 3_000 }));
    await quietly(download);
  }
  await page.waitForLoadState('networkidle');
}

/** Everything that loads code on the all-notes page: the page itself and the import dialog. */
async function walkNotes(page: Page): Promise<void> {
  await page.goto('/notes');
  await page.waitForLoadState('networkidle');
  const importButton = page.getByRole('button', { name: 'Nhập', exact: true });
  if (await importButton.isVisible()) {
    const chooser = page.waitForEvent('filechooser', { timeout: 3_000 });
    await importButton.click();
    await quietly(chooser.then((c) => c.setFiles(IMPORT_FILE)));
    // The import's report is a modal dialog: closed, so the page's own "Thử lại" buttons can be reached.
    await reached(page, page.locator('dialog[open]').first(), 3_000);
    await page.keyboard.press('Escape');
  }
  await page.waitForLoadState('networkidle');
}

const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Thêm bài' });

/** Everything that loads code for the reader's own articles: "Thêm bài", a saved page, paste, save, "Xoá bài". */
async function walkOwn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Thêm bài' }).click();
  const dialog = addDialog(page);
  const fileInput = dialog.locator('input[type=file]');
  if (!(await reached(page, fileInput))) return stopWalk(page);
  await quietly(fileInput.setInputFiles({ name: 'trang.html', mimeType: 'text/html', buffer: SAVED_PAGE }, { timeout: 3_000 }));
  if (!(await reached(page, dialog.getByLabel('Tiêu đề')))) return stopWalk(page);
  await quietly(dialog.getByRole('button', { name: 'Quay lại' }).click({ timeout: 3_000 }));
  const paste = dialog.getByLabel('Dán văn bản bài viết');
  if (!(await reached(page, paste))) return stopWalk(page);
  await quietly(paste.fill(OWN_TEXT, { timeout: 3_000 }));
  await quietly(dialog.getByRole('button', { name: 'Đọc bài' }).click({ timeout: 3_000 }));
  const save = dialog.getByRole('button', { name: 'Lưu bài' });
  if (!(await reached(page, save))) return stopWalk(page);
  await quietly(save.click({ timeout: 3_000 }));
  await quietly(page.waitForURL(/\/a\/own--/, { timeout: 5_000 }));
  if (/\/a\/own--/.test(page.url())) {
    const remove = page.getByRole('button', { name: 'Xoá bài' });
    if (!(await reached(page, remove))) return stopWalk(page);
    await quietly(remove.click({ timeout: 3_000 }));
    const confirm = page.getByRole('dialog', { name: 'Xoá bài này?' }).getByRole('button', { name: 'Xoá bài' });
    if (!(await reached(page, confirm))) return stopWalk(page);
    await quietly(confirm.click({ timeout: 3_000 }));
    await quietly(page.waitForURL(/\/$/, { timeout: 5_000 }));
  }
  await page.waitForLoadState('networkidle');
}

/** Everything that loads code for search: the box (its worker starts on focus) and a query. */
async function walkSearch(page: Page): Promise<void> {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Tìm' });
  await box.fill('ha noi');
  await quietly(page.locator('[data-search-query="ha noi"]').or(page.locator('.search-status', { hasText: 'Không tải được' })).first().waitFor({ timeout: 10_000 }));
  await page.waitForLoadState('networkidle');
}

/** The chunk files a walk requested. */
async function requestedDuring(page: Page, walk: (page: Page) => Promise<void>): Promise<Set<string>> {
  const seen = new Set<string>();
  const onRequest = (r: { url(): string }) => seen.add(new URL(r.url()).pathname.replace(/^\//, ''));
  page.on('request', onRequest);
  await walk(page);
  page.off('request', onRequest);
  return seen;
}

const islandErrors = (page: Page) => page.locator('.island-error');

/**
 * Records every message shown while the page runs — an alert, an island's error, anything saying
 * "Không tải được" — so one that closes with its card or editor still counts.
 */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __messages: string[] }).__messages = []);
    const look = () => {
      for (const el of document.querySelectorAll('[role="alert"], .island-error, [role="status"]')) {
        const text = el.textContent?.trim() ?? '';
        const isMessage = el.getAttribute('role') === 'alert' || el.classList.contains('island-error') || text.includes('Không tải được');
        if (text && isMessage && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  });
}
const messagesSeen = (page: Page) => page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);

const WALKS = { article: walkArticle, notes: walkNotes, own: walkOwn, search: walkSearch };
type WalkName = keyof typeof WALKS;
/** Which walks load each chunk, found once with nothing aborted. */
const loadedBy = new Map<string, WalkName[]>();

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const page = await browser.newPage({ serviceWorkers: 'block', baseURL: testInfo.project.use.baseURL, locale: 'vi-VN' });
  for (const name of Object.keys(WALKS) as WalkName[]) {
    for (const file of await requestedDuring(page, WALKS[name])) {
      // The own article's page preloads the reader's tools too; the article walk covers them with the
      // interactions that need them (a preload nobody used rightly shows no message).
      if (name === 'own' && loadedBy.has(file)) continue;
      loadedBy.set(file, [...(loadedBy.get(file) ?? []), name]);
    }
  }
  await page.close();
});

test('the walks load every lazy chunk of the build', () => {
  expect(LAZY.length, 'the manifest lists lazy chunks').toBeGreaterThan(5);
  expect(
    LAZY.filter((c) => !loadedBy.has(c.file)).map((c) => c.source),
    'chunks no walk loads: add the interaction to walkArticle/walkNotes/walkOwn/walkSearch',
  ).toEqual([]);
});

// A chunk an island imports statically is fetched as part of the island's module graph; Chromium keeps
// that failure for the page's lifetime, so "Thử lại" (which imports the island anew) could never succeed
// once such a dependency failed. Chunks loaded on their own are therefore only ever loaded dynamically,
// except where the importer cannot exist before them: the application renders every island, and the note
// editor opens from the highlight tools.
const LOADED_BEFORE: Record<string, string[]> = {
  'src/app/start.tsx': ['*'],
  'src/features/highlights/components/HighlightToolsImpl.tsx': ['src/features/highlights/components/HighlightEditor.tsx'],
};

test('no chunk that loads on its own is a static import of another, so a retry can fetch it anew', () => {
  const dynamic = new Set(Object.entries(manifest).filter(([, c]) => c.isDynamicEntry).map(([source]) => source));
  const staticOnes = Object.entries(manifest).flatMap(([source, chunk]) =>
    (chunk.imports ?? [])
      .filter((dep) => dynamic.has(dep))
      .filter((dep) => !(LOADED_BEFORE[dep] ?? []).some((importer) => importer === '*' || importer === source))
      .map((dep) => `${source} -> ${dep}`),
  );
  expect(staticOnes).toEqual([]);
});

/** Back online: every island's "Thử lại" imports its chunk anew (not the cached failure). */
async function retryIslands(page: Page): Promise<void> {
  for (let i = (await islandErrors(page).count()) - 1; i >= 0; i--) {
    await islandErrors(page).nth(i).getByRole('button', { name: 'Thử lại' }).click();
  }
  await expect(islandErrors(page)).toHaveCount(0);
}

// The application itself (React and every feature) has its own test below: without it there is no island to retry.
const APP_CHUNK = 'src/app/start.tsx';
// The first screen /notes paints before the application (src/features/notes/boot.ts): without its code the
// application paints the page itself, as it always could, so there is nothing to tell the reader.
const UNSEEN = new Set(['src/features/notes/bootFirstPage.ts', 'src/app/bootShell.ts']);

for (const chunk of LAZY.filter((c) => c.source !== APP_CHUNK)) {
  test(`${chunk.source} fails to load: the page stays, says so, and "Thử lại" loads it`, async ({ page }) => {
    // The path, whatever the query: a retry asks for the same file with `?retry=n`.
    const pattern = (url: URL) => url.pathname === `/${chunk.file}`;
    await recordMessages(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const walks = loadedBy.get(chunk.file) ?? [];
    expect(walks, 'a walk loads this chunk').not.toEqual([]);

    for (const name of walks) {
      await page.route(pattern, (route) => route.abort('internetdisconnected'));
      const requested = await requestedDuring(page, WALKS[name]);
      await expect(page.locator('.topbar'), 'the page shell stays').toBeVisible();
      if (name === 'article') {
        await expect(page.locator('[data-block="3"]'), 'the article text stays').toHaveText(FIRST_PARAGRAPH);
      }
      if (requested.has(chunk.file) && UNSEEN.has(chunk.source)) {
        await expect(page.getByRole('heading', { level: 1 }), `${name}: the page as usual`).toBeVisible();
        await expect(islandErrors(page), `${name}: nothing failed to load`).toHaveCount(0);
      } else if (requested.has(chunk.file)) {
        await expect.poll(() => messagesSeen(page), { message: `${name}: a message says what did not load` }).not.toEqual([]);
      }
      await page.unroute(pattern);
      await retryIslands(page);
    }
    expect(errors, 'no uncaught error').toEqual([]);
  });
}

test('the application fails to load: a prerendered article stays readable, a notice says so, and "Thử lại" starts it; so on a page without HTML', async ({ page }) => {
  const app = LAZY.find((c) => c.source === APP_CHUNK);
  expect(app, 'the application is loaded on demand').toBeTruthy();
  const pattern = (url: URL) => url.pathname === `/${app!.file}`;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const notice = page.getByRole('alert').filter({ hasText: 'Không tải được phần tương tác của trang' });

  // An article: its text and panels are in the HTML; the first sign of use asks for the code.
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.mouse.move(2, 2);
  await expect(notice).toBeVisible();
  await expect(page.locator('[data-block="3"]'), 'the article text stays').toHaveText(FIRST_PARAGRAPH);
  await expect(page.locator('.ent-panel-item').first(), 'the panel stays').toBeVisible();
  await page.unroute(pattern);
  await notice.getByRole('button', { name: 'Thử lại' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
  // Live: the display menu opens.
  await page.getByRole('button', { name: 'Tuỳ chọn hiển thị' }).click();
  await expect(page.getByRole('button', { name: 'Tuỳ chọn hiển thị' })).toHaveAttribute('aria-expanded', 'true');

  // /notes has no HTML of its own: the notice is all there is until "Thử lại".
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.goto('/notes');
  await expect(notice).toBeVisible();
  await page.unroute(pattern);
  await notice.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors, 'no uncaught error').toEqual([]);
});

test('the notes list fails to load: the article stays readable, the panel says so, and "Thử lại" shows the notes', async ({ page }) => {
  const notesList = LAZY.find((c) => c.source.endsWith('features/notes/NotesList.tsx'));
  expect(notesList, 'the notes list is a lazy chunk').toBeTruthy();
  const pattern = (url: URL) => url.pathname === `/${notesList!.file}`;
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.goto(SEED_URL);
  await textSettled(page);
  await startUsing(page);
  const message = notesPanel(page).locator('.island-error');
  await expect(message).toContainText('Không tải được danh sách ghi chú');
  await expect(page.locator('[data-block="3"]')).toHaveText(FIRST_PARAGRAPH);
  // The text is still there to select and read.
  await dragOverPhrase(page, 3, await phraseIn(page, 3, 3, 4));
  expect(await page.evaluate(() => document.getSelection()!.toString().length)).toBeGreaterThan(0);

  await page.unroute(pattern);
  await message.getByRole('button', { name: 'Thử lại' }).click();
  await expect(message).toHaveCount(0);
  await expect(notesPanel(page).locator('.hl-notes-title')).toBeVisible();
  // And the panel works as usual after the retry.
  await openArticle(page);
});

test('"Thêm bài" fails to load: the library stays, a message says so, and "Thử lại" opens the dialog', async ({ page }) => {
  const chunk = LAZY.find((c) => c.source.endsWith('features/own/AddArticleDialog.tsx'));
  expect(chunk, 'the add dialog is a lazy chunk').toBeTruthy();
  const pattern = (url: URL) => url.pathname === `/${chunk!.file}`;
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Thêm bài' }).click();
  const message = page.locator('.island-error');
  await expect(message).toContainText('Không tải được hộp “Thêm bài”');
  await expect(page.locator('.article-list > li').first(), 'the library stays').toBeVisible();

  await page.unroute(pattern);
  await message.getByRole('button', { name: 'Thử lại' }).click();
  await expect(addDialog(page)).toBeVisible();
  await expect(message).toHaveCount(0);
  await expect(addDialog(page).getByLabel('Dán văn bản bài viết')).toBeFocused();
});

for (const [what, source, paste, title] of [
  ['the saved-page reader', 'src/dom/articleHtml.ts', SAVED_PAGE.toString('utf8'), SAVED_PAGE_TITLE],
  ['the articles worker', 'worker ownIngest.worker', OWN_TEXT, 'Hội nghị tổng kết công tác năm'],
] as const) {
  test(`${what} fails to load: the pasted text is kept, the dialog says so, and "Thử lại" reads it`, async ({ page }) => {
    const chunk = LAZY.find((c) => c.source === source);
    expect(chunk, `${source} is lazily loaded code`).toBeTruthy();
    const pattern = (url: URL) => url.pathname === `/${chunk!.file}`;
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.getByRole('button', { name: 'Thêm bài' }).click();
    const dialog = addDialog(page);
    await dialog.getByLabel('Dán văn bản bài viết').fill(paste);
    await dialog.getByRole('button', { name: 'Đọc bài' }).click();
    const problems = dialog.getByRole('list', { name: 'Không đọc được' });
    await expect(problems).toHaveText('Chưa đọc được “văn bản dán vào”: không tải được phần mềm đọc bài. Kiểm tra kết nối mạng rồi bấm “Thử lại”.');
    // Nothing the reader pasted is lost: back to the text, and reading it again still fails alike.
    await dialog.getByRole('button', { name: 'Quay lại' }).click();
    await expect(dialog.getByLabel('Dán văn bản bài viết')).toHaveValue(paste);
    await dialog.getByRole('button', { name: 'Đọc bài' }).click();
    await expect(problems).toHaveCount(1);

    await page.unroute(pattern);
    await dialog.getByRole('button', { name: 'Thử lại' }).click();
    await expect(dialog.getByLabel('Tiêu đề')).toHaveValue(title);
    await expect(problems).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Lưu bài' }).click();
    await expect(page).toHaveURL(/\/a\/own--/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(errors, 'no uncaught error').toEqual([]);
  });
}
