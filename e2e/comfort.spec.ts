import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockText } from './support/text';
import { clickHighlight, dragSelect, expectHighlightStyles, startUsing, highlightFocused, highlightInViewport, paintedHighlights } from './support/reader';

/**
 * Reading comfort (issue #15): whole-word selections, highlights and entity marks that never look
 * alike in any theme, calm defaults, the "Aa" preferences applied before first paint, cold deep
 * links to a highlight, messages in a corner, and print.
 */

const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
const URL = `/a/${SEED}`;
const THEMES = ['light', 'sepia', 'dark'] as const;
const TYPES = ['official', 'organization', 'figure', 'date', 'document'] as const;
const ALL_MARKED = Object.fromEntries(TYPES.map((t) => [t, true]));

test.use({ serviceWorkers: 'block' });

/** Stores preferences the way the app persists them, before any page script runs. */
async function storePrefs(page: Page, state: Record<string, unknown>): Promise<void> {
  await page.addInitScript((s) => {
    if (sessionStorage.getItem('prefs-seeded')) return;
    sessionStorage.setItem('prefs-seeded', '1');
    localStorage.setItem('margin:preferences', JSON.stringify({ state: s, version: 2 }));
  }, state);
}

async function open(page: Page, url = URL): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await startUsing(page);
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
}

/** Drags from the left edge of character `from` to the right edge of character `to - 1` of a block, once the text stays put. */
async function drag(page: Page, block: number, from: number, to: number): Promise<void> {
  await dragSelect(page, { block, start: from }, { block, end: to });
}

/** The exact quotes of every stored annotation (IndexedDB `margin` / `annotations`). */
async function storedQuotes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('margin');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('annotations').objectStore('annotations').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const quotes: string[] = [];
            for (const r of all.result as { annotation?: { target?: { selector?: { type: string; exact?: string }[] } } }[]) {
              const q = r?.annotation?.target?.selector?.find((s) => s.type === 'TextQuoteSelector')?.exact;
              if (q) quotes.push(q);
            }
            req.result.close();
            resolve(quotes);
          };
        };
      }),
  );
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Tô sáng đoạn đã chọn' });

/** Highlights `phrase` (whole words) in a block with the mouse; returns the new highlight's id. */
async function highlightPhrase(page: Page, block: number, phrase: string, color = 'vàng'): Promise<string> {
  const text = await blockText(page, block);
  const at = text.indexOf(phrase);
  expect(at, `"${phrase}" in block ${block}`).toBeGreaterThanOrEqual(0);
  await drag(page, block, at, at + phrase.length);
  await toolbar(page).getByRole('button', { name: `Tô ${color}` }).click();
  const saved = async () =>
    (await paintedHighlights(page)).find((h) => h.blocks.includes(block) && h.text.includes(phrase.slice(0, 12)) && !h.styles.includes('saving'))?.id;
  await expect.poll(saved, { message: `a saved highlight over "${phrase}"` }).toBeTruthy();
  return (await saved())!;
}

