import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockText } from './support/text';
import { dragSelect, paintedHighlights, waitForServiceWorkerControl } from './support/reader';

/** Issue #14: the reader's own articles — paste or drop, preview, store, read offline, delete. */
test.describe.configure({ timeout: 90_000 });

const seed = readFileSync(new URL('../content/seed/000_1d33ff756ec2b19b.txt', import.meta.url), 'utf8');
const page1 = readFileSync(new URL('fixtures/own/seed-page.html', import.meta.url));
const TITLE = 'Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả';
const HEADINGS = ['Quan tâm xây dựng đội ngũ cán bộ trong sạch vững mạnh', 'Công tác kiểm tra, giám sát tổ chức Đảng, đảng viên được coi trọng'];
const OFFICIALS: [string, string][] = [
  ['Nguyễn Hồ Hải', 'Phó Bí thư Thành ủy TPHCM'],
  ['Nguyễn Bắc Nam', 'Phó Bí thư Thường trực Quận ủy Quận 10'],
  ['Nguyễn Mạnh Cường', 'Bí thư Quận ủy Quận 5'],
  ['Lê Thị Hồng Nga', 'Phó Bí thư Thường trực Đảng ủy Khối Dân – Chính – Đảng TPHCM'],
  ['Lê Thị Thanh Thúy', 'Phó trưởng Ban Tổ chức Thành ủy TPHCM'],
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Thêm bài' });

async function openAdd(page: Page, how: 'button' | 'key' = 'button') {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Thêm bài' })).toBeVisible();
  if (how === 'key') {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('t');
  } else await page.getByRole('button', { name: 'Thêm bài' }).click();
  await expect(dialog(page)).toBeVisible();
}

async function pasteSeedAndSave(page: Page) {
  await openAdd(page, 'key');
  await dialog(page).getByLabel('Dán văn bản bài viết').fill(seed);
  await dialog(page).getByRole('button', { name: 'Đọc bài' }).click();
  const d = dialog(page);
  await expect(d.getByLabel('Tiêu đề')).toHaveValue(TITLE);
  await expect(d.getByLabel('Ngày đăng')).toHaveValue('2022-01-25');
  await expect(d.getByText(/^\d+ đoạn, 2 tiêu đề mục · \d+ đánh dấu: 5 người/)).toBeVisible();
  for (const [name, role] of OFFICIALS) await expect(d.getByRole('listitem').filter({ hasText: `${name} — ${role}` })).toBeVisible();
  await d.getByRole('button', { name: 'Lưu bài' }).click();
  await expect(page).toHaveURL(/\/a\/own--chu-trong-cong-tac-[a-z0-9-]+$/);
}

async function expectSeedArticle(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('article time[datetime="2022-01-25"]')).toBeVisible();
  for (const h of HEADINGS) await expect(page.getByRole('heading', { name: h })).toBeVisible();
  const people = page.getByRole('region', { name: 'Trong bài này' }).getByRole('list', { name: /^Người/ });
  await expect(people.getByRole('button')).toHaveCount(OFFICIALS.length);
  for (const [name, role] of OFFICIALS) {
    await expect(people.getByRole('button', { name: new RegExp(`^${escapeRe(name)} — ${escapeRe(role)}`) })).toBeVisible();
  }
  await expect(page.locator('article .own-mark')).toHaveText('Của bạn');
}

