/**
 * Finding, scrolling to, focusing and flashing entity mentions in the rendered article. Mentions are
 * the segments BlockView renders with `data-ent="<index> …"` (space-separated when paints overlap).
 */
import type { Entity, EntityType } from '../../domain/article/types';

export const FLASH_PREFIX = 'ent:';
const FLASH_CLASS = 'ent-flash';
const FLASH_MS = 2000;

/** The entity indices painted on a segment. */
export function mentionIndices(el: Element): number[] {
  return (el.getAttribute('data-ent') ?? '')
    .split(' ')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
}

const PRIORITY: Record<EntityType, number> = { official: 0, figure: 1, organization: 2, document: 3, date: 4 };

/** The mention segment an event happened in (inside `root`), if any. */
export function mentionTarget(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>('[data-ent]');
  return el && root.contains(el) ? el : null;
}

/** Which of the entities painted on a segment a card is about: people first, then figures; hidden types never. */
export function pickEntity(el: Element, entities: readonly Entity[], shown?: Readonly<Record<EntityType, boolean>>): number | null {
  let best: number | null = null;
  for (const i of mentionIndices(el)) {
    const e = entities[i];
    if (!e || (shown && !shown[e.type])) continue;
    if (best === null || PRIORITY[e.type] < PRIORITY[entities[best]!.type]) best = i;
  }
  return best;
}

/** Every rendered segment of one mention, in document order. */
export function mentionElements(root: ParentNode, index: number): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-ent~="${index}"]`)];
}

export function firstMentionElement(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-ent~="${index}"]`);
}

// A re-entrancy flag, true only during the synchronous focus() below (no state outlives the call).
let quiet = false;

/** Focus moved by the app itself (a jump), which should not pop a card up. */
export function isQuietFocus(): boolean {
  return quiet;
}

/** Focuses a mention without scrolling and without opening its card; non-tab-stops get tabIndex -1. */
export function focusQuietly(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  quiet = true;
  try {
    el.focus({ preventScroll: true });
  } finally {
    quiet = false;
  }
}

// Cache: the running flash timer of each element, dropped with the element.
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** Outlines a mention's segments for a moment (an animation; a still outline under reduced motion). */
export function flashElements(els: readonly HTMLElement[]): void {
  for (const el of els) {
    clearTimeout(timers.get(el));
    el.classList.remove(FLASH_CLASS);
    void el.offsetWidth; // restart the animation when the same mention flashes again
    el.classList.add(FLASH_CLASS);
    timers.set(
      el,
      setTimeout(() => el.classList.remove(FLASH_CLASS), FLASH_MS),
    );
  }
}
