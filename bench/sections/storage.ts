/**
 * 5. Storage: 10,000 notes over 100 articles — the app's storage start on each kind of page, the full
 * read, the v1 → v3 migration, one article, /notes.
 */
import { NOTES_PAGE_SIZE } from '../../src/features/notes/paging';
import type { Probe } from '../lib/probe';
import { newContext, stubbed, type BenchWindow } from '../lib/browser';
import { asV1Records, manyNotes } from '../lib/fixtures';
import { SEED, STORE_ARTICLES, STORE_PER_ARTICLE } from '../lib/paths';
import { addNA, addSeries, atMost } from '../lib/report';
import type { StartTiming } from '../pages/storage';
import type { Section } from './types';

const RUNS = 5;

export const storage: Section = {
  key: 'storage',
  label: '5. storage',
  browser: true,
  async run({ browser, origin, fx }) {
    const S = `5. Storage: ${(STORE_ARTICLES * STORE_PER_ARTICLE).toLocaleString('en-US')} notes across ${STORE_ARTICLES} articles`;
    const ids = [
      ...fx.bundled.map((a) => a.id),
      ...Array.from({ length: STORE_ARTICLES - fx.bundled.length }, (_, i) => `bench-article-${String(i).padStart(3, '0')}`),
    ].slice(0, STORE_ARTICLES);
    const notes = manyNotes(fx.bundled, ids, STORE_PER_ARTICLE);
    const v1 = asV1Records(notes);
    const starts = { article: [] as StartTiming[], library: [] as StartTiming[], notes: [] as StartTiming[] };
    const current: StartTiming[] = [];
    const migrating: StartTiming[] = [];
    const oneArticle: StartTiming[] = [];
    const overview: StartTiming[] = [];
    const notesPage: Probe[] = [];
    const notesUi = !stubbed('notes', 'AllNotesPage');
    const firstPage = Math.min(notes.length, NOTES_PAGE_SIZE);
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(browser!, { notesTarget: notesUi ? firstPage : 0 });
      const page = await context.newPage();
      const open = async () => {
        await page.goto(`${origin}/bench/storage.html`);
        await page.waitForFunction(() => document.body.dataset.ready === 'true');
      };
      await open();
      await page.evaluate((list) => (window as unknown as BenchWindow).marginBench.seed(list), notes);
      // The app's start on each kind of page (a fresh page each time: nothing cached in memory).
      for (const kind of ['article', 'library', 'notes'] as const) {
        await open();
        starts[kind].push(
          await page.evaluate(([k, id, n]) => (window as unknown as BenchWindow).marginBench.timeAppStart(k, id, n), [kind, SEED, firstPage] as const),
        );
      }
      // The full read of every note (not on a start path: /notes after its first page, export, import).
      await open();
      current.push(await page.evaluate(() => (window as unknown as BenchWindow).marginBench.timeStartAll()));
      await open();
      oneArticle.push(await page.evaluate((id) => (window as unknown as BenchWindow).marginBench.timeStartArticle(id), SEED));
      await open();
      overview.push(await page.evaluate((n) => (window as unknown as BenchWindow).marginBench.timeOverview(n), firstPage));
      if (notesUi) {
        await page.goto(`${origin}/notes`);
        try {
          await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench.notesDoneAt ?? 0) > 0, null, { polling: 100, timeout: 60_000 });
        } catch {
          // reported as the count reached
        }
        notesPage.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench));
      }
      // Old-format records: the first start after an upgrade migrates every record, then reads them.
      await open();
      await page.evaluate((list) => (window as unknown as BenchWindow).marginBench.seedV1(list), v1);
      await open();
      migrating.push(await page.evaluate(() => (window as unknown as BenchWindow).marginBench.timeStartAll()));
      await context.close();
    }
    const counted = (t: StartTiming[]) => (t.some((x) => x.loaded < 0) ? 'summaries NOT trusted in some runs' : `footer counted ${t[0]?.loaded ?? 0}`);
    addSeries(S, 'start, article page: ensureSchema + its notes + usage', 'ms', starts.article.map((t) => t.totalMs), atMost(150), counted(starts.article));
    addSeries(S, 'start, library: ensureSchema + summaries + usage', 'ms', starts.library.map((t) => t.totalMs), atMost(150), counted(starts.library));
    addSeries(S, 'start, /notes: ensureSchema + first rows + usage', 'ms', starts.notes.map((t) => t.totalMs), atMost(150), counted(starts.notes));
    addSeries(S, 'full read: ensureSchema + listAllAnnotations (no start path)', 'ms', current.map((t) => t.totalMs), undefined, `loaded ${current[0]?.loaded ?? 0}`);
    addSeries(S, '  of which listAllAnnotations', 'ms', current.map((t) => t.listMs));
    addSeries(S, 'start after an upgrade: migrate v1 → v3 and build summaries, + list', 'ms', migrating.map((t) => t.totalMs), undefined, `migrated ${migrating[0]?.migrated ?? 0}`);
    addSeries(S, '  of which the migration (ensureSchema)', 'ms', migrating.map((t) => t.ensureSchemaMs), atMost(1000));
    addSeries(S, 'article page: listAnnotations (100 notes) among 10,000', 'ms', oneArticle.map((t) => t.totalMs));
    addSeries(
      S,
      `all-notes first page read: summaries + the newest ${firstPage} notes' articles`,
      'ms',
      overview.map((t) => t.totalMs),
      undefined,
      overview.some((t) => t.loaded < 0) ? 'summaries NOT trusted in some runs' : `notes read ${overview[0]?.loaded ?? 0}`,
    );
    if (!notesUi) {
      addNA(S, 'all-notes page (/notes): first page painted', 'ms', 'notes page missing');
    } else {
      const done = notesPage.filter((p) => (p.notesDoneAt ?? 0) > 0);
      addSeries(S, 'all-notes page (/notes): first note painted', 'ms', notesPage.map((p) => ((p.firstNoteAt ?? 0) > 0 ? p.firstNoteAt! : Number.NaN)));
      addSeries(
        S,
        `all-notes page (/notes): first page (${firstPage} of ${notes.length.toLocaleString('en-US')} notes) painted`,
        'ms',
        done.map((p) => p.notesDoneAt!),
        atMost(300),
        done.length < RUNS ? `reached in ${done.length}/${RUNS} runs (max ${Math.max(...notesPage.map((p) => p.notesCount))} rows)` : '',
      );
    }
    return { starts, current, migrating, oneArticle, overview, notesPage };
  },
};
