import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import type { PreparedItem, ToSave } from '../../workers/prepareOwn';
import { prepareOwn, saveOwn, type OwnInput } from '../../workers/prepareOwn';
import type { OwnProblem } from '../../domain/own/problems';
import type { Article } from '../../domain/article/types';
import { isRetryable, problemMessage } from '../../domain/own/problems';
import { useFormat, useLang, useT } from '../../lib/i18n';
import { saveErrorText } from './saveErrorText';
import './own.css';

/**
 * "Thêm bài" (modal, loaded lazily): paste a text or choose / drop files (.txt, .md, .html), read them
 * in the worker, preview each (title, date, paragraphs, entities) with the title and date editable,
 * then store the kept ones all or nothing. Everything from the files is shown as text, never markup.
 */
type Ready = Extract<PreparedItem, { ok: true }>;
interface Row {
  item: Ready;
  keep: boolean;
  title: string;
  published: string;
}
type State =
  | { step: 'input'; problem: OwnProblem | null }
  | { step: 'reading'; count: number }
  | { step: 'review'; rows: Row[]; problems: OwnProblem[]; retry: OwnInput[]; error: string | null }
  | { step: 'saving'; rows: Row[]; problems: OwnProblem[]; retry: OwnInput[] };
type Review = Extract<State, { step: 'review' }>;

/** Read items → preview rows, problems, and the inputs worth another try (their code did not load). */
function outcome(inputs: readonly OwnInput[], items: readonly PreparedItem[]): Pick<Review, 'rows' | 'problems' | 'retry'> {
  return {
    rows: items.filter((i): i is Ready => i.ok).map((item) => ({ item, keep: true, title: item.preview.title, published: item.preview.published ?? '' })),
    problems: items.flatMap((i) => (i.ok ? [] : [i.problem])),
    retry: inputs.filter((_, n) => {
      const item = items[n]!;
      return !item.ok && isRetryable(item.problem);
    }),
  };
}

