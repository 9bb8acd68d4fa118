/** Browser contexts with the probe installed, and the page loads every section shares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { StorageBenchApi } from '../pages/storage';
import { probeScript, type Probe, type ProbeOptions } from './probe';
import { ROOT } from './paths';

export type BenchWindow = Window & { __bench: Probe; marginBench: StorageBenchApi };

export async function newContext(browser: Browser, probe: ProbeOptions = {}, serviceWorkers: 'allow' | 'block' = 'allow', locale = 'vi-VN'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale, serviceWorkers });
  await context.addInitScript({ content: probeScript(probe) });
  return context;
}

/** Navigates and waits until the first paragraph has been painted; returns the probe's figures. */
export async function loadForText(page: Page, url: string): Promise<Probe> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.textAt !== null, null, { polling: 50, timeout: 30_000 });
  // LCP settles once the page stops adding content; give it a frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { ...(window as unknown as BenchWindow).__bench, docAt: nav ? nav.responseEnd : null };
  });
}

/** Let the first visit finish its background work (service worker install and precache). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() =>
    Promise.race([
      'serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => undefined) : Promise.resolve(),
      new Promise((r) => setTimeout(r, 5_000)),
    ]),
  );
  await page.waitForLoadState('networkidle');
}

/** Opens the storage page and replaces every stored note with `notes` (the app's record format). */
export async function seedNotes(context: BrowserContext, origin: string, notes: unknown[]): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/storage.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.evaluate((list) => (window as unknown as BenchWindow).marginBench.seed(list as never), notes);
  await page.close();
}

/** True while a feature still exports `name` from its stubs (a figure that cannot be measured yet). */
export function stubbed(feature: 'highlights' | 'notes', name: string): boolean {
  try {
    const index = readFileSync(join(ROOT, 'src', 'features', feature, 'index.ts'), 'utf8');
    return new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'\\./stubs'`).test(index);
  } catch {
    return false; // the feature moved: assume it is real
  }
}
