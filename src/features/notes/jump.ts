import { useAppStore } from '../../stores/store';
import { HIGHLIGHTS_PAINTED_EVENT, HL_FLASH_PREFIX as FLASH_PREFIX, revealHighlight } from '../../dom/paint';

/**
 * From the all-notes page to a highlight in its article: the link navigates (client-side) to
 * `/a/<id>#hl-<annotation>`, and this waits for the highlight to be painted there, then scrolls it
 * into the middle of the screen, focuses it and flashes it (the highlights feature's flash).
 * Gives up after a while: a highlight whose passage is gone is listed in the article's notes panel.
 */
const GIVE_UP_MS = 10_000;

// Not state but a handle: one jump at a time across pages, so a new one (or leaving) cancels the last.
let stop: (() => void) | null = null;

export { highlightHash } from './text';

export function jumpToHighlightWhenShown(annotationId: string): void {
  stop?.();
  const reveal = (): boolean => {
    if (!revealHighlight(document, annotationId)) return false;
    useAppStore.getState().flash(FLASH_PREFIX + annotationId);
    return true;
  };
  // Painted as <mark> elements (a DOM change) or as ranges (the painter's event).
  const onChange = () => {
    if (reveal()) stop?.();
  };
  const observer = new MutationObserver(onChange);
  const timer = setTimeout(() => stop?.(), GIVE_UP_MS);
  const cancelOnLeave = () => stop?.();
  stop = () => {
    observer.disconnect();
    document.removeEventListener(HIGHLIGHTS_PAINTED_EVENT, onChange);
    clearTimeout(timer);
    window.removeEventListener('popstate', cancelOnLeave);
    stop = null;
  };
  // Back/forward while waiting: the reader went somewhere else.
  window.addEventListener('popstate', cancelOnLeave);
  if (reveal()) {
    stop();
    return;
  }
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hl'] });
  document.addEventListener(HIGHLIGHTS_PAINTED_EVENT, onChange);
}

