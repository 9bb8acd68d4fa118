import { expect, test, type Page } from '@playwright/test';
import {
  bundledArticle as readArticle,
  bundledIndex,
  clickHighlight,
  clickWithMouse,
  expectHighlightStyles,
  paintedHighlights,
  expectNoSeriousViolations,
  SEED,
  selectPhrase,
  toolbar,
  waitForServiceWorkerControl,
} from './support/reader';
import { goOffline, goOnline, offlineDocument, reloadOffline } from './support/network';

const index = bundledIndex();

// A first visit installs a worker that downloads the whole precache, then several reloads follow:
// slower than one page visit on a busy machine.
test.describe.configure({ timeout: 60_000 });

/** Paths of everything in the page's Cache Storage. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

const offlinePill = (page: Page) => page.getByRole('status').filter({ hasText: 'Ngoại tuyến' });

test('the service worker precaches the shell, the manifest icons and every bundled article', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const paths = await cachedPaths(page);
  for (const a of index.articles) expect(paths).toContain(`/articles/${a.id}.json`);
  expect(paths).toContain('/articles/index.json');
  expect(paths).toContain('/index.html');
  expect(paths).toContain('/manifest.webmanifest');
  expect(paths.filter((p) => /^\/assets\/.*\.js$/.test(p)).length).toBeGreaterThan(0);
  expect(paths.filter((p) => p.endsWith('.woff2')).length).toBeGreaterThan(0);

  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
    name: string;
    short_name: string;
    lang: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Margin — đọc báo có chú giải',
    short_name: 'Margin',
    lang: 'vi',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    expect(paths).toContain(icon.src);
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');

  // Chromium's own verdict: nothing in the app stops installation. (Playwright's contexts are
  // incognito profiles, where Chromium never installs anything: that one reason is the browser's.)
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('offline: the library, an article never opened before, and a note that survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  await waitForServiceWorkerControl(page);
  await expect(offlinePill(page)).toHaveCount(0);

  await goOffline(page);
  // Really offline: what the worker does not hold cannot be fetched.
  expect(await page.evaluate(() => fetch('/khong-co-tep-nay.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');

  // The library, reloaded with no network.
  await reloadOffline(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  await expect(page.locator('.article-list > li')).toHaveCount(index.articles.length);
  await expect(offlinePill(page)).toBeVisible();

  // An article never opened before, by a click in the page (its JSON comes from the precache).
  const seed = readArticle(SEED);
  await clickWithMouse(page, page.getByRole('link', { name: seed.title, exact: true }));
  await expect(page).toHaveURL(new RegExp(`/a/${SEED}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('article [data-block]')).toHaveCount(seed.blocks.length);
  if (seed.entities.length > 0) await expect(page.locator('article [data-ent]').first()).toBeVisible();
  await expect(offlinePill(page)).toBeVisible();

  // Another article never opened, by its address: the navigation itself is answered by the worker.
  const other = index.articles.find((a) => a.id !== SEED)!;
  const otherArticle = readArticle(other.id);
  const response = await page.goto(`/a/${other.id}`);
  await offlineDocument(page);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherArticle.title);
  await expect(page.locator('article [data-block]')).toHaveCount(otherArticle.blocks.length);
  if (otherArticle.entities.length > 0) await expect(page.locator('article [data-ent]').first()).toBeVisible();
  // Nothing is left waiting for the network.
  await expect(page.getByRole('status').filter({ hasText: 'Đang tải' })).toHaveCount(0);

  // A highlight with a note, made offline with the mouse and the keyboard.
  const paragraph = otherArticle.blocks.findIndex((b) => b.type === 'paragraph' && b.text.split(' ').length > 12);
  const phrase = otherArticle.blocks[paragraph]!.text.split(' ').slice(2, 7).join(' ');
  await selectPhrase(page, paragraph, phrase);
  await toolbar(page).getByRole('button', { name: 'Tô vàng' }).click();
  const saved = async () => (await paintedHighlights(page)).find((h) => h.text.includes(phrase.slice(0, 8)) && !h.styles.includes('saving'));
  await expect.poll(saved, { message: 'the highlight is saved' }).toBeTruthy();
  const id = (await saved())!.id;
  await clickHighlight(page, id);
  const editor = page.getByRole('dialog').filter({ has: page.getByLabel('Ghi chú', { exact: true }) });
  await expect(editor.getByLabel('Ghi chú', { exact: true })).toBeFocused();
  await page.keyboard.type('Ghi chú viết khi không có mạng.');
  await editor.getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(editor).toHaveCount(0);
  await expectHighlightStyles(page, id, ['note']);
  // The storage status follows the write without a reload.
  const storage = page.getByRole('region', { name: 'Lưu trữ' });
  await expect(storage.locator('p').first()).toHaveText(/^1 ghi chú, dùng /);

  await reloadOffline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherArticle.title);
  await expect(offlinePill(page)).toBeVisible();
  await expect
    .poll(async () => (await paintedHighlights(page)).find((h) => h.text.includes(phrase.slice(0, 8)))?.styles)
    .toEqual(expect.arrayContaining(['yellow', 'note']));
  await expect(page.locator('.hl-notes-inline').getByText('Ghi chú viết khi không có mạng.')).toBeVisible();
  await expect(storage.locator('p').first()).toHaveText(/^1 ghi chú, dùng /);

  // Back online: the pill goes away without a reload.
  await goOnline(page);
  await expect(offlinePill(page)).toHaveCount(0);
});

test('the offline pill and the storage status have no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await goOffline(page);
  await reloadOffline(page);
  await expect(offlinePill(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lưu trữ' })).toContainText('Chưa có ghi chú nào');
  await expectNoSeriousViolations(page);
  await goOnline(page);
});

/** How the service worker's static routing answered this page's navigation (Chromium's Navigation Timing). */
async function navigationSource(page: Page): Promise<{ matched?: string; final?: string }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & {
      workerMatchedSourceType?: string;
      workerFinalSourceType?: string;
    };
    return { matched: nav.workerMatchedSourceType, final: nav.workerFinalSourceType };
  });
}

