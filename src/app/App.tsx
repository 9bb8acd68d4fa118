import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { warnBeforeUnload } from '../annotations/unsaved';
import { ErrorView } from '../components/ErrorView';
import { AllNotesPage } from '../features/notes';
import { OfflineIndicator, StorageStatus, UpdateNotice } from '../features/offline';
import { AddArticleLauncher } from '../features/own';
import { ExtraArticlesProvider, PeoplePage, PersonPage } from '../features/people';
import { PreferencesMenu } from '../features/preferences';
import { ArticlePage } from './ArticlePage';
import { LibraryRoute } from './LibraryRoute';
import { OWN_ARTICLES_AS_EXTRA } from './ownPeople';
import { useHtmlLang, useT } from '../lib/i18n';
import { RouteBoundary } from './RouteBoundary';
import { Link, replaceSearchParams, useRoute, useSearch } from '../lib/router';
import { useAppStore } from '../stores/store';

function PeopleRoute() {
  const page = Math.max(0, (Number(new URLSearchParams(useSearch()).get('page')) || 1) - 1);
  return <PeoplePage page={page} onPage={(p) => replaceSearchParams({ page: p > 0 ? String(p + 1) : null })} />;
}

function Routes() {
  const route = useRoute();
  return (
    <RouteBoundary key={JSON.stringify(route)}>
      <Route route={route} />
    </RouteBoundary>
  );
}

function Route({ route }: { route: ReturnType<typeof useRoute> }) {
  const t = useT();
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
      return <ErrorView title={t('app.notFound.title')} message={t('app.notFound.message', { path: route.path })} />;
  }
}

/** Calls `onLive` once the tree's effects (its listeners) are in place. */
function Live({ onLive }: { onLive: () => void }) {
  useEffect(() => onLive(), [onLive]);
  return null;
}

/** The whole application. `onLive`: called once it has mounted or hydrated and listens to the reader. */
export function App({ queryClient, onLive }: { queryClient: QueryClient; onLive?: () => void }) {
  const t = useT();
  useHtmlLang();
  useEffect(() => {
    // Preferences come from localStorage only after hydration, so server and client first render agree.
    void useAppStore.persist.rehydrate();
  }, []);
  // Closing the tab with a note not stored yet asks first.
  useEffect(() => warnBeforeUnload(useAppStore.subscribe, useAppStore.getState), []);
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand" aria-label={t('app.home')}>
          Margin
        </Link>
        <OfflineIndicator />
        <nav aria-label={t('app.nav')}>
          <Link href="/">{t('app.nav.library')}</Link>
          <Link href="/people">{t('app.nav.people')}</Link>
          <Link href="/notes">{t('app.nav.notes')}</Link>
          <PreferencesMenu />
        </nav>
      </header>
      <ExtraArticlesProvider value={OWN_ARTICLES_AS_EXTRA}>
        <Routes />
      </ExtraArticlesProvider>
      <footer className="app-footer">
        <StorageStatus />
      </footer>
      <UpdateNotice />
      <AddArticleLauncher />
      {onLive && <Live onLive={onLive} />}
    </QueryClientProvider>
  );
}
