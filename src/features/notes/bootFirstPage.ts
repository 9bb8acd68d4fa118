/**
 * On a direct visit to /notes, the first screen painted by the boot script from its first read
 * (bootPage.ts), before the application's code has run: React DOM's evaluation and first render
 * were most of the time to the first rows. The application starts once this is on screen and the
 * page's code has come, so its first commit has the same rows and replaces this in one go (React
 * empties its root on its first commit). Painted only where that first render is certain to look the
 * same; anything else (storage failing, an older or newer store, no notes, custom colour names,
 * another language, offline) paints nothing and the application shows it, as before.
 */
import { formatDateTime, formatNumber } from '../../domain/i18n/format';
import type { Lang } from '../../domain/i18n/languages';
import { compareVietnamese } from '../../domain/notes/collate';
import { readCustomColorNames } from '../../domain/notes/colorNames';
import { PENDING_ATTRIBUTE } from '../../prefs/lang';
import { timingMark } from '../../storage/marks';
import { PREFS_KEY } from '../../prefs/model';
import { notesPageReplica } from './bootPage';
import { watchBootFocus } from './bootTakeOver';
import { loadNotesView, type EarlyReads } from './earlyStart';

/** The application's frame (skip link, top bar) around the page's <main>: src/app/bootShell.ts. */
export type ShellPainter = (doc: Document, lang: Lang, main: HTMLElement) => Node[];

/** Closed when the application starts: nothing is painted after that. */
export interface BootGate {
  open: boolean;
  painted: boolean;
}

/** The page's code is waited for at most this long once the rows are on screen (then the app starts anyway). */
const VIEW_WAIT_MS = 2_000;

/** Custom colour names come into the application's store only after its first render: that render shows the defaults. */
function customColourNames(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    const stored = JSON.parse(storage?.getItem(PREFS_KEY) ?? 'null') as { state?: { colorNames?: unknown } } | null;
    return Object.keys(readCustomColorNames(stored?.state?.colorNames)).length > 0;
  } catch {
    return false;
  }
}

/** Whether the application's first render of /notes would look like the replica, data aside. */
export function mayPaint(doc: Document, root: Element, win: { navigator?: { onLine?: boolean }; localStorage?: Pick<Storage, 'getItem'> }): boolean {
  if (root.firstElementChild) return false; // something is there already: not the SPA shell's empty root
  if (doc.documentElement.hasAttribute(PENDING_ATTRIBUTE)) return false; // another language: the page is hidden until then
  if (win.navigator?.onLine === false) return false; // the top bar shows the offline pill
  let storage: Pick<Storage, 'getItem'> | undefined;
  try {
    storage = win.localStorage;
  } catch {
    storage = undefined;
  }
  return !customColourNames(storage);
}

/**
 * The first date and number formats and the collator cost 15–25 ms to make (ICU data; CPU profile
 * of the first page): made now, while the main thread waits for the database and the network, not
 * in the task that builds the rows. The same caches serve the application's render.
 */
function warmUp(lang: Lang): void {
  formatDateTime(lang, '2000-01-01T00:00:00.000Z');
  formatNumber(lang, 0);
  compareVietnamese('a', 'b');
}

const afterNextFrame = (win: Window) => new Promise<void>((r) => win.requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * Paints the first screen if it can. Resolves when the application may start: at once when nothing
 * was painted, else once the page's code has come (or a while has passed) and the frame with the
 * rows has been produced, so the application's evaluation does not hold that frame back.
 */
export async function paintFirstPage(
  root: HTMLElement,
  early: Promise<EarlyReads>,
  shell: Promise<ShellPainter>,
  gate: BootGate,
  win: Window = window,
): Promise<void> {
  warmUp(win.document.documentElement.lang === 'en' ? 'en' : 'vi');
  const [reads, paintShell] = await Promise.all([early, shell]);
  const [overview, indexJson] = await Promise.all([reads.overview.catch(() => null), reads.indexJson]);
  const doc = win.document;
  if (!gate.open || !mayPaint(doc, root, win)) return;
  const lang: Lang = doc.documentElement.lang === 'en' ? 'en' : 'vi';
  const main = notesPageReplica(doc, { overview, indexJson, lang });
  if (!main) return;
  root.replaceChildren(...paintShell(doc, lang, main));
  gate.painted = true;
  timingMark('margin:notes-first-screen', { rows: main.getElementsByClassName('nx-item').length });
  watchBootFocus(root);
  await Promise.race([loadNotesView().catch(() => undefined), new Promise((r) => setTimeout(r, VIEW_WAIT_MS))]);
  await afterNextFrame(win);
}