export interface AddArticleDialogProps {
  /** Closed; with the stored articles when something was saved. */
  onClose: (saved: Article[]) => void;
}

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export default function AddArticleDialog({ onClose }: AddArticleDialogProps) {
  const t = useT();
  const lang = useLang();
  const f = useFormat();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<State>({ step: 'input', problem: null });
  const saved = useRef<Article[]>([]);

  useModalDialog(ref, () => onClose(saved.current));

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [state.step]);

  const read = async (inputs: OwnInput[]) => {
    if (inputs.length === 0) return;
    setState({ step: 'reading', count: inputs.length });
    const out = await prepareOwn(inputs);
    if (!out.ok) {
      setState({ step: 'input', problem: out.problem });
      return;
    }
    setState({ step: 'review', ...outcome(inputs, out.items), error: null });
  };

  // Only what failed for want of code is read again; rows already read keep the reader's corrections.
  const retry = async (before: Review) => {
    setState({ step: 'reading', count: before.retry.length });
    const out = await prepareOwn(before.retry);
    if (!out.ok) {
      setState({ ...before, error: problemMessage(out.problem, lang) });
      return;
    }
    const again = outcome(before.retry, out.items);
    setState({
      step: 'review',
      rows: [...before.rows, ...again.rows],
      problems: [...before.problems.filter((p) => !isRetryable(p)), ...again.problems],
      retry: again.retry,
      error: null,
    });
  };

  const fromFiles = (files: FileList | null) => void read([...(files ?? [])].map((file) => ({ kind: 'file' as const, file })));

  const save = async ({ rows, problems, retry: again }: Review) => {
    const list: ToSave[] = rows.filter((r) => r.keep).map((r) => ({ item: r.item, corrections: { title: r.title, published: r.published } }));
    if (list.length === 0) return;
    setState({ step: 'saving', rows, problems, retry: again });
    const out = await saveOwn(list);
    if (!out.ok) {
      setState({ step: 'review', rows, problems, retry: again, error: saveErrorText(out.error, t, lang) });
      return;
    }
    saved.current = out.articles;
    ref.current?.close();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (state.step === 'input') fromFiles(e.dataTransfer.files);
  };

  const update = (i: number, patch: Partial<Row>) =>
    setState((s) => (s.step === 'review' ? { ...s, rows: s.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), error: null } : s));

  const kept = state.step === 'review' || state.step === 'saving' ? state.rows.filter((r) => r.keep).length : 0;

  return (
    <dialog
      ref={ref}
      className="own-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => state.step === 'saving' && e.preventDefault()}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-title`} className="own-title" tabIndex={-1}>
        {t('own.add')}
      </h2>

      {state.step === 'input' && (
        <div className={`own-input${dragging ? ' own-dragging' : ''}`}>
          <label htmlFor={`${id}-text`}>{t('own.paste.label')}</label>
          <p className="own-hint" id={`${id}-hint`}>
            {t('own.paste.hint')}
          </p>
          <textarea
            id={`${id}-text`}
            className="own-textarea"
            aria-describedby={`${id}-hint`}
            rows={8}
            value={text}
            data-autofocus
            onChange={(e) => setText(e.target.value)}
          />
          <div className="own-files">
            <label className="own-file-label">
              {t('own.files.label')}
              <input type="file" multiple accept={ACCEPT} onChange={(e) => fromFiles(e.target.files)} />
            </label>
          </div>
          {state.problem && (
            <p className="own-problem" role="alert">
              {problemMessage(state.problem, lang)} {t('own.nothingAdded')}
            </p>
          )}
          <div className="own-actions">
            <button type="button" className="own-button own-primary" disabled={text.trim() === ''} onClick={() => void read([{ kind: 'paste', text }])}>
              {t('own.read')}
            </button>
            <button type="button" className="own-button" onClick={() => ref.current?.close()}>
              {t('own.cancel')}
            </button>
          </div>
        </div>
      )}

      {state.step === 'reading' && (
        <p className="own-status" role="status" data-autofocus tabIndex={-1}>
          {t('own.reading', { files: state.count > 1 ? t('own.reading.files', { count: f.number(state.count) }) : t('own.reading.one') })}
        </p>
      )}

      {(state.step === 'review' || state.step === 'saving') && (
        <div className="own-review">
          {state.problems.length > 0 && (
            <div role="alert">
              <ul className="own-problems" aria-label={t('own.problems')}>
                {state.problems.map((p, i) => (
                  <li key={i}>{problemMessage(p, lang)}</li>
                ))}
              </ul>
              {state.step === 'review' && state.retry.length > 0 && (
                <button type="button" className="own-button" onClick={() => void retry(state)}>
                  {t('own.retry')}
                </button>
              )}
            </div>
          )}
          {state.rows.length === 0 && <p>{t('own.noneRead')}</p>}
          {state.rows.map((row, i) => (
            <Preview key={i} row={row} disabled={state.step === 'saving'} onChange={(patch) => update(i, patch)} showKeep={state.rows.length > 1} />
          ))}
          {state.step === 'review' && state.error && (
            <p className="own-problem" role="alert">
              {state.error}
            </p>
          )}
          <div className="own-actions">
            {state.rows.length > 0 && (
              <button
                type="button"
                className="own-button own-primary"
                data-autofocus
                aria-disabled={state.step === 'saving' || kept === 0}
                onClick={() => state.step === 'review' && kept > 0 && void save(state)}
              >
                {state.step === 'saving' ? t('own.saving') : kept > 1 ? t('own.saveMany', { count: f.number(kept) }) : t('own.save')}
              </button>
            )}
            <button type="button" className="own-button" disabled={state.step === 'saving'} onClick={() => setState({ step: 'input', problem: null })}>
              {t('own.back')}
            </button>
            <button type="button" className="own-button" disabled={state.step === 'saving'} onClick={() => ref.current?.close()}>
              {t('own.cancel')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

function Preview({ row, disabled, showKeep, onChange }: { row: Row; disabled: boolean; showKeep: boolean; onChange: (p: Partial<Row>) => void }) {
  const t = useT();
  const f = useFormat();
  const id = useId();
  const p = row.item.preview;
  return (
    <section className="own-preview" aria-labelledby={`${id}-src`}>
      <h3 id={`${id}-src`} className="own-source">
        {showKeep && <input type="checkbox" checked={row.keep} disabled={disabled} aria-label={t('own.keep', { source: row.item.source })} onChange={(e) => onChange({ keep: e.target.checked })} />}{' '}
        {row.item.source}
      </h3>
      <div className="own-fields">
        <label htmlFor={`${id}-t`}>{t('own.title')}</label>
        <input id={`${id}-t`} type="text" value={row.title} disabled={disabled} onChange={(e) => onChange({ title: e.target.value })} />
        <label htmlFor={`${id}-d`}>{t('own.date')}</label>
        <input id={`${id}-d`} type="date" value={row.published} disabled={disabled} onChange={(e) => onChange({ published: e.target.value })} />
      </div>
      <p className="own-facts">
        {t('own.facts', {
          paragraphs: f.number(p.paragraphs),
          headings: f.number(p.headings),
          entities: f.number(p.entities),
          people: f.number(p.officials.length),
          organizations: f.number(p.organizations),
          figures: f.number(p.figures),
        })}
      </p>
      {(p.activeContent ?? 0) > 0 && <p className="own-facts">{t('own.activeContent', { count: f.number(p.activeContent!) })}</p>}
      {p.officials.length > 0 && (
        <ul className="own-officials" aria-label={t('own.people')}>
          {p.officials.slice(0, 12).map((o) => (
            <li key={o.name}>
              {o.name}
              {o.role ? ` — ${o.role}` : ''}
            </li>
          ))}
          {p.officials.length > 12 && <li>{t('own.morePeople', { count: f.number(p.officials.length - 12) })}</li>}
        </ul>
      )}
    </section>
  );
}
