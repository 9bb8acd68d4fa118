import { ErrorView, LoadingView } from '../../components/ErrorView';
import { formatShortDate } from '../../lib/formatDate';
import { articlePath, Link } from '../../lib/router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useArticleIndex } from '../../articles/getIndex';

export function LibraryPage() {
  const index = useArticleIndex();
  useDocumentTitle('Thư viện');

  if (index.isPending) return <LoadingView label="Đang tải danh sách bài viết…" />;
  if (index.isError) {
    return <ErrorView title="Không mở được thư viện" message={index.error.message} onRetry={() => void index.refetch()} />;
  }
  const articles = index.data.articles;
  return (
    <main id="main" className="library">
      <header className="library-header">
        <h1>Thư viện</h1>
        <p className="lede">
          {articles.length} bài báo tiếng Việt về thời sự và chính sách. Mở một bài để thấy ai giữ chức vụ gì,
          cơ quan nào hành động và những con số đáng chú ý.
        </p>
      </header>
      <ol className="article-list">
        {articles.map((a) => (
          <li key={a.id} className="article-card">
            <h2>
              <Link href={articlePath(a.id)}>{a.title}</Link>
            </h2>
            <p className="article-card-meta">
              {a.published ? <time dateTime={a.published}>{formatShortDate(a.published)}</time> : <span>Không rõ ngày</span>}
              {a.source && <span className="source">{a.source}</span>}
              <span>{a.counts.words.toLocaleString('vi-VN')} chữ</span>
              {a.counts.officials > 0 && <span>{a.counts.officials} quan chức</span>}
            </p>
          </li>
        ))}
      </ol>
    </main>
  );
}
