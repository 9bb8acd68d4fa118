/**
 * The application taking over the first screen the boot script painted (bootFirstPage.ts): React
 * replaces those elements with its own, the same ones, so an element the reader had focused there
 * (Tab to a link) is gone. Its place among the focusable elements is kept and the same place in the
 * application's page is focused again. Scroll needs nothing: the page has the same height.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

let watched: { root: Element; index: number; onFocus: (e: Event) => void } | null = null;

/** Remembers which of the painted page's focusable elements has focus. */
export function watchBootFocus(root: Element): void {
  const onFocus = (e: Event) => {
    if (watched) watched.index = [...root.querySelectorAll(FOCUSABLE)].indexOf(e.target as Element);
  };
  watched = { root, index: -1, onFocus };
  root.addEventListener('focusin', onFocus);
}

/**
 * Called when the application's page is on screen: focus goes back to the element at the same place,
 * unless the reader has put it somewhere else since. Once; later calls do nothing.
 */
export function finishBootTakeOver(doc: Document = document): void {
  if (!watched) return;
  const { root, index, onFocus } = watched;
  watched = null;
  root.removeEventListener('focusin', onFocus);
  const active = doc.activeElement;
  if (index < 0 || (active && active !== doc.body && active.isConnected)) return;
  root.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus({ preventScroll: true });
}
