import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { Island, lazyIsland } from '../../components/island';
import type { Article } from '../../domain/article/types';
import { queryKeys } from '../../lib/queryKeys';
import { articlePath, navigate } from '../../lib/router';
import { closeAddArticle, openAddArticle, useAddArticleOpen } from './openState';

const AddArticleDialog = lazyIsland(() => import('./AddArticleDialog'));

/** The key that opens "Thêm bài" from anywhere (not while typing, not with a modifier). */
export const ADD_ARTICLE_KEY = 't';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Mounted once by the app: the shortcut, and the dialog when open (its code loads only then). */
export function AddArticleLauncher() {
  const open = useAddArticleOpen();
  const client = useQueryClient();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ADD_ARTICLE_KEY || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      // A selection in the article belongs to the highlight keys, and an open dialog to itself.
      if (document.querySelector('dialog[open]') || !(window.getSelection()?.isCollapsed ?? true)) return;
      e.preventDefault();
      openAddArticle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onClose = useCallback(
    (saved: Article[]) => {
      closeAddArticle();
      if (saved.length === 0) return;
      void client.invalidateQueries({ queryKey: queryKeys.own.all });
      for (const a of saved) client.setQueryData(queryKeys.articles.detail(a.id), a);
      navigate(saved.length === 1 ? articlePath(saved[0]!.id) : '/');
    },
    [client],
  );

  if (!open) return null;
  return (
    <Island what="addArticle" onRetry={AddArticleDialog.retry} variant="toast">
      <AddArticleDialog onClose={onClose} />
    </Island>
  );
}
