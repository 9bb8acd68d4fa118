import { useRef, useState } from 'react';
import type { LibraryHead } from '../../domain/library/types';
import { formatBytes } from './formatSize';
import { useFormat, useLang, useT } from '../../lib/i18n';
import { viewIds } from './libraryApi';
import { NO_CACHE, saveArticles, storageEstimate, type SaveProgress } from './saveOffline';

type State =
  | { step: 'idle' }
  | { step: 'saving'; progress: SaveProgress }
  | { step: 'done'; progress: SaveProgress; usage: { usage: number; quota: number } | null }
  | { step: 'error'; message: string };

/** Saves the articles of the current view (the whole library, or what the filters select) for offline reading. */
export function SaveOffline({ head, viewKey, label }: { head: LibraryHead; viewKey: string; label: string }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const view = head.views[viewKey] ?? { count: 0, bytes: 0 };
  const t = useT();
  const lang = useLang();
  const n = useFormat().number;

  const start = async () => {
    abort.current = new AbortController();
    setState({ step: 'saving', progress: { done: 0, total: view.count, failed: 0 } });
    try {
      const ids = await viewIds(head, viewKey);
      const progress = await saveArticles(ids, (p) => setState({ step: 'saving', progress: p }), abort.current.signal);
      setState({ step: 'done', progress, usage: await storageEstimate() });
    } catch (e) {
      const message = e instanceof Error && e.message === NO_CACHE ? t('library.noOfflineCache') : e instanceof Error ? e.message : String(e);
      setState({ step: 'error', message });
    }
  };

  return (
    <section className="save-offline" aria-label={t('library.saveOffline')}>
      {state.step !== 'saving' && (
        <button type="button" className="button" onClick={() => void start()} disabled={view.count === 0}>
          {t('library.saveOffline')}
        </button>
      )}
      {state.step === 'idle' && (
        <span className="save-estimate">
          {t('library.saveEstimate', { n: n(view.count), selection: label, size: formatBytes(view.bytes, lang) })}
        </span>
      )}
      {state.step === 'saving' && (
        <div className="save-progress">
          <label>
            {t('library.saving', { done: n(state.progress.done), total: n(state.progress.total) })}
            <progress max={state.progress.total || 1} value={state.progress.done} />
          </label>
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {t('library.stopSaving')}
          </button>
        </div>
      )}
      {state.step === 'done' && (
        <p className="save-done" role="status">
          {t('library.saved', { n: n(state.progress.done - state.progress.failed) })}
          {state.progress.failed > 0 && t('library.saveFailedSome', { n: n(state.progress.failed) })}
          {state.progress.done < state.progress.total && t('library.saveStopped')}.
          {state.usage && t('library.saveUsage', { usage: formatBytes(state.usage.usage, lang), quota: formatBytes(state.usage.quota, lang) })}
        </p>
      )}
      {state.step === 'error' && (
        <p className="save-error" role="alert">
          {t('library.saveError', { message: state.message })}
        </p>
      )}
    </section>
  );
}
