/** Scrolling that respects the reader's reduced-motion setting. */

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls an element to the middle of the screen (smoothly, unless motion is reduced). */
export function scrollIntoViewCentered(el: Element): void {
  el.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
