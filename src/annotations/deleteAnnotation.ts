import {
  MutationObserver,
  notifyManager,
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { useAppStore } from '../stores/store';
import { applyWrite } from './cache';
import { loadStorage } from './storageClient';

export interface DeleteVariables {
  articleId: string;
  id: string;
}

type DeleteOptions = UseMutationOptions<void, Error, DeleteVariables, { seq: number }>;

/**
 * Deletes a highlight. It disappears while the delete is in flight; if the delete fails the
 * stored record simply shows again (the caller tells the reader why).
 */
export function deleteAnnotationOptions(queryClient: QueryClient): DeleteOptions {
  return {
    mutationKey: ['annotations', 'delete'],
    mutationFn: async ({ articleId, id }) => (await loadStorage()).deleteAnnotation(articleId, id),
    onMutate: ({ articleId, id }) => {
      const seq = useAppStore.getState().nextWriteSeq();
      useAppStore.getState().setPendingWrite({ articleId, id, after: null, status: 'saving', seq });
      return { seq };
    },
    onSuccess: (_data, { articleId, id }, r) => {
      applyWrite(queryClient, articleId, id, null);
      notifyManager.schedule(() => useAppStore.getState().clearPendingWrite(id, r?.seq ?? -1));
    },
    onError: (_e, { id }, r) => {
      useAppStore.getState().clearPendingWrite(id, r?.seq ?? -1);
    },
  };
}

/** The delete mutation for components. */
export function useDeleteAnnotation() {
  const queryClient = useQueryClient();
  return useMutation(deleteAnnotationOptions(queryClient));
}

/** The same mutation run outside React (the highlight actions); rejects when the delete failed. */
export function deleteAnnotation(queryClient: QueryClient, articleId: string, id: string): Promise<void> {
  return new MutationObserver(queryClient, deleteAnnotationOptions(queryClient)).mutate({ articleId, id });
}
