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
  const offset = () => {
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.top + rect.height / 2 - window.innerHeight / 2;
  };
  const smooth = !prefersReducedMotion();
  window.scrollBy({ top: offset(), behavior: smooth ? 'smooth' : 'auto' });
  // Far-off blocks are laid out from a size estimate (content-visibility) until the scroll reaches
  // them, so the target can move on the way: once the scroll is over, put it back in the middle.
  let tries = 0;
  const correct = () => {
    const dy = offset();
    if (Math.abs(dy) < window.innerHeight / 4 || tries++ >= 4) return;
    window.scrollBy({ top: dy, behavior: 'auto' });
    requestAnimationFrame(correct);
  };
  if (!smooth) {
    requestAnimationFrame(correct);
    return;
  }
  let timer = 0;
  const onEnd = () => {
    window.removeEventListener('scrollend', onEnd);
    clearTimeout(timer);
    correct();
  };
  window.addEventListener('scrollend', onEnd);
  // No scrollend (an older browser, or nothing to scroll): check once the scroll must be over.
  timer = window.setTimeout(onEnd, 1500);
}
