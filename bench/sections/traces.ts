/** --trace: one Chromium performance trace per page and cache state, for DevTools or Perfetto. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { loadForText, newContext, settle } from '../lib/browser';
import { BARE_PATH, FIXTURES, LARGE_ID, SEED, STATIC_PATH } from '../lib/paths';

export async function traces(browser: Browser, origin: string): Promise<string[]> {
  const dir = join(FIXTURES, 'traces');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, path] of [
    ['margin', `/a/${SEED}`],
    ['bare', BARE_PATH],
    ['static', STATIC_PATH],
    ['large', `/a/${LARGE_ID}`],
  ] as const) {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const state of ['cold', 'warm'] as const) {
      const file = join(dir, `${name}-${state}.json`);
      await browser.startTracing(page, {
        path: file,
        screenshots: true,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'loading', 'v8.execute', 'toplevel'],
      });
      await loadForText(page, `${origin}${path}`);
      await browser.stopTracing();
      written.push(file);
      if (state === 'cold') await settle(page);
    }
    await context.close();
  }
  return written;
}
