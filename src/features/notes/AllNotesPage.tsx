import { lazy, Suspense } from 'react';
import { LoadingView } from '../../components/ErrorView';

const AllNotesView = lazy(() => import('./AllNotesView'));

/** The all-notes page (`/notes`); its code loads when the page is opened. */
export function AllNotesPage() {
  return (
    <Suspense fallback={<LoadingView label="Đang tải ghi chú…" />}>
      <AllNotesView />
    </Suspense>
  );
}
