/**
 * Starts the application on the page: hydrates the prerendered HTML of this very path, or renders
 * afresh. Loaded by src/main.tsx — at once, or at the reader's first sign of use on a prerendered
 * article (src/dom/firstUse.ts).
 */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { PrerenderedData } from '../entry-server';
import { createQueryClient } from '../lib/queryClient';
import { setServerPath } from '../lib/router';
import { PRERENDER_LANG } from '../prefs/lang';
import { useAppStore } from '../stores/store';
import { App } from './App';

export function startApp(root: HTMLElement, prerendered: PrerenderedData | null, onLive: () => void): void {
  // The language the boot script chose (the store read it from <html lang> when it was created).
  const lang = useAppStore.getState().lang;
  const queryClient = createQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} onLive={onLive} />
    </StrictMode>
  );
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
      return;
    }
  }
  createRoot(root).render(app);
}
