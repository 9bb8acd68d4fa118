import type { HighlightsSlice } from '../stores/highlightsSlice';

type UnsavedState = Pick<HighlightsSlice, 'hlPending' | 'hlEditors'>;

/** Notes the reader made that are not in storage yet: writes in flight or failed, and typed drafts. */
export function unsavedCount(state: UnsavedState): number {
  const pending = Object.values(state.hlPending).filter((w) => w.after !== null || w.status === 'saving').length;
  const drafts = Object.values(state.hlEditors).filter((e) => e.draft !== e.initial && e.draft.trim() !== '').length;
  return pending + drafts;
}

/**
 * While anything is unsaved, closing or reloading the tab asks first (the browser shows its own
 * wording). Returns the function that stops listening.
 */
export function warnBeforeUnload(subscribe: (listener: () => void) => () => void, getState: () => UnsavedState, target: Window = window): () => void {
  let listening = false;
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    e.returnValue = '';
  };
  const sync = () => {
    const unsaved = unsavedCount(getState()) > 0;
    if (unsaved && !listening) target.addEventListener('beforeunload', onBeforeUnload);
    if (!unsaved && listening) target.removeEventListener('beforeunload', onBeforeUnload);
    listening = unsaved;
  };
  sync();
  const stop = subscribe(sync);
  return () => {
    stop();
    if (listening) target.removeEventListener('beforeunload', onBeforeUnload);
  };
}
