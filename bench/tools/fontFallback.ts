/**
 * npx tsx bench/tools/fontFallback.ts — measures, in Chromium, how Literata (regular) differs from
 * a metric-compatible Times New Roman (Liberation Serif here) on the seed article's text, and prints
 * the `@font-face` of a fallback with size-adjust and ascent/descent overrides that make the
 * fallback take the same room, so swapping in Literata moves no line. Paste it into
 * src/styles/fonts.css when the font or the fallback changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../playwright.config';
import { ROOT, SEED } from '../lib/paths';

const article = JSON.parse(readFileSync(join(ROOT, 'public', 'articles', `${SEED}.json`), 'utf8')) as { blocks: { text: string }[] };
const text = article.blocks.map((b) => b.text).join(' ');
const files = join(ROOT, 'node_modules', '@fontsource', 'literata', 'files');
const face = (subset: string, range: string) =>
  `@font-face{font-family:'Literata';font-weight:400;src:url(data:font/woff2;base64,${readFileSync(join(files, `literata-${subset}-400-normal.woff2`)).toString('base64')}) format('woff2');unicode-range:${range}}`;
// The subsets' unicode-ranges, from fontsource's all-subsets CSS.
const range = (subset: string) => {
  const css = readFileSync(join(ROOT, 'node_modules', '@fontsource', 'literata', '400.css'), 'utf8');
  const block = css.split('/* ').find((b) => b.startsWith(`literata-${subset}-400-normal */`))!;
  return /unicode-range:\s*([^;]+);/.exec(block)![1]!;
};

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent(`<style>${face('latin', range('latin'))}${face('vietnamese', range('vietnamese'))}</style><p style="font-family:Literata">${text.slice(0, 50)}</p>`);
// A string, not a function: tsx's keepNames would wrap inner functions in a helper the page lacks.
const m = (await page.evaluate(`(async (text) => {
  await document.fonts.load('1000px Literata', text);
  const ctx = document.createElement('canvas').getContext('2d');
  const of = (family) => {
    ctx.font = '1000px ' + family;
    const t = ctx.measureText(text);
    return { width: t.width, ascent: t.fontBoundingBoxAscent, descent: t.fontBoundingBoxDescent };
  };
  return { literata: of('Literata'), fallback: of('"Liberation Serif"') };
})(${JSON.stringify(text)})`)) as Record<'literata' | 'fallback', { width: number; ascent: number; descent: number }>;
await browser.close();
const sizeAdjust = m.literata.width / m.fallback.width;
const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
console.log(JSON.stringify(m, null, 1));
console.log(`@font-face {
  font-family: 'Literata Fallback';
  src: local('Times New Roman'), local('TimesNewRomanPSMT'), local('Liberation Serif');
  size-adjust: ${pct(sizeAdjust)};
  ascent-override: ${pct(m.literata.ascent / 1000 / sizeAdjust)};
  descent-override: ${pct(m.literata.descent / 1000 / sizeAdjust)};
  line-gap-override: 0%;
}`);
