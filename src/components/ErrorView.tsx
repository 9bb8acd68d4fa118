import { useT } from '../lib/i18n';
import { Link } from '../lib/router';

export function ErrorView({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="error-view" role="alert">
      <h1>{title}</h1>
      <p className="error-message">{message}</p>
      <div className="error-actions">
        {onRetry && (
          <button type="button" className="button primary" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )}
        <Link href="/" className="button">
          {t('app.backToLibrary')}
        </Link>
      </div>
    </div>
  );
}

export function LoadingView({ label }: { label: string }) {
  return (
    <div className="loading-view" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
