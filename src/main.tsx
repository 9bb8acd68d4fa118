import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './features/offline/register';
import type { PrerenderedData } from './entry-server';
import { createQueryClient } from './lib/queryClient';
import { setServerPath } from './lib/router';
import { PRERENDER_LANG } from './prefs/lang';
import { useAppStore } from './stores/store';
import './styles/fonts.css';
import './styles/base.css';
import './styles/bidi.css';

const samePath = (a: string, b: string) => (a.replace(/\/+$/, '') || '/') === (b.replace(/\/+$/, '') || '/');

/** The data scripts/prerender.ts embedded, if this page was prerendered for this very path. */
function readPrerendered(): PrerenderedData | null {
  const text = document.getElementById('margin-data')?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as PrerenderedData;
    return samePath(data.path, window.location.pathname) ? data : null;
  } catch {
    return null;
  }
}

registerServiceWorker();
// The language the boot script chose (the store read it from <html lang> when it was created).
const lang = useAppStore.getState().lang;
const queryClient = createQueryClient();
const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);
const prerendered = readPrerendered();
if (prerendered) {
  // Hydration renders with the server snapshot of the path: make it the real one.
  setServerPath(window.location.pathname);
  hydrate(queryClient, prerendered.state);
  // The HTML is in Vietnamese: in another language the page is rendered afresh (hidden until then).
  if (lang === PRERENDER_LANG) {
    hydrateRoot(root, app, {
      // A lazily loaded part that fails during hydration is client-rendered into its error boundary
      // (a message with "Thử lại"): logged, not rethrown as an uncaught error.
      onRecoverableError: (error, info) => console.error('Margin: recovered while hydrating', error, info.componentStack),
    });
  } else createRoot(root).render(app);
} else {
  createRoot(root).render(app);
}
