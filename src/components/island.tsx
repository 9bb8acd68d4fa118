/**
 * Lazily loaded islands that fail alone: a chunk that cannot be fetched (flaky network, a redeploy
 * between page and chunk) shows a message with "Thử lại" where the island would be, and the rest of
 * the page — the article's text above all — stays.
 */
import { Component, lazy, Suspense, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError, reloadable } from '../lib/reloadable';
import { useT } from '../lib/i18n';

/** The islands, named in the catalogue as `island.part.<name>` ("the notes list"). */
export type IslandPart =
  | 'addArticle'
  | 'deleteArticle'
  | 'notesList'
  | 'notesPage'
  | 'importDialog'
  | 'noteEditor'
  | 'highlightTools'
  | 'entityCard'
  | 'entityPanel'
  | 'storageStatus';

export interface LazyIsland<P> {
  (props: P): ReactNode;
  /** Called by the boundary's "Thử lại": the next render imports the chunk anew. */
  retry(): void;
  /** Starts loading the code ahead of the first render (hover, idle). */
  preload(): Promise<unknown>;
}

/** React.lazy that can be retried: React keeps a lazy component's rejected promise forever. */
export function lazyIsland<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyIsland<P> {
  const fresh = reloadable(load);
  // A cache of the loading component; replaced after a failure so a retry imports again.
  let Loaded = lazy(fresh);
  const Island = (props: P) => <Loaded {...props} />;
  Island.retry = () => {
    Loaded = lazy(fresh);
  };
  Island.preload = () => fresh().catch(() => undefined);
  return Island;
}

interface BoundaryProps {
  /** What failed to load: named in the message ("the notes list"). */
  what: IslandPart;
  /** Makes the next render import the chunk anew (a LazyIsland's `retry`). */
  onRetry?: () => void;
  /** 'toast' for islands without a place of their own (toolbar, cards): the message floats at the bottom. */
  variant?: 'inline' | 'toast';
  /** Shown while the code loads. */
  fallback?: ReactNode;
  children: ReactNode;
}

/** Suspense + an error boundary around one island: its failure is a message, never a blank page. */
export class Island extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Margin: ${this.props.what} failed`, error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { what, variant = 'inline', fallback = null, children } = this.props;
    if (this.state.error === null) return <Suspense fallback={fallback}>{children}</Suspense>;
    return <IslandError what={what} variant={variant} chunk={isChunkLoadError(this.state.error)} onRetry={this.retry} />;
  }
}

/**
 * An island's failure as the reader sees it: what did not load or render, and "Thử lại". Also for an
 * island whose code is here but which loads a module of its own that failed (its retry loads that again).
 */
export function IslandError({ what, variant = 'inline', chunk, onRetry }: { what: IslandPart; variant?: 'inline' | 'toast'; chunk: boolean; onRetry: () => void }) {
  return (
    <div className={`island-error island-error-${variant}`} role="alert">
      <IslandFailure what={what} chunk={chunk} onRetry={onRetry} />
    </div>
  );
}

function IslandFailure({ what, chunk, onRetry }: { what: IslandPart; chunk: boolean; onRetry: () => void }) {
  const t = useT();
  const part = t(`island.part.${what}`);
  return (
    <>
      <p>{t(chunk ? 'island.loadFailed' : 'island.renderFailed', { what: part })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </>
  );
}
