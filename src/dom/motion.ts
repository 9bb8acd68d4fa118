/** Scrolling that respects the reader's reduced-motion setting. */

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls an element to the middle of the screen (smoothly, unless motion is reduced). */
export function scrollIntoViewCentered(el: Element): void {
  el.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** Scrolls so that a range's first line is in the middle of the screen. */
export function scrollRangeIntoViewCentered(range: Range): void {
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const dy = rect.top + rect.height / 2 - window.innerHeight / 2;
  window.scrollBy({ top: dy, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