test('a warm visit to an article is answered from Cache Storage, other pages by the worker (no race)', async ({ page, context }) => {
  await page.goto(`/a/${SEED}`);
  await waitForServiceWorkerControl(page);
  // The worker keeps every bundled article's page in a cache of its own, listed by the build.
  const pages = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('margin-pages-'));
    const cache = names.length === 1 ? await caches.open(names[0]!) : null;
    return cache ? (await cache.keys()).map((r) => new URL(r.url).pathname) : names;
  });
  expect(pages.sort()).toEqual(index.articles.map((a) => `/a/${a.id}`).sort());

  await page.reload();
  await expect(page.locator('article [data-block="3"]')).toBeVisible();
  expect(await navigationSource(page)).toEqual({ matched: 'cache', final: 'cache' });

  // Every listed article is answered from the cache; a query string or the library is not a listed page:
  // no route matches it and the worker answers (a race against the network hung offline in Chromium 150).
  const other = index.articles.find((a) => a.id !== SEED)!.id;
  await page.goto(`/a/${other}`);
  expect(await navigationSource(page)).toEqual({ matched: 'cache', final: 'cache' });
  for (const path of ['/', '/a/own--khong-co-bai-nay', `/a/${SEED}?from=share`]) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect((await navigationSource(page)).matched, path).not.toBe('race-network-and-fetch-handler');
  }
  // The last of them, a listed article behind a query string, is the article.
  await expect(page.locator('article [data-block="3"]')).toBeVisible();

  // Offline, a path no route lists still reaches the worker's shell (not the browser's error page),
  // and the app says why it cannot open it.
  await context.setOffline(true);
  const response = await page.goto('/a/khong-co-bai-nay');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('alert')).toContainText('không có kết nối mạng');
  await page.goto(`/a/${SEED}`);
  await expect(page.locator('article [data-block="3"]')).toBeVisible();
  expect(await navigationSource(page)).toEqual({ matched: 'cache', final: 'cache' });
  await context.setOffline(false);
});
