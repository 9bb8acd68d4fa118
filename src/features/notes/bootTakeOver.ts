/**
 * The application taking over the first screen the boot script painted (bootFirstPage.ts): React
 * replaces those elements with its own, the same ones, so an element the reader had focused there
 * (Tab to a link) is gone, and so is anything typed or chosen there (the search box, the filters).
 * Both are carried over to the element at the same place in the application's page. Scroll needs
 * nothing: the page has the same height.
 */
import { elementAt, placeOf, type Place } from '../../dom/samePlace';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Watched {
  root: Element;
  index: number;
  /** The last value of each field the reader changed, by place (a Map keeps the order they were changed in). */
  fields: Map<string, { place: Place; value: string }>;
  onFocus: (e: Event) => void;
  onInput: (e: Event) => void;
}

// One boot screen per page load: module state, set by the boot script and cleared at the takeover.
let watched: Watched | null = null;

const isField = (el: EventTarget | null): el is Field =>
  el instanceof Element && (el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'file'));

/** Remembers which of the painted page's focusable elements has focus, and what is typed or chosen there. */
export function watchBootFocus(root: Element): void {
  const onFocus = (e: Event) => {
    if (watched) watched.index = [...root.querySelectorAll(FOCUSABLE)].indexOf(e.target as Element);
  };
  const onInput = (e: Event) => {
    const place = isField(e.target) ? placeOf(e.target, root) : null;
    if (!watched || !place) return;
    const key = place.path.join('/');
    watched.fields.delete(key);
    watched.fields.set(key, { place, value: (e.target as Field).value });
  };
  watched = { root, index: -1, fields: new Map(), onFocus, onInput };
  root.addEventListener('focusin', onFocus);
  root.addEventListener('input', onInput);
  root.addEventListener('change', onInput);
}

/**
 * Sets a field's value the way the reader would have: through the element's own setter, then the
 * event its listeners (React's onChange) hear, so the application's state follows.
 */
function typeInto(field: Field, value: string): void {
  if (field.value === value) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  if (!setter) return;
  setter.call(field, value);
  if (field.value !== value) return; // a choice the new select does not offer
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}

/**
 * Called when the application's page is on screen: what the reader typed or chose goes into the same
 * fields, and focus goes back to the element at the same place, unless the reader has put it
 * somewhere else since. Once; later calls do nothing.
 */
export function finishBootTakeOver(doc: Document = document): void {
  if (!watched) return;
  const { root, index, fields, onFocus, onInput } = watched;
  watched = null;
  root.removeEventListener('focusin', onFocus);
  root.removeEventListener('input', onInput);
  root.removeEventListener('change', onInput);
  for (const { place, value } of fields.values()) {
    const field = elementAt(place, root);
    if (isField(field)) typeInto(field, value);
  }
  const active = doc.activeElement;
  if (index < 0 || (active && active !== doc.body && active.isConnected)) return;
  root.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus({ preventScroll: true });
}
