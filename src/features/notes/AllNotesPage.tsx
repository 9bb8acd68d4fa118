import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useState, type ComponentType } from 'react';
import { Island } from '../../components/island';
import { LoadingView } from '../../components/ErrorView';
import { useT } from '../../lib/i18n';
import { loadedNotesView, loadNotesView } from './earlyStart';
import { primeNotesPage } from './primeNotesPage';

/** Rethrows a load failure inside the Island, which says so and offers "Thử lại". */
function Failed({ error }: { error: unknown }): never {
  throw error;
}

/**
 * The all-notes page (`/notes`); its code loads when the page is opened. Not React.lazy: a
 * Suspense boundary that showed its fallback reveals the page no sooner than 300 ms later (React
 * throttles reveals), which alone was most of the first page's time. Its first read (titles, schema
 * check, summaries and first rows) runs while the code is on the way (earlyStart.ts).
 */
export function AllNotesPage() {
  const t = useT();
  const client = useQueryClient();
  const [view, setView] = useState<{ View?: ComponentType; error?: unknown }>(() => {
    // Before any child renders, so the page's queries find these reads running (or done).
    primeNotesPage(client);
    return { View: loadedNotesView() };
  });

  // A layout effect: a passive one runs only after the first paint, by when the code may have been waiting.
  useLayoutEffect(() => {
    if (view.View || view.error !== undefined) return;
    let live = true;
    loadNotesView().then(
      (View) => live && setView({ View }),
      (error: unknown) => live && setView({ error }),
    );
    return () => {
      live = false;
    };
  }, [view]);

  const { View, error } = view;
  return (
    <Island what="notesPage" onRetry={() => setView({})} fallback={<LoadingView label={t('nx.loading')} />}>
      {error !== undefined ? <Failed error={error} /> : View ? <View /> : <LoadingView label={t('nx.loading')} />}
    </Island>
  );
}
