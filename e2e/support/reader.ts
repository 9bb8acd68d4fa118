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

/**
 * The reader's first sign of use — the mouse moving onto the page — and the application live: a
 * prerendered article without notes loads its code only then (src/main.tsx, src/dom/firstUse.ts).
 */
export async function startUsing(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
}

/** Opens an article and waits until its text is final and its notes are read (the panel says when). */
export async function openArticle(page: Page, url = SEED_URL): Promise<void> {
  await page.goto(url);
  await textSettled(page);
  await startUsing(page);
  await expect(notesPanel(page).locator('.hl-notes-title')).toBeVisible();
  await expect(notesPanel(page).locator('.hl-notes-loading')).toHaveCount(0);
}

/**
 * A second window of the same browser beside `page`, as a reader puts two windows side by side: both
 * stay visible. (A second tab is hidden while the first is in front, and input to it crawls.)
 */
export async function openWindowBeside(page: Page): Promise<Page> {
  const [other] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => {
      window.open('/notes', '_blank', 'popup,noopener');
    }),
  ]);
  return other;
}

// ---- Locators -----------------------------------------------------------------------------------

export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Tô sáng đoạn đã chọn' });
export const noteEditor = (page: Page) => page.getByRole('dialog').filter({ has: page.getByLabel('Ghi chú', { exact: true }) });
export const notesPanel = (page: Page) => page.locator('.hl-notes-inline');

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
  // The page may still move after the scroll — blocks above laid out for real instead of their
  // content-visibility estimate, the web font, hydration — so measure until two frames agree.
  let a = await charBox(page, from.block, from.start);
  for (let attempt = 0; ; attempt++) {
    if (Math.abs(a.y - 140) > 1) await page.evaluate((dy) => window.scrollBy(0, dy), a.y - 140);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const again = await charBox(page, from.block, from.start);
    const settled = Math.abs(again.y - a.y) < 1 && Math.abs(again.x - a.x) < 1;
    a = again;
    if (settled) break;
    expect(attempt, 'the text stays put under the pointer').toBeLessThan(8);
  }
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

/**
 * A highlight as painted in the article body: where the browser has the CSS Custom Highlight API,
 * ranges read through the body's `marginHighlights` locator (the same one the app's features use);
 * elsewhere `<mark data-hl>` segments. `parts` is its text per block, `styles` its colour and states
 * (note, saving, failed, flash).
 */
export interface PaintedHighlight {
  id: string;
  text: string;
  parts: string[];
  blocks: number[];
  styles: string[];
}

