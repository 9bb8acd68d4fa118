import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  bundledArticle,
  dragOverPhrase,
  notesPanel,
  openArticle,
  phraseIn,
  SEED,
  SEED_URL,
  textSettled,
} from './support/reader';

/**
 * A chunk that fails to load (flaky network, a redeploy between page and chunk) never blanks the
 * page: the article's text stays, a message says what did not load, and "Thử lại" loads it. Every
 * lazily loaded chunk of the build is listed from Vite's manifest and aborted in turn, on load and on
 * the interactions that load it — a new chunk is covered without editing this file (and the first
 * test fails if the walk below never loads it).
 */

const DIST = process.env.MARGIN_DIST ?? 'dist';
type Manifest = Record<string, { file: string; isDynamicEntry?: boolean }>;
const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
// Not walked yet: the reader's own articles ("Thêm bài", "Xoá bài", the .html reader). Their dialogs
// are islands like the rest; a walk through them (add → save → delete) is the next step here.
const NOT_WALKED_YET = [/^src\/features\/own\//, /^src\/dom\/articleHtml\.ts$/];
const LAZY = Object.entries(manifest)
  .filter(([source, chunk]) => chunk.isDynamicEntry && !NOT_WALKED_YET.some((r) => r.test(source)))
  .map(([source, chunk]) => ({ source, file: chunk.file }))
  .sort((a, b) => a.source.localeCompare(b.source));

const IMPORT_FILE = new URL('./fixtures/notes-invalid.json', import.meta.url).pathname;
const FIRST_PARAGRAPH = bundledArticle(SEED).blocks[3]!.text;

// Blocked so that every chunk request goes through page.route (a worker would answer from its cache).
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 90_000 });

const quietly = async (step: Promise<unknown>) => {
  await step.catch(() => undefined);
};

/** Everything that loads code on the article page: first load, idle loads, hover, select + h, select + n, export. */
async function walkArticle(page: Page): Promise<void> {
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.waitForLoadState('networkidle');
  // A person's card opens on click (hover only tints the name).
  await page.locator('.article-body .ent-official').first().click();
  await page.waitForTimeout(700);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await dragOverPhrase(page, 3, await phraseIn(page, 3, 3, 4));
  await page.keyboard.press('h');
  await page.waitForTimeout(500);
  await dragOverPhrase(page, 4, await phraseIn(page, 4, 2, 4));
  await page.keyboard.press('n');
  await quietly(page.getByLabel('Ghi chú', { exact: true }).waitFor({ timeout: 3_000 }));
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
  }
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

const WALKS = { article: walkArticle, notes: walkNotes };
type WalkName = keyof typeof WALKS;
/** Which walks load each chunk, found once with nothing aborted. */
const loadedBy = new Map<string, WalkName[]>();

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const page = await browser.newPage({ serviceWorkers: 'block', baseURL: testInfo.project.use.baseURL, locale: 'vi-VN' });
  for (const name of Object.keys(WALKS) as WalkName[]) {
    for (const file of await requestedDuring(page, WALKS[name])) loadedBy.set(file, [...(loadedBy.get(file) ?? []), name]);
  }
  await page.close();
});

test('the walks load every lazy chunk of the build', () => {
  expect(LAZY.length, 'the manifest lists lazy chunks').toBeGreaterThan(5);
  expect(
    LAZY.filter((c) => !loadedBy.has(c.file)).map((c) => c.source),
    'chunks no walk loads: add the interaction to walkArticle/walkNotes',
  ).toEqual([]);
});

/** Back online: every island's "Thử lại" imports its chunk anew (not the cached failure). */
async function retryIslands(page: Page): Promise<void> {
  for (let i = (await islandErrors(page).count()) - 1; i >= 0; i--) {
    await islandErrors(page).nth(i).getByRole('button', { name: 'Thử lại' }).click();
  }
  await expect(islandErrors(page)).toHaveCount(0);
}

for (const chunk of LAZY) {
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
      if (requested.has(chunk.file)) {
        await expect.poll(() => messagesSeen(page), { message: `${name}: a message says what did not load` }).not.toEqual([]);
      }
      await page.unroute(pattern);
      await retryIslands(page);
    }
    expect(errors, 'no uncaught error').toEqual([]);
  });
}

test('the notes list fails to load: the article stays readable, the panel says so, and "Thử lại" shows the notes', async ({ page }) => {
  const notesList = LAZY.find((c) => c.source.endsWith('features/notes/NotesList.tsx'));
  expect(notesList, 'the notes list is a lazy chunk').toBeTruthy();
  const pattern = (url: URL) => url.pathname === `/${notesList!.file}`;
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.goto(SEED_URL);
  await textSettled(page);
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
