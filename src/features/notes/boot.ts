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

/** What the boot script holds while the all-notes page's first screen may still be painted. */
export interface NotesBoot {
  /** Resolves when the application may start: the first screen is painted (or will not be), or the limit has passed. */
  readonly ready: Promise<void>;
  /** The application is about to render: from now on nothing is painted under it. */
  takeOver(): void;
}

/**
 * From the boot script on a direct visit to /notes. The application waits for `ready`, so that its
 * evaluation does not hold the first screen back, and calls `takeOver` just before it renders.
 */
export function startNotesPageBoot(root: HTMLElement, shell: () => Promise<ShellPainter>): NotesBoot {
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
 * `ready` resolves once `paint` is done (painted or not, or failed), or after `withinMs` if it has
 * not painted by then. The limit only lets the application start: the gate stays open until the paint
 * is done or `takeOver` is called, so a first read slower than the limit still paints while the
 * application's code is on its way (a slow machine, a slow network), never over the application.
 */
export function whenAppMayStart(paint: (gate: BootGate) => Promise<void>, withinMs: number): NotesBoot {
  const gate: BootGate = { open: true, painted: false };
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const timer = setTimeout(() => gate.painted || resolveReady(), withinMs);
  const close = () => {
    clearTimeout(timer);
    gate.open = false;
    resolveReady();
  };
  paint(gate)
    .catch(() => undefined)
    .then(close);
  return { ready, takeOver: close };
}
