import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ComponentType } from 'react';
import { ensureSchemaOnce } from '../../annotations/schema';
import { indexQueryOptions } from '../../articles/getIndex';
import { Island } from '../../components/island';
import { LoadingView } from '../../components/ErrorView';
import { useT } from '../../lib/i18n';
import { reloadable } from '../../lib/reloadable';

const loadView = reloadable(() => import('./AllNotesView'));
// The page's code once loaded: a later visit renders it at once.
let loaded: ComponentType | undefined;

/** Rethrows a load failure inside the Island, which says so and offers "Thử lại". */
function Failed({ error }: { error: unknown }): never {
  throw error;
}

/**
 * The all-notes page (`/notes`); its code loads when the page is opened. Not React.lazy: a
 * Suspense boundary that showed its fallback reveals the page no sooner than 300 ms later (React
 * throttles reveals), which alone was most of the first page's time. The reads it needs (article
 * titles, the storage schema check) start here, while its code is still on the way.
 */
export function AllNotesPage() {
  const t = useT();
  const client = useQueryClient();
  const [view, setView] = useState<{ View?: ComponentType; error?: unknown }>(() => ({ View: loaded }));

  useEffect(() => {
    void client.prefetchQuery(indexQueryOptions());
    void ensureSchemaOnce();
  }, [client]);

  useEffect(() => {
    if (view.View || view.error !== undefined) return;
    let live = true;
    loadView().then(
      (m) => {
        loaded = m.default;
        if (live) setView({ View: m.default });
      },
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
