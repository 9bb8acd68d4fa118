import { Island, lazyIsland } from '../../components/island';
import { LoadingView } from '../../components/ErrorView';
import { useT } from '../../lib/i18n';

const AllNotesView = lazyIsland(() => import('./AllNotesView'));

/** The all-notes page (`/notes`); its code loads when the page is opened. */
export function AllNotesPage() {
  const t = useT();
  return (
    <Island what="notesPage" onRetry={AllNotesView.retry} fallback={<LoadingView label={t('nx.loading')} />}>
      <AllNotesView />
    </Island>
  );
}
