/**
 * One driver of the reader for every spec: open an article, select a phrase with the real mouse,
 * highlight it, write a note, scan with axe, wait for the service worker. Specs keep only what is
 * theirs; anything two specs need lives here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockText, charBox } from './text';

export { blockText, charBox } from './text';

/** The seed article (the hand-labelled page every suite reads). */
export const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
export const SEED_URL = `/a/${SEED}`;

export interface ArticleJson {
  id: string;
  title: string;
  blocks: { type: string; text: string }[];
  entities: { type: string; block: number; start: number; end: number; text: string }[];
}

const PUBLIC = new URL('../../public/', import.meta.url);
/** The bundled library's index, as built from public/articles. */
export const bundledIndex = () =>
  JSON.parse(readFileSync(new URL('articles/index.json', PUBLIC), 'utf8')) as { articles: { id: string; title: string }[] };
export const bundledArticle = (id: string) => JSON.parse(readFileSync(new URL(`articles/${id}.json`, PUBLIC), 'utf8')) as ArticleJson;

// ---- Opening ------------------------------------------------------------------------------------

/**
 * Waits until the text is laid out for good: the web font swaps in after the first paint, and a
 * drag measured before the swap would select other characters than the ones it aimed at.
 */
export async function textSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-block="3"]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Opens an article and waits until its text is final and its notes are read (the panel says when). */
export async function openArticle(page: Page, url = SEED_URL): Promise<void> {
  await page.goto(url);
  await textSettled(page);
  await expect(notesPanel(page).locator('.hl-notes-title')).toBeVisible();
  await expect(notesPanel(page).locator('.hl-notes-loading')).toHaveCount(0);
}

// ---- Locators -----------------------------------------------------------------------------------

export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Tô sáng đoạn đã chọn' });
export const noteEditor = (page: Page) => page.getByRole('dialog').filter({ has: page.getByLabel('Ghi chú', { exact: true }) });
export const notesPanel = (page: Page) => page.locator('.hl-notes-inline');
export const marks = (page: Page) => page.locator('[data-block] mark.hl');
export const markOf = (page: Page, id: string) => page.locator(`mark[data-hl~="${id}"]`).first();

// ---- The mouse ----------------------------------------------------------------------------------

/** Clicks the middle of an element's first line with the mouse (not a synthetic click). */
export async function clickWithMouse(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 12));
}

/** Moves the mouse onto the first line box of an element (a mention may wrap over two lines). */
export async function mouseOver(page: Page, target: Locator): Promise<void> {
  // The page may still move under the pointer (a web font swapping in, paragraphs above laid out as
  // they scroll into view): measure again until the point lands on the element itself.
  for (let attempt = 0; ; attempt++) {
    await target.scrollIntoViewIfNeeded();
    const r = await target.evaluate((el) => {
      const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    });
    const x = r.x + Math.min(8, r.width / 2);
    const y = r.y + r.height / 2;
    await page.mouse.move(x, y);
    const hit = await target.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)), [x, y]);
    if (hit) return;
    expect(attempt, 'the element stays under the pointer').toBeLessThan(4);
    await page.waitForTimeout(100);
  }
}

/**
 * Selects block text [start, end) — possibly ending in another block — by dragging the mouse from
 * the left half of the first character to the right half of the last one.
 */
export async function dragSelect(page: Page, from: { block: number; start: number }, to: { block: number; end: number }): Promise<void> {
  // Both ends must be on screen (a drag past the viewport edge scrolls and selects on): put the start near the top.
  const start = await charBox(page, from.block, from.start);
  await page.evaluate((dy) => window.scrollBy(0, dy), start.y - 140);
  const a = await charBox(page, from.block, from.start);
  const b = await charBox(page, to.block, to.end - 1);
  const viewport = page.viewportSize()!;
  expect(b.y + b.h, 'the end of the selection is on screen').toBeLessThan(viewport.height);
  await page.mouse.move(a.x + 1, a.y + a.h / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + b.h / 2, { steps: 4 });
  await page.mouse.move(b.x + b.w - 1, b.y + b.h / 2, { steps: 6 });
  await page.mouse.up();
}

/** Drags the mouse over the first occurrence of `phrase` in a block; returns its offsets. Checks nothing else. */
export async function dragOverPhrase(page: Page, block: number, phrase: string): Promise<{ start: number; end: number }> {
  await textSettled(page);
  const text = await blockText(page, block);
  const start = text.indexOf(phrase);
  expect(start, `"${phrase}" in block ${block}`).toBeGreaterThanOrEqual(0);
  const end = start + phrase.length;
  await dragSelect(page, { block, start }, { block, end });
  return { start, end };
}

/** Selects `phrase` in a block with the mouse, and waits for the toolbar; returns its offsets. */
export async function selectPhrase(page: Page, block: number, phrase: string): Promise<{ start: number; end: number }> {
  const range = await dragOverPhrase(page, block, phrase);
  await expect(toolbar(page)).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()!.toString().trim()), 'the drag selected the phrase').toBe(phrase);
  return range;
}

