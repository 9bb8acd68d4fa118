import { useQueryClient } from '@tanstack/react-query';
import { useModalDialog } from '../../components/useModalDialog';
import { useEffect, useId, useRef, useState } from 'react';
import { colorOf, noteOf, quoteOf } from '../../domain/notes/model';
import { useColorNames, useFormat, useLang, useT } from '../../lib/i18n';
import { commitImport, prepareImport } from './import/runImport';
import { doneSentence, importedMessage, summarizePlan, writeSentence, type ImportProblem, type ReviewedPlan } from './importText';
import { preview } from './text';
import './notes.css';

/**
 * The import dialog (modal): reads and checks the chosen file, says what will happen ("12 mới, 3
 * đã có, …") and writes only after "Nhập". Every text from the file is shown as text (React text
 * nodes), never as markup. Loaded lazily with its import code.
 */
type State =
  | { step: 'reading' }
  | { step: 'problem'; problem: ImportProblem }
  | { step: 'review'; reviewed: ReviewedPlan }
  | { step: 'writing'; reviewed: ReviewedPlan }
  | { step: 'done'; written: number };

export interface ImportDialogProps {
  file: File;
  /** Closed; `message` sums up what happened, for the page's status line. */
  onClose: (message: string | null) => void;
}

const PREVIEW_COUNT = 5;

export default function ImportDialog({ file, onClose }: ImportDialogProps) {
  const id = useId();
  const client = useQueryClient();
  const lang = useLang();
  const t = useT();
  const names = useColorNames();
  const ref = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ step: 'reading' });
  const result = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void prepareImport(client, file, lang, names).then(
      (p) => live && setState(p.ok ? { step: 'review', reviewed: p.reviewed } : { step: 'problem', problem: p.problem }),
      (e: unknown) => live && setState({ step: 'problem', problem: { message: t('import.failed'), detail: String(e) } }),
    );
    return () => {
      live = false;
    };
    // The file is read once, in the language of the moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, file]);

  useModalDialog(ref, () => onClose(result.current));

  // Focus follows the step: the action the reader is most likely to want next.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const target = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [state.step]);

  const close = () => ref.current?.close();

  const confirm = async (reviewed: ReviewedPlan) => {
    setState({ step: 'writing', reviewed });
    const committed = await commitImport(client, reviewed, lang);
    if (committed.ok) {
      result.current = importedMessage(lang, committed.written, file.name);
      setState({ step: 'done', written: committed.written });
    } else {
      result.current = committed.problem.message;
      setState({ step: 'problem', problem: committed.problem });
    }
  };

  const titles: Record<State['step'], string> = {
    reading: t('import.title.reading'),
    problem: t('import.title.problem'),
    review: t('import.title.review'),
    writing: t('import.title.writing'),
    done: t('import.title.done'),
  };

  return (
    <dialog
      ref={ref}
      className="nx-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        // Escape closes, except while the write is running (it finishes or fails as a whole).
        if (state.step === 'writing') e.preventDefault();
      }}
    >
      <h2 id={`${id}-title`} className="nx-dialog-title" tabIndex={-1}>
        {titles[state.step]}
      </h2>
      <p className="nx-dialog-file">
        {t('import.file')} <span className="nx-file-name">{file.name}</span>
      </p>
      <div id={`${id}-body`} className="nx-dialog-body" aria-live="polite">
        {state.step === 'reading' && <p>{t('import.checking')}</p>}
        {state.step === 'problem' && (
          <>
            <p className="nx-problem" role="alert">
              {state.problem.message}
            </p>
            {state.problem.detail && (
              <details className="nx-detail">
                <summary>{t('import.details')}</summary>
                <p>{state.problem.detail}</p>
              </details>
            )}
          </>
        )}
        {(state.step === 'review' || state.step === 'writing') && <Review reviewed={state.reviewed} />}
        {state.step === 'done' && <p className="nx-done">{doneSentence(lang, state.written)}</p>}
      </div>
      <div className="nx-dialog-actions">
        {state.step === 'review' && (state.reviewed.writes.length > 0 || (state.reviewed.articles?.length ?? 0) > 0) && (
          <>
            <button type="button" className="nx-button nx-primary" data-autofocus onClick={() => void confirm(state.reviewed)}>
              {t('import.confirm')}
            </button>
            <button type="button" className="nx-button" onClick={close}>
              {t('import.cancel')}
            </button>
          </>
        )}
        {state.step === 'writing' && (
          <button type="button" className="nx-button nx-primary" aria-disabled="true" data-autofocus>
            {t('import.saving')}
          </button>
        )}
        {(state.step === 'problem' || state.step === 'done' || state.step === 'reading' || (state.step === 'review' && state.reviewed.writes.length === 0 && !state.reviewed.articles?.length)) && (
          <button type="button" className="nx-button" data-autofocus={state.step === 'reading' ? undefined : true} onClick={close}>
            {t(state.step === 'reading' ? 'import.cancel' : 'import.close')}
          </button>
        )}
      </div>
    </dialog>
  );
}

function Review({ reviewed }: { reviewed: ReviewedPlan }) {
  const shown = reviewed.writes.slice(0, PREVIEW_COUNT);
  const lang = useLang();
  const t = useT();
  const fmt = useFormat().number;
  return (
    <>
      <p className="nx-summary">{summarizePlan(lang, reviewed)}</p>
      <p className="nx-write">{writeSentence(lang, reviewed)}</p>
      {reviewed.articles && reviewed.articles.length > 0 && (
        <p className="nx-write">{t('import.withArticles', { n: fmt(reviewed.articles.length) })}</p>
      )}
      {reviewed.plan.unknownArticle.length > 0 && (
        <p className="nx-aside-note">{t('import.unknownArticles')}</p>
      )}
      {shown.length > 0 && (
        <>
          <h3 className="nx-preview-title">{t('import.preview')}</h3>
          <ul className="nx-preview">
            {shown.map((a) => {
              const note = noteOf(a);
              const color = colorOf(a);
              return (
                <li key={a.id} className={`nx-preview-item nx-c-${color}`}>
                  <span className="nx-dot" aria-hidden="true" />
                  <span className="sr-only">{t('import.colour', { name: t(`hue.${color}`) })} </span>
                  <q className="nx-preview-quote">{preview(quoteOf(a), 140)}</q>
                  {note && <span className="nx-preview-note">{preview(note, 140)}</span>}
                </li>
              );
            })}
          </ul>
          {reviewed.writes.length > shown.length && (
            <p className="nx-more">{t('import.more', { n: fmt(reviewed.writes.length - shown.length) })}</p>
          )}
        </>
      )}
    </>
  );
}
