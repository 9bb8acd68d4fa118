import {
  MutationObserver,
  notifyManager,
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import type { Annotation } from '../domain/notes/annotation';
import { useAppStore } from '../stores/store';
import { applyWrite, writeErrorMessage } from './cache';
import { loadStorage } from './storageClient';

export interface SaveVariables {
  annotation: Annotation;
}

type SaveOptions = UseMutationOptions<void, Error, SaveVariables, { seq: number }>;

/**
 * Creates or updates a highlight (one IndexedDB key). While the write is in flight the record is
 * shown from the pending overlay ("saving"); once it resolved it is in the query cache ("saved");
 * if it fails the overlay stays, flagged "failed" with the reason, so nothing the reader made is lost.
 */
export function saveAnnotationOptions(queryClient: QueryClient): SaveOptions {
  return {
    mutationKey: ['annotations', 'save'],
    mutationFn: async ({ annotation }) => (await loadStorage()).putAnnotation(annotation),
    onMutate: ({ annotation: a }) => {
      const seq = useAppStore.getState().nextWriteSeq();
      useAppStore.getState().setPendingWrite({ articleId: a.target.source, id: a.id, after: a, status: 'saving', seq });
      return { seq };
    },
    onSuccess: (_data, { annotation: a }, r) => {
      applyWrite(queryClient, a.target.source, a.id, a);
      // After the cache notification, so the highlight never blinks out between the two states.
      notifyManager.schedule(() => useAppStore.getState().clearPendingWrite(a.id, r?.seq ?? -1));
    },
    onError: (e, { annotation: a }, r) => {
      useAppStore.getState().failPendingWrite(a.id, r?.seq ?? -1, writeErrorMessage(e));
    },
  };
}

/** The save mutation for components. */
export function useSaveAnnotation() {
  const queryClient = useQueryClient();
  return useMutation(saveAnnotationOptions(queryClient));
}

/** The same mutation run outside React (the highlight actions); rejects when the write failed. */
export function saveAnnotation(queryClient: QueryClient, annotation: Annotation): Promise<void> {
  return new MutationObserver(queryClient, saveAnnotationOptions(queryClient)).mutate({ annotation });
}
