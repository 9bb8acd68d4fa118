import { Island, lazyIsland } from '../../components/island';
import { LoadingView } from '../../components/ErrorView';

const AllNotesView = lazyIsland(() => import('./AllNotesView'));

/** The all-notes page (`/notes`); its code loads when the page is opened. */
export function AllNotesPage() {
  return (
    <Island what="notesPage" onRetry={AllNotesView.retry} fallback={<LoadingView label="Đang tải ghi chú…" />}>
      <AllNotesView />
    </Island>
  );
}
