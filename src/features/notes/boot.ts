/**
 * The all-notes page's first steps, in the boot script itself (src/main.tsx) on a direct visit: the
 * notes database's first open (100–250 ms at load ≈ 10), the article titles and the page's code are
 * asked for at once, before any chunk has come, and the page's early start (earlyStart.ts) takes
 * them over when its chunk has.
 * Tiny on purpose: every page's boot script carries it, and what it imports is already there.
 */
import { annotationStore } from '../../storage/db';
import { fetchIndexJson } from './earlyIndex';

/** From the boot script on a direct visit to /notes. */
export function startNotesPageBoot(): void {
  annotationStore(); // opens the database now; the first read finds it open
  const indexJson = fetchIndexJson();
  void import('./earlyStart').then((m) => m.startNotesPageEarly(indexJson), () => undefined);
  // The page's code is asked for now too, not once the early start's chunk has come (earlyStart.ts loads it, reported there).
  void import('./AllNotesView').catch(() => undefined);
}
