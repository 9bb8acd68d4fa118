import { useRef, useState } from 'react';
import type { LibraryHead } from '../../domain/library/types';
import { formatBytes } from './formatSize';
import { viewIds } from './libraryApi';
import { saveArticles, storageEstimate, type SaveProgress } from './saveOffline';

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

  const start = async () => {
    abort.current = new AbortController();
    setState({ step: 'saving', progress: { done: 0, total: view.count, failed: 0 } });
    try {
      const ids = await viewIds(head, viewKey);
      const progress = await saveArticles(ids, (p) => setState({ step: 'saving', progress: p }), abort.current.signal);
      setState({ step: 'done', progress, usage: await storageEstimate() });
    } catch (e) {
      setState({ step: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="save-offline" aria-label="Lưu để đọc ngoại tuyến">
      {state.step !== 'saving' && (
        <button type="button" className="button" onClick={() => void start()} disabled={view.count === 0}>
          Lưu để đọc ngoại tuyến
        </button>
      )}
      {state.step === 'idle' && (
        <span className="save-estimate">
          {view.count.toLocaleString('vi-VN')} bài ({label}), khoảng {formatBytes(view.bytes)}
        </span>
      )}
      {state.step === 'saving' && (
        <div className="save-progress">
          <label>
            Đang lưu {state.progress.done.toLocaleString('vi-VN')} / {state.progress.total.toLocaleString('vi-VN')} bài
            <progress max={state.progress.total || 1} value={state.progress.done} />
          </label>
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            Dừng
          </button>
        </div>
      )}
      {state.step === 'done' && (
        <p className="save-done" role="status">
          Đã lưu {(state.progress.done - state.progress.failed).toLocaleString('vi-VN')} bài để đọc ngoại tuyến
          {state.progress.failed > 0 && `; ${state.progress.failed} bài không tải được`}
          {state.progress.done < state.progress.total && ' (đã dừng giữa chừng)'}.
          {state.usage && ` Margin đang dùng ${formatBytes(state.usage.usage)} trong ${formatBytes(state.usage.quota)} trình duyệt cho phép.`}
        </p>
      )}
      {state.step === 'error' && (
        <p className="save-error" role="alert">
          Không lưu được: {state.message}
        </p>
      )}
    </section>
  );
}
