import { expect, test, type Page } from '@playwright/test';
import { highlight, openArticle, phraseIn, SEED, startUsing } from './support/reader';
const TITLE = 'Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả';

interface Block {
  type: 'heading' | 'paragraph' | 'caption';
  text: string;
}

async function seedBlocks(page: Page): Promise<Block[]> {
  const response = await page.request.get(`/articles/${SEED}.json`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { blocks: Block[] }).blocks;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [`/a/${SEED}`, `/a/${SEED}/`]) {
    test(`${path} is readable from the served HTML alone`, async ({ page }) => {
      const blocks = await seedBlocks(page);
      await page.goto(path);
      await expect(page).toHaveTitle(`${TITLE} · Margin`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
      const article = page.locator('article');
      await expect(article.locator('time')).toHaveText('Thứ Ba, 25 tháng 1, 2022');
      await expect(article.getByRole('heading', { level: 2 })).toHaveText(
        blocks.filter((b) => b.type === 'heading').map((b) => b.text),
      );
      await expect(article.locator('p.paragraph')).toHaveText(blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
      await expect(article.locator('figcaption')).toHaveText(blocks.filter((b) => b.type === 'caption').map((b) => b.text));
      await expect(article.locator('.byline')).toHaveText('S. Hải');
      // Links are real links: the library is one click away even without the app.
      await expect(page.getByRole('link', { name: 'Thư viện', exact: true })).toHaveAttribute('href', '/');
    });
  }

  test('the data for hydration is embedded, escaped, for the same path', async ({ page }) => {
    const response = await page.request.get(`/a/${SEED}`);
    const html = await response.text();
    const script = /<script type="application\/json" id="margin-data">([^<]*)<\/script>/.exec(html);
    expect(script).not.toBeNull();
    const data = JSON.parse(script![1]!) as { path: string; state: { queries: { queryKey: unknown[]; state: { data: { id: string } } }[] } };
    expect(data.path).toBe(`/a/${SEED}`);
    expect(data.state.queries.map((q) => q.queryKey)).toEqual([['articles', 'detail', SEED]]);
    expect(data.state.queries[0]!.state.data.id).toBe(SEED);
  });

  test('the page is complete in document order: no deferred Suspense chunks, CSS inlined before scripts, no module preloads', async ({ page }) => {
    const html = await (await page.request.get(`/a/${SEED}`)).text();
    expect(html).not.toMatch(/<template id="B:|<div hidden id="S:|\$RC=/);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    // The inline preferences script (theme, size, marks before first paint), the app, its data.
    expect(scripts).toEqual(['<script>', expect.stringMatching(/^<script type="module"/), '<script type="application/json" id="margin-data">']);
    const head = html.slice(0, html.indexOf('</head>'));
    // The critical CSS is inline (no stylesheet request before the text), after the preferences script, before the app:
    // the entry's and the application chunk's (its panels are on the page before its code).
    // Their <link>s are kept only disabled (never fetched), so lazily loaded chunks do not fetch them again.
    const links = head.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(links.some((l) => /href="\/assets\/start-[^"]+\.css"/.test(l)), "the application chunk's stylesheet").toBe(true);
    for (const link of links) expect(link).toMatch(/ disabled>$/);
    // One inline <style> per stylesheet: the chunks the application imports may bring CSS of their own.
    expect(head.match(/<style>/g)).toHaveLength(links.length);
    expect(head.indexOf('<script>')).toBeLessThan(head.indexOf('<style>'));
    expect(head.indexOf('<style>')).toBeGreaterThan(0);
    expect(head.indexOf('<style>')).toBeLessThan(head.indexOf('<script type="module"'));
    expect(head).toMatch(/<style>[^<]*\.article-body[^<]*<\/style>/);
    // No font preload: Chromium holds the first frame while one is in flight (scripts/prerender.ts).
    expect(head).not.toMatch(/rel="preload"[^>]*as="font"/);
    expect(head).not.toContain('rel="modulepreload"');
  });

  test('the library shell stays the plain SPA shell', async ({ page }) => {
    const html = await (await page.request.get('/')).text();
    expect(html).not.toContain('id="margin-data"');
    expect(html).toContain('<title>Margin</title>');
  });
});

test.describe('with JavaScript', () => {
  for (const path of [`/a/${SEED}`, `/a/${SEED}/`]) {
    test(`${path} hydrates the served HTML without errors and stays interactive`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      let articleFetches = 0;
      page.on('request', (r) => {
        if (r.url().includes(`/articles/${SEED}.json`)) articleFetches++;
      });
      // Tag the server's nodes before any script runs: hydration keeps them, a client re-render would not.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (document.querySelector('article h1') as (HTMLElement & { fromServer?: boolean }) | null)!.fromServer = true;
        });
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page).toHaveTitle(`${TITLE} · Margin`);

      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(TITLE);
      expect(await h1.evaluate((el) => (el as HTMLElement & { fromServer?: boolean }).fromServer)).toBe(true);
      expect(articleFetches).toBe(0);

      // Interactive once the reader starts using it: the topbar link navigates in the page (no new document), with a real mouse.
      await startUsing(page);
      await page.evaluate(() => ((window as Window & { samePage?: boolean }).samePage = true));
      const link = page.getByRole('link', { name: 'Thư viện', exact: true });
      const box = (await link.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
      expect(await page.evaluate(() => (window as Window & { samePage?: boolean }).samePage)).toBe(true);

      // And back into an article by keyboard, still without a reload.
      const seedLink = page.getByRole('link', { name: TITLE, exact: true });
      await seedLink.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/a/${SEED}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
      expect(await page.evaluate(() => (window as Window & { samePage?: boolean }).samePage)).toBe(true);

      expect(problems).toEqual([]);
    });
  }

  test('the first frame paints the text alone; the panel joins a frame later', async ({ page }) => {
    // Before any page script: what the first frame after the parse lays out (prefs/textFirst.ts).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        requestAnimationFrame(() => {
          const aside = document.querySelector('.reader-aside');
          (window as Window & { firstFrame?: string }).firstFrame = aside ? getComputedStyle(aside).contentVisibility : 'no aside';
        });
      });
    });
    await page.goto(`/a/${SEED}`);
    await expect(page.locator('article p.paragraph').first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as Window & { firstFrame?: string }).firstFrame)).toBe('hidden');
    const aside = page.locator('.reader-aside');
    await expect(aside).toHaveCSS('content-visibility', 'visible');
    await expect(aside.getByRole('heading', { name: 'Trong bài này' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-text-first'))).toBe(false);
  });

  test('the inlined stylesheet is never fetched, not even by the lazily loaded highlight tools', async ({ page }) => {
    const stylesheets: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'stylesheet') stylesheets.push(new URL(r.url()).pathname);
    });
    const html = await (await page.request.get(`/a/${SEED}`)).text();
    const inlined = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*disabled>/.exec(html)![1]!;
    await openArticle(page);
    await highlight(page, 3, await phraseIn(page, 3, 2, 3), 'Tô vàng');
    await page.waitForLoadState('networkidle');
    // The tools' own CSS arrives; the entry's, already inline, does not.
    expect(stylesheets.length).toBeGreaterThan(0);
    expect(stylesheets).not.toContain(inlined);
  });

  test('a prerendered page opened at another path is not hydrated with the wrong data', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    // /a/<seed>/index.html is the seed's page, but the app's route for it is "not found".
    await page.goto(`/a/${SEED}/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    expect(problems).toEqual([]);
  });
});
