/**
 * The all-notes page's first steps, in the boot script itself (src/main.tsx) on a direct visit: the
 * notes database's first open (100–250 ms at load ≈ 10), the article titles and the page's code are
 * asked for at once, before any chunk has come, and the page's early start (earlyStart.ts) takes
 * them over when its chunk has; its first read is painted as the first screen (bootFirstPage.ts).
 * Tiny on purpose: every page's boot script carries it, and what it imports is already there.
 */
import { annotationStore } from '../../storage/db';
import type { BootGate, ShellPainter } from './bootFirstPage';
import { fetchIndexJson } from './earlyIndex';

/** The first screen is painted within this, or the application starts without it (a slow or blocked database). */
const PAINT_WITHIN_MS = 1_000;

/**
 * From the boot script on a direct visit to /notes. Resolves when the application may start: once
 * the first screen is painted (or will not be), so that its evaluation does not hold that paint back.
 */
export function startNotesPageBoot(root: HTMLElement, shell: () => Promise<ShellPainter>): Promise<void> {
  annotationStore(); // opens the database now; the first read finds it open
  const indexJson = fetchIndexJson();
  const early = import('./earlyStart').then((m) => m.startNotesPageEarly(indexJson));
  early.catch(() => undefined); // the page reports it when it asks again
  const painter = import('./bootFirstPage');
  const frame = shell();
  frame.catch(() => undefined); // handled where it is awaited
  // The page's code is asked for now too, after what the first screen needs (earlyStart.ts loads it, reported there).
  void import('./AllNotesView').catch(() => undefined);
  return whenAppMayStart((gate) => painter.then((m) => m.paintFirstPage(root, early, frame, gate)), PAINT_WITHIN_MS);
}

/**
 * Resolves when the application may start: once `paint` is done (painted or not, or failed), or
 * after `withinMs` if it has not painted by then; the gate is closed at that moment, so nothing is
 * painted over the application afterwards.
 */
export function whenAppMayStart(paint: (gate: BootGate) => Promise<void>, withinMs: number): Promise<void> {
  const gate: BootGate = { open: true, painted: false };
  return new Promise<void>((resolve) => {
    const go = () => {
      gate.open = false;
      resolve();
    };
    const timer = setTimeout(() => gate.painted || go(), withinMs);
    paint(gate)
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        go();
      });
  });
}
