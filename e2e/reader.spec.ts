import { expect, test } from '@playwright/test';
import { bundledIndex, expectNoSeriousViolations, SEED } from './support/reader';

const index = bundledIndex();

test('the library lists every bundled article with its date and source', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  const items = page.locator('.article-list > li');
  await expect(items).toHaveCount(index.articles.length);
  for (const a of index.articles) {
    await expect(page.getByRole('link', { name: a.title, exact: true })).toBeVisible();
  }
  await expect(items.first()).toContainText('25/1/2022');
  await expect(items.first()).toContainText('Thanhuytphcm.vn');
});

test('the seed article renders title, headings, captions and byline, without site chrome', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Chú trọng công tác đánh giá/ }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${SEED}$`));
  const article = page.locator('article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả',
  );
  await expect(page).toHaveTitle(/^Chú trọng công tác đánh giá.* · Margin$/);
  await expect(article.locator('time')).toHaveText('Thứ Ba, 25 tháng 1, 2022');
  await expect(article.getByRole('heading', { level: 2 })).toHaveText([
    'Quan tâm xây dựng đội ngũ cán bộ trong sạch vững mạnh',
    'Công tác kiểm tra, giám sát tổ chức Đảng, đảng viên được coi trọng',
  ]);
  await expect(article.locator('.byline')).toHaveText('S. Hải');
  // textContent, not innerText: far-off blocks are content-visibility: auto, so innerText skips them.
  const text = ((await article.evaluate((el) => el.textContent)) ?? '').normalize('NFC');
  for (const chrome of ['Ý kiến bạn đọc', 'refresh', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo', '(Thanhuytphcm.vn)']) {
    expect(text).not.toContain(chrome);
  }
  const doubled = 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải phát biểu tại hội nghị';
  await expect(article.locator('figcaption', { hasText: doubled })).toHaveCount(1);
  expect(text.split(doubled).length - 1).toBe(1);
  await expect(article.locator('figure figcaption')).toHaveCount(2);
});

test('an article page opens directly from its URL and after a reload', async ({ page }) => {
  await page.goto(`/a/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chú trọng công tác');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chú trọng công tác');
  await page.getByRole('link', { name: 'Thư viện', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
});

test('library and article pages have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.article-list > li').first()).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto(`/a/${SEED}`);
  await expect(page.locator('.byline')).toBeVisible();
  await expectNoSeriousViolations(page);
});

const broken: [string, (body: string) => string, RegExp][] = [
  ['invalid JSON', (body) => body.slice(0, 200), /không phải JSON hợp lệ/],
  ['a wrong shape', (body) => JSON.stringify({ ...JSON.parse(body), blocks: 'không phải danh sách' }), /blocks/],
  [
    'an entity that does not match its text',
    (body) => {
      const a = JSON.parse(body);
      a.entities = [{ type: 'date', block: 1, start: 0, end: 4, text: 'sai!' }];
      return JSON.stringify(a);
    },
    /entity/,
  ],
];

test.describe('broken article data', () => {
  // The service worker would answer from its precache, out of reach of route interception.
  test.use({ serviceWorkers: 'block' });

  for (const [name, corrupt, message] of broken) {
    test(`an article with ${name} shows the error view with a retry`, async ({ page }) => {
      let served = 0;
      await page.route(`**/articles/${SEED}.json`, async (route) => {
        served++;
        const response = await route.fetch();
        await route.fulfill({ response, body: corrupt(await response.text()) });
      });
      // Prerendered pages carry their article inline; the JSON is fetched when the reader navigates in the app.
      await page.goto('/');
      await page.getByRole('link', { name: /^Chú trọng công tác đánh giá/ }).click();
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading')).toHaveText('Không mở được bài viết');
      await expect(alert).toContainText(message);
      const before = served;
      await page.unroute(`**/articles/${SEED}.json`);
      await alert.getByRole('button', { name: 'Thử lại' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Chú trọng công tác');
      expect(before).toBeGreaterThan(0);
    });
  }
});

test('a missing article says so', async ({ page }) => {
  await page.goto('/a/khong-co-bai-nay');
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy bài viết');
});
