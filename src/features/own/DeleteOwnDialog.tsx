import { useEffect, useId, useRef, useState } from 'react';
import { isStorageError } from '../../storage/errors';
import { ownArticles, type NotesChoice } from '../../storage/ownArticles';
import './own.css';

/**
 * Deleting one of the reader's own articles: asks first, says how many notes are on it and lets the
 * reader choose what happens to them (kept as orphans, still listed and exportable, or deleted too).
 */
export interface DeleteOwnDialogProps {
  articleId: string;
  title: string;
  notes: number;
  onClose: (deleted: boolean) => void;
}

export default function DeleteOwnDialog({ articleId, title, notes, onClose }: DeleteOwnDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<NotesChoice>('keep');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleted = useRef(false);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    const onCloseEvent = () => closeRef.current(deleted.current);
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
    };
  }, []);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await ownArticles().remove([articleId], notes > 0 ? choice : 'keep');
      deleted.current = true;
      ref.current?.close();
    } catch (e) {
      setError(`Không xoá được: ${isStorageError(e) ? e.userMessage : String(e)} Bài viết vẫn còn.`);
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="own-dialog own-delete" aria-labelledby={`${id}-title`} onCancel={(e) => busy && e.preventDefault()}>
      <h2 id={`${id}-title`} className="own-title">
        Xoá bài này?
      </h2>
      <p>
        “{title}” sẽ bị xoá khỏi trình duyệt này. {notes === 0 ? 'Bài không có ghi chú nào.' : `Bài có ${notes} ghi chú.`}
      </p>
      {notes > 0 && (
        <fieldset className="own-choice">
          <legend>Ghi chú của bài</legend>
          <label>
            <input type="radio" name={`${id}-notes`} checked={choice === 'keep'} onChange={() => setChoice('keep')} /> Giữ ghi chú: vẫn có trong
            trang Ghi chú và khi xuất, nhưng không còn gắn với bài nào
          </label>
          <label>
            <input type="radio" name={`${id}-notes`} checked={choice === 'delete'} onChange={() => setChoice('delete')} /> Xoá cả {notes} ghi chú
          </label>
        </fieldset>
      )}
      {error && (
        <p className="own-problem" role="alert">
          {error}
        </p>
      )}
      <div className="own-actions">
        <button type="button" className="own-button own-danger" aria-disabled={busy} onClick={() => !busy && void remove()}>
          {busy ? 'Đang xoá…' : 'Xoá bài'}
        </button>
        <button type="button" className="own-button" disabled={busy} onClick={() => ref.current?.close()} autoFocus>
          Hủy
        </button>
      </div>
    </dialog>
  );
}