// The service worker (its precache of the whole library competes for the two cores) only where a test reads offline.
test.use({ serviceWorkers: 'block' });

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('paste the seed text: preview, save, read it like any article, after a reload and offline, listed in the library', async ({ page, context }) => {
    await pasteSeedAndSave(page);
    await expectSeedArticle(page);
    const url = page.url();

    await page.reload();
    await expectSeedArticle(page);

    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.goto(url);
    await expectSeedArticle(page);
    await context.setOffline(false);

    await page.goto('/');
    const mine = page.getByRole('list', { name: 'Bài của bạn' });
    await expect(mine.getByRole('listitem')).toHaveCount(1);
    await expect(mine.getByRole('link', { name: TITLE })).toHaveAttribute('href', new URL(url).pathname);
    await expect(mine.getByText('Của bạn')).toBeVisible();

    // Searchable: the library's search also looks in the reader's own articles (without tones, too).
    await page.goto(`/?q=${encodeURIComponent('nguyen bac nam')}`);
    const found = page.getByRole('region', { name: 'Bài của bạn có “nguyen bac nam”' });
    await expect(found.getByRole('link', { name: TITLE })).toBeVisible();
    await page.goto(`/?q=${encodeURIComponent('không có trong bài này')}`);
    await expect(page.getByRole('list', { name: 'Bài của bạn' })).toHaveCount(0);

    // Counted on a person's page: the bundled index does not know it, the app adds it from IndexedDB.
    await page.goto('/people/nguyen-bac-nam');
    await expect(page.locator('.lede')).toHaveText('Được nhắc đến trong 2 bài, mới nhất trước.');
    const mine2 = page.locator('.mention-list > li').filter({ has: page.locator(`a[href="${new URL(url).pathname}"]`) });
    await expect(mine2.getByText('Của bạn')).toBeVisible();
    await expect(mine2).toContainText('Phó Bí thư Thường trực Quận ủy Quận 10');
  });
});

// Made-up officials in no bundled article, and one the bundled library knows (nationally, no province).
const GIA_LAI = `Tỉnh Gia Lai khánh thành đường giao thông liên xã sau hai năm thi công

Sáng 12/3/2024, Bí thư Tỉnh ủy Gia Lai Trịnh Quốc Khải dự lễ khánh thành tuyến đường nối ba xã vùng sâu của huyện Chư Păh.

Phát biểu tại buổi lễ, ông Trịnh Quốc Khải yêu cầu chính quyền địa phương bảo trì tuyến đường và giữ vệ sinh môi trường hai bên đường.

Phó Chủ tịch UBND tỉnh Gia Lai Lương Văn Thạch cho biết tuyến đường dài 18 km, tổng vốn đầu tư 120 tỷ đồng.

Thủ tướng Nguyễn Xuân Phúc đã gửi thư chúc mừng cán bộ và nhân dân tỉnh.`;

