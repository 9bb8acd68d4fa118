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
    // the rules of the entry's and the application chunk's stylesheets that the page's markup uses, in one <style>.
    // The full stylesheets are linked disabled: the boot script enables them after the first frame.
    const links = head.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(links.some((l) => /href="\/assets\/start-[^"]+\.css"/.test(l)), "the application chunk's stylesheet").toBe(true);
    for (const link of links) expect(link).toMatch(/ disabled>$/);
    expect(head.match(/<style>/g)).toHaveLength(1);
    const critical = /<style>([^<]*)<\/style>/.exec(head)![1]!;
    const full = (await Promise.all(links.map(async (l) => (await page.request.get(/href="([^"]+)"/.exec(l)![1]!)).text()))).join('');
    expect(critical.length, 'critical CSS is a part of the full stylesheets').toBeLessThan(full.length / 2);
    expect(critical.match(/@font-face/g)?.length, 'every font face').toBe(full.match(/@font-face/g)?.length);
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

  /** Every element's box and computed style (and its ::before/::after), once the page has settled. */
  async function computedStyles(page: Page): Promise<Record<string, string>> {
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-text-first'));
    await page.evaluate(() => document.fonts.ready);
    // `content-visibility: auto` blocks keep the size they last rendered at, and which blocks were ever
    // near the screen depends on timing: render every block once, then measure from the top in both pages.
    await page.evaluate(async () => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await frames();
      }
      scrollTo(0, 0);
      await frames();
    });
    return page.evaluate(() => {
      const out: Record<string, string> = {};
      [...document.querySelectorAll('body *')].forEach((el, i) => {
        const key = `${i} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        const r = el.getBoundingClientRect();
        for (const pseudo of [null, '::before', '::after']) {
          const cs = getComputedStyle(el, pseudo);
          // A pseudo-element without content is not rendered: its content alone is compared (a missing
          // `content` rule still shows), not its ~350 other properties — a third of the reads.
          if (pseudo && /^(none|normal)$/.test(cs.content)) {
            out[`${key}${pseudo}`] = `content: ${cs.content}`;
            continue;
          }
          const props: string[] = [];
          for (let j = 0; j < cs.length; j++) props.push(`${cs[j]}: ${cs.getPropertyValue(cs[j]!)}`);
          out[`${key}${pseudo ?? ''}`] = (pseudo ? '' : `box ${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}; `) + props.join('; ');
        }
      });
      return out;
    });
  }

  for (const { width, scheme, prefs } of [
    { width: 1280, scheme: 'light', prefs: null },
    { width: 390, scheme: 'dark', prefs: null },
    { width: 1280, scheme: 'light', prefs: { theme: 'sepia', textSize: 5, lineWidth: 'wide' } },
  ] as const) {
    test(`the inlined critical CSS styles the page as the full stylesheets do (${width} px, ${scheme}${prefs ? ', stored preferences' : ''})`, async ({ browser }) => {
      // Two page loads and every property of ~900 elements: 20 s on a busy 2-core machine.
      test.slow();
      const styles = async (full: boolean) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, serviceWorkers: 'block' });
        if (prefs) await context.addInitScript((state) => localStorage.setItem('margin:preferences', JSON.stringify({ state, version: 0 })), prefs);
        let cssRequests = 0;
        await context.route(/\/assets\/[^/]+\.css$/, (route) => {
          cssRequests++;
          return full ? route.continue() : route.abort();
        });
        const page = await context.newPage();
        await page.goto(`/a/${SEED}`);
        if (full) await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet));
        const out = await computedStyles(page);
        await context.close();
        // The full stylesheets are requested after the first frame, each once.
        expect(cssRequests).toBeGreaterThanOrEqual(2);
        return out;
      };
      const critical = await styles(false);
      const full = await styles(true);
      expect(Object.keys(critical).length).toBeGreaterThan(300);
      const differ = Object.keys(full).flatMap((k) => {
        const a = (full[k] ?? '').split('; ');
        const b = new Set((critical[k] ?? '').split('; '));
        const missing = a.filter((x) => !b.has(x));
        return missing.length > 0 ? [`${k}: ${missing.slice(0, 4).join(' | ')}`] : [];
      });
      expect(differ.slice(0, 12), `${differ.length} of ${Object.keys(full).length} differ`).toEqual([]);
    });
  }

  test('each full stylesheet is fetched once, after the first frame, never again by the lazily loaded highlight tools', async ({ page }) => {
    const stylesheets: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'stylesheet') stylesheets.push(new URL(r.url()).pathname);
    });
    const html = await (await page.request.get(`/a/${SEED}`)).text();
    const deferred = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*disabled>/g)].map((m) => m[1]!);
    expect(deferred.length).toBeGreaterThanOrEqual(2);
    await openArticle(page);
    await highlight(page, 3, await phraseIn(page, 3, 2, 3), 'Tô vàng');
    await page.waitForLoadState('networkidle');
    for (const href of deferred) expect(stylesheets.filter((s) => s === href), href).toHaveLength(1);
    // The tools' own CSS arrives too.
    expect(stylesheets.length).toBeGreaterThan(deferred.length);
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
