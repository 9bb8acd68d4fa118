/**
 * The page's first script. A prerendered article in the prerender's language, with no note of the
 * reader's to show, is complete as it is: its text, marks and panels are in the HTML. The
 * application (React and everything else) loads at the reader's first sign of use; clicks and keys
 * given meanwhile are held and handed over (src/dom/firstUse.ts). Every other page starts it at once.
 */
import { readPrerendered } from './app/prerendered';
import { showBootFailure } from './app/bootFailure';
import { watchFirstUse } from './dom/firstUse';
import { startNotesPageBoot } from './features/notes/boot';
import { registerServiceWorker } from './features/offline/register';
import { isChunkLoadError, reloadable } from './lib/reloadable';
import { parseRoute } from './lib/route';
import { documentLanguage, PRERENDER_LANG } from './prefs/lang';
import { markupMatchesDefaults } from './prefs/model';
import { notesPresence } from './storage/presence';
import './styles/fonts.css';
import './styles/base.css';
import './styles/bidi.css';

const loadApp = reloadable(() => import('./app/start'));
const root = document.getElementById('root')!;
// The all-notes page's code and first read start beside the application's download, and its first
// screen is painted from that read before the application runs (which waits for it).
const notesBoot =
  parseRoute(window.location.pathname).name === 'notes' ? startNotesPageBoot(root, () => import('./app/bootShell').then((m) => m.shellReplica)) : undefined;

registerServiceWorker();
const prerendered = readPrerendered();
const firstUse = watchFirstUse(root);

/** Whether the page needs its application before the reader does anything. */
async function neededNow(): Promise<boolean> {
  const route = parseRoute(window.location.pathname);
  if (!prerendered || route.name !== 'article' || documentLanguage() !== PRERENDER_LANG) return true;
  // Marks or focus the reader chose change tab stops and pressed buttons in the HTML: the application renders them.
  if (!markupMatchesDefaults(document.documentElement)) return true;
  // A link to one of the reader's highlights, or notes to paint and list: the application does that.
  if (/^#hl-/.test(window.location.hash)) return true;
  return (await notesPresence(route.id)) !== 'none';
}

function start(): void {
  loadApp()
    .then(({ startApp }) => {
      notesBoot?.takeOver(); // nothing is painted under the application from here on
      startApp(root, prerendered, () => {
        document.documentElement.removeAttribute('data-notes');
        // Says the buttons now answer (tests and scripts wait for it; no style depends on it).
        document.documentElement.setAttribute('data-app', 'live');
        // After this task: effects that run after the live signal may add listeners too.
        setTimeout(() => firstUse.release());
      });
    })
    .catch((error: unknown) => {
      console.error('Margin: the application could not start', error);
      firstUse.dispose();
      showBootFailure(isChunkLoadError(error), start);
    });
}

// On /notes, not before its first screen is painted (or will not be): the application's evaluation would hold it back.
void firstUse.started.then(() => notesBoot?.ready).then(start);
void neededNow().then((now) => {
  if (now) firstUse.start();
  // The notes panel's prerendered "reading notes…" line can say there are none (styles/base.css).
  else document.documentElement.setAttribute('data-notes', 'none');
});
