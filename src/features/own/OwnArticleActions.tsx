import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Island, lazyIsland } from '../../components/island';
import { useAnnotations } from '../../annotations';
import type { Article } from '../../domain/article/types';
import { isOwnId } from '../../domain/own/ids';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/queryKeys';
import { navigate } from '../../lib/router';
import './ownMark.css';

const DeleteOwnDialog = lazyIsland(() => import('./DeleteOwnDialog'));

/** On one of the reader's own articles: the "Của bạn" mark and "Xoá bài" (nothing on bundled articles). */
export function OwnArticleActions({ article }: { article: Article }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const client = useQueryClient();
  const notes = useAnnotations(article.id);
  if (!isOwnId(article.id)) return null;
  const count = notes.data ? notes.data.annotations.length + notes.data.unreadable.length : 0;
  return (
    <div className="own-actions-bar">
      <span className="own-mark">{t('own.mark')}</span>
      <button type="button" className="own-delete-button" onClick={() => setOpen(true)}>
        {t('own.delete')}
      </button>
      {open && (
        <Island what="deleteArticle" onRetry={DeleteOwnDialog.retry}>
          <DeleteOwnDialog
            articleId={article.id}
            title={article.title}
            notes={count}
            onClose={(deleted) => {
              setOpen(false);
              if (!deleted) return;
              void client.invalidateQueries({ queryKey: queryKeys.own.all });
              void client.invalidateQueries({ queryKey: queryKeys.annotations.all });
              client.removeQueries({ queryKey: queryKeys.articles.detail(article.id) });
              navigate('/');
            }}
          />
        </Island>
      )}
    </div>
  );
}
