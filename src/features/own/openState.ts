import { useSyncExternalStore } from 'react';

/** Whether "Thêm bài" is open: one small external store, so the library button and the shortcut share it. */
let open = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function openAddArticle(): void {
  if (open) return;
  open = true;
  emit();
}

export function closeAddArticle(): void {
  open = false;
  emit();
}

export function useAddArticleOpen(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
    () => false,
  );
}
