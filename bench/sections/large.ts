/**
 * 3. Large article: 200,000 characters, ~2,000 entities, 1,000 stored highlights — time to text,
 * notes read → every highlight painted, long tasks while scrolling.
 */
import type { Probe } from '../lib/probe';
import { loadForText, newContext, seedNotes, stubbed, type BenchWindow } from '../lib/browser';
import { LARGE_ID, LARGE_SPA_ID } from '../lib/paths';
import { addNA, addSeries, addValue, atMost } from '../lib/report';
import type { Section } from './types';

const RUNS = 5;

export const large: Section = {
  key: 'large',
  label: '3. large article',
  browser: true,
  async run({ browser, origin, fx }) {
    const S = `3. Large article (${fx.large.blocks.reduce((n, b) => n + b.text.length, 0).toLocaleString('en-US')} characters, ${fx.large.blocks.length} blocks)`;
    addValue(S, 'entities (real extractor)', 'count', fx.large.entities.length, undefined, fx.extractor ? '' : 'extractor missing: none');
    addValue(S, 'stored highlights', 'count', fx.largeHighlights.length);
    const highlightsUi = !stubbed('highlights', 'useHighlightPaints');
    const prerendered: Probe[] = [];
    const spa: Probe[] = [];
    const hlDone: number[] = [];
    const afterRead: number[] = [];
    const hlCounts: number[] = [];
    const longCount: number[] = [];
    const longTotal: number[] = [];
    const longMax: number[] = [];
    const scrollMs: number[] = [];
    const notes = fx.largeHighlights;
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser!, { hlTarget: highlightsUi ? notes.length : 0 });
      await seedNotes(context, origin, notes);

      const page = await context.newPage();
      prerendered.push(await loadForText(page, `${origin}/a/${LARGE_ID}`));
      // A page measured without its styles (a policy refusing the inline CSS) would say nothing about Margin.
      const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.article-body > .block')!).contentVisibility === 'auto');
      if (!styled) throw new Error(`/a/${LARGE_ID} is not styled: its inline CSS did not apply (Content-Security-Policy?)`);
      if (highlightsUi) {
        try {
          await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench.hlDoneAt ?? 0) > 0, null, { polling: 100, timeout: 60_000 });
        } catch {
          // reported below as the count reached
        }
        const probe = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
        hlCounts.push(probe.hlCount);
        if ((probe.hlDoneAt ?? 0) > 0) {
          hlDone.push(probe.hlDoneAt!);
          afterRead.push(probe.notesReadAt !== null ? probe.hlDoneAt! - probe.notesReadAt : Number.NaN);
        }
      }
      await page.waitForLoadState('networkidle');
      // Scripted scroll: one viewport per frame from top to bottom; long tasks inside that window.
      const [from, to] = await page.evaluate(async () => {
        window.scrollTo(0, 0);
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        const el = document.scrollingElement ?? document.documentElement;
        while (window.scrollY + window.innerHeight < el.scrollHeight - 2) {
          window.scrollBy(0, window.innerHeight);
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => setTimeout(r, 100));
        return [t0, performance.now()];
      });
      const tasks = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.longtasks)).filter(([s]) => s >= from && s <= to);
      longCount.push(tasks.length);
      longTotal.push(tasks.reduce((n, [, d]) => n + d, 0));
      longMax.push(tasks.reduce((m, [, d]) => Math.max(m, d), 0));
      scrollMs.push(to - from);
      await page.close();

      const spaPage = await context.newPage();
      spa.push(await loadForText(spaPage, `${origin}/a/${LARGE_SPA_ID}`));
      await context.close();
    }
    addSeries(S, 'time to first paragraph, prerendered page', 'ms', prerendered.map((p) => p.textAt ?? Number.NaN));
    addSeries(S, 'time to first paragraph, client-rendered (no prerender)', 'ms', spa.map((p) => p.textAt ?? Number.NaN));
    const all = `all ${notes.length} highlights painted`;
    if (!highlightsUi) {
      addNA(S, all, 'ms', 'highlights UI missing');
    } else if (hlDone.length === 0) {
      addNA(S, all, 'ms', `only ${Math.max(0, ...hlCounts)} painted`);
    } else {
      const reached = hlDone.length < RUNS ? `reached in ${hlDone.length}/${RUNS} runs` : '';
      addSeries(S, `${all}, since navigation`, 'ms', hlDone, undefined, reached);
      addSeries(S, `${all}, since the notes were read (margin:notes-read)`, 'ms', afterRead, atMost(100, '≤ 100'), afterRead.some(Number.isNaN) ? 'no notes-read mark in some runs' : '');
    }
    addSeries(S, 'long tasks (> 50 ms) during the scroll', 'count', longCount, atMost(0, '0'));
    addSeries(S, 'long-task time during the scroll', 'ms', longTotal);
    addSeries(S, 'longest task during the scroll', 'ms', longMax);
    addSeries(S, 'scroll duration (one viewport per frame)', 'ms', scrollMs);
    return { prerendered, spa, hlDone, afterRead, hlCounts, longCount, longTotal, longMax, highlightsUi };
  },
};
