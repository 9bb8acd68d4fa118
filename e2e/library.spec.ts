import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { facetKey } from '../src/domain/library/views';
import { waitForServiceWorkerControl } from './support/reader';

/** Search, people, offline saving and a broken library index, on the bundled library. */

interface ArticleJson {
  id: string;
  title: string;
  source: string | null;
  blocks: { text: string }[];
  entities: { type: string; name?: string; text: string }[];
}

const articlesDir = new URL('../public/articles/', import.meta.url);
const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => JSON.parse(readFileSync(new URL(f, articlesDir), 'utf8')) as ArticleJson);

const PERSON = 'Nguyễn Xuân Phúc';
const withPerson = articles.filter((a) => a.entities.some((e) => e.type === 'official' && e.name === PERSON));
const dangUy = articles.filter((a) => a.blocks.some((b) => /Đảng ủy/i.test(b.text)) || /Đảng ủy/i.test(a.title));

test.describe.configure({ timeout: 60_000 });
// The service worker (its precache of the whole library competes for the two cores) only where a test reads offline.
test.use({ serviceWorkers: 'block' });

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm' });
const results = (page: Page) => page.getByRole('region', { name: 'Kết quả tìm kiếm' });

test('search without diacritics finds the person with them, marks the match, and puts the query in the URL', async ({ page }) => {
  expect(withPerson.length).toBeGreaterThan(1);
  await page.goto('/');
  await searchbox(page).fill('nguyen xuan phuc');
  await expect(results(page)).toHaveAttribute('data-search-query', 'nguyen xuan phuc');
  await expect(results(page).getByRole('status')).toContainText(`${withPerson.length} bài`);
  for (const a of withPerson) await expect(results(page).getByRole('link', { name: a.title })).toBeVisible();
  await expect(results(page).locator('mark', { hasText: 'Nguyễn' }).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=nguyen(\+|%20)xuan(\+|%20)phuc$/);
});

test('search with diacritics: "Đảng ủy" and "dang uy" find the same articles, exact spelling marked', async ({ page }) => {
  expect(dangUy.length).toBeGreaterThan(0);
  await page.goto('/');
  await searchbox(page).fill('Đảng ủy');
  await expect(results(page)).toHaveAttribute('data-search-query', 'Đảng ủy');
  const withDiacritics = await results(page).locator('.search-hit h2').allTextContents();
  await expect(results(page).locator('mark', { hasText: /^Đảng$/ }).first()).toBeVisible();
  await searchbox(page).fill('dang uy');
  await expect(results(page)).toHaveAttribute('data-search-query', 'dang uy');
  const without = await results(page).locator('.search-hit h2').allTextContents();
  for (const a of dangUy) {
    expect(withDiacritics).toContain(a.title);
    expect(without).toContain(a.title);
  }
});

test('one letter asks for another instead of listing most of the library; the second letter searches', async ({ page }) => {
  await page.goto('/');
  await searchbox(page).fill('đ');
  await expect(results(page)).toHaveAttribute('data-search-query', 'đ');
  await expect(results(page).getByRole('status')).toHaveText('Gõ thêm ít nhất một chữ cái nữa để tìm.');
  await expect(results(page).locator('.search-hit')).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=%C4%91$/);
  await searchbox(page).pressSequentially('ả');
  await expect(results(page)).toHaveAttribute('data-search-query', 'đả');
  await expect(results(page).getByRole('status')).toContainText('bài khớp với “đả”');
  await expect(results(page).locator('.search-hit mark').first()).toBeVisible();
});

test('a last word of one or two letters is a whole word; one that matches nothing keeps the words before it, saying so', async ({ page }) => {
  await page.goto('/');
  await searchbox(page).fill('đả');
  await expect(results(page)).toHaveAttribute('data-search-query', 'đả');
  await expect(results(page).locator('.search-note')).toHaveText('“đả” được tìm như một từ trọn; gõ tiếp để tìm các từ bắt đầu bằng “đả”.');
  await searchbox(page).fill('thủ tướng zq');
  await expect(results(page)).toHaveAttribute('data-search-query', 'thủ tướng zq');
  await expect(results(page).getByRole('status')).toContainText('Chưa có bài nào khớp với từ “zq”: gõ tiếp…');
  await expect(results(page).getByRole('status')).toContainText('bài khớp với “thủ tướng”');
  await expect(results(page).locator('.search-hit').first()).toBeVisible();
  await expect(results(page).locator('.search-note')).toHaveCount(0);
  await searchbox(page).fill('zq');
  await expect(results(page)).toHaveAttribute('data-search-query', 'zq');
  await expect(results(page).getByRole('status')).toHaveText('Chưa có bài nào khớp với từ “zq”: gõ tiếp…');
  await expect(results(page).locator('.search-hit')).toHaveCount(0);
});

test('a shared /?q= URL opens with the search done, and survives a reload', async ({ page }) => {
  await page.goto('/?q=' + encodeURIComponent('Nguyen Xuan Phuc'));
  await expect(searchbox(page)).toHaveValue('Nguyen Xuan Phuc');
  await expect(results(page)).toHaveAttribute('data-search-query', 'Nguyen Xuan Phuc');
  await expect(results(page).getByRole('link', { name: withPerson[0]!.title })).toBeVisible();
  await page.reload();
  await expect(results(page).getByRole('link', { name: withPerson[0]!.title })).toBeVisible();
  // Clearing the box brings the list back and the URL loses its query.
  await searchbox(page).fill('');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.article-list > li').first()).toBeVisible();
});

