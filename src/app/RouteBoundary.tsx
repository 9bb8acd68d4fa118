import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorView } from '../components/ErrorView';
import { useT } from '../lib/i18n';

/**
 * Around the routes: a render error in a page shows a message with "Thử lại" instead of an empty
 * page; the header and footer stay. Keyed by the route in App, so going elsewhere starts afresh.
 */
export class RouteBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Margin: a page failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <main id="main">
        <RouteFailure error={error} onRetry={() => this.setState({ error: null })} />
      </main>
    );
  }
}

function RouteFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  return <ErrorView title={t('route.failed.title')} message={t('route.failed.message', { message })} onRetry={onRetry} />;
}
