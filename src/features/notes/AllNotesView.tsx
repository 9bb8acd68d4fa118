import { moreLabel, NOTES_PAGE_SIZE } from './paging';
import { useId, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import { Island, lazyIsland } from '../../components/island';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../domain/notes/annotation';
import { colorOf, noteOf, quoteOf } from '../../domain/notes/model';
import { articlePath, Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { isStorageError, type UnreadableRecord } from '../../storage';
import { COLOR_NAMES, useAllAnnotations } from '../../annotations';
import { useArticleIndex } from '../../articles/getIndex';
import { downloadText } from './download';
import { ExportMenu } from './ExportMenu';
import { unreadableFileName } from './fileNames';
import { highlightHash, jumpToHighlightWhenShown } from './jump';
import { noteDate, preview } from './text';
import './notes.css';

const ImportDialog = lazyIsland(() => import('./ImportDialog'));

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function newestFirst(a: Annotation, b: Annotation): number {
  return b.created.localeCompare(a.created) || b.modified.localeCompare(a.modified) || a.id.localeCompare(b.id);
}

/**
 * "Ghi chú": every note of every article, newest first — quote, colour, note, article, date — with a
 * colour filter, export of everything, import from a file (button or drop), and the stored records
 * that could not be read shown as a warning (with their raw data to download), never hidden.
 */
export default function AllNotesView() {
  useDocumentTitle('Ghi chú');
  const id = useId();
  const query = useAllAnnotations();
  const index = useArticleIndex();
  const [filter, setFilterState] = useState<HighlightColor | null>(null);
  // Thousands of rows at once freeze the page: paint a page, add more on request.
  const [limit, setLimit] = useState(NOTES_PAGE_SIZE);
  const setFilter = (color: HighlightColor | null) => {
    setFilterState(color);
    setLimit(NOTES_PAGE_SIZE);
  };
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const importButtonRef = useRef<HTMLButtonElement>(null);

  const titles = useMemo(() => new Map((index.data?.articles ?? []).map((a) => [a.id, a.title])), [index.data]);
  const all = useMemo(() => [...(query.data?.annotations ?? [])].sort(newestFirst), [query.data]);
  const counts = useMemo(() => {
    const m = new Map<HighlightColor, number>();
    for (const a of all) m.set(colorOf(a), (m.get(colorOf(a)) ?? 0) + 1);
    return m;
  }, [all]);
  const shown = filter ? all.filter((a) => colorOf(a) === filter) : all;
  const articleCount = new Set(all.map((a) => a.target.source)).size;
  const unreadable = query.data?.unreadable ?? [];

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

  if (query.isPending) return <LoadingView label="Đang tải ghi chú…" />;
  if (query.isError) {
    return (
      <ErrorView
        title="Không đọc được ghi chú"
        message={isStorageError(query.error) ? query.error.userMessage : 'Không đọc được ghi chú đã lưu trên máy này.'}
        onRetry={() => void query.refetch()}
      />
    );
  }

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
        <h1>Ghi chú</h1>
        <p className="lede nx-count">
          {all.length === 0
            ? 'Chưa có ghi chú nào.'
            : `${all.length.toLocaleString('vi-VN')} ghi chú trong ${articleCount.toLocaleString('vi-VN')} bài viết, mới nhất trước.`}
        </p>
        <div className="nx-actions">
          <ExportMenu scope={{ kind: 'all' }} align="start" />
          <button
            ref={importButtonRef}
            type="button"
            className="nx-button"
            aria-describedby={`${id}-import-help`}
            onClick={() => inputRef.current?.click()}
          >
            Nhập
          </button>
          <input
            ref={inputRef}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            hidden
            onChange={onInput}
          />
        </div>
        <p id={`${id}-import-help`} className="nx-help">
          Nhập từ tệp JSON do Margin xuất ra hoặc chú thích W3C Web Annotation (tối đa 10 MB); có thể kéo thả tệp vào trang.
        </p>
        <div role="status" className="nx-page-status">
          {message && <p>{message}</p>}
        </div>
      </header>

      {unreadable.length > 0 && <UnreadableWarning records={unreadable} />}

      {all.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <div className="nx-filter" role="group" aria-label="Lọc theo màu">
            <button type="button" className="nx-chip" aria-pressed={filter === null} onClick={() => setFilter(null)}>
              Tất cả <span className="nx-chip-n">({all.length})</span>
            </button>
            {HIGHLIGHT_COLORS.filter((c) => counts.has(c)).map((c) => (
              <button
                key={c}
                type="button"
                className={`nx-chip nx-c-${c}`}
                aria-pressed={filter === c}
                onClick={() => setFilter(filter === c ? null : c)}
              >
                <span className="nx-dot" aria-hidden="true" />
                {capital(COLOR_NAMES[c])} <span className="nx-chip-n">({counts.get(c)})</span>
              </button>
            ))}
          </div>
          <ol className="nx-list" aria-label={filter ? `Ghi chú màu ${COLOR_NAMES[filter]}` : 'Tất cả ghi chú'}>
            {shown.slice(0, limit).map((a) => (
              <NoteRow key={`${a.target.source}:${a.id}`} annotation={a} title={titles.get(a.target.source)} indexLoaded={index.isSuccess} />
            ))}
          </ol>
          {shown.length > limit && (
            <button type="button" className="button nx-show-more" onClick={() => setLimit(limit + NOTES_PAGE_SIZE)}>
              {moreLabel(limit, shown.length)}
            </button>
          )}
        </>
      )}

      {file && (
        <Island what="hộp nhập ghi chú" onRetry={ImportDialog.retry}>
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

function NoteRow({ annotation: a, title, indexLoaded }: { annotation: Annotation; title: string | undefined; indexLoaded: boolean }) {
  const color = colorOf(a);
  const note = noteOf(a);
  const date = noteDate(a.created);
  const edited = a.modified !== a.created ? noteDate(a.modified) : null;
  const articleId = a.target.source;
  const missing = indexLoaded && title === undefined;
  return (
    <li className={`nx-item nx-c-${color}`} data-note={a.id}>
      <blockquote className="nx-quote">
        <span className="sr-only">Đoạn tô màu {COLOR_NAMES[color]}: </span>
        {missing ? (
          <span>{preview(quoteOf(a), 320)}</span>
        ) : (
          <Link
            href={`${articlePath(articleId)}${highlightHash(a.id)}`}
            className="nx-quote-link"
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              window.scrollTo(0, 0);
              jumpToHighlightWhenShown(a.id);
            }}
          >
            {preview(quoteOf(a), 320)}
          </Link>
        )}
      </blockquote>
      {note && <p className="nx-note">{note}</p>}
      <p className="nx-meta">
        <span className="nx-dot" aria-hidden="true" />
        <span className="nx-meta-title">{missing ? `Bài viết “${articleId}” không còn trong thư viện` : (title ?? articleId)}</span>
        {date && (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={a.created}>{date}</time>
          </>
        )}
        {edited && edited !== date && <span className="nx-edited"> (sửa {edited})</span>}
      </p>
    </li>
  );
}

function EmptyState() {
  return (
    <div className="nx-empty">
      <h2>Ghi chú của bạn sẽ ở đây</h2>
      <ol>
        <li>
          Mở một bài trong <Link href="/">Thư viện</Link>.
        </li>
        <li>Bôi đen một đoạn văn bằng chuột (hoặc Shift + phím mũi tên).</li>
        <li>Chọn một màu để tô (phím H), hoặc viết ghi chú (phím N).</li>
      </ol>
      <p>Mọi đoạn tô và ghi chú được lưu ngay trên máy này và hiện ở trang này. Đã có ghi chú từ trước? Hãy dùng nút “Nhập”.</p>
    </div>
  );
}

function UnreadableWarning({ records }: { records: readonly UnreadableRecord[] }) {
  const save = () =>
    downloadText(
      unreadableFileName(new Date()),
      `${JSON.stringify(records.map((r) => ({ key: r.key, error: r.error, raw: r.raw })), null, 2)}\n`,
      'application/json;charset=utf-8',
    );
  return (
    <section className="nx-warning" role="alert" aria-labelledby="nx-unreadable-title">
      <h2 id="nx-unreadable-title">{records.length} ghi chú đã lưu không đọc được</h2>
      <p>
        Dữ liệu gốc vẫn được giữ nguyên trên máy, không bị xoá, nhưng không hiện được và không có trong các tệp xuất. Bạn có thể tải
        bản gốc về để giữ hoặc gửi kèm khi báo lỗi.
      </p>
      <button type="button" className="nx-button" onClick={save}>
        Tải bản gốc (JSON)
      </button>
      <details className="nx-detail">
        <summary>Chi tiết kỹ thuật</summary>
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
