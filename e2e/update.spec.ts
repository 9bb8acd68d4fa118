import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { clickWithMouse, waitForServiceWorkerControl } from './support/reader';


const BUILD_B = 'e2e-build-b';

interface Deployment {
  /** Origin of this test's own server (so its service worker is not shared with other tests). */
  url: string;
  /**
   * "Deploy" build B over build A: sw.js now precaches a changed index.html (new revision) that
   * carries <meta name="margin-build" content="b">; every other file is build A's.
   */
  deployBuildB(): void;
}

/**
 * Each test serves its own copy of the production build with `vite preview` (which reads files from
 * disk on every request), so a test can replace sw.js on the server the way a deploy does.
 * (Intercepting /sw.js with context.route does not work: Chromium's update check for the worker
 * script does not go through Playwright's network interception.)
 */
const test = base.extend<{ deployment: Deployment }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
  deployment: async ({}, provide) => {
    const source = resolve(process.env.MARGIN_DIST ?? 'dist');
    const dir = mkdtempSync(join(tmpdir(), 'margin-update-'));
    cpSync(source, dir, { recursive: true });
    const server = await preview({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0 },
    });
    const address = server.httpServer.address() as AddressInfo;
    await provide({
      url: `http://127.0.0.1:${address.port}`,
      deployBuildB() {
        const swFile = join(dir, 'sw.js');
        const sw = readFileSync(swFile, 'utf8');
        const changed = sw.replace(/url:"index\.html",revision:"[^"]+"/, `url:"index.html",revision:"${BUILD_B}"`);
        if (!changed.includes(BUILD_B)) throw new Error('sw.js has no index.html precache entry to change');
        const htmlFile = join(dir, 'index.html');
        const html = readFileSync(htmlFile, 'utf8').replace('<title>', '<meta name="margin-build" content="b" /><title>');
        writeFileSync(htmlFile, html);
        writeFileSync(swFile, changed);
      },
    });
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

// Each test installs a worker, deploys a new one and waits for it to install (and often a reload):
// several service worker lifecycles, slower than one page visit on a busy machine.
test.describe.configure({ timeout: 60_000 });

async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
  });
}

const noticeOf = (page: Page) => page.getByRole('group', { name: 'Đã có phiên bản mới' });


const markDocument = (page: Page) => page.evaluate(() => ((window as Window & { sameDocument?: boolean }).sameDocument = true));
const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument === true);

test('a new version shows the notice, and "Tải lại" reloads into it', async ({ page, deployment }) => {
  await page.goto(deployment.url);
  await waitForServiceWorkerControl(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  await expect(page.locator('meta[name="margin-build"]')).toHaveCount(0);
  await expect(noticeOf(page)).toHaveCount(0);

  deployment.deployBuildB();
  await markDocument(page);
  await checkForUpdate(page);

  const notice = noticeOf(page);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Đã có phiên bản mới');
  // It announces itself politely, inside a status region, and does not take focus from the reader.
  await expect(page.getByRole('status').filter({ has: notice })).toHaveCount(1);
  expect(await notice.evaluate((el) => el.contains(document.activeElement))).toBe(false);
  const axe = await new AxeBuilder({ page }).include('.update-notice').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The new worker waits for the reader: nothing was reloaded or swapped.
  expect(await isSameDocument(page)).toBe(true);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);

  await clickWithMouse(page, notice.getByRole('button', { name: 'Tải lại' }));

  // A new document, served by build B's worker.
  await expect(page.locator('meta[name="margin-build"]')).toHaveAttribute('content', 'b');
  expect(await isSameDocument(page)).toBe(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  await expect(noticeOf(page)).toHaveCount(0);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
});

test('"Để sau" closes the notice by keyboard and keeps the reader where they were', async ({ page, deployment }) => {
  await page.goto(deployment.url);
  await waitForServiceWorkerControl(page);
  deployment.deployBuildB();
  await markDocument(page);
  await checkForUpdate(page);
  const notice = noticeOf(page);
  await expect(notice).toBeVisible();

  // Reach the notice from the page with the keyboard: focus the last library link, then Tab on.
  const lastLink = page.locator('.article-list a').last();
  await lastLink.focus();
  const later = notice.getByRole('button', { name: 'Để sau' });
  // The element Tab leaves for the notice is where the reader came from (library controls may follow
  // the last link, and may re-render, so it is described rather than held).
  const describeFocus = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? `${el.tagName} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}` : null;
    });
  let cameFrom: string | null = null;
  for (let i = 0; i < 20 && !(await later.evaluate((el) => el === document.activeElement)); i++) {
    if (!(await notice.evaluate((el) => el.contains(document.activeElement)))) cameFrom = await describeFocus();
    await page.keyboard.press('Tab');
  }
  await expect(later).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(noticeOf(page)).toHaveCount(0);
  // Focus goes back to where the reader came from, not to the top of the page.
  expect(cameFrom).not.toBeNull();
  await expect.poll(describeFocus).toBe(cameFrom);
  // Still the same page under the old worker; the new one still waits.
  expect(await isSameDocument(page)).toBe(true);
  await expect(page.locator('meta[name="margin-build"]')).toHaveCount(0);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
});

test('Escape closes the notice', async ({ page, deployment }) => {
  await page.goto(deployment.url);
  await waitForServiceWorkerControl(page);
  deployment.deployBuildB();
  await checkForUpdate(page);
  const notice = noticeOf(page);
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Tải lại' }).focus();
  await page.keyboard.press('Escape');
  await expect(noticeOf(page)).toHaveCount(0);
  await expect(page.locator('meta[name="margin-build"]')).toHaveCount(0);
});

test('another tab applying the update never reloads this one under the reader', async ({ context, deployment }) => {
  const reading = await context.newPage();
  await reading.goto(deployment.url);
  await waitForServiceWorkerControl(reading);
  const other = await context.newPage();
  await other.goto(deployment.url);
  await expect(other.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();

  deployment.deployBuildB();
  await markDocument(reading);
  await checkForUpdate(other);
  await expect(noticeOf(other)).toBeVisible();
  await expect(noticeOf(reading)).toBeVisible();

  await clickWithMouse(other, noticeOf(other).getByRole('button', { name: 'Tải lại' }));
  await expect(other.locator('meta[name="margin-build"]')).toHaveAttribute('content', 'b');

  // The reading tab is now controlled by the new worker but keeps its document; the notice stays,
  // and its "Tải lại" is still the reader's choice.
  await expect(noticeOf(reading)).toBeVisible();
  expect(await isSameDocument(reading)).toBe(true);
  await clickWithMouse(reading, noticeOf(reading).getByRole('button', { name: 'Tải lại' }));
  await expect(reading.locator('meta[name="margin-build"]')).toHaveAttribute('content', 'b');
  expect(await isSameDocument(reading)).toBe(false);
});