/**
 * Words from the middle of a paragraph, far from its edges, grown to whole entity marks: Margin snaps
 * a selection that cuts a name or a body to the whole mark, so the phrase a test drags must not cut one.
 */
export async function phraseIn(page: Page, block: number, fromWord: number, words: number): Promise<string> {
  const all = (await blockText(page, block)).split(' ');
  return wholeMarks(page, block, all.slice(fromWord, fromWord + words).join(' '));
}

/** The first occurrence of `phrase` in a block, grown over any entity mark it cuts. */
export async function wholeMarks(page: Page, block: number, phrase: string): Promise<string> {
  const text = await blockText(page, block);
  let start = text.indexOf(phrase);
  expect(start, `"${phrase}" in block ${block}`).toBeGreaterThanOrEqual(0);
  let end = start + phrase.length;
  const marks = await page.locator(`[data-block="${block}"]`).evaluate((el) => {
    // A mark cut by a highlight is painted in pieces that share its data-ent: join them into one span.
    const byEnt = new Map<string, [number, number]>();
    for (const mark of el.querySelectorAll('[data-ent]')) {
      const before = document.createRange();
      before.setStart(el, 0);
      before.setEndBefore(mark);
      const from = before.toString().length;
      const key = mark.getAttribute('data-ent') ?? '';
      const to = from + (mark.textContent ?? '').length;
      const had = byEnt.get(key);
      byEnt.set(key, had ? [Math.min(had[0], from), Math.max(had[1], to)] : [from, to]);
    }
    return [...byEnt.values()];
  });
  for (const [from, to] of marks) {
    if (from < start && to > start) start = from;
    if (from < end && to > end) end = to;
  }
  return text.slice(start, end);
}

// ---- Highlights and notes -----------------------------------------------------------------------

export interface FoundHighlight {
  id: string;
  saving: boolean;
}

/** The highlight whose painted text (its segments joined) is `phrase`, in `color` when given. */
export async function findHighlight(page: Page, phrase: string, color?: string): Promise<FoundHighlight | null> {
  return page.evaluate(
    ([phrase, color]) => {
      const pieces = new Map<string, HTMLElement[]>();
      for (const m of document.querySelectorAll<HTMLElement>('[data-block] mark.hl')) {
        for (const id of (m.getAttribute('data-hl') ?? '').split(' ')) {
          if (!id || id === 'hl-draft') continue;
          pieces.set(id, [...(pieces.get(id) ?? []), m]);
        }
      }
      for (const [id, els] of pieces) {
        if (els.map((e) => e.textContent).join('') !== phrase) continue;
        if (color && !els.every((e) => e.classList.contains(`hl-${color}`))) continue;
        return { id, saving: els.some((e) => e.classList.contains('hl-saving')) };
      }
      return null;
    },
    [phrase, color ?? ''] as const,
  );
}

/** Waits for a saved highlight whose text is `phrase` (every piece of it, entity segments included). */
export async function expectSavedHighlight(page: Page, phrase: string, color?: string): Promise<string> {
  await expect.poll(() => findHighlight(page, phrase, color), { message: `a saved highlight "${phrase}"` }).toMatchObject({ saving: false });
  return (await findHighlight(page, phrase, color))!.id;
}

/** Writes `note` in the editor of a highlight (opened with a click on it) and saves it. */
export async function writeNote(page: Page, id: string, note: string): Promise<void> {
  await markOf(page, id).click();
  const editor = noteEditor(page);
  await expect(editor.getByLabel('Ghi chú', { exact: true })).toBeFocused();
  await page.keyboard.type(note);
  await editor.getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(editor).toHaveCount(0);
  await expect(markOf(page, id)).toHaveClass(/hl-note/);
  await expect(markOf(page, id)).not.toHaveClass(/hl-saving/);
}

/** Highlights a phrase with the mouse in a colour ("Tô vàng"…) and, if given, writes a note on it; returns its id. */
export async function highlight(page: Page, block: number, phrase: string, colorName: string, note?: string): Promise<string> {
  await selectPhrase(page, block, phrase);
  await toolbar(page).getByRole('button', { name: colorName }).click();
  const mark = marks(page).filter({ hasText: phrase.slice(0, 12) }).first();
  await expect(mark).toBeVisible();
  const id = (await mark.getAttribute('data-hl'))!.split(' ')[0]!;
  await expect(markOf(page, id)).not.toHaveClass(/hl-saving/);
  if (note !== undefined) await writeNote(page, id, note);
  return id;
}

// ---- Accessibility ------------------------------------------------------------------------------

/** Serious and critical axe violations on the page (or inside `include`), one line each. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function expectNoSeriousViolations(page: Page, include?: string): Promise<void> {
  expect(await seriousViolations(page, include)).toEqual([]);
}

// ---- The service worker -------------------------------------------------------------------------

/** First visit installs the worker (it precaches); a reload puts the page under its control. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}
