import { scrollRangeIntoViewCentered } from './motion';

/**
 * The paint contract: what the reader renders over a block's text, and the data-* attributes by
 * which the rest of the app finds it again in the DOM. Reader renders paints; entities and
 * highlights produce them; notes and the editor find them by these attributes.
 */

/** Something painted over a block's text, in block-local offsets. */
export interface BlockPaint {
  id: string;
  start: number;
  end: number;
  className: string;
  /** data-* attributes; when segments are covered by several paints the values are space-joined. */
  data?: Record<string, string>;
  /** Highlights render as <mark>, entity mentions as <span>. */
  mark?: boolean;
  /** Attributes for the paint's first segment only (a mention's tab stop: tabIndex, role …). */
  lead?: Record<string, string | number>;
}

/** Attribute names of the contract: a block's index, the entity indices and highlight ids on a segment, the article body. */
export const ATTR = {
  block: 'data-block',
  ent: 'data-ent',
  hl: 'data-hl',
  article: 'data-article',
} as const;

/** Paint layers (one list per block each) merged block by block. */
export function mergePaints(...layers: (readonly (readonly BlockPaint[])[])[]): (readonly BlockPaint[])[] {
  const blocks = Math.max(0, ...layers.map((l) => l.length));
  return Array.from({ length: blocks }, (_, b) => {
    const parts = layers.map((l) => l[b]).filter((p): p is readonly BlockPaint[] => !!p && p.length > 0);
    // A block painted by one layer keeps that layer's array: an unchanged block is then equal by identity.
    if (parts.length <= 1) return parts[0] ?? NO_BLOCK_PAINTS;
    return parts.flat();
  });
}

/** The paints of a block with none (one shared array, so such blocks compare equal by identity). */
export const NO_BLOCK_PAINTS: readonly BlockPaint[] = Object.freeze([]);

/** Equal when the paints would render the same (a block re-renders only when this changes). */
export const signature = (paints: readonly BlockPaint[]) =>
  paints.map((p) => `${p.id}:${p.start}:${p.end}:${p.className}${p.lead ? ':lead' : ''}`).join('|');

/** Highlights flash under this prefix in the store's flash id (entities use their own). */
export const HL_FLASH_PREFIX = 'hl:';
/** The paint id of the passage a new note is being written for. */
export const DRAFT_ID = 'hl-draft';

const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

/** Every rendered segment of a highlight, in document order. */
export function highlightElements(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[${ATTR.hl}~="${esc(id)}"]`)];
}

export function firstHighlightElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[${ATTR.hl}~="${esc(id)}"]`);
}

/** The highlight ids painted on a segment. */
export function highlightIdsAt(el: Element): string[] {
  return (el.getAttribute(ATTR.hl) ?? '').split(' ').filter((id) => id && id !== DRAFT_ID);
}

/** The highlight segment an event happened in (inside `root`). */
export function highlightTarget(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>(`mark[${ATTR.hl}]`);
  return el && root.contains(el) ? el : null;
}

export function articleBodyElement(articleId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${ATTR.article}="${esc(articleId)}"]`);
}

// ---- Where a highlight is, however it is painted ------------------------------------------------

/** What the highlights feature tells the rest of the app about the highlights it painted in one body. */
export interface HighlightLocator {
  /** The live ranges of a highlight (one per block it covers); empty when it is not painted. */
  ranges(id: string): Range[];
  /** Highlight ids painted under a viewport point. */
  idsAt(x: number, y: number): string[];
  /** Every painted highlight: id, plain-text offsets, styles (colour, note, saving, failed, draft, flash). */
  spans(): { id: string; start: number; end: number; styles: readonly string[] }[];
}

/** Fired (bubbling) on the article body after every paint of the reader's highlights. */
export const HIGHLIGHTS_PAINTED_EVENT = 'margin:highlights-painted';

/**
 * Highlights painted with the CSS Custom Highlight API leave nothing in the DOM; notes, cards and the
 * editor (other features) find them through the body element they are painted on, which carries its
 * locator (so it goes with the element; tools outside the app, such as the e2e driver, read it too).
 */
type LocatorHost = Element & { marginHighlights?: HighlightLocator };

export function setHighlightLocator(body: Element, locator: HighlightLocator | null): void {
  if (locator) (body as LocatorHost).marginHighlights = locator;
  else delete (body as LocatorHost).marginHighlights;
}

function locatorsUnder(root: ParentNode): HighlightLocator[] {
  const out: HighlightLocator[] = [];
  const own = (root as LocatorHost).marginHighlights;
  if (own) out.push(own);
  for (const el of root.querySelectorAll(`[${ATTR.article}]`)) {
    const l = (el as LocatorHost).marginHighlights;
    if (l) out.push(l);
  }
  return out;
}

/** The ranges a highlight is painted over (Custom Highlight API), or its <mark> segments' contents. */
export function highlightRanges(root: ParentNode, id: string): Range[] {
  for (const l of locatorsUnder(root)) {
    const r = l.ranges(id);
    if (r.length > 0) return r;
  }
  return highlightElements(root, id).map((el) => {
    const r = el.ownerDocument.createRange();
    r.selectNodeContents(el);
    return r;
  });
}

/** The highlight ids painted under a viewport point (either way of painting). */
export function highlightIdsAtPoint(root: ParentNode, x: number, y: number): string[] {
  const ids: string[] = [];
  for (const l of locatorsUnder(root)) ids.push(...l.idsAt(x, y));
  if (ids.length > 0) return ids;
  const el = typeof document === 'undefined' ? null : document.elementFromPoint(x, y);
  const mark = el?.closest(`mark[${ATTR.hl}]`);
  return mark && (!(root instanceof Node) || root.contains(mark)) ? highlightIdsAt(mark) : [];
}

/** The highlight ids a click or tap is on: its <mark> target's, else those painted under its point. */
export function highlightIdsAtEvent(root: Element, e: MouseEvent): string[] {
  const mark = highlightTarget(e.target, root);
  return mark ? highlightIdsAt(mark) : highlightIdsAtPoint(root, e.clientX, e.clientY);
}

/** The paragraph (block) a range starts in. */
export function blockOf(range: Range): HTMLElement | null {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest<HTMLElement>(`[${ATTR.block}]`) ?? null;
}

/**
 * Focus for a highlight: its first <mark> when painted with elements, else the paragraph it starts
 * in (made focusable from script only; Tab order is not changed).
 */
export function focusHighlight(root: ParentNode, id: string): boolean {
  const mark = firstHighlightElement(root, id);
  if (mark) {
    mark.focus({ preventScroll: true });
    return true;
  }
  const range = highlightRanges(root, id)[0];
  const block = range && blockOf(range);
  if (!block) return false;
  if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
  block.focus({ preventScroll: true });
  return true;
}

/** Scrolls a painted highlight to the middle of the screen and gives it focus; false when not painted. */
export function revealHighlight(root: ParentNode, id: string): boolean {
  const range = highlightRanges(root, id)[0];
  if (!range) return false;
  scrollRangeIntoViewCentered(range);
  focusHighlight(root, id);
  return true;
}
