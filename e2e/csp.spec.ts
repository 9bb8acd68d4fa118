import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectHighlightCount, startUsing } from './support/reader';

/**
 * Every built page carries a strict Content-Security-Policy, and the app works under it: the article
 * with its prerendered data, the lazily loaded tools, all notes, search, and the service worker.
 * Any violation (the `securitypolicyviolation` event or Chromium's console report) fails the test.
 */
test.describe.configure({ timeout: 60_000 });

const DIST = process.env.MARGIN_DIST ?? 'dist';
const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Starts recording CSP violations on every document the page loads. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test('every built page has the policy in a meta tag before any script', () => {
  const files = pages(DIST);
  expect(files.length).toBeGreaterThan(2);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, file).not.toBeNull();
    const csp = meta![1]!;
    expect(csp, file).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp, file).toMatch(/(^|; )script-src 'self'( |;|$)/);
    expect(csp, file).toContain("object-src 'none'");
    expect(csp, file).toContain("base-uri 'none'");
    expect(csp, file).not.toContain('unsafe-inline');
    const firstScript = html.search(/<script\b/);
    if (firstScript >= 0) expect(html.indexOf('Content-Security-Policy'), file).toBeLessThan(firstScript);
  }
});

test('the app runs under the policy: article, tools, notes, search, offline reload', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`/a/${SEED}`);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await startUsing(page);
  await expect(page.locator('.hl-notes-inline .hl-notes-loading')).toHaveCount(0);
  // A highlight made from a keyboard selection loads the highlight tools and writes to storage.
  await page.locator('[data-block="3"]').evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(20, node.data.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.keyboard.press('h');
  await expectHighlightCount(page, 1);
  // A person's card.
  await page.locator('[data-block] .ent-official, [data-block] [data-entity="official"]').first().hover().catch(() => undefined);
  await page.goto('/notes');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/?q=dang%20uy');
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForTimeout(500);
  // The service worker installs and then serves the page.
  await page.goto(`/a/${SEED}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  expect(await violations()).toEqual([]);
});

test('a script injected into the page is refused and reported (the policy is live)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`/a/${SEED}`);
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.head.append(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.injected = true');
    img.src = 'data:,x';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 200));
    return w.injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations()).filter((v) => /script-src/.test(v)).length).toBeGreaterThanOrEqual(2);
});
