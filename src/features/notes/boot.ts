/**
 * The all-notes page's first steps, in the boot script itself (src/main.tsx) on a direct visit: the
 * notes database's first open (100–250 ms at load ≈ 10), the article titles and the page's code are
 * asked for at once, before any chunk has come, and the page's early start (earlyStart.ts) takes
 * them over when its chunk has.
 * Tiny on purpose: every page's boot script carries it, and what it imports is already there.
 */
import { annotationStore } from '../../storage/db';
import { fetchIndexJson } from './earlyIndex';

/** How long the application's first render may wait for the page's code and first rows (then it renders without them). */
export const NOTES_WAIT_MS = 150;

/**
 * From the boot script on a direct visit to /notes. Returns `ready`: resolves once the page's code has
 * run and its first read is done (or failed), or `NOTES_WAIT_MS` after it is asked, whichever comes
 * first. Rendering the application then lets its first render show the rows: rendered first, the shell
 * was laid out and painted on its own and the rows came one render later.
 */
export function startNotesPageBoot(): { ready: () => Promise<void> } {
  annotationStore(); // opens the database now; the first read finds it open
  const indexJson = fetchIndexJson();
  const early = import('./earlyStart').then((m) => Promise.all([m.loadNotesView(), m.startNotesPageEarly(indexJson).overview]));
  const settled = early.then(
    () => undefined,
    () => undefined,
  );
  // The page's code is asked for now too, not once the early start's chunk has come (earlyStart.ts loads it, reported there).
  void import('./AllNotesView').catch(() => undefined);
  return { ready: () => Promise.race([settled, new Promise<void>((r) => setTimeout(r, NOTES_WAIT_MS))]) };
}
