/**
 * 4. Interaction: highlights made with the mouse (drag-select, click "Tô vàng") on the seed article
 * (no stored highlights) and on the large article (1,000 stored highlights): main-thread work of
 * the click, click → painted, click → saved.
 */
import type { Page } from '@playwright/test';
import { charBox } from '../../e2e/support/text';
import { toPlainText } from '../../src/domain/article/plainText';
import type { Article } from '../../src/domain/article/types';
import type { Annotation } from '../../src/domain/notes/annotation';
import { newContext, seedNotes, stubbed } from '../lib/browser';
import { highlightProbeScript, type HighlightTiming } from '../lib/probe';
import { LARGE_ID, SEED } from '../lib/paths';
import { addNA, addSeries, atMost, type Target } from '../lib/report';
import type { BenchContext, Section } from './types';

interface Phrase {
  block: number;
  start: number;
  end: number;
}

/**
 * Word-aligned phrases of `words` words in the article's paragraphs, never overlapping, never
 * starting inside an entity mention (a drag that starts on an official's name, a focusable
 * button, selects nothing: that is the entities UI's behaviour, not what this figure measures),
 * and clear of the `taken` highlights.
 */
function phrases(article: Article, count: number, words: number, taken: readonly Annotation[] = []): Phrase[] {
  const out: Phrase[] = [];
  const starts = toPlainText(article.blocks).blockStarts;
  const busy = taken.map((a) => {
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
    return pos ?? { start: -1, end: -1 };
  });
  const free = (block: number, start: number, end: number) => {
    const s = starts[block]! + start - 2;
    const e = starts[block]! + end + 2;
    return !busy.some((b) => b.start < e && s < b.end);
  };
  const onMention = (block: number, offset: number) => article.entities.some((e) => e.block === block && e.start <= offset && offset < e.end);
  for (let pass = 0; out.length < count && pass < 4; pass++) {
    article.blocks.forEach((b, block) => {
      if (b.type !== 'paragraph') return;
      const w0 = [...b.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
      // Pass p takes phrases at word 1 + p·words + k·(4·words): later passes fill the gaps.
      for (let w = 1 + pass * words; w + words <= w0.length && out.length < count; w += 4 * words) {
        const start = w0[w]![0];
        const end = w0[w + words - 1]![1];
        if (!onMention(block, start) && free(block, start, end)) out.push({ block, start, end });
      }
    });
  }
  return out.slice(0, count);
}

/** Selects [start, end) of a block's text by dragging the mouse, both ends on screen. */
async function dragSelect(page: Page, { block, start, end }: Phrase): Promise<void> {
  const box = (offset: number) => charBox(page, block, offset);
  const first = await box(start);
  await page.evaluate((dy) => window.scrollBy(0, dy), first.y - 200);
  const a = await box(start);
  const b = await box(end - 1);
  await page.mouse.move(a.x + 1, a.y + a.h / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + b.h / 2, { steps: 4 });
  await page.mouse.move(b.x + b.w - 1, b.y + b.h / 2, { steps: 4 });
  await page.mouse.up();
}

async function makeHighlights(ctx: BenchContext, S: string, articleId: string, article: Article, stored: Annotation[], count: number, syncTarget?: Target) {
  const context = await newContext(ctx.browser!);
  await context.addInitScript({ content: highlightProbeScript() });
  if (stored.length) await seedNotes(context, ctx.origin, stored);
  const page = await context.newPage();
  await page.goto(`${ctx.origin}/a/${articleId}`);
  await page.waitForLoadState('networkidle');
  const toolbar = page.getByRole('toolbar', { name: 'Tô sáng đoạn đã chọn' });
  const targets = phrases(article, count, 3, stored);
  const failures: string[] = [];
  for (const [k, t] of targets.entries()) {
    try {
      await dragSelect(page, t);
      await toolbar.waitFor({ state: 'visible', timeout: 5_000 });
      const button = (await toolbar.getByRole('button', { name: 'Tô vàng' }).boundingBox())!;
      const n = await page.evaluate(() => (window as unknown as { __hl: HighlightTiming[] }).__hl.length);
      await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      await page.waitForFunction(
        (n) => {
          const r = (window as unknown as { __hl: HighlightTiming[] }).__hl[n];
          return !!r && r.paintedMs !== null && r.savedMs !== null;
        },
        n,
        { polling: 50, timeout: 10_000 },
      );
    } catch (e) {
      failures.push(`#${k}: ${(e as Error).message.split('\n')[0]}`);
      await page.keyboard.press('Escape');
    }
  }
  const records = await page.evaluate(() => (window as unknown as { __hl: HighlightTiming[] }).__hl);
  await context.close();
  const done = records.filter((r) => r.paintedMs !== null && r.savedMs !== null);
  const note = `${done.length}/${targets.length} made${failures.length ? `; failed: ${failures.slice(0, 2).join('; ')}` : ''}`;
  addSeries(S, 'click handling (all handlers, sync main-thread work)', 'ms', done.map((r) => r.syncMs), syncTarget, note);
  addSeries(S, 'click → highlight painted', 'ms', done.map((r) => r.paintedMs!));
  addSeries(S, 'click → saved', 'ms', done.map((r) => r.savedMs!));
  return { records, failures };
}

export const interaction: Section = {
  key: 'interaction',
  label: '4. interaction',
  browser: true,
  async run(ctx) {
    const seedS = '4a. Interaction: select → "Tô vàng" → painted and saved (50 highlights made on the seed article)';
    const largeS = `4b. Interaction at ${ctx.fx.largeHighlights.length.toLocaleString('en-US')} highlights: 20 more made on the large article`;
    if (stubbed('highlights', 'HighlightTools')) {
      for (const S of [seedS, largeS]) addNA(S, 'click handling', 'ms', 'highlights UI missing');
      return {};
    }
    const seed = await makeHighlights(ctx, seedS, SEED, ctx.fx.seed, [], 50);
    const large = await makeHighlights(ctx, largeS, LARGE_ID, ctx.fx.large, ctx.fx.largeHighlights, 20, atMost(16, '< 16'));
    return { seed, large };
  },
};
