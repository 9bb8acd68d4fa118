import { notifyManager, useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteAnnotation } from '../../../storage';
import { nextWriteSeq } from '../../../stores/highlightsSlice';
import { useAppStore } from '../../../stores/store';
import { applyWrite } from './cache';

export interface DeleteVariables {
  articleId: string;
  id: string;
}

/**
 * Deletes a highlight. It disappears while the delete is in flight; if the delete fails the
 * stored record simply shows again (the caller tells the reader why).
 */
export function useDeleteAnnotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['annotations', 'delete'],
    mutationFn: ({ articleId, id }: DeleteVariables) => deleteAnnotation(articleId, id),
    onMutate: (vars) => {
      const seq = nextWriteSeq();
      useAppStore.getState().setPendingWrite({ articleId: vars.articleId, id: vars.id, after: null, status: 'saving', seq });
      return { seq };
    },
    onSuccess: (_data, { articleId, id }, r) => {
      applyWrite(queryClient, articleId, id, null);
      notifyManager.schedule(() => useAppStore.getState().clearPendingWrite(id, r?.seq ?? -1));
    },
    onError: (_e, { id }, r) => {
      useAppStore.getState().clearPendingWrite(id, r?.seq ?? -1);
    },
  });
}
