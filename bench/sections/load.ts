/** 1. First load: the bytes of a cold, direct visit to an article (a shared link). */
import { gzipSync } from 'node:zlib';
import { newContext } from '../lib/browser';
import { SEED } from '../lib/paths';
import { addSeries, atMost } from '../lib/report';
import type { Section } from './types';

interface File {
  url: string;
  type: string;
  raw: number;
  gzip: number;
  /** Arrived before the page's load event. */
  beforeLoad: boolean;
}

const S = '1. First load of /a/<seed> (cold cache, every response until the network is idle)';
const RUNS = 5;

export const load: Section = {
  key: 'load',
  label: '1. first-load bytes',
  browser: true,
  async run({ browser, origin }) {
    const totals = { jsCss: [] as number[], jsCssAtLoad: [] as number[], jsGz: [] as number[], jsRaw: [] as number[], cssGz: [] as number[], cssRaw: [] as number[], htmlGz: [] as number[], fontRaw: [] as number[] };
    let files: File[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser!);
      const page = await context.newPage();
      const responses: Promise<File | null>[] = [];
      let loaded = false;
      const inlineCss = new Map<string, string>();
      page.on('response', (response) => {
        const type = response.request().resourceType();
        const beforeLoad = !loaded;
        responses.push(
          response
            .body()
            .then((body) => {
              if (type === 'document') {
                const styles = [...body.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
                inlineCss.set(response.url(), styles.join('\n'));
              }
              return { url: response.url().replace(origin, ''), type, raw: body.length, gzip: gzipSync(body).length, beforeLoad };
            })
            .catch(() => null),
        );
      });
      page.once('load', () => (loaded = true));
      await page.goto(`${origin}/a/${SEED}`, { waitUntil: 'networkidle' });
      const got = (await Promise.all(responses)).filter((r): r is File => r !== null);
      // CSS inlined in the page (critical CSS) counts as CSS, not as HTML.
      const inline = inlineCss.get(page.url()) ?? '';
      if (inline) got.push({ url: '(inline <style> in the page)', type: 'stylesheet', raw: Buffer.byteLength(inline), gzip: gzipSync(inline).length, beforeLoad: true });
      const sum = (types: string[], key: 'raw' | 'gzip', atLoad = false) =>
        got.filter((r) => types.includes(r.type) && (!atLoad || r.beforeLoad)).reduce((n, r) => n + r[key], 0) / 1000;
      totals.jsCss.push(sum(['script', 'stylesheet'], 'gzip'));
      totals.jsCssAtLoad.push(sum(['script', 'stylesheet'], 'gzip', true));
      totals.jsGz.push(sum(['script'], 'gzip'));
      totals.jsRaw.push(sum(['script'], 'raw'));
      totals.cssGz.push(sum(['stylesheet'], 'gzip'));
      totals.cssRaw.push(sum(['stylesheet'], 'raw'));
      totals.htmlGz.push(sum(['document'], 'gzip'));
      totals.fontRaw.push(sum(['font'], 'raw'));
      files = got;
      await context.close();
    }
    addSeries(S, 'JS + CSS, gzip (until network idle)', 'kB', totals.jsCss, atMost(90, '≤ 90 kB (done ≤ 100)'));
    addSeries(S, 'JS + CSS, gzip, until the load event', 'kB', totals.jsCssAtLoad);
    addSeries(S, 'JS, gzip', 'kB', totals.jsGz);
    addSeries(S, 'JS, raw', 'kB', totals.jsRaw);
    addSeries(S, 'CSS, gzip (files + inline <style>)', 'kB', totals.cssGz);
    addSeries(S, 'CSS, raw', 'kB', totals.cssRaw);
    addSeries(S, 'HTML document, gzip', 'kB', totals.htmlGz, undefined, 'article text + embedded data (+ inline CSS, also counted above)');
    addSeries(S, 'fonts (woff2, already compressed)', 'kB', totals.fontRaw);
    return { files };
  },
};
