import { useId, useRef, useState } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { storageErrorText, useFormat, useT } from '../../lib/i18n';
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
  const t = useT();
  const f = useFormat();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<NotesChoice>('keep');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleted = useRef(false);
  useModalDialog(ref, () => onClose(deleted.current));

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await ownArticles().remove([articleId], notes > 0 ? choice : 'keep');
      deleted.current = true;
      ref.current?.close();
    } catch (e) {
      setError(t('own.delete.failed', { message: isStorageError(e) ? storageErrorText(t, e) : String(e) }));
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="own-dialog own-delete" aria-labelledby={`${id}-title`} onCancel={(e) => busy && e.preventDefault()}>
      <h2 id={`${id}-title`} className="own-title">
        {t('own.delete.title')}
      </h2>
      <p>
        {t('own.delete.what', { title })} {notes === 0 ? t('own.delete.noNotes') : t('own.delete.hasNotes', { count: f.number(notes) })}
      </p>
      {notes > 0 && (
        <fieldset className="own-choice">
          <legend>{t('own.delete.notesLegend')}</legend>
          <label>
            <input type="radio" name={`${id}-notes`} checked={choice === 'keep'} onChange={() => setChoice('keep')} /> {t('own.delete.keep')}
          </label>
          <label>
            <input type="radio" name={`${id}-notes`} checked={choice === 'delete'} onChange={() => setChoice('delete')} /> {t('own.delete.withNotes', { count: f.number(notes) })}
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
          {busy ? t('own.delete.busy') : t('own.delete')}
        </button>
        <button type="button" className="own-button" disabled={busy} onClick={() => ref.current?.close()} autoFocus>
          {t('own.cancel')}
        </button>
      </div>
    </dialog>
  );
}
