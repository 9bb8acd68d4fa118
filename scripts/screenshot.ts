/**
 * npm run screenshot -- <path> [width] [out.png]: a headless Chromium picture of the served app
 * (start it first with `npm start`). For looking at the page as a reader does.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../playwright.config';

const [path = '/', width = '1280', out = 'screenshot.png', full = 'full'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
await page.goto(`http://127.0.0.1:${process.env.MARGIN_PORT ?? 4173}${path}`, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
console.log(out);