test("/people lists officials with their article counts; a person's page lists every article with the sentence", async ({ page }) => {
  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhân vật' })).toBeVisible();
  const row = page.locator('.people-list > li').filter({ has: page.getByRole('link', { name: PERSON, exact: true }) });
  await expect(row).toContainText(`${withPerson.length} bài`);
  await row.getByRole('link', { name: PERSON, exact: true }).click();
  await expect(page).toHaveURL(/\/people\/nguyen-xuan-phuc$/);
  await expect(page.getByRole('heading', { level: 1, name: PERSON })).toBeVisible();
  const mentions = page.locator('.mention-list > li');
  await expect(mentions).toHaveCount(withPerson.length);
  for (const a of withPerson) await expect(page.getByRole('link', { name: a.title })).toBeVisible();
  await expect(mentions.first().locator('blockquote')).not.toBeEmpty();
  // Newest first: dates never go up down the list.
  const dates = await mentions.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("an official's card says in how many other articles they appear, and links to their page", async ({ page }) => {
  const article = withPerson[0]!;
  await page.goto(`/a/${article.id}`);
  const mention = page.locator('[data-ent]').filter({ hasText: PERSON }).first();
  await mention.click();
  const link = page.getByRole('link', { name: `xuất hiện trong ${withPerson.length - 1} bài khác` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/people\/nguyen-xuan-phuc$/);
  await expect(page.getByRole('heading', { level: 1, name: PERSON })).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an article the reader opened reads offline', async ({ page, context }) => {
    const article = articles[3]!;
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.getByRole('link', { name: article.title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    await expect(page.locator('[data-block="0"]')).toContainText(article.blocks[0]!.text.slice(0, 40));
  });

  test('"Lưu để đọc ngoại tuyến" saves a filtered selection with an estimate, a progress bar and the storage used', async ({ page, context }) => {
    const source = 'Dân trí';
    const selected = articles.filter((a) => a.source === source);
    expect(selected.length).toBeGreaterThan(1);
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.getByLabel('Nguồn').selectOption(facetKey(source));
    await expect(page).toHaveURL(/\?source=dan-tri$/);
    await expect(page.locator('.library-count')).toContainText(`${selected.length} bài`);
    const save = page.getByRole('region', { name: 'Lưu để đọc ngoại tuyến' });
    await expect(save).toContainText(`${selected.length} bài (${source}), khoảng`);
    await save.getByRole('button', { name: 'Lưu để đọc ngoại tuyến' }).click();
    await expect(save.getByRole('status')).toContainText(`Đã lưu ${selected.length} bài để đọc ngoại tuyến`);
    await expect(save.getByRole('status')).toContainText('Margin đang dùng');
    const cached = await page.evaluate(async () => {
      const cache = await caches.open('margin-articles');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const a of selected) expect(cached).toContain(`/articles/${a.id}.json`);

    await context.setOffline(true);
    const last = selected[selected.length - 1]!;
    await page.goto(`/a/${last.id}`);
    await expect(page.getByRole('heading', { level: 1, name: last.title })).toBeVisible();
  });
});

test('a corrupt library index says what is wrong instead of an empty library', async ({ page }) => {
  await page.route('**/library/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"total":"many"' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Không mở được thư viện' })).toBeVisible();
  await expect(alert).toContainText('không phải JSON hợp lệ');

  await page.unroute('**/library/index.json');
  await page.route('**/library/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 1, total: 'many' }) }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('library/index.json');
  await expect(page.getByRole('alert')).toContainText('total');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Thử lại' })).toBeVisible();
});

/** WCAG contrast ratio of two computed CSS colours (rgb/rgba, opaque backgrounds). */
function contrast(fg: string, bg: string): number {
  const lum = (c: string) => {
    const [r, g, b] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`the search box, the marked words of the results and a person's sentences are readable in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('margin:preferences', JSON.stringify({ state: { theme: t }, version: 2 })), theme);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await searchbox(page).fill('đảng ủy');
    await expect(results(page)).toHaveAttribute('data-search-query', 'đảng ủy');
    const box = await searchbox(page).evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(box[0]!, box[1]!), `search box text ${box[0]} on ${box[1]}`).toBeGreaterThanOrEqual(4.5);
    const mark = results(page).locator('mark').first();
    await expect(mark).toBeVisible();
    const m = await mark.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(m[0]!, m[1]!), `marked word ${m[0]} on ${m[1]}`).toBeGreaterThanOrEqual(4.5);
    // The same marks on a person's page, around their name in each sentence.
    await page.goto('/people/nguyen-xuan-phuc');
    const name = page.locator('.mention-sentence mark').first();
    await expect(name).toBeVisible();
    const n = await name.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(n[0]!, n[1]!), `a person's name ${n[0]} on ${n[1]}`).toBeGreaterThanOrEqual(4.5);
  });
}
