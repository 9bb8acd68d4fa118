import { useMemo } from 'react';
import { useOwnArticles } from '../../articles';
import { foldVietnamese } from '../../domain/search/fold';
import { formatShortDate } from '../../lib/formatDate';
import { articlePath, Link } from '../../lib/router';
import { ADD_ARTICLE_KEY } from './AddArticleLauncher';
import { openAddArticle } from './openState';
import './ownMark.css';

/** Every word of the query, folded (no tones, đ → d), appears in the article's title or text. */
function matcher(query: string): ((folded: string) => boolean) | null {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  return words.length === 0 ? null : (folded) => words.every((w) => folded.includes(w));
}

/**
 * The library's "Bài của bạn": the add button and the reader's own articles, each marked "Của bạn".
 * With a search query, only the own articles that contain it (they are not in the built search index).
 */
export function OwnLibrarySection({ query = '', noteCounts }: { query?: string; noteCounts?: ReadonlyMap<string, number> }) {
  const own = useOwnArticles();
  const all = useMemo(() => own.data?.records ?? [], [own.data]);
  const folded = useMemo(() => all.map((r) => foldVietnamese([r.article.title, ...r.article.blocks.map((b) => b.text)].join('\n'))), [all]);
  const match = matcher(query);
  const records = match ? all.filter((_, i) => match(folded[i]!)) : all;
  if (match && records.length === 0) return null;
  const unreadable = own.data?.unreadable.length ?? 0;
  return (
    <section className="own-library" aria-labelledby="own-library-title">
      <div className="own-library-head">
        <h2 id="own-library-title" className="own-library-title">
          {match ? `Bài của bạn có “${query.trim()}”` : 'Bài của bạn'}
        </h2>
        <button type="button" className="own-add" aria-keyshortcuts={ADD_ARTICLE_KEY} title={`Thêm bài (phím ${ADD_ARTICLE_KEY.toUpperCase()})`} onClick={openAddArticle}>
          Thêm bài
        </button>
      </div>
      {own.isError && <p className="own-library-note">Không đọc được bài của bạn: {own.error.message}</p>}
      {unreadable > 0 && <p className="own-library-note">{unreadable} bài đã lưu không đọc được; dữ liệu vẫn được giữ nguyên.</p>}
      {all.length === 0 && !own.isPending && (
        <p className="own-library-note">Dán văn bản hoặc chọn tệp .txt, .md, .html để đọc bài của bạn với Margin. Bài chỉ lưu trong trình duyệt này.</p>
      )}
      {records.length > 0 && (
        <ol className="article-list" aria-label="Bài của bạn">
          {records.map(({ article: a }) => (
            <li key={a.id} className="article-card">
              <h2>
                <Link href={articlePath(a.id)}>{a.title}</Link>
                <span className="own-mark">Của bạn</span>
              </h2>
              <p className="article-card-meta">
                {a.published ? <time dateTime={a.published}>{formatShortDate(a.published)}</time> : <span>Không rõ ngày</span>}
                {a.source && <span className="source">{a.source}</span>}
                {(noteCounts?.get(a.id) ?? 0) > 0 && <span className="notes-count">{noteCounts!.get(a.id)!.toLocaleString('vi-VN')} ghi chú</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