test.describe('word snapping', () => {
  test('a drag that starts and ends mid-word selects and stores whole words, and a cut name whole', async ({ page }) => {
    await open(page);
    const text = await blockText(page, 1);
    // "P|hó Bí thư Thành ủy TPHCM Nguyễn H|ồ Hải": starts inside "Phó", ends inside the name.
    const from = text.indexOf('Phó Bí thư') + 1;
    const to = text.indexOf('Hồ Hải') + 1;
    await drag(page, 1, from, to);
    await expect(toolbar(page)).toBeVisible();
    const want = 'Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải';
    await expect.poll(() => page.evaluate(() => document.getSelection()!.toString()), { message: 'the selection on screen' }).toBe(want);
    await toolbar(page).getByRole('button', { name: 'Tô xanh lá' }).click();
    await expect.poll(() => storedQuotes(page)).toEqual([want]);
  });

  test('mid-syllable on both ends, no entity: grows to the syllables', async ({ page }) => {
    await open(page);
    const text = await blockText(page, 1);
    const from = text.indexOf('chức Hội nghị') + 2; // "ch|ức"
    const to = text.indexOf('tổng kết') + 2; // "tổ|ng"
    await drag(page, 1, from, to);
    await expect(toolbar(page)).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe('chức Hội nghị tổng');
    await page.keyboard.press('h');
    await expect.poll(() => storedQuotes(page)).toEqual(['chức Hội nghị tổng']);
  });
});

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` → [r, g, b, a]. */
function rgba(css: string): [number, number, number, number] {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const [r, g, b, a = '1'] = m[1]!.split(/[ ,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

test.describe('separate visual languages, in every theme', () => {
  for (const theme of THEMES) {
    test(`${theme}: a highlight is a fill, entities are coloured underlines; axe finds no contrast problem`, async ({ page }) => {
      await storePrefs(page, { theme, visibleTypes: ALL_MARKED });
      await open(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await highlightPhrase(page, 3, 'các đại biểu đã chia sẻ những kinh nghiệm');

      // The fill as painted: the ::highlight() style of the paragraph holding it.
      const hl = await page.locator('[data-block="3"]').evaluate((el) => getComputedStyle(el, '::highlight(margin-hl-yellow)').backgroundColor);
      const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const fill = rgba(hl);
      expect(fill[3], 'the highlight is an opaque fill').toBe(1);
      expect(distance(fill, rgba(paper)), 'the fill stands out from the paper').toBeGreaterThan(40);

      const lines: number[][] = [];
      for (const type of TYPES) {
        const style = await page
          .locator(`.article-body .ent-${type}:not(mark)`)
          .first()
          .evaluate((el) => {
            const s = getComputedStyle(el);
            return { bg: s.backgroundColor, line: s.textDecorationLine, colour: s.textDecorationColor };
          });
        expect(style.line, `${type} is underlined`).toBe('underline');
        expect(rgba(style.bg)[3], `${type} has no fill at rest`).toBe(0);
        const colour = rgba(style.colour);
        expect(distance(colour, fill), `${type}'s line colour vs the highlight fill`).toBeGreaterThan(100);
        lines.push(colour);
      }
      // Each type's own colour (besides its own line style).
      for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) expect(distance(lines[i]!, lines[j]!), `${TYPES[i]} vs ${TYPES[j]}`).toBeGreaterThan(60);
      }

      const axe = await new AxeBuilder({ page }).analyze();
      const problems = axe.violations.filter((v) => v.id === 'color-contrast' || v.impact === 'serious' || v.impact === 'critical');
      expect(problems.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('preferences', () => {
  test('the "Aa" menu sets theme, size, width and marks; they survive a reload and apply before any app script runs', async ({ page, context }) => {
    await open(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-marks', 'official figure');
    const sizeBefore = await page.locator('.article').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await page.getByRole('button', { name: 'Tuỳ chọn hiển thị' }).click();
    const menu = page.getByRole('group', { name: 'Tuỳ chọn hiển thị' });
    await menu.getByRole('radio', { name: 'Tối' }).check();
    await menu.getByRole('radio', { name: 'Cỡ 5 trên 5' }).check();
    await menu.getByRole('radio', { name: 'Rộng' }).check();
    await menu.getByRole('checkbox', { name: 'Ngày tháng' }).check();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Tuỳ chọn hiển thị' })).toBeFocused();

    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('data-size', '5');
    await expect(html).toHaveAttribute('data-width', 'wide');
    await expect(html).toHaveAttribute('data-marks', 'official figure date');
    const sizeAfter = await page.locator('.article').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(sizeAfter / sizeBefore).toBeCloseTo(1.25, 2);

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.article-body .ent-date').first()).toHaveCSS('text-decoration-line', 'underline');

    // Before first paint: the same page with every script of the app refused still opens dark,
    // large and wide — only the inline script in <head> ran.
    const bare = await context.newPage();
    await bare.route('**/assets/*.js', (route) => route.abort());
    await bare.addInitScript(() => {
      // The attributes as they are when the first stylesheet-bearing frame is about to paint.
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = [
          document.documentElement.getAttribute('data-theme'),
          document.documentElement.getAttribute('data-size'),
        ].join(' ');
      });
    });
    await bare.goto(URL);
    await expect(bare.locator('[data-block="1"]')).toBeVisible();
    expect(await bare.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('dark 5');
    await expect(bare.locator('body')).toHaveCSS('background-color', 'rgb(27, 26, 24)');
    await expect(bare.locator('.article-body .ent-date').first()).toHaveCSS('text-decoration-line', 'underline');
    await expect(bare.locator('.article-body .ent-organization').first()).toHaveCSS('text-decoration-line', 'none');
    await bare.close();
  });
});

test.describe('nothing covers the text unasked', () => {
  test('the "saved" message sits in a corner, clear of the reading column', async ({ page }) => {
    await open(page);
    await highlightPhrase(page, 3, 'các đại biểu đã chia sẻ những kinh nghiệm');
    const notice = page.locator('.hl-notice').first();
    await expect(notice).toBeVisible();
    const n = (await notice.boundingBox())!;
    const column = (await page.locator('.article').boundingBox())!;
    expect(n.x, 'the message starts right of the column').toBeGreaterThanOrEqual(column.x + column.width);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 800 }, hasTouch: true });
    test('the floating notes button slides away while scrolling down and returns on scrolling up', async ({ page }) => {
      await open(page);
      const button = page.getByRole('button', { name: /^Ghi chú \(\d+\)$/ });
      await expect(button).toBeInViewport();
      await page.mouse.wheel(0, 600);
      await expect(button).toHaveAttribute('data-away', '');
      await expect(button).not.toBeInViewport();
      await page.mouse.wheel(0, -200);
      await expect(button).not.toHaveAttribute('data-away');
      await expect(button).toBeInViewport();
    });
  });
});