test('people named in an own article are counted on /people, linked to it, followed from its cards, and gone with it', async ({ page }) => {
  const head = (await (await page.request.get('/people/index.json')).json()) as { total: number; first: { slug: string; articles: number }[] };
  // Whether the library's list of people fits its first page (the bundled library has about a hundred).
  const whole = head.first.length === head.total;
  const phucArticles = head.first.find((p) => p.slug === 'nguyen-xuan-phuc')!.articles;
  await openAdd(page);
  await dialog(page).getByLabel('Dán văn bản bài viết').fill(GIA_LAI);
  await dialog(page).getByRole('button', { name: 'Đọc bài' }).click();
  await dialog(page).getByLabel('Ngày đăng').fill('2024-03-12');
  await dialog(page).getByRole('button', { name: 'Lưu bài' }).click();
  await expect(page).toHaveURL(/\/a\/own--tinh-gia-lai-[a-z0-9-]+$/);
  const path = new URL(page.url()).pathname;

  const asked: string[] = [];
  page.on('request', (r) => asked.push(/^\/people\/n\/([^/]+)\.json$/.exec(new URL(r.url()).pathname)?.[1] ?? ''));
  await page.goto('/people');
  await expect(page.locator('.lede')).toContainText(`${(head.total + 2).toLocaleString('vi-VN')} quan chức`);
  const onlyMine = page.getByRole('list', { name: 'Chỉ có trong bài của bạn' });
  await expect(onlyMine.locator(':scope > li')).toHaveCount(2);
  const row = (list: Locator, name: string) => list.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row(onlyMine, 'Trịnh Quốc Khải')).toContainText('Bí thư Tỉnh ủy Gia Lai (2024)');
  await expect(row(onlyMine, 'Trịnh Quốc Khải')).toContainText('1 bài (1 trong bài của bạn)');
  await expect(row(onlyMine, 'Lương Văn Thạch')).toContainText('Phó Chủ tịch UBND tỉnh Gia Lai (2024)');
  // Someone the library knows counts the own article too, as the same person (not listed apart).
  const everyone = page.locator('.people-list').last();
  await expect(row(everyone, 'Nguyễn Xuân Phúc')).toContainText(`${phucArticles + 1} bài (1 trong bài của bạn)`);
  // A name the library has is asked for; one it lacks is asked for only when its list is not whole.
  expect(asked).toContain('nguyen-xuan-phuc');
  expect([...new Set(asked.filter((n) => n === 'trinh-quoc-khai' || n === 'luong-van-thach'))].sort()).toEqual(whole ? [] : ['luong-van-thach', 'trinh-quoc-khai']);

  // Their page lists the own article, marked, with the sentence that names them.
  await row(onlyMine, 'Trịnh Quốc Khải').getByRole('link', { name: 'Trịnh Quốc Khải' }).click();
  await expect(page).toHaveURL(/\/people\/trinh-quoc-khai$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Trịnh Quốc Khải' })).toBeVisible();
  const mentions = page.locator('.mention-list > li');
  await expect(mentions).toHaveCount(1);
  await expect(mentions.getByRole('link', { name: /^Tỉnh Gia Lai khánh thành/ })).toHaveAttribute('href', path);
  await expect(mentions.getByText('Của bạn')).toBeVisible();
  await expect(mentions.locator('blockquote')).toContainText('Bí thư Tỉnh ủy Gia Lai Trịnh Quốc Khải dự lễ khánh thành');
  await page.goto('/people/nguyen-xuan-phuc');
  await expect(page.locator('.mention-list > li')).toHaveCount(phucArticles + 1);
  await expect(page.locator('.mention-list > li').first().locator(`a[href="${path}"]`)).toBeVisible();

  // The own article's cards follow them across the library like a bundled article's.
  await page.goto(path);
  await page.locator('[data-ent]').filter({ hasText: 'Nguyễn Xuân Phúc' }).first().click();
  await expect(page.getByRole('link', { name: `xuất hiện trong ${phucArticles} bài khác` })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('[data-ent]').filter({ hasText: 'Trịnh Quốc Khải' }).first().click();
  const card = page.getByRole('dialog', { name: 'Trịnh Quốc Khải' });
  await expect(card).toContainText('không xuất hiện trong bài nào khác');
  await card.getByRole('link', { name: 'trang nhân vật' }).click();
  await expect(page).toHaveURL(/\/people\/trinh-quoc-khai$/);

  // Deleted: gone from /people, counts back to the library's own.
  await page.goto(path);
  await page.getByRole('button', { name: 'Xoá bài' }).click();
  await page.getByRole('dialog', { name: 'Xoá bài này?' }).getByRole('button', { name: 'Xoá bài' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/people');
  await expect(page.locator('.lede')).toContainText(`${head.total.toLocaleString('vi-VN')} quan chức`);
  await expect(page.getByRole('list', { name: 'Chỉ có trong bài của bạn' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Trịnh Quốc Khải' })).toHaveCount(0);
  await expect(row(everyone, 'Nguyễn Xuân Phúc').locator('.person-count')).toHaveText(`${phucArticles} bài`);
  await page.goto('/people/trinh-quoc-khai');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy nhân vật' })).toBeVisible();
});

test('a saved news page (.html) yields the article without the site chrome and runs nothing', async ({ page }) => {
  await openAdd(page);
  await dialog(page).locator('input[type=file]').setInputFiles({ name: 'chu-trong.html', mimeType: 'text/html', buffer: page1 });
  const d = dialog(page);
  await expect(d.getByLabel('Tiêu đề')).toHaveValue(TITLE);
  await expect(d.getByLabel('Ngày đăng')).toHaveValue('2022-01-25');
  await expect(d.getByText(/5 người/)).toBeVisible();
  // Said, not just done: its 4 scripts, frame, plugin, redirect, 6 handlers and javascript: link.
  await expect(d.getByText('Trang có 14 đoạn mã, khung nhúng hoặc lệnh tự chạy: đã bỏ đi, không có gì được chạy.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marginFixtureRan?: unknown }).__marginFixtureRan)).toBeUndefined();
  await d.getByRole('button', { name: 'Lưu bài' }).click();
  await expectSeedArticle(page);
  const text = await page.locator('article').innerText();
  for (const chrome of ['Trang chủ', 'Tìm kiếm', 'Ý kiến bạn đọc', 'Tin khác', 'Đọc nhiều', 'Cơ quan chủ quản', 'cookie', 'Quảng cáo', 'In bài']) {
    expect(text).not.toContain(chrome);
  }
  expect(await page.evaluate(() => (window as unknown as { __marginFixtureRan?: unknown }).__marginFixtureRan)).toBeUndefined();
  expect(await page.locator('iframe, object, embed').count()).toBe(0);
});

test('a news page pasted as HTML is read the same way: scripts said to be left out, none run', async ({ page }) => {
  await openAdd(page);
  const d = dialog(page);
  await d.getByLabel('Dán văn bản bài viết').fill(page1.toString('utf8'));
  await d.getByRole('button', { name: 'Đọc bài' }).click();
  await expect(d.getByLabel('Tiêu đề')).toHaveValue(TITLE);
  await expect(d.getByText('Trang có 14 đoạn mã, khung nhúng hoặc lệnh tự chạy: đã bỏ đi, không có gì được chạy.')).toBeVisible();
  // A page without any: no such line.
  await d.getByRole('button', { name: 'Quay lại' }).click();
  await d.getByLabel('Dán văn bản bài viết').fill(`<html><head><title>Trang sạch</title></head><body><article>${'<p>Một câu văn đủ dài để thành bài báo có dấu chấm câu.</p>'.repeat(8)}</article></body></html>`);
  await d.getByRole('button', { name: 'Đọc bài' }).click();
  await expect(d.getByLabel('Tiêu đề')).toHaveValue('Trang sạch');
  await expect(d.getByText(/đoạn mã, khung nhúng/)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __marginFixtureRan?: unknown }).__marginFixtureRan)).toBeUndefined();
  await d.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('list', { name: 'Bài của bạn' })).toHaveCount(0);
});

test("a correction that cannot be saved says why, in the reader's language, and nothing is stored", async ({ page, browser, baseURL }) => {
  await openAdd(page);
  await dialog(page).getByLabel('Dán văn bản bài viết').fill(seed);
  await dialog(page).getByRole('button', { name: 'Đọc bài' }).click();
  await dialog(page).getByLabel('Tiêu đề').fill('  ');
  await dialog(page).getByRole('button', { name: 'Lưu bài' }).click();
  await expect(dialog(page).getByRole('alert')).toHaveText('văn bản dán vào: tiêu đề không được để trống. Chưa bài nào được lưu.');
  await dialog(page).getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('list', { name: 'Bài của bạn' })).toHaveCount(0);

  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const en = await context.newPage();
  await en.goto(`${baseURL}/`);
  await en.getByRole('button', { name: 'Add article' }).click();
  const d = en.getByRole('dialog', { name: 'Add article' });
  await d.getByLabel('Paste the article text').fill(seed);
  await d.getByRole('button', { name: 'Read', exact: true }).click();
  await d.getByLabel('Title').fill('');
  await d.getByRole('button', { name: 'Save article' }).click();
  await expect(d.getByRole('alert')).toHaveText('the pasted text: the title cannot be empty. No article was saved.');
  await context.close();
});

test('each bad input gets its own message and nothing is stored; UTF-16 and Windows-1258 texts are read', async ({ page }) => {
  await openAdd(page);
  const d = dialog(page);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tiêu đề UTF-16\n\nPhó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị tổng kết.', 'utf16le')]);
  // "Việt Nam" in Windows-1258 (e + circumflex, then a combining dot below), then a sentence in ASCII.
  const cp1258 = Buffer.concat([Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]), Buffer.from('\n\nMot doan van du dai de thanh bai viet co dau cham cau.')]);
  await d.locator('input[type=file]').setInputFiles([
    { name: 'rong.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'lon.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 0x61) },
    { name: 'anh.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    { name: 'cu.md', mimeType: 'text/markdown', buffer: Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74]) },
    { name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) },
    { name: 'utf16.txt', mimeType: 'text/plain', buffer: utf16 },
    { name: 'cp1258.txt', mimeType: 'text/plain', buffer: cp1258 },
  ]);
  const problems = d.getByRole('list', { name: 'Không đọc được' });
  await expect(problems.getByRole('listitem')).toHaveText([
    '“rong.txt” trống: không có chữ nào để đọc.',
    /^“lon\.txt” quá lớn \(5 MB\); mỗi bài tối đa 5 MB\.$/,
    '“anh.txt” không phải tệp văn bản (có vẻ là ảnh, tệp nén hoặc tài liệu nhị phân).',
    /^“cu\.md” không phải văn bản UTF-8\./,
    '“anh.png”: chỉ nhận tệp .txt, .md hoặc .html.',
  ]);
  await expect(d.getByLabel('Tiêu đề')).toHaveCount(2);
  await expect(d.getByLabel('Tiêu đề').first()).toHaveValue('Tiêu đề UTF-16');
  await expect(d.getByLabel('Tiêu đề').nth(1)).toHaveValue('Việt Nam');
  await d.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('list', { name: 'Bài của bạn' })).toHaveCount(0);

  // Thousands of files at once: refused as a whole, before any is read.
  await openAdd(page);
  const many = Array.from({ length: 3000 }, (_, i) => ({ name: `${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from('a') }));
  await dialog(page).locator('input[type=file]').setInputFiles(many);
  await expect(dialog(page).getByRole('alert')).toHaveText('Bạn chọn 3.000 tệp; mỗi lần chỉ thêm được tối đa 50 tệp. Không có bài nào được thêm.');
});

async function addNote(page: Page, articleId: string, noteId: string) {
  await page.evaluate(
    async ({ articleId, noteId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('margin');
        req.onupgradeneeded = () => req.result.createObjectStore('annotations');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const annotation = {
        id: noteId,
        type: 'Annotation',
        motivation: 'commenting',
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: 'Ghi chú của tôi', format: 'text/plain' },
          { type: 'TextualBody', purpose: 'tagging', value: 'yellow' },
        ],
        target: {
          source: articleId,
          selector: [
            { type: 'TextQuoteSelector', exact: 'Nguyễn Hồ Hải', prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: 0, end: 13 },
          ],
        },
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('annotations', 'readwrite');
        tx.objectStore('annotations').put({ v: 2, annotation }, `anno:${articleId}:${noteId}`);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { articleId, noteId },
  );
}

async function noteKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('margin');
        req.onsuccess = () => {
          const keys = req.result.transaction('annotations').objectStore('annotations').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String).filter((k) => k.startsWith('anno:')));
          keys.onerror = () => reject(keys.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

for (const choice of ['keep', 'delete'] as const) {
  test(`delete asks first and ${choice === 'keep' ? 'keeps the notes as orphans' : 'deletes the notes with it'}`, async ({ page }) => {
    await pasteSeedAndSave(page);
    const id = new URL(page.url()).pathname.slice(3);
    await addNote(page, id, 'n1');
    await page.reload();
    await expectSeedArticle(page);
    await page.getByRole('button', { name: 'Xoá bài' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xoá bài này?' });
    await expect(confirm).toContainText('Bài có 1 ghi chú.');
    // Cancelling changes nothing.
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await expect(confirm).toBeHidden();
    await page.getByRole('button', { name: 'Xoá bài' }).click();
    if (choice === 'delete') await confirm.getByRole('radio', { name: /^Xoá cả 1 ghi chú/ }).check();
    else await expect(confirm.getByRole('radio', { name: /^Giữ ghi chú/ })).toBeChecked();
    await confirm.getByRole('button', { name: 'Xoá bài' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('list', { name: 'Bài của bạn' })).toHaveCount(0);
    expect(await noteKeys(page)).toEqual(choice === 'keep' ? [`anno:${id}:n1`] : []);
    await page.goto(`/a/${id}`);
    await expect(page.getByText(/Không tìm thấy bài viết này trong trình duyệt/)).toBeVisible();
    if (choice === 'keep') {
      await page.goto('/notes');
      await expect(page.getByText('Ghi chú của tôi')).toBeVisible();
    }
  });
}

test('export carries own articles; import in a fresh browser restores the article and its note', async ({ page, browser, baseURL }) => {
  await pasteSeedAndSave(page);
  const id = new URL(page.url()).pathname.slice(3);
  await addNote(page, id, 'n1');
  await page.goto('/notes');
  await page.locator('main').getByRole('button', { name: 'Xuất' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('menu').getByRole('menuitem', { name: /JSON/ }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { first: { items: { id: string }[] }; 'margin:articles': { article: { id: string; title: string } }[] };
  expect(json.first.items.map((a) => a.id)).toEqual(['n1']);
  expect(json['margin:articles'].map((r) => [r.article.id, r.article.title])).toEqual([[id, TITLE]]);

  const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
  const fresh = await context.newPage();
  await fresh.goto(`${baseURL}/notes`);
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await chooser).setFiles({ name: 'margin.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  const dialog = fresh.getByRole('dialog');
  await expect(dialog.getByText('Kèm 1 bài của bạn chưa có ở đây: chúng được thêm cùng lúc với ghi chú.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Nhập' }).click();
  await expect(dialog.getByText('Đã nhập 1 ghi chú.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await fresh.goto(`${baseURL}/a/${id}`);
  await expectSeedArticle(fresh);
  await context.close();

  // A file whose own article is broken imports nothing at all.
  const broken = structuredClone(json);
  broken['margin:articles'][0]!.article.title = '';
  const other = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
  const p2 = await other.newPage();
  await p2.goto(`${baseURL}/notes`);
  const chooser2 = p2.waitForEvent('filechooser');
  await p2.getByRole('button', { name: 'Nhập', exact: true }).click();
  await (await chooser2).setFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(p2.getByRole('dialog').getByRole('alert')).toHaveText('Bài của bạn trong tệp không hợp lệ nên không có gì được nhập.');
  await p2.goto(`${baseURL}/a/${id}`);
  await expect(p2.getByText(/Không tìm thấy bài viết này trong trình duyệt/)).toBeVisible();
  await other.close();
});

test('an own article can be highlighted with the mouse like any other, and the highlight is stored under its id', async ({ page }) => {
  await pasteSeedAndSave(page);
  const id = new URL(page.url()).pathname.slice(3);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  const text = await blockText(page, 3);
  const phrase = text.split(' ').slice(3, 9).join(' ');
  const start = text.indexOf(phrase);
  await dragSelect(page, { block: 3, start }, { block: 3, end: start + phrase.length });
  const toolbar = page.getByRole('toolbar', { name: 'Tô sáng đoạn đã chọn' });
  await toolbar.getByRole('button', { name: 'Tô vàng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tô vàng và lưu.' })).toBeVisible();
  await expect.poll(() => noteKeys(page)).toHaveLength(1);
  expect((await noteKeys(page))[0]!.startsWith(`anno:${id}:`)).toBe(true);
  await page.reload();
  await expect.poll(async () => (await paintedHighlights(page)).some((h) => h.blocks.includes(3) && h.styles.includes('yellow'))).toBe(true);
});

test('files dropped on the dialog are read like chosen ones', async ({ page }) => {
  await openAdd(page);
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'bai.txt', { type: 'text/plain' }));
    dt.items.add(new File(['# Bài thứ hai\n\nPhó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì hội nghị tổng kết công tác.'], 'hai.md', { type: 'text/markdown' }));
    return dt;
  }, seed);
  await dialog(page).dispatchEvent('dragover', { dataTransfer: transfer });
  await dialog(page).dispatchEvent('drop', { dataTransfer: transfer });
  const titles = dialog(page).getByLabel('Tiêu đề');
  await expect(titles).toHaveCount(2);
  await expect(titles.first()).toHaveValue(TITLE);
  await expect(titles.nth(1)).toHaveValue('Bài thứ hai');
  // Both kept by default; one unticked → one saved.
  await dialog(page).getByRole('checkbox', { name: 'Lưu bài từ hai.md' }).uncheck();
  await dialog(page).getByRole('button', { name: 'Lưu bài' }).click();
  await expectSeedArticle(page);
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Bài của bạn' }).getByRole('listitem')).toHaveCount(1);
});
