/**
 * The text-first part of the boot script in <head> (./boot.ts): the article's first frame paints
 * its text alone, and the aside (entity panel, notes) joins in the next frame. Laying out the aside's
 * ~150 panel rows cost the first frame ~15 ms of main-thread work (traced in bench/README.md, #11).
 * <html> carries the mark until one frame after the document is parsed; the CSS (styles/base.css)
 * gives the marked aside `content-visibility: hidden`, which keeps its box and skips its contents.
 * Without script the mark is never set, so the aside simply shows.
 */
export const TEXT_FIRST_ATTRIBUTE = 'data-text-first';

type FrameWindow = Pick<Window, 'addEventListener' | 'requestAnimationFrame' | 'setTimeout'>;

export function paintTextFirst(root: HTMLElement, doc: Pick<Document, 'readyState'>, win: FrameWindow): void {
  root.setAttribute(TEXT_FIRST_ATTRIBUTE, '');
  // A task after the first frame's animation callbacks runs once that frame is produced.
  const reveal = () => win.requestAnimationFrame(() => win.setTimeout(() => root.removeAttribute(TEXT_FIRST_ATTRIBUTE), 0));
  if (doc.readyState === 'loading') win.addEventListener('DOMContentLoaded', reveal, { once: true });
  else reveal();
}
