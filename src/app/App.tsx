import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorView } from '../components/ErrorView';
import { AllNotesPage } from '../features/notes';
import { OfflineIndicator, StorageStatus, UpdateNotice } from '../features/offline';
import { PeoplePage, PersonPage } from '../features/people';
import { ArticlePage } from './ArticlePage';
import { LibraryRoute } from './LibraryRoute';
import { Link, replaceSearchParams, useRoute, useSearch } from '../lib/router';
import { useAppStore } from '../stores/store';

function PeopleRoute() {
  const page = Math.max(0, (Number(new URLSearchParams(useSearch()).get('page')) || 1) - 1);
  return <PeoplePage page={page} onPage={(p) => replaceSearchParams({ page: p > 0 ? String(p + 1) : null })} />;
}

function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'library':
      return <LibraryRoute />;
    case 'people':
      return <PeopleRoute />;
    case 'person':
      return <PersonPage key={route.slug} slug={route.slug} />;
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
          <Link href="/people">Nhân vật</Link>
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