/** Every highlight painted in the article body, in the order painted. */
export async function paintedHighlights(page: Page): Promise<PaintedHighlight[]> {
  return page.evaluate(() => {
    type Locator = {
      spans(): { id: string; styles: readonly string[] }[];
      ranges(id: string): Range[];
    };
    const body = document.querySelector('[data-article]') as (Element & { marginHighlights?: Locator }) | null;
    if (!body) return [];
    const blockOf = (n: Node) => Number((n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('[data-block]')?.getAttribute('data-block'));
    const loc = body.marginHighlights;
    if (loc) {
      return loc
        .spans()
        .filter((s) => s.id !== 'hl-draft')
        .map((s) => {
          const ranges = loc.ranges(s.id);
          const parts = ranges.map((r) => r.toString());
          return { id: s.id, text: parts.join(''), parts, blocks: ranges.map((r) => blockOf(r.startContainer)), styles: [...s.styles] };
        });
    }
    const byId = new Map<string, { parts: Map<number, string>; styles: Set<string> }>();
    for (const m of body.querySelectorAll<HTMLElement>('mark.hl[data-hl]')) {
      for (const id of (m.getAttribute('data-hl') ?? '').split(' ')) {
        if (!id || id === 'hl-draft') continue;
        const h = byId.get(id) ?? { parts: new Map<number, string>(), styles: new Set<string>() };
        const b = blockOf(m);
        h.parts.set(b, (h.parts.get(b) ?? '') + (m.textContent ?? ''));
        for (const c of m.classList) if (c.startsWith('hl-') && c !== 'hl-note-end') h.styles.add(c.slice(3));
        byId.set(id, h);
      }
    }
    return [...byId].map(([id, h]) => ({
      id,
      text: [...h.parts.values()].join(''),
      parts: [...h.parts.values()],
      blocks: [...h.parts.keys()],
      styles: [...h.styles],
    }));
  });
}

export async function paintedHighlight(page: Page, id: string): Promise<PaintedHighlight | null> {
  return (await paintedHighlights(page)).find((h) => h.id === id) ?? null;
}

export interface FoundHighlight {
  id: string;
  saving: boolean;
}

/** The highlight whose painted text (its parts joined) is `phrase`, in `color` when given. */
export async function findHighlight(page: Page, phrase: string, color?: string): Promise<FoundHighlight | null> {
  const h = (await paintedHighlights(page)).find((h) => h.text === phrase && (!color || h.styles.includes(color)));
  return h ? { id: h.id, saving: h.styles.includes('saving') } : null;
}

/** Waits for a saved highlight whose text is `phrase`. */
export async function expectSavedHighlight(page: Page, phrase: string, color?: string): Promise<string> {
  await expect.poll(() => findHighlight(page, phrase, color), { message: `a saved highlight "${phrase}"` }).toMatchObject({ saving: false });
  return (await findHighlight(page, phrase, color))!.id;
}

/** Waits until a highlight is painted with every style in `has` and none in `not`. */
export async function expectHighlightStyles(page: Page, id: string, has: string[], not: string[] = []): Promise<void> {
  await expect
    .poll(
      async () => {
        const h = await paintedHighlight(page, id);
        return !!h && has.every((s) => h.styles.includes(s)) && !not.some((s) => h.styles.includes(s));
      },
      { message: `highlight ${id} painted with [${has}] and without [${not}]` },
    )
    .toBe(true);
}

export async function expectNotPainted(page: Page, id: string): Promise<void> {
  await expect.poll(() => paintedHighlight(page, id), { message: `highlight ${id} not painted` }).toBeNull();
}

export async function expectHighlightCount(page: Page, n: number): Promise<void> {
  await expect.poll(async () => (await paintedHighlights(page)).length, { message: `${n} highlights painted` }).toBe(n);
}

/** The first line box of a highlight on screen (scrolled into the middle of the screen first). */
async function highlightBox(page: Page, id: string): Promise<{ x: number; y: number; w: number; h: number }> {
  await expect.poll(() => paintedHighlight(page, id), { message: `highlight ${id} painted` }).not.toBeNull();
  const locate = () =>
    page.evaluate((id) => {
      type Locator = { ranges(id: string): Range[] };
      const body = document.querySelector('[data-article]') as (Element & { marginHighlights?: Locator }) | null;
      const range = body?.marginHighlights?.ranges(id)[0];
      const el = range ? null : document.querySelector(`mark[data-hl~="${CSS.escape(id)}"]`);
      const r = (range ?? el)!.getClientRects()[0]!;
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }, id);
  const first = await locate();
  const viewport = page.viewportSize()!;
  if (first.y < 80 || first.y + first.h > viewport.height - 80) {
    await page.evaluate((dy) => window.scrollBy(0, dy), first.y - viewport.height / 2);
  }
  return locate();
}

/** Clicks a highlight's first line with the mouse. */
export async function clickHighlight(page: Page, id: string): Promise<void> {
  const b = await highlightBox(page, id);
  await page.mouse.click(b.x + Math.min(6, b.w / 2), b.y + b.h / 2);
}

/** Whether a highlight's first line is on screen. */
export async function highlightInViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    type Locator = { ranges(id: string): Range[] };
    const body = document.querySelector('[data-article]') as (Element & { marginHighlights?: Locator }) | null;
    const target = body?.marginHighlights?.ranges(id)[0] ?? document.querySelector(`mark[data-hl~="${CSS.escape(id)}"]`);
    const r = target?.getClientRects()[0];
    return !!r && r.bottom > 0 && r.top < window.innerHeight;
  }, id);
}

/** Whether focus is on the highlight (its <mark>) or the paragraph it starts in (ranges). */
export async function highlightFocused(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    type Locator = { ranges(id: string): Range[] };
    const active = document.activeElement;
    const mark = document.querySelector(`mark[data-hl~="${CSS.escape(id)}"]`);
    if (mark) return active === mark;
    const body = document.querySelector('[data-article]') as (Element & { marginHighlights?: Locator }) | null;
    const start = body?.marginHighlights?.ranges(id)[0]?.startContainer;
    return !!start && !!active?.matches('[data-block]') && active.contains(start);
  }, id);
}

/** Writes `note` in the editor of a highlight (opened with a click on it) and saves it. */
export async function writeNote(page: Page, id: string, note: string): Promise<void> {
  await clickHighlight(page, id);
  const editor = noteEditor(page);
  await expect(editor.getByLabel('Ghi chú', { exact: true })).toBeFocused();
  await page.keyboard.type(note);
  await editor.getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(editor).toHaveCount(0);
  await expectHighlightStyles(page, id, ['note'], ['saving']);
}

/** Highlights a phrase with the mouse in a colour ("Tô vàng"…) and, if given, writes a note on it; returns its id. */
export async function highlight(page: Page, block: number, phrase: string, colorName: string, note?: string): Promise<string> {
  await selectPhrase(page, block, phrase);
  await toolbar(page).getByRole('button', { name: colorName }).click();
  const id = await expectSavedHighlight(page, phrase);
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
