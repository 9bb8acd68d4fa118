/** Asking for the note editor: one editor per article, and where focus returns when it closes. */
import type { EditorTarget } from '../stores/highlightsSlice';
import { currentT } from '../lib/i18n';
import { useAppStore } from '../stores/store';

/** Where focus goes back to when the note editor closes (the control that opened it). */
export function setEditorReturnFocus(el: Element | null): void {
  useAppStore.getState().setReturnFocus(el instanceof HTMLElement && el !== document.body ? el : null);
}

export function takeEditorReturnFocus(): HTMLElement | null {
  const state = useAppStore.getState();
  const el = state.hlReturnFocus;
  state.setReturnFocus(null);
  return el?.isConnected ? el : null;
}

/**
 * Opens the note editor on `target`, unless the article's editor holds unsaved typing: then focus
 * goes back to that text with a word of explanation, and false is returned.
 */
export function openEditorOrPoint(target: EditorTarget, draft: string): boolean {
  const state = useAppStore.getState();
  if (state.requestEditor(target, draft)) return true;
  document.querySelector<HTMLTextAreaElement>('.hl-editor textarea')?.focus();
  state.setHighlightNotice({ kind: 'info', text: currentT()('hl.finishFirst') });
  return false;
}
