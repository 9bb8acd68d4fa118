/**
 * 2. Time to text: navigation start → the seed article's first paragraph painted, for Margin, the
 * bare page (its HTML only: the floor) and the styled static twin, in the same run.
 */
import type { Probe } from '../lib/probe';
import { loadForText, newContext, settle } from '../lib/browser';
import { BARE_PATH, SEED, STATIC_PATH } from '../lib/paths';
import { addSeries, atMost } from '../lib/report';
import { summarize } from '../lib/stats';
import type { Section } from './types';

const S = '2. Time to text: navigation start → first paragraph painted (seed article)';

interface Series {
  cold: Probe[];
  warm: Probe[];
}

export const text: Section = {
  key: 'text',
  label: '2. time to text',
  browser: true,
  async run({ browser, origin, runs }) {
    const margin: Series = { cold: [], warm: [] };
    const bare: Series = { cold: [], warm: [] };
    const styled: Series = { cold: [], warm: [] };
    const noWorker: Series = { cold: [], warm: [] };
    const english: Series = { cold: [], warm: [] };
    const pages: { url: string; into: Series; sw: 'allow' | 'block'; locale?: string }[] = [
      { url: `${origin}/a/${SEED}`, into: margin, sw: 'allow' },
      { url: `${origin}${BARE_PATH}`, into: bare, sw: 'allow' },
      { url: `${origin}${STATIC_PATH}`, into: styled, sw: 'allow' },
      // Diagnostic: Margin with its service worker blocked, to show what the worker costs a warm load.
      { url: `${origin}/a/${SEED}`, into: noWorker, sw: 'block' },
      // Diagnostic: a reader whose browser is in English, for whom the interface waits for the app.
      { url: `${origin}/a/${SEED}`, into: english, sw: 'allow', locale: 'en-GB' },
    ];
    // Round 0 is a warm-up (the browser's first renderer processes, the server's first reads): not kept.
    for (let i = 0; i <= runs; i++) {
      // Alternate which page goes first, so neither always gets the warmer machine.
      for (const p of i % 2 ? [...pages].reverse() : pages) {
        const context = await newContext(browser!, {}, p.sw, p.locale);
        const page = await context.newPage();
        const cold = await loadForText(page, p.url);
        await settle(page);
        const warm = await loadForText(page, p.url);
        await context.close();
        if (i === 0) continue;
        p.into.cold.push(cold);
        p.into.warm.push(warm);
      }
    }
    const t = (list: Probe[]) => list.map((p) => p.textAt ?? Number.NaN);
    const ratios = (a: Probe[], b: Probe[]) => a.map((p, i) => (p.textAt ?? Number.NaN) / (b[i]!.textAt ?? Number.NaN));
    addSeries(S, 'Margin, cold', 'ms', t(margin.cold));
    addSeries(S, 'bare page (HTML only), cold', 'ms', t(bare.cold));
    addSeries(S, 'styled static twin, cold', 'ms', t(styled.cold));
    addSeries(S, 'Margin / bare, cold', 'x', ratios(margin.cold, bare.cold), atMost(1.15, '≤ 1.15 (done ≤ 1.3)'));
    addSeries(S, 'Margin / styled twin, cold', 'x', ratios(margin.cold, styled.cold));
    addSeries(S, 'Margin, warm', 'ms', t(margin.warm));
    addSeries(S, 'bare page (HTML only), warm', 'ms', t(bare.warm));
    addSeries(S, 'styled static twin, warm', 'ms', t(styled.warm));
    addSeries(S, 'Margin / bare, warm', 'x', ratios(margin.warm, bare.warm), atMost(1.1, '≤ 1.1 (done ≤ 1.3)'));
    addSeries(S, 'Margin / styled twin, warm', 'x', ratios(margin.warm, styled.warm));
    addSeries(S, 'diagnostic: Margin, warm, service worker blocked', 'ms', t(noWorker.warm));
    addSeries(S, 'diagnostic: same / bare, warm', 'x', ratios(noWorker.warm, bare.warm));
    addSeries(S, 'diagnostic: Margin, cold, English reader', 'ms', t(english.cold));
    addSeries(S, 'diagnostic: Margin, warm, English reader', 'ms', t(english.warm));
    // Where a warm visit's time goes: the document's arrival (Cache Storage by the worker's static
    // route, the HTTP cache without a worker) against what the page does after it.
    const doc = (list: Probe[]) => list.map((p) => p.docAt ?? Number.NaN);
    addSeries(S, 'diagnostic: document received (responseEnd), Margin, warm', 'ms', doc(margin.warm));
    addSeries(S, 'diagnostic: document received, Margin, warm, worker blocked', 'ms', doc(noWorker.warm));
    addSeries(S, 'diagnostic: document received, bare page, warm', 'ms', doc(bare.warm));
    const cross = (list: Probe[], key: 'nextFrameAt' | 'fcp' | 'lcp') => summarize(list.map((p) => p[key] ?? Number.NaN)).median;
    const crossChecks = Object.fromEntries(
      (['nextFrameAt', 'fcp', 'lcp'] as const).map((k) => [
        k,
        Object.fromEntries(
          Object.entries({ margin, bare, styled }).flatMap(([name, s]) => [
            [`${name}Cold`, cross(s.cold, k)],
            [`${name}Warm`, cross(s.warm, k)],
          ]),
        ),
      ]),
    );
    return { margin, bare, styled, marginWithoutServiceWorker: noWorker, marginInEnglish: english, crossChecks };
  },
};
