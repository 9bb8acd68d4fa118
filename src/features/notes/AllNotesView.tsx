import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { repairSummaries, useAllAnnotations, useNotesOverview } from '../../annotations';
import { useArticleIndex } from '../../articles/getIndex';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import { Island, lazyIsland } from '../../components/island';
import { HIGHLIGHT_COLORS } from '../../domain/notes/annotation';
import { MAX_COLOR_NAME_LENGTH } from '../../domain/notes/colorNames';
import { storageErrorText, useColorNames, useFormat, useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import type { UnreadableRecord } from '../../storage';
// Not the storage module itself: an island that imports it statically could not be retried after it failed to load.
import { isStorageError } from '../../storage/errors';
import { useAppStore } from '../../stores/store';
import { finishBootTakeOver } from './bootTakeOver';
import { downloadText } from './download';
import { ExportMenu } from './ExportMenu';
import { unreadableFileName } from './fileNames';
import { NotesBrowser } from './NotesBrowser';
import { dataFromNotes, dataFromSummaries } from './notesData';
import { NOTES_PAGE_SIZE } from './paging';
import './notes.css';

const ImportDialog = lazyIsland(() => import('./ImportDialog'));

/**
 * "Ghi chú": every note of every article (NotesBrowser: grouped, searched, filtered, edited here), the
 * colour names, export of everything, import from a file (button or drop), and the stored records
 * that could not be read shown as a warning (with their raw data to download), never hidden.
 */
export default function AllNotesView() {
  const t = useT();
  useDocumentTitle(t('nx.title'));
  const id = useId();
  // First the summaries and the first rows' notes; every note (for search, filters) once those are painted.
  const index = useArticleIndex();
  const titles = useMemo(() => new Map((index.data?.articles ?? []).map((a) => [a.id, a.title])), [index.data]);
  // Articles with equal activity are listed by title: the first read needs the titles to pick the right ones.
  const overview = useNotesOverview(NOTES_PAGE_SIZE, (aid) => titles.get(aid) ?? aid, !index.isPending);
  const [wantAll, setWantAll] = useState(false);
  // Summaries failed or not trusted: read everything at once, as before.
  const overviewReady = overview.isSuccess && overview.data.summaries !== null;
  const query = useAllAnnotations({ enabled: wantAll || (!overview.isPending && !overviewReady) });
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const importButtonRef = useRef<HTMLButtonElement>(null);

  const data = useMemo(() => {
    const titleOf = (aid: string) => titles.get(aid) ?? aid;
    if (query.data) return dataFromNotes(query.data.annotations, titleOf);
    const first = overview.data;
    return first?.summaries ? dataFromSummaries(first.summaries, first.annotations, titleOf) : null;
  }, [query.data, overview.data, titles]);
  const unreadable = query.data?.unreadable ?? overview.data?.unreadable ?? [];
  const noNotes = data !== null && data.totals.notes + data.totals.highlights === 0;

  // The first screen the boot script painted has just been replaced by these rows: focus goes back where it was.
  const shown = data !== null;
  useLayoutEffect(() => {
    if (shown) finishBootTakeOver();
  }, [shown]);

  useEffect(() => {
    if (wantAll || !overviewReady) return;
    // Let the first rows paint, then read the rest in the background.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setWantAll(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [wantAll, overviewReady]);

  // A full read shows whether the summaries were right; wrong ones (an older build wrote meanwhile) are recomputed.
  const checked = useRef<unknown>(null);
  useEffect(() => {
    if (!query.data || !overview.data || checked.current === query.data) return;
    checked.current = query.data;
    repairSummaries(overview.data, query.data).catch((e: unknown) => console.warn('[notes] summaries not repaired', e));
  }, [query.data, overview.data]);

  const chooseFile = (f: File | undefined) => {
    if (!f) return;
    setMessage(null);
    setFile(f);
  };
  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    chooseFile(e.target.files?.[0]);
    // Choosing the same file again must fire "change" again.
    e.target.value = '';
  };
  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    if (!hasFiles(e) || file) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    setDragging(false);
    if (!hasFiles(e) || file) return;
    e.preventDefault();
    chooseFile(e.dataTransfer.files[0]);
  };

  if (query.isError) {
    return (
      <ErrorView
        title={t('nx.readError')}
        message={isStorageError(query.error) ? storageErrorText(t, query.error) : t('nx.readErrorMessage')}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!data) return <LoadingView label={t('nx.loading')} />;

  return (
    <main
      id="main"
      className={`nx-page${dragging ? ' nx-dragging' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="nx-header">
        <h1>{t('nx.title')}</h1>
        {noNotes && <p className="lede nx-count">{t('nx.none')}</p>}
        <div className="nx-actions">
          <ExportMenu scope={{ kind: 'all' }} align="start" />
          <button
            ref={importButtonRef}
            type="button"
            className="nx-button"
            aria-describedby={`${id}-import-help`}
            onClick={() => inputRef.current?.click()}
          >
            {t('nx.import')}
          </button>
          <input
            ref={inputRef}
            type="file"
            accept=".json,.jsonld,.csv,application/json,application/ld+json,text/csv"
            hidden
            onChange={onInput}
          />
        </div>
        <p id={`${id}-import-help`} className="nx-help">
          {t('nx.importHelp')}
        </p>
        <div role="status" className="nx-page-status">
          {message && <p>{message}</p>}
        </div>
      </header>

      {unreadable.length > 0 && <UnreadableWarning records={unreadable} />}

      {noNotes ? (
        <EmptyState />
      ) : (
        <>
          <NotesBrowser data={data} titles={titles} indexLoaded={index.isSuccess} />
          <ColorNamesForm />
        </>
      )}

      {file && (
        <Island what="importDialog" onRetry={ImportDialog.retry}>
          <ImportDialog
            file={file}
            onClose={(result) => {
              setFile(null);
              setMessage(result);
              importButtonRef.current?.focus();
            }}
          />
        </Island>
      )}
    </main>
  );
}

function EmptyState() {
  const t = useT();
  return (
    <div className="nx-empty">
      <h2>{t('nx.emptyTitle')}</h2>
      <ol>
        <li>
          {t('nx.empty1')} <Link href="/">{t('app.nav.library')}</Link>.
        </li>
        <li>{t('nx.empty2')}</li>
        <li>{t('nx.empty3')}</li>
      </ol>
      <p>{t('nx.empty4')}</p>
    </div>
  );
}

/** The reader's names for the five colours (shown in the toolbar, the filters and every export). */
function ColorNamesForm() {
  const t = useT();
  const names = useColorNames();
  const setColorName = useAppStore((s) => s.setColorName);
  return (
    <details className="nx-colour-names">
      <summary>{t('nx.colourNames')}</summary>
      <p className="nx-help">{t('nx.colourNamesHelp')}</p>
      {HIGHLIGHT_COLORS.map((c) => (
        <label key={c} className={`nx-colour-name nx-c-${c}`}>
          <span className="nx-dot" aria-hidden="true" />
          <span className="sr-only">{t('hl.paint', { hue: t(`hue.${c}`), name: '' })}</span>
          <input
            type="text"
            defaultValue={names[c]}
            maxLength={MAX_COLOR_NAME_LENGTH}
            aria-label={t('nx.colourNameOf', { hue: t(`hue.${c}`) })}
            onBlur={(e) => setColorName(c, e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setColorName(c, e.currentTarget.value);
            }}
          />
        </label>
      ))}
    </details>
  );
}

function UnreadableWarning({ records }: { records: readonly UnreadableRecord[] }) {
  const t = useT();
  const fmt = useFormat().number;
  const save = () =>
    downloadText(
      unreadableFileName(new Date()),
      `${JSON.stringify(records.map((r) => ({ key: r.key, error: r.error, raw: r.raw })), null, 2)}\n`,
      'application/json;charset=utf-8',
    );
  return (
    <section className="nx-warning" role="alert" aria-labelledby="nx-unreadable-title">
      <h2 id="nx-unreadable-title">{t('nx.unreadable.title', { n: fmt(records.length) })}</h2>
      <p>{t('nx.unreadable.text')}</p>
      <button type="button" className="nx-button" onClick={save}>
        {t('nx.unreadable.download')}
      </button>
      <details className="nx-detail">
        <summary>{t('import.details')}</summary>
        <ul>
          {records.map((r) => (
            <li key={r.key}>
              <code>{r.key}</code>: {r.error}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
