/**
 * The text-first part of the boot script in <head> (./boot.ts): the article's first frame paints
 * its text alone, and the aside (entity panel, notes) joins in the next frame. Laying out the aside's
 * ~150 panel rows cost the first frame ~15 ms of main-thread work (traced in bench/README.md, #11).
 * <html> carries the mark until one frame after the document is parsed; the CSS (styles/base.css)
 * gives the marked aside `content-visibility: hidden`, which keeps its box and skips its contents.
 * Without script the mark is never set, so the aside simply shows.
 *
 * A prerendered page inlines only its critical CSS (scripts/criticalCss.ts) and links the full
 * stylesheets disabled; they are enabled in the same step, so they load after the text is painted.
 */
export const TEXT_FIRST_ATTRIBUTE = 'data-text-first';

type FrameWindow = Pick<Window, 'addEventListener' | 'requestAnimationFrame' | 'setTimeout'>;

/** The full stylesheets a prerendered page links disabled (scripts/prerender.ts; no other link is ever disabled). */
export const DEFERRED_STYLESHEETS = 'link[disabled]';

export function paintTextFirst(root: HTMLElement, doc: Pick<Document, 'readyState' | 'querySelectorAll'>, win: FrameWindow): void {
  root.setAttribute(TEXT_FIRST_ATTRIBUTE, '');
  const after = () => {
    root.removeAttribute(TEXT_FIRST_ATTRIBUTE);
    for (const link of doc.querySelectorAll(DEFERRED_STYLESHEETS)) link.removeAttribute('disabled');
  };
  // A task after the first frame's animation callbacks runs once that frame is produced.
  const reveal = () => win.requestAnimationFrame(() => win.setTimeout(after, 0));
  if (doc.readyState === 'loading') win.addEventListener('DOMContentLoaded', reveal);
  else reveal();
}
