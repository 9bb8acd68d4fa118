import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorView } from '../components/ErrorView';

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
        <ErrorView
          title="Trang này gặp lỗi"
          message={`${error instanceof Error ? error.message : String(error)} Dữ liệu đã lưu không bị ảnh hưởng.`}
          onRetry={() => this.setState({ error: null })}
        />
      </main>
    );
  }
}
