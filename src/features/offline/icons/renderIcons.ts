/**
 * Renders the PWA icons in public/icons from public/favicon.svg with headless Chromium:
 *   npx tsx src/features/offline/icons/renderIcons.ts
 * The PNGs are committed; run this again only when the favicon changes.
 * - icon-192.png, icon-512.png: the favicon as it is (rounded tile, transparent corners), purpose "any".
 * - icon-maskable-512.png: full-bleed tile, the glyph inside the central 80 % safe zone, purpose "maskable".
 * - apple-touch-icon.png (180): full-bleed tile (iOS rounds the corners itself), no transparency.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../../playwright.config';

const root = new URL('../../../../', import.meta.url);
const favicon = readFileSync(new URL('public/favicon.svg', root), 'utf8');

/** The glyph (everything but the background tile) and its bounding box in the 64×64 viewBox. */
const glyph = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect width="64" height="64"[^>]*\/>/, '');
const GLYPH_CENTER = { x: 35.5, y: 32 };
const TILE = '#7a2e1f';

function fullBleed(scale: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${TILE}"/>` +
    `<g transform="translate(32 32) scale(${scale}) translate(${-GLYPH_CENTER.x} ${-GLYPH_CENTER.y})">${glyph}</g></svg>`
  );
}

const icons: { file: string; size: number; svg: string; transparent: boolean }[] = [
  { file: 'icon-192.png', size: 192, svg: favicon, transparent: true },
  { file: 'icon-512.png', size: 512, svg: favicon, transparent: true },
  // Glyph box 35×36 → diagonal ≈ 50 units; × 0.72 ≈ 36 of 64 = 56 % of the width, well inside the 80 % circle.
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.72), transparent: false },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9), transparent: false },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${icon.svg}`,
    );
    const out = new URL(`public/icons/${icon.file}`, root);
    await page.screenshot({ path: out.pathname, omitBackground: icon.transparent });
    await page.close();
    console.log(out.pathname);
  }
} finally {
  await browser.close();
}
