import { notifyManager, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Annotation } from '../../../domain/notes/annotation';
import { putAnnotation } from '../../../storage';
import { nextWriteSeq } from '../../../stores/highlightsSlice';
import { useAppStore } from '../../../stores/store';
import { applyWrite, writeErrorMessage } from './cache';

export interface SaveVariables {
  annotation: Annotation;
}

/**
 * Creates or updates a highlight (one IndexedDB key). While the write is in flight the record is
 * shown from the pending overlay ("saving"); once it resolved it is in the query cache ("saved");
 * if it fails the overlay stays, flagged "failed" with the reason, so nothing the reader made is lost.
 */
export function useSaveAnnotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['annotations', 'save'],
    mutationFn: ({ annotation }: SaveVariables) => putAnnotation(annotation),
    onMutate: (vars) => {
      const seq = nextWriteSeq();
      const a = vars.annotation;
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
  });
}
