import { useQuery } from '@tanstack/react-query';
import { ErrorView, LoadingView } from '../../components/ErrorView';
import { Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { peopleHeadQuery, peoplePageQuery } from './api';
import { RoleHistory } from './RoleHistory';
import './people.css';

export const personPath = (slug: string) => `/people/${slug}`;

/** /people: every official in the library, most mentioned first, a page at a time. */
export function PeoplePage({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  useDocumentTitle('Nhân vật');
  const head = useQuery(peopleHeadQuery());
  const rest = useQuery({ ...peoplePageQuery(page), enabled: page > 0 && head.isSuccess });
  if (head.isPending) return <LoadingView label="Đang tải danh sách nhân vật…" />;
  if (head.isError) {
    return <ErrorView title="Không mở được danh sách nhân vật" message={head.error.message} onRetry={() => void head.refetch()} />;
  }
  const pages = Math.max(1, Math.ceil(head.data.total / head.data.pageSize));
  const rows = page === 0 ? head.data.first : rest.data;
  return (
    <main id="main" className="library people">
      <header className="library-header">
        <h1>Nhân vật</h1>
        <p className="lede">
          {head.data.total.toLocaleString('vi-VN')} quan chức và nhân vật được nêu tên trong thư viện, người được nhắc đến nhiều nhất
          trước. Cùng họ tên nhưng giữ chức vụ ở hai tỉnh khác nhau được tính là hai người.
        </p>
      </header>
      {rest.isError && <ErrorView title="Không tải được trang này" message={rest.error.message} onRetry={() => void rest.refetch()} />}
      {!rows && !rest.isError && <LoadingView label="Đang tải…" />}
      {rows && (
        <ol className="people-list" start={page * head.data.pageSize + 1}>
          {rows.map((p) => (
            <li key={p.slug}>
              <h2>
                <Link href={personPath(p.slug)}>{p.name}</Link>
                {p.places.length > 0 && <span className="person-places"> · {p.places.join(', ')}</span>}
              </h2>
              <RoleHistory roles={p.roles} limit={3} />
              <p className="person-count">{p.articles.toLocaleString('vi-VN')} bài</p>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="Trang">
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            Trang trước
          </button>
          <span>
            Trang {page + 1} / {pages}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            Trang sau
          </button>
        </nav>
      )}
    </main>
  );
}
