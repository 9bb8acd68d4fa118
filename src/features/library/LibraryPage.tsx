import type { ReactNode } from 'react';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import type { Facet, LibraryHead, LibraryRow } from '../../domain/library/types';
import { pageCount, viewKey, type SortOrder } from '../../domain/library/views';
import { formatShortDate } from '../../lib/formatDate';
import { articlePath, Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLibraryHead, useLibraryPage } from './libraryApi';
import { SaveOffline } from './SaveOffline';
import './library.css';

/** What the library shows, as it is kept in the URL (?source=&year=&sort=&page=). */
export interface LibraryParams {
  source: string | null;
  year: string | null;
  sort: SortOrder;
  page: number;
}

interface Props {
  params: LibraryParams;
  onParams: (next: Partial<LibraryParams>) => void;
  /** The search box; when `results` is given it replaces the list (filters still apply). */
  search?: ReactNode;
  results?: ReactNode;
  /** The reader's notes per article id (counted by the app from its annotations). */
  noteCounts?: ReadonlyMap<string, number>;
}

const facetLabel = (f: Facet, unknown: string) => `${f.value ?? unknown} (${f.count.toLocaleString('vi-VN')})`;

function Row({ row, notes }: { row: LibraryRow; notes: number }) {
  return (
    <li className="article-card">
      <h2>
        <Link href={articlePath(row.id)}>{row.title}</Link>
      </h2>
      <p className="article-card-meta">
        {row.published ? <time dateTime={row.published}>{formatShortDate(row.published)}</time> : <span>Không rõ ngày</span>}
        {row.source && <span className="source">{row.source}</span>}
        <span>{row.people.toLocaleString('vi-VN')} nhân vật</span>
        <span>{row.figures.toLocaleString('vi-VN')} số liệu</span>
        {notes > 0 && <span className="notes-count">{notes.toLocaleString('vi-VN')} ghi chú</span>}
      </p>
    </li>
  );
}

function Filters({ head, params, onParams }: { head: LibraryHead; params: LibraryParams; onParams: Props['onParams'] }) {
  return (
    <div className="library-filters">
      <label>
        Nguồn
        <select value={params.source ?? ''} onChange={(e) => onParams({ source: e.target.value || null, page: 0 })}>
          <option value="">Tất cả nguồn</option>
          {head.sources.map((s) => (
            <option key={s.key} value={s.key}>
              {facetLabel(s, 'Không rõ nguồn')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Năm
        <select value={params.year ?? ''} onChange={(e) => onParams({ year: e.target.value || null, page: 0 })}>
          <option value="">Mọi năm</option>
          {head.years.map((y) => (
            <option key={y.key} value={y.key}>
              {facetLabel(y, 'Không rõ năm')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sắp xếp
        <select value={params.sort} onChange={(e) => onParams({ sort: e.target.value === 'oldest' ? 'oldest' : 'newest', page: 0 })}>
          <option value="newest">Mới nhất trước</option>
          <option value="oldest">Cũ nhất trước</option>
        </select>
      </label>
    </div>
  );
}

/** The library at any size: one page of rows at a time, filtered by source and year, sorted by date. */
export function LibraryPage({ params, onParams, search, results, noteCounts }: Props) {
  useDocumentTitle('Thư viện');
  const head = useLibraryHead();
  const key = viewKey({ source: params.source, year: params.year });
  const page = useLibraryPage(head.data, key, params.sort, params.page);

  if (head.isPending) return <LoadingView label="Đang tải danh sách bài viết…" />;
  if (head.isError) {
    return <ErrorView title="Không mở được thư viện" message={head.error.message} onRetry={() => void head.refetch()} />;
  }
  const view = head.data.views[key] ?? { count: 0, bytes: 0 };
  const pages = pageCount(view.count, head.data.pageSize);
  const filtered = key !== 'all';
  const sourceName = head.data.sources.find((s) => s.key === params.source)?.value;
  const selection = [sourceName, params.year].filter(Boolean).join(', ') || 'cả thư viện';
  return (
    <main id="main" className="library">
      <header className="library-header">
        <h1>Thư viện</h1>
        <p className="lede">
          {head.data.total.toLocaleString('vi-VN')} bài báo tiếng Việt về thời sự và chính sách. Mở một bài để thấy ai giữ chức vụ gì,
          cơ quan nào hành động và những con số đáng chú ý. <Link href="/people">Xem theo nhân vật</Link>.
        </p>
      </header>
      {search}
      <Filters head={head.data} params={params} onParams={onParams} />
      {results ?? (
        <>
          <p className="library-count" role="status">
            {filtered ? `${view.count.toLocaleString('vi-VN')} bài (${selection})` : `${view.count.toLocaleString('vi-VN')} bài`}
            {pages > 1 && ` · trang ${params.page + 1} / ${pages}`}
          </p>
          {page.isError && <ErrorView title="Không tải được trang này" message={page.error.message} onRetry={() => void page.refetch()} />}
          {page.data ? (
            <ol className="article-list" aria-busy={page.isFetching}>
              {page.data.map((row) => (
                <Row key={row.id} row={row} notes={noteCounts?.get(row.id) ?? 0} />
              ))}
            </ol>
          ) : (
            !page.isError && <LoadingView label="Đang tải…" />
          )}
          {pages > 1 && (
            <nav className="pager" aria-label="Trang">
              <button type="button" disabled={params.page === 0} onClick={() => onParams({ page: params.page - 1 })}>
                Trang trước
              </button>
              <span>
                Trang {params.page + 1} / {pages}
              </span>
              <button type="button" disabled={params.page >= pages - 1} onClick={() => onParams({ page: params.page + 1 })}>
                Trang sau
              </button>
            </nav>
          )}
          <SaveOffline head={head.data} viewKey={key} label={selection} />
        </>
      )}
    </main>
  );
}
