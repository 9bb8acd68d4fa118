import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorView } from '../components/ErrorView';
import { LibraryPage } from '../features/library';
import { AllNotesPage } from '../features/notes';
import { OfflineIndicator, StorageStatus, UpdateNotice } from '../features/offline';
import { ArticlePage } from './ArticlePage';
import { Link, useRoute } from '../lib/router';
import { useAppStore } from '../stores/store';

function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'article':
      return <ArticlePage key={route.id} id={route.id} />;
    case 'notes':
      return <AllNotesPage />;
    default:
      return <ErrorView title="Không tìm thấy trang" message={`Không có trang nào ở địa chỉ ${route.path}.`} />;
  }
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => {
    // Preferences come from localStorage only after hydration, so server and client first render agree.
    void useAppStore.persist.rehydrate();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung
      </a>
      <header className="topbar">
        <Link href="/" className="brand" aria-label="Margin — về thư viện">
          Margin
        </Link>
        <OfflineIndicator />
        <nav aria-label="Chính">
          <Link href="/">Thư viện</Link>
          <Link href="/notes">Ghi chú</Link>
        </nav>
      </header>
      <Routes />
      <footer className="app-footer">
        <StorageStatus />
      </footer>
      <UpdateNotice />
    </QueryClientProvider>
  );
}
