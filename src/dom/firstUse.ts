/**
 * A prerendered page is read without its application: the code arrives at the reader's first sign
 * of use. Clicks and keys given while it loads are held and handed to the application once it runs,
 * so nothing the reader asked for is dropped. Links keep working on their own (native navigation).
 * A target painted anew meanwhile (the all-notes page's boot screen, replaced by the application's
 * own) is found again at the same place, so a click on its "Import" button still opens the chooser.
 */
import { elementAt, placeOf, type Place } from './samePlace';

/**
 * Events that say a reader is about to use the page, not only read it. `click` too: a screen
 * reader or a switch device may activate a button with a click and no pointer or key before it.
 */
export const USE_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'click'] as const;

export interface FirstUse {
  /** Resolves at the first sign of use. */
  readonly started: Promise<void>;
  /** Starts holding at once, as if the reader had just started (the page needs its code now). */
  start(): void;
  /** Stops holding and gives the held clicks and keys back, in order, to their targets (or the same elements painted anew). */
  release(): void;
  /** Stops listening and drops what was held (the application could not be loaded). */
  dispose(): void;
}

interface HeldClick {
  kind: 'click';
  target: Element;
  place: Place | null;
  init: MouseEventInit;
}
interface HeldKey {
  kind: 'key';
  target: Element;
  place: Place | null;
  init: KeyboardEventInit;
}

/** A click the application must answer: anything in the root but a link, which navigates by itself. */
export function holdsClick(target: EventTarget | null, root: Element): target is Element {
  if (!(target instanceof Element) || !root.contains(target)) return false;
  return target.closest('a[href]') === null;
}

/** A key the application may answer: a plain character (Tab, arrows, Enter, Space keep their native meaning). */
export function holdsKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>): boolean {
  // A synthetic event may carry no key at all.
  return typeof e.key === 'string' && e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing;
}

export function watchFirstUse(root: Element, win: Window = window): FirstUse {
  const doc = win.document;
  const held: (HeldClick | HeldKey)[] = [];
  let holding = false;
  let done = false;
  let resolve!: () => void;
  const started = new Promise<void>((r) => (resolve = r));

  const onClick = (e: MouseEvent) => {
    if (!holding || !holdsClick(e.target, root)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const { clientX, clientY, screenX, screenY, button, buttons, detail, shiftKey, ctrlKey, altKey, metaKey } = e;
    held.push({
      kind: 'click',
      target: e.target,
      place: placeOf(e.target, root),
      init: { bubbles: true, cancelable: true, composed: true, clientX, clientY, screenX, screenY, button, buttons, detail, shiftKey, ctrlKey, altKey, metaKey },
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (!holding || !holdsKey(e)) return;
    const target = e.target instanceof Element ? e.target : doc.body;
    const { key, code, location, repeat, shiftKey } = e;
    held.push({ kind: 'key', target, place: root.contains(target) ? placeOf(target, root) : null, init: { bubbles: true, cancelable: true, composed: true, key, code, location, repeat, shiftKey } });
  };
  const begin = () => {
    if (holding || done) return;
    holding = true;
    for (const type of USE_EVENTS) win.removeEventListener(type, begin, true);
    resolve();
  };
  for (const type of USE_EVENTS) win.addEventListener(type, begin, { capture: true, passive: true });
  // Before the application's own listeners (it adds them at its root, later): capture on the window.
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);

  const stop = () => {
    done = true;
    holding = false;
    for (const type of USE_EVENTS) win.removeEventListener(type, begin, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
  };
  return {
    started,
    start: begin,
    release() {
      stop();
      const View = win as unknown as { MouseEvent: typeof MouseEvent; KeyboardEvent: typeof KeyboardEvent };
      for (const h of held.splice(0)) {
        const target = h.target.isConnected ? h.target : h.place && elementAt(h.place, root);
        if (h.kind === 'click') target?.dispatchEvent(new View.MouseEvent('click', h.init));
        // A key whose element has gone still reaches the page's shortcuts.
        else (target ?? doc.body).dispatchEvent(new View.KeyboardEvent('keydown', h.init));
      }
    },
    dispose() {
      stop();
      held.length = 0;
    },
  };
}
