import { expect, test, type Page } from '@playwright/test';
import { APP_FILE } from './support/build';
import { expectHighlightCount, expectSavedHighlight, highlight, openArticle, phraseIn, SEED_URL, textSettled } from './support/reader';

/**
 * A prerendered article with nothing of the reader's to show is complete as HTML: its code (React
 * and the features) loads at the first sign of use, and what the reader asked for meanwhile is done
 * once it runs (src/main.tsx, src/dom/firstUse.ts).
 */


test.use({ serviceWorkers: 'block' });

/** Paths of the scripts the page asked for. */
function scriptsAskedFor(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') asked.push(new URL(r.url()).pathname);
  });
  return asked;
}
const live = (page: Page) => page.locator('html[data-app="live"]');

test('a cold visit reads the article without its application: text, marks, panel and "no notes yet"', async ({ page }) => {
  const asked = scriptsAskedFor(page);
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.waitForLoadState('networkidle');
  expect(asked, 'the application is not loaded before the reader does anything').not.toContain(APP_FILE);
  await expect(live(page)).toHaveCount(0);
  await expect(page.locator('.article-body .ent-official').first()).toBeVisible();
  await expect(page.locator('.ent-panel-item').first()).toBeVisible();
  // The notes panel says there are none (the storage was asked), not "loading" for ever.
  await expect(page.locator('.hl-notes-inline .hl-notes-static-empty')).toBeVisible();
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toBeHidden();
});

test('the first click, on a button, loads the application and is answered', async ({ page }) => {
  const asked = scriptsAskedFor(page);
  await page.goto(SEED_URL);
  await textSettled(page);
  const menu = page.getByRole('button', { name: 'Tuỳ chọn hiển thị' });
  const box = (await menu.boundingBox())!;
  // The mouse arrives and clicks at once: the click comes while the code is still on its way.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  expect(asked).toContain(APP_FILE);
  await expect(live(page)).toHaveCount(1);
});

test('a click with no pointer or key before it (a screen reader activating a button) loads the application and is answered', async ({ page }) => {
  await page.goto(SEED_URL);
  await textSettled(page);
  const menu = page.getByRole('button', { name: 'Tuỳ chọn hiển thị' });
  await menu.dispatchEvent('click');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
});

test('the first key, "?", loads the application and opens the list of shortcuts', async ({ page }) => {
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog').filter({ hasText: /phím tắt/i })).toBeVisible();
});

test('"h" on a selection made before the application is here highlights it once it is', async ({ page }) => {
  await page.goto(SEED_URL);
  await textSettled(page);
  const phrase = await phraseIn(page, 3, 2, 3);
  // A selection made without the pointer (no sign of use yet), then the key.
  await page.locator('[data-block="3"]').evaluate((el, phrase) => {
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = node.nextNode(); n; n = node.nextNode()) {
      const at = n.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error('phrase not in one text node');
  }, phrase);
  await expect(live(page)).toHaveCount(0);
  await page.keyboard.press('h');
  await expectSavedHighlight(page, phrase);
});

test('a link followed before the application is here still goes there', async ({ page }) => {
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.getByRole('link', { name: 'Nhân vật', exact: true }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an article with notes starts at once: its highlights are painted without the reader doing anything', async ({ page }) => {
  await openArticle(page);
  await highlight(page, 3, await phraseIn(page, 3, 2, 3), 'Tô vàng');
  const asked = scriptsAskedFor(page);
  await page.reload();
  await textSettled(page);
  await expect(live(page)).toHaveCount(1);
  await expectHighlightCount(page, 1);
  expect(asked).toContain(APP_FILE);
});

test('the prerendered entity panel stays on the page while the application takes over (at first use, and at once with notes)', async ({ page }) => {
  // Every removal of the panel's section, from the first byte of the page on.
  await page.addInitScript(() => {
    const removed: number[] = ((window as unknown as { __panelRemoved: number[] }).__panelRemoved = []);
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes) if (n instanceof Element && (n.matches('.ent-panel') || n.querySelector('.ent-panel'))) removed.push(performance.now());
    }).observe(document, { subtree: true, childList: true });
  });
  const removals = () => page.evaluate(() => (window as unknown as { __panelRemoved: number[] }).__panelRemoved.length);
  await page.goto(SEED_URL);
  await textSettled(page);
  await page.mouse.move(5, 5);
  await expect(live(page)).toHaveCount(1);
  await expect(page.locator('.ent-panel-item').first()).toBeVisible();
  expect(await removals(), 'removed at first use').toBe(0);

  await highlight(page, 3, await phraseIn(page, 3, 2, 3), 'Tô vàng');
  await page.reload();
  await textSettled(page);
  await expect(live(page)).toHaveCount(1);
  await expectHighlightCount(page, 1);
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  await expect(page.locator('.ent-panel-item').first()).toBeVisible();
  expect(await removals(), 'removed while an article with notes started').toBe(0);
});

test.describe('in English, before the application has come', () => {
  // The page stays on its prerendered HTML: the application's scripts never arrive, and the 3 s
  // fallback that shows everything is held still, so what is seen is what is seen while they load.
  test.use({ locale: 'en-GB' });

  test('the article’s title and text show at once; the Vietnamese interface around them waits for its English words', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        for (const animation of document.getAnimations()) animation.pause();
      });
    });
    await page.goto(SEED_URL);
    await expect(page.locator('html')).toHaveAttribute('data-lang-pending', '');
    await expect(page.locator('.article-header h1')).toBeVisible();
    await expect(page.locator('.article-body [data-block="3"]')).toBeVisible();
    await expect(page.locator('.article-body .ent-official').first()).toBeVisible();
    await expect(page.locator('.topbar nav')).toBeHidden();
    await expect(page.locator('.ent-legend')).toBeHidden();
    await expect(page.locator('.article-meta')).toBeHidden();
  });
});
