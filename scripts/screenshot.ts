/**
 * npm run screenshot -- <path> [width] [out.png] [full|viewport]: a headless Chromium picture of the
 * served app (start it first with `npm start`). For looking at the page as a reader does.
 * MARGIN_THEME=light|sepia|dark picks the reader's theme (stored as the "Aa" menu stores it);
 * MARGIN_PREFS='{"visibleTypes":{…}}' adds other stored preferences.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../playwright.config';

const [path = '/', width = '1280', out = 'screenshot.png', full = 'full'] = process.argv.slice(2);
const theme = process.env.MARGIN_THEME;
const extra = JSON.parse(process.env.MARGIN_PREFS ?? '{}') as Record<string, unknown>;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  deviceScaleFactor: 1,
  colorScheme: theme === 'dark' ? 'dark' : 'light',
});
if (theme || Object.keys(extra).length > 0) {
  const state = { ...(theme && { theme }), ...extra };
  await page.addInitScript((s) => {
    const old = JSON.parse(localStorage.getItem('margin:preferences') ?? '{"state":{},"version":2}') as { state: object };
    localStorage.setItem('margin:preferences', JSON.stringify({ ...old, state: { ...old.state, ...s } }));
  }, state);
}
await page.goto(`http://127.0.0.1:${process.env.MARGIN_PORT ?? 4173}${path}`, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
console.log(out);
