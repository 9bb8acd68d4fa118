/**
 * npm run screenshot -- <path> [width] [out.png] [full|viewport]: a headless Chromium picture of the
 * served app (start it first with `npm start`). For looking at the page as a reader does.
 * MARGIN_THEME=light|sepia|dark picks the reader's theme (stored as the "Aa" menu stores it);
 * MARGIN_PREFS='{"visibleTypes":{…}}' adds other stored preferences; MARGIN_LANG (default vi-VN)
 * is the browser's language. MARGIN_SCENE=<file.json> sets a scene up through the UI first, as a
 * reader would (see Scene; docs/screenshot-scene.json is the README's).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../playwright.config';

interface Scene {
  /** Highlights made with the selection toolbar; with `note`, written in the note editor. */
  highlights?: { block: number; phrase: string; color: string; note?: string }[];
  /** Text of an entity mention to click (its card opens). */
  card?: string;
  /** Open the notes panel's sheet (narrow screens, where it sits behind "Ghi chú (n)"). */
  openNotes?: boolean;
  /** Names of buttons to click, in order (e.g. "Trong bài này"). */
  click?: string[];
  /** Scroll so this block is near the top. */
  scrollToBlock?: number;
  /** Keys pressed last, after Tab has reached the article's text (e.g. ["ArrowDown", "s", "?"]). */
  keys?: string[];
}

const [path = '/', width = '1280', out = 'screenshot.png', full = 'full'] = process.argv.slice(2);
const theme = process.env.MARGIN_THEME;
const extra = JSON.parse(process.env.MARGIN_PREFS ?? '{}') as Record<string, unknown>;
const scene = (process.env.MARGIN_SCENE ? JSON.parse(readFileSync(process.env.MARGIN_SCENE, 'utf8')) : {}) as Scene;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  deviceScaleFactor: 1,
  colorScheme: theme === 'dark' ? 'dark' : 'light',
  locale: process.env.MARGIN_LANG ?? 'vi-VN',
  serviceWorkers: 'block',
});
// tsx keeps function names with a __name helper that page scripts do not have.
await page.addInitScript('window.__name = (f) => f;');
if (theme || Object.keys(extra).length > 0) {
  const state = { ...(theme && { theme }), ...extra };
  await page.addInitScript((s) => {
    const old = JSON.parse(localStorage.getItem('margin:preferences') ?? '{"state":{},"version":2}') as { state: object };
    localStorage.setItem('margin:preferences', JSON.stringify({ ...old, state: { ...old.state, ...s } }));
  }, state);
}
await page.goto(`http://127.0.0.1:${process.env.MARGIN_PORT ?? 4173}${path}`, { waitUntil: 'networkidle' });
await page.evaluate(() => document.fonts.ready.then(() => undefined));
await play(page, scene);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
console.log(out);

/** Selects the first occurrence of `phrase` in a block, as a drag would. */
async function select(page: Page, block: number, phrase: string): Promise<void> {
  const found = await page.locator(`[data-block="${block}"]`).evaluate((el, phrase) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const at = nodes.map((n) => n.data).join('').indexOf(phrase);
    if (at < 0) return false;
    const point = (offset: number): [Text, number] => {
      for (const n of nodes) {
        if (offset <= n.data.length) return [n, offset];
        offset -= n.data.length;
      }
      throw new Error('past the end');
    };
    document.getSelection()!.setBaseAndExtent(...point(at), ...point(at + phrase.length));
    return true;
  }, phrase);
  if (!found) throw new Error(`"${phrase}" is not in block ${block}`);
}

async function play(page: Page, scene: Scene): Promise<void> {
  for (const h of scene.highlights ?? []) {
    await page.locator(`[data-block="${h.block}"]`).scrollIntoViewIfNeeded();
    await select(page, h.block, h.phrase);
    const bar = page.locator('.hl-toolbar');
    if (h.note === undefined) {
      await bar.locator(`.hl-swatch-${h.color}`).click();
      continue;
    }
    await bar.locator('.hl-toolbar-note').click();
    const editor = page.locator('.hl-editor');
    await editor.locator(`.hl-swatch-${h.color}`).click();
    await editor.locator('textarea').fill(h.note);
    await editor.locator('textarea').press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
  }
  // The "saved" message fades on its own: wait for it, it is not what the picture is about.
  await page.locator('.hl-notice').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  if (scene.scrollToBlock !== undefined) {
    await page.locator(`[data-block="${scene.scrollToBlock}"]`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 24));
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  if (scene.card) await page.locator('.article-body [data-ent]', { hasText: scene.card }).first().click();
  if (scene.openNotes) await page.locator('.hl-notes-toggle').click();
  for (const name of scene.click ?? []) await page.getByRole('button', { name }).first().click();
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  if (scene.keys) {
    for (let i = 0; i < 80 && !(await page.evaluate(() => !!document.activeElement?.matches('.article-body [data-block]'))); i++) {
      await page.keyboard.press('Tab');
    }
    for (const key of scene.keys) await page.keyboard.press(key);
  }
  await page.waitForTimeout(400); // transitions settle
}
