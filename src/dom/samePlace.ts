/**
 * Where an element stands in a page, so that the same element can be found again after the page has
 * been painted anew (the all-notes page's boot screen replaced by the application's, a prerendered
 * page rendered again after a hydration mismatch): the path of child positions from the root, with
 * the element's tag and text to make sure the element found there is the same one and not a neighbour.
 */
export interface Place {
  readonly path: readonly number[];
  readonly tag: string;
  readonly text: string;
}

/** Where `el` stands under `root`, or null when it is not under it. */
export function placeOf(el: Element, root: Element): Place | null {
  const path: number[] = [];
  let node: Element = el;
  while (node !== root) {
    const parent = node.parentElement;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.children, node) as number);
    node = parent;
  }
  return { path, tag: el.tagName, text: el.textContent ?? '' };
}

/** The element at `place` under `root` if it is the same element (tag and text); else null. */
export function elementAt(place: Place, root: Element): Element | null {
  let node: Element | undefined = root;
  for (const i of place.path) {
    node = node.children[i];
    if (!node) return null;
  }
  return node.tagName === place.tag && (node.textContent ?? '') === place.text ? node : null;
}