test.describe('deep links', () => {
  test('"Sao chép liên kết" copies a link that, opened cold in a new tab, scrolls to the highlight and flashes it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    const id = await highlightPhrase(page, 16, 'Về công tác kết nạp Đảng');
    await clickHighlight(page, id);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã chép liên kết' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`http://127.0.0.1:${new globalThis.URL(page.url()).port}${URL}#hl-${id}`);

    const cold = await context.newPage();
    await cold.goto(link);
    await expectHighlightStyles(cold, id, ['flash']);
    await expect.poll(() => highlightInViewport(cold, id)).toBe(true);
    await expect.poll(() => highlightFocused(cold, id)).toBe(true);
    // And after a reload of that address.
    await cold.evaluate(() => window.scrollTo(0, 0));
    await cold.reload();
    await expect.poll(() => highlightInViewport(cold, id)).toBe(true);
    await cold.close();
  });
});

test.describe('print', () => {
  test('the article with its marks and highlights, notes as numbered footnotes, no chrome or buttons', async ({ page }) => {
    await open(page);
    const id = await highlightPhrase(page, 3, 'các đại biểu đã chia sẻ những kinh nghiệm');
    await clickHighlight(page, id);
    const note = page.getByLabel('Ghi chú', { exact: true });
    await note.fill('Đối chiếu với báo cáo năm trước.');
    await page.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await page.keyboard.press('Escape');
    await expectHighlightStyles(page, id, ['note']);

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.topbar', '.ent-legend', '.reader-aside', '.app-footer', '.hl-notes-toggle']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    expect(await page.locator('button:visible').count(), 'no visible buttons').toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectHighlightStyles(page, id, ['yellow']);
    expect(await page.locator('.article-body').evaluate((el) => getComputedStyle(el).printColorAdjust), 'fills print').toBe('exact');
    await expect(page.locator('.article-body .ent-official').first()).toHaveCSS('text-decoration-line', 'underline');
    const footnotes = page.locator('.print-notes');
    await expect(footnotes).toBeVisible();
    await expect(footnotes.locator('li')).toHaveCount(1);
    await expect(footnotes.locator('li').first()).toContainText('Đối chiếu với báo cáo năm trước.');
    // The note's number follows its paragraph, as its footnote is numbered.
    await expect(page.locator('[data-block="3"]')).toHaveAttribute('data-hl-notes', '1');
    const marker = await page.locator('[data-block="3"]').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(marker).toBe('"1"');
  });
});
